/** The map a MapView gives its children (sources, layers, controls), ready and styled. */
import { getContext, setContext } from 'svelte';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MapLibre } from './loadMapLibre.ts';

export interface MapContext {
  readonly map: MapLibreMap;
  readonly lib: MapLibre;
}

const key = Symbol('map');

export const setMapContext = (context: MapContext) => setContext(key, context);
export const getMapContext = () => getContext<MapContext>(key);

/** Teardown of a child after the map itself was removed must not throw. */
export function safely(fn: () => void) {
  try {
    fn();
  } catch {
    // the map or its style is already gone
  }
}
