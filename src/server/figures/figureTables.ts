/**
 * The figures of "In numbers" as tables in a reader's language (issue #8): the page draws its
 * charts and data tables from them and the CSV endpoint writes them out, so all three agree.
 */
import type { Locale } from '../../i18n/locales.ts';
import { localizedPath } from '../../i18n/localizedPath.ts';
import type { Translate } from '../../i18n/useTranslations.ts';
import type { FigureTable } from '../../lib/charts/figureTable.ts';
import type { ResidentStatus } from '../../lib/vocabulary.ts';
import type { AreaInvestment, SourceInvestment } from './investmentFigures.ts';
import type { LateWork, Punctuality } from './workFigures.ts';

export const figureIds = [
  'investment-by-municipio',
  'investment-by-source',
  'works-by-status',
  'completed-per-year',
  'punctuality',
  'late-works',
  'investment-by-nil',
] as const;
export type FigureId = (typeof figureIds)[number];

export interface TableContext {
  t: Translate;
  locale: Locale;
}

export function municipioTable(rows: AreaInvestment[], { t, locale }: TableContext): FigureTable {
  return {
    caption: t('numbers.byMunicipio'),
    keyName: 'municipio',
    columns: [
      { key: 'name', label: t('numbers.col.municipio'), kind: 'key' },
      { key: 'investment_eur', label: t('numbers.col.investment'), kind: 'money' },
      // The works the investment adds up: cancelled ones have none (the headline counts them).
      { key: 'works', label: t('numbers.col.investedWorks'), kind: 'count' },
    ],
    rows: rows.map((r) => ({
      key: String(r.id ?? 'none'),
      cells: [r.id === null ? t('numbers.unlocated') : t('municipio.title', { n: r.id }), r.cents, r.works],
      href: r.id === null ? undefined : localizedPath(locale, `/municipi/${r.id}`),
    })),
  };
}

export function nilTable(rows: AreaInvestment[], { t, locale }: TableContext, slugs: Map<number, string>): FigureTable {
  return {
    caption: t('numbers.byNil'),
    keyName: 'nil',
    columns: [
      { key: 'name', label: t('numbers.col.nil'), kind: 'key' },
      { key: 'investment_eur', label: t('numbers.col.investment'), kind: 'money' },
      // The works the investment adds up: cancelled ones have none (the headline counts them).
      { key: 'works', label: t('numbers.col.investedWorks'), kind: 'count' },
    ],
    rows: rows.map((r) => ({
      key: String(r.id ?? 'none'),
      cells: [r.id === null ? t('numbers.unlocated') : r.name, r.cents, r.works],
      href: r.id !== null && slugs.has(r.id) ? localizedPath(locale, `/nil/${slugs.get(r.id)}`) : undefined,
    })),
  };
}

export function sourceTable(rows: SourceInvestment[], { t }: TableContext): FigureTable {
  return {
    caption: t('numbers.bySource'),
    keyName: 'source',
    columns: [
      { key: 'name', label: t('numbers.col.source'), kind: 'key' },
      { key: 'investment_eur', label: t('numbers.col.investment'), kind: 'money' },
    ],
    rows: rows.map((r) => ({
      key: r.source,
      cells: [r.source === 'unassigned' ? t('numbers.unassigned') : t(`funding.${r.source}`), r.cents],
    })),
  };
}

export function statusTable(rows: { status: ResidentStatus; works: number }[], { t }: TableContext): FigureTable {
  return {
    caption: t('numbers.byStatus'),
    keyName: 'status',
    columns: [
      { key: 'name', label: t('numbers.col.status'), kind: 'key' },
      { key: 'works', label: t('numbers.col.works'), kind: 'count' },
    ],
    rows: rows.map((r) => ({ key: r.status, cells: [t(`resident.${r.status}`), r.works] })),
  };
}

export function yearTable(rows: { year: number; works: number }[], { t }: TableContext): FigureTable {
  return {
    caption: t('numbers.perYear'),
    columns: [
      { key: 'year', label: t('numbers.col.year'), kind: 'year' },
      { key: 'works', label: t('numbers.col.finishedWorks'), kind: 'count' },
    ],
    rows: rows.map((r) => ({ key: String(r.year), cells: [r.year, r.works] })),
  };
}

/** On time, late (with the median delay of the late ones) and cannot tell. */
export function punctualityTable(p: Punctuality, { t }: TableContext): FigureTable {
  return {
    caption: t('numbers.punctuality'),
    keyName: 'group',
    columns: [
      { key: 'name', label: t('numbers.col.group'), kind: 'key' },
      { key: 'works', label: t('numbers.col.works'), kind: 'count' },
      { key: 'median_delay_days', label: t('numbers.col.medianDelay'), kind: 'days' },
    ],
    rows: [
      { key: 'on_time', cells: [t('numbers.onTime'), p.onTime, null] },
      { key: 'late', cells: [t('numbers.late'), p.late, p.medianDelayDays] },
      { key: 'undated', cells: [t('numbers.undated'), p.undated, null] },
    ],
  };
}

export function lateWorksTable(rows: LateWork[], { t, locale }: TableContext): FigureTable {
  return {
    caption: t('numbers.lateWorks'),
    keyName: 'slug',
    columns: [
      { key: 'title', label: t('numbers.col.project'), kind: 'key' },
      { key: 'end_baseline', label: t('project.baseline'), kind: 'date' },
      { key: 'end_current', label: t('project.current'), kind: 'date' },
      { key: 'delay_days', label: t('numbers.col.delay'), kind: 'days' },
      { key: 'nil', label: t('numbers.col.nil'), kind: 'text' },
    ],
    rows: rows.map((r) => ({
      key: r.slug,
      cells: [r.title, r.endBaseline, r.endCurrent, r.delayDays, r.nilName],
      href: localizedPath(locale, `/projects/${r.slug}`),
      lang: r.titleLocale === locale ? undefined : r.titleLocale,
    })),
  };
}
