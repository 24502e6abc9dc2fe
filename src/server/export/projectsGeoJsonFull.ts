/**
 * The full-properties GeoJSON export (RFC 7946) of projects (issue #6): a FeatureCollection of
 * Points whose properties are the CSV's columns, so the file imports back unchanged. The map's
 * lean GeoJSON (issue #3) is a different serializer; this one is kept apart so both can live
 * behind /api/v1/projects.geojson.
 */
import { selectProjectFeatures } from '../../../db/projectFeatures.ts';
import type { RecordEncoder } from './recordStream.ts';

// The features come as ready text from SQLite (db/projectFeatures.ts): at 50,000 features the
// export has to stream in under 2 s on a busy machine too, and parsing each row into a record
// and stringifying it again was most of the time.
export function projectsGeoJsonFullEncoder(origin: string): RecordEncoder {
  return {
    head: '{"type":"FeatureCollection","features":[\n',
    page: (db, where, afterId, limit) => selectProjectFeatures(db, { where, afterId, limit, origin }),
    between: ',\n',
    tail: '\n]}\n',
  };
}
