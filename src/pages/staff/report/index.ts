import type { APIRoute } from 'astro';
import { todayIso } from '../../../lib/dates.ts';

/** `/staff/report` opens the current month's report (issue #8); the report page checks access. */
export const GET: APIRoute = ({ redirect }) => redirect(`/staff/report/${todayIso().slice(0, 7)}`, 302);
