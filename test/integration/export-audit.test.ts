/**
 * Exports made by signed-in staff are in the audit log (issue #4, point 8); anonymous open-data
 * downloads are not (src/server/auditExport.ts says why).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createDb, type Db } from '../../db/client.ts';
import { figureIds } from '../../src/server/figures/figureTables.ts';
import { Client, staffClient } from '../helpers/staff.ts';

let db: Db;
const exportsBy = async (email: string | null) =>
  (
    await db.$client.execute({
      sql: `select target_id, ip, detail from audit_log where action = 'export' and ${email === null ? 'user_email is null' : 'user_email = ?'} order by id`,
      args: email === null ? [] : [email],
    })
  ).rows;

beforeAll(async () => {
  db = await createDb(inject('databaseUrl'));
});
afterAll(() => db.$client.close());

describe('export audit', () => {
  it('records who exported what and from where, and the admin filter shows it', async () => {
    const viewer = await staffClient(db, 'viewer');
    const from = { 'X-Forwarded-For': '10.77.0.9' };
    const csv = await viewer.get('/api/v1/projects.csv?status=design', from);
    expect(csv.status).toBe(200);
    expect((await viewer.get('/api/v1/projects.geojson?properties=full', from)).status).toBe(200);
    expect((await viewer.get(`/en/numbers/${figureIds[0]}.csv`, from)).status).toBe(200);
    // The lean map layer is not an export: nobody downloads it as a file.
    expect((await viewer.get('/api/v1/projects.geojson', from)).status).toBe(200);

    const rows = await exportsBy(viewer.account.email);
    expect(rows.map((r) => r.target_id)).toEqual(['projects.csv', 'projects.geojson', `numbers/${figureIds[0]}.csv`]);
    expect(JSON.parse(String(rows[0].detail))).toEqual({ query: '?status=design' });
    for (const r of rows) expect(r.ip).toBeTruthy();

    const admin = await staffClient(db, 'admin');
    const log = await admin.get(`/staff/audit/?action=export&email=${encodeURIComponent(viewer.account.email)}`);
    expect(log.status).toBe(200);
    expect(log.html.match(/data-action="export"/g)).toHaveLength(3);
    expect(log.html).toContain('export projects.csv');
    expect(log.html).not.toContain('data-action="sign_in"');
  });

  it('does not log anonymous open-data downloads', async () => {
    const before = (await exportsBy(null)).length;
    expect((await new Client().get('/api/v1/projects.csv')).status).toBe(200);
    expect((await new Client().get('/api/v1/projects.geojson?properties=full')).status).toBe(200);
    expect((await exportsBy(null)).length).toBe(before);
  });
});
