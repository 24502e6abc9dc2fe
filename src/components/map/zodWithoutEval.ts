/**
 * Zod 4 probes whether `Function('')` works, to compile faster parsers; under our CSP (no
 * 'unsafe-eval') the probe is reported as a violation in the console, which costs the map page
 * Lighthouse's best-practices score (issue #9). The islands parse a handful of small objects:
 * jitless mode skips the probe at no measurable cost. https://zod.dev/api (z.config)
 */
import { config } from 'astro/zod';

config({ jitless: true });
