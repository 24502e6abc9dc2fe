/**
 * Demo projects in Municipi 6 and 7, outside the Lorenteggio programme: Barona, San Siro,
 * Baggio, Piazza d'Armi, Parco delle Cave and Quinto Romano. Projects, people and figures are
 * fictional; places are real.
 */
import { step } from './steps.ts';
import { md, ms, upd, type SeedProject } from './types.ts';

export const westProjects: SeedProject[] = [
  {
    slug: 'barona-orti-e-giardino-condiviso',
    nil: 46,
    at: [45.434, 9.154],
    category: 'green',
    status: 'in_use',
    progress: 100,
    contact: 'verde',
    contractor: 'Cooperativa Sociale Il Germoglio',
    budget: [240_000, 240_000],
    start: ['2024-10-07', '2024-10-07'],
    end: ['2025-04-30', '2025-04-30'],
    lastVerifiedAt: '2026-10-15T10:00:00.000Z',
    it: {
      title: 'Barona, orti e giardino condiviso vicino a Cascina Monterobbio',
      summary:
        'Sessanta orti assegnati con un bando pubblico e un giardino curato dalle associazioni del quartiere, con vasche rialzate accessibili.',
      body: md(
        "Un'area verde abbandonata vicino a Cascina Monterobbio è diventata uno spazio di orti e di incontro. Ci sono sessanta orti assegnati con un bando pubblico, alcuni dei quali in vasche rialzate per chi usa la sedia a rotelle o ha difficoltà a chinarsi.",
        "Il giardino condiviso è curato dalle associazioni del quartiere grazie a un patto di collaborazione con il Comune. L'acqua per l'irrigazione arriva da una cisterna che raccoglie la pioggia dai tetti della cascina.",
      ),
    },
    en: {
      title: 'Barona, allotments and a shared garden near Cascina Monterobbio',
      summary:
        'Sixty allotments assigned through a public call and a garden looked after by local associations, with accessible raised beds.',
      body: md(
        'An abandoned green space near Cascina Monterobbio has become a place for growing food and meeting people. There are sixty allotments assigned through a public call, some of them in raised beds for wheelchair users and people who find it hard to bend down.',
        'The shared garden is looked after by local associations under a collaboration agreement with the City. Water for the plants comes from a tank that collects rain from the farmhouse roofs.',
      ),
    },
    funding: [
      { source: 'comune', euros: 160_000 },
      { source: 'private', euros: 80_000, note: "Contributo di una fondazione per l'avvio del giardino condiviso" },
    ],
    milestones: [
      ms(
        {
          it: 'Patto di collaborazione con le associazioni del quartiere',
          en: 'Collaboration agreement signed with local associations',
        },
        '2024-07-31',
        '2024-07-16',
      ),
      ms(step.siteStart, '2024-10-07', '2024-10-07'),
      ms(step.worksEnd, '2025-04-30', '2025-04-11'),
      ms(step.opening, '2025-05-10', '2025-05-10'),
    ],
    updates: [
      upd(
        '2026-10-15',
        [
          'Nuovo bando per gli orti liberi',
          'Sei orti sono di nuovo disponibili. Le domande si presentano entro il 30 novembre; la priorità va a chi abita in Barona.',
        ],
        [
          'New call for vacant allotments',
          'Six allotments are available again. Applications close on 30 November; priority goes to Barona residents.',
        ],
      ),
      upd(
        '2025-05-12',
        [
          'Orti e giardino aperti',
          'Il giardino condiviso è aperto tutti i giorni dalle 8 al tramonto. Chi vuole partecipare alla cura del giardino può contattare le associazioni del patto.',
        ],
        [
          'Allotments and garden open',
          'The shared garden is open every day from 8 am until sunset. Anyone who would like to help look after it can contact the associations in the agreement.',
        ],
      ),
    ],
  },
  {
    slug: 'san-siro-piazzale-selinunte',
    nil: 57,
    at: [45.4685, 9.1425],
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [9.1416, 45.468],
          [9.1434, 45.468],
          [9.1434, 45.469],
          [9.1416, 45.469],
          [9.1416, 45.468],
        ],
      ],
    },
    category: 'public_space',
    status: 'works',
    progress: 55,
    cup: 'B47H22000830001',
    contact: 'periferie',
    contractor: 'Consorzio Stabile Navigli Lavori',
    budget: [2_450_000, 2_450_000],
    start: ['2025-11-03', '2025-11-03'],
    end: ['2026-12-18', '2027-05-28'],
    lastVerifiedAt: '2026-11-25T09:45:00.000Z',
    it: {
      title: 'San Siro, piazzale Selinunte al centro del quartiere',
      summary:
        'Il piazzale al centro del quartiere di case popolari di San Siro diventa una piazza con alberi, ombra, giochi e uno spazio attrezzato per il mercato.',
      body: md(
        'Piazzale Selinunte è il cuore del quartiere di case popolari di San Siro: ci passano ogni giorno famiglie, studenti e chi va al mercato. Oggi è però in gran parte asfaltato, poco ombreggiato e con pochi posti per sedersi.',
        'Il progetto, disegnato con gli abitanti e le scuole del quartiere, porta nella piazza alberi, pergole ombreggianti, sedute, giochi per bambini di diverse età e fontanelle. Uno spazio con prese elettriche e acqua è riservato ai banchi del mercato.',
        'Il mercato resta aperto durante i lavori, che procedono per fasi: la metà nord della piazza è già aperta.',
      ),
    },
    en: {
      title: 'San Siro, Piazzale Selinunte at the heart of the neighbourhood',
      summary:
        'The square at the centre of the San Siro public housing estate gains trees, shade, play equipment and a fitted space for the market.',
      body: md(
        'Piazzale Selinunte is the heart of the San Siro public housing estate: families, students and market-goers pass through it every day. Yet today it is mostly tarmac, with little shade and few places to sit.',
        'Designed with residents and local schools, the project brings trees, shade pergolas, seating, play equipment for children of different ages and drinking fountains to the square. An area with power and water points is set aside for the market stalls.',
        'The market stays open during the works, which proceed in phases: the northern half of the square is already open.',
      ),
    },
    changes: [
      {
        field: 'end',
        from: '2026-12-18',
        to: '2027-05-28',
        on: '2026-09-14',
        reason: {
          it: "Il mercato settimanale non ha potuto spostarsi nell'area provvisoria prevista: i lavori sono stati divisi in più fasi per lasciarlo sempre aperto.",
          en: 'The weekly market could not move to the planned temporary site, so the works were split into more phases to keep it open throughout.',
        },
      },
    ],
    funding: [
      {
        source: 'eu_structural',
        line: 'PN Metro Plus 2021-2027',
        euros: 1_500_000,
        note: 'Fondo europeo di sviluppo regionale (FESR)',
      },
      { source: 'comune', euros: 950_000 },
    ],
    milestones: [
      ms(
        { it: 'Laboratori con gli abitanti e le scuole', en: 'Workshops with residents and schools' },
        '2024-11-29',
        '2024-12-06',
      ),
      ms(step.finalDesign, '2025-06-30', '2025-06-24'),
      ms(step.award, '2025-09-30', '2025-10-01'),
      ms(step.siteStart, '2025-11-03', '2025-11-03'),
      ms({ it: 'Metà nord della piazza aperta', en: 'Northern half of the square open' }, '2026-09-30', '2026-11-16'),
      ms(step.worksEnd, '2027-05-28'),
    ],
    updates: [
      upd(
        '2026-11-16',
        [
          'Aperta la metà nord della piazza',
          'Da oggi si possono usare i giochi, le panchine e le prime pergole. Il mercato si sposta nella parte nuova mentre i lavori passano alla metà sud.',
        ],
        [
          'Northern half of the square open',
          'From today, the play area, benches and the first pergolas can be used. The market moves into the new section while work shifts to the southern half.',
        ],
      ),
      upd(
        '2026-09-15',
        [
          'Lavori in più fasi per tenere aperto il mercato',
          "L'area provvisoria pensata per il mercato non è risultata adatta. Per non fermarlo, i lavori si fanno in più fasi e la fine slitta a maggio 2027.",
        ],
        [
          'Works in more phases to keep the market open',
          'The temporary site planned for the market turned out to be unsuitable. To keep it running, the works are being done in more phases and completion moves to May 2027.',
        ],
      ),
    ],
    media: [
      {
        file: '/images/demo/placeholder-before.svg',
        phase: 'before',
        alt: {
          it: 'Piazzale Selinunte prima dei lavori: asfalto, poche panchine e nessuna ombra',
          en: 'Piazzale Selinunte before the works: tarmac, few benches and no shade',
        },
        takenOn: '2025-06-12',
      },
      {
        file: '/images/demo/placeholder-during.svg',
        phase: 'during',
        alt: {
          it: 'Il cantiere nella metà sud della piazza, con le nuove pergole già montate sul lato nord',
          en: 'The site in the southern half of the square, with the new pergolas already up on the north side',
        },
        caption: { it: 'Novembre 2026, seconda fase dei lavori.', en: 'November 2026, second phase of the works.' },
        takenOn: '2026-11-16',
      },
    ],
  },
  {
    slug: 'san-siro-portinerie-sociali',
    nil: 57,
    at: [45.471, 9.1385],
    category: 'social_services',
    status: 'in_use',
    progress: 100,
    contact: 'welfare',
    contractor: 'Impresa Edile F.lli Ronchi S.p.A.',
    budget: [520_000, 520_000],
    start: ['2024-06-03', '2024-06-03'],
    end: ['2025-01-31', '2025-01-31'],
    lastVerifiedAt: '2026-11-02T11:30:00.000Z',
    it: {
      title: 'San Siro, tre portinerie sociali',
      summary:
        'Tre locali sfitti al piano terra sono diventati portinerie sociali: sportelli aperti sei giorni su sette per gli abitanti delle case popolari.',
      body: md(
        'Nel quartiere di case popolari di San Siro molti locali al piano terra erano vuoti da anni. Tre di questi sono stati ristrutturati e trasformati in portinerie sociali, gestite da cooperative con operatori del quartiere.',
        'Alle portinerie ci si può rivolgere per segnalare guasti, ricevere aiuto con le pratiche per la casa e con i servizi online, ritirare i pacchi e trovare informazioni sui corsi di italiano e sulle attività per ragazzi. Sono aperte dal lunedì al sabato.',
      ),
    },
    en: {
      title: 'San Siro, three social concierge desks',
      summary:
        'Three empty ground-floor units have become social concierge desks, open six days a week for public housing residents.',
      body: md(
        'Many ground-floor units on the San Siro public housing estate had been empty for years. Three of them have been renovated and turned into social concierge desks, run by cooperatives with staff from the neighbourhood.',
        'Residents can go there to report repairs, get help with housing paperwork and online services, pick up parcels and find out about Italian classes and activities for young people. They are open from Monday to Saturday.',
      ),
    },
    funding: [
      { source: 'comune', euros: 320_000 },
      { source: 'regione', euros: 200_000, note: 'Fondo regionale per i servizi abitativi sociali' },
    ],
    milestones: [
      ms(
        { it: 'Scelta dei locali sfitti al piano terra', en: 'Empty ground-floor units selected' },
        '2024-02-29',
        '2024-03-15',
      ),
      ms(step.siteStart, '2024-06-03', '2024-06-03'),
      ms(step.worksEnd, '2025-01-31', '2025-01-24'),
      ms({ it: 'Apertura delle tre portinerie', en: 'All three desks open' }, '2025-02-17', '2025-02-17'),
    ],
    updates: [
      upd(
        '2026-02-20',
        [
          'Un anno di portinerie',
          'Nel primo anno le tre portinerie hanno ricevuto più di tremila richieste, soprattutto segnalazioni di guasti e aiuto con le pratiche online.',
        ],
        [
          'One year of concierge desks',
          'In their first year, the three desks handled more than three thousand requests, mostly repair reports and help with online forms.',
        ],
      ),
      upd(
        '2025-02-17',
        [
          'Aperte le portinerie sociali',
          'Da oggi le tre portinerie sono aperte dal lunedì al sabato, dalle 9 alle 13 e dalle 15 alle 18.',
        ],
        [
          'Social concierge desks open',
          'From today the three desks are open Monday to Saturday, 9 am to 1 pm and 3 pm to 6 pm.',
        ],
      ),
    ],
  },
  {
    slug: 'baggio-biblioteca-ampliamento',
    nil: 55,
    at: [45.462, 9.089],
    category: 'library_culture',
    status: 'design',
    progress: 15,
    publication: 'in_review',
    contact: 'cultura',
    budget: [3_100_000, 3_100_000],
    start: ['2027-10-04', '2027-10-04'],
    end: ['2029-03-30', '2029-03-30'],
    lastVerifiedAt: '2026-11-26T16:40:00.000Z',
    it: {
      title: 'Biblioteca di Baggio, una nuova ala',
      summary:
        'La biblioteca di via Pistoia raddoppia: una sala studio più grande, un laboratorio per ragazzi, un piccolo auditorium e un giardino di lettura.',
      body: md(
        "La biblioteca di Baggio è molto frequentata, ma la sala studio è spesso piena e mancano spazi per le attività con le scuole e per gli incontri serali. Il progetto prevede una nuova ala accanto all'edificio esistente.",
        'La nuova ala ospiterà una sala studio da ottanta posti, un laboratorio per ragazzi con stampanti 3D e strumenti digitali, un piccolo auditorium per presentazioni e spettacoli e un giardino di lettura.',
      ),
    },
    en: {
      title: 'Baggio Library, a new wing',
      summary:
        'The library in Via Pistoia doubles in size: a bigger study room, a makerspace for young people, a small auditorium and a reading garden.',
      body: md(
        'Baggio Library is very busy, but its study room is often full and there is no space for school activities or evening events. The project plans a new wing next to the existing building.',
        'The new wing will house an eighty-seat study room, a makerspace for young people with 3D printers and digital tools, a small auditorium for talks and performances, and a reading garden.',
      ),
    },
    funding: [
      { source: 'comune', euros: 2_100_000 },
      { source: 'regione', euros: 1_000_000 },
    ],
    milestones: [
      ms(step.feasibility, '2026-09-30', '2026-10-21'),
      ms(step.finalDesign, '2027-05-31'),
      ms(step.award, '2027-09-15'),
    ],
  },
  {
    slug: 'piazza-d-armi-bosco-urbano-primo-lotto',
    nil: 56,
    at: [45.462, 9.125],
    category: 'green',
    status: 'not_started',
    progress: 0,
    cup: 'B46F24000120001',
    contact: 'verde',
    budget: [4_500_000, 4_500_000],
    start: ['2027-10-01', '2027-10-01'],
    end: ['2029-06-29', '2029-06-29'],
    lastVerifiedAt: '2026-08-10T09:00:00.000Z',
    it: {
      title: "Piazza d'Armi, primo lotto del bosco urbano",
      summary:
        "I primi dodici ettari dell'ex piazza d'armi diventano un parco pubblico che conserva i prati e il bosco cresciuti spontaneamente in decenni di abbandono.",
      body: md(
        "L'ex piazza d'armi di Baggio è una grande area verde chiusa al pubblico da anni, dove prati e boschi sono cresciuti spontaneamente. Residenti e associazioni chiedono da tempo di poterla frequentare.",
        'Il primo lotto apre dodici ettari con sentieri, accessi dalle vie vicine, aree di sosta e illuminazione solo sui percorsi principali. Il bosco spontaneo e i prati vengono conservati: si interviene il meno possibile, togliendo le specie invasive e mettendo in sicurezza gli alberi.',
      ),
    },
    en: {
      title: "Piazza d'Armi, first phase of the urban woodland",
      summary:
        'The first twelve hectares of the former parade ground become a public park that keeps the meadows and woods that grew wild over decades.',
      body: md(
        "The former parade ground (Piazza d'Armi) near Baggio is a large green area that has been closed to the public for years, where meadows and woodland have grown wild. Residents and associations have long asked to be able to use it.",
        'The first phase opens twelve hectares with paths, entrances from the surrounding streets, rest areas and lighting on the main paths only. The wild woodland and meadows are kept: work is kept to a minimum, removing invasive species and making trees safe.',
      ),
    },
    funding: [
      { source: 'comune', euros: 3_000_000 },
      { source: 'regione', euros: 1_500_000 },
    ],
    milestones: [
      ms(
        {
          it: "Accordo con la proprietà per l'uso pubblico dell'area",
          en: 'Agreement with the owner for public use of the area',
        },
        '2026-06-30',
        '2026-07-22',
      ),
      ms(step.feasibility, '2027-02-26'),
      ms(step.finalDesign, '2027-06-30'),
      ms(step.siteStart, '2027-10-01'),
    ],
    updates: [
      upd(
        '2026-07-22',
        [
          "Firmato l'accordo per aprire l'area",
          "Il Comune e la proprietà hanno firmato l'accordo che permette l'uso pubblico dei primi dodici ettari. Ora comincia la progettazione, che coinvolgerà residenti e associazioni.",
        ],
        [
          'Agreement signed to open the area',
          'The City and the owner have signed the agreement allowing public use of the first twelve hectares. Design now begins and will involve residents and associations.',
        ],
      ),
    ],
  },
  {
    slug: 'parco-delle-cave-sponde-e-sentieri',
    nil: 88,
    at: [45.467, 9.1],
    category: 'green',
    status: 'completed',
    progress: 100,
    contact: 'verde',
    contractor: 'Cooperativa Sociale Il Germoglio',
    budget: [690_000, 690_000],
    start: ['2025-09-01', '2025-09-01'],
    end: ['2026-05-29', '2026-10-30'],
    lastVerifiedAt: '2026-11-04T10:15:00.000Z',
    it: {
      title: 'Parco delle Cave, sponde consolidate e sentieri ad anello',
      summary:
        'Sponde dei laghetti consolidate, un pontile in legno per osservare gli uccelli e un sentiero ad anello percorribile anche in sedia a rotelle.',
      body: md(
        "Le sponde di uno dei laghetti del Parco delle Cave stavano franando in più punti, rendendo pericolosi alcuni sentieri. L'intervento le ha consolidate con tecniche di ingegneria naturalistica, usando legname e piante al posto del cemento.",
        'È stato costruito un pontile in legno da cui osservare gli uccelli acquatici, ed è stato tracciato un sentiero ad anello di circa due chilometri con fondo compatto, percorribile anche in sedia a rotelle e con il passeggino.',
      ),
    },
    en: {
      title: 'Parco delle Cave, stronger banks and a circular path',
      summary:
        'Reinforced lake banks, a wooden jetty for birdwatching and a circular path that can be used in a wheelchair.',
      body: md(
        'The banks of one of the lakes in Parco delle Cave were collapsing in several places, making some paths dangerous. The project has reinforced them using nature-based engineering, with timber and plants instead of concrete.',
        'A wooden jetty has been built for watching waterbirds, and a circular path of about two kilometres with a firm surface has been laid out, suitable for wheelchairs and pushchairs.',
      ),
    },
    changes: [
      {
        field: 'end',
        from: '2026-05-29',
        to: '2026-10-30',
        on: '2026-03-24',
        reason: {
          it: "Primavera molto piovosa: i lavori sulle sponde si possono fare solo con il terreno asciutto e il livello dell'acqua basso.",
          en: 'A very wet spring: work on the banks can only be done when the ground is dry and the water level is low.',
        },
      },
    ],
    funding: [
      { source: 'comune', euros: 490_000 },
      { source: 'regione', euros: 200_000, note: 'Programma regionale per la biodiversità' },
    ],
    milestones: [
      ms(step.siteStart, '2025-09-01', '2025-09-01'),
      ms({ it: 'Sponde consolidate', en: 'Banks reinforced' }, '2026-04-30', '2026-09-25'),
      ms(step.worksEnd, '2026-05-29', '2026-10-30'),
      ms({ it: 'Riapertura del pontile e del sentiero ad anello', en: 'Jetty and circular path reopen' }, '2026-12-05'),
    ],
    updates: [
      upd(
        '2026-10-30',
        [
          'Lavori finiti, riapertura a dicembre',
          'Il cantiere è chiuso. Il pontile e il sentiero riapriranno a inizio dicembre, dopo le ultime verifiche di sicurezza.',
        ],
        [
          'Works finished, reopening in December',
          'The site has closed. The jetty and the path will reopen in early December, after the final safety checks.',
        ],
      ),
      upd(
        '2026-03-25',
        [
          'Pioggia: lavori sulle sponde rinviati',
          "Con il terreno saturo d'acqua non è possibile lavorare sulle sponde senza danneggiarle. Riprenderemo in estate.",
        ],
        [
          'Rain: bank works postponed',
          'With the ground waterlogged, work on the banks cannot go ahead without damaging them. We will resume in the summer.',
        ],
      ),
    ],
  },
  {
    slug: 'quinto-romano-scuola-dell-infanzia',
    nil: 62,
    at: [45.4795, 9.0875],
    category: 'school',
    status: 'in_use',
    progress: 100,
    cup: 'B42G22000050006',
    contact: 'scuole',
    contractor: 'Adda Costruzioni Generali S.p.A.',
    budget: [2_300_000, 2_480_000],
    start: ['2023-11-06', '2023-11-06'],
    end: ['2025-06-30', '2025-08-29'],
    lastVerifiedAt: '2026-09-18T09:00:00.000Z',
    it: {
      title: "Quinto Romano, una nuova scuola dell'infanzia",
      summary:
        'Cinque sezioni per centoventicinque bambini in un edificio in legno a consumo quasi zero, con un grande giardino.',
      body: md(
        "La nuova scuola dell'infanzia di Quinto Romano ha cinque sezioni per centoventicinque bambini, una mensa con cucina interna, uno spazio per il riposo e un grande giardino con orto e giochi.",
        "L'edificio ha una struttura in legno, pannelli solari e ventilazione meccanica, e consuma pochissima energia. La costruzione è stata finanziata in gran parte dal PNRR, con il piano per asili nido e scuole dell'infanzia.",
      ),
    },
    en: {
      title: 'Quinto Romano, a new nursery school',
      summary:
        'Five classes for a hundred and twenty-five children in a near-zero-energy timber building with a large garden.',
      body: md(
        "Quinto Romano's new nursery school has five classes for a hundred and twenty-five children, a canteen with its own kitchen, a nap room and a large garden with a vegetable patch and play equipment.",
        'The building has a timber structure, solar panels and mechanical ventilation, and uses very little energy. Construction was funded mostly by the PNRR, through the plan for nurseries and nursery schools.',
      ),
    },
    changes: [
      {
        field: 'budget',
        from: 2_300_000,
        to: 2_480_000,
        on: '2024-06-18',
        reason: {
          it: 'Il terreno di fondazione era più cedevole del previsto e ha dovuto essere consolidato.',
          en: 'The ground under the foundations was softer than expected and had to be strengthened.',
        },
      },
      {
        field: 'end',
        from: '2025-06-30',
        to: '2025-08-29',
        on: '2024-06-18',
        reason: {
          it: 'Due mesi per il consolidamento del terreno; la scuola ha comunque aperto a settembre 2025, come previsto.',
          en: 'Two months to strengthen the ground; the school still opened in September 2025 as planned.',
        },
      },
    ],
    funding: [
      { source: 'pnrr', line: 'M4C1 1.1', euros: 2_100_000, note: "Piano per asili nido e scuole dell'infanzia" },
      { source: 'comune', euros: 380_000, note: 'Consolidamento del terreno e arredi' },
    ],
    milestones: [
      ms(step.award, '2023-09-29', '2023-10-04'),
      ms(step.siteStart, '2023-11-06', '2023-11-06'),
      ms(step.worksEnd, '2025-06-30', '2025-08-29'),
      ms(
        { it: 'Primo giorno di scuola nel nuovo edificio', en: 'First school day in the new building' },
        '2025-09-08',
        '2025-09-08',
      ),
    ],
    updates: [
      upd(
        '2025-09-08',
        [
          'Primo giorno nella nuova scuola',
          'Oggi i bambini sono entrati per la prima volta nella nuova scuola. Sabato 20 settembre le famiglie del quartiere sono invitate a visitarla.',
        ],
        [
          'First day at the new school',
          'Today the children walked into their new school for the first time. Local families are invited to visit it on Saturday 20 September.',
        ],
      ),
    ],
  },
];
