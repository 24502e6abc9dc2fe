/**
 * One structured JSON line per request (issue #10, point 6): request id, method, path without
 * the query string (queries may carry e-mail addresses or tokens) and without a token the path
 * itself carries, status, duration. Nothing
 * from bodies, cookies or headers other than the user agent family is ever logged.
 */
import { randomUUID } from 'node:crypto';

export interface RequestLogLine {
  t: string;
  id: string;
  method: string;
  path: string;
  status: number;
  ms: number;
}

/** Reuses an upstream proxy's id when it looks like one, so logs join across hops. */
export function requestId(headers: Pick<Headers, 'get'>): string {
  const upstream = headers.get('x-request-id');
  return upstream && /^[\w.-]{8,128}$/.test(upstream) ? upstream : randomUUID();
}

/**
 * The path as logged: an invitation or password-reset link carries its one-time token in the
 * path itself, and whoever reads the logs must not be able to open the account with it.
 * @example loggedPath('/staff/invite/Zk3…') // '/staff/invite/[token]'
 */
export const loggedPath = (path: string) => path.replace(/^\/staff\/invite\/[^/]+/, '/staff/invite/[token]');

export function logRequest(line: RequestLogLine, write: (s: string) => void = (s) => process.stdout.write(s)): void {
  // Every request logs: only the rare invitation path pays for a copy.
  write(`${JSON.stringify(line.path.startsWith('/staff/invite/') ? { ...line, path: loggedPath(line.path) } : line)}\n`);
}
