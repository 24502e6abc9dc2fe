/**
 * The monthly report's lists (issue #8). Staff read every record that is still in play, drafts
 * and records in review included; archived records are left out, and cancelled ones too where
 * nothing is expected of them any more (milestones, checks).
 */
import type { Db } from '../../../db/client.ts';
import type { LocalizedText } from '../../../db/schema.ts';
import type { PublicationState, TrackedField } from '../../lib/vocabulary.ts';

/** Title in the report's language, or Italian (flagged) where it is not translated. */
const TITLE = `coalesce(l.title, i.title, p.slug) as title, case when l.title is null then 'it' else :locale end as title_locale`;
const TITLE_JOINS = `left join project_translations l on l.project_id = p.id and l.locale = :locale
  left join project_translations i on i.project_id = p.id and i.locale = 'it'`;
const ACTIVE = `p.publication != 'archived'`;
const EXPECTED = `${ACTIVE} and p.status != 'cancelled'`;

export interface RecordRef {
  slug: string;
  title: string;
  titleLocale: string;
  publication: PublicationState;
}

type Row = Record<string, unknown>;
const ref = (r: Row): RecordRef => ({
  slug: String(r.slug),
  title: String(r.title),
  titleLocale: String(r.title_locale),
  publication: String(r.publication) as PublicationState,
});
const json = (v: unknown) => JSON.parse(String(v)) as LocalizedText;

export async function changesBetween(db: Db, locale: string, first: string, last: string) {
  const { rows } = await db.$client.execute({
    sql: `select c.changed_on, c.field, c.from_value, c.to_value, c.reason, p.slug, p.publication, ${TITLE}
      from project_changes c join projects p on p.id = c.project_id ${TITLE_JOINS}
      where c.changed_on between :first and :last and ${ACTIVE} order by c.changed_on, c.id`,
    args: { locale, first, last },
  });
  return rows.map((r) => ({
    ...ref(r),
    on: String(r.changed_on),
    field: String(r.field) as TrackedField,
    from: r.from_value === null ? null : String(r.from_value),
    to: String(r.to_value),
    reason: json(r.reason),
  }));
}

export async function updatesBetween(db: Db, locale: string, first: string, last: string) {
  const { rows } = await db.$client.execute({
    sql: `select u.published_on, u.title as update_title, p.slug, p.publication, ${TITLE}
      from updates u join projects p on p.id = u.project_id ${TITLE_JOINS}
      where u.published_on between :first and :last and ${ACTIVE} order by u.published_on, u.id`,
    args: { locale, first, last },
  });
  return rows.map((r) => ({ ...ref(r), on: String(r.published_on), updateTitle: json(r.update_title) }));
}

/** Milestones planned before `asOf` and not reached by then (reached later counts as overdue then). */
export async function overdueMilestones(db: Db, locale: string, asOf: string) {
  const { rows } = await db.$client.execute({
    sql: `select m.title as milestone, m.planned_on, p.slug, p.publication, p.responsible_office, ${TITLE}
      from milestones m join projects p on p.id = m.project_id ${TITLE_JOINS}
      where ${EXPECTED} and substr(p.created_at, 1, 10) <= :asOf and m.planned_on < :asOf
        and (m.done = 0 or m.actual_on > :asOf)
      order by m.planned_on, m.id`,
    args: { locale, asOf },
  });
  return rows.map((r) => ({
    ...ref(r),
    milestone: json(r.milestone),
    plannedOn: String(r.planned_on),
    office: r.responsible_office === null ? null : String(r.responsible_office),
  }));
}

/** Records last checked before `before` (an ISO date), or never; oldest first. */
export async function staleRecords(db: Db, locale: string, asOf: string, before: string) {
  const { rows } = await db.$client.execute({
    sql: `select p.last_verified_at, p.slug, p.publication, p.responsible_office, ${TITLE}
      from projects p ${TITLE_JOINS}
      where ${EXPECTED} and substr(p.created_at, 1, 10) <= :asOf
        and (p.last_verified_at is null or substr(p.last_verified_at, 1, 10) < :before)
      order by p.last_verified_at nulls first, p.slug`,
    args: { locale, asOf, before },
  });
  return rows.map((r) => ({
    ...ref(r),
    lastVerifiedOn: r.last_verified_at === null ? null : String(r.last_verified_at).slice(0, 10),
    office: r.responsible_office === null ? null : String(r.responsible_office),
  }));
}

/**
 * Residents' reports that could have a reply by the end of `last`: received before then and not
 * rejected. Each one's first reply, if any, for the month's reply figures.
 */
export async function repliesUntil(db: Db, last: string) {
  const { rows } = await db.$client.execute({
    sql: `select created_at, first_reply_at from feedback where state <> 'rejected' and created_at < :end`,
    args: { end: new Date(Date.parse(`${last}T00:00:00Z`) + 86_400_000).toISOString() },
  });
  return rows.map((r) => ({ createdAt: String(r.created_at), firstReplyAt: r.first_reply_at === null ? null : String(r.first_reply_at) }));
}
