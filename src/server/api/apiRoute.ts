/**
 * Wraps every GET of the open-data API (issue #6): counts the request against the caller's
 * rate limit (429 with Retry-After past it), runs the handler, and adds the CORS and RateLimit
 * headers to whatever it answers, errors included, so browsers can read them.
 */
import type { APIContext, APIRoute } from 'astro';
import { API_RATE_LIMIT, API_TRUST_PROXY } from 'astro:env/server';
import { getDb } from '../db.ts';
import { apiError, corsHeaders, preflight } from './http.ts';
import { hitRateLimit, rateKey } from './rateLimit.ts';
import { servePublic } from '../cache/servePublic.ts';

/** The caller's address; behind a trusted proxy, the one the proxy appended last. */
function clientAddress(context: APIContext): string {
  if (API_TRUST_PROXY) {
    const forwarded = context.request.headers.get('x-forwarded-for')?.split(',').map((s) => s.trim()).filter(Boolean);
    if (forwarded?.length) return forwarded[forwarded.length - 1];
  }
  try {
    return context.clientAddress;
  } catch {
    return 'unknown';
  }
}

function withHeaders(response: Response, headers: Record<string, string>): Response {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

/** @example export const GET = apiRoute(async ({ request, url }) => jsonResponse(request, await …)) */
export function apiRoute(handler: (context: APIContext) => Promise<Response> | Response): APIRoute {
  return async (context) => {
    const rate: Record<string, string> = {};
    if (API_RATE_LIMIT > 0) {
      const decision = await hitRateLimit(await getDb(), rateKey(clientAddress(context)), API_RATE_LIMIT);
      Object.assign(rate, {
        'RateLimit-Limit': String(decision.limit),
        'RateLimit-Remaining': String(decision.remaining),
        'RateLimit-Reset': String(decision.reset),
      });
      if (!decision.allowed) {
        const refused = apiError(429, 'rate_limited', `More than ${decision.limit} requests a minute from this address: retry in ${decision.reset} s.`);
        return withHeaders(refused, { ...corsHeaders, ...rate, 'Retry-After': String(decision.reset) });
      }
    }
    // The page cache (issue #9) sits behind the limit: a cached answer is still counted.
    const { response } = await servePublic(context, async () => handler(context));
    return withHeaders(response, { ...corsHeaders, ...rate });
  };
}

/** The OPTIONS export of every API route: preflights are answered without counting them. */
export const OPTIONS: APIRoute = () => preflight();
