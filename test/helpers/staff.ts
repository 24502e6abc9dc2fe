/**
 * Staff sessions for the integration and browser suites: accounts are created straight in the
 * server's database through the same src/server function the CLI uses, then signed in over
 * HTTP like a browser would (cookie jar, Origin header for Astro's checkOrigin).
 */
import { inject } from 'vitest';
import type { Db } from '../../db/client.ts';
import { eq } from 'drizzle-orm';
import { users } from '../../db/schema.ts';
import { createUser } from '../../src/server/auth/users.ts';
import type { Role } from '../../src/lib/vocabulary.ts';
import { secondFactorRequired } from '../../src/lib/secondFactorRule.ts';
import { enrolTestTotp, hasTestTotp, nextCode } from './secondFactor.ts';

let counter = 0;
export const PASSWORD = 'a long enough test password';

/**
 * A fresh account of `role`; Municipio editors get Municipio 8 unless told otherwise. Admins and
 * publishers get a second factor, as the rule requires (issue #10), unless `totp` says otherwise.
 * Work notices by e-mail start off, unlike a real account's: the suite makes hundreds of
 * accounts, and every "send for review" would mail each publisher among them
 * (staff-notices.test.ts turns them on).
 */
export async function createStaff(db: Db, role: Role, municipioId: number | null = role === 'municipio_editor' ? 8 : null, options: { totp?: boolean; notices?: boolean } = {}) {
  const email = `${role}-${Date.now().toString(36)}-${++counter}@test.comune.milano.it`;
  const id = await createUser(db, { email, name: '', role, municipioId }, PASSWORD);
  if (options.totp ?? secondFactorRequired(role)) await enrolTestTotp(db, id, email);
  if (!options.notices) await db.update(users).set({ notifyByMail: false }).where(eq(users.id, id));
  return { id, email, password: PASSWORD };
}

export interface Reply {
  status: number;
  headers: Headers;
  html: string;
}

export class Client {
  cookies = new Map<string, string>();
  /** The shared server by default; a test that starts its own server passes its address. */
  readonly base: string;
  constructor(base: string = inject('baseUrl')) {
    this.base = base;
  }

  cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private remember(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const [name, value] = [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)];
      if (attrs.some((a) => /max-age=0|expires=thu, 01 jan 1970/i.test(a.trim())) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  async request(path: string, init: RequestInit = {}): Promise<Reply> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set('Cookie', this.cookieHeader());
    const res = await fetch(new URL(path, this.base), { redirect: 'manual', ...init, headers });
    this.remember(res);
    const html = (await res.text()).replace(/ data-astro-cid-\w+/g, '');
    return { status: res.status, headers: res.headers, html };
  }

  get(path: string, headers: Record<string, string> = {}) {
    return this.request(path, { headers });
  }

  /** Submits a form to an Action the way a browser without JavaScript does. */
  post(path: string, action: string, fields: Record<string, string> | FormData, headers: Record<string, string> = {}) {
    const body = fields instanceof FormData ? fields : new URLSearchParams(fields);
    const sep = path.includes('?') ? '&' : '?';
    return this.request(`${path}${sep}_action=${action}`, { method: 'POST', body, headers: { Origin: this.base, ...headers } });
  }

  /** Signs in; for an account with a known second factor, also answers the code step. */
  async signIn(email: string, password = PASSWORD, headers: Record<string, string> = {}) {
    const reply = await this.post('/staff/sign-in/', 'auth.signIn', { email, password }, headers);
    const location = reply.headers.get('location') ?? '';
    if (reply.status !== 303 || !location.startsWith('/staff/sign-in/code/') || !hasTestTotp(email)) return reply;
    return this.post(location, 'account.signInCode', { code: nextCode(email) }, headers);
  }
}

/** A signed-in client for a new account of `role`. */
export async function staffClient(db: Db, role: Role, municipioId?: number | null, base?: string, options: { notices?: boolean } = {}) {
  const account = await createStaff(db, role, municipioId, options);
  const client = new Client(base);
  const reply = await client.signIn(account.email, account.password, { 'X-Forwarded-For': `10.9.${counter}.1` });
  if (reply.status !== 303) throw new Error(`sign-in failed: ${reply.status}`);
  return Object.assign(client, { account });
}

/** The text of the element with this id, tags stripped. */
export function textOf(html: string, id: string): string {
  const m = html.match(new RegExp(`id="${id}"[^>]*>([\\s\\S]*?)</`));
  return m ? m[1].replace(/<[^>]+>/g, '').trim() : '';
}
