import { describe, expect, it } from 'vitest';
import { preloadedCss } from '../../src/integrations/keepPreloadedCss.ts';

describe('preloadedCss', () => {
  it('lists the stylesheets of a built chunk’s preload list, and nothing else', () => {
    // As Vite writes it in the small maps' loader chunk (dist/client/_astro/SmallMap…js).
    const code = 'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/client.vRTFRh9D.js","_astro/Layer.DXwPnOfI.css","_astro/ProjectMap.Bj-QsiT2.css"])))=>i.map(i=>d[i]);\nimport{t as e}from"./whenNear.js";const css=["x.css"];';
    expect(preloadedCss(code)).toEqual(['_astro/Layer.DXwPnOfI.css', '_astro/ProjectMap.Bj-QsiT2.css']);
  });

  it('finds none in a chunk without a preload list', () => {
    expect(preloadedCss('import"./a.css";export const x=1;')).toEqual([]);
  });
});
