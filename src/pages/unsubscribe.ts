/**
 * The List-Unsubscribe URL of every message (issue #7, RFC 8058). POST deletes the address (every
 * subscription of it, as the page promises: one notice may stand for several of them): a
 * mail client's one-click (body `List-Unsubscribe=One-Click`, no cookies, no Origin, allowed
 * through by src/server/crossOrigin.ts) gets a plain 200; the page's button gets a redirect to
 * the result. GET never deletes (link scanners follow GETs): it shows the page with the button.
 */
import type { APIRoute } from 'astro';
import { isLocale } from '../i18n/locales.ts';
import { getDb } from '../server/db.ts';
import { unsubscribe } from '../server/residents/subscriptions.ts';
import { addressOfToken } from '../server/residents/subscriberAddress.ts';

const tokenOf = (url: URL) => (url.searchParams.get('token') ?? '').slice(0, 100);

/** The subscriber's language, else the one the link carries (the address may be gone already). */
const localeOf = (row: { locale: string } | null, url: URL) => {
  const asked = url.searchParams.get('lang');
  return row && isLocale(row.locale) ? row.locale : isLocale(asked) ? asked : 'it';
};

export const GET: APIRoute = async ({ url, redirect }) => {
  const token = tokenOf(url);
  const row = token ? await addressOfToken(await getDb(), token) : null;
  const locale = localeOf(row, url);
  return redirect(row ? `/${locale}/follow/unsubscribe?token=${encodeURIComponent(token)}` : `/${locale}/follow/unsubscribe?done=0`, 303);
};

export const POST: APIRoute = async ({ url, request, redirect }) => {
  const token = tokenOf(url);
  const db = await getDb();
  const row = token ? await addressOfToken(db, token) : null;
  const deleted = token ? await unsubscribe(db, token) : false;
  const body = await request.text().catch(() => '');
  if (/List-Unsubscribe=One-Click/i.test(body)) return new Response(deleted ? 'Unsubscribed\n' : 'Not subscribed\n', { status: 200, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const locale = localeOf(row, url);
  return redirect(`/${locale}/follow/unsubscribe?done=${deleted ? 1 : 0}`, 303);
};
