/**
 * A GeoJSON FeatureCollection of projects to raw rows (issue #6): each feature is a Point
 * ([lon, lat], RFC 7946) whose properties use the CSV's column names.
 */
import { importMessage, type ImportMessage } from './importMessage.ts';
import type { ImportRow, ParsedFile } from './importRows.ts';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function parseProjectGeoJson(text: string): ParsedFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [importMessage('notJson', { detail: (error as Error).message.replace(/\s+/g, ' ') })] };
  }
  if (!isObject(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features))
    return { ok: false, problems: [importMessage('notFeatureCollection')] };
  if (json.features.length === 0) return { ok: false, problems: [importMessage('noFeatures')] };

  const rows: ImportRow[] = json.features.map((feature: unknown, index: number) => {
    const line = index + 1;
    const where = `feature ${line}`;
    const problems: ImportMessage[] = [];
    if (!isObject(feature) || feature.type !== 'Feature') return { where, line, raw: {}, problems: [importMessage('notFeature')] };
    const properties = isObject(feature.properties) ? { ...feature.properties } : {};
    const geometry = feature.geometry;
    const position = isObject(geometry) && geometry.type === 'Point' ? geometry.coordinates : undefined;
    if (!Array.isArray(position) || typeof position[0] !== 'number' || typeof position[1] !== 'number') {
      problems.push(importMessage('geometryPoint', undefined, 'geometry'));
    } else {
      const [lon, lat] = position;
      for (const [key, value] of [['lon', lon], ['lat', lat]] as const) {
        const given = properties[key];
        if (given !== undefined && given !== null && given !== '' && Number(String(given).replace(',', '.')) !== value)
          problems.push(importMessage('propertyDiffers', { given: String(given), value }, key));
        properties[key] = value;
      }
    }
    return { where, line, raw: properties, problems };
  });
  return { ok: true, format: 'geojson', rows, notes: [] };
}
