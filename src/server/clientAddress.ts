/**
 * The caller's address, for rate limits, throttles and the audit log: behind a trusted proxy
 * (API_TRUST_PROXY) the one the proxy appended last to X-Forwarded-For, else the socket's. Every
 * limit must read it the same way: behind a proxy, the socket's address is the proxy's, and one
 * limit would be shared by the whole city.
 */
import { API_TRUST_PROXY } from 'astro:env/server';

export function clientAddressOf(context: { request: Request; clientAddress: string }): string | null {
  if (API_TRUST_PROXY) {
    const forwarded = context.request.headers.get('x-forwarded-for')?.split(',').map((s) => s.trim()).filter(Boolean);
    if (forwarded?.length) return forwarded[forwarded.length - 1];
  }
  try {
    return context.clientAddress;
  } catch {
    return null;
  }
}
