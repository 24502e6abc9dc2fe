/**
 * `npm run user:reset-second-factor -- --email a@comune.milano.it`: the break-glass for a person
 * who lost both their authenticator and their recovery codes, or for every account after
 * AUTH_SECRET was lost (issue #10, point 1). Only someone with shell access to the server can
 * run it; it turns the second factor off, ends every session of the account and is audited.
 * An admin or publisher must enrol again at their next sign-in.
 */
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { createDb } from '../../../db/client.ts';
import { applyMigrations } from '../../../db/migrate.ts';
import { users } from '../../../db/schema.ts';
import { audited } from '../audit.ts';
import { disableTotp } from '../auth/secondFactor.ts';
import { endUserSessions } from '../auth/sessions.ts';

const { values } = parseArgs({ options: { email: { type: 'string' } } });
if (!values.email) {
  console.error('usage: npm run user:reset-second-factor -- --email <email>');
  process.exit(1);
}
const db = await createDb(process.env.DATABASE_URL ?? 'file:data/periferie.db');
try {
  await applyMigrations(db);
  const email = values.email.trim().toLowerCase();
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (!user) {
    console.error(`No account ${email}.`);
    process.exitCode = 1;
  } else {
    await audited(
      db,
      async (tx) => {
        await disableTotp(tx, user.id);
        await endUserSessions(tx, user.id);
      },
      () => ({ actor: null, email, action: 'totp_disable', targetType: 'user', targetId: user.id, detail: { via: 'cli' } }),
    );
    console.log(`Second factor of ${email} turned off; every session ended.`);
  }
} finally {
  db.$client.close();
}
