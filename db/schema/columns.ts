/**
 * Column conventions that more than one domain of db/schema/ uses (the full list of how values
 * are stored is at the top of db/schema.ts).
 */
import { sql } from 'drizzle-orm';

/** A per-locale short text stored as a JSON map; Italian is required. */
export type LocalizedText = { it: string } & Partial<Record<string, string>>;

/** Default of the timestamp columns: the instant of the write, as an ISO string with milliseconds. */
export const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;
