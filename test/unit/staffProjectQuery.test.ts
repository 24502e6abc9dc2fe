/** The back office list's query string: read with one schema, written back without defaults. */
import { describe, expect, it } from 'vitest';
import { parseStaffProjectQuery, staffProjectQueryString } from '../../src/lib/staffProjectQuery.ts';

describe('the staff project list query', () => {
  it('reads every filter and the page', () => {
    const { query, invalid } = parseStaffProjectQuery(new URLSearchParams('q=+parco+&municipio=4&publication=in_review&open=draft&sort=verified&page=3'));
    expect(query).toEqual({ q: 'parco', municipio: 4, publication: 'in_review', open: 'draft', sort: 'verified', page: 3 });
    expect(invalid).toEqual([]);
  });

  it('drops and names what is not one of the choices, keeping the rest', () => {
    const { query, invalid } = parseStaffProjectQuery(new URLSearchParams('municipio=10&open=everything&publication=published&sort=budget&page=-1'));
    expect(query).toEqual({ publication: 'published', sort: 'title', page: 1 });
    expect(invalid.sort()).toEqual(['municipio', 'open', 'page', 'sort']);
  });

  it('treats empty fields as not given, as the form sends them', () => {
    expect(parseStaffProjectQuery(new URLSearchParams('q=&municipio=&publication=&open='))).toEqual({ query: { sort: 'title', page: 1 }, invalid: [] });
  });

  it('writes the query back without its defaults', () => {
    expect(staffProjectQueryString({ municipio: 4, page: 1 })).toBe('municipio=4');
    expect(staffProjectQueryString({ q: 'via roma', open: 'none', sort: 'updated', page: 2 })).toBe('q=via+roma&open=none&sort=updated&page=2');
    expect(staffProjectQueryString({ sort: 'title', page: 1 })).toBe('');
    expect(staffProjectQueryString({ page: 1 })).toBe('');
  });
});
