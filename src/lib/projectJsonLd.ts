/**
 * The schema.org description of a project page (issue #6), embedded as JSON-LD so search engines
 * and the City's data hub can read it: the project, its place, its funding as monetary amounts.
 */

export interface ProjectJsonLdInput {
  url: string;
  locale: string;
  title: string;
  summary: string;
  cup: string | null;
  status: string;
  progress: number;
  lat: number;
  lon: number;
  place: { nil: string; municipio: number } | null;
  budgetCents: number | null;
  startDate: string | null;
  endDate: string | null;
  updatedAt: string;
  funding: { source: string; sourceName: string; amountCents: number }[];
}

const money = (cents: number) => ({ '@type': 'MonetaryAmount', currency: 'EUR', value: cents / 100 });

export function projectJsonLd(p: ProjectJsonLdInput) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Project',
    '@id': p.url,
    url: p.url,
    name: p.title,
    description: p.summary,
    inLanguage: p.locale,
    ...(p.cup ? { identifier: { '@type': 'PropertyValue', propertyID: 'CUP', value: p.cup } } : {}),
    parentOrganization: { '@type': 'GovernmentOrganization', name: 'Comune di Milano', url: 'https://www.comune.milano.it' },
    location: {
      '@type': 'Place',
      geo: { '@type': 'GeoCoordinates', latitude: p.lat, longitude: p.lon },
      address: { '@type': 'PostalAddress', addressLocality: 'Milano', addressCountry: 'IT' },
      ...(p.place
        ? { containedInPlace: { '@type': 'AdministrativeArea', name: `${p.place.nil}, Municipio ${p.place.municipio}` } }
        : {}),
    },
    funding: p.funding.map((f) => ({ '@type': 'Grant', name: f.sourceName, identifier: f.source, amount: money(f.amountCents) })),
    additionalProperty: [
      { '@type': 'PropertyValue', name: 'status', value: p.status },
      { '@type': 'PropertyValue', name: 'progress', value: p.progress, unitText: 'percent' },
      ...(p.budgetCents !== null ? [{ '@type': 'PropertyValue', name: 'budget', value: money(p.budgetCents) }] : []),
      ...(p.startDate ? [{ '@type': 'PropertyValue', name: 'startDate', value: p.startDate }] : []),
      ...(p.endDate ? [{ '@type': 'PropertyValue', name: 'endDate', value: p.endDate }] : []),
    ],
    dateModified: p.updatedAt,
    license: 'https://creativecommons.org/licenses/by/4.0/',
  };
}

/**
 * JSON for inside a <script> element: `<` and the JS line separators are escaped, so no text in
 * the data can close the element or break the page.
 * @example jsonForScript({ a: '</script>' }) // '{"a":"\\u003c/script>"}'
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
