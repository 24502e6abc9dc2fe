/**
 * The closed vocabularies and form schemas of the residents' features (issue #7). One schema per
 * contract: the Actions, the server functions and the tests all use these.
 */
import { z } from 'astro/zod';
import { tooLong } from './errorKey.ts';

export const followScopes = ['project', 'nil', 'municipio'] as const;
export type FollowScope = (typeof followScopes)[number];
export const frequencies = ['instant', 'weekly'] as const;
export type Frequency = (typeof frequencies)[number];

export const feedbackKinds = ['question', 'safety', 'delay', 'noise', 'suggestion', 'praise'] as const;
export type FeedbackKind = (typeof feedbackKinds)[number];

/** The Monithon scale, in its order. */
export const judgementValues = ['just_started', 'going_well', 'difficult', 'stalled', 'useful', 'useless'] as const;
export type JudgementValue = (typeof judgementValues)[number];

export const impactKinds = ['closure', 'detour', 'bus', 'noise'] as const;
export type ImpactKind = (typeof impactKinds)[number];

/** How long a confirmation link works, and how long an unconfirmed address is kept. */
export const CONFIRM_HOURS = 48;

/** How long a message (recipient and text) is kept after it was sent, or after it was given up. */
export const MAIL_RETENTION_DAYS = 30;

const email = z.string().trim().toLowerCase().pipe(z.email({ error: 'residents.error.email' }).max(200, { error: 'residents.error.email' }));

export const subscribeSchema = z.object({
  email,
  scope: z.enum(followScopes, { error: 'residents.error.invalid' }),
  targetId: z.coerce.number().int().positive({ error: 'residents.error.invalid' }),
  frequency: z.enum(frequencies, { error: 'residents.error.frequency' }),
  consent: z.literal('on', { error: 'residents.error.consent' }),
});
export type SubscribeInput = z.output<typeof subscribeSchema>;

/** The token every mail carries (src/server/auth/tokens.ts makes 43 characters; older ones are kept as they were). */
const token = z.string().min(1, { error: 'residents.error.invalid' }).max(100, { error: 'residents.error.invalid' });
const subscription = z.coerce.number().int().positive({ error: 'residents.error.invalid' });

/**
 * The manage page's forms (one per followed thing, plus "stop everything"): the pressed button's
 * `intent` says which change, the token says whose subscriptions.
 */
export const manageSchema = z.discriminatedUnion(
  'intent',
  [
    z.object({ intent: z.literal('frequency'), token, subscription, frequency: z.enum(frequencies, { error: 'residents.error.frequency' }) }),
    z.object({ intent: z.literal('stop'), token, subscription }),
    z.object({ intent: z.literal('stopAll'), token }),
  ],
  { error: 'residents.error.invalid' },
);
export type ManageInput = z.output<typeof manageSchema>;

export const feedbackSchema = z.object({
  projectId: z.coerce.number().int().positive({ error: 'residents.error.invalid' }),
  kind: z.enum(feedbackKinds, { error: 'residents.error.kind' }),
  body: z.string().trim().min(10, { error: 'residents.error.bodyShort' }).max(4000, { error: 'residents.error.bodyLong' }),
  email: z.union([z.literal(''), email]).transform((v) => v || null),
});
export type FeedbackInput = z.output<typeof feedbackSchema>;

/** A staff reply to a resident's report: long enough to say something, short enough for a mail. */
export const replySchema = z.object({
  reply: z.string().trim().min(2, { error: 'staff.error.required' }).max(4000, { error: 'staff.error.replyTooLong' }),
});

export const impactSchema = z
  .object({
    kind: z.enum(impactKinds, { error: 'residents.error.invalid' }),
    descriptionIt: z.string().trim().min(3, { error: 'staff.error.required' }).max(500, tooLong(500)),
    descriptionEn: z.string().trim().max(500, tooLong(500)),
    startsOn: z.iso.date({ error: 'staff.error.date' }),
    endsOn: z.iso.date({ error: 'staff.error.date' }),
  })
  .refine((v) => v.endsOn >= v.startsOn, { error: 'staff.error.endBeforeStart', path: ['endsOn'] });

/** Zod issues as `{ field: key }`, first issue per field. */
export function fieldErrors(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const i of issues) errors[String(i.path[0] ?? '_')] ??= i.message;
  return errors;
}
