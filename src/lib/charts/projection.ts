/**
 * Equirectangular projection for a city-sized map: longitude scaled by cos(latitude) at the
 * middle of the box, so Milan keeps its shape (at 45.5° a degree of longitude is only 0.70 of a
 * degree of latitude). Good to well under a pixel at this scale; no library needed.
 */
import type { BBox, Position } from '../geo.ts';

export interface Projection {
  width: number;
  height: number;
  project: (position: Position) => [x: number, y: number];
}

/**
 * Fits the box into `width` pixels (plus `margin` on every side); y grows downwards, as in SVG.
 * @example equirectangular([9, 45, 10, 46], 100).height // ≈ 141.7
 */
export function equirectangular([minLon, minLat, maxLon, maxLat]: BBox, width: number, margin = 0): Projection {
  const k = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const spanX = Math.max((maxLon - minLon) * k, 1e-12);
  const scale = (width - 2 * margin) / spanX;
  const height = (maxLat - minLat) * scale + 2 * margin;
  return {
    width,
    height,
    project: ([lon, lat]) => [margin + (lon - minLon) * k * scale, margin + (maxLat - lat) * scale],
  };
}
