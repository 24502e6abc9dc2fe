/**
 * HTTP conventions of the open-data API (issue #6): CORS open for reading, validators (ETag,
 * Last-Modified) with 304 answers, and caching. Errors are problem details (problem.ts).
 * Routes never build headers by hand.
 */
import { createHash } from 'node:crypto';

export const corsHeaders: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
  'Access-Control-Allow-Headers': 'If-None-Match, If-Modified-Since',
  'Access-Control-Expose-Headers': 'ETag, Last-Modified, Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Content-Disposition',
};

// Staff edits should reach reusers within a minute; a 304 after that costs one small query.
const CACHE = 'public, max-age=60, must-revalidate';

/** The answer to a CORS preflight: no body, and allowed for a day. */
export function preflight(): Response {
  return new Response(null, { status: 204, headers: { ...corsHeaders, 'Access-Control-Max-Age': '86400' } });
}

export const etagOf = (...parts: string[]) => `"${createHash('sha1').update(parts.join('\u0000')).digest('base64url')}"`;

/** HTTP dates have whole seconds; ISO instants from the database have milliseconds. */
const httpDate = (iso: string) => new Date(Math.floor(Date.parse(iso) / 1000) * 1000).toUTCString();

/**
 * True when the client's copy is current (RFC 9110 §13.1): If-None-Match wins; If-Modified-Since
 * counts only without it.
 */
export function notModified(request: Request, etag: string, lastModified?: string | null): boolean {
  const inm = request.headers.get('if-none-match');
  if (inm !== null) {
    // A compressed copy's validator ("…-br", "…-gzip", the page cache's) names the same content.
    const tags = inm.split(',').map((t) => t.trim().replace(/^W\//, '').replace(/-(br|gzip)"$/, '"'));
    return tags.includes('*') || tags.includes(etag);
  }
  const ims = request.headers.get('if-modified-since');
  if (ims === null || !lastModified) return false;
  const since = Date.parse(ims);
  return !Number.isNaN(since) && Math.floor(Date.parse(lastModified) / 1000) * 1000 <= since;
}

export interface Validators {
  etag: string;
  lastModified?: string | null;
}

function validatorHeaders({ etag, lastModified }: Validators): Record<string, string> {
  return { ETag: etag, ...(lastModified ? { 'Last-Modified': httpDate(lastModified) } : {}), 'Cache-Control': CACHE, Vary: 'Accept-Encoding' };
}

/** 304 when the client's copy is current, else `make()`'s body with the validators. */
export function conditional(
  request: Request,
  validators: Validators,
  contentType: string,
  make: () => BodyInit,
  extra: Record<string, string> = {},
): Response {
  const headers = { ...validatorHeaders(validators), ...extra };
  if (notModified(request, validators.etag, validators.lastModified)) return new Response(null, { status: 304, headers });
  return new Response(request.method === 'HEAD' ? null : make(), { status: 200, headers: { 'Content-Type': contentType, ...headers } });
}

/** A JSON body whose ETag is its own hash, so any change anywhere in it changes the tag. */
export function jsonResponse(request: Request, body: unknown, lastModified?: string | null, contentType = 'application/json; charset=utf-8'): Response {
  const text = JSON.stringify(body);
  return conditional(request, { etag: etagOf(text), lastModified }, contentType, () => text);
}

