/**
 * The shape of one demo project as written in db/seed/projects-*.ts, and the helpers that keep
 * those files readable. Amounts are whole euros here (db/seed.ts turns them into cents); dates
 * are ISO `YYYY-MM-DD`, instants ISO timestamps.
 */
import type { Category, FundingSource, MediaPhase, PublicationState, Status } from '../../src/lib/vocabulary.ts';
import type { ContactKey } from './contacts.ts';

/** A type alias, not an interface, so it fits the schema's `LocalizedText` index signature. */
export type Localized = { it: string; en: string };

export interface ProjectText {
  title: string;
  summary: string;
  /** Markdown, 2–4 short paragraphs. */
  body: string;
}

/** Why a current value left its baseline. `from` of the first change is the baseline. */
export type SeedChange =
  | { field: 'budget'; from: number; to: number; on: string; reason: Localized }
  | { field: 'start' | 'end'; from: string; to: string; on: string; reason: Localized }
  | { field: 'status'; from: Status; to: Status; on: string; reason: Localized };

/** A funding row; rows with `to` no longer count towards the current budget. */
export interface SeedFunding {
  source: FundingSource;
  euros: number;
  line?: string;
  from?: string;
  to?: string;
  note?: string;
}

export interface SeedMilestone {
  title: Localized;
  plannedOn: string;
  actualOn?: string;
}

export interface SeedUpdate {
  publishedOn: string;
  title: Localized;
  body: Localized;
}

export interface SeedMedia {
  file: string;
  phase: MediaPhase;
  alt: Localized;
  caption?: Localized;
  takenOn?: string;
}

export type SeedGeometry =
  { type: 'Polygon'; coordinates: [number, number][][] } | { type: 'LineString'; coordinates: [number, number][] };

export interface SeedProject {
  slug: string;
  /** Slug of the programme (category 'mixed_programme') this project belongs to. */
  parent?: string;
  nil: number;
  /** [lat, lon], inside the NIL's official boundary (checked by test/unit/seed.test.ts). */
  at: [lat: number, lon: number];
  geometry?: SeedGeometry;
  category: Category;
  status: Status;
  /** Omitted for programmes: their progress is the budget-weighted mean of their children. */
  progress?: number;
  /** Defaults to 'published'. */
  publication?: PublicationState;
  /** When the record went public; defaults to the portal's launch day. */
  publishedAt?: string;
  cup?: string;
  contact: ContactKey;
  contractor?: string;
  /** [baseline, current] in euros; omitted for programmes (their children carry the money). */
  budget?: [baseline: number, current: number];
  start: [baseline: string, current: string];
  end: [baseline: string, current: string];
  lastVerifiedAt: string;
  it: ProjectText;
  en: ProjectText;
  changes?: SeedChange[];
  funding?: SeedFunding[];
  milestones: SeedMilestone[];
  updates?: SeedUpdate[];
  media?: SeedMedia[];
}

/** @example ms(step.siteStart, '2025-03-03', '2025-03-10') // planned 3 March, done 10 March */
export function ms(title: Localized, plannedOn: string, actualOn?: string): SeedMilestone {
  return actualOn ? { title, plannedOn, actualOn } : { title, plannedOn };
}

/** @example upd('2026-06-10', ['Titolo', 'Testo'], ['Title', 'Text']) */
export function upd(
  publishedOn: string,
  [itTitle, itBody]: [string, string],
  [enTitle, enBody]: [string, string],
): SeedUpdate {
  return { publishedOn, title: { it: itTitle, en: enTitle }, body: { it: itBody, en: enBody } };
}

/** Markdown body from paragraphs. @example md('Primo.', 'Secondo.') // 'Primo.\n\nSecondo.' */
export function md(...paragraphs: string[]): string {
  return paragraphs.join('\n\n');
}
