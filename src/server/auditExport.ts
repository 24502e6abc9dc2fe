/**
 * Records a data export in the audit log (issue #4, point 8) when a signed-in staff member makes
 * it: who, what (the export and its query) and from which address. The same files are open data
 * anyone may download; an anonymous download is not a personal action of anybody, so it is not
 * logged (the request log already counts traffic, and logging every visitor's address would
 * collect personal data for no purpose). Only a delivered file (200) counts: a 304 hands nothing
 * new, an error nothing at all.
 */
import type { APIContext } from 'astro';
import { audit } from './audit.ts';
import { getDb } from './db.ts';

function address(context: APIContext): string | null {
  try {
    return context.clientAddress;
  } catch {
    return null;
  }
}

/** @example return auditExport(context, 'projects.csv', await exportResponse(…)) */
export async function auditExport(context: APIContext, what: string, response: Response): Promise<Response> {
  const user = context.locals.user;
  if (user && response.status === 200) {
    await audit(await getDb(), {
      actor: user,
      action: 'export',
      targetType: 'export',
      targetId: what,
      ip: address(context),
      detail: context.url.search ? { query: context.url.search.slice(0, 500) } : undefined,
    });
  }
  return response;
}
