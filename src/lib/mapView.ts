/**
 * The map's view (zoom, centre) as it travels in a URL: `at=zoom/lat/lon`, the order and
 * precision OpenStreetMap's `#map=` uses, so a shared link opens the same view (issue #3, point 2).
 */
import { z } from 'astro/zod';

export interface MapView {
  zoom: number;
  lat: number;
  lon: number;
}

export const mapViewSchema = z
  .string()
  .trim()
  .max(40)
  .regex(/^-?\d+(\.\d+)?\/-?\d+(\.\d+)?\/-?\d+(\.\d+)?$/, 'expected zoom/lat/lon')
  .transform((text) => {
    const [zoom, lat, lon] = text.split('/').map(Number);
    return { zoom, lat, lon };
  })
  .pipe(z.object({ zoom: z.number().min(0).max(22), lat: z.number().min(-85).max(85), lon: z.number().min(-180).max(180) }));

/**
 * Reads `at`; anything malformed or out of range gives null, and the map opens on its default.
 * @example parseMapView('14/45.46420/9.19000') // { zoom: 14, lat: 45.4642, lon: 9.19 }
 */
export function parseMapView(text: string | null | undefined): MapView | null {
  if (!text) return null;
  const parsed = mapViewSchema.safeParse(text);
  return parsed.success ? parsed.data : null;
}

/**
 * Two decimals of zoom and five of degrees (about a metre) keep the link short and exact enough.
 * @example formatMapView({ zoom: 13.456, lat: 45.464211, lon: 9.190001 }) // '13.46/45.46421/9.19000'
 */
export function formatMapView({ zoom, lat, lon }: MapView): string {
  return `${Number(zoom.toFixed(2))}/${lat.toFixed(5)}/${lon.toFixed(5)}`;
}
