/**
 * Project editing (issue #4, points 4–6): each handler validates with THE project schema
 * (src/lib/projectSchema.ts), authorizes with `can` (here in general, in src/server for the
 * project's Municipio), and calls src/server. Validation problems and stale saves come back as
 * data with the submitted values, so the page re-renders with nothing typed lost.
 */
import { ActionError, defineAction } from 'astro:actions';
import { localeCodes } from '../i18n/locales.ts';
import { can } from '../lib/permissions.ts';
import { mergeForms, parsePrint } from '../lib/mergeForms.ts';
import { formValues } from '../lib/projectForm.ts';
import { recordToForm } from '../lib/recordToForm.ts';
import { checkProjectForm } from '../lib/checkProjectForm.ts';
import type { TrackedSource } from '../lib/revisionDiff.ts';
import { todayIso } from '../lib/dates.ts';
import { getDb } from '../server/db.ts';
import { createProject, saveDraft } from '../server/projects/saveDraft.ts';
import { publishedRecord } from '../server/projects/revisions.ts';
import { confirmedSteps, transition, transitions, type Transition } from '../server/projects/workflow.ts';
import { returnNoteSchema } from '../lib/returnNote.ts';
import { asActionError, clientIp, idField, requireConfirmed, requireUser, siteUrl } from './context.ts';

/** The form's values and their check against THE schema and, when published, the reason rule. */
function readForm(form: FormData, published: TrackedSource | null) {
  const values = formValues(form);
  // "Verified today" is a second submit button of the same form: it saves with today's date.
  if (values.verifiedToday) values.lastVerifiedAt = todayIso();
  delete values.verifiedToday;
  return { values, checked: checkProjectForm(values, localeCodes, published) };
}

export const projects = {
  create: defineAction({
    accept: 'form',
    handler: async (form: FormData, context) => {
      const user = requireUser(context, 'project.create');
      const { values, checked } = readForm(form, null);
      if (!checked.ok) return { ok: false as const, errors: checked.errors, values };
      const result = await createProject(await getDb(), user, checked.record, clientIp(context)).catch(asActionError);
      return result.ok ? result : { ...result, values };
    },
  }),

  save: defineAction({
    accept: 'form',
    handler: async (form: FormData, context) => {
      const user = context.locals.user;
      if (!user) throw new ActionError({ code: 'UNAUTHORIZED', message: 'staff.error.signInFirst' });
      if (!can(user, 'project.edit') && !can(user, 'project.translate')) throw new ActionError({ code: 'FORBIDDEN', message: 'staff.error.forbidden' });
      const projectId = idField(form, 'projectId');
      const version = idField(form, 'version');
      const db = await getDb();
      const published = await publishedRecord(db, projectId);
      const { values, checked } = readForm(form, published);
      if (!checked.ok) return { ok: false as const, errors: checked.errors, values };
      const result = await saveDraft(db, user, projectId, version, checked.record, clientIp(context)).catch(asActionError);
      if (result.ok) return result;
      // saveDraft's errors (slug, CUP, reasons) name no rows: they are already the form's names.
      if ('errors' in result) return { ...result, values };
      // Someone saved meanwhile: the form comes back with both saves merged (mergeForms.ts).
      const base = parsePrint(values.base);
      if (!base) return { ...result, values, yours: checked.record, conflicts: null };
      const merged = mergeForms(base, values, recordToForm(result.stale.current));
      const yours = checkProjectForm(merged.values, localeCodes, published);
      return { ...result, values: merged.values, yours: yours.ok ? yours.record : checked.record, conflicts: merged.conflicts };
    },
  }),

  step: defineAction({
    accept: 'form',
    handler: async (form: FormData, context) => {
      const user = requireUser(context, 'staff.access');
      const step = String(form.get('step')) as Transition;
      if (!transitions.includes(step)) throw new ActionError({ code: 'BAD_REQUEST', message: 'staff.error.invalid' });
      if (confirmedSteps.includes(step)) requireConfirmed(form);
      const projectId = idField(form, 'projectId');
      let note: string | undefined;
      if (step === 'return') {
        // A refused note comes back with what was typed, like every form of the back office.
        const checked = returnNoteSchema.safeParse(String(form.get('note') ?? ''));
        if (!checked.success) return { ok: false as const, errors: { note: checked.error.issues[0].message }, values: { note: String(form.get('note') ?? '') } };
        note = checked.data;
      }
      await transition(await getDb(), user, projectId, idField(form, 'version'), step, { ip: clientIp(context), baseUrl: siteUrl(context), note }).catch(asActionError);
      return { ok: true as const, step, projectId };
    },
  }),
};
