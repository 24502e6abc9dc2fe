/**
 * Astro Actions answer a JSON body that does not parse with a 500 (issue #10, point 2 asks for
 * a clear error). The middleware reads a copy of such bodies first and answers 400 itself.
 */
export async function malformedJson(request: Request, url: URL): Promise<boolean> {
  if (request.method !== 'POST' || !url.pathname.startsWith('/_actions/')) return false;
  if (!/^application\/json\b/i.test(request.headers.get('content-type') ?? '')) return false;
  try {
    const text = await request.clone().text();
    if (text !== '') JSON.parse(text);
    return false;
  } catch {
    return true;
  }
}
