/**
 * Varnish in front of the app (issue #9, point 2): a project page is served from Varnish the
 * second time, and after staff publish an edit the server's purge makes the next request
 * through Varnish fetch the fresh page. Needs Debian's varnish, which .ci/run installs: without
 * it this test fails, it is never skipped.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDb, type Db } from '../../db/client.ts';
import { recordToForm } from '../../src/lib/recordToForm.ts';
import { editView } from '../../src/server/projects/revisions.ts';
import { freePort, startServer } from '../helpers/server-setup.ts';
import { Client, createStaff } from '../helpers/staff.ts';
import { startVarnish } from '../helpers/varnish.ts';

let server: Awaited<ReturnType<typeof startServer>>;
let varnish: Awaited<ReturnType<typeof startVarnish>>;
let db: Db;

beforeAll(async () => {
  const varnishPort = await freePort();
  server = await startServer({ CACHE_PURGE_URL: `http://127.0.0.1:${varnishPort}` });
  varnish = await startVarnish(Number(new URL(server.baseUrl).port), varnishPort);
  db = await createDb(server.databaseUrl);
}, 90_000);
afterAll(async () => {
  db?.$client.close();
  await varnish?.stop();
  await server?.stop();
});

const through = (path: string) => fetch(new URL(path, varnish.url)).then(async (res) => ({ headers: res.headers, html: await res.text() }));

async function signedIn(role: 'editor' | 'publisher') {
  const account = await createStaff(db, role);
  const client = new (class extends Client {
    override readonly base: string = server.baseUrl;
  })();
  expect((await client.signIn(account.email, account.password, { 'X-Forwarded-For': `10.78.${role.length}.1` })).status).toBe(303);
  return client;
}

it('serves a project page from Varnish, and the fresh one right after a publish', async () => {
  const [row] = (await db.$client.execute("select id, slug from projects where publication = 'published' and parent_id is null and category <> 'mixed_programme' order by id desc limit 1")).rows;
  const id = Number(row.id);
  const path = `/en/projects/${row.slug}`;
  const first = await through(path);
  expect(first.headers.get('x-front-cache')).toBe('MISS');
  const second = await through(path);
  expect(second.headers.get('x-front-cache')).toBe('HIT');
  // A shared link's click ids name the same object (test/fixtures/varnish.vcl).
  expect((await through(`${path}?utm_source=facebook&fbclid=IwAR0abc`)).headers.get('x-front-cache')).toBe('HIT');
  // A hit names two transactions (this request and the one that stored the object).
  expect(second.headers.get('x-varnish')).toMatch(/^\d+ \d+$/);
  expect(second.headers.get('age')).toMatch(/^\d+$/);
  expect(second.html).not.toContain('Summary just published');
  const list = '/en/projects?status=in_progress';
  await through(list);
  expect((await through(list)).headers.get('x-front-cache')).toBe('HIT');

  const editor = await signedIn('editor');
  const publisher = await signedIn('publisher');
  const view = (await editView(db, id))!;
  const form = { ...recordToForm(view.record), projectId: String(id), version: String(view.project.version), 'translations.en.summary': 'Summary just published' };
  expect((await editor.post(`/staff/projects/${id}/`, 'projects.save', form)).status).toBe(303);
  const version = async () => String((await db.$client.execute({ sql: 'select version from projects where id = ?', args: [id] })).rows[0].version);
  expect((await editor.post(`/staff/projects/${id}/`, 'projects.step', { projectId: String(id), version: await version(), step: 'submit' })).status).toBe(303);
  expect((await publisher.post(`/staff/projects/${id}/`, 'projects.step', { projectId: String(id), version: await version(), step: 'publish' })).status).toBe(303);

  // The purge is sent right after the commit; give it the moment a network hop takes.
  let fresh = await through(path);
  for (let i = 0; i < 20 && !fresh.html.includes('Summary just published'); i++) {
    await new Promise((r) => setTimeout(r, 100));
    fresh = await through(path);
  }
  expect(fresh.html).toContain('Summary just published');
  expect(fresh.headers.get('x-front-cache')).toBe('MISS');
  // The list pages went too, by tag (BAN), query-string variants included.
  expect((await through(list)).headers.get('x-front-cache')).toBe('MISS');
});
