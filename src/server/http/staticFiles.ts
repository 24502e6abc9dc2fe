/**
 * The built client files, served by src/server/http/serve.ts (issue #9, point 3): looked up in
 * an index made at start (a request path is never joined onto the file system, so no traversal
 * can reach outside dist/client), negotiated to the `.br`/`.gz` sibling written at build,
 * validated with ETag/304, and sent with the same security headers as rendered pages.
 * Fingerprinted `/_astro/*` files are cached for a year; the rest revalidates.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pickEncoding } from '../cache/cacheEntry.ts';

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8', js: 'text/javascript; charset=utf-8', mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8', svg: 'image/svg+xml', json: 'application/json; charset=utf-8',
  xml: 'application/xml; charset=utf-8', txt: 'text/plain; charset=utf-8', png: 'image/png', jpg: 'image/jpeg',
  jpeg: 'image/jpeg', webp: 'image/webp', avif: 'image/avif', ico: 'image/x-icon', woff: 'font/woff',
  woff2: 'font/woff2', pbf: 'application/x-protobuf', map: 'application/json; charset=utf-8', webmanifest: 'application/manifest+json',
};

export interface StaticFile {
  path: string;
  type: string;
  size: number;
  etag: string;
  mtime: string;
  br?: string;
  gzip?: string;
  /** Prerendered pages: the CSP Astro computed for them (dist/_headers.json). */
  csp?: string;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else out.push(path);
  }
  return out;
}

/** URL path → file. `/x/index.html` also answers `/x/` and `/x` (Astro's directory format). */
export function indexStaticFiles(clientDir: string, pageCsp: Map<string, string> = new Map()): Map<string, StaticFile> {
  const index = new Map<string, StaticFile>();
  const paths = walk(clientDir);
  const present = new Set(paths);
  for (const path of paths) {
    if (/\.(br|gz)$/.test(path)) continue;
    const url = `/${relative(clientDir, path).split(sep).join('/')}`;
    // Dot files (and anything under a dot folder) are never served.
    if (url.split('/').some((part) => part.startsWith('.'))) continue;
    const stat = statSync(path);
    const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1].toLowerCase() ?? '';
    const file: StaticFile = {
      path,
      type: TYPES[ext] ?? 'application/octet-stream',
      size: stat.size,
      etag: `"${stat.size.toString(36)}-${Math.floor(stat.mtimeMs).toString(36)}"`,
      mtime: stat.mtime.toUTCString(),
      br: present.has(`${path}.br`) ? `${path}.br` : undefined,
      gzip: present.has(`${path}.gz`) ? `${path}.gz` : undefined,
    };
    index.set(url, file);
    if (url.endsWith('/index.html')) {
      const dirUrl = url.slice(0, -'index.html'.length);
      file.csp = pageCsp.get(dirUrl.replace(/\/$/, '') || '/');
      index.set(dirUrl, file);
      if (dirUrl !== '/') index.set(dirUrl.slice(0, -1), file);
    }
  }
  return index;
}

/** The CSP of each prerendered page, as Astro wrote it for adapters (staticHeaders). */
export function readPageCsp(headersJson: string): Map<string, string> {
  const map = new Map<string, string>();
  try {
    const rows = JSON.parse(readFileSync(headersJson, 'utf8')) as { pathname: string; headers: { key: string; value: string }[] }[];
    for (const row of rows) {
      const csp = row.headers.find((h) => h.key.toLowerCase() === 'content-security-policy');
      if (csp) map.set(row.pathname.replace(/\/$/, '') || '/', csp.value);
    }
  } catch {
    // No prerendered page has a CSP of its own: they keep the one in their <meta>.
  }
  return map;
}

export interface StaticAnswer {
  status: 200 | 304;
  headers: Record<string, string>;
  /** File to stream; absent for a 304 or a HEAD. */
  bodyPath?: string;
}

export function answerStatic(file: StaticFile, pathname: string, req: { method?: string; headers: Record<string, string | string[] | undefined> }, maxAge: number): StaticAnswer {
  const header = (name: string) => {
    const v = req.headers[name];
    return Array.isArray(v) ? v.join(',') : (v ?? null);
  };
  const coding = file.br || file.gzip ? pickEncoding(header('accept-encoding')) : null;
  const chosen = coding === 'br' && file.br ? 'br' : coding && file.gzip ? 'gzip' : null;
  const bodyPath = chosen === 'br' ? file.br! : chosen === 'gzip' ? file.gzip! : file.path;
  const etag = chosen ? file.etag.replace(/"$/, `-${chosen}"`) : file.etag;
  const headers: Record<string, string> = {
    'Content-Type': file.type,
    ETag: etag,
    'Last-Modified': file.mtime,
    'Cache-Control': pathname.startsWith('/_astro/')
      ? 'public, max-age=31536000, immutable'
      : `public, max-age=0, s-maxage=${maxAge}, stale-while-revalidate=${Math.max(60, Math.round(maxAge / 5))}`,
  };
  if (file.br || file.gzip) headers.Vary = 'Accept-Encoding';
  if (chosen) headers['Content-Encoding'] = chosen;
  if (file.csp) headers['Content-Security-Policy'] = file.csp;
  const inm = header('if-none-match');
  if (inm && inm.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)) return { status: 304, headers };
  headers['Content-Length'] = String(statSync(bodyPath).size);
  return { status: 200, headers, bodyPath: req.method === 'HEAD' ? undefined : bodyPath };
}
