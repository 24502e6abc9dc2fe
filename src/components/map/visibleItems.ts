/**
 * What the map shows right now, read back from MapLibre: clusters (with how many projects each
 * holds) and single projects, once each even when a tile border repeats them.
 * https://maplibre.org/maplibre-gl-js/docs/API/classes/Map/#queryrenderedfeatures
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

export type VisibleItem =
  | { kind: 'cluster'; id: number; count: number; at: [number, number] }
  | { kind: 'project'; id: number; status: string; at: [number, number] };

export function visibleItems(map: MapLibreMap): { items: VisibleItem[]; total: number } {
  const layers = ['project-clusters', 'project-points'].filter((id) => map.getLayer(id));
  if (layers.length === 0) return { items: [], total: 0 };
  const seen = new Set<string>();
  const clusters: VisibleItem[] = [];
  const projects: VisibleItem[] = [];
  let total = 0;
  for (const f of map.queryRenderedFeatures({ layers })) {
    if (f.geometry.type !== 'Point') continue;
    const at = f.geometry.coordinates as [number, number];
    const p = f.properties;
    const key = p.cluster ? `c${p.cluster_id}` : `p${f.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (p.cluster) {
      total += Number(p.point_count);
      clusters.push({ kind: 'cluster', id: Number(p.cluster_id), count: Number(p.point_count), at });
    } else {
      total += 1;
      projects.push({ kind: 'project', id: Number(f.id), status: String(p.status), at });
    }
  }
  // North to south, then west to east: the order a reader scans the map in.
  const order = (a: VisibleItem, b: VisibleItem) => b.at[1] - a.at[1] || a.at[0] - b.at[0];
  return { items: [...projects.sort(order), ...clusters.sort(order)], total };
}
