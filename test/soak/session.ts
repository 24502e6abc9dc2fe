/** A signed-in staff session for the soak, outside vitest: a cookie and same-origin form posts. */
export class SoakSession {
  readonly base: string;
  private readonly cookie: string;

  private constructor(base: string, cookie: string) {
    this.base = base;
    this.cookie = cookie;
  }

  /** `code` answers the second-factor step of accounts that have one (issue #10). */
  static async signIn(base: string, email: string, password: string, ip: string, code?: () => string): Promise<SoakSession> {
    let res = await fetch(new URL('/staff/sign-in/?_action=auth.signIn', base), {
      method: 'POST',
      redirect: 'manual',
      body: new URLSearchParams({ email, password }),
      headers: { Origin: base, 'X-Forwarded-For': ip },
    });
    const pending = res.headers.getSetCookie().find((c) => /^(__Host-)?pm_session=/.test(c));
    if (code && pending && res.headers.get('location')?.startsWith('/staff/sign-in/code/')) {
      res = await fetch(new URL('/staff/sign-in/code/?_action=account.signInCode', base), {
        method: 'POST',
        redirect: 'manual',
        body: new URLSearchParams({ code: code() }),
        headers: { Origin: base, 'X-Forwarded-For': ip, Cookie: pending.split(';')[0] },
      });
    }
    const cookie = res.headers.getSetCookie().find((c) => /^(__Host-)?pm_session=/.test(c));
    if (res.status !== 303 || !cookie) throw new Error(`sign-in of ${email} failed: ${res.status}`);
    return new SoakSession(base, cookie.split(';')[0]);
  }

  post(path: string, action: string, fields: Record<string, string>): Promise<Response> {
    return fetch(new URL(`${path}?_action=${action}`, this.base), {
      method: 'POST',
      redirect: 'manual',
      body: new URLSearchParams(fields),
      headers: { Origin: this.base, Cookie: this.cookie },
    });
  }
}
