/**
 * The default basemap: a plain background and nothing else, so the map makes no request outside
 * this site (issue #3, point 4). No glyphs URL: MapLibre 6 then draws label text locally with
 * the browser's fonts (TinySDF). A production basemap comes from MAP_STYLE_URL instead.
 * https://maplibre.org/maplibre-style-spec/root/
 */
import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';

const localFont = ['Noto Sans Bold'];

/**
 * The font our labels ask for: drawn locally on the plain basemap; on a production style, one
 * its glyphs server has (the first literal `text-font` of its layers), so no glyph request fails.
 */
export function labelFontOf(map: MapLibreMap): string[] {
  const style = map.getStyle();
  if (!style.glyphs) return localFont;
  for (const layer of style.layers) {
    const font = layer.type === 'symbol' ? layer.layout?.['text-font'] : undefined;
    if (Array.isArray(font) && font.every((f) => typeof f === 'string')) return font as string[];
  }
  return localFont;
}

export function baseStyle(): StyleSpecification {
  return {
    version: 8,
    name: 'Periferie Milano plain',
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#eceee9' } }],
  };
}
