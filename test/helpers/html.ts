/** Reading what a page says about itself, for the portal's integration tests. */

/** `<link rel="alternate" hreflang>` pairs as "hreflang path" (origin dropped: it is SITE_URL's). */
export function hreflangSet(html: string): string[] {
  return [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)]
    .map((m) => `${m[1]} ${new URL(m[2]).pathname}`)
    .sort();
}

export function htmlLangDir(html: string): { lang?: string; dir?: string } {
  const m = html.match(/<html lang="([^"]+)" dir="([^"]+)"/);
  return { lang: m?.[1], dir: m?.[2] };
}

/** Every parsed JSON-LD block on the page. */
export function jsonLd(html: string): Record<string, any>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1]));
}

/** Same-origin link targets of `<a href>`, without fragments; mailto/tel and other origins left out. */
export function internalLinks(html: string, base: string): string[] {
  const out = new Set<string>();
  for (const m of html.matchAll(/<a\b[^>]*\bhref="([^"]*)"/g)) {
    const raw = m[1].replace(/&amp;/g, '&');
    if (!raw || raw.startsWith('#') || /^(mailto|tel|javascript):/i.test(raw)) continue;
    const url = new URL(raw, base);
    if (url.origin !== new URL(base).origin) continue;
    url.hash = '';
    out.add(url.pathname + url.search);
  }
  return [...out];
}
