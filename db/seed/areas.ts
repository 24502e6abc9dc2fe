/**
 * The 9 Municipi and the 88 NIL (Nuclei d'Identità Locale, PGT Milano 2030) as facts: number,
 * name, main Municipio and centroid, transcribed from the City's open data (CC BY 4.0,
 * "Comune di Milano"): dataset ds964 for the NIL and the derived lookup
 * nil_municipio_lookup.csv (main Municipio = the one holding most of the NIL's area; centroid =
 * mean of a ~100 m grid of inside points). Boundaries are not here: db/import loads them.
 */

export interface MunicipioSeed {
  id: number;
  name: string;
}

export interface NilSeed {
  id: number;
  name: string;
  slug: string;
  municipioId: number;
  centroidLat: number;
  centroidLon: number;
}

export const municipiSeed: MunicipioSeed[] = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((id) => ({ id, name: `Municipio ${id}` }));

type NilRow = [id: number, name: string, slug: string, municipioId: number, centroidLat: number, centroidLon: number];

// Names as the City writes them in title case ("Q.re" = quartiere, "P.ta" = porta).
const rows: NilRow[] = [
  [1, 'Duomo', 'duomo', 1, 45.46369, 9.18693],
  [2, 'Brera', 'brera', 1, 45.47429, 9.18819],
  [3, 'Giardini P.ta Venezia', 'giardini-pta-venezia', 1, 45.47452, 9.20018],
  [4, 'Guastalla', 'guastalla', 1, 45.46317, 9.20192],
  [5, 'Porta Vigentina - Porta Lodovica', 'porta-vigentina-porta-lodovica', 5, 45.45092, 9.1923],
  [6, 'Porta Ticinese - Conca del Naviglio', 'porta-ticinese-conca-del-naviglio', 5, 45.45046, 9.1813],
  [7, 'Magenta - S. Vittore', 'magenta-s-vittore', 1, 45.4647, 9.17044],
  [8, 'Parco Sempione', 'parco-sempione', 1, 45.47411, 9.17615],
  [9, 'Porta Garibaldi - Porta Nuova', 'porta-garibaldi-porta-nuova', 9, 45.48352, 9.19071],
  [10, 'Stazione Centrale - Ponte Seveso', 'stazione-centrale-ponte-seveso', 2, 45.48745, 9.20565],
  [11, 'Isola', 'isola', 9, 45.4908, 9.18958],
  [12, 'Maciachini - Maggiolina', 'maciachini-maggiolina', 2, 45.49827, 9.19656],
  [13, 'Greco - Segnano', 'greco-segnano', 2, 45.50347, 9.20965],
  [
    14,
    "Niguarda - Ca' Granda - Prato Centenaro - Q.re Fulvio Testi",
    'niguarda-ca-granda-prato-centenaro-qre-fulvio-testi',
    9,
    45.51675,
    9.19607,
  ],
  [15, 'Bicocca', 'bicocca', 9, 45.51881, 9.21269],
  [16, 'Gorla - Precotto', 'gorla-precotto', 2, 45.5127, 9.22561],
  [17, 'Adriano', 'adriano', 2, 45.51414, 9.24861],
  [18, 'Cimiano - Rottole - Q.re Feltre', 'cimiano-rottole-qre-feltre', 3, 45.49831, 9.25213],
  [19, 'Padova - Turro - Crescenzago', 'padova-turro-crescenzago', 2, 45.50166, 9.23424],
  [20, 'Loreto - Casoretto - NoLo', 'loreto-casoretto-nolo', 2, 45.49097, 9.22229],
  [
    21,
    'Buenos Aires - Porta Venezia - Porta Monforte',
    'buenos-aires-porta-venezia-porta-monforte',
    3,
    45.47699,
    9.21465,
  ],
  [22, 'Città Studi', 'citta-studi', 3, 45.47727, 9.23071],
  [23, 'Lambrate - Ortica', 'lambrate-ortica', 3, 45.47924, 9.24973],
  [24, 'Parco Forlanini - Cavriano', 'parco-forlanini-cavriano', 4, 45.46691, 9.25555],
  [25, 'Corsica', 'corsica', 4, 45.4638, 9.2313],
  [26, 'XXII Marzo', 'xxii-marzo', 4, 45.46178, 9.2144],
  [27, 'P.ta Romana', 'pta-romana', 5, 45.45042, 9.20501],
  [28, 'Umbria - Molise - Calvairate', 'umbria-molise-calvairate', 4, 45.45209, 9.21891],
  [29, 'Ortomercato', 'ortomercato', 4, 45.4535, 9.23019],
  [30, 'Taliedo - Morsenchio - Q.re Forlanini', 'taliedo-morsenchio-qre-forlanini', 4, 45.44898, 9.24741],
  [31, 'Monluè - Ponte Lambro', 'monlue-ponte-lambro', 4, 45.44972, 9.26127],
  [32, 'Triulzo Superiore', 'triulzo-superiore', 4, 45.4278, 9.24903],
  [33, 'Rogoredo - Santa Giulia', 'rogoredo-santa-giulia', 4, 45.43651, 9.24369],
  [34, 'Chiaravalle', 'chiaravalle', 5, 45.4167, 9.23964],
  [35, 'Lodi - Corvetto', 'lodi-corvetto', 4, 45.43644, 9.22838],
  [36, 'Scalo Romana', 'scalo-romana', 5, 45.43889, 9.20925],
  [37, 'Morivione', 'morivione', 5, 45.44081, 9.19375],
  [38, 'Vigentino - Q.re Fatima', 'vigentino-qre-fatima', 5, 45.42952, 9.20177],
  [39, 'Quintosole', 'quintosole', 5, 45.40355, 9.20467],
  [40, 'Ronchetto delle Rane', 'ronchetto-delle-rane', 5, 45.40105, 9.18209],
  [41, 'Gratosoglio - Q.re Missaglia - Q.re Terrazze', 'gratosoglio-qre-missaglia-qre-terrazze', 5, 45.41162, 9.17106],
  [
    42,
    'Stadera - Chiesa Rossa - Q.re Torretta - Conca Fallata',
    'stadera-chiesa-rossa-qre-torretta-conca-fallata',
    5,
    45.42989,
    9.17836,
  ],
  [43, 'Tibaldi', 'tibaldi', 5, 45.44025, 9.18041],
  [44, 'Porta Ticinese - Conchetta', 'porta-ticinese-conchetta', 6, 45.4485, 9.16919],
  [45, 'Moncucco - San Cristoforo', 'moncucco-san-cristoforo', 6, 45.44198, 9.15886],
  [46, 'Barona', 'barona', 6, 45.43238, 9.15631],
  [47, 'Cantalupa', 'cantalupa', 6, 45.42174, 9.15711],
  [
    48,
    'Ronchetto sul Naviglio - Q.re Lodovico il Moro',
    'ronchetto-sul-naviglio-qre-lodovico-il-moro',
    6,
    45.43844,
    9.13723,
  ],
  [49, 'Giambellino', 'giambellino', 6, 45.44706, 9.13693],
  [50, 'Porta Genova', 'porta-genova', 6, 45.45403, 9.16198],
  [51, 'Porta Magenta', 'porta-magenta', 7, 45.46208, 9.15597],
  [52, 'Bande Nere', 'bande-nere', 6, 45.45994, 9.13905],
  [53, 'Lorenteggio', 'lorenteggio', 6, 45.4513, 9.11925],
  [54, 'Muggiano', 'muggiano', 7, 45.45142, 9.07178],
  [55, 'Baggio - Q.re degli Olmi - Q.re Valsesia', 'baggio-qre-degli-olmi-qre-valsesia', 7, 45.45966, 9.08714],
  [56, 'Forze Armate', 'forze-armate', 7, 45.4624, 9.11397],
  [57, 'San Siro', 'san-siro', 7, 45.47123, 9.13841],
  [58, 'De Angeli - Monte Rosa', 'de-angeli-monte-rosa', 7, 45.47493, 9.14834],
  [59, 'Tre Torri', 'tre-torri', 8, 45.4768, 9.1557],
  [60, 'Stadio - Ippodromi', 'stadio-ippodromi', 7, 45.47966, 9.12385],
  [61, 'Quarto Cagnino', 'quarto-cagnino', 7, 45.47379, 9.10798],
  [62, 'Quinto Romano', 'quinto-romano', 7, 45.47933, 9.0876],
  [63, 'Figino', 'figino', 7, 45.49143, 9.07418],
  [64, 'Trenno', 'trenno', 8, 45.49284, 9.10163],
  [
    65,
    'Q.re Gallaratese - Q.re San Leonardo - Lampugnano',
    'qre-gallaratese-qre-san-leonardo-lampugnano',
    8,
    45.49651,
    9.11188,
  ],
  [66, 'QT 8', 'qt-8', 8, 45.4874, 9.13613],
  [67, 'Portello', 'portello', 8, 45.4844, 9.15408],
  [68, 'Pagano', 'pagano', 8, 45.47351, 9.16295],
  [69, 'Sarpi', 'sarpi', 8, 45.48348, 9.17246],
  [70, 'Ghisolfa', 'ghisolfa', 8, 45.49094, 9.16321],
  [71, 'Villapizzone - Cagnola - Boldinasco', 'villapizzone-cagnola-boldinasco', 8, 45.49743, 9.14346],
  [72, 'Maggiore - Musocco - Certosa', 'maggiore-musocco-certosa', 8, 45.50713, 9.11452],
  [73, 'Cascina Merlata', 'cascina-merlata', 8, 45.52018, 9.10277],
  [74, 'Roserio', 'roserio', 8, 45.52022, 9.12265],
  [75, 'Stephenson', 'stephenson', 8, 45.51225, 9.12157],
  [76, 'Quarto Oggiaro - Vialba - Musocco', 'quarto-oggiaro-vialba-musocco', 8, 45.51362, 9.13767],
  [77, 'Bovisa', 'bovisa', 9, 45.50377, 9.16],
  [78, 'Farini', 'farini', 9, 45.49394, 9.17465],
  [79, 'Dergano', 'dergano', 9, 45.5021, 9.1779],
  [80, 'Affori', 'affori', 9, 45.51392, 9.17126],
  [81, 'Bovisasca', 'bovisasca', 9, 45.51739, 9.15668],
  [82, 'Comasina', 'comasina', 9, 45.52647, 9.15986],
  [83, 'Bruzzano', 'bruzzano', 9, 45.52933, 9.17211],
  [84, 'Parco Nord', 'parco-nord', 9, 45.52354, 9.18423],
  [85, 'Parco delle Abbazie', 'parco-delle-abbazie', 5, 45.41168, 9.20555],
  [86, 'Parco dei Navigli', 'parco-dei-navigli', 6, 45.42327, 9.14206],
  [87, 'Assiano', 'assiano', 7, 45.44933, 9.06164],
  [88, 'Parco Bosco in Città', 'parco-bosco-in-citta', 7, 45.4846, 9.08589],
];

export const nilSeed: NilSeed[] = rows.map(([id, name, slug, municipioId, centroidLat, centroidLon]) => ({
  id,
  name,
  slug,
  municipioId,
  centroidLat,
  centroidLon,
}));
