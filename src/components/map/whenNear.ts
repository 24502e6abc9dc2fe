/**
 * Calls `start` once `element` comes within a quarter screen of the viewport (issue #9, point 5).
 * A map is ~1 MB of JavaScript, a WebGL start-up and the projects' data: on a phone the map page
 * opens on its heading and filters, with the map more than a screen below, and starting all that
 * at once froze the filters for seconds on a slow phone (Lighthouse: 3 s of blocking time) and
 * spent half a megabyte of mobile data before anyone looked at the map. Where the map is in view
 * at load (a desktop) it starts at once; on a phone it starts as the reader scrolls to it.
 * https://developer.mozilla.org/docs/Web/API/IntersectionObserver/rootMargin
 * `rootMargin` '0px' waits until the element itself is on screen. Returns the clean-up that stops waiting.
 */
export function whenNear(element: Element, start: () => void, rootMargin = '25% 0px'): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    start();
    return () => {};
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      start();
    },
    { rootMargin },
  );
  observer.observe(element);
  return () => observer.disconnect();
}
