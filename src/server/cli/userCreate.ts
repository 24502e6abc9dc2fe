/**
 * `npm run user:create -- --email a@comune.milano.it --role admin [--municipio N] [--name "…"]
 * [--password-stdin]`: creates an account in DATABASE_URL (default file:data/periferie.db), the
 * way the first admin comes to exist. The password is read from standard input with
 * --password-stdin (for scripts), or asked twice without echo on a terminal; never an argument,
 * which would land in the shell history and the process list.
 */
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import { createDb } from '../../../db/client.ts';
import { applyMigrations } from '../../../db/migrate.ts';
import { audited } from '../audit.ts';
import { AccountError, accountSchema, createUser } from '../auth/users.ts';
import { roles } from '../../lib/vocabulary.ts';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function readStdin(): Promise<string> {
  let data = '';
  for await (const chunk of process.stdin) data += chunk;
  return data.replace(/\r?\n$/, '');
}

/** Asks without echoing what is typed. */
function ask(question: string): Promise<string> {
  return new Promise((done) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const write = (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput;
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
      if (s.startsWith(question)) write.call(rl, s);
    };
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write('\n');
      done(answer);
    });
  });
}

const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    role: { type: 'string' },
    municipio: { type: 'string' },
    name: { type: 'string' },
    'password-stdin': { type: 'boolean', default: false },
  },
});
if (!values.email || !values.role) fail(`usage: npm run user:create -- --email <email> --role <${roles.join('|')}> [--municipio N] [--password-stdin]`);
const account = accountSchema.safeParse({
  email: values.email,
  role: values.role,
  name: values.name ?? '',
  municipioId: values.municipio ? Number(values.municipio) : null,
});
if (!account.success) fail(`invalid account: ${account.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')} (roles: ${roles.join(', ')}; --municipio 1–9 only and always for municipio_editor)`);

let password: string;
if (values['password-stdin']) password = await readStdin();
else if (process.stdin.isTTY) {
  password = await ask('Password (at least 12 characters): ');
  if ((await ask('Repeat the password: ')) !== password) fail('The two passwords differ.');
} else fail('No terminal to ask the password on: pass it on standard input with --password-stdin.');

const db = await createDb(process.env.DATABASE_URL ?? 'file:data/periferie.db');
try {
  await applyMigrations(db);
  const id = await audited(
    db,
    (tx) => createUser(tx, account.data, password),
    (created) => ({ actor: null, email: account.data.email, action: 'user_create', targetType: 'user', targetId: created, detail: { role: account.data.role, via: 'cli' } }),
  );
  console.log(`Created ${account.data.role} ${account.data.email} (id ${id}).`);
} catch (error) {
  if (error instanceof AccountError)
    fail(error.key === 'staff.error.passwordLength' ? 'The password must have at least 12 characters.' : error.key === 'staff.error.emailTaken' ? 'An account with this email already exists.' : error.key);
  throw error;
} finally {
  db.$client.close();
}
