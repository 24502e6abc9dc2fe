/**
 * The build-time wrap of Astro's CSP digest function (src/integrations/keepCspDigests.ts): it
 * must still find the function in the installed Astro, and the wrapped function must give the
 * same digests while computing each text once, up to its bound.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { keepDigests } from '../../src/integrations/keepCspDigests.ts';

async function load(code: string) {
  return import(`data:text/javascript,${encodeURIComponent(code)}`) as Promise<{
    generateCspDigest: (data: string, algorithm: string) => Promise<string>;
    calls: () => number;
  }>;
}

const standIn = `let n = 0;
async function generateCspDigest(data, algorithm) {
  n++;
  const bytes = await crypto.subtle.digest(algorithm, new TextEncoder().encode(data));
  return Buffer.from(bytes).toString('base64');
}
export { generateCspDigest };
export const calls = () => n;`;

describe('keepCspDigests', () => {
  it("finds the function in the installed Astro's encryption module", () => {
    const path = createRequire(import.meta.url).resolve('astro/package.json').replace(/package\.json$/, 'dist/core/encryption.js');
    const kept = keepDigests(readFileSync(path, 'utf8'));
    expect(kept).not.toBeNull();
    expect(kept).toContain('computeCspDigest');
  });

  it('computes each text once, gives the same digests, and stops keeping at its bound', async () => {
    const plain = await load(standIn);
    const kept = await load(keepDigests(standIn, 2)!);
    for (const text of ['a{color:red}', 'b{}', 'a{color:red}', 'b{}']) {
      expect(await kept.generateCspDigest(text, 'SHA-256')).toBe(await plain.generateCspDigest(text, 'SHA-256'));
    }
    expect(kept.calls()).toBe(2);
    // Another algorithm is another digest, and a third text is past the bound: computed each time.
    expect(await kept.generateCspDigest('a{color:red}', 'SHA-384')).toBe(await plain.generateCspDigest('a{color:red}', 'SHA-384'));
    await kept.generateCspDigest('a{color:red}', 'SHA-384');
    expect(kept.calls()).toBe(4);
  });

  it('leaves other code alone', () => {
    expect(keepDigests('export const x = 1;')).toBeNull();
  });
});
