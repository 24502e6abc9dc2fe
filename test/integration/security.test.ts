/**
 * The hostile-input half of the security suite (issue #10, point 2), against the running
 * server and its real database: SQL injection, path traversal, open redirects, oversized and
 * malformed bodies, Unicode traps, headers on every kind of response, cross-site writes and
 * GETs that must not change anything.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../../db/client.ts';
import { recordToForm } from '../../src/lib/recordToForm.ts';
import { editView } from '../../src/server/projects/revisions.ts';
import { startServer } from '../helpers/server-setup.ts';
import { Client as SharedClient, createStaff } from '../helpers/staff.ts';
import type { Role } from '../../src/lib/vocabulary.ts';

// A server of its own without the API rate limit: the suite sends thousands of requests.
let server: Awaited<ReturnType<typeof startServer>>;
let db: Db;
class Client extends SharedClient {
  override readonly base = server.baseUrl;
}
async function staffClient(db: Db, role: Role, municipioId?: number | null) {
  const account = await createStaff(db, role, municipioId);
  const client = new Client();
  const reply = await client.signIn(account.email, account.password, { 'X-Forwarded-For': `10.66.${Math.floor(Math.random() * 250)}.1` });
  if (reply.status !== 303) throw new Error(`sign-in failed: ${reply.status}`);
  return client;
}
beforeAll(async () => {
  server = await startServer({ API_RATE_LIMIT: '0' });
  await fetch(`${server.baseUrl}/it/`); // migrates and seeds
  db = await createDb(server.databaseUrl);
  anon = new Client();
});
afterAll(async () => {
  db.$client.close();
  await server.stop();
});

const rows = async (sql: string, args: (string | number)[] = []) => (await db.$client.execute({ sql, args })).rows;
/** Every row of every table but the ones a read legitimately touches, as one string. */
async function snapshot(): Promise<string> {
  const tables = await rows("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('sessions', 'api_rate_limits', 'sign_in_failures') ORDER BY name");
  const parts: string[] = [];
  for (const { name } of tables) parts.push(`${name}:${JSON.stringify((await rows(`SELECT * FROM "${String(name)}"`)).map((r) => Object.values(r)))}`);
  return parts.join('\n');
}
const counts = async () => JSON.stringify(await rows("SELECT (SELECT count(*) FROM projects) p, (SELECT count(*) FROM users) u, (SELECT count(*) FROM project_revisions) r, (SELECT count(*) FROM audit_log) a"));

const injections = ["' OR 1=1 --", '"; DROP TABLE projects; --', '%', '_', '\0', '%00', "1' UNION SELECT email, password_hash FROM users --", 'Ünïcödé 中文 العربية', '\u202E', ')', '*', 'x'.repeat(5000)];
const leak = /SQLITE|syntax error|no such (table|column)|\$argon2|at .*\.(ts|mjs):\d+/i;
let anon: Client;

describe('SQL injection in every filter, search and API parameter', () => {
  const filterParams = ['q', 'municipio', 'nil', 'category', 'status', 'funding', 'sort', 'page'];
  const listRoutes = ['/it/projects', '/en/projects', '/api/v1/projects', '/api/v1/projects.csv', '/api/v1/projects.geojson', '/api/v1/milestones', '/api/v1/nil', '/api/v1/municipi'];
  it('answers without a 5xx or a leak, and every table is intact', async () => {
    const before = await counts();
    for (const payload of injections) {
      const v = encodeURIComponent(payload);
      const paths = [
        ...listRoutes.flatMap((r) => filterParams.map((p) => `${r}?${p}=${v}`)),
        `/api/v1/projects?per_page=${v}&locale=${v}`,
        `/it/search?q=${v}`,
        `/it/projects/${v}`,
        `/api/v1/projects/${v}`,
        `/it/municipi/${v}`,
        `/it/nil/${v}`,
        `/${v}/projects`,
      ];
      for (const path of paths) {
        const { status, html } = await anon.get(path);
        expect(status, path).toBeLessThan(500);
        expect(html, path).not.toMatch(leak);
      }
    }
    expect(await counts()).toBe(before);
    expect((await rows('SELECT count(*) n FROM projects'))[0].n).toBeGreaterThan(10);
  });

  it('staff searches and filters too', async () => {
    const admin = await staffClient(db, 'admin');
    for (const payload of injections) {
      const v = encodeURIComponent(payload);
      for (const path of [`/staff/projects/?q=${v}&municipio=${v}&publication=${v}&open=${v}&page=${v}`, `/staff/audit?q=${v}&action=${v}&page=${v}`, `/staff/report/${v}`]) {
        const { status, html } = await admin.get(path);
        expect(status, path).toBeLessThan(500);
        expect(html, path).not.toMatch(leak);
      }
    }
  });
});

