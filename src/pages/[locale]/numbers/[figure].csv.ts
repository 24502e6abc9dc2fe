import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { isLocale } from '../../../i18n/locales.ts';
import { useTranslations } from '../../../i18n/useTranslations.ts';
import { toCsv } from '../../../lib/csv.ts';
import { tableCsvRows } from '../../../lib/charts/figureTable.ts';
import { auditExport } from '../../../server/auditExport.ts';
import { getDb } from '../../../server/db.ts';
import { figureIds } from '../../../server/figures/figureTables.ts';
import { figureTableFor } from '../../../server/figures/figureTableFor.ts';

const figureSchema = z.enum(figureIds);

/**
 * `/{locale}/numbers/{figure}.csv`: one figure of "In numbers" as CSV (issue #8). Labels are in
 * the URL's language; keys, numbers (euros, dot decimal) and dates (ISO) are the same in all.
 */
export const GET: APIRoute = async (context) => {
  const { params } = context;
  const figure = figureSchema.safeParse(params.figure);
  if (!isLocale(params.locale) || !figure.success) return new Response('Not found', { status: 404 });
  const locale = params.locale;
  const table = await figureTableFor(await getDb(), figure.data, { t: useTranslations(locale), locale });
  const { header, rows } = tableCsvRows(table);
  const response = new Response(toCsv(header, rows), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="periferie-milano-${figure.data}-${locale}.csv"`,
      'Cache-Control': 'no-cache',
    },
  });
  return auditExport(context, `numbers/${figure.data}.csv`, response);
};
