/**
 * The lean GeoJSON the public map reads (issue #3, point 3): one Feature per project with its id
 * and plain-language status, coordinates rounded to 5 decimals (about a metre). Written as text
 * rather than through JSON.stringify of objects: at 50,000 points that halves the time and the
 * garbage. A fuller serializer for open-data exports (issue #6) sits beside these, chosen by the
 * endpoint's `properties` option.
 * RFC 7946: https://www.rfc-editor.org/rfc/rfc7946
 */
import { residentStatus, type Status } from './vocabulary.ts';

export const COORDINATE_DECIMALS = 5;
const scale = 10 ** COORDINATE_DECIMALS;

/** @example roundCoordinate(9.1234567) // 9.12346 */
export function roundCoordinate(value: number): number {
  return Math.round(value * scale) / scale;
}

/** Rounds every position of a GeoJSON coordinates array, however deeply nested. */
export function roundPositions<T>(coordinates: T): T {
  if (!Array.isArray(coordinates)) return coordinates;
  if (typeof coordinates[0] === 'number') return coordinates.map((v: number) => roundCoordinate(v)) as T;
  return coordinates.map((c) => roundPositions(c)) as T;
}

export interface PointRow {
  id: number;
  status: Status;
  lat: number;
  lon: number;
}

export interface ShapeRow {
  id: number;
  status: Status;
  /** GeoJSON text as stored in `projects.geometry`. */
  geometry: string;
}

const collection = (features: string[]) => `{"type":"FeatureCollection","features":[${features.join(',')}]}`;

/**
 * @example leanPoints([{ id: 7, status: 'works', lat: 45.4642, lon: 9.19 }])
 * // '{"type":"FeatureCollection","features":[{"type":"Feature","id":7,"geometry":{"type":"Point","coordinates":[9.19,45.4642]},"properties":{"status":"underway"}}]}'
 */
export function leanPoints(rows: readonly PointRow[]): string {
  return collection(
    rows.map(
      (r) =>
        `{"type":"Feature","id":${r.id},"geometry":{"type":"Point","coordinates":[${roundCoordinate(r.lon)},${roundCoordinate(r.lat)}]},"properties":{"status":"${residentStatus(r.status)}"}}`,
    ),
  );
}

const shapeTypes = new Set(['LineString', 'MultiLineString', 'Polygon', 'MultiPolygon']);

/** Projects drawn as an area or a line; a stored geometry that is not valid GeoJSON is left out. */
export function leanShapes(rows: readonly ShapeRow[]): string {
  const features: string[] = [];
  for (const r of rows) {
    let geometry: { type?: unknown; coordinates?: unknown };
    try {
      geometry = JSON.parse(r.geometry);
    } catch {
      continue;
    }
    if (!geometry || !shapeTypes.has(geometry.type as string) || !Array.isArray(geometry.coordinates)) continue;
    const rounded = { type: geometry.type, coordinates: roundPositions(geometry.coordinates) };
    features.push(
      `{"type":"Feature","id":${r.id},"geometry":${JSON.stringify(rounded)},"properties":{"status":"${residentStatus(r.status)}"}}`,
    );
  }
  return collection(features);
}
