/** NIL id → slug, to link a figure's rows to the NIL pages. */
import type { Db } from '../../../db/client.ts';

export async function nilSlugs(db: Db): Promise<Map<number, string>> {
  const { rows } = await db.$client.execute('select id, slug from nil');
  return new Map(rows.map((r) => [Number(r.id), String(r.slug)]));
}
