/**
 * The DCAT-AP_IT catalogue of our open data (issue #6), as JSON-LD: one dataset of projects
 * with its CSV, GeoJSON and API distributions, one of milestones, and the licence (CC BY 4.0)
 * and publisher (Comune di Milano, IPA code c_f205) that harvesters such as dati.gov.it read.
 * Vocabulary: https://www.dati.gov.it/onto/dcatapit and the EU authority tables.
 */
const CC_BY = 'https://creativecommons.org/licenses/by/4.0/';
const EU = 'http://publications.europa.eu/resource/authority';

export function catalogJsonLd(origin: string, modified: string | null) {
  const publisher = {
    '@id': 'https://www.comune.milano.it',
    '@type': ['foaf:Organization', 'dcatapit:Agent'],
    'foaf:name': 'Comune di Milano',
    'dct:identifier': 'c_f205',
  };
  const licence = {
    '@id': CC_BY,
    '@type': 'dcatapit:LicenseDocument',
    'dct:type': { '@id': 'http://purl.org/adms/licencetype/Attribution' },
    'foaf:name': 'Creative Commons Attribuzione 4.0 Internazionale (CC BY 4.0)',
  };
  const contact = {
    '@id': `${origin}/api/v1/catalog.jsonld#contact`,
    '@type': ['vcard:Organization', 'dcatapit:Organization'],
    'vcard:fn': 'Comune di Milano – Direzione Periferie',
    'vcard:hasEmail': { '@id': 'mailto:periferie@comune.milano.it' },
  };
  const updated = (modified ?? new Date().toISOString()).slice(0, 10);
  const distribution = (id: string, title: string, url: string, format: string, mediaType: string) => ({
    '@id': `${origin}/api/v1/catalog.jsonld#${id}`,
    '@type': 'dcatapit:Distribution',
    'dct:title': title,
    'dcat:accessURL': { '@id': url },
    'dcat:downloadURL': { '@id': url },
    'dct:format': { '@id': `${EU}/file-type/${format}` },
    'dcat:mediaType': mediaType,
    'dct:license': licence,
  });
  const dataset = (id: string, title: string, description: string, keywords: string[], distributions: unknown[]) => ({
    '@id': `${origin}/api/v1/catalog.jsonld#${id}`,
    '@type': 'dcatapit:Dataset',
    'dct:identifier': `c_f205:periferie-${id}`,
    'dct:title': [{ '@value': title, '@language': 'it' }],
    'dct:description': [{ '@value': description, '@language': 'it' }],
    'dcat:keyword': keywords,
    'dcat:theme': [{ '@id': `${EU}/data-theme/GOVE` }, { '@id': `${EU}/data-theme/REGI` }],
    'dct:publisher': publisher,
    'dct:rightsHolder': publisher,
    'dct:modified': { '@value': updated, '@type': 'xsd:date' },
    'dct:accrualPeriodicity': { '@id': `${EU}/frequency/WEEKLY` },
    'dct:language': { '@id': `${EU}/language/ITA` },
    'dct:spatial': { '@id': 'http://www.geonames.org/3173435' },
    'dcat:contactPoint': contact,
    'dcat:landingPage': { '@id': `${origin}/it/open-data` },
    'dct:license': licence,
    'dcat:distribution': distributions,
  });
  return {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      dcatapit: 'http://dati.gov.it/onto/dcatapit#',
      foaf: 'http://xmlns.com/foaf/0.1/',
      vcard: 'http://www.w3.org/2006/vcard/ns#',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
    },
    '@id': `${origin}/api/v1/catalog.jsonld`,
    '@type': 'dcatapit:Catalog',
    'dct:title': 'Periferie Milano – dati aperti',
    'dct:description': 'Progetti di rigenerazione delle periferie del Comune di Milano: stato, costi, finanziamenti, tempi.',
    'dct:publisher': publisher,
    'dct:modified': { '@value': updated, '@type': 'xsd:date' },
    'dct:language': { '@id': `${EU}/language/ITA` },
    'dct:license': licence,
    'foaf:homepage': { '@id': `${origin}/it/` },
    'dcat:dataset': [
      dataset('progetti', 'Progetti di rigenerazione delle periferie', 'Un record per progetto: CUP, titolo, categoria, stato, Municipio e NIL, posizione, importo, fonte di finanziamento, date previste e attuali, avanzamento.', ['periferie', 'rigenerazione urbana', 'opere pubbliche', 'PNRR'], [
        distribution('progetti-csv', 'Progetti (CSV)', `${origin}/api/v1/projects.csv`, 'CSV', 'text/csv'),
        distribution('progetti-geojson', 'Progetti (GeoJSON)', `${origin}/api/v1/projects.geojson?properties=full`, 'GEOJSON', 'application/geo+json'),
        distribution('progetti-api', 'Progetti (API JSON)', `${origin}/api/v1/projects`, 'JSON', 'application/json'),
      ]),
      dataset('tappe', 'Tappe dei progetti', 'Le tappe previste e raggiunte di ogni progetto pubblicato.', ['periferie', 'cronoprogramma'], [
        distribution('tappe-api', 'Tappe (API JSON)', `${origin}/api/v1/milestones`, 'JSON', 'application/json'),
      ]),
    ],
  };
}
