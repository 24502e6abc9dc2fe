import type { APIRoute } from 'astro';
import { getDb } from '../server/db.ts';

/** Liveness and readiness in one: 200 when the database answers a query, 503 otherwise. */
export const GET: APIRoute = async () => {
  const headers = { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' };
  try {
    const db = await getDb();
    await db.$client.execute('select 1');
    return new Response(JSON.stringify({ ok: true }), { status: 200, headers });
  } catch {
    return new Response(JSON.stringify({ ok: false }), { status: 503, headers });
  }
};
