/**
 * The back-office import (issue #6, point 4): one POST uploads a file and answers its dry run,
 * a second commits it. It runs the CLI's own code (parseImportFile, planProjectImport,
 * commitProjectImport), so the screen and `npm run import:projects` can never disagree.
 * Messages stay structured (src/lib/import/importMessage.ts); the page says them in the staff
 * language.
 */
import { createHash } from 'node:crypto';
import { z } from 'astro/zod';
import { commitProjectImport } from '../../../db/import/commitProjectImport.ts';
import { planProjectImport, type ImportPlan, type PlannedRow, type RowAction } from '../../../db/import/planProjectImport.ts';
import { MAX_IMPORT_BYTES, tooLarge } from '../../lib/import/decodeText.ts';
import type { ImportMessage } from '../../lib/import/importMessage.ts';
import { parseImportFile } from '../../lib/import/parseImportFile.ts';
import { can } from '../../lib/permissions.ts';
import type { SessionUser } from '../auth/sessions.ts';
import { getDb } from '../db.ts';
import { purgeAfterCommit } from '../cache/invalidate.ts';
import { discardStagedImport, loadStagedImport, stageImport, STAGED_MINUTES } from './stagedImport.ts';

/** Rows shown in the dry-run table; refused rows come first, so none of them is ever cut. */
export const SHOWN_ROWS = 1000;
// The multipart envelope around the file: boundaries, headers and the two small fields.
const FORM_OVERHEAD = 64 * 1024;

/** A planned row as the screen shows it: without the record and the CLI's file name. */
export type ShownRow = Pick<PlannedRow, 'line' | 'action' | 'slug' | 'problems' | 'notes' | 'changes'>;

export interface DryRun {
  fileName: string;
  format: 'csv' | 'geojson';
  counts: Record<RowAction, number>;
  rows: ShownRow[];
  total: number;
  notes: ImportMessage[];
  publish: boolean;
  /** Set when nothing is refused: the staged upload the commit form sends back. */
  stagedId: string | null;
  minutes: number;
}

export type ImportView =
  | { step: 'form'; status: number; problem?: 'staff.import.noFile' | 'staff.import.expired' | 'staff.error.invalid' }
  | { step: 'tooLarge'; status: 413 }
  | { step: 'fileRefused'; status: 422; fileName: string; problems: ImportMessage[] }
  | { step: 'dryRun'; status: number; dryRun: DryRun; changedSince?: boolean }
  | { step: 'done'; status: 200; runId: number; counts: Record<RowAction, number>; publish: boolean }
  | { step: 'failed'; status: 500; detail: string };

const dryRunForm = z.object({ intent: z.literal('dryRun'), publish: z.enum(['draft', 'published']).default('draft') });
const commitForm = z.object({ intent: z.literal('commit'), id: z.string().regex(/^[a-f0-9]{32}$/) });

const order: Record<RowAction, number> = { refuse: 0, create: 1, update: 2, unchanged: 3 };

function dryRunOf(plan: ImportPlan, fileName: string, format: DryRun['format'], notes: ImportMessage[], stagedId: string | null): DryRun {
  const rows = [...plan.rows]
    .sort((a, b) => order[a.action] - order[b.action] || a.line - b.line)
    .slice(0, Math.max(SHOWN_ROWS, plan.counts.refuse))
    .map(({ line, action, slug, problems, notes: rowNotes, changes }) => ({ line, action, slug, problems, notes: rowNotes, changes }));
  return { fileName, format, counts: plan.counts, rows, total: plan.rows.length, notes, publish: plan.publish, stagedId, minutes: STAGED_MINUTES };
}

