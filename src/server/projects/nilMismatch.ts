/**
 * Publication places a project in the NIL its point falls in whenever the official boundaries are
 * loaded (projectArea.ts), whatever NIL the draft names: the field's hint says so, but a choice
 * replaced without a word at publication looked like a lost edit. The edit page says it right
 * after the save, naming both NILs; the save itself goes through as before.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { nil } from '../../../db/schema.ts';
import type { FormValues } from '../../lib/projectForm.ts';
import { locatePoint } from '../areaLocator.ts';

/** A number typed in the form, or null when blank or not a number. */
const typed = (value: string | undefined) => {
  const text = (value ?? '').trim().replace(',', '.');
  return text === '' || !Number.isFinite(Number(text)) ? null : Number(text);
};

/**
 * The NIL the form names and the one its point falls in, when they differ and the boundaries
 * decide (`located` null: the point is in no NIL); null when they agree or nothing is chosen.
 * @example await nilMismatch(db, { lat: '45.45', lon: '9.2', nilId: '1' }) // { chosen: 'Duomo', located: 'Porta Romana' }
 */
export async function nilMismatch(db: Db, values: FormValues): Promise<{ chosen: string; located: string | null } | null> {
  const [lat, lon, nilId] = [typed(values.lat), typed(values.lon), typed(values.nilId)];
  if (lat === null || lon === null || nilId === null) return null;
  // The same boundaries and `locate` as resolveArea at publication, kept parsed in memory.
  const located = await locatePoint(db, lon, lat);
  if (located.method !== 'boundary' || located.nil?.id === nilId) return null;
  const [chosen] = await db.select({ name: nil.name }).from(nil).where(eq(nil.id, nilId));
  return chosen ? { chosen: chosen.name, located: located.nil?.name ?? null } : null;
}
