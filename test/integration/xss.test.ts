/**
 * A list of XSS payloads typed in every text field renders inert on public and staff pages
 * (issue #4, point 11): everything is escaped, Markdown refuses raw HTML and javascript: links.
 * test/e2e/staff.test.ts opens the same project in Chromium and checks no script ran.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createDb, type Db } from '../../db/client.ts';
import { recordToForm } from '../../src/lib/recordToForm.ts';
import { editView } from '../../src/server/projects/revisions.ts';
import { Client, staffClient } from '../helpers/staff.ts';
import { payloads, traces, withPayloads } from '../helpers/xss.ts';

let db: Db;
let project: { id: number; slug: string };
let editor: Client & { account: { email: string } };

beforeAll(async () => {
  db = await createDb(inject('databaseUrl'));
  const row = (await db.$client.execute("select id, slug from projects where publication = 'published' and municipio_id = 5 and parent_id is null order by id limit 1")).rows[0];
  project = { id: Number(row.id), slug: String(row.slug) };
  editor = await staffClient(db, 'editor');
  const publisher = await staffClient(db, 'publisher');
  const view = (await editView(db, project.id))!;
  const form = withPayloads({ ...recordToForm(view.record), projectId: String(project.id), version: String(view.project.version), 'reasons.status.it': '<script>alert("reason")</script>' });
  const saved = await editor.post(`/staff/projects/${project.id}/`, 'projects.save', form);
  if (saved.status !== 303) throw new Error(`save refused (${saved.status}): ${saved.html.match(/id="error-summary"[\s\S]*?<\/div>/)?.[0]}`);
  const version = async () => String((await db.$client.execute({ sql: 'select version from projects where id = ?', args: [project.id] })).rows[0].version);
  await editor.post(`/staff/projects/${project.id}/`, 'projects.step', { projectId: String(project.id), version: await version(), step: 'submit' });
  const published = await publisher.post(`/staff/projects/${project.id}/`, 'projects.step', { projectId: String(project.id), version: await version(), step: 'publish' });
  if (published.status !== 303) throw new Error(`publish refused (${published.status})`);
});
afterAll(() => db.$client.close());

describe('XSS payloads in every text field', () => {
  it('were stored as typed', async () => {
    const record = (await editView(db, project.id))!.record;
    expect(record.translations.it.title).toBe(payloads[3]);
    expect(record.contractor).toBe(payloads[1]);
  });

  const pages = () => [
    `/it/projects/${project.slug}`,
    `/en/projects/${project.slug}`,
    '/it/projects?municipio=5',
    `/staff/projects/${project.id}/`,
    `/staff/projects/${project.id}/preview/`,
    '/staff/projects/',
    '/staff/?scope=all',
  ];
  it('render inert on public and staff pages', async () => {
    for (const path of pages()) {
      const reply = await editor.get(path);
      expect(reply.status, path).toBe(200);
      // A quoted attribute value cannot hold a raw quote (it is &quot;), so whatever is inside one
      // is inert text; look for live markup everywhere else, and for javascript: URLs in any attribute.
      const outsideAttributes = reply.html.replace(/="[^"]*"/g, '=""');
      for (const trace of traces) {
        const at = outsideAttributes.search(trace);
        expect(at === -1 ? '' : outsideAttributes.slice(Math.max(0, at - 200), at + 80), `${path} ${trace}`).toBe('');
      }
      expect(reply.html, path).not.toMatch(/(href|src|action|formaction)="\s*javascript:/i);
      expect(reply.html, path).not.toMatch(/ on[a-z]+="[^"]*alert/i);
    }
    const publicPage = await new Client().get(`/it/projects/${project.slug}`);
    expect(publicPage.html).toContain('&lt;script&gt;alert');
  });
});
