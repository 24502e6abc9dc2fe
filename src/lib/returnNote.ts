/**
 * What a publisher writes when sending a revision back to draft: the one contract of the
 * workflow panel's field, the step Action and the mail to the authors. Required, because "sent
 * back" alone leaves the author guessing what to change. Pure.
 */
import { z } from 'astro/zod';
import { tooLong } from './errorKey.ts';

export const RETURN_NOTE_MAX = 2000;

/** @example returnNoteSchema.safeParse('  ').success // false */
export const returnNoteSchema = z
  .string()
  .trim()
  .min(1, { error: 'staff.workflow.noteRequired' })
  .max(RETURN_NOTE_MAX, tooLong(RETURN_NOTE_MAX));