describe('path traversal and open redirects', () => {
  it('refuses traversal in media paths and slugs', async () => {
    const paths = [
      '/media/..%2f..%2fetc/passwd', '/media/..%2f..%2f..%2fetc%2fpasswd/640.jpg', `/media/${'a'.repeat(32)}/..%2f..%2f..%2fpackage.json`,
      '/media/%2e%2e/%2e%2e/etc/passwd', '/media/....//....//etc/passwd', `/media/${'a'.repeat(32)}/640.jpg%00.txt`,
      '/it/projects/..%2f..%2fetc%2fpasswd', '/api/v1/projects/..%2f..%2fpackage.json', '/it/..%2f..%2fpackage.json', '/it/stories/..%2f..%2f..%2fpackage.json',
      '/%2e%2e/%2e%2e/etc/passwd', '/staff/projects/..%2f1/',
    ];
    for (const path of paths) {
      const { status, html } = await anon.get(path);
      expect([301, 302, 303, 307, 308, 400, 403, 404], path).toContain(status);
      expect(html, path).not.toMatch(/root:x:0:0|"dependencies"|"devDependencies"/);
    }
  });

  it('sign-in only ever sends people back to the back office', async () => {
    for (const next of ['https://evil.example/', '//evil.example/', '/\\evil.example', '/staff/../../\\evil.example', 'javascript:alert(1)', '/%2f%2fevil.example', '/staff/%0d%0aLocation:%20https://evil.example', '\\\\evil.example']) {
      const account = await createStaff(db, 'editor');
      const client = new Client();
      const reply = await client.post(`/staff/sign-in/?next=${encodeURIComponent(next)}`, 'auth.signIn', { email: account.email, password: account.password }, { 'X-Forwarded-For': '10.77.0.1' });
      const location = reply.headers.get('location') ?? '';
      expect(reply.status, next).toBe(303);
      expect(new URL(location, client.base).origin, next).toBe(client.base);
      expect(location, next).toMatch(/^\/staff\//);
      expect(location, next).not.toMatch(/^\/\/|\\|evil/);
    }
  });
});

async function projectForm(editorDb: Db, changes: Record<string, string>) {
  const [row] = await rows("SELECT id FROM projects WHERE publication = 'published' AND municipio_id = 4 AND parent_id IS NULL AND category <> 'mixed_programme' ORDER BY id DESC LIMIT 1");
  const view = (await editView(editorDb, Number(row.id)))!;
  return { id: Number(row.id), form: { ...recordToForm(view.record), projectId: String(row.id), version: String(view.project.version), ...changes } };
}

describe('limits, malformed bodies and Unicode traps', () => {
  it('answers huge or negative pagination without a 5xx', async () => {
    for (const page of ['-1', '0', '1e309', '99999999999999999999', '10001', 'NaN', '1.5']) {
      for (const path of [`/api/v1/projects?page=${page}`, `/api/v1/projects?per_page=${page}`, `/it/projects?page=${page}`, `/api/v1/milestones?page=${page}`]) {
        const { status } = await anon.get(path);
        expect(status, path).toBeLessThan(500);
      }
    }
    expect((await anon.get('/api/v1/projects?per_page=100000')).status).toBe(400);
  });

  it('refuses bodies over the limit and malformed JSON or multipart, writing nothing', async () => {
    const editor = await staffClient(db, 'editor');
    const before = await counts();
    const huge = new FormData();
    huge.set('file', new Blob([new Uint8Array(17 * 1024 * 1024)]), 'big.jpg');
    const big = await editor.post('/staff/projects/1/', 'media.upload', huge).catch(() => ({ status: 413 }));
    expect([400, 413]).toContain(big.status);
    const base = editor.base;
    const raw = (body: string, type: string) => editor.request('/_actions/projects.save', { method: 'POST', body, headers: { 'Content-Type': type, Origin: base } });
    for (const [body, type] of [['{"projectId": 1,', 'application/json'], ['null', 'application/json'], ['--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nb', 'multipart/form-data; boundary=x'], ['\0\0\0', 'multipart/form-data'], ['a=%%%', 'application/x-www-form-urlencoded']]) {
      const reply = await raw(body, type);
      expect(reply.status, body).toBeGreaterThanOrEqual(400);
      expect(reply.status, body).toBeLessThan(500);
      expect(reply.html).not.toMatch(leak);
    }
    expect(await counts()).toBe(before);
  });

  it('stores Unicode traps as text or refuses them with a field error, and escapes them on the page', async () => {
    const editor = await staffClient(db, 'editor', null);
    const long = await projectForm(db, { 'translations.it.summary': 'x'.repeat(10_000) });
    const revisions = await counts();
    const refused = await editor.post(`/staff/projects/${long.id}/`, 'projects.save', long.form);
    expect([200, 422]).toContain(refused.status); // the form again, with the error and what was typed
    expect(refused.html).toContain('x'.repeat(500));
    expect(await counts()).toBe(revisions);
    for (const trap of ['Parco \u202Eevil\u202C', 'Par\u200Bco\u200D', 'Parco\u0000nul', '\uFEFFParco', 'Parco <b>\u2066']) {
      const { id, form } = await projectForm(db, { 'translations.it.title': trap });
      const reply = await editor.post(`/staff/projects/${id}/`, 'projects.save', form);
      expect([200, 303], trap).toContain(reply.status);
      expect(reply.html).not.toMatch(leak);
      if (reply.status === 303) {
        const page = await editor.get(`/staff/projects/${id}/`);
        expect(page.status).toBe(200);
        expect(page.html.replace(/="[^"]*"/g, '=""')).not.toContain('<b>\u2066');
      }
    }
  });
});

const directives = (csp: string) => Object.fromEntries(csp.split(';').map((d) => d.trim()).filter(Boolean).map((d) => [d.split(/\s+/)[0], d]));
function expectSecureHeaders(headers: Headers, what: string) {
  const csp = directives(headers.get('content-security-policy') ?? '');
  expect(csp['default-src'], what).toBeDefined();
  expect(csp['script-src'] ?? csp['default-src'], what).not.toContain('unsafe-inline');
  expect(csp['object-src'], what).toBe("object-src 'none'");
  expect(csp['base-uri'], what).toBe("base-uri 'none'");
  expect(csp['frame-ancestors'], what).toBe("frame-ancestors 'none'");
  expect(headers.get('x-content-type-options'), what).toBe('nosniff');
  expect(headers.get('referrer-policy'), what).toBe('strict-origin-when-cross-origin');
}

describe('headers on every kind of response', () => {
  it('page, API, feed, media, 404, staff, action and refused write', async () => {
    const [slug] = (await rows("SELECT slug FROM projects WHERE publication = 'published' LIMIT 1")).map((r) => String(r.slug));
    const paths = ['/it/', `/en/projects/${slug}`, '/api/v1/projects', '/api/v1/openapi.json', '/api/v1/projects.csv', '/it/feeds/updates.xml', '/it/feeds/milestones.ics', `/media/${'a'.repeat(32)}/640.webp`, '/it/no-such-page', '/nowhere', '/healthz', '/sitemap.xml', '/staff/sign-in/', '/staff/'];
    for (const path of paths) expectSecureHeaders((await anon.get(path)).headers, path);
    expectSecureHeaders((await anon.request('/_actions/auth.signOut', { method: 'POST', headers: { Origin: 'https://evil.example' } })).headers, 'refused write');
  });

  it('a 500 carries them too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'periferie-broken-'));
    const server = await startServer({ DATABASE_URL: `file:${dir}` }, { healthy: false });
    try {
      const res = await fetch(`${server.baseUrl}/it/projects`);
      expect(res.status).toBe(500);
      expectSecureHeaders(res.headers, '500');
    } finally {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the session cookie is HttpOnly and SameSite=Lax (Secure with __Host- over https: test/unit/cookie.test.ts)', async () => {
    const account = await createStaff(db, 'editor');
    const reply = await anonFetchSignIn(account.email, account.password);
    const cookie = reply.headers.getSetCookie().find((c) => c.startsWith('pm_session='))!;
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; SameSite=Lax/i);
    expect(cookie).toMatch(/; Path=\//i);
  });
});

async function anonFetchSignIn(email: string, password: string) {
  return fetch(new URL('/staff/sign-in/?_action=auth.signIn', server.baseUrl), {
    method: 'POST',
    redirect: 'manual',
    body: new URLSearchParams({ email, password }),
    headers: { Origin: server.baseUrl, 'X-Forwarded-For': '10.78.0.1' },
  });
}

describe('cross-site writes and safe GETs', () => {
  it('refuses every Action from another origin, as a form or as JSON, and changes nothing', async () => {
    const admin = await staffClient(db, 'admin');
    const before = await snapshot();
    const actions = ['auth.signOut', 'auth.setPassword', 'auth.setLanguage', 'auth.setNotices', 'media.upload', 'projects.create', 'projects.save', 'projects.step', 'users.invite', 'users.changeRole', 'users.setDisabled',
      'account.signInCode', 'account.startEnrolment', 'account.confirmEnrolment', 'account.disableTotp', 'account.newRecoveryCodes', 'account.reauthenticate', 'account.changePassword'];
    for (const action of actions) {
      for (const origin of ['https://evil.example', 'null', 'http://127.0.0.1.evil.example']) {
        const form = await admin.post('/staff/', action, { projectId: '1', step: 'publish', email: 'x@evil.example', role: 'admin' }, { Origin: origin });
        expect(form.status, `${action} form from ${origin}`).toBe(403);
        const json = await admin.request(`/_actions/${action}`, { method: 'POST', body: JSON.stringify({ projectId: 1 }), headers: { 'Content-Type': 'application/json', Origin: origin } });
        expect(json.status, `${action} JSON from ${origin}`).toBe(403);
      }
      const fetchSite = await admin.request(`/_actions/${action}`, { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json', 'Sec-Fetch-Site': 'cross-site' } });
      expect(fetchSite.status, `${action} with Sec-Fetch-Site`).toBe(403);
    }
    expect(await snapshot()).toBe(before);
    expect((await admin.get('/staff/')).status).toBe(200); // still signed in
  });

  it('walking every staff GET route as an admin changes nothing in the database', async () => {
    const admin = await staffClient(db, 'admin');
    const [p] = await rows("SELECT id FROM projects WHERE publication = 'published' ORDER BY id LIMIT 1");
    const before = await snapshot();
    const paths = ['/staff/', '/staff/projects/', '/staff/projects/new/', `/staff/projects/${p.id}/`, `/staff/projects/${p.id}/compare/`, `/staff/projects/${p.id}/preview/`, '/staff/users/', '/staff/audit/', '/staff/report/', '/staff/report/2026-10/', '/staff/forbidden/', '/staff/sign-in/', '/staff/invite/not-a-token/', '/staff/security/', '/staff/sign-in/code/',
      `/staff/projects/${p.id}/?_action=projects.step&step=archive&projectId=${p.id}`, '/staff/?_action=auth.signOut', '/_actions/projects.step?projectId=1&step=publish',
      // The questions asked before a step that cannot be taken back only ask.
      `/staff/projects/${p.id}/confirm/?step=archive`, '/staff/users/1/disable/', '/staff/feedback/1/reject/'];
    for (const path of paths) {
      const { status } = await admin.get(path);
      expect(status, path).toBeLessThan(500);
    }
    expect(await snapshot()).toBe(before);
    expect((await admin.get('/staff/')).status).toBe(200);
  });
});
