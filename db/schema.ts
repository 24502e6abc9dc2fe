/**
 * Every table of Periferie Milano (issue #2). Money is integer euro cents, calendar dates are
 * ISO `YYYY-MM-DD` text, instants are ISO timestamps; geometry is GeoJSON text (SQLite has no
 * spatial type and the City's scale does not need one); per-locale short texts are JSON maps
 * `{ "it": …, "en": … }` where Italian is required.
 *
 * The tables live in db/schema/, one file per domain (STYLE.md: split past ~300 lines); this file
 * is still the one import point, for the code, for db/client.ts and for drizzle-kit
 * (db/drizzle.config.ts), so a table that is not re-exported here does not exist for any of them.
 */
export type { LocalizedText } from './schema/columns.ts';
export * from './schema/places.ts';
export * from './schema/projects.ts';
export * from './schema/projectDetails.ts';
export * from './schema/staff.ts';
export * from './schema/residents.ts';
export * from './schema/serverState.ts';
