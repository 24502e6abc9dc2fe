/**
 * Refuses writes sent from another site (issue #10, point 2). It replaces Astro's
 * `checkOrigin` (which covers form posts only, and answers before our middleware can add the
 * security headers): every unsafe method and content type, JSON to Actions too, is checked by
 * the Origin header browsers send, or by Sec-Fetch-Site when Origin is missing. A form post
 * without Origin is refused as checkOrigin did; scripts (npm run backup) send JSON.
 */
const safe = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * RFC 8058 one-click unsubscribe (issue #7) is a POST from the mail provider's servers, without
 * Origin; the unguessable token in its URL is the authorization and its only effect is deleting
 * the subscriptions of that token's own address, so it is the one write exempt from the check.
 */
export const ONE_CLICK_PATH = '/unsubscribe';
const formLike = /^(application\/x-www-form-urlencoded|multipart\/form-data|text\/plain)\b/i;

/** @example crossSiteWrite(new Request('http://a/x', { method: 'POST', headers: { Origin: 'https://evil' } }), new URL('http://a/x')) // true */
export function crossSiteWrite(request: Request, url: URL): boolean {
  if (safe.has(request.method)) return false;
  if (request.method === 'POST' && (url.pathname === ONE_CLICK_PATH || url.pathname === `${ONE_CLICK_PATH}/`)) return false;
  const origin = request.headers.get('origin');
  if (origin !== null) return origin !== url.origin;
  if (request.headers.get('sec-fetch-site') === 'cross-site') return true;
  return formLike.test(request.headers.get('content-type') ?? '');
}
