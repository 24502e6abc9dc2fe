/**
 * Who may read the monthly report (/staff/report/YYYY-MM, issue #8). The report lists drafts,
 * offices and internal delays, so it belongs to the back office: anyone with staff access
 * (`can(user, 'staff.access')`, issue #4). REPORT_PUBLIC_DEMO=true opens it for demos and tests.
 */
import { REPORT_PUBLIC_DEMO } from 'astro:env/server';
import { can } from '../lib/permissions.ts';

export function canSeeReport(locals: App.Locals, publicDemo: boolean = REPORT_PUBLIC_DEMO === true): boolean {
  return can(locals.user ?? null, 'staff.access') || publicDemo;
}
