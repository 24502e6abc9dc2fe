/**
 * The geometry of a static SVG map (issue #5: content pages show places without tiles or
 * JavaScript): neighbourhood outlines from the City's NIL boundaries (src/lib/mapOutlines.json,
 * written by db/import/mapOutlines-cli.ts), numbered points and an optional route, projected
 * equirectangularly with the longitude scaled by cos(latitude), true enough over a few km.
 */
import outlines from './mapOutlines.json' with { type: 'json' };
import { pointInArea } from './geo.ts';

export interface LonLat {
  lon: number;
  lat: number;
}

export interface StaticMap {
  width: number;
  height: number;
  /** Outlines of the highlighted NIL, as SVG path data. */
  highlight: string[];
  /** Outlines of the NIL around them, for context. */
  context: string[];
  markers: { x: number; y: number }[];
  /** Polyline through the points in order, when asked for. */
  route: string | null;
}

type Bounds = [minLon: number, minLat: number, maxLon: number, maxLat: number];
const rings = outlines as unknown as Record<string, [number, number][]>;

function boundsOf(coords: [number, number][]): Bounds {
  const lons = coords.map((c) => c[0]);
  const lats = coords.map((c) => c[1]);
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}

const overlaps = (a: Bounds, b: Bounds) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/**
 * @example staticMap({ points: [{ lon: 9.145, lat: 45.51 }], nil: [76] }).markers.length // 1
 */
export function staticMap({
  points,
  nil,
  route = false,
  width = 640,
}: {
  points: LonLat[];
  nil: number[];
  route?: boolean;
  width?: number;
}): StaticMap {
  const highlighted = [...new Set(nil)].filter((id) => rings[id]);
  const all: [number, number][] = [...highlighted.flatMap((id) => rings[id]), ...points.map((p): [number, number] => [p.lon, p.lat])];
  if (all.length === 0) throw new RangeError('staticMap: nothing to draw');
  const [minLon, minLat, maxLon, maxLat] = boundsOf(all);
  const k = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  // A margin of a tenth of the larger side (at least ~150 m) around everything drawn.
  const margin = Math.max((maxLon - minLon) * k, maxLat - minLat, 0.0015) * 0.1;
  const view: Bounds = [minLon - margin / k, minLat - margin, maxLon + margin / k, maxLat + margin];
  const spanX = (view[2] - view[0]) * k;
  const spanY = view[3] - view[1];
  const height = Math.round(Math.min(Math.max((width * spanY) / spanX, width * 0.5), width * 1.1));
  const scale = Math.min(width / spanX, height / spanY);
  const offsetX = (width - spanX * scale) / 2;
  const offsetY = (height - spanY * scale) / 2;
  const xy = (lon: number, lat: number) => ({
    x: round(offsetX + (lon - view[0]) * k * scale),
    y: round(offsetY + (view[3] - lat) * scale),
  });
  const path = (ring: [number, number][]) =>
    ring.map(([lon, lat], i) => `${i ? 'L' : 'M'}${xy(lon, lat).x} ${xy(lon, lat).y}`).join('') + 'Z';
  const context = Object.entries(rings)
    .filter(([id, ring]) => !highlighted.includes(Number(id)) && overlaps(boundsOf(ring), view))
    .map(([, ring]) => path(ring));
  const markers = points.map((p) => xy(p.lon, p.lat));
  return {
    width,
    height,
    highlight: highlighted.map((id) => path(rings[id])),
    context,
    markers,
    route: route && markers.length > 1 ? markers.map((m, i) => `${i ? 'L' : 'M'}${m.x} ${m.y}`).join('') : null,
  };
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Whether a point lies inside a NIL's (simplified, ±10 m) outline: content schemas check that
 * a place's coordinates and its named neighbourhood agree. @example insideNilOutline(9.1395, 45.513, 76) // true
 */
export function insideNilOutline(lon: number, lat: number, nil: number): boolean {
  const ring = rings[nil];
  return Boolean(ring) && pointInArea(lon, lat, { type: 'Polygon', coordinates: [ring] });
}
