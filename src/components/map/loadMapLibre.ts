/**
 * Loads MapLibre GL JS 6 on demand, so only pages that show a map download it (issue #3, point 9).
 * v6 is ESM only and resolves its worker from import.meta.url, which a bundler rewrites; the
 * migration guide asks bundler users to hand it the worker's URL once:
 * https://maplibre.org/maplibre-gl-js/docs/guides/v5-to-v6-migration-guide/
 * https://maplibre.org/maplibre-gl-js/docs/API/functions/setWorkerUrl/
 * The worker file is self-contained in 6.17 (maplibre-gl-shared.mjs is empty), so Vite's `?url`
 * emitting it as is works.
 */
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

export type MapLibre = typeof import('maplibre-gl');

let loading: Promise<MapLibre> | undefined;

/**
 * The worker started from a `blob:` module that imports the real file. A worker started from its
 * own URL runs under the Content-Security-Policy of that file's response, which like every
 * static file is the strict endpoint policy (`default-src 'none'`): it could fetch nothing, so the
 * project shapes and a production basemap's tiles, which MapLibre loads in the worker, were
 * refused (issue #9, the map page's console error). A `blob:` worker inherits the page's policy
 * instead: connect-src 'self' plus the basemap origins allowBasemap added. The URL is kept for the
 * page's life, since MapLibre may start more workers later.
 */
function pagePolicyWorkerUrl(): string {
  const absolute = new URL(workerUrl, location.href).href;
  return URL.createObjectURL(new Blob([`import ${JSON.stringify(absolute)};`], { type: 'text/javascript' }));
}

export function loadMapLibre(): Promise<MapLibre> {
  loading ??= import('maplibre-gl').then((lib) => {
    lib.setWorkerUrl(pagePolicyWorkerUrl());
    // Starts the worker now, so that it loads while the page builds the map and draws its first
    // frame: https://maplibre.org/maplibre-gl-js/docs/API/functions/prewarm/
    lib.prewarm();
    return lib;
  });
  return loading;
}
