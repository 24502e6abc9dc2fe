/** /healthz tells a load balancer the truth: 503 while the database cannot be reached. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startServer } from '../helpers/server-setup.ts';

describe('/healthz', () => {
  it('answers 503 with ok: false when the database cannot be opened', async () => {
    // A directory where the database file should be: libSQL cannot open it.
    const dir = mkdtempSync(join(tmpdir(), 'periferie-broken-'));
    const server = await startServer({ DATABASE_URL: `file:${dir}` }, { healthy: false });
    try {
      const res = await fetch(`${server.baseUrl}/healthz`);
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ ok: false });
      // Pages fail with the localized error page rather than a stack trace.
      const page = await fetch(`${server.baseUrl}/it/projects`);
      expect(page.status).toBe(500);
      expect(await page.text()).toContain('Si è verificato un errore');
    } finally {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
