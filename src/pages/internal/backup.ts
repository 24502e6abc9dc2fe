import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { backupCaller, backupNow } from '../../server/backup/backupNow.ts';

const body = z.strictObject({ out: z.string().min(2).max(1000) });
const json = (data: unknown, status: number) => new Response(JSON.stringify(data), { status, headers: { 'Content-Type': 'application/json' } });

/** POST /internal/backup {"out": "/abs/folder"}: see src/server/backup/backupNow.ts. */
export const POST: APIRoute = async ({ request, clientAddress }) => {
  const caller = backupCaller(request, clientAddress);
  if (caller === 'hidden') return new Response('Not found', { status: 404 });
  if (caller === 'unauthorized') return json({ error: 'unauthorized' }, 401);
  const parsed = body.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return json({ error: 'expected {"out": "<absolute folder>"}' }, 400);
  try {
    return json(await backupNow(parsed.data.out), 201);
  } catch (error) {
    return json({ error: (error as Error).message }, 409);
  }
};
