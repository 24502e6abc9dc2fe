/**
 * Demo projects in Municipi 4 and 5: Corvetto, Rogoredo, Ponte Lambro, Molise-Calvairate,
 * Chiaravalle, Gratosoglio and Stadera. Projects, people and figures are fictional; places are real.
 */
import { step } from './steps.ts';
import { md, ms, upd, type SeedProject } from './types.ts';

export const southEastProjects: SeedProject[] = [
  {
    slug: 'corvetto-piazzale-gabrio-rosa',
    nil: 35,
    at: [45.436, 9.225],
    category: 'public_space',
    status: 'completed',
    progress: 100,
    cup: 'B47H21001120001',
    contact: 'periferie',
    contractor: 'Consorzio Stabile Navigli Lavori',
    budget: [2_900_000, 3_180_000],
    start: ['2024-09-02', '2024-09-02'],
    end: ['2026-06-30', '2026-06-30'],
    lastVerifiedAt: '2026-11-12T12:00:00.000Z',
    it: {
      title: 'Corvetto, piazzale Gabrio Rosa diventa una piazza',
      summary:
        "Da incrocio e parcheggio a piazza pedonale con quaranta alberi, giochi d'acqua, sedute e uno spazio per il mercato.",
      body: md(
        "Piazzale Gabrio Rosa era un grande incrocio con parcheggi, difficile da attraversare a piedi. Il progetto, parte del Piano urbano integrato finanziato dal PNRR, ha ridotto lo spazio per le auto e ricavato una piazza pedonale con quaranta alberi, panchine, giochi d'acqua a raso e un'area per il mercato settimanale.",
        "I lavori sono finiti a giugno 2026, in tempo per la scadenza del PNRR. La piazza è percorribile; la zona dei giochi d'acqua e i prati nuovi restano recintati fino al collaudo.",
      ),
    },
    en: {
      title: 'Corvetto, Piazzale Gabrio Rosa becomes a square',
      summary:
        'From junction and car park to a pedestrian square with forty trees, water play, seating and space for the market.',
      body: md(
        'Piazzale Gabrio Rosa used to be a large junction with parking that was hard to cross on foot. The project, part of the PNRR-funded Integrated Urban Plan, cut back the space for cars and created a pedestrian square with forty trees, benches, ground-level water play and an area for the weekly market.',
        'The works finished in June 2026, in time for the PNRR deadline. The square is open to walk through; the water play area and the new lawns stay fenced off until the final inspection.',
      ),
    },
    changes: [
      {
        field: 'budget',
        from: 2_900_000,
        to: 3_180_000,
        on: '2025-05-20',
        reason: {
          it: "Gli scavi hanno mostrato che la rete di scarico dell'acqua piovana era sottodimensionata: è stata rifatta per evitare allagamenti.",
          en: 'Excavation showed that the rainwater drains were too small; they were rebuilt to prevent flooding.',
        },
      },
    ],
    funding: [
      { source: 'pnrr', line: 'M5C2 2.2', euros: 2_900_000, note: 'Piano urbano integrato della Città metropolitana' },
      { source: 'comune', euros: 280_000, note: 'Maggiori costi per la rete di scarico' },
    ],
    milestones: [
      ms(step.finalDesign, '2024-03-29', '2024-04-04'),
      ms(step.award, '2024-07-31', '2024-07-29'),
      ms(step.siteStart, '2024-09-02', '2024-09-02'),
      ms(step.worksEnd, '2026-06-30', '2026-06-26'),
      ms(
        { it: "Collaudo e apertura dei giochi d'acqua", en: 'Inspection and opening of the water play area' },
        '2026-09-30',
      ),
    ],
    updates: [
      upd(
        '2026-11-12',
        [
          "Collaudo in ritardo per i giochi d'acqua",
          "Durante le prove le pompe dei giochi d'acqua non hanno superato i controlli. L'impresa le sta sostituendo a proprie spese; il collaudo è previsto entro la primavera 2027.",
        ],
        [
          'Water play inspection delayed',
          'The water play pumps failed their tests. The contractor is replacing them at its own cost; the inspection is expected by spring 2027.',
        ],
      ),
      upd(
        '2026-06-26',
        [
          'Lavori finiti',
          'Il cantiere è chiuso e la piazza è percorribile. Le aree verdi nuove restano recintate qualche mese, il tempo di far crescere il prato.',
        ],
        [
          'Works finished',
          'The site has closed and the square is open to walk through. The new green areas stay fenced for a few months while the grass grows.',
        ],
      ),
    ],
  },
  {
    slug: 'corvetto-quartiere-mazzini-ascensori',
    nil: 35,
    at: [45.441, 9.218],
    category: 'public_housing',
    status: 'works',
    progress: 38,
    contact: 'casa',
    contractor: 'Martesana Impianti S.r.l.',
    budget: [2_350_000, 2_350_000],
    start: ['2026-02-02', '2026-02-02'],
    end: ['2027-07-30', '2027-07-30'],
    lastVerifiedAt: '2026-11-09T10:40:00.000Z',
    it: {
      title: 'Quartiere Mazzini, quattordici ascensori nuovi',
      summary:
        'Ascensori esterni per le scale delle case popolari che non ne hanno mai avuto uno, a partire da quelle dove vivono persone anziane o con disabilità.',
      body: md(
        'Nel quartiere Mazzini molti edifici di case popolari hanno cinque piani e nessun ascensore. Per chi è anziano o ha una disabilità, uscire di casa può voler dire dipendere ogni giorno da qualcun altro.',
        "Il progetto costruisce quattordici ascensori in torri esterne, appoggiate alle facciate sul lato dei cortili, così i lavori dentro le scale sono ridotti al minimo. L'ordine dei lavori è stato deciso con gli inquilini: si comincia dalle scale dove vivono più persone con difficoltà a camminare.",
      ),
    },
    en: {
      title: 'Mazzini estate, fourteen new lifts',
      summary:
        'Outdoor lifts for public housing stairwells that have never had one, starting with those where older or disabled people live.',
      body: md(
        'Many public housing blocks on the Mazzini estate have five floors and no lift. For older or disabled residents, leaving home can mean relying on someone else every single day.',
        'The project builds fourteen lifts in outdoor towers set against the courtyard façades, which keeps work inside the stairwells to a minimum. The order of the works was agreed with tenants: it starts with the stairwells where the most people with walking difficulties live.',
      ),
    },
    funding: [
      {
        source: 'regione',
        euros: 1_600_000,
        note: "Programma regionale per l'abbattimento delle barriere architettoniche",
      },
      { source: 'comune', euros: 750_000 },
    ],
    milestones: [
      ms(step.award, '2025-12-15', '2025-12-11'),
      ms(step.siteStart, '2026-02-02', '2026-02-02'),
      ms({ it: 'Primi sei ascensori in funzione', en: 'First six lifts in service' }, '2026-10-30', '2026-11-06'),
      ms({ it: 'Altri otto ascensori in funzione', en: 'Remaining eight lifts in service' }, '2027-04-30'),
      ms(step.worksEnd, '2027-07-30'),
    ],
    updates: [
      upd(
        '2026-11-06',
        [
          'I primi sei ascensori sono in funzione',
          "Da questa settimana sei scale hanno l'ascensore. Nelle prossime settimane i tecnici passeranno casa per casa per spiegarne l'uso e raccogliere segnalazioni.",
        ],
        [
          'First six lifts in service',
          'Six stairwells have had a lift since this week. Over the coming weeks, staff will call at each home to explain how to use them and take any comments.',
        ],
      ),
    ],
  },
  {
    slug: 'boschetto-di-rogoredo-sentieri-e-radure',
    nil: 35,
    at: [45.43, 9.237],
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [9.2352, 45.4292],
          [9.2388, 45.4289],
          [9.2392, 45.4309],
          [9.2356, 45.4312],
          [9.2352, 45.4292],
        ],
      ],
    },
    category: 'green',
    status: 'works',
    progress: 50,
    cup: 'B46F22000660001',
    contact: 'verde',
    contractor: 'Cooperativa Sociale Il Germoglio',
    budget: [1_350_000, 1_350_000],
    start: ['2025-10-06', '2025-10-06'],
    end: ['2027-04-30', '2027-04-30'],
    lastVerifiedAt: '2026-11-23T08:15:00.000Z',
    it: {
      title: 'Boschetto di Rogoredo, sentieri e radure per tutti',
      summary:
        'Un bosco a lungo segnato dallo spaccio torna a essere un luogo da attraversare e da vivere, con sentieri, radure, illuminazione verso la stazione e nuovi alberi.',
      body: md(
        'Per anni il boschetto vicino alla stazione di Rogoredo è stato un luogo di spaccio e di grave disagio. Il progetto lo restituisce al quartiere insieme ai servizi per le dipendenze e alle unità di strada, che continuano a lavorare con le persone che lo frequentano.',
        "Il bosco viene pulito, diradato dove è troppo fitto e attraversato da sentieri ben visibili, con un percorso illuminato verso la stazione. Due radure ospiteranno attività all'aperto organizzate da associazioni e scuole, e saranno piantati circa milleduecento tra alberi e arbusti.",
        'I lavori sono svolti da una cooperativa sociale che impiega anche persone in percorsi di reinserimento lavorativo.',
      ),
    },
    en: {
      title: 'Rogoredo woodland, paths and clearings for everyone',
      summary:
        'A wood long scarred by drug dealing becomes a place to walk through and enjoy again, with paths, clearings, lighting towards the station and new trees.',
      body: md(
        'For years the small wood near Rogoredo station was a place of drug dealing and deep hardship. The project is giving it back to the neighbourhood, working alongside addiction services and outreach teams, who keep supporting the people who spend time there.',
        'The wood is being cleared, thinned where it is too dense and crossed by clearly visible paths, with a lit route to the station. Two clearings will host outdoor activities run by associations and schools, and about twelve hundred trees and shrubs will be planted.',
        'The work is done by a social cooperative that also employs people on return-to-work schemes.',
      ),
    },
    funding: [
      { source: 'comune', euros: 650_000 },
      { source: 'regione', euros: 400_000 },
      {
        source: 'fsc',
        line: 'FSC 2021-2027',
        euros: 300_000,
        note: 'Fondo sviluppo e coesione, accordo per la coesione',
      },
    ],
    milestones: [
      ms(
        { it: "Pulizia dell'area e rimozione dei rifiuti", en: 'Area cleared and waste removed' },
        '2025-12-19',
        '2025-12-17',
      ),
      ms(
        { it: 'Sentieri e percorso illuminato verso la stazione', en: 'Paths and lit route to the station' },
        '2026-07-31',
        '2026-08-28',
      ),
      ms({ it: 'Piantagione di 1.200 alberi e arbusti', en: '1,200 trees and shrubs planted' }, '2026-12-18'),
      ms(step.worksEnd, '2027-04-30'),
    ],
    updates: [
      upd(
        '2026-08-28',
        [
          'Aperto il percorso illuminato verso la stazione',
          "Il sentiero tra via Sant'Arialdo e la stazione è aperto e illuminato tutta la notte. In autunno cominciano le piantagioni.",
        ],
        [
          'Lit route to the station open',
          "The path between Via Sant'Arialdo and the station is open and lit all night. Planting begins in the autumn.",
        ],
      ),
      upd(
        '2025-12-17',
        [
          'Finita la pulizia del bosco',
          'In dieci settimane sono state rimosse più di quaranta tonnellate di rifiuti. Le unità di strada hanno accompagnato il cantiere giorno per giorno.',
        ],
        [
          'Clear-up of the wood complete',
          'More than forty tonnes of waste were removed in ten weeks. Outreach teams were on site alongside the works every day.',
        ],
      ),
    ],
  },
  {
    slug: 'rogoredo-ciclabile-verso-santa-giulia',
    nil: 33,
    at: [45.435, 9.244],
    category: 'mobility',
    status: 'design',
    progress: 10,
    publishedAt: '2026-07-09T10:00:00.000Z',
    contact: 'mobilita',
    budget: [1_650_000, 1_650_000],
    start: ['2027-09-01', '2027-09-01'],
    end: ['2028-07-31', '2028-07-31'],
    lastVerifiedAt: '2026-10-19T09:00:00.000Z',
    it: {
      title: 'Rogoredo, un collegamento ciclabile verso Santa Giulia',
      summary:
        'Una pista ciclabile protetta tra il vecchio borgo di Rogoredo, la stazione e il nuovo quartiere di Santa Giulia, con attraversamenti sicuri.',
      body: md(
        'Il vecchio borgo di Rogoredo e il nuovo quartiere di Santa Giulia sono vicini, ma separati da strade a scorrimento veloce e da attraversamenti pericolosi. Il progetto prevede una pista ciclabile protetta di circa 1,8 chilometri che li collega tra loro e con la stazione.',
        "Sono previsti attraversamenti semaforizzati per pedoni e biciclette, nuovi alberi lungo il percorso e rastrelliere vicino alla stazione. Una parte del costo è sostenuta dall'operatore privato che sta realizzando Santa Giulia.",
      ),
    },
    en: {
      title: 'Rogoredo, a cycle link to Santa Giulia',
      summary:
        'A protected cycle lane between the old village of Rogoredo, the station and the new Santa Giulia district, with safe crossings.',
      body: md(
        'The old village of Rogoredo and the new Santa Giulia district are close together, but separated by fast roads and dangerous crossings. The project plans a protected cycle lane of about 1.8 kilometres linking the two with each other and with the station.',
        'Plans include signal-controlled crossings for pedestrians and cyclists, new trees along the route and bike racks near the station. Part of the cost is paid by the private developer building Santa Giulia.',
      ),
    },
    funding: [
      { source: 'comune', euros: 1_050_000 },
      {
        source: 'private',
        euros: 600_000,
        note: "Contributo dell'operatore di Santa Giulia previsto dalla convenzione urbanistica",
      },
    ],
    milestones: [
      ms(step.feasibility, '2026-06-30', '2026-07-09'),
      ms(step.finalDesign, '2027-03-31'),
      ms(step.award, '2027-07-15'),
      ms(step.siteStart, '2027-09-01'),
    ],
    updates: [
      upd(
        '2026-07-10',
        [
          'Approvato lo studio di fattibilità',
          'Il percorso scelto passa a est della stazione e usa per un tratto strade già a 30 km/h. Nei prossimi mesi lo presenteremo al Municipio 4.',
        ],
        [
          'Feasibility study approved',
          'The chosen route runs east of the station and partly uses streets that already have a 30 km/h limit. We will present it to Municipio 4 in the coming months.',
        ],
      ),
    ],
  },
  {
    slug: 'ponte-lambro-casa-delle-associazioni',
    nil: 31,
    at: [45.446, 9.264],
    category: 'social_services',
    status: 'in_use',
    progress: 100,
    cup: 'B43D22000370001',
    contact: 'welfare',
    contractor: 'Impresa Edile F.lli Ronchi S.p.A.',
    budget: [1_050_000, 1_180_000],
    start: ['2024-05-06', '2024-05-06'],
    end: ['2025-07-31', '2025-10-31'],
    lastVerifiedAt: '2026-10-21T16:00:00.000Z',
    it: {
      title: 'Ponte Lambro, la casa delle associazioni',
      summary:
        "L'edificio del laboratorio di quartiere in via Ucelli di Nemi, rimasto a lungo chiuso, riapre con sale per le associazioni, uno sportello sociale e un doposcuola.",
      body: md(
        "L'edificio di via Ucelli di Nemi era nato all'inizio degli anni Duemila come laboratorio di quartiere, ma è rimasto a lungo chiuso e si è deteriorato. Con questo intervento sono stati rifatti la copertura, gli impianti e i bagni, e gli spazi interni sono stati riorganizzati.",
        'Oggi ospita uno sportello sociale del Comune aperto tre giorni a settimana, un doposcuola gestito da una cooperativa e sale che le associazioni del quartiere possono prenotare gratuitamente. Arredi e attrezzature sono stati donati da una fondazione.',
      ),
    },
    en: {
      title: 'Ponte Lambro, a home for local associations',
      summary:
        'The neighbourhood workshop building in Via Ucelli di Nemi, closed for years, reopens with rooms for associations, a social services desk and an after-school club.',
      body: md(
        'The building in Via Ucelli di Nemi opened in the early 2000s as a neighbourhood workshop, but it was closed for years and fell into disrepair. This project rebuilt the roof, the building services and the toilets and reorganised the interior.',
        'It now houses a City social services desk open three days a week, an after-school club run by a cooperative, and rooms that local associations can book free of charge. Furniture and equipment were donated by a foundation.',
      ),
    },
    changes: [
      {
        field: 'budget',
        from: 1_050_000,
        to: 1_180_000,
        on: '2024-10-14',
        reason: {
          it: 'La copertura era più deteriorata di quanto risultava dai sopralluoghi: è stata sostituita interamente invece che riparata.',
          en: 'The roof was in worse condition than the surveys had shown, so it was replaced entirely instead of repaired.',
        },
      },
      {
        field: 'end',
        from: '2025-07-31',
        to: '2025-10-31',
        on: '2024-10-14',
        reason: {
          it: "Tre mesi in più per sostituire l'intera copertura.",
          en: 'Three more months to replace the whole roof.',
        },
      },
    ],
    funding: [
      { source: 'comune', euros: 580_000 },
      { source: 'regione', euros: 350_000 },
      { source: 'private', euros: 250_000, note: 'Donazione di una fondazione per arredi e attrezzature' },
    ],
    milestones: [
      ms(step.award, '2024-03-29', '2024-04-03'),
      ms(step.siteStart, '2024-05-06', '2024-05-06'),
      ms(step.worksEnd, '2025-10-31', '2025-10-24'),
      ms(step.opening, '2025-11-15', '2025-11-22'),
    ],
    updates: [
      upd(
        '2026-10-21',
        [
          'Un anno di attività',
          'Nel primo anno la casa delle associazioni ha ospitato più di quattrocento incontri. Il doposcuola segue ogni pomeriggio una cinquantina di ragazzi.',
        ],
        [
          'One year on',
          'In its first year, the house hosted more than four hundred meetings. The after-school club helps around fifty children every afternoon.',
        ],
      ),
      upd(
        '2025-11-22',
        [
          "Riaperto l'edificio di via Ucelli di Nemi",
          "Oggi la festa di apertura. Le associazioni che vogliono usare le sale possono scrivere all'ufficio indicato nei contatti.",
        ],
        [
          'The Via Ucelli di Nemi building reopens',
          'The opening party is today. Associations wishing to use the rooms can write to the office listed in the contacts.',
        ],
      ),
    ],
  },
  {
    slug: 'ponte-lambro-piscina-estiva',
    nil: 31,
    at: [45.448, 9.2625],
    category: 'sport',
    status: 'cancelled',
    progress: 0,
    contact: 'sport',
    budget: [2_600_000, 95_000],
    start: ['2025-09-01', '2025-09-01'],
    end: ['2026-06-30', '2026-06-30'],
    lastVerifiedAt: '2026-10-02T11:00:00.000Z',
    it: {
      title: 'Ponte Lambro, piscina estiva (annullata)',
      summary:
        'Il progetto di una piscina scoperta è stato annullato dopo le indagini sul terreno: le risorse sono passate ad altri impianti sportivi del Municipio 4.',
      body: md(
        "Il progetto prevedeva una piscina scoperta aperta nei mesi estivi accanto al centro sportivo del quartiere. Le indagini geologiche hanno trovato la falda a meno di due metri di profondità: costruire la vasca sarebbe costato molto più del previsto e i costi di gestione di un impianto aperto solo d'estate non erano sostenibili.",
        "Nel marzo 2025 il Comune, d'accordo con il Municipio 4, ha annullato l'intervento e ha destinato le risorse ad altri impianti sportivi del Municipio. Restano a carico del progetto solo le spese di progettazione e di indagine già sostenute.",
      ),
    },
    en: {
      title: 'Ponte Lambro, summer swimming pool (cancelled)',
      summary:
        'Plans for an open-air pool were cancelled after ground surveys; the money went to other sports facilities in Municipio 4.',
      body: md(
        'The plan was for an open-air pool, open in the summer months, next to the neighbourhood sports centre. Geological surveys found groundwater less than two metres down: building the pool would have cost far more than expected, and running a facility open only in summer was not affordable.',
        'In March 2025, in agreement with Municipio 4, the City cancelled the project and moved the money to other sports facilities in the Municipio. Only the design and survey costs already incurred remain on this project.',
      ),
    },
    changes: [
      {
        field: 'status',
        from: 'design',
        to: 'cancelled',
        on: '2025-03-17',
        reason: {
          it: "Falda molto superficiale e costi di gestione non sostenibili per una piscina aperta solo d'estate. Le risorse sono state destinate ad altri impianti sportivi del Municipio 4.",
          en: 'Very shallow groundwater and unaffordable running costs for a pool open only in summer. The money went to other sports facilities in Municipio 4.',
        },
      },
      {
        field: 'budget',
        from: 2_600_000,
        to: 95_000,
        on: '2025-03-17',
        reason: {
          it: "Dopo l'annullamento restano solo le spese di progettazione e di indagine già sostenute.",
          en: 'After cancellation, only the design and survey costs already incurred remain.',
        },
      },
    ],
    funding: [{ source: 'comune', euros: 95_000, note: 'Spese di progettazione e indagini sostenute' }],
    milestones: [
      ms(step.feasibility, '2023-12-29', '2024-01-22'),
      ms({ it: 'Indagini geologiche sul terreno', en: 'Geological ground surveys' }, '2024-10-31', '2024-11-08'),
      ms({ it: "Decisione sull'annullamento", en: 'Decision to cancel' }, '2025-03-17', '2025-03-17'),
    ],
    updates: [
      upd(
        '2025-03-18',
        [
          'Perché la piscina non si farà',
          "Le indagini hanno mostrato che l'acqua di falda è molto vicina alla superficie. Il Municipio 4 ha chiesto di usare le risorse per rinnovare impianti sportivi già esistenti, aperti tutto l'anno.",
        ],
        [
          'Why the pool will not be built',
          'Surveys showed that groundwater lies very close to the surface. Municipio 4 asked for the money to be used to renovate existing sports facilities that are open all year round.',
        ],
      ),
    ],
  },
  {
    slug: 'molise-calvairate-cortili-e-portinerie',
    nil: 28,
    at: [45.454, 9.219],
    category: 'public_housing',
    status: 'works',
    progress: 30,
    cup: 'B48E22000710001',
    contact: 'casa',
    contractor: 'Costruzioni Lambro S.r.l.',
    budget: [1_700_000, 1_700_000],
    start: ['2026-04-13', '2026-05-11'],
    end: ['2027-06-30', '2027-07-30'],
    lastVerifiedAt: '2026-11-20T15:10:00.000Z',
    it: {
      title: 'Molise-Calvairate, cortili verdi e portinerie sociali',
      summary:
        "Quattro cortili di case popolari perdono l'asfalto e guadagnano alberi, giochi e luce; due locali al piano terra diventano portinerie sociali.",
      body: md(
        "Nel quartiere Molise-Calvairate i cortili delle case popolari sono in gran parte asfaltati, usati come parcheggio e poco illuminati. Il progetto ne rinnova quattro: meno asfalto, più alberi e prati, giochi per bambini, panchine e un'illuminazione nuova.",
        'Due locali al piano terra, oggi vuoti, diventano portinerie sociali: punti di riferimento per gli inquilini, dove segnalare guasti, ricevere aiuto con le pratiche e ritirare i pacchi.',
      ),
    },
    en: {
      title: 'Molise-Calvairate, green courtyards and social concierge desks',
      summary:
        'Four public housing courtyards lose their tarmac and gain trees, play equipment and lighting; two ground-floor units become social concierge desks.',
      body: md(
        'On the Molise-Calvairate estate, most public housing courtyards are tarmacked, used for parking and poorly lit. The project renews four of them: less tarmac, more trees and grass, play equipment for children, benches and new lighting.',
        'Two empty ground-floor units become social concierge desks: a point of reference for tenants, where they can report repairs, get help with paperwork and pick up parcels.',
      ),
    },
    changes: [
      {
        field: 'start',
        from: '2026-04-13',
        to: '2026-05-11',
        on: '2026-04-08',
        reason: {
          it: 'Rinvio di quattro settimane per non sovrapporsi ai lavori sulla rete del teleriscaldamento in via Molise.',
          en: 'Four-week delay to avoid clashing with district heating network works in Via Molise.',
        },
      },
      {
        field: 'end',
        from: '2027-06-30',
        to: '2027-07-30',
        on: '2026-04-08',
        reason: {
          it: "Conseguenza del rinvio dell'inizio dei lavori.",
          en: 'Knock-on effect of the later start.',
        },
      },
    ],
    funding: [
      { source: 'comune', euros: 1_100_000 },
      { source: 'regione', euros: 600_000 },
    ],
    milestones: [
      ms(step.award, '2026-02-27', '2026-03-04'),
      ms(step.siteStart, '2026-04-13', '2026-05-11'),
      ms({ it: 'Primo cortile riaperto', en: 'First courtyard reopened' }, '2026-10-30', '2026-11-20'),
      ms({ it: 'Apertura delle due portinerie sociali', en: 'Both social concierge desks open' }, '2027-03-31'),
      ms(step.worksEnd, '2027-07-30'),
    ],
    updates: [
      upd(
        '2026-11-20',
        [
          'Riaperto il primo cortile',
          "Il cortile tra via Molise e via Calvairate è di nuovo aperto, con dieci alberi nuovi e l'area giochi. Il cantiere passa al cortile successivo.",
        ],
        [
          'First courtyard reopened',
          'The courtyard between Via Molise and Via Calvairate is open again, with ten new trees and the play area. The site moves on to the next courtyard.',
        ],
      ),
    ],
  },
  {
    slug: 'chiaravalle-piazza-del-borgo',
    nil: 34,
    at: [45.4175, 9.2405],
    category: 'public_space',
    status: 'design',
    progress: 10,
    publishedAt: '2026-05-14T09:30:00.000Z',
    contact: 'periferie',
    budget: [950_000, 950_000],
    start: ['2027-04-05', '2027-04-05'],
    end: ['2027-11-30', '2027-11-30'],
    lastVerifiedAt: '2026-10-26T10:00:00.000Z',
    it: {
      title: 'Chiaravalle, una piazza per il borgo',
      summary:
        "Lo spazio davanti all'abbazia e lungo via Sant'Arialdo diventa una piazza con precedenza ai pedoni, pavimentazione in pietra e un punto di sosta per chi arriva in bicicletta.",
      body: md(
        'Il borgo di Chiaravalle, con la sua abbazia, è una delle mete più visitate del Parco Agricolo Sud, ma lo spazio davanti alla chiesa è occupato da auto in sosta e attraversato dal traffico di passaggio.',
        "Il progetto prevede una pavimentazione in pietra, la precedenza ai pedoni, nuovi alberi, panchine e un punto di sosta con rastrelliere e fontanella per chi arriva in bicicletta lungo la Vettabbia. Poiché l'area è vincolata, il progetto definitivo deve ricevere il parere della Soprintendenza.",
      ),
    },
    en: {
      title: 'Chiaravalle, a square for the village',
      summary:
        "The space in front of the abbey and along Via Sant'Arialdo becomes a pedestrian-priority square with stone paving and a rest stop for people arriving by bike.",
      body: md(
        'The village of Chiaravalle, with its abbey, is one of the most visited places in the Parco Agricolo Sud, yet the space in front of the church is taken up by parked cars and through traffic.',
        'The project plans stone paving, pedestrian priority, new trees, benches and a rest stop with bike racks and a drinking fountain for people cycling in along the Vettabbia. As the area is protected, the final design needs the opinion of the heritage authority (Soprintendenza).',
      ),
    },
    funding: [
      { source: 'regione', euros: 500_000, note: 'Programma regionale per i borghi storici' },
      { source: 'comune', euros: 450_000 },
    ],
    milestones: [
      ms(step.feasibility, '2026-04-30', '2026-05-14'),
      ms({ it: 'Incontro pubblico nel borgo', en: 'Public meeting in the village' }, '2026-06-20', '2026-06-20'),
      ms({ it: 'Parere della Soprintendenza', en: 'Opinion of the heritage authority' }, '2026-12-18'),
      ms(step.finalDesign, '2027-01-29'),
    ],
    updates: [
      upd(
        '2026-06-22',
        [
          'Il progetto presentato ai residenti',
          "All'incontro di sabato 20 giugno i residenti hanno chiesto di mantenere alcuni posti auto per chi abita nel borgo e di rallentare il traffico in via Sant'Arialdo. Ne terremo conto nel progetto definitivo.",
        ],
        [
          'Plans presented to residents',
          "At the meeting on Saturday 20 June, residents asked to keep some parking for people who live in the village and to slow traffic on Via Sant'Arialdo. We will take this into account in the final design.",
        ],
      ),
    ],
  },
  {
    slug: 'gratosoglio-torri-facciate-e-impianti',
    nil: 41,
    at: [45.411, 9.173],
    category: 'public_housing',
    status: 'works',
    progress: 64,
    cup: 'B48E21000150001',
    contact: 'casa',
    contractor: 'RTI Adda Costruzioni Generali S.p.A. – Martesana Impianti S.r.l.',
    budget: [11_800_000, 12_650_000],
    start: ['2022-10-03', '2023-06-05'],
    end: ['2025-12-31', '2027-03-31'],
    lastVerifiedAt: '2026-11-18T10:00:00.000Z',
    it: {
      title: 'Gratosoglio, facciate e impianti nuovi per tre torri',
      summary:
        'Isolamento delle facciate nel rispetto del disegno originale, finestre nuove, ascensori e centrali termiche rifatte per tre delle torri bianche di via dei Missaglia.',
      body: md(
        "Le torri bianche del Gratosoglio, costruite negli anni Sessanta, sono uno dei simboli dell'edilizia pubblica milanese. Dopo sessant'anni le facciate si sono degradate, le finestre lasciano passare il freddo e gli ascensori si guastano spesso.",
        "L'intervento riguarda tre torri: isola le facciate mantenendone il disegno originale, sostituisce finestre e ascensori e rifà le centrali termiche. Si lavora una torre alla volta, con gli inquilini in casa.",
        'Il progetto era finanziato dal PNRR. Con la revisione del Piano del dicembre 2023 è passato al Fondo sviluppo e coesione, che permette di completare i lavori anche dopo giugno 2026.',
      ),
    },
    en: {
      title: 'Gratosoglio, new façades and services for three towers',
      summary:
        'Façade insulation that respects the original design, new windows, lifts and rebuilt heating plants for three of the white towers in Via dei Missaglia.',
      body: md(
        "Gratosoglio's white towers, built in the 1960s, are one of the symbols of public housing in Milan. Sixty years on, the façades have deteriorated, the windows let in the cold and the lifts often break down.",
        'The project covers three towers: it insulates the façades while keeping their original design, replaces the windows and lifts and rebuilds the heating plants. Work proceeds one tower at a time, with tenants living at home.',
        'The project was funded by the PNRR. With the December 2023 revision of the Plan it moved to the Development and Cohesion Fund (FSC), which allows work to continue after June 2026.',
      ),
    },
    changes: [
      {
        field: 'start',
        from: '2022-10-03',
        to: '2023-06-05',
        on: '2023-01-20',
        reason: {
          it: "Una delle imprese in gara ha impugnato l'aggiudicazione al TAR: il contratto è stato firmato solo dopo la sentenza.",
          en: 'One of the bidders challenged the award at the regional administrative court (TAR); the contract was signed only after the ruling.',
        },
      },
      {
        field: 'budget',
        from: 11_800_000,
        to: 12_650_000,
        on: '2023-11-06',
        reason: {
          it: 'Aumento dei prezzi dei materiali (aggiornamento del prezzario regionale 2023).',
          en: 'Higher material prices (2023 regional price list update).',
        },
      },
      {
        field: 'end',
        from: '2025-12-31',
        to: '2027-03-31',
        on: '2024-02-12',
        reason: {
          it: 'Con il passaggio dal PNRR al Fondo sviluppo e coesione il calendario è stato rifatto per lotti, una torre alla volta, per ridurre i disagi agli inquilini.',
          en: 'With the move from the PNRR to the Development and Cohesion Fund, the schedule was redrawn in phases, one tower at a time, to reduce disruption for tenants.',
        },
      },
    ],
    funding: [
      {
        source: 'pnrr',
        line: 'M5C2 2.2',
        euros: 2_300_000,
        to: '2023-12-08',
        note: "Lavori pagati con il PNRR fino alla revisione approvata dal Consiglio UE l'8 dicembre 2023",
      },
      {
        source: 'fsc',
        line: 'FSC 2021-2027',
        euros: 9_500_000,
        from: '2023-12-08',
        note: 'Copertura statale dopo la revisione del PNRR',
      },
      { source: 'comune', euros: 850_000, from: '2023-11-06', note: 'Aumento dei prezzi dei materiali' },
    ],
    milestones: [
      ms(step.award, '2022-07-29', '2022-08-05'),
      ms(step.siteStart, '2022-10-03', '2023-06-05'),
      ms({ it: 'Prima torre completata', en: 'First tower completed' }, '2024-12-20', '2025-03-14'),
      ms({ it: 'Seconda torre completata', en: 'Second tower completed' }, '2025-12-19', '2026-04-30'),
      ms({ it: 'Terza torre completata', en: 'Third tower completed' }, '2026-10-30'),
      ms(step.worksEnd, '2027-03-31'),
    ],
    updates: [
      upd(
        '2026-11-18',
        [
          'Terza torre: ancora qualche mese',
          'Le facciate della terza torre sono quasi finite, ma i nuovi ascensori saranno installati solo a gennaio per un ritardo del fornitore. La fine dei lavori resta prevista per marzo 2027.',
        ],
        [
          'Third tower: a few more months',
          "The third tower's façades are almost finished, but the new lifts will only be installed in January because of a supplier delay. Completion is still expected in March 2027.",
        ],
      ),
      upd(
        '2026-04-30',
        [
          'Completata la seconda torre',
          'Via i ponteggi anche dalla seconda torre. Gli inquilini delle due torri finite hanno ricevuto le istruzioni per usare i nuovi termostati.',
        ],
        [
          'Second tower completed',
          'The scaffolding is down from the second tower as well. Tenants in both finished towers have been given instructions for the new thermostats.',
        ],
      ),
    ],
  },
  {
    slug: 'gratosoglio-campo-basket-e-skatepark',
    nil: 41,
    at: [45.4125, 9.17],
    category: 'sport',
    status: 'in_use',
    progress: 100,
    contact: 'sport',
    contractor: 'Playground Lombardia S.r.l.',
    budget: [380_000, 380_000],
    start: ['2025-03-03', '2025-03-03'],
    end: ['2025-07-31', '2025-07-31'],
    lastVerifiedAt: '2026-10-09T09:30:00.000Z',
    it: {
      title: 'Gratosoglio, campo da basket e skatepark',
      summary:
        'Un campo da basket illuminato e uno skatepark progettato con i ragazzi del quartiere, aperti tutti i giorni fino alle 22.',
      body: md(
        "L'idea è nata da un gruppo di ragazzi del Gratosoglio, che nel 2024 ha raccolto firme per avere un posto dove giocare a basket e andare in skate senza prendere il tram. Il progetto è stato disegnato insieme a loro in tre incontri con i tecnici del Comune.",
        "Il campo da basket e lo skatepark sono illuminati fino alle 22, con una fontanella e panchine all'ombra. Un'azienda di abbigliamento sportivo ha contribuito alla spesa con una sponsorizzazione.",
      ),
    },
    en: {
      title: 'Gratosoglio, basketball court and skatepark',
      summary:
        'A floodlit basketball court and a skatepark designed with local young people, open every day until 10 pm.',
      body: md(
        'The idea came from a group of young people in Gratosoglio who, in 2024, collected signatures for a place to play basketball and skate without having to take the tram. The design was drawn up with them over three meetings with City technicians.',
        'The basketball court and the skatepark are lit until 10 pm, with a drinking fountain and shaded benches. A sportswear company contributed to the cost through a sponsorship.',
      ),
    },
    funding: [
      { source: 'comune', euros: 280_000 },
      { source: 'private', euros: 100_000, note: "Sponsorizzazione di un'azienda di abbigliamento sportivo" },
    ],
    milestones: [
      ms(
        { it: 'Progettazione con i ragazzi del quartiere', en: 'Design sessions with local young people' },
        '2024-11-29',
        '2024-11-29',
      ),
      ms(step.siteStart, '2025-03-03', '2025-03-03'),
      ms(step.worksEnd, '2025-07-31', '2025-07-18'),
      ms(step.opening, '2025-09-13', '2025-09-13'),
    ],
    updates: [
      upd(
        '2025-09-15',
        [
          'Aperti campo e skatepark',
          "Sabato 13 settembre l'inaugurazione con un torneo tre contro tre e una gara di skate organizzata dai ragazzi che hanno progettato lo spazio.",
        ],
        [
          'Court and skatepark open',
          'The opening on Saturday 13 September featured a three-on-three tournament and a skate contest organised by the young people who designed the space.',
        ],
      ),
    ],
  },
  {
    slug: 'biblioteca-chiesa-rossa-restauro-della-villa',
    nil: 42,
    at: [45.4285, 9.179],
    category: 'library_culture',
    status: 'suspended',
    progress: 35,
    cup: 'B44D21000590001',
    contact: 'cultura',
    contractor: 'Olona Restauri S.r.l.',
    budget: [1_950_000, 2_250_000],
    start: ['2025-05-05', '2025-05-05'],
    end: ['2026-09-30', '2027-12-20'],
    lastVerifiedAt: '2026-07-10T15:00:00.000Z',
    it: {
      title: 'Biblioteca Chiesa Rossa, restauro della villa',
      summary:
        'Il restauro della villa che ospita la biblioteca è sospeso in parte: durante i lavori sono emerse decorazioni dipinte che vanno studiate e restaurate.',
      body: md(
        "La biblioteca Chiesa Rossa occupa una villa storica affacciata sul Naviglio Pavese. Il progetto prevede il consolidamento dei solai, il rifacimento degli impianti, l'accessibilità di tutti i piani e il recupero delle sale al primo piano, oggi chiuse al pubblico.",
        'A febbraio 2026, rimuovendo gli intonaci del primo piano, sono emerse decorazioni dipinte antiche. La Soprintendenza ha chiesto di fermare i lavori in quelle sale per studiarle e preparare un progetto di restauro, che ha aumentato costi e tempi.',
        'Il prestito e la sala studio del piano terra restano aperti; le attività per le scuole si svolgono nel giardino o in altre biblioteche della zona.',
      ),
    },
    en: {
      title: 'Chiesa Rossa Library, restoring the villa',
      summary:
        'Restoration of the villa that houses the library is partly on hold: painted decorations found during the works need to be studied and restored.',
      body: md(
        'Chiesa Rossa Library is housed in a historic villa overlooking the Naviglio Pavese. The project strengthens the floors, renews the building services, makes every floor accessible and brings back into use the first-floor rooms, currently closed to the public.',
        'In February 2026, removing plaster on the first floor uncovered old painted decorations. The heritage authority (Soprintendenza) asked for work in those rooms to stop so they could be studied and a restoration plan prepared, which has added cost and time.',
        'Lending and the ground-floor study room remain open; school activities take place in the garden or at other libraries nearby.',
      ),
    },
    changes: [
      {
        field: 'status',
        from: 'works',
        to: 'suspended',
        on: '2026-02-16',
        reason: {
          it: 'Durante la rimozione degli intonaci sono emerse decorazioni dipinte antiche: la Soprintendenza ha chiesto di sospendere i lavori nelle sale interessate per studiarle.',
          en: 'Old painted decorations were uncovered while plaster was being removed; the heritage authority asked for work in those rooms to stop so they could be studied.',
        },
      },
      {
        field: 'budget',
        from: 1_950_000,
        to: 2_250_000,
        on: '2026-07-09',
        reason: {
          it: 'Costo stimato del restauro delle decorazioni ritrovate.',
          en: 'Estimated cost of restoring the decorations found.',
        },
      },
      {
        field: 'end',
        from: '2026-09-30',
        to: '2027-12-20',
        on: '2026-07-09',
        reason: {
          it: 'Il restauro delle decorazioni va completato prima di riprendere le opere edili nelle stesse sale.',
          en: 'The decorations must be restored before building work can resume in the same rooms.',
        },
      },
    ],
    funding: [
      { source: 'comune', euros: 1_450_000 },
      { source: 'regione', euros: 500_000 },
      {
        source: 'other',
        euros: 300_000,
        note: 'Contributo del Ministero della Cultura per il restauro delle decorazioni',
      },
    ],
    milestones: [
      ms(step.award, '2025-03-31', '2025-04-02'),
      ms(step.siteStart, '2025-05-05', '2025-05-05'),
      ms(
        {
          it: 'Progetto di restauro approvato dalla Soprintendenza',
          en: 'Restoration plan approved by the heritage authority',
        },
        '2026-06-30',
        '2026-07-09',
      ),
      ms({ it: 'Ripresa dei lavori', en: 'Works resume' }, '2026-10-01'),
      ms(step.worksEnd, '2027-12-20'),
    ],
    updates: [
      upd(
        '2026-07-10',
        [
          'Approvato il progetto di restauro',
          'La Soprintendenza ha approvato il progetto per restaurare le decorazioni. Il Ministero della Cultura contribuisce alla spesa; la ripresa dei lavori è prevista in autunno.',
        ],
        [
          'Restoration plan approved',
          'The heritage authority has approved the plan to restore the decorations. The Ministry of Culture is contributing to the cost; work is expected to resume in the autumn.',
        ],
      ),
      upd(
        '2026-02-18',
        [
          'Scoperte decorazioni antiche: lavori in parte sospesi',
          'Sotto gli intonaci del primo piano sono comparse decorazioni dipinte. I lavori in quelle sale sono fermi; la biblioteca al piano terra resta aperta con i soliti orari.',
        ],
        [
          'Old decorations found: works partly on hold',
          'Painted decorations have appeared under the first-floor plaster. Work in those rooms has stopped; the ground-floor library stays open at the usual times.',
        ],
      ),
    ],
  },
  {
    slug: 'stadera-case-comunali-via-barrili',
    nil: 42,
    at: [45.4355, 9.18],
    category: 'public_housing',
    status: 'completed',
    progress: 100,
    cup: 'B48E19000830001',
    contact: 'casa',
    contractor: 'Costruzioni Lambro S.r.l.',
    budget: [5_200_000, 5_200_000],
    start: ['2023-01-16', '2023-01-16'],
    end: ['2025-12-31', '2026-09-30'],
    lastVerifiedAt: '2026-11-06T09:00:00.000Z',
    it: {
      title: 'Stadera, quaranta case popolari tornano abitabili',
      summary:
        'Nel quartiere Stadera sono stati rifatti i tetti e ristrutturati quaranta alloggi rimasti vuoti perché non più abitabili, che ora saranno assegnati alle famiglie in graduatoria.',
      body: md(
        'Il quartiere Stadera, costruito alla fine degli anni Venti, è uno dei più antichi complessi di case popolari di Milano. Negli edifici di via Barrili quaranta alloggi erano vuoti da anni perché non più abitabili, mentre migliaia di famiglie aspettano una casa.',
        'Il progetto ha rifatto i tetti, rinnovato impianti e bagni degli alloggi vuoti e sistemato i cortili. Gli alloggi saranno assegnati entro dicembre alle famiglie in graduatoria per le case popolari.',
      ),
    },
    en: {
      title: 'Stadera, forty public housing flats fit to live in again',
      summary:
        'On the Stadera estate the roofs have been rebuilt and forty flats left empty because they were unfit to live in have been renovated; they will now go to families on the waiting list.',
      body: md(
        'The Stadera estate, built in the late 1920s, is one of the oldest public housing complexes in Milan. In the Via Barrili blocks, forty flats had stood empty for years because they were unfit to live in, while thousands of families wait for a home.',
        'The project rebuilt the roofs, renewed the wiring, plumbing and bathrooms of the empty flats and tidied up the courtyards. The flats will be allocated by December to families on the public housing waiting list.',
      ),
    },
    changes: [
      {
        field: 'end',
        from: '2025-12-31',
        to: '2026-09-30',
        on: '2025-06-11',
        reason: {
          it: 'Alcuni alloggi da ristrutturare erano ancora abitati quando ne era previsto il turno: i traslochi temporanei delle famiglie sono stati riprogrammati.',
          en: "Some flats due for renovation were still occupied when their turn came, so the families' temporary moves had to be rescheduled.",
        },
      },
    ],
    funding: [
      { source: 'regione', euros: 3_600_000, note: 'Programma regionale per il recupero degli alloggi sfitti' },
      { source: 'comune', euros: 1_600_000 },
    ],
    milestones: [
      ms(step.siteStart, '2023-01-16', '2023-01-16'),
      ms({ it: 'Tetti rifatti', en: 'Roofs rebuilt' }, '2023-12-22', '2024-02-09'),
      ms({ it: 'Quaranta alloggi ristrutturati', en: 'Forty flats renovated' }, '2025-06-30', '2026-08-28'),
      ms(step.worksEnd, '2025-12-31', '2026-09-30'),
      ms(
        {
          it: 'Assegnazione degli alloggi alle famiglie in graduatoria',
          en: 'Flats allocated to families on the waiting list',
        },
        '2026-12-15',
      ),
    ],
    updates: [
      upd(
        '2026-09-30',
        [
          'Lavori finiti, a dicembre le assegnazioni',
          'I quaranta alloggi sono pronti. Le famiglie in graduatoria saranno contattate a partire da novembre per visitare le case e firmare il contratto.',
        ],
        [
          'Works finished, allocations in December',
          'The forty flats are ready. Families on the waiting list will be contacted from November to view the homes and sign their tenancy.',
        ],
      ),
    ],
  },
];
