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

/** The cache hands out the same headers object for the same answer: its final form is kept too. */
const final = new WeakMap<Record<string, string>, Record<string, string>>();
function withSecurityHeaders(headers: Record<string, string>, url: URL): Record<string, string> {
  let done = final.get(headers);
  if (!done) {
    const all = new Headers(headers);
    applySecurityHeaders(all, url, { private: false });
    final.set(headers, (done = Object.fromEntries(all)));
  }
  return done;
}

/**
 * True when a stored answer was sent; otherwise the locals to hand Astro (the cache tag version
 * this lookup read, so the render does not read it again).
 */
export async function serveCached(req: IncomingMessage, res: ServerResponse, url: URL, started: number): Promise<true | Partial<App.Locals>> {
  // The API stays behind its rate limit (src/server/api/apiRoute.ts), so it never skips Astro.
  const lookup = cachedAnswers();
  if (!lookup || (req.method !== 'GET' && req.method !== 'HEAD') || url.pathname.startsWith('/api/')) return {};
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
        head: req.method === 'HEAD',
      },
    });
  } catch {
    return {}; // a database fault: Astro's path answers it, with its own error page
  }
  if (!found) return {};
  if ('version' in found) return { cacheVersion: found.version };
  const { answer } = found;
  const id = requestId({ get: () => one(req.headers['x-request-id']) });
  // Logged before sending, as the middleware does: whoever saw the answer can find its line.
  logRequest({ t: new Date().toISOString(), id, method: req.method!, path: url.pathname, status: answer.status, ms: Math.round((performance.now() - started) * 10) / 10 });
  res.writeHead(answer.status, { ...withSecurityHeaders(answer.headers, url), 'x-request-id': id });
  res.end(answer.body ?? undefined);
  return true;
}
