/** A member of staff as colleagues know them: their name, else their address (lists, mails). */
import { sql } from 'drizzle-orm';
import { users } from '../../../db/schema.ts';

export const staffName = sql<string>`coalesce(nullif(${users.name}, ''), ${users.email})`;
