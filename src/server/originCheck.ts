/**
 * Astro's `security.checkOrigin`, with one exception (issue #7). RFC 8058 one-click unsubscribe
 * is a POST sent by the mail provider's servers, form-encoded and without an Origin header;
 * Astro's built-in check (which runs before our middleware) would answer 403 to every one.
 * So the check lives here, identical to Astro's (node_modules/astro/dist/core/app/origin-check.js)
 * except for POST /unsubscribe, where the unguessable token in the URL is the authorization and
 * the only effect is deleting that token's own subscription.
 */
const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];
const SAFE = ['GET', 'HEAD', 'OPTIONS'];

export const ONE_CLICK_PATH = '/unsubscribe';

/** True when the request must be refused as a cross-site form submission. */
export function isForbiddenCrossOrigin(request: Request, url: URL): boolean {
  if (SAFE.includes(request.method)) return false;
  if (request.method === 'POST' && (url.pathname === ONE_CLICK_PATH || url.pathname === `${ONE_CLICK_PATH}/`)) return false;
  const sameOrigin = request.headers.get('origin') === url.origin;
  const type = request.headers.get('content-type');
  if (type !== null) return FORM_TYPES.some((f) => type.toLowerCase().includes(f)) && !sameOrigin;
  return !sameOrigin;
}
