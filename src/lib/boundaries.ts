/**
 * The City's official boundary files (see ../shared/data/milano/SOURCES.md): the 88 NIL of
 * ds964_nil_wm.geojson and the 9 Municipi of ds379_municipi_label.geojson. Pure: parsing and
 * checking here, writing in db/import/areas.ts, so a bad file is refused before any write.
 */
import { z } from 'astro/zod';
import {
  bboxOf, inBBox, insideMilan, pointInArea, ringProblem, type AreaGeometry, type BBox,
} from './geo.ts';

// Rings stay `unknown` for Zod: ringProblem() words the geometry errors better than a Zod path
// into 25k positions would.
const geometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(z.unknown()).min(1) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(z.unknown()).min(1)).min(1) }),
]);

export const nilPropertiesSchema = z.object({
  ID_NIL: z.int().min(1).max(88).describe('the NIL number, stable across PGT revisions'),
  NIL: z.string().trim().min(1).describe('official name, upper case'),
  Shape_Area: z.number().positive().describe('true m² in this file'),
});

export const municipioPropertiesSchema = z.object({
  MUNICIPIO: z.int().min(1).max(9),
  // Shape_Area in this file is in a Web-Mercator-like unit (≈2×); AREA is the true m².
  AREA: z.number().positive().describe('true m²'),
});

const featureOf = <P extends z.ZodType>(properties: P) =>
  z.object({ type: z.literal('Feature'), properties, geometry: geometrySchema });
export const nilFeatureSchema = featureOf(nilPropertiesSchema);
export const municipioFeatureSchema = featureOf(municipioPropertiesSchema);

const collectionSchema = z.object({ type: z.literal('FeatureCollection'), features: z.array(z.unknown()) });

export type BoundaryKind = 'nil' | 'municipi';

export interface BoundaryArea {
  id: number;
  /** The NIL's official upper-case name, or "Municipio N". */
  officialName: string;
  areaM2: number;
  geometry: AreaGeometry;
  bbox: BBox;
}

type RawArea = Omit<BoundaryArea, 'bbox' | 'geometry'> & { geometry: z.infer<typeof geometrySchema> };

const kinds: Record<BoundaryKind, { idKey: string; nameKey?: string; count: number; schema: z.ZodType<RawArea> }> = {
  nil: {
    idKey: 'ID_NIL',
    nameKey: 'NIL',
    count: 88,
    schema: nilFeatureSchema.transform(({ properties: p, geometry }) => ({
      id: p.ID_NIL, officialName: p.NIL, areaM2: p.Shape_Area, geometry,
    })),
  },
  municipi: {
    idKey: 'MUNICIPIO',
    count: 9,
    schema: municipioFeatureSchema.transform(({ properties: p, geometry }) => ({
      id: p.MUNICIPIO, officialName: `Municipio ${p.MUNICIPIO}`, areaM2: p.AREA, geometry,
    })),
  },
};

export type ParsedBoundaries = { ok: true; areas: BoundaryArea[] } | { ok: false; problems: string[] };

/** "nil.geojson features[3] (ID_NIL 4, "GUASTALLA")": readable even when the feature is broken. */
function featureLabel(fileLabel: string, index: number, feature: unknown, idKey: string, nameKey?: string) {
  const props = (feature as { properties?: Record<string, unknown> } | null)?.properties ?? {};
  const id = props[idKey] === undefined ? `no ${idKey}` : `${idKey} ${JSON.stringify(props[idKey])}`;
  const name = nameKey && typeof props[nameKey] === 'string' ? `, ${JSON.stringify(props[nameKey])}` : '';
  return `${fileLabel} features[${index}] (${id}${name})`;
}

/** The first thing wrong with a checked-by-Zod geometry: a bad ring or a position outside Milan. */
function geometryProblem(geometry: RawArea['geometry']): string | null {
  const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as unknown[][];
  for (const [p, polygon] of polygons.entries())
    for (const [r, ring] of polygon.entries()) {
      const where = geometry.type === 'Polygon' ? `ring ${r}` : `polygon ${p} ring ${r}`;
      const problem = ringProblem(ring);
      if (problem) return `${where}: ${problem}`;
      for (const [lon, lat] of ring as number[][])
        if (!insideMilan(lon, lat)) {
          const hint = insideMilan(lat, lon) ? ' (latitude and longitude swapped?)' : '';
          return `${where}: position [${lon}, ${lat}] is outside Milan${hint}`;
        }
    }
  return null;
}

/**
 * Parses and checks one official file completely, collecting every problem instead of stopping
 * at the first, so that whoever fixes the file sees them all at once.
 * @example parseBoundaries('nil', readFileSync(path, 'utf8'), 'ds964_nil_wm.geojson')
 */
export function parseBoundaries(kind: BoundaryKind, jsonText: string, fileLabel: string): ParsedBoundaries {
  const { idKey, nameKey, count, schema } = kinds[kind];
  let json: unknown;
  try {
    json = JSON.parse(jsonText);
  } catch (error) {
    // V8 quotes a snippet of the text, newlines included: keep the problem on one line.
    return { ok: false, problems: [`${fileLabel}: not valid JSON (${(error as Error).message.replace(/\s+/g, ' ')})`] };
  }
  const collection = collectionSchema.safeParse(json);
  if (!collection.success) {
    const found = (json as { type?: unknown } | null)?.type;
    const hint = typeof found === 'string' ? ` (its type is "${found}")` : '';
    return { ok: false, problems: [`${fileLabel}: not a GeoJSON FeatureCollection${hint}`] };
  }

  const problems: string[] = [];
  const areas: BoundaryArea[] = [];
  const seen = new Map<number, number>();
  collection.data.features.forEach((feature, index) => {
    const label = () => featureLabel(fileLabel, index, feature, idKey, nameKey);
    const parsed = schema.safeParse(feature);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'feature'}: ${i.message}`);
      return problems.push(`${label()}: ${issues.join('; ')}`);
    }
    const problem = geometryProblem(parsed.data.geometry);
    if (problem) return problems.push(`${label()}: ${problem}`);
    const { id } = parsed.data;
    if (seen.has(id)) return problems.push(`${label()}: ${idKey} ${id} already used by features[${seen.get(id)}]`);
    seen.set(id, index);
    const geometry = parsed.data.geometry as AreaGeometry;
    areas.push({ ...parsed.data, geometry, bbox: bboxOf(geometry) });
  });
  // Missing numbers only mean something once every feature could be read.
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((id) => !seen.has(id));
  if (problems.length === 0 && missing.length > 0)
    problems.push(`${fileLabel}: no feature for ${idKey} ${missing.join(', ')} (expected ${count})`);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, areas };
}

/**
 * The area containing a point; the bbox test skips almost all ray casts.
 * @example locate(9.19, 45.4642, nilAreas)?.id // 1
 */
export function locate<T extends { geometry: AreaGeometry; bbox: BBox }>(lon: number, lat: number, areas: readonly T[]) {
  return areas.find((a) => inBBox(lon, lat, a.bbox) && pointInArea(lon, lat, a.geometry));
}
