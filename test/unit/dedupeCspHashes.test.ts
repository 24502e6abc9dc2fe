/**
 * The manifest's CSP hash lists, deduplicated at build (src/integrations/dedupeCspHashes.ts):
 * first occurrences kept in order, other arrays and text left alone.
 */
import { describe, expect, it } from 'vitest';
import { dedupeHashLists } from '../../src/integrations/dedupeCspHashes.ts';

describe('dedupeHashLists', () => {
  it('keeps the first of each hash, in order, in every hash-only list', () => {
    const code = 'deserializeManifest({"csp":{"styleDirective":{"resources":["\'self\'"],"hashes":["sha256-b+/=","sha256-a=","sha256-b+/=","sha384-c","sha256-a="]},"scriptHashes":["sha256-x=","sha256-x="]}})';
    const done = dedupeHashLists(code);
    expect(done.code).toBe('deserializeManifest({"csp":{"styleDirective":{"resources":["\'self\'"],"hashes":["sha256-b+/=","sha256-a=","sha384-c"]},"scriptHashes":["sha256-x="]}})');
    expect(done).toMatchObject({ lists: 2, dropped: 3 });
  });

  it('leaves arrays that are not only hashes, and code without any, as they were', () => {
    const code = 'const a = ["sha256-a=","self","sha256-a="]; const b = []; const c = "sha256-a=";';
    expect(dedupeHashLists(code)).toEqual({ code, lists: 0, dropped: 0 });
  });
});
