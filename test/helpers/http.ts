/** Small helpers over fetch for the integration suite. */
import { inject } from 'vitest';

export const baseUrl = () => inject('baseUrl');

export async function get(path: string, init: RequestInit = {}) {
  const res = await fetch(new URL(path, baseUrl()), { redirect: 'manual', ...init });
  // Astro marks scoped-style elements with data-astro-cid-*; tests read the markup without them.
  const html = (await res.text()).replace(/ data-astro-cid-\w+/g, '');
  return { res, status: res.status, headers: res.headers, html };
}

/** The number a list page reports in its live status line (`data-total`). */
export function totalOf(html: string): number {
  const m = html.match(/id="result-count"[^>]*data-total="(\d+)"|data-total="(\d+)"[^>]*id="result-count"/);
  if (!m) throw new Error('no result count on the page');
  return Number(m[1] ?? m[2]);
}

/** Project slugs linked from the cards of a list page, in order. */
export function cardSlugs(html: string, locale = 'it'): string[] {
  return [...html.matchAll(new RegExp(`<h3[^>]*><a href="/${locale}/projects/([^"]+)"`, 'g'))].map((m) => m[1]);
}
