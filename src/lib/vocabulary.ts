/**
 * The closed vocabularies of a project record. They are stored as text in the database and
 * translated through `src/i18n` keys built from these values (`category.green`, …).
 */

export const categories = [
  'public_space',
  'green',
  'public_housing',
  'school',
  'library_culture',
  'sport',
  'mobility',
  'social_services',
  'mixed_programme',
  'other',
] as const;
export type Category = (typeof categories)[number];

/** Official procedural status, in lifecycle order; the last two can happen at any point. */
export const statuses = [
  'not_started',
  'design',
  'tendering',
  'works',
  'completed',
  'in_use',
  'suspended',
  'cancelled',
] as const;
export type Status = (typeof statuses)[number];

/** Plain-language status residents read; several official steps map to one of these. */
export const residentStatuses = ['planned', 'preparing', 'underway', 'finished', 'open', 'paused', 'cancelled'] as const;
export type ResidentStatus = (typeof residentStatuses)[number];

const residentStatusOf: Record<Status, ResidentStatus> = {
  not_started: 'planned',
  design: 'preparing',
  tendering: 'preparing',
  works: 'underway',
  completed: 'finished',
  in_use: 'open',
  suspended: 'paused',
  cancelled: 'cancelled',
};

/** @example residentStatus('tendering') // 'preparing' */
export function residentStatus(status: Status): ResidentStatus {
  return residentStatusOf[status];
}

/** The official statuses a plain-language status stands for (used by the status filter). */
export function statusesFor(resident: ResidentStatus): Status[] {
  return statuses.filter((s) => residentStatusOf[s] === resident);
}

export const publicationStates = ['draft', 'in_review', 'published', 'archived'] as const;
export type PublicationState = (typeof publicationStates)[number];

export const fundingSources = [
  'comune',
  'pnrr',
  'pinqua',
  'eu_structural',
  'fsc',
  'regione',
  'private',
  'other',
] as const;
export type FundingSource = (typeof fundingSources)[number];

export const mediaPhases = ['before', 'during', 'after'] as const;
export type MediaPhase = (typeof mediaPhases)[number];

/** Fields whose baseline can drift from the current value; every drift carries a reason. */
export const trackedFields = ['budget', 'start', 'end', 'status'] as const;
export type TrackedField = (typeof trackedFields)[number];

export const sortKeys = ['updated', 'title', 'budget', 'end', 'progress'] as const;
export type SortKey = (typeof sortKeys)[number];

// --- back office (issue #4) ---

/** Staff roles, from most to least powerful; `anonymous` is everyone not signed in. */
export const roles = ['admin', 'editor', 'municipio_editor', 'translator', 'publisher', 'viewer'] as const;
export type Role = (typeof roles)[number];

/** A revision of a project's record; only one per project is open (draft or in review). */
export const revisionStates = ['draft', 'in_review', 'published', 'superseded'] as const;
export type RevisionState = (typeof revisionStates)[number];
