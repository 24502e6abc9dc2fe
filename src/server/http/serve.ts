/**
 * `npm start`'s server (issue #9, point 3): a small Node HTTP server in front of Astro's
 * handler (the Node adapter in middleware mode). It answers the built client files itself,
 * precompressed, with the security headers and log line every response gets, and page cache
 * hits (serveCached.ts); everything else (pages, API, the page cache's misses) goes to Astro. Run by Node directly:
 * `node src/server/http/serve.ts` after `astro build`. HOST and PORT as with the adapter.
 */
import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { withoutTracking } from '../../lib/trackingParams.ts';
import { applySecurityHeaders } from '../securityHeaders.ts';
import { logRequest, requestId } from '../requestLog.ts';
import { answerStatic, indexStaticFiles, readPageCsp } from './staticFiles.ts';
import { serveCached } from './serveCached.ts';

/** The Node adapter's handler in middleware mode: its fourth argument becomes `Astro.locals`. */
type NodeHandler = (req: IncomingMessage, res: ServerResponse, next: undefined, locals: Partial<App.Locals>) => Promise<void>;

const dist = resolve(process.env.DIST_DIR ?? join(import.meta.dirname, '../../../dist'));
const entry = pathToFileURL(join(dist, 'server/entry.mjs')).href;
const { handler } = (await import(entry)) as { handler: NodeHandler };
const files = indexStaticFiles(join(dist, 'client'), readPageCsp(join(dist, '_headers.json')));
// The same setting as the page cache's s-maxage (astro.config.mjs, CACHE_MAX_AGE).
const maxAge = Number(process.env.CACHE_MAX_AGE ?? 300) || 0;

function serveFile(req: IncomingMessage, res: ServerResponse, url: URL, started: number): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return false;
  }
  const file = files.get(path);
  if (!file) return false;
  const answer = answerStatic(file, path, req, maxAge);
  const headers = new Headers(answer.headers);
  applySecurityHeaders(headers, url, { private: false });
  const id = requestId(new Headers({ 'x-request-id': String(req.headers['x-request-id'] ?? '') }));
  headers.set('X-Request-Id', id);
  res.writeHead(answer.status, Object.fromEntries(headers));
  const done = () => logRequest({ t: new Date().toISOString(), id, method: req.method!, path: url.pathname, status: answer.status, ms: Math.round((performance.now() - started) * 10) / 10 });
  res.once('finish', done);
  if (answer.bodyPath) createReadStream(answer.bodyPath).on('error', () => res.destroy()).pipe(res);
  else res.end();
  return true;
}

const server = createServer((req, res) => {
  const started = performance.now();
  let url: URL;
  try {
    decodeURI(req.url ?? '/');
    url = new URL(req.url ?? '/', 'http://localhost');
  } catch {
    res.writeHead(400, { 'Content-Type': 'text/plain' }).end('Bad request.');
    return;
  }
  if (serveFile(req, res, url, started)) return;
  // A shared link's click ids (fbclid, utm_*) would make each reader a cache miss; no page reads
  // them, so the page cache and Astro see the address without them. The API keeps its query as sent.
  if ((req.method === 'GET' || req.method === 'HEAD') && !url.pathname.startsWith('/api/')) {
    const search = withoutTracking(url.search);
    if (search !== url.search) {
      url.search = search;
      req.url = url.pathname + url.search;
    }
  }
  void serveCached(req, res, url, started).then((served) => {
    if (served !== true) return handler(req, res, undefined, served);
  });
});

const port = Number(process.env.PORT) || 4321;
// As the Node adapter: loopback unless HOST says otherwise.
const host = process.env.HOST || 'localhost';
server.listen(port, host, () => {
  console.log(`Server listening on http://${host}:${port}`);
});
