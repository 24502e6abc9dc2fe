import { describe, expect, it } from 'vitest';
import { crossSiteWrite } from '../../src/server/crossOrigin.ts';
import { malformedJson } from '../../src/server/malformedJson.ts';

const url = new URL('http://127.0.0.1:4321/_actions/projects.save');
const req = (method: string, headers: Record<string, string>, body?: string) => new Request(url, { method, headers, body });

describe('cross-site writes', () => {
  it('refuses another Origin on any unsafe method, a cross-site fetch, and a form without Origin', () => {
    expect(crossSiteWrite(req('POST', { Origin: 'https://evil.example', 'Content-Type': 'application/json' }), url)).toBe(true);
    expect(crossSiteWrite(req('DELETE', { Origin: 'null' }), url)).toBe(true);
    expect(crossSiteWrite(req('POST', { 'Sec-Fetch-Site': 'cross-site' }), url)).toBe(true);
    expect(crossSiteWrite(req('POST', { 'Content-Type': 'application/x-www-form-urlencoded' }), url)).toBe(true);
  });
  it('lets same-origin writes, reads and scripts without Origin through', () => {
    expect(crossSiteWrite(req('POST', { Origin: 'http://127.0.0.1:4321' }), url)).toBe(false);
    expect(crossSiteWrite(req('GET', { Origin: 'https://evil.example' }), url)).toBe(false);
    expect(crossSiteWrite(req('POST', { 'Content-Type': 'application/json' }), url)).toBe(false);
  });
  it('spots a JSON body to an Action that does not parse', async () => {
    expect(await malformedJson(req('POST', { 'Content-Type': 'application/json' }, '{"a":'), url)).toBe(true);
    expect(await malformedJson(req('POST', { 'Content-Type': 'application/json' }, '{"a":1}'), url)).toBe(false);
    expect(await malformedJson(req('POST', { 'Content-Type': 'text/plain' }, '{'), url)).toBe(false);
  });
});
