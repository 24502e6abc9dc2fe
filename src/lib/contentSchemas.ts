/**
 * Zod schemas of the portal's content collections (issue #5, point 3): one per collection, the
 * same for every locale's file. Pure, so unit tests validate fixtures with them too.
 *
 * Every field that names a project is a slug checked by `knownProject`, which the content
 * config builds from the demo seed (see src/content.config.ts for why).
 */
import { z } from 'astro/zod';
import { insideMilan } from './geo.ts';
import { insideNilOutline } from './staticMap.ts';

/** YAML reads an unquoted 2026-10-01 as a Date: both spellings end up as the ISO day. */
const isoDate = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a YYYY-MM-DD date'),
);
const text = z.string().trim().min(1);

/** WGS84 point inside the Comune, with the NIL (ID_NIL 1–88) it lies in. */
const point = z
  .strictObject({
    lat: z.number().describe('latitude, WGS84'),
    lon: z.number().describe('longitude, WGS84'),
    nil: z.number().int().min(1).max(88).describe('ID_NIL of the neighbourhood the point lies in'),
  })
  .refine((p) => insideMilan(p.lon, p.lat), { message: 'point outside the Comune di Milano (swapped lat/lon?)' })
  // The map draws the point on its NIL's outline, so the two must agree.
  .refine((p) => !insideMilan(p.lon, p.lat) || insideNilOutline(p.lon, p.lat, p.nil), {
    message: 'point outside the outline of the NIL it names',
  });

/** @example projectLinks(new Set(['a'])).parse(['a']) // ['a'] */
export function projectLinks(knownProjects: ReadonlySet<string>) {
  return z
    .array(z.string())
    .default([])
    .superRefine((slugs, ctx) => {
      for (const slug of slugs)
        if (!knownProjects.has(slug))
          ctx.addIssue({ code: 'custom', message: `links to project "${slug}", which does not exist or is not published` });
    });
}

const base = {
  title: text.max(120),
  /** Search-result and social-card text: one or two sentences. */
  description: text.max(200),
  updated: isoDate.optional(),
};

export function storySchema(known: ReadonlySet<string>) {
  return z.strictObject({
    ...base,
    published: isoDate,
    neighbourhood: text.describe('as residents name it, e.g. "Quarto Oggiaro"'),
    nil: z.number().int().min(1).max(88),
    projects: projectLinks(known),
  });
}

export const opportunityStatuses = ['upcoming', 'open', 'closed'] as const;

export function opportunitySchema(known: ReadonlySet<string>) {
  return z.strictObject({
    ...base,
    neighbourhood: text,
    address: text,
    location: point,
    areaM2: z.number().positive().describe('gross floor or site area in square metres'),
    zoning: text.describe('PGT Milano 2030 designation, in words'),
    currentUse: text,
    procedure: text.describe('how the City offers it: concession, lease, sale, call for proposals'),
    status: z.enum(opportunityStatuses),
    timeline: z.array(z.strictObject({ date: isoDate, label: text })).min(1),
    contact: z.strictObject({ office: text, email: z.email(), phone: text.optional() }),
    projects: projectLinks(known),
  });
}

export function itinerarySchema(known: ReadonlySet<string>) {
  return z.strictObject({
    ...base,
    mode: z.enum(['walk', 'bike']),
    distanceKm: z.number().positive().max(60),
    hours: z.number().positive().max(12),
    start: text.describe('where to begin and how to get there by public transport'),
    stops: z
      .array(z.strictObject({ name: text, text: text, at: point, project: z.string().optional() }))
      .min(2),
    projects: projectLinks(known),
  }).superRefine((it, ctx) => {
    for (const stop of it.stops)
      if (stop.project && !known.has(stop.project))
        ctx.addIssue({ code: 'custom', message: `stop "${stop.name}" links to project "${stop.project}", which does not exist or is not published` });
  });
}

export function newsSchema(known: ReadonlySet<string>) {
  return z.strictObject({ ...base, published: isoDate, projects: projectLinks(known) });
}

export const pageSchema = z.strictObject({ ...base });
