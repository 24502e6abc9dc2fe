/**
 * The full-properties GeoJSON export (RFC 7946) of projects (issue #6): a FeatureCollection of
 * Points whose properties are the CSV's columns, so the file imports back unchanged. The map's
 * lean GeoJSON (issue #3) is a different serializer; this one is kept apart so both can live
 * behind /api/v1/projects.geojson.
 */
import type { StoredRecord } from '../../../db/projectRecords.ts';
import { exportColumns, recordCells } from '../../lib/projectRecord.ts';
import { projectUrl } from './projectsCsv.ts';
import type { RecordEncoder } from './recordStream.ts';

const propertyColumns = exportColumns.filter((c) => c !== 'lat' && c !== 'lon');

function feature({ record, updatedAt }: StoredRecord, origin: string): string {
  const cells = recordCells(record, { url: projectUrl(origin, record.slug), updated_at: updatedAt });
  const properties = Object.fromEntries(propertyColumns.map((c) => [c, cells[c]]));
  return JSON.stringify({ type: 'Feature', id: record.slug, geometry: { type: 'Point', coordinates: [record.lon, record.lat] }, properties });
}

export function projectsGeoJsonFullEncoder(origin: string): RecordEncoder {
  return {
    head: '{"type":"FeatureCollection","features":[\n',
    page: (records, first) => (first ? '' : ',\n') + records.map((r) => feature(r, origin)).join(',\n'),
    tail: '\n]}\n',
  };
}
