/**
 * The caller's address and the site's address as residents' forms read them (issue #9's
 * scale-out, issue #10): behind a trusted proxy every limit counts the address the proxy
 * reports, not the proxy's; and a forged Host header never puts another site into a City mail.
 */
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../../db/client.ts';
import { startServer } from '../helpers/server-setup.ts';
import { Client } from '../helpers/staff.ts';
import { waitForMail } from '../helpers/outbox.ts';

let server: Awaited<ReturnType<typeof startServer>>;
let db: Db;
let target: { id: number; slug: string };

beforeAll(async () => {
  server = await startServer({ API_TRUST_PROXY: 'true' });
  db = await createDb(server.databaseUrl);
  await fetch(`${server.baseUrl}/healthz`);
  const [row] = (await db.$client.execute("select id, slug from projects where publication = 'published' order by id limit 1")).rows;
  target = { id: Number(row.id), slug: String(row.slug) };
}, 60_000);
afterAll(async () => {
  db?.$client.close();
  await server?.stop();
});

const follow = (client: Client, email: string, headers: Record<string, string>) =>
  client.post(`/it/projects/${target.slug}`, 'residents.subscribe', { email, scope: 'project', targetId: String(target.id), frequency: 'instant', consent: 'on', locale: 'it' }, headers);

describe('behind a trusted proxy', () => {
  it('gives each reported address its own budget, and still limits one address', async () => {
    const client = new Client(server.baseUrl);
    // Eleven residents behind the same proxy: more than one address's hourly budget (10).
    for (let i = 1; i <= 11; i++) expect((await follow(client, `r${i}@example.org`, { 'X-Forwarded-For': `10.1.0.${i}` })).html, `resident ${i}`).toContain('id="follow-done"');
    const one = { 'X-Forwarded-For': '10.2.0.1' };
    for (let i = 1; i <= 10; i++) expect((await follow(client, `same${i}@example.org`, one)).html).toContain('id="follow-done"');
    expect((await follow(client, 'same11@example.org', one)).html).not.toContain('id="follow-done"');
  });
});

describe('a forged Host header', () => {
  it('never reaches the links of a mail', async () => {
    const email = `host-${Date.now()}@example.org`;
    const body = new URLSearchParams({ email, scope: 'project', targetId: String(target.id), frequency: 'instant', consent: 'on', locale: 'it' }).toString();
    const { port } = new URL(server.baseUrl);
    const status = await new Promise<number>((done, fail) => {
      const req = httpRequest(
        { host: '127.0.0.1', port, method: 'POST', path: `/it/projects/${target.slug}?_action=residents.subscribe`,
          headers: { Host: 'evil.example', Origin: 'http://evil.example', 'Content-Type': 'application/x-www-form-urlencoded', 'X-Forwarded-For': '10.3.0.1' } },
        (res) => { res.resume(); res.on('end', () => done(res.statusCode!)); },
      );
      req.on('error', fail);
      req.end(body);
    });
    expect(status).toBeLessThan(500);
    const mail = await waitForMail(join(server.dataDir, 'outbox'), email, /./);
    const text = `${mail.text} ${mail.html || ''} ${String(mail.headers.get('list-unsubscribe') ?? '')}`;
    expect(text).not.toContain('evil.example');
    expect(text).toContain('https://periferie.comune.milano.it/');
  });
});
