/**
 * A project's stored shape (GeoJSON text beside its point) read for a map: the geometry when it
 * is a line or an area, and the box that shows it whole.
 */
import type { BBox } from './geo.ts';

export type ProjectShape =
  | { type: 'LineString' | 'MultiPoint'; coordinates: [number, number][] }
  | { type: 'Polygon' | 'MultiLineString'; coordinates: [number, number][][] }
  | { type: 'MultiPolygon'; coordinates: [number, number][][][] };

const shapeTypes = new Set(['LineString', 'MultiLineString', 'Polygon', 'MultiPolygon']);

/** @example parseShape('{"type":"LineString","coordinates":[[9.1,45.4],[9.2,45.5]]}')?.type // 'LineString' */
export function parseShape(text: string | null | undefined): ProjectShape | null {
  if (!text) return null;
  try {
    const geometry = JSON.parse(text) as ProjectShape;
    return geometry && shapeTypes.has(geometry.type) && Array.isArray(geometry.coordinates) ? geometry : null;
  } catch {
    return null;
  }
}

/** The box around a point and its shape. @example locationBounds(9.19, 45.46, null) // [9.19, 45.46, 9.19, 45.46] */
export function locationBounds(lon: number, lat: number, shape: ProjectShape | null): BBox {
  const box: BBox = [lon, lat, lon, lat];
  const visit = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number') {
      const [x, y] = c as number[];
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x);
      box[3] = Math.max(box[3], y);
    } else c.forEach(visit);
  };
  if (shape) visit(shape.coordinates);
  return box;
}