/** The file name as shown and logged: no folders, no control characters, not endless. */
const cleanName = (name: string) => (name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').slice(0, 200) || 'import';

async function dryRun(form: FormData, user: SessionUser): Promise<ImportView> {
  const fields = dryRunForm.safeParse({ intent: form.get('intent'), publish: form.get('publish') ?? undefined });
  if (!fields.success) return { step: 'form', status: 400, problem: 'staff.error.invalid' };
  const file = form.get('file');
  if (!(file instanceof File) || file.size === 0) return { step: 'form', status: 422, problem: 'staff.import.noFile' };
  if (tooLarge(file.size)) return { step: 'tooLarge', status: 413 };
  const fileName = cleanName(file.name);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const parsed = parseImportFile(bytes, fileName);
  if (!parsed.ok) return { step: 'fileRefused', status: 422, fileName, problems: parsed.problems };
  // Only people who may publish can choose to; for everyone else imports land as drafts.
  const publish = fields.data.publish === 'published' && can(user, 'project.publish');
  const plan = await planProjectImport(await getDb(), parsed.rows, { publish, mayPublish: can(user, 'project.publish') });
  const stagedId = plan.counts.refuse === 0 ? await stageImport(bytes, { fileName, userId: user.id, publish, stagedAt: Date.now() }) : null;
  return { step: 'dryRun', status: plan.counts.refuse === 0 ? 200 : 422, dryRun: dryRunOf(plan, fileName, parsed.format, parsed.notes, stagedId) };
}

async function commit(form: FormData, user: SessionUser, ip: string | null): Promise<ImportView> {
  const fields = commitForm.safeParse({ intent: form.get('intent'), id: form.get('id') });
  if (!fields.success) return { step: 'form', status: 400, problem: 'staff.error.invalid' };
  const staged = await loadStagedImport(fields.data.id, user.id);
  if (!staged) return { step: 'form', status: 410, problem: 'staff.import.expired' };
  const { meta, bytes } = staged;
  const parsed = parseImportFile(bytes, meta.fileName);
  if (!parsed.ok) return { step: 'fileRefused', status: 422, fileName: meta.fileName, problems: parsed.problems };
  const db = await getDb();
  // Planned again: the database may have changed since the dry run (another import, an edit).
  const plan = await planProjectImport(db, parsed.rows, { publish: meta.publish && can(user, 'project.publish'), mayPublish: can(user, 'project.publish') });
  if (plan.counts.refuse > 0) {
    await discardStagedImport(fields.data.id);
    return { step: 'dryRun', status: 409, dryRun: dryRunOf(plan, meta.fileName, parsed.format, parsed.notes, null), changedSince: true };
  }
  try {
    const result = await commitProjectImport(db, plan, {
      fileName: meta.fileName,
      fileSha256: createHash('sha256').update(bytes).digest('hex'),
      format: parsed.format,
      actor: user.email,
      userId: user.id,
      ip,
    });
    // The commit bumped the 'all' tag for every instance's page cache; the front cache hears it
    // here (the CLI has no server to tell it, so there it expires after CACHE_MAX_AGE).
    purgeAfterCommit(['all']);
    return { step: 'done', status: 200, runId: result.runId, counts: plan.counts, publish: plan.publish };
  } catch (error) {
    let cause = error as Error;
    while (cause.cause instanceof Error) cause = cause.cause;
    return { step: 'failed', status: 500, detail: cause.message };
  } finally {
    await discardStagedImport(fields.data.id);
  }
}

/**
 * @example const view = await importPage(Astro.request, user, ip) // GET → the upload form
 */
export async function importPage(request: Request, user: SessionUser, ip: string | null): Promise<ImportView> {
  if (request.method !== 'POST') return { step: 'form', status: 200 };
  // Refused before a byte of the body is read: a 100 MB upload costs nothing (issue #6, point 5).
  const length = Number(request.headers.get('content-length') ?? 0);
  if (length > MAX_IMPORT_BYTES + FORM_OVERHEAD) return { step: 'tooLarge', status: 413 };
  let form: FormData;
  try {
    form = await request.formData();
  } catch (error) {
    // Without Content-Length the server's body limit stops the upload while it is read.
    return /size limit/i.test(String((error as Error).message)) ? { step: 'tooLarge', status: 413 } : { step: 'form', status: 400, problem: 'staff.error.invalid' };
  }
  return form.get('intent') === 'commit' ? commit(form, user, ip) : dryRun(form, user);
}
