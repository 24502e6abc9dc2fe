/**
 * The open data's Last-Modified (issue #6): when public output last changed, read from the page
 * cache's timed tag bumps (db/cacheVersions.ts). The rows in an answer cannot tell it: a project
 * withdrawn from a list, or a work that moves its programme's progress, leaves their dates as
 * they were, and a client asking If-Modified-Since was told its stale copy was current. Coarser
 * than the ETag (any publication moves it), never wrong. A database where nothing was bumped yet
 * (seeded, or imported before bumps were timed) gives its newest published project's edit.
 */
import { eq, max } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { lastPublicChange } from '../../../db/cacheVersions.ts';
import { projects } from '../../../db/schema.ts';

export async function dataModifiedAt(db: Db): Promise<string | null> {
  const bumped = await lastPublicChange(db);
  if (bumped) return bumped;
  const [{ latest }] = await db.select({ latest: max(projects.updatedAt) }).from(projects).where(eq(projects.publication, 'published'));
  return latest ?? null;
}
