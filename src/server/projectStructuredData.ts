/**
 * The JSON-LD of a project page (issue #6), ready for a <script type="application/ld+json">.
 * `url` is the page's canonical address (pageUrls): behind a proxy the request's own origin
 * may be an internal host or plain http, and search engines would get two ids for one page.
 */
import type { Locale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/useTranslations.ts';
import { jsonForScript, projectJsonLd } from '../lib/projectJsonLd.ts';
import type { ProjectPageData } from './getProject.ts';

export function projectStructuredData(data: ProjectPageData, locale: Locale, url: string): string {
  const t = useTranslations(locale);
  const p = data.project;
  return jsonForScript(
    projectJsonLd({
      url,
      locale: data.text.locale,
      title: data.text.title,
      summary: data.text.summary,
      cup: p.cup,
      status: t(`status.${p.status}`),
      progress: data.progress,
      lat: p.lat,
      lon: p.lon,
      place: data.area ? { nil: data.area.nilName, municipio: data.area.municipioId } : null,
      budgetCents: p.budgetCurrentCents,
      startDate: p.startCurrent,
      endDate: p.endCurrent,
      updatedAt: p.updatedAt,
      funding: data.funding.map((f) => ({ source: f.source, sourceName: t(`funding.${f.source}`), amountCents: f.amountCents })),
    }),
  );
}
