/**
 * The key that signs the public forms' timestamps. FORM_SECRET when set; otherwise one made on
 * first use and kept in the database (issue #9, point 4), so every instance behind a proxy
 * accepts a form another instance (or a cached page) stamped, and a restart does not void them.
 */
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { FORM_SECRET } from 'astro:env/server';
import type { Db } from '../../../db/client.ts';
import { serverSecrets } from '../../../db/schema.ts';

let stored: Promise<string> | undefined;

async function sharedSecret(db: Db): Promise<string> {
  // The first instance to get here wins; the others read what it wrote.
  await db.insert(serverSecrets).values({ name: 'form', value: randomBytes(32).toString('base64url') }).onConflictDoNothing();
  const [row] = await db.select({ value: serverSecrets.value }).from(serverSecrets).where(eq(serverSecrets.name, 'form'));
  return row.value;
}

export function formSecret(db: Db): Promise<string> {
  if (FORM_SECRET) return Promise.resolve(FORM_SECRET);
  stored ??= sharedSecret(db).catch((error) => {
    stored = undefined;
    throw error;
  });
  return stored;
}
