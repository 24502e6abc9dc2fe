/**
 * Keeps the CSP hashes of a route's styles between requests (issue #9, point 5: the uncached
 * project page). Astro 7 computes `sha256-…` of every style of the route on every on-demand
 * render (`createResult` in astro/dist/core/render, through `generateCspDigest`), though those
 * styles are the same build-time strings each time: five WebCrypto jobs per project page, about a
 * tenth of its CPU. This wraps that one function, in the server bundle only, with a bounded memo
 * keyed on the hashed text. Nothing else changes: the same digests reach the same header.
 *
 * If Astro renames or moves the function, the build warns and the page simply stays slower.
 */
import type { AstroIntegration } from 'astro';

const FILE = /astro\/dist\/core\/encryption\.js$/;
const DECLARATION = 'async function generateCspDigest(data, algorithm) {';

/** Astro's own function under another name, behind a memo of at most `limit` digests. */
export function keepDigests(code: string, limit = 512): string | null {
  if (!code.includes(DECLARATION)) return null;
  return code.replace(
    DECLARATION,
    // Keyed by the text itself, not a concatenation: the manifest hands over the same string
    // objects each time, whose hash V8 computes once; a new key string would be hashed anew.
    `const keptCspDigests = new Map();
let keptCspDigestCount = 0;
async function generateCspDigest(data, algorithm) {
  let byText = keptCspDigests.get(algorithm);
  if (byText === undefined) keptCspDigests.set(algorithm, (byText = new Map()));
  let digest = byText.get(data);
  if (digest === undefined) {
    digest = await computeCspDigest(data, algorithm);
    if (!byText.has(data) && keptCspDigestCount < ${limit}) {
      byText.set(data, digest);
      keptCspDigestCount++;
    }
  }
  return digest;
}
async function computeCspDigest(data, algorithm) {`,
  );
}

export default function keepCspDigests(): AstroIntegration {
  return {
    name: 'periferie:keep-csp-digests',
    hooks: {
      'astro:config:setup': ({ updateConfig, command, logger }) => {
        if (command !== 'build') return;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'periferie:keep-csp-digests',
                transform(code, id) {
                  if (!FILE.test(id.split('?')[0])) return null;
                  const kept = keepDigests(code);
                  if (kept === null) logger.warn(`${DECLARATION} not found in ${id}: CSP digests are computed on every request.`);
                  return kept;
                },
              },
            ],
          },
        });
      },
    },
  };
}
