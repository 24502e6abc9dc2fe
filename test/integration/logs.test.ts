/** Request logs: one JSON line per request with its id; queries (which may carry e-mails) left out. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../helpers/server-setup.ts';
import { requestId } from '../../src/server/requestLog.ts';

let server: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.stop());

describe('request log', () => {
  it('writes one structured line per request, with the id the response carries, and no query string', async () => {
    const res = await fetch(`${server.baseUrl}/it/projects?q=mario.rossi%40example.com`);
    const id = res.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await new Promise((r) => setTimeout(r, 100));
    const lines = server.output().split('\n').filter((l) => l.startsWith('{'));
    const line = lines.map((l) => JSON.parse(l)).find((l) => l.id === id);
    expect(line).toMatchObject({ method: 'GET', path: '/it/projects', status: 200 });
    expect(typeof line.ms).toBe('number');
    expect(server.output()).not.toContain('mario.rossi');
  });

  it('leaves out the one-time token of an invitation or password-reset link', async () => {
    const token = `secret-token-${Date.now()}`;
    for (const path of [`/staff/invite/${token}`, `/staff/invite/${token}/`]) {
      const res = await fetch(`${server.baseUrl}${path}`);
      await res.arrayBuffer();
      await new Promise((r) => setTimeout(r, 100));
      const line = server.output().split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l)).find((l) => l.id === res.headers.get('x-request-id'));
      expect(line.path).toMatch(/^\/staff\/invite\/\[token\]\/?$/);
    }
    expect(server.output()).not.toContain(token);
  });

  it('keeps a sane upstream request id and replaces a hostile one', () => {
    expect(requestId(new Headers({ 'x-request-id': 'abc12345-proxy' }))).toBe('abc12345-proxy');
    expect(requestId(new Headers({ 'x-request-id': 'x" {"fake":1}' }))).not.toContain('fake');
  });
});
