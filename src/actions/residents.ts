/**
 * The public residents' forms (issue #7): follow, confirm, manage one's subscriptions, feedback,
 * vote. They work without JavaScript (form actions); refused input comes back with its errors
 * and what was typed.
 */
import { ActionError, defineAction } from 'astro:actions';
import { isLocale, type Locale } from '../i18n/locales.ts';
import { feedbackSchema, fieldErrors, judgementValues, manageSchema, subscribeSchema, type JudgementValue } from '../lib/residents.ts';
import { manageDonePath } from '../lib/manageDone.ts';
import { getDb } from '../server/db.ts';
import { mediaDir } from '../server/media/mediaDir.ts';
import { PhotoError, processPhoto } from '../server/media/processPhoto.ts';
import { tokenHash, newToken } from '../server/auth/tokens.ts';
import { createFeedback } from '../server/residents/feedback.ts';
import { addressKey, checkStamp, withinRate } from '../server/residents/formStamp.ts';
import { formSecret } from '../server/residents/formSecret.ts';
import { castVote } from '../server/residents/judgements.ts';
import { confirmSubscription, subscribe } from '../server/residents/subscriptions.ts';
import { manageChange } from '../server/residents/manageChange.ts';
import { clientIp, siteUrl } from './context.ts';

const HOUR = 3_600_000;
const localeOf = (form: FormData): Locale => (isLocale(form.get('locale')) ? (form.get('locale') as Locale) : 'it');
const str = (form: FormData, k: string) => (typeof form.get(k) === 'string' ? String(form.get(k)) : '');

export const residents = {
  subscribe: defineAction({
    accept: 'form',
    handler: async (form: FormData, context) => {
      const values = { email: str(form, 'email'), scope: str(form, 'scope'), targetId: str(form, 'targetId'), frequency: str(form, 'frequency') || 'instant', consent: str(form, 'consent') };
      const parsed = subscribeSchema.safeParse(values);
      if (!parsed.success) return { ok: false as const, errors: fieldErrors(parsed.error.issues), values };
      const db = await getDb();
      if (!(await withinRate(db, addressKey('follow', clientIp(context)), 10, HOUR))) return { ok: false as const, errors: { email: 'residents.error.rateLimited' }, values };
      const result = await subscribe(db, parsed.data, localeOf(form), siteUrl(context));
      if (result === 'unknown') throw new ActionError({ code: 'NOT_FOUND', message: 'residents.error.invalid' });
      return { ok: true as const, email: parsed.data.email };
    },
  }),

  confirm: defineAction({
    accept: 'form',
    handler: async (form: FormData) => {
      const row = await confirmSubscription(await getDb(), str(form, 'token'));
      return row ? { ok: true as const } : { ok: false as const };
    },
  }),

  /**
   * The manage page's forms. No account and no rate limit: the token from the mail is the
   * authorization (256 random bits), and it acts on its own address only. A change answers with
   * the page to redirect to, saying what was done.
   */
  manage: defineAction({
    accept: 'form',
    handler: async (form: FormData) => {
      const values = { intent: str(form, 'intent'), token: str(form, 'token'), subscription: str(form, 'subscription'), frequency: str(form, 'frequency') };
      const parsed = manageSchema.safeParse(values);
      if (!parsed.success) return { ok: false as const, errors: fieldErrors(parsed.error.issues), values };
      const done = await manageChange(await getDb(), parsed.data);
      if (done === 'unknownToken') return { ok: false as const, errors: { token: 'residents.manage.invalid' }, values };
      if (done === 'notFound') return { ok: false as const, errors: { subscription: 'residents.manage.notFound' }, values };
      return { ok: true as const, next: manageDonePath(localeOf(form), parsed.data.token, done) };
    },
  }),

  feedback: defineAction({
    accept: 'form',
    handler: async (form: FormData, context) => {
      const values = { projectId: str(form, 'projectId'), kind: str(form, 'kind'), body: str(form, 'body'), email: str(form, 'email') };
      // Honeypot: a field people never see (hidden by CSS, out of the tab order) that bots fill.
      if (str(form, 'website') !== '') return { ok: false as const, errors: { _: 'residents.error.refused' }, values };
      // What the person can fix comes first: a form sent too fast is also often one left empty.
      const parsed = feedbackSchema.safeParse(values);
      if (!parsed.success) return { ok: false as const, errors: fieldErrors(parsed.error.issues), values };
      const stamp = checkStamp(await formSecret(await getDb()), str(form, 'stamp'));
      if (stamp !== 'ok') return { ok: false as const, errors: { _: stamp === 'tooFast' ? 'residents.error.tooFast' : 'residents.error.expired' }, values };
      const db = await getDb();
      if (!(await withinRate(db, addressKey('feedback', clientIp(context)), 5, HOUR))) return { ok: false as const, errors: { _: 'residents.error.rateLimited' }, values };
      const upload = form.get('photo');
      let photo: string | null = null;
      if (upload instanceof File && upload.size > 0) {
        try {
          photo = (await processPhoto(upload, mediaDir())).file; // the staff uploads' rules and re-encoding
        } catch (error) {
          if (error instanceof PhotoError) return { ok: false as const, errors: { photo: error.key }, values };
          throw error;
        }
      }
      const id = await createFeedback(db, parsed.data, localeOf(form), photo);
      if (id === null) throw new ActionError({ code: 'NOT_FOUND', message: 'residents.error.invalid' });
      return { ok: true as const, id };
    },
  }),

  vote: defineAction({
    accept: 'form',
    handler: async (form: FormData, context) => {
      const value = str(form, 'value');
      const projectId = Number(str(form, 'projectId'));
      if (!(judgementValues as readonly string[]).includes(value) || !Number.isInteger(projectId) || projectId < 1) return { ok: false as const, error: 'residents.error.vote' };
      const db = await getDb();
      if (!(await withinRate(db, addressKey('vote', clientIp(context)), 30, HOUR))) return { ok: false as const, error: 'residents.error.rateLimited' };
      let voter = context.cookies.get('pm_voter')?.value ?? '';
      if (!/^[\w-]{43}$/.test(voter)) {
        voter = newToken();
        context.cookies.set('pm_voter', voter, { path: '/', httpOnly: true, sameSite: 'lax', secure: context.url.protocol === 'https:', maxAge: 365 * 86_400 });
      }
      if (!(await castVote(db, projectId, tokenHash(voter), value as JudgementValue))) throw new ActionError({ code: 'NOT_FOUND', message: 'residents.error.invalid' });
      return { ok: true as const };
    },
  }),
};
