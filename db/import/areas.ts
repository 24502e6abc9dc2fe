/**
 * Imports the City's official NIL and Municipi boundaries (issue "Tracker core"). Both files are
 * checked completely before the first write; the upserts and the re-derivation of every
 * project's NIL and Municipio share one transaction, so a refused file or a failed write leaves
 * the database exactly as it was.
 */
import { bumpCacheTags } from '../cacheVersions.ts';
import { eq, getTableColumns, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import { areaShares, largestShare, scanOutline } from '../../src/lib/areaShares.ts';
import { locate, parseBoundaries, type BoundaryArea } from '../../src/lib/boundaries.ts';
import { areaCentroid } from '../../src/lib/geo.ts';
import type { AreaGeometry, BBox } from '../../src/lib/geo.ts';
import { slugify, titleCase } from '../../src/lib/slug.ts';
import type { Db, Tx } from '../client.ts';
import { municipi, nil, projects } from '../schema.ts';


/** A refused import; `problems` has one line per thing to fix, each naming file and feature. */
export class ImportError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`The boundary files were refused:\n${problems.join('\n')}`);
    this.name = 'ImportError';
    this.problems = problems;
  }
}

export interface AreaFiles {
  nilText: string;
  municipiText: string;
  /** How the files are named in problems, usually their path. */
  nilLabel: string;
  municipiLabel: string;
}

const boundaryColumns = ({ geometry, bbox: [minLon, minLat, maxLon, maxLat], areaM2 }: BoundaryArea) => ({
  areaM2, boundary: JSON.stringify(geometry), minLon, minLat, maxLon, maxLat,
});

/** `SET col = excluded.col` for every column but the key: an upsert that keeps ids stable. */
function excludedColumns(table: typeof nil | typeof municipi): Record<string, SQL> {
  const columns = Object.entries(getTableColumns(table)).filter(([key]) => key !== 'id');
  return Object.fromEntries(columns.map(([key, column]) => [key, sql.raw(`excluded."${column.name}"`)]));
}

/**
 * @example await importAreas(db, { nilText, municipiText, nilLabel: 'nil.geojson', municipiLabel: 'municipi.geojson' })
 * // { nil: 88, municipi: 9, projectsLocated: 12 }
 */
export async function importAreas(db: Db, files: AreaFiles) {
  const nilFile = parseBoundaries('nil', files.nilText, files.nilLabel);
  const municipiFile = parseBoundaries('municipi', files.municipiText, files.municipiLabel);
  if (!nilFile.ok || !municipiFile.ok)
    throw new ImportError([...(nilFile.ok ? [] : nilFile.problems), ...(municipiFile.ok ? [] : municipiFile.problems)]);

  const problems: string[] = [];
  const municipiOutlines = municipiFile.areas.map((m) => ({ id: m.id, ...scanOutline(m.geometry, m.bbox) }));
  const nilRows = nilFile.areas.map((area) => {
    const [centroidLon, centroidLat] = areaCentroid(area.geometry);
    // The Municipio holding most of the NIL, as in the City's lookup the seed is transcribed
    // from: not the one holding its centroid, which differs for NIL 27 (src/lib/areaShares.ts).
    const municipioId = largestShare(areaShares(scanOutline(area.geometry, area.bbox), municipiOutlines));
    if (municipioId === undefined)
      problems.push(`${files.nilLabel}: ID_NIL ${area.id} "${area.officialName}" lies in no Municipio of ${files.municipiLabel}`);
    const name = titleCase(area.officialName);
    const slug = slugify(area.officialName);
    return { id: area.id, name, slug, municipioId: municipioId ?? 0, centroidLat, centroidLon, ...boundaryColumns(area) };
  });
  if (problems.length > 0) throw new ImportError(problems);
  const municipiRows = municipiFile.areas.map((area) => ({ id: area.id, name: area.officialName, ...boundaryColumns(area) }));

  return db.transaction(async (tx) => {
    // Municipi first: nil.municipio_id references them.
    await tx.insert(municipi).values(municipiRows).onConflictDoUpdate({ target: municipi.id, set: excludedColumns(municipi) });
    await tx.insert(nil).values(nilRows).onConflictDoUpdate({ target: nil.id, set: excludedColumns(nil) });
    const projectsLocated = await deriveProjectAreas(tx);
    // Boundaries and names are on most public pages: every cached page goes (issue #9).
    await bumpCacheTags(tx, ['all']);
    return { nil: nilRows.length, municipi: municipiRows.length, projectsLocated };
  });
}

interface StoredArea {
  id: number;
  geometry: AreaGeometry;
  bbox: BBox;
}

export async function storedAreas(db: Db | Tx, table: typeof nil | typeof municipi): Promise<StoredArea[]> {
  const rows = await db
    .select({ id: table.id, boundary: table.boundary, minLon: table.minLon, minLat: table.minLat, maxLon: table.maxLon, maxLat: table.maxLat })
    .from(table)
    .where(isNotNull(table.boundary));
  return rows.map((r) => ({
    id: r.id,
    geometry: JSON.parse(r.boundary!) as AreaGeometry,
    bbox: [r.minLon ?? -Infinity, r.minLat ?? -Infinity, r.maxLon ?? Infinity, r.maxLat ?? Infinity],
  }));
}

/**
 * Sets every project's `nilId` and `municipioId` (or only project `projectId`'s) from its point
 * and the stored boundaries; a point outside them all gets nulls. Before any boundaries have been
 * imported it changes nothing, so NIL ids typed in by staff survive. Returns how many of the
 * projects considered lie in a NIL.
 * @example await deriveProjectAreas(db, 42) // after a project's position was edited
 */
export async function deriveProjectAreas(db: Db | Tx, projectId?: number): Promise<number> {
  const nilAreas = await storedAreas(db, nil);
  const municipiAreas = await storedAreas(db, municipi);
  if (nilAreas.length === 0 || municipiAreas.length === 0) return 0;
  const rows = await db
    .select({ id: projects.id, lon: projects.lon, lat: projects.lat, nilId: projects.nilId, municipioId: projects.municipioId })
    .from(projects)
    .where(projectId === undefined ? undefined : eq(projects.id, projectId));

  // One UPDATE per (NIL, Municipio) pair rather than one per project: at most ~100 statements.
  const changes = new Map<string, { nilId: number | null; municipioId: number | null; ids: number[] }>();
  let located = 0;
  for (const p of rows) {
    const nilId = locate(p.lon, p.lat, nilAreas)?.id ?? null;
    const municipioId = locate(p.lon, p.lat, municipiAreas)?.id ?? null;
    if (nilId !== null) located++;
    if (nilId === p.nilId && municipioId === p.municipioId) continue;
    const key = `${nilId}:${municipioId}`;
    if (!changes.has(key)) changes.set(key, { nilId, municipioId, ids: [] });
    changes.get(key)!.ids.push(p.id);
  }
  for (const { nilId, municipioId, ids } of changes.values())
    for (let i = 0; i < ids.length; i += 500)
      await db.update(projects).set({ nilId, municipioId }).where(inArray(projects.id, ids.slice(i, i + 500)));
  return located;
}
