/**
 * Wraps every GET of the open-data API (issue #6): counts the request against the caller's
 * rate limit (429 with Retry-After past it), runs the handler, answers a failure with a 500
 * problem (issue #10: every API error is RFC 9457, never the HTML error page), and adds the CORS
 * and RateLimit headers to whatever it answers, errors included, so browsers can read them.
 */
import type { APIContext, APIRoute } from 'astro';
import { API_RATE_LIMIT } from 'astro:env/server';
import { clientAddressOf } from '../clientAddress.ts';
import { getDb } from '../db.ts';
import { corsHeaders, preflight } from './http.ts';
import { problem } from './problem.ts';
import { hitRateLimit, rateKey } from './rateLimit.ts';
import { servePublic } from '../cache/servePublic.ts';


function withHeaders(response: Response, headers: Record<string, string>): Response {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export interface ApiRouteOptions {
  /**
   * False for the map's own reads (areas, cards, locate), which a map user's panning sends in
   * bursts and which were never counted; the open-data endpoints are.
   */
  rateLimited?: boolean;
}

async function answer(context: APIContext, handler: (context: APIContext) => Promise<Response> | Response, rateLimited: boolean): Promise<Response> {
  const rate: Record<string, string> = {};
  if (rateLimited && API_RATE_LIMIT > 0) {
    const decision = await hitRateLimit(await getDb(), rateKey(clientAddressOf(context) ?? 'unknown'), API_RATE_LIMIT);
    Object.assign(rate, {
      'RateLimit-Limit': String(decision.limit),
      'RateLimit-Remaining': String(decision.remaining),
      'RateLimit-Reset': String(decision.reset),
    });
    if (!decision.allowed) {
      const detail = `More than ${decision.limit} requests a minute from this address: retry in ${decision.reset} s.`;
      return problem(429, detail, { headers: { ...corsHeaders, ...rate, 'Retry-After': String(decision.reset) } });
    }
  }
  // The page cache (issue #9) sits behind the limit: a cached answer is still counted.
  const { response } = await servePublic(context, async () => handler(context));
  return withHeaders(response, { ...corsHeaders, ...rate });
}

/** @example export const GET = apiRoute(async ({ request, url }) => jsonResponse(request, await …)) */
export function apiRoute(handler: (context: APIContext) => Promise<Response> | Response, { rateLimited = true }: ApiRouteOptions = {}): APIRoute {
  return async (context) => {
    try {
      return await answer(context, handler, rateLimited);
    } catch (error) {
      // Logged with the path only (the query may carry anything); the caller gets no internals.
      console.error(`API ${context.url.pathname}:`, error);
      return problem(500, 'The server could not answer this request; please try again later.', { headers: corsHeaders });
    }
  };
}

/** The OPTIONS export of every API route: preflights are answered without counting them. */
export const OPTIONS: APIRoute = () => preflight();
