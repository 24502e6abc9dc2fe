/**
 * The OpenAPI 3.1 document of /api/v1 (issue #6), generated from the same Zod schemas that
 * shape the answers (schemas.ts) and read the queries (src/lib/projectFilters.ts), with Zod 4's
 * z.toJSONSchema (JSON Schema 2020-12, which OpenAPI 3.1 uses as is).
 */
import { z } from 'astro/zod';
import { csvDialects } from '../../lib/csvCell.ts';
import { projectFiltersSchema } from '../../lib/projectFilters.ts';
import { areaLevelSchema } from '../areasGeoJson.ts';
import {
  localeParam, locatedSchema, milestoneListSchema, milestonesQuerySchema, municipiListSchema, nilListSchema, perPageParam,
  pointQuerySchema, problemSchema, projectDetailSchema, projectListSchema,
} from './schemas.ts';

type Json = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output' = 'output'): Json {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Json;
  return rest;
}

/** Query parameters from the fields of a Zod object; descriptions move up to the parameter. */
function queryParams(shape: Record<string, z.ZodType>): Json[] {
  return Object.entries(shape).map(([name, field]) => {
    const { description, ...schema } = jsonSchema(field, 'input');
    return { name, in: 'query', required: false, ...(description ? { description } : {}), schema };
  });
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: string) => ({ 'application/json': { schema: ref(name) } });
// Every error is RFC 9457 problem details (issue #10); `invalid` is our extension member.
const problem = { 'application/problem+json': { schema: ref('Problem') } };
const header = (description: string, type = 'string') => ({ description, schema: { type } });
const cachedHeaders = {
  ETag: header('Validator of this answer; send it back in If-None-Match'),
  'Last-Modified': header('When public data last changed (any publication); the ETag tells this answer\'s changes exactly'),
  'RateLimit-Limit': header('Requests allowed per minute from this address', 'integer'),
  'RateLimit-Remaining': header('Requests left in the current minute', 'integer'),
};
const common = {
  '304': { description: 'Not modified: the copy named by If-None-Match or If-Modified-Since is current' },
  '405': {
    description: 'The API is read-only: any method but GET, HEAD and OPTIONS',
    headers: { Allow: header('GET, HEAD, OPTIONS') },
    content: problem,
  },
  '429': {
    description: 'Too many requests from this address',
    headers: { 'Retry-After': header('Seconds to wait', 'integer') },
    content: problem,
  },
  '500': { description: 'A failure of the server; try again later', content: problem },
};
const ok = (description: string, content: Json) => ({ '200': { description, headers: cachedHeaders, content }, ...common });
const invalid = { '400': { description: 'A parameter has an invalid value; `invalid` names them', content: problem } };

const filters = queryParams(projectFiltersSchema.omit({ sort: true, page: true }).shape);
const listParams = [...queryParams(projectFiltersSchema.pick({ sort: true, page: true }).shape), ...filters];
const locale = queryParams({ locale: localeParam });

