/** Where a map's project data comes from: the GeoJSON endpoint, or one project given inline. */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeoJSONSourceSpecification } from 'maplibre-gl';

export interface InlineProject {
  id: number;
  lat: number;
  lon: number;
  status: string;
  shape?: Geometry | null;
}

type Data = GeoJSONSourceSpecification['data'];

const collection = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });

/** @example projectData('municipio=4') // { points: '/api/v1/projects.geojson?municipio=4', shapes: '…&geometry=shape' } */
export function projectData(query: string, project?: InlineProject | null): { points: Data; shapes: Data } {
  if (project) {
    const properties = { status: project.status };
    return {
      points: collection([{ type: 'Feature', id: project.id, geometry: { type: 'Point', coordinates: [project.lon, project.lat] }, properties }]),
      shapes: collection(project.shape ? [{ type: 'Feature', id: project.id, geometry: project.shape, properties }] : []),
    };
  }
  const base = '/api/v1/projects.geojson';
  return { points: query ? `${base}?${query}` : base, shapes: `${base}?${query ? `${query}&` : ''}geometry=shape` };
}
