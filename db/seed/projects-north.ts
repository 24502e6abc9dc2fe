/**
 * Demo projects in Municipi 8 and 9, outside the Piano Quartieri programme: Gallaratese, Trenno,
 * Cascina Merlata, Niguarda, Bovisa, Comasina, Affori, Bruzzano and Bovisasca. Projects, people
 * and figures are fictional; places are real.
 */
import { step } from './steps.ts';
import { md, ms, upd, type SeedProject } from './types.ts';

export const northProjects: SeedProject[] = [
  {
    slug: 'gallaratese-centro-sportivo',
    nil: 65,
    at: [45.4995, 9.11],
    category: 'sport',
    status: 'works',
    progress: 74,
    contact: 'sport',
    contractor: 'Brambilla & Figli Costruzioni S.r.l.',
    budget: [1_750_000, 1_750_000],
    start: ['2025-05-05', '2025-05-05'],
    end: ['2026-12-23', '2026-12-23'],
    lastVerifiedAt: '2026-11-16T11:20:00.000Z',
    it: {
      title: 'Gallaratese, centro sportivo rinnovato',
      summary:
        'Pista di atletica rifatta, spogliatoi nuovi e accessibili, tribuna coperta con pannelli solari per il centro sportivo comunale del Gallaratese.',
      body: md(
        'Il centro sportivo comunale del Gallaratese è usato ogni giorno da società sportive, scuole e persone che vanno a correre. La pista di atletica era consumata e gli spogliatoi, degli anni Ottanta, non erano accessibili.',
        "Il progetto rifà la pista, costruisce spogliatoi nuovi pensati anche per gli atleti con disabilità e copre la tribuna con una pensilina su cui sono installati pannelli solari, che producono buona parte dell'energia del centro.",
        'Il centro resta aperto durante i lavori, con orari ridotti per la pista.',
      ),
    },
    en: {
      title: 'Gallaratese, a renovated sports centre',
      summary:
        'A resurfaced running track, new accessible changing rooms and a covered stand with solar panels at the Gallaratese municipal sports centre.',
      body: md(
        'The Gallaratese municipal sports centre is used every day by sports clubs, schools and runners. The running track was worn out and the 1980s changing rooms were not accessible.',
        "The project resurfaces the track, builds new changing rooms designed for disabled athletes too, and covers the stand with a canopy carrying solar panels that produce much of the centre's electricity.",
        'The centre stays open during the works, with shorter opening hours for the track.',
      ),
    },
    funding: [
      { source: 'comune', euros: 1_250_000 },
      { source: 'regione', euros: 500_000, note: "Bando regionale per l'impiantistica sportiva" },
    ],
    milestones: [
      ms(step.award, '2025-03-28', '2025-03-25'),
      ms(step.siteStart, '2025-05-05', '2025-05-05'),
      ms({ it: 'Spogliatoi nuovi in funzione', en: 'New changing rooms in use' }, '2026-06-30', '2026-06-19'),
      ms({ it: 'Tribuna coperta e pannelli solari', en: 'Covered stand and solar panels' }, '2026-10-30', '2026-11-13'),
      ms(step.worksEnd, '2026-12-23'),
    ],
    updates: [
      upd(
        '2026-11-13',
        [
          'Montata la copertura della tribuna',
          'La pensilina con i pannelli solari è montata. A dicembre si rifà lo strato finale della pista: per due settimane sarà chiusa.',
        ],
        [
          'Stand canopy in place',
          'The canopy with the solar panels is in place. In December the top layer of the track will be relaid, closing it for two weeks.',
        ],
      ),
      upd(
        '2026-06-19',
        [
          'Aperti i nuovi spogliatoi',
          "Le società sportive possono usare i nuovi spogliatoi da lunedì 22 giugno. I vecchi saranno demoliti durante l'estate.",
        ],
        [
          'New changing rooms open',
          'Sports clubs can use the new changing rooms from Monday 22 June. The old ones will be demolished over the summer.',
        ],
      ),
    ],
  },
  {
    slug: 'trenno-borgo-strade-e-piazzetta',
    nil: 64,
    at: [45.493, 9.1015],
    category: 'public_space',
    status: 'completed',
    progress: 100,
    contact: 'opere',
    contractor: 'Seveso Strade S.r.l.',
    budget: [640_000, 640_000],
    start: ['2025-09-08', '2025-09-08'],
    end: ['2026-03-31', '2026-03-31'],
    lastVerifiedAt: '2026-05-20T11:00:00.000Z',
    it: {
      title: 'Trenno, strade e piazzetta del borgo',
      summary:
        "Nel nucleo storico di Trenno ripristinato l'acciottolato, strade a precedenza pedonale e nuova illuminazione intorno alla piazzetta della chiesa.",
      body: md(
        "Il nucleo storico di Trenno ha conservato le strade strette e le corti del vecchio borgo agricolo, ma l'acciottolato era sconnesso e le auto parcheggiavano ovunque.",
        "I lavori hanno ripristinato l'acciottolato con i ciottoli originali dove possibile, creato strade a precedenza pedonale con velocità massima di 10 km/h e rinnovato l'illuminazione. La piazzetta davanti alla chiesa ha nuove panchine e rastrelliere per le biciclette.",
      ),
    },
    en: {
      title: 'Trenno, village streets and square',
      summary:
        'In the historic core of Trenno, the cobbles have been restored, streets given pedestrian priority and the lighting renewed around the church square.',
      body: md(
        'The historic core of Trenno has kept the narrow streets and courtyards of the old farming village, but the cobbles were uneven and cars parked everywhere.',
        'The works restored the cobbled paving, reusing the original stones where possible, created pedestrian-priority streets with a 10 km/h limit and renewed the lighting. The small square in front of the church has new benches and bike racks.',
      ),
    },
    funding: [{ source: 'comune', euros: 640_000 }],
    milestones: [
      ms(step.siteStart, '2025-09-08', '2025-09-08'),
      ms(step.worksEnd, '2026-03-31', '2026-03-27'),
      ms(step.inspection, '2026-06-30'),
    ],
    updates: [
      upd(
        '2026-03-27',
        [
          'Lavori finiti nel borgo',
          'Le strade del borgo sono di nuovo tutte percorribili. Per le auto dei residenti valgono i nuovi permessi di accesso rilasciati dal Municipio 8.',
        ],
        [
          'Works finished in the village',
          "All the village streets are open again. Residents' cars need the new access permits issued by Municipio 8.",
        ],
      ),
    ],
  },
  {
    slug: 'cascina-merlata-passerella-ciclopedonale',
    nil: 73,
    at: [45.518, 9.106],
    geometry: {
      type: 'LineString',
      coordinates: [
        [9.1048, 45.5192],
        [9.106, 45.518],
        [9.1071, 45.5167],
      ],
    },
    category: 'mobility',
    status: 'works',
    progress: 82,
    contact: 'mobilita',
    contractor: 'Ticino Infrastrutture S.r.l.',
    budget: [2_800_000, 2_800_000],
    start: ['2025-04-01', '2025-04-01'],
    end: ['2026-12-11', '2026-12-11'],
    lastVerifiedAt: '2026-11-24T08:40:00.000Z',
    it: {
      title: 'Cascina Merlata, passerella per pedoni e biciclette',
      summary:
        'Una passerella in acciaio scavalca la ferrovia e collega il nuovo quartiere di Cascina Merlata con i quartieri a sud, a piedi e in bicicletta.',
      body: md(
        'Il quartiere di Cascina Merlata è cresciuto rapidamente, ma per raggiungere a piedi o in bicicletta i quartieri a sud bisogna fare un lungo giro su strade trafficate. La passerella, lunga circa centocinquanta metri, scavalca la ferrovia con rampe a bassa pendenza e ascensori.',
        "L'opera è realizzata e pagata dall'operatore privato di Cascina Merlata, in cambio di una riduzione degli oneri di urbanizzazione dovuti al Comune. Il Comune ha approvato il progetto e ne controlla l'esecuzione.",
      ),
    },
    en: {
      title: 'Cascina Merlata, a footbridge for walking and cycling',
      summary:
        'A steel footbridge crosses the railway and links the new Cascina Merlata district with the neighbourhoods to the south on foot and by bike.',
      body: md(
        'Cascina Merlata has grown fast, but walking or cycling to the neighbourhoods to the south means a long detour along busy roads. The footbridge, about a hundred and fifty metres long, crosses the railway with gently sloping ramps and lifts.',
        'The bridge is built and paid for by the Cascina Merlata developer, in exchange for a reduction in the development charges owed to the City. The City approved the design and oversees the work.',
      ),
    },
    funding: [
      {
        source: 'private',
        euros: 2_800_000,
        note: 'Opera a scomputo degli oneri di urbanizzazione (convenzione urbanistica di Cascina Merlata)',
      },
    ],
    milestones: [
      ms(
        { it: 'Approvazione del progetto esecutivo da parte del Comune', en: 'Detailed design approved by the City' },
        '2024-12-20',
        '2025-01-17',
      ),
      ms(step.siteStart, '2025-04-01', '2025-04-01'),
      ms({ it: "Posa dell'impalcato in acciaio", en: 'Steel deck lifted into place' }, '2026-07-31', '2026-07-26'),
      ms(step.worksEnd, '2026-12-11'),
    ],
    updates: [
      upd(
        '2026-07-28',
        [
          'La passerella è al suo posto',
          "Nella notte tra il 25 e il 26 luglio due gru hanno posato l'impalcato in acciaio sopra i binari. Ora si lavora a rampe, ascensori e finiture.",
        ],
        [
          'The footbridge is in place',
          'On the night of 25–26 July, two cranes lifted the steel deck over the tracks. Work now continues on the ramps, lifts and finishes.',
        ],
      ),
    ],
  },
  {
    slug: 'niguarda-via-ornato-marciapiedi-e-zona-30',
    nil: 14,
    at: [45.518, 9.192],
    category: 'public_space',
    status: 'works',
    progress: 42,
    cup: 'B47H24000290001',
    contact: 'opere',
    contractor: 'Brianza Asfalti S.r.l.',
    budget: [1_400_000, 1_400_000],
    start: ['2026-05-04', '2026-05-04'],
    end: ['2027-04-30', '2027-04-30'],
    lastVerifiedAt: '2026-11-06T14:30:00.000Z',
    it: {
      title: 'Niguarda, via Ornato più sicura per chi cammina',
      summary:
        'Marciapiedi allargati, zona 30, attraversamenti rialzati vicino alle scuole e nuovi alberi lungo la via principale del vecchio Niguarda.',
      body: md(
        'Via Ornato è la strada principale del vecchio Niguarda, con negozi, scuole e fermate dei mezzi pubblici, ma i marciapiedi sono stretti e in alcuni tratti quasi inesistenti.',
        'Il progetto allarga i marciapiedi, porta il limite a 30 km/h, rialza gli attraversamenti vicino alle scuole e pianta nuovi alberi dove lo spazio lo permette. I lavori procedono per tratti e la strada resta sempre aperta al traffico in un senso.',
      ),
    },
    en: {
      title: 'Niguarda, a safer Via Ornato for pedestrians',
      summary:
        'Wider pavements, a 30 km/h limit, raised crossings near schools and new trees along the main street of old Niguarda.',
      body: md(
        'Via Ornato is the main street of old Niguarda, with shops, schools and public transport stops, yet its pavements are narrow and almost non-existent in places.',
        'The project widens the pavements, sets a 30 km/h limit, raises the crossings near schools and plants new trees where there is room. The works move along in sections, and the street stays open to one-way traffic throughout.',
      ),
    },
    funding: [{ source: 'comune', euros: 1_400_000 }],
    milestones: [
      ms(step.award, '2026-03-20', '2026-03-18'),
      ms(step.siteStart, '2026-05-04', '2026-05-04'),
      ms({ it: 'Primo tratto completato', en: 'First section completed' }, '2026-10-30', '2026-10-30'),
      ms(step.worksEnd, '2027-04-30'),
    ],
    updates: [
      upd(
        '2026-10-30',
        [
          'Completato il primo tratto',
          'Il primo tratto di via Ornato, con i nuovi marciapiedi e due attraversamenti rialzati davanti alla scuola, è finito. Da novembre il cantiere si sposta verso nord.',
        ],
        [
          'First section completed',
          'The first section of Via Ornato, with new pavements and two raised crossings outside the school, is finished. From November the site moves north.',
        ],
      ),
    ],
  },
  {
    slug: 'bovisa-goccia-bosco-e-bonifica',
    nil: 77,
    at: [45.507, 9.158],
    category: 'green',
    status: 'design',
    progress: 15,
    cup: 'B46F23000810001',
    contact: 'verde',
    budget: [18_000_000, 21_500_000],
    start: ['2027-03-01', '2027-09-01'],
    end: ['2030-06-28', '2030-12-20'],
    lastVerifiedAt: '2026-11-10T10:00:00.000Z',
    it: {
      title: 'Bovisa, il bosco della Goccia',
      summary:
        "Bonifica dei terreni dell'ex officina del gas e apertura al pubblico del bosco cresciuto spontaneamente intorno ai gasometri, in un grande parco accanto al campus universitario.",
      body: md(
        "La Goccia è l'area dell'ex officina del gas della Bovisa, chiusa da decenni. Intorno ai gasometri è cresciuto spontaneamente un bosco che residenti e associazioni chiedono da anni di tutelare e di aprire al pubblico.",
        "Prima di aprire l'area bisogna bonificare i terreni contaminati dalle vecchie lavorazioni. Il progetto punta a farlo salvando il più possibile il bosco esistente e a creare un grande parco pubblico collegato al campus del Politecnico.",
        'Le analisi del sottosuolo del 2026 hanno trovato una contaminazione più estesa del previsto: costi e tempi sono stati aggiornati di conseguenza.',
      ),
    },
    en: {
      title: 'Bovisa, the Goccia woodland',
      summary:
        'Cleaning up the soil of the former gasworks and opening up the woodland that grew wild around the gasholders as a large park next to the university campus.',
      body: md(
        "The Goccia is the site of Bovisa's former gasworks, closed for decades. A woodland has grown wild around the gasholders, and residents and associations have long asked for it to be protected and opened to the public.",
        'Before the area can open, soil contaminated by the old gas production has to be cleaned up. The project aims to do this while saving as much of the existing woodland as possible, and to create a large public park linked to the Politecnico campus.',
        'Ground surveys in 2026 found more extensive contamination than expected, and costs and timings have been updated accordingly.',
      ),
    },
    changes: [
      {
        field: 'budget',
        from: 18_000_000,
        to: 21_500_000,
        on: '2026-05-26',
        reason: {
          it: 'Le nuove analisi del sottosuolo hanno trovato una contaminazione più estesa dove sorgevano gli impianti del gas: serve una bonifica più profonda.',
          en: 'New ground surveys found more extensive contamination where the gas plant stood, so a deeper clean-up is needed.',
        },
      },
      {
        field: 'start',
        from: '2027-03-01',
        to: '2027-09-01',
        on: '2026-05-26',
        reason: {
          it: 'Tempo per aggiornare il progetto di bonifica e ottenere di nuovo le autorizzazioni.',
          en: 'Time to update the clean-up plan and obtain the permits again.',
        },
      },
      {
        field: 'end',
        from: '2030-06-28',
        to: '2030-12-20',
        on: '2026-05-26',
        reason: {
          it: "Conseguenza del rinvio dell'inizio dei lavori.",
          en: 'Knock-on effect of the later start.',
        },
      },
    ],
    funding: [
      { source: 'comune', euros: 9_500_000 },
      { source: 'regione', euros: 4_000_000, note: 'Accordo di programma per la bonifica delle aree dismesse' },
      {
        source: 'fsc',
        line: 'FSC 2021-2027',
        euros: 8_000_000,
        note: 'Fondo sviluppo e coesione, accordo per la coesione',
      },
    ],
    milestones: [
      ms(step.feasibility, '2025-06-30', '2025-07-10'),
      ms(
        { it: 'Indagini sul sottosuolo (piano di caratterizzazione)', en: 'Ground surveys (site characterisation)' },
        '2026-03-31',
        '2026-04-28',
      ),
      ms({ it: 'Approvazione del progetto di bonifica', en: 'Clean-up plan approved' }, '2027-01-29'),
      ms(step.finalDesign, '2027-05-31'),
    ],
    updates: [
      upd(
        '2026-05-27',
        [
          'Bonifica più estesa del previsto',
          "Le indagini hanno trovato sostanze inquinanti più in profondità di quanto indicato dagli studi precedenti. Il costo stimato sale a 21,5 milioni e l'inizio dei lavori slitta a settembre 2027. Il bosco esistente resta l'elemento centrale del progetto.",
        ],
        [
          'Larger clean-up than expected',
          'Surveys found pollutants deeper underground than earlier studies had shown. The estimated cost rises to €21.5 million and the start of works moves to September 2027. The existing woodland remains at the heart of the project.',
        ],
      ),
    ],
  },
  {
    slug: 'comasina-scuola-mensa-e-cortile',
    nil: 82,
    at: [45.5265, 9.16],
    category: 'school',
    status: 'works',
    progress: 58,
    publishedAt: '2026-05-08T11:00:00.000Z',
    contact: 'scuole',
    contractor: 'Costruzioni Lambro S.r.l.',
    budget: [1_150_000, 1_150_000],
    start: ['2026-06-15', '2026-06-15'],
    end: ['2027-02-26', '2027-02-26'],
    lastVerifiedAt: '2026-11-19T13:00:00.000Z',
    it: {
      title: 'Comasina, nuova mensa e cortile verde alla scuola primaria',
      summary:
        'Cucina e mensa rifatte, più spazio per mangiare con turni più brevi, e un cortile con meno asfalto e più alberi.',
      body: md(
        "Nella scuola primaria della Comasina la mensa era troppo piccola: i bambini mangiavano in tre turni, l'ultimo dei quali dopo le 13:30. La nuova mensa, ricavata ampliando la sala esistente, permette di scendere a due turni.",
        'Il cortile viene in parte depavimentato e piantato con alberi, per offrire ombra durante la ricreazione. I lavori più rumorosi sono stati fatti in estate; il cortile sarà pronto a inizio 2027.',
      ),
    },
    en: {
      title: 'Comasina, a new canteen and green courtyard at the primary school',
      summary:
        'A rebuilt kitchen and canteen with more room to eat and shorter sittings, and a courtyard with less tarmac and more trees.',
      body: md(
        'At the Comasina primary school the canteen was too small: children ate in three sittings, the last after 1.30 pm. The new canteen, made by enlarging the existing room, brings this down to two sittings.',
        'The courtyard is being partly de-paved and planted with trees to give shade at break time. The noisiest work was done in the summer; the courtyard will be ready in early 2027.',
      ),
    },
    funding: [
      { source: 'comune', euros: 850_000 },
      { source: 'regione', euros: 300_000 },
    ],
    milestones: [
      ms(step.award, '2026-05-15', '2026-05-08'),
      ms(step.siteStart, '2026-06-15', '2026-06-15'),
      ms({ it: 'Nuova cucina e mensa in funzione', en: 'New kitchen and canteen in use' }, '2026-09-14', '2026-09-14'),
      ms(step.worksEnd, '2027-02-26'),
    ],
    updates: [
      upd(
        '2026-09-14',
        [
          'La nuova mensa è pronta per il primo giorno di scuola',
          'Da oggi i pasti si servono in due turni nella nuova mensa. Il cantiere prosegue nel cortile, separato dagli spazi usati dai bambini.',
        ],
        [
          'New canteen ready for the first day of school',
          'From today, meals are served in two sittings in the new canteen. Work continues in the courtyard, fenced off from the areas the children use.',
        ],
      ),
    ],
  },
  {
    slug: 'affori-villa-litta-ninfeo-e-giardino',
    nil: 80,
    at: [45.514, 9.174],
    category: 'green',
    status: 'in_use',
    progress: 100,
    cup: 'B46F21000220001',
    contact: 'verde',
    contractor: 'Olona Restauri S.r.l.',
    budget: [860_000, 930_000],
    start: ['2024-09-16', '2024-09-16'],
    end: ['2025-09-30', '2025-09-30'],
    lastVerifiedAt: '2026-10-12T09:00:00.000Z',
    it: {
      title: 'Affori, restauro del ninfeo e del giardino di Villa Litta',
      summary:
        "Restaurati il ninfeo e le sue statue, rifatti i vialetti e l'illuminazione del giardino storico del parco di Villa Litta.",
      body: md(
        'Il parco di Villa Litta è il principale spazio verde di Affori. Il suo ninfeo, con grotte, vasche e statue, era transennato da anni per il rischio di crolli.',
        "Il restauro ha consolidato le strutture, pulito e restaurato le statue e rimesso in funzione le vasche. Nel giardino storico sono stati rifatti i vialetti e l'illuminazione, e sono state piantate nuove siepi secondo il disegno originale.",
      ),
    },
    en: {
      title: 'Affori, restoring the nymphaeum and garden of Villa Litta',
      summary:
        'The nymphaeum and its statues have been restored, and the paths and lighting of the historic garden in Villa Litta park renewed.',
      body: md(
        "Villa Litta park is Affori's main green space. Its nymphaeum, with grottoes, pools and statues, had been fenced off for years because it was at risk of collapse.",
        'The restoration strengthened the structures, cleaned and restored the statues and brought the pools back into use. In the historic garden, the paths and lighting have been renewed and new hedges planted following the original design.',
      ),
    },
    changes: [
      {
        field: 'budget',
        from: 860_000,
        to: 930_000,
        on: '2025-02-05',
        reason: {
          it: 'Dopo la pulitura le statue del ninfeo si sono rivelate più danneggiate del previsto e hanno richiesto un restauro più esteso.',
          en: 'Once cleaned, the nymphaeum statues proved more damaged than expected and needed more extensive restoration.',
        },
      },
    ],
    funding: [
      { source: 'comune', euros: 630_000 },
      { source: 'regione', euros: 300_000, note: 'Bando regionale per i giardini storici' },
    ],
    milestones: [
      ms(step.award, '2024-07-31', '2024-07-30'),
      ms(step.siteStart, '2024-09-16', '2024-09-16'),
      ms(step.worksEnd, '2025-09-30', '2025-09-26'),
      ms(step.opening, '2025-10-11', '2025-10-11'),
    ],
    updates: [
      upd(
        '2025-10-11',
        [
          'Il ninfeo è di nuovo visitabile',
          'Dopo anni di transenne il ninfeo è aperto. Nei fine settimana di ottobre i volontari del parco organizzano visite guidate gratuite.',
        ],
        [
          'The nymphaeum is open again',
          'After years behind barriers, the nymphaeum is open. Park volunteers are running free guided tours at weekends in October.',
        ],
      ),
    ],
  },
  {
    slug: 'bruzzano-attraversamenti-sicuri-davanti-alle-scuole',
    nil: 83,
    at: [45.5295, 9.172],
    category: 'mobility',
    status: 'tendering',
    progress: 15,
    publication: 'in_review',
    contact: 'mobilita',
    budget: [560_000, 560_000],
    start: ['2027-03-01', '2027-03-01'],
    end: ['2027-08-31', '2027-08-31'],
    lastVerifiedAt: '2026-11-27T10:00:00.000Z',
    it: {
      title: 'Bruzzano, attraversamenti sicuri davanti alle scuole',
      summary:
        'Attraversamenti rialzati, marciapiedi più larghi e strade scolastiche chiuse al traffico negli orari di entrata e uscita.',
      body: md(
        'Davanti alle scuole di Bruzzano, negli orari di entrata e di uscita, auto in doppia fila e attraversamenti poco visibili mettono a rischio bambini e genitori.',
        "Il progetto rialza gli attraversamenti, allarga i marciapiedi davanti agli ingressi e crea due strade scolastiche chiuse al traffico per mezz'ora all'inizio e alla fine delle lezioni. Sono previsti anche nuovi posteggi per le biciclette.",
      ),
    },
    en: {
      title: 'Bruzzano, safe crossings outside the schools',
      summary: 'Raised crossings, wider pavements and school streets closed to traffic at drop-off and pick-up times.',
      body: md(
        'Outside the schools in Bruzzano, double-parked cars and poorly visible crossings put children and parents at risk at the start and end of the school day.',
        'The project raises the crossings, widens the pavements outside the entrances and creates two school streets closed to traffic for half an hour at the start and end of lessons. New bike parking is also planned.',
      ),
    },
    funding: [{ source: 'comune', euros: 560_000 }],
    milestones: [
      ms(step.finalDesign, '2026-09-30', '2026-10-02'),
      ms(step.tender, '2026-11-16', '2026-11-20'),
      ms(step.award, '2027-01-29'),
    ],
  },
  {
    slug: 'bovisasca-parcheggio-di-interscambio',
    nil: 81,
    at: [45.517, 9.1565],
    category: 'mobility',
    status: 'cancelled',
    progress: 0,
    publication: 'archived',
    contact: 'mobilita',
    budget: [1_300_000, 0],
    start: ['2025-03-03', '2025-03-03'],
    end: ['2025-12-19', '2025-12-19'],
    lastVerifiedAt: '2024-07-01T09:00:00.000Z',
    it: {
      title: 'Bovisasca, parcheggio di interscambio (annullato)',
      summary:
        "Il parcheggio previsto su un'area verde è stato annullato su richiesta del Municipio 9 e dei residenti; l'area resta a verde.",
      body: md(
        "Il progetto prevedeva un parcheggio di interscambio da duecento posti su un'area verde lungo via Bovisasca, per chi arriva in auto dai comuni vicini e prosegue con i mezzi pubblici. Nelle assemblee pubbliche del 2024 residenti e Municipio 9 hanno chiesto di conservare l'area verde.",
        "Nel giugno 2024 il Comune ha annullato l'intervento e le risorse sono tornate nel bilancio comunale. La scheda è archiviata e resta consultabile per trasparenza.",
      ),
    },
    en: {
      title: 'Bovisasca, park-and-ride car park (cancelled)',
      summary:
        'The car park planned on a green space was cancelled at the request of Municipio 9 and residents; the area stays green.',
      body: md(
        'The plan was for a two-hundred-space park-and-ride car park on a green space along Via Bovisasca, for people driving in from neighbouring towns and continuing by public transport. At public meetings in 2024, residents and Municipio 9 asked for the green space to be kept.',
        'In June 2024 the City cancelled the project and the money returned to the City budget. This page is archived and remains available for transparency.',
      ),
    },
    changes: [
      {
        field: 'status',
        from: 'design',
        to: 'cancelled',
        on: '2024-06-28',
        reason: {
          it: "Il Municipio 9 e i residenti hanno chiesto di conservare l'area verde: il parcheggio non è più previsto.",
          en: 'Municipio 9 and residents asked for the green space to be kept, so the car park is no longer planned.',
        },
      },
      {
        field: 'budget',
        from: 1_300_000,
        to: 0,
        on: '2024-06-28',
        reason: {
          it: "Risorse restituite al bilancio comunale dopo l'annullamento.",
          en: 'Money returned to the City budget after cancellation.',
        },
      },
    ],
    milestones: [
      ms(step.feasibility, '2023-10-31', '2023-11-07'),
      ms(
        { it: 'Assemblea pubblica nel quartiere', en: 'Public meeting in the neighbourhood' },
        '2024-04-30',
        '2024-05-09',
      ),
      ms({ it: "Decisione sull'annullamento", en: 'Decision to cancel' }, '2024-06-28', '2024-06-28'),
    ],
    updates: [
      upd(
        '2024-06-28',
        [
          'Il parcheggio non si farà',
          "Accogliendo la richiesta del Municipio 9 e dei residenti, il Comune ha deciso di non costruire il parcheggio. L'area resta a verde.",
        ],
        [
          'The car park will not be built',
          'Following the request from Municipio 9 and residents, the City has decided not to build the car park. The area stays green.',
        ],
      ),
    ],
  },
];
