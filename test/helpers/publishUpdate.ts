/**
 * Staff add one update to a project and publish it through the running server, as the back
 * office does (edit → submit → publish), so followers are told of it the way they are in use.
 */
import { expect } from 'vitest';
import type { Db } from '../../db/client.ts';
import { recordToForm } from '../../src/lib/recordToForm.ts';
import { editView } from '../../src/server/projects/revisions.ts';
import { staffClient } from './staff.ts';

/** `title` by locale (the body is the title with a full stop); `milestone` also marks one reached. */
export async function publishUpdate(db: Db, projectId: number, title: Record<string, string>, milestone?: Record<'it' | 'de', string>) {
  const scalar = async (sql: string, args: (string | number)[] = []) => Object.values((await db.$client.execute({ sql, args })).rows[0] ?? {})[0];
  const editor = await staffClient(db, 'editor');
  const publisher = await staffClient(db, 'publisher');
  const view = (await editView(db, projectId))!;
  const n = view.record.updates.length;
  const form = { ...recordToForm(view.record), projectId: String(projectId), version: String(view.project.version), [`updates.${n}.publishedOn`]: '2026-06-01' };
  for (const [locale, text] of Object.entries(title)) Object.assign(form, { [`updates.${n}.title.${locale}`]: text, [`updates.${n}.body.${locale}`]: `${text}.` });
  if (milestone) {
    const m = view.record.milestones.length;
    Object.assign(form, { [`milestones.${m}.title.it`]: milestone.it, [`milestones.${m}.title.de`]: milestone.de, [`milestones.${m}.plannedOn`]: '2026-05-30', [`milestones.${m}.actualOn`]: '2026-05-30', [`milestones.${m}.done`]: 'on' });
  }
  expect((await editor.post(`/staff/projects/${projectId}/`, 'projects.save', form)).status).toBe(303);
  const version = async () => String(await scalar('select version from projects where id = ?', [projectId]));
  expect((await editor.post(`/staff/projects/${projectId}/`, 'projects.step', { projectId: String(projectId), version: await version(), step: 'submit' })).status).toBe(303);
  expect((await publisher.post(`/staff/projects/${projectId}/`, 'projects.step', { projectId: String(projectId), version: await version(), step: 'publish' })).status).toBe(303);
}
