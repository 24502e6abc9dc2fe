/**
 * What the open-data page shows (issue #6): the endpoints and their parameters read from the
 * OpenAPI document itself, so the page cannot drift from the API, plus the import columns.
 */
import { API_RATE_LIMIT } from 'astro:env/server';
import { exportColumns, requiredColumns } from '../lib/projectRecord.ts';
import { MAX_PER_PAGE } from './api/schemas.ts';
import { openApiDocument } from './api/openApiDocument.ts';

interface ParamDoc {
  name: string;
  description?: string;
  schema: { type?: string; enum?: unknown[]; minimum?: number; maximum?: number; format?: string; default?: unknown };
}

/** A parameter's values in a few words: "1–9", "date", "green | school | …". */
function valuesOf({ schema }: ParamDoc): string {
  if (schema.enum) return schema.enum.join(' | ');
  if (schema.format === 'date') return 'YYYY-MM-DD';
  if (schema.type === 'integer' && schema.minimum !== undefined && schema.maximum !== undefined) return `${schema.minimum}–${schema.maximum}`;
  return schema.type ?? '';
}

const examples: Record<string, string> = {
  listProjects: '/api/v1/projects?municipio=8&category=green&locale=en',
  getProject: '/api/v1/projects/{slug}',
  exportProjectsCsv: '/api/v1/projects.csv?status=underway',
  exportProjectsGeoJson: '/api/v1/projects.geojson?properties=full&funding=pnrr',
  listMunicipi: '/api/v1/municipi',
  listNil: '/api/v1/nil?municipio=4',
  listMilestones: '/api/v1/milestones?from=2026-12-01&done=false',
  locatePoint: '/api/v1/locate?lat=45.4642&lon=9.19',
  areasGeoJson: '/api/v1/areas.geojson?level=municipi',
  catalog: '/api/v1/catalog.jsonld',
  openapi: '/api/v1/openapi.json',
};

export function openDataView(origin: string) {
  const doc = openApiDocument(origin) as { paths: Record<string, { get: { operationId: string; parameters?: ParamDoc[] } }> };
  const endpoints = Object.entries(doc.paths).map(([path, { get }]) => ({
    path,
    operationId: get.operationId,
    example: examples[get.operationId] ?? path,
    params: (get.parameters ?? []).filter((p) => p.name !== 'slug').map((p) => ({ name: p.name, values: valuesOf(p) })),
  }));
  const required = new Set<string>(requiredColumns);
  return {
    endpoints,
    columns: exportColumns.map((name) => ({ name, required: required.has(name) })),
    rateLimit: API_RATE_LIMIT,
    maxPerPage: MAX_PER_PAGE,
  };
}
