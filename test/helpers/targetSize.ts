/**
 * WCAG 2.5.8 Target Size (Minimum), as the Understanding document words it, measured in the
 * page: a pointer target smaller than 24 × 24 CSS px passes only if a 24 px circle centred on it
 * meets no other target nor another undersized target's circle; a link inside a sentence is
 * exempt. https://www.w3.org/WAI/WCAG22/Understanding/target-size-minimum.html
 */
import type { Page } from 'playwright-core';

/** Targets that fail, as "tag#id.class W×H "text"". */
export async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const visible = (e: Element) => {
      const box = e.getBoundingClientRect();
      // A closed <details> still lays out its content in Chromium: not a target until opened.
      return box.width > 0 && box.height > 0 && getComputedStyle(e).visibility !== 'hidden' && !e.closest('.visually-hidden, [aria-hidden="true"], details:not([open]) > :not(summary)');
    };
    const targets = [...document.querySelectorAll('a[href], button, input:not([type="hidden"]), select, textarea, summary')].filter(visible);
    const boxes = targets.map((e) => e.getBoundingClientRect());
    const small = boxes.map((b) => b.width < 24 || b.height < 24);
    const centre = (b: DOMRect) => [b.left + b.width / 2, b.top + b.height / 2];
    const inSentence = (e: Element) => getComputedStyle(e).display === 'inline' && (e.parentElement?.textContent ?? '').trim().length > (e.textContent ?? '').trim().length + 3;
    // A control and its own label are one target.
    const sameTarget = (a: Element, b: Element) => a.contains(b) || b.contains(a) || [...((a as HTMLInputElement).labels ?? [])].some((l) => l.contains(b)) || [...((b as HTMLInputElement).labels ?? [])].some((l) => l.contains(a));
    return targets.flatMap((e, i) => {
      if (!small[i] || inSentence(e)) return [];
      const [x, y] = centre(boxes[i]);
      const crowded = targets.some((o, j) => {
        if (j === i || sameTarget(e, o)) return false;
        const near = [...o.getClientRects()].some((r) => Math.hypot(Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom)) < 12);
        const [ox, oy] = centre(boxes[j]);
        return near || (small[j] && Math.hypot(ox - x, oy - y) < 24);
      });
      const b = boxes[i];
      return crowded ? [`${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}.${[...e.classList].join('.')} ${Math.round(b.width)}×${Math.round(b.height)} "${(e.textContent ?? '').trim().slice(0, 40)}"`] : [];
    });
  });
}
