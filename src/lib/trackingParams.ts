/**
 * Campaign and click identifiers that social networks, search engines and newsletters append to
 * a shared link (issue #9: a story shared by the City's accounts). No page reads them, but each
 * click's `fbclid` is unique, so left in place every reader of a shared link would be a cache
 * miss and a full render. src/server/http/serve.ts drops them before the page cache and Astro
 * see the address; test/fixtures/varnish.vcl does the same in the front cache.
 */
export const TRACKING_PARAMS = /^(utm_[a-z_]+|fbclid|gclid|gbraid|wbraid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|twclid|ttclid|li_fat_id|srsltid|_ga|_gl)$/i;

/** A cheap look before splitting: most query strings have none of them (a `%` may hide a name). */
const MAYBE = /%|(?:^\?|&)(?:utm_|fbclid|gclid|gbraid|wbraid|dclid|msclkid|mc_[ce]id|igshid|yclid|twclid|ttclid|li_fat_id|srsltid|_ga|_gl)/i;

function nameOf(pair: string): string {
  const raw = pair.split('=', 1)[0].replace(/\+/g, ' ');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * The query string (`?…` or '') without tracking parameters; every other pair kept as sent, in
 * its order. @example withoutTracking('?status=open&utm_source=fb&fbclid=x') // '?status=open'
 */
export function withoutTracking(search: string): string {
  if (!search || !MAYBE.test(search)) return search;
  const kept = search.slice(1).split('&').filter((pair) => !TRACKING_PARAMS.test(nameOf(pair)));
  return kept.length ? `?${kept.join('&')}` : '';
}
