/**
 * The origins a production basemap needs in the CSP (issue #3, point 4): the style's own, plus
 * any tile, glyph or sprite hosts the operator lists. The default basemap needs none.
 * @example basemapOrigins('https://tiles.example.org/style.json', 'https://a.tiles.example.org') // ['https://tiles.example.org', 'https://a.tiles.example.org']
 */
export function basemapOrigins(styleUrl: string | undefined, extra: string | undefined): string[] {
  const origins = new Set<string>();
  for (const candidate of [styleUrl, ...(extra ?? '').split(/[\s,]+/)]) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate);
      if (url.protocol === 'https:' || url.protocol === 'http:') origins.add(url.origin);
    } catch {
      // not a URL: ignored rather than written into a security header
    }
  }
  return [...origins];
}
