/**
 * A page cache hit answered before Astro's pipeline (issue #9, point 5: a cached page should
 * cost close to a static file). Same answer as the middleware would give (servePublic.ts
 * decides what is stored and fresh; the same security headers, request id and log line), minus
 * building a Request, the middleware chain and a streamed Response. Anything else, a session
 * cookie included, returns false and goes to Astro, which also stores what it renders.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { cachedAnswers } from '../cache/cachedHitBridge.ts';
import { applySecurityHeaders } from '../securityHeaders.ts';
import { logRequest, requestId } from '../requestLog.ts';

const one = (value: string | string[] | undefined) => (typeof value === 'string' ? value : null);

export async function serveCached(req: IncomingMessage, res: ServerResponse, url: URL, started: number): Promise<boolean> {
  // The API stays behind its rate limit (src/server/api/apiRoute.ts), so it never skips Astro.
  const lookup = cachedAnswers();
  if (!lookup || req.method !== 'GET' || url.pathname.startsWith('/api/')) return false;
  let found;
  try {
    found = await lookup({
      host: one(req.headers.host),
      pathname: url.pathname,
      search: url.search,
      cookie: one(req.headers.cookie),
      conditions: {
        acceptEncoding: one(req.headers['accept-encoding']),
        ifNoneMatch: one(req.headers['if-none-match']),
        ifModifiedSince: one(req.headers['if-modified-since']),
        head: false,
      },
    });
  } catch {
    return false; // a database fault: Astro's path answers it, with its own error page
  }
  if (!found) return false;
  const headers = new Headers(found.headers);
  applySecurityHeaders(headers, url, { private: false });
  const id = requestId(new Headers({ 'x-request-id': one(req.headers['x-request-id']) ?? '' }));
  headers.set('X-Request-Id', id);
  // Logged before sending, as the middleware does: whoever saw the answer can find its line.
  logRequest({ t: new Date().toISOString(), id, method: 'GET', path: url.pathname, status: found.status, ms: Math.round((performance.now() - started) * 10) / 10 });
  res.writeHead(found.status, Object.fromEntries(headers));
  res.end(found.body ?? undefined);
  return true;
}
