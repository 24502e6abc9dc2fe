import { describe, expect, it } from 'vitest';
import { keptMarkdown } from '../../src/server/keptMarkdown.ts';
import { renderMarkdown } from '../../src/server/markdown.ts';

describe('keptMarkdown', () => {
  const sources = ['**Parco** <script>x</script>', '[sito](https://example.org) e [x](javascript:alert(1))', '', '# Titolo\n\n- uno\n- due'];

  it('answers exactly what renderMarkdown does, the first time and every time after', () => {
    for (let round = 0; round < 3; round++) for (const s of sources) expect(keptMarkdown(s)).toBe(renderMarkdown(s));
  });

  it('still renders right after many other texts pushed the first ones out', () => {
    for (let i = 0; i < 5_000; i++) keptMarkdown(`Aggiornamento ${i}: ${'lavori '.repeat(40)}`);
    for (const s of sources) expect(keptMarkdown(s)).toBe(renderMarkdown(s));
    const huge = `${'parola '.repeat(60_000)}**fine**`;
    expect(keptMarkdown(huge)).toBe(renderMarkdown(huge));
  });
});
