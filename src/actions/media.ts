/** Photo upload (issue #4, point 9): checked and re-encoded, then added to the project's draft. */
import { ActionError, defineAction } from 'astro:actions';
import { localeCodes } from '../i18n/locales.ts';
import { formValues } from '../lib/projectForm.ts';
import { mediaSchema, type ProjectRecord } from '../lib/projectSchema.ts';
import { getDb } from '../server/db.ts';
import { mediaDir } from '../server/media/mediaDir.ts';
import { discardPhoto, PhotoError, processPhoto } from '../server/media/processPhoto.ts';
import { editView } from '../server/projects/revisions.ts';
import { saveDraft } from '../server/projects/saveDraft.ts';
import { asActionError, clientIp, idField, requireUser } from './context.ts';

export const media = {
  upload: defineAction({
    accept: 'form',
    handler: async (form: FormData, context) => {
      const user = requireUser(context, 'project.edit');
      const projectId = idField(form, 'projectId');
      const version = idField(form, 'version');
      const values = formValues(form);
      const loc = (k: string) => Object.fromEntries(localeCodes.map((l) => [l, (values[`photo.${k}.${l}`] ?? '').trim()]));
      const fields = {
        alt: loc('alt'),
        caption: loc('caption'),
        credit: values['photo.credit']?.trim() || null,
        takenOn: values['photo.takenOn']?.trim() || null,
        phase: values['photo.phase'] ?? 'during',
      };
      // THE schema's photo row, checked before the file is touched so nothing is stored in vain.
      const checked = mediaSchema.omit({ file: true }).safeParse(fields);
      const errors: Record<string, string> = {};
      if (!checked.success) for (const i of checked.error.issues) errors[`photo.${i.path.join('.')}`] ??= i.message;
      const upload = form.get('photo.file');
      if (!(upload instanceof File) || upload.size === 0) errors['photo.file'] = 'staff.error.photoMissing';
      if (Object.keys(errors).length || !checked.success) return { ok: false as const, errors, values };

      const db = await getDb();
      const view = await editView(db, projectId);
      if (!view) throw new ActionError({ code: 'NOT_FOUND', message: 'staff.error.notFound' });
      let stored;
      try {
        stored = await processPhoto(upload as File, mediaDir());
      } catch (error) {
        if (error instanceof PhotoError) return { ok: false as const, errors: { 'photo.file': error.key }, values };
        throw error;
      }
      const record: ProjectRecord = { ...view.record, media: [...view.record.media, { ...checked.data, file: stored.file }] };
      // The files exist only with their row: a refused or failed save removes them again.
      const uploaded = { action: 'photo_upload' as const, detail: { file: stored.file, width: stored.width, height: stored.height } };
      const result = await saveDraft(db, user, projectId, version, record, clientIp(context), uploaded).catch(async (error) => {
        await discardPhoto(stored.file, mediaDir());
        return asActionError(error);
      });
      if (!result.ok) {
        await discardPhoto(stored.file, mediaDir());
        throw new ActionError({ code: 'CONFLICT', message: 'stale' in result ? 'staff.error.stale' : 'staff.error.invalidRevision' });
      }
      return { ok: true as const, file: stored.file };
    },
  }),
};
