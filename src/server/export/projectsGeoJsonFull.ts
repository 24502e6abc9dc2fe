/**
 * The full-properties GeoJSON export (RFC 7946) of projects (issue #6): a FeatureCollection of
 * Points whose properties are the CSV's columns, so the file imports back unchanged. The map's
 * lean GeoJSON (issue #3) is a different serializer; this one is kept apart so both can live
 * behind /api/v1/projects.geojson.
 */
import type { StoredRecord } from '../../../db/projectRecords.ts';
import { recordCells } from '../../lib/projectRecord.ts';
import { projectUrl } from './projectsCsv.ts';
import type { RecordEncoder } from './recordStream.ts';

// Written as text around one JSON.stringify of the properties: at 50,000 features the export
// has to stream in under 2 s (issue #6), and building nested objects per feature was a third of it.
function feature({ record, updatedAt }: StoredRecord, origin: string): string {
  // recordCells keeps exportColumns' order; the position goes to the geometry only.
  const { lat, lon, ...properties } = recordCells(record, { url: projectUrl(origin, record.slug), updated_at: updatedAt });
  return `{"type":"Feature","id":${JSON.stringify(record.slug)},"geometry":{"type":"Point","coordinates":[${lon},${lat}]},"properties":${JSON.stringify(properties)}}`;
}

export function projectsGeoJsonFullEncoder(origin: string): RecordEncoder {
  return {
    head: '{"type":"FeatureCollection","features":[\n',
    page: (records, first) => (first ? '' : ',\n') + records.map((r) => feature(r, origin)).join(',\n'),
    tail: '\n]}\n',
  };
}
