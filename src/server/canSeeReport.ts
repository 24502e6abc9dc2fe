/**
 * Who may read the monthly report (/staff/report/YYYY-MM, issue #8). The report lists drafts,
 * offices and internal delays, so it belongs to the back office: the back office's staff
 * permission check guards it through this one function, which is the only place to change
 * when staff roles arrive. Until then a signed-in user (`locals.user`, set by the back
 * office's middleware) may read it, and REPORT_PUBLIC_DEMO=true opens it for demos and tests.
 */
import { REPORT_PUBLIC_DEMO } from 'astro:env/server';

/** `locals` is any object so this compiles before `App.Locals` gains the back office's `user`. */
export function canSeeReport(locals: object, publicDemo: boolean = REPORT_PUBLIC_DEMO === true): boolean {
  return ('user' in locals && Boolean(locals.user)) || publicDemo;
}
