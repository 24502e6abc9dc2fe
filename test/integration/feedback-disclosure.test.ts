/**
 * The feedback form says, next to the message field and in every language, that staff may
 * publish the message with their answer (PublishedFeedback.astro shows such pairs): the text
 * sits between the field's label and the field, is read with the field, and is translated.
 */
import { beforeAll, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createDb } from '../../db/client.ts';
import { localeCodes } from '../../src/i18n/locales.ts';
import { localeStrings } from '../../src/i18n/useTranslations.ts';
import { get } from '../helpers/http.ts';

let slug = '';
const escaped = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/'/g, '&#39;').replace(/"/g, '&quot;');

beforeAll(async () => {
  const db = await createDb(inject('databaseUrl'));
  slug = String((await db.$client.execute("select slug from projects where publication = 'published' order by id limit 1")).rows[0].slug);
  db.$client.close();
});

it('tells in Italian and English that a message may be published with the answer', async () => {
  expect((await get(`/it/projects/${slug}`)).html).toContain('<p class="hint" id="fb-body-hint">Potremmo pubblicare il tuo messaggio in questa pagina, insieme alla nostra risposta.</p>');
  expect((await get(`/en/projects/${slug}`)).html).toContain('<p class="hint" id="fb-body-hint">We may publish your message on this page, together with our answer.</p>');
});

it.each(localeCodes)('%s: the disclosure is beside the message field, read with it, in the page’s language', async (locale) => {
  const { html } = await get(`/${locale}/projects/${slug}`);
  const text = localeStrings(locale)['residents.feedback.bodyHint']!;
  if (locale !== 'it') expect(text).not.toBe(localeStrings('it')['residents.feedback.bodyHint']);
  const field = html.match(/<label for="fb-body">[^<]*<\/label>\s*<p class="hint" id="fb-body-hint">([^<]*)<\/p>\s*<textarea id="fb-body"[^>]*>/);
  expect(field, locale).not.toBeNull();
  expect(field![1]).toBe(escaped(text));
  expect(field![0]).toMatch(/aria-describedby="fb-body-hint"/);
});
