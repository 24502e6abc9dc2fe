/**
 * schema.org JSON-LD for the portal (issue #5, point 6). Builders are pure: pages pass the
 * absolute URLs and localized texts.
 */

/** The City as the site's publisher. */
export function governmentOrganization(siteUrl: string, name: string, owner: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentOrganization',
    '@id': `${siteUrl}#organization`,
    name: owner,
    alternateName: name,
    url: siteUrl,
    logo: new URL('/favicon.svg', siteUrl).href,
    email: 'periferie@comune.milano.it',
    address: {
      '@type': 'PostalAddress',
      streetAddress: 'Piazza della Scala 2',
      postalCode: '20121',
      addressLocality: 'Milano',
      addressCountry: 'IT',
    },
  };
}

/** An investment opportunity: a municipal site or building offered for valorisation. */
export function placeLd(o: {
  url: string;
  name: string;
  description: string;
  address: string;
  lat: number;
  lon: number;
  areaM2: number;
  siteUrl: string;
}) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Place',
    '@id': `${o.url}#place`,
    name: o.name,
    description: o.description,
    url: o.url,
    address: { '@type': 'PostalAddress', streetAddress: o.address, addressLocality: 'Milano', addressCountry: 'IT' },
    geo: { '@type': 'GeoCoordinates', latitude: o.lat, longitude: o.lon },
    additionalProperty: { '@type': 'PropertyValue', name: 'floorSize', value: o.areaM2, unitCode: 'MTK' },
    containedInPlace: { '@type': 'City', name: 'Milano' },
    publisher: { '@id': `${o.siteUrl}#organization` },
  };
}

/** An itinerary: a TouristTrip whose itinerary is the ordered list of stops. */
export function touristTripLd(t: {
  url: string;
  name: string;
  description: string;
  language: string;
  stops: { name: string; description: string; lat: number; lon: number }[];
  siteUrl: string;
}) {
  return {
    '@context': 'https://schema.org',
    '@type': 'TouristTrip',
    '@id': `${t.url}#trip`,
    name: t.name,
    description: t.description,
    url: t.url,
    inLanguage: t.language,
    provider: { '@id': `${t.siteUrl}#organization` },
    itinerary: {
      '@type': 'ItemList',
      numberOfItems: t.stops.length,
      itemListElement: t.stops.map((s, i) => ({
        '@type': 'ListItem',
        position: i + 1,
        item: {
          '@type': 'TouristAttraction',
          name: s.name,
          description: s.description,
          geo: { '@type': 'GeoCoordinates', latitude: s.lat, longitude: s.lon },
        },
      })),
    },
  };
}

/** A story or news item. */
export function articleLd(a: { url: string; headline: string; description: string; published: string; updated?: string; language: string; image: string; siteUrl: string }) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    '@id': `${a.url}#article`,
    headline: a.headline,
    description: a.description,
    url: a.url,
    inLanguage: a.language,
    datePublished: a.published,
    dateModified: a.updated ?? a.published,
    image: a.image,
    author: { '@id': `${a.siteUrl}#organization` },
    publisher: { '@id': `${a.siteUrl}#organization` },
  };
}

/**
 * Serialises for a `<script type="application/ld+json">`: `<` is escaped so no text can close
 * the script element. @example jsonLdScript({ a: '</script>' }) // '{"a":"\\u003c/script>"}'
 */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
