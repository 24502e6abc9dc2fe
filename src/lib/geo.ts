/**
 * Plain geometry on WGS84 lon/lat, enough for the City's scale (a few kilometres): point in
 * polygon by ray casting, bounding boxes, distances. GeoJSON order is [lon, lat] throughout.
 */

export type Position = [number, number];
export type Ring = Position[];
export type PolygonCoords = Ring[];
export type BBox = [minLon: number, minLat: number, maxLon: number, maxLat: number];

export interface PolygonGeometry {
  type: 'Polygon';
  coordinates: PolygonCoords;
}
export interface MultiPolygonGeometry {
  type: 'MultiPolygon';
  coordinates: PolygonCoords[];
}
export type AreaGeometry = PolygonGeometry | MultiPolygonGeometry;

/**
 * A generous box around the Comune di Milano (official extent is lon 9.0406–9.2780,
 * lat 45.3867–45.5359); anything outside it is a typo or swapped coordinates.
 */
export const MILAN_BBOX: BBox = [9.0, 45.35, 9.32, 45.57];

/** @example insideMilan(9.19, 45.4642) // true */
export function insideMilan(lon: number, lat: number): boolean {
  const [minLon, minLat, maxLon, maxLat] = MILAN_BBOX;
  return lon >= minLon && lon <= maxLon && lat >= minLat && lat <= maxLat;
}

function pointInRing(lon: number, lat: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function pointInPolygonCoords(lon: number, lat: number, polygon: PolygonCoords): boolean {
  if (polygon.length === 0 || !pointInRing(lon, lat, polygon[0])) return false;
  for (let h = 1; h < polygon.length; h++) if (pointInRing(lon, lat, polygon[h])) return false;
  return true;
}

/** @example pointInArea(9.19, 45.4642, duomoPolygon) // true */
export function pointInArea(lon: number, lat: number, area: AreaGeometry): boolean {
  if (area.type === 'Polygon') return pointInPolygonCoords(lon, lat, area.coordinates);
  return area.coordinates.some((p) => pointInPolygonCoords(lon, lat, p));
}

/** @example bboxOf({ type: 'Polygon', coordinates: [[[0, 0], [2, 0], [2, 1], [0, 0]]] }) // [0, 0, 2, 1] */
export function bboxOf(area: AreaGeometry): BBox {
  let minLon = Infinity, minLat = Infinity, maxLon = -Infinity, maxLat = -Infinity;
  const polygons = area.type === 'Polygon' ? [area.coordinates] : area.coordinates;
  for (const polygon of polygons)
    for (const ring of polygon)
      for (const [lon, lat] of ring) {
        if (lon < minLon) minLon = lon;
        if (lon > maxLon) maxLon = lon;
        if (lat < minLat) minLat = lat;
        if (lat > maxLat) maxLat = lat;
      }
  return [minLon, minLat, maxLon, maxLat];
}

export function inBBox(lon: number, lat: number, [minLon, minLat, maxLon, maxLat]: BBox): boolean {
  return lon >= minLon && lon <= maxLon && lat >= minLat && lat <= maxLat;
}

/** Great-circle distance in metres. @example distanceMetres([9.19, 45.4642], [9.19, 45.4742]) // ≈ 1112 */
export function distanceMetres([lon1, lat1]: Position, [lon2, lat2]: Position): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.sqrt(a));
}

/**
 * Problems that make a ring unusable: fewer than four positions, not closed, or a position
 * that is not two finite numbers. Returns a description, or null when the ring is fine.
 */
export function ringProblem(ring: unknown): string | null {
  if (!Array.isArray(ring) || ring.length < 4) return 'a ring needs at least 4 positions';
  for (const p of ring) {
    if (!Array.isArray(p) || p.length < 2 || !Number.isFinite(p[0]) || !Number.isFinite(p[1]))
      return 'a position is not a pair of numbers';
  }
  const first = ring[0] as number[];
  const last = ring[ring.length - 1] as number[];
  if (first[0] !== last[0] || first[1] !== last[1]) return 'a ring is not closed';
  return null;
}

/**
 * Area-weighted centroid (shoelace; holes subtract). Planar lon/lat is exact enough: scaling
 * longitude by cos(lat) is affine and centroids commute with affine maps.
 * @example areaCentroid({ type: 'Polygon', coordinates: [[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]] }) // [1, 1]
 */
export function areaCentroid(area: AreaGeometry): Position {
  let sumA = 0, sumX = 0, sumY = 0;
  for (const polygon of area.type === 'Polygon' ? [area.coordinates] : area.coordinates)
    polygon.forEach((ring, r) => {
      // Relative to the first vertex, so the products stay small and precise.
      const [x0, y0] = ring[0];
      let a = 0, cx = 0, cy = 0;
      for (let i = 0; i < ring.length - 1; i++) {
        const [x1, y1] = [ring[i][0] - x0, ring[i][1] - y0];
        const [x2, y2] = [ring[i + 1][0] - x0, ring[i + 1][1] - y0];
        const cross = x1 * y2 - x2 * y1;
        a += cross;
        cx += (x1 + x2) * cross;
        cy += (y1 + y2) * cross;
      }
      if (a === 0) return;
      const sign = (r === 0 ? 1 : -1) * Math.sign(a); // outer ring adds, holes subtract, any winding
      sumA += sign * a;
      sumX += sign * (cx / 3 + x0 * a);
      sumY += sign * (cy / 3 + y0 * a);
    });
  return [sumX / sumA, sumY / sumA];
}
