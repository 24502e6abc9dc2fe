/**
 * The City's areas: the nine Municipi and the 88 NIL (Nuclei di Identità Locale), with the
 * official boundaries (db/import/areas.ts). Projects and staff accounts refer to them.
 */
import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const municipi = sqliteTable('municipi', {
  id: integer('id').primaryKey(), // 1–9, the City's own number
  name: text('name').notNull(),
  areaM2: real('area_m2'),
  boundary: text('boundary'), // GeoJSON Polygon/MultiPolygon, from the official importer
  minLon: real('min_lon'),
  minLat: real('min_lat'),
  maxLon: real('max_lon'),
  maxLat: real('max_lat'),
});

export const nil = sqliteTable(
  'nil',
  {
    id: integer('id').primaryKey(), // ID_NIL, 1–88
    name: text('name').notNull(),
    slug: text('slug').notNull(),
    municipioId: integer('municipio_id')
      .notNull()
      .references(() => municipi.id),
    centroidLat: real('centroid_lat').notNull(),
    centroidLon: real('centroid_lon').notNull(),
    areaM2: real('area_m2'),
    boundary: text('boundary'),
    minLon: real('min_lon'),
    minLat: real('min_lat'),
    maxLon: real('max_lon'),
    maxLat: real('max_lat'),
  },
  (t) => [uniqueIndex('nil_slug_idx').on(t.slug), index('nil_municipio_idx').on(t.municipioId)],
);
