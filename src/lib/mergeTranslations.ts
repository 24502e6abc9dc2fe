/**
 * A translator changes only non-Italian texts (issue #4, point 3): from what they submit, take
 * every non-Italian entry of every localized text, row by row, and keep everything else as it is.
 * @example mergeTranslations(current, submitted).translations.it === current.translations.it // true
 */
import type { ProjectRecord } from './projectSchema.ts';

type Loc = Record<string, string | undefined> & { it: string };

function mergeLoc<T extends Loc | null>(current: T, submitted: Loc | null | undefined): T {
  if (!current) return current;
  const out: Loc = { it: current.it };
  for (const [l, s] of Object.entries(submitted ?? {})) if (l !== 'it' && s) out[l] = s;
  return out as T;
}

export function mergeTranslations(current: ProjectRecord, submitted: ProjectRecord): ProjectRecord {
  const translations = { it: current.translations.it, ...Object.fromEntries(Object.entries(submitted.translations).filter(([l]) => l !== 'it')) };
  return {
    ...current,
    translations,
    reasons: Object.fromEntries(Object.entries(current.reasons).map(([f, r]) => [f, mergeLoc(r as Loc, submitted.reasons[f as 'end'] as Loc)])),
    milestones: current.milestones.map((m, i) => ({ ...m, title: mergeLoc(m.title, submitted.milestones[i]?.title) })),
    updates: current.updates.map((u, i) => ({ ...u, title: mergeLoc(u.title, submitted.updates[i]?.title), body: mergeLoc(u.body, submitted.updates[i]?.body) })),
    media: current.media.map((m, i) => ({ ...m, alt: mergeLoc(m.alt, submitted.media[i]?.alt), caption: mergeLoc(m.caption as Loc | null, submitted.media[i]?.caption as Loc | undefined) as typeof m.caption })),
  };
}
