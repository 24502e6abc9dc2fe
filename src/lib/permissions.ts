/**
 * THE permission rule of the back office (issue #4, point 3). Every Action and endpoint asks
 * `can(user, operation, project?)` where the data is touched, never the URL prefix (STYLE.md
 * habit 5). Pure, so the whole roles × operations matrix is tested without a server.
 */
import type { Role } from './vocabulary.ts';

export const operations = [
  'staff.access', // see the back office at all: lists, drafts, previews, revision comparisons
  'project.create',
  'project.edit', // every field of the record and the Italian text, funding, milestones, updates, photos
  'project.translate', // the non-Italian texts only
  'project.submit', // send a draft to review
  'project.review', // send a revision in review back to draft
  'project.publish',
  'project.archive',
  'project.delete',
  'user.manage', // invite, change roles, disable
  'audit.view',
  // residents (issue #7)
  'feedback.moderate', // read, reject, reply to and publish residents' feedback
  'mail.view', // read the outbox (what the site sent, or would have sent without SMTP)
  'mail.queue', // see the mail queue's state, requeue failed messages
  // open data (issue #6): bulk import of a CSV or GeoJSON file from the back office. Not for
  // Municipio editors: one file can touch projects anywhere in the city.
  'project.import',
] as const;
export type Operation = (typeof operations)[number];

/** Who is asking: null is anonymous. */
export interface Actor {
  role: Role;
  municipioId: number | null;
}

/** What is being touched, when the operation concerns one project (its Municipio, derived from its place). */
export interface ProjectScope {
  municipioId: number | null;
}

const grants: Record<Role, readonly Operation[]> = {
  admin: operations,
  editor: ['staff.access', 'project.create', 'project.edit', 'project.translate', 'project.submit', 'feedback.moderate', 'mail.view', 'project.import'],
  municipio_editor: ['staff.access', 'project.create', 'project.edit', 'project.translate', 'project.submit', 'feedback.moderate'],
  translator: ['staff.access', 'project.translate', 'project.submit'],
  publisher: ['staff.access', 'project.review', 'project.publish', 'project.archive', 'feedback.moderate', 'mail.view'],
  viewer: ['staff.access'],
};

// Operations a Municipio editor may only perform on projects inside their own Municipio.
const scoped: ReadonlySet<Operation> = new Set(['project.create', 'project.edit', 'project.translate', 'project.submit', 'feedback.moderate']);

/**
 * @example can({ role: 'municipio_editor', municipioId: 8 }, 'project.edit', { municipioId: 4 }) // false
 * @example can(null, 'staff.access') // false
 */
export function can(user: Actor | null, operation: Operation, project?: ProjectScope): boolean {
  if (!user) return false;
  if (!grants[user.role].includes(operation)) return false;
  if (user.role === 'municipio_editor' && scoped.has(operation)) {
    // Without a project the question is "may they do this somewhere?": yes, in their Municipio.
    if (project === undefined) return user.municipioId !== null;
    return user.municipioId !== null && project.municipioId === user.municipioId;
  }
  return true;
}

/**
 * A change of place is an edit of both the project before and the project after: a Municipio
 * editor cannot move a project out of their Municipio (nor into it from another).
 * @example canMove({ role: 'municipio_editor', municipioId: 8 }, { municipioId: 8 }, { municipioId: 7 }) // false
 */
export function canMove(user: Actor | null, before: ProjectScope, after: ProjectScope): boolean {
  return can(user, 'project.edit', before) && can(user, 'project.edit', after);
}
