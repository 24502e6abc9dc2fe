/** A signed-in staff session for the soak, outside vitest: a cookie and same-origin form posts. */
export class SoakSession {
  readonly base: string;
  private readonly cookie: string;

  private constructor(base: string, cookie: string) {
    this.base = base;
    this.cookie = cookie;
  }

  static async signIn(base: string, email: string, password: string, ip: string): Promise<SoakSession> {
    const res = await fetch(new URL('/staff/sign-in/?_action=auth.signIn', base), {
      method: 'POST',
      redirect: 'manual',
      body: new URLSearchParams({ email, password }),
      headers: { Origin: base, 'X-Forwarded-For': ip },
    });
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