export function openApiDocument(origin: string): Json {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Periferie Milano open data API',
      version: '1.0.0',
      description:
        'Read-only data of the City of Milan’s outskirts regeneration projects. Texts come in the requested `locale` or, not yet translated, in Italian (`text_locale` says which). Every error, on any path under /api/v1 (an unknown one is a 404), is RFC 9457 problem details (`application/problem+json`): `type`, `title` (the HTTP status phrase), `status`, `detail`, and for a 400 `invalid`, the query parameters refused. Data licence: CC BY 4.0, Comune di Milano.',
      license: { name: 'CC BY 4.0 (data)', identifier: 'CC-BY-4.0' },
      contact: { name: 'Comune di Milano – Direzione Periferie', email: 'periferie@comune.milano.it' },
    },
    servers: [{ url: origin }],
    paths: {
      '/api/v1/projects': {
        get: {
          operationId: 'listProjects',
          summary: 'Published projects, filtered as on the site, one page at a time',
          parameters: [...listParams, ...queryParams({ per_page: perPageParam }), ...locale],
          responses: { ...ok('A page of projects', json('ProjectList')), ...invalid },
        },
      },
      '/api/v1/projects/{slug}': {
        get: {
          operationId: 'getProject',
          summary: 'One published project with its funding, milestones and changes',
          parameters: [{ name: 'slug', in: 'path', required: true, schema: { type: 'string' } }, ...locale],
          responses: { ...ok('The project', json('ProjectDetail')), ...invalid, '404': { description: 'No published project has this slug', content: problem } },
        },
      },
      '/api/v1/projects.csv': {
        get: {
          operationId: 'exportProjectsCsv',
          summary: 'Every published project matching the filters, as CSV',
          parameters: [
            ...filters,
            {
              name: 'dialect', in: 'query', required: false, schema: { type: 'string', enum: [...csvDialects], default: 'excel-it' },
              description: '`excel-it`: UTF-8 with BOM, `;` separator and decimal comma, opens in Excel with Italian settings; `rfc4180`: `,` and decimal point, no BOM',
            },
          ],
          responses: { ...ok('CSV, one row per project', { 'text/csv': { schema: { type: 'string' } } }), ...invalid },
        },
      },
      '/api/v1/projects.geojson': {
        get: {
          operationId: 'exportProjectsGeoJson',
          summary: 'Published projects matching the filters as a GeoJSON FeatureCollection (RFC 7946): lean (id and plain status, what the map reads) by default, every property with properties=full',
          parameters: [
            ...filters,
            { name: 'properties', in: 'query', required: false, schema: { type: 'string', enum: ['lean', 'full'], default: 'lean' }, description: '`lean`: id and plain-language status; `full`: every property of the export' },
            { name: 'geometry', in: 'query', required: false, schema: { type: 'string', enum: ['point', 'shape'], default: 'point' }, description: 'With lean properties: `point` one Point per project, `shape` the drawn areas and lines' },
          ],
          responses: { ...ok('GeoJSON FeatureCollection of Points', { 'application/geo+json': { schema: { type: 'object' } } }), ...invalid },
        },
      },
      '/api/v1/municipi': {
        get: { operationId: 'listMunicipi', summary: 'The nine Municipi with their published project counts', responses: ok('Municipi', json('MunicipiList')) },
      },
      '/api/v1/nil': {
        get: {
          operationId: 'listNil',
          summary: 'The NIL (neighbourhoods) with their published project counts',
          parameters: queryParams({ municipio: z.coerce.number().int().min(1).max(9).optional().describe('Only the NIL of this Municipio') }),
          responses: { ...ok('NIL', json('NilList')), ...invalid },
        },
      },
      '/api/v1/milestones': {
        get: {
          operationId: 'listMilestones',
          summary: 'Milestones of published projects, by planned date',
          parameters: queryParams(milestonesQuerySchema.shape),
          responses: { ...ok('A page of milestones', json('MilestoneList')), ...invalid },
        },
      },
      '/api/v1/locate': {
        get: {
          operationId: 'locatePoint',
          summary: 'The NIL and Municipio a point is in, from the official boundaries',
          // Not rate-limited and without validators: the site's own map asks it as a point moves.
          parameters: queryParams(pointQuerySchema.shape).map((p) => ({ ...p, required: true })),
          responses: {
            '200': {
              description: 'Where the point is; both null outside Milan',
              headers: { 'Cache-Control': header('public, max-age=300') },
              content: json('Located'),
            },
            ...invalid,
            '405': common['405'],
            '500': common['500'],
          },
        },
      },
      '/api/v1/areas.geojson': {
        get: {
          operationId: 'areasGeoJson',
          summary: 'The official boundaries of the NIL or the Municipi (CC BY 4.0 Comune di Milano), simplified for maps, as a GeoJSON FeatureCollection: each feature has the area\'s `id` and its `name`, `municipio`, the NIL\'s `slug` and a `label` point',
          parameters: queryParams({ level: areaLevelSchema.default('nil').describe('`nil`: the 88 neighbourhoods; `municipi`: the nine Municipi') }),
          responses: {
            '200': {
              description: 'GeoJSON FeatureCollection of Polygons and MultiPolygons',
              headers: { ETag: cachedHeaders.ETag, 'Cache-Control': header('public, no-cache: revalidate with the ETag') },
              content: { 'application/geo+json': { schema: { type: 'object' } } },
            },
            '304': common['304'],
            ...invalid,
            '405': common['405'],
            '500': common['500'],
          },
        },
      },
      '/api/v1/catalog.jsonld': {
        get: { operationId: 'catalog', summary: 'DCAT-AP_IT catalogue of these datasets (JSON-LD)', responses: ok('The catalogue', { 'application/ld+json': { schema: { type: 'object' } } }) },
      },
      '/api/v1/openapi.json': {
        get: { operationId: 'openapi', summary: 'This document', responses: ok('OpenAPI 3.1', { 'application/json': { schema: { type: 'object' } } }) },
      },
    },
    components: {
      schemas: {
        ProjectList: jsonSchema(projectListSchema),
        ProjectDetail: jsonSchema(projectDetailSchema),
        MunicipiList: jsonSchema(municipiListSchema),
        NilList: jsonSchema(nilListSchema),
        MilestoneList: jsonSchema(milestoneListSchema),
        Located: jsonSchema(locatedSchema),
        Problem: jsonSchema(problemSchema),
      },
    },
  };
}
