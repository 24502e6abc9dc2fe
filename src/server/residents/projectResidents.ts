/** Everything the residents' part of a project page needs, in one call from the route. */
import { FEEDBACK_TARGET_DAYS } from 'astro:env/server';
import type { Db } from '../../../db/client.ts';
import { publishedFeedback } from './feedback.ts';
import { stampForm } from './formStamp.ts';
import { formSecret } from './formSecret.ts';
import { activeImpacts } from './impacts.ts';
import { distribution } from './judgements.ts';

export async function projectResidents(db: Db, projectId: number) {
  const [impacts, judgement, answers] = await Promise.all([activeImpacts(db, { projectId }), distribution(db, projectId), publishedFeedback(db, projectId)]);
  return { impacts, judgement, answers, stamp: stampForm(await formSecret(db)), targetDays: FEEDBACK_TARGET_DAYS };
}
