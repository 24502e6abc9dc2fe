/**
 * The default basemap: a plain background and nothing else, so the map makes no request outside
 * this site (issue #3, point 4). No glyphs URL: MapLibre 6 then draws label text locally with
 * the browser's fonts (TinySDF). A production basemap comes from MAP_STYLE_URL instead.
 * https://maplibre.org/maplibre-style-spec/root/
 */
import type { StyleSpecification } from 'maplibre-gl';

export const labelFont = ['Noto Sans Bold'];

export function baseStyle(): StyleSpecification {
  return {
    version: 8,
    name: 'Periferie Milano plain',
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#eceee9' } }],
  };
}
