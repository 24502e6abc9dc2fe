/** An RFC 9457 problem answer for the API: a short title and the query fields that were wrong. */
export function apiProblem(status: number, title: string, invalid: string[] = []): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title, status, ...(invalid.length ? { invalid } : {}) }), {
    status,
    headers: { 'Content-Type': 'application/problem+json', 'Cache-Control': 'no-store', 'Access-Control-Allow-Origin': '*' },
  });
}
