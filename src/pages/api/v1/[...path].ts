/** Any other path under /api/v1: a 404 problem (issue #10), not the site's HTML 404 page. */
import { problem } from '../../../server/api/problem.ts';

export const ALL = () => problem(404, 'No such API path: see /api/v1/openapi.json for the ones there are.');
