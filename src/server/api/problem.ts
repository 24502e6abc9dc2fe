/**
 * The one error answer of /api/v1 (issue #10): RFC 9457 problem details, for a refused
 * parameter (400), an unknown path (404), a write to the read-only API (405), the rate limit
 * (429, with Retry-After) and a failure of ours (500). `type` is `about:blank`, so `title` is the
 * HTTP status phrase and the status alone tells the kind of problem; `detail` explains this
 * occurrence; `invalid` (an extension member) names the query parameters that were refused.
 * https://www.rfc-editor.org/rfc/rfc9457
 */
import { STATUS_CODES } from 'node:http';

export const PROBLEM_TYPE = 'application/problem+json';

export interface ProblemOptions {
  /** The query parameters whose values were refused (400). */
  invalid?: string[];
  headers?: Record<string, string>;
}

/** @example problem(404, 'No published project has the slug "x".') */
export function problem(status: number, detail: string, { invalid, headers = {} }: ProblemOptions = {}): Response {
  const body = { type: 'about:blank', title: STATUS_CODES[status] ?? 'Error', status, detail, ...(invalid?.length ? { invalid } : {}) };
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': PROBLEM_TYPE, 'Cache-Control': 'no-store', 'Access-Control-Allow-Origin': '*', ...headers },
  });
}

/** The 400 of a query whose named parameters were refused. @example invalidParameters(['category']) */
export function invalidParameters(invalid: string[], detail = `Invalid value for: ${invalid.join(', ')}`): Response {
  return problem(400, detail, { invalid: [...new Set(invalid)] });
}

/** True for a path of the open-data API, whose errors are problem details. */
export const isApiPath = (url: URL) => url.pathname === '/api/v1' || url.pathname.startsWith('/api/v1/');

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The API is read-only (issue #6): any other method on any of its paths is a 405, answered by
 * the middleware before a route or a body is read (so a huge body is never a 413 here).
 */
export function apiMethodNotAllowed(request: Request, url: URL): Response | null {
  if (!isApiPath(url) || READ_METHODS.has(request.method)) return null;
  return problem(405, `The API is read-only: ${request.method} is not allowed.`, { headers: { Allow: 'GET, HEAD, OPTIONS' } });
}
