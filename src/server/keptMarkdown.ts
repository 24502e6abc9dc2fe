/**
 * `renderMarkdown` for text that many requests show again (a project's body and its updates,
 * issue #9 point 5): the HTML is a pure function of the source, so the same source is rendered
 * once and kept, the least recently used first out, within a few MB.
 */
import { renderMarkdown } from './markdown.ts';

/** Characters of source and HTML kept, about 2 bytes each in V8. */
const MAX_CHARS = 2_000_000;
const kept = new Map<string, string>();
let chars = 0;

/** @example keptMarkdown('**Parco**') // '<p><strong>Parco</strong></p>\n', rendered once */
export function keptMarkdown(source: string): string {
  const hit = kept.get(source);
  if (hit !== undefined) {
    kept.delete(source); // re-inserted: the Map's order is the reading order
    kept.set(source, hit);
    return hit;
  }
  const html = renderMarkdown(source);
  const size = source.length + html.length;
  if (size > MAX_CHARS / 10) return html; // one huge text must not flush the rest
  kept.set(source, html);
  chars += size;
  for (const [k, v] of kept) {
    if (chars <= MAX_CHARS) break;
    kept.delete(k);
    chars -= k.length + v.length;
  }
  return html;
}
