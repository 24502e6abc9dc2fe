/**
 * Demo projects in Municipi 1, 2 and 3: the centre, and the north-east from Via Padova and
 * Adriano to Parco Lambro and Ortica. Projects, people and figures are fictional; places are real.
 */
import { step } from './steps.ts';
import { md, ms, upd, type SeedProject } from './types.ts';

export const centreNorthEastProjects: SeedProject[] = [
  {
    slug: 'biblioteca-sormani-senza-barriere',
    nil: 4,
    at: [45.461, 9.199],
    category: 'library_culture',
    status: 'works',
    progress: 45,
    cup: 'B44D22000210001',
    contact: 'cultura',
    contractor: 'Olona Restauri S.r.l.',
    budget: [2_750_000, 2_750_000],
    start: ['2025-09-01', '2025-09-01'],
    end: ['2027-03-31', '2027-03-31'],
    lastVerifiedAt: '2026-11-02T10:00:00.000Z',
    it: {
      title: 'Biblioteca Sormani senza barriere',
      summary:
        'Ingresso senza gradini da corso di Porta Vittoria, un nuovo ascensore, bagni accessibili e percorsi tattili nella biblioteca centrale della città.',
      body: md(
        "Palazzo Sormani ospita la biblioteca centrale del sistema bibliotecario milanese, ma per molte persone è difficile da raggiungere: l'ingresso ha tre gradini e le sale di lettura sono collegate solo da scale e da un piccolo ascensore di servizio.",
        'Il progetto crea un ingresso a raso da corso di Porta Vittoria, installa un ascensore che collega tutte le sale aperte al pubblico, rifà i servizi igienici e aggiunge percorsi tattili e una segnaletica più semplice da leggere. Tutti gli interventi sono concordati con la Soprintendenza, perché il palazzo è vincolato.',
        "La biblioteca resta aperta per tutta la durata dei lavori. Alcune sale chiudono a turno: gli avvisi sono pubblicati sul sito delle biblioteche e all'ingresso.",
      ),
    },
    en: {
      title: 'Sormani Library without barriers',
      summary:
        "A step-free entrance from Corso di Porta Vittoria, a new lift, accessible toilets and tactile paths in the city's central library.",
      body: md(
        "Palazzo Sormani houses the central library of Milan's library network, yet many people find it hard to get in: the entrance has three steps, and the reading rooms are linked only by stairs and a small service lift.",
        'The project creates a level entrance from Corso di Porta Vittoria, installs a lift serving every public room, rebuilds the toilets and adds tactile paths and easier-to-read signs. All the work is agreed with the heritage authority (Soprintendenza), as the building is listed.',
        "The library stays open throughout the works. Some rooms close in turn: notices are posted on the libraries' website and at the entrance.",
      ),
    },
    funding: [
      { source: 'comune', euros: 2_150_000 },
      { source: 'regione', euros: 600_000, note: "Bando regionale per l'accessibilità dei luoghi della cultura" },
    ],
    milestones: [
      ms(step.finalDesign, '2025-03-31', '2025-04-10'),
      ms(step.award, '2025-07-15', '2025-07-22'),
      ms(step.siteStart, '2025-09-01', '2025-09-01'),
      ms({ it: 'Nuovo ascensore in funzione', en: 'New lift in service' }, '2026-10-30', '2026-10-27'),
      ms(
        { it: 'Ingresso a raso da corso di Porta Vittoria', en: 'Level entrance from Corso di Porta Vittoria' },
        '2027-01-29',
      ),
      ms(step.worksEnd, '2027-03-31'),
    ],
    updates: [
      upd(
        '2026-10-29',
        [
          'Il nuovo ascensore è in funzione',
          "Da martedì 27 ottobre tutte le sale aperte al pubblico si raggiungono in ascensore. Il prossimo intervento riguarda l'ingresso: per alcune settimane si entrerà dal cortile di via Francesco Sforza.",
        ],
        [
          'The new lift is in service',
          'Since Tuesday 27 October, every public room can be reached by lift. The next step is the entrance: for a few weeks, visitors will enter through the courtyard on Via Francesco Sforza.',
        ],
      ),
    ],
  },
  {
    slug: 'parco-sempione-luci-e-viali',
    nil: 8,
    at: [45.473, 9.176],
    category: 'green',
    status: 'in_use',
    progress: 100,
    cup: 'B46F21000780001',
    contact: 'verde',
    contractor: 'Martesana Impianti S.r.l.',
    budget: [1_600_000, 1_600_000],
    start: ['2024-10-14', '2024-10-14'],
    end: ['2025-06-30', '2025-06-30'],
    lastVerifiedAt: '2026-09-30T08:30:00.000Z',
    it: {
      title: 'Parco Sempione, nuove luci e viali rifatti',
      summary:
        'Illuminazione a led lungo i viali principali, pensata per chi attraversa il parco la sera e per non disturbare uccelli e pipistrelli.',
      body: md(
        "I vecchi lampioni del parco illuminavano poco e male: alcuni viali restavano al buio e altri erano abbagliati. I nuovi punti luce a led seguono i percorsi usati la sera per andare dalla stazione Cadorna all'Arco della Pace e verso l'Arena.",
        "La luce è calda e rivolta verso il basso, per ridurre l'inquinamento luminoso e il disturbo alla fauna del parco. I viali principali sono stati ripavimentati in calcestre, un materiale drenante che non diventa fango con la pioggia.",
      ),
    },
    en: {
      title: 'Parco Sempione, new lights and resurfaced paths',
      summary:
        'LED lighting along the main paths, designed for people crossing the park in the evening and to avoid disturbing birds and bats.',
      body: md(
        'The old park lamps gave poor, uneven light: some paths stayed dark while others were glaring. The new LED lights follow the routes people take in the evening from Cadorna station to the Arco della Pace and towards the Arena.',
        "The light is warm and points downwards, to cut light pollution and avoid disturbing the park's wildlife. The main paths have been resurfaced with stabilised gravel, which drains well and does not turn to mud in the rain.",
      ),
    },
    funding: [
      { source: 'comune', euros: 1_350_000 },
      {
        source: 'private',
        euros: 250_000,
        note: "Sponsorizzazione tecnica: fornitura dei corpi illuminanti da parte di un'azienda privata",
      },
    ],
    milestones: [
      ms(step.award, '2024-09-02', '2024-09-09'),
      ms(step.siteStart, '2024-10-14', '2024-10-14'),
      ms(step.worksEnd, '2025-06-30', '2025-06-20'),
      ms({ it: 'Accensione della nuova illuminazione', en: 'New lighting switched on' }, '2025-06-30', '2025-06-27'),
    ],
    updates: [
      upd(
        '2025-06-27',
        [
          'Accese le nuove luci del parco',
          "Da stasera i viali tra Cadorna, il Castello e l'Arco della Pace sono illuminati fino all'ora di chiusura del parco. Segnalateci eventuali punti ancora bui scrivendo all'ufficio del Verde.",
        ],
        [
          'The new park lights are on',
          'From tonight the paths between Cadorna, the Castle and the Arco della Pace are lit until the park closes. Please report any spots that are still dark to the Parks office.',
        ],
      ),
    ],
  },
  {
    slug: 'giardini-montanelli-nuovi-servizi-igienici',
    nil: 3,
    at: [45.4745, 9.2],
    category: 'green',
    status: 'design',
    progress: 8,
    publication: 'draft',
    contact: 'verde',
    budget: [420_000, 420_000],
    start: ['2027-04-01', '2027-04-01'],
    end: ['2027-10-29', '2027-10-29'],
    lastVerifiedAt: '2026-11-24T17:20:00.000Z',
    it: {
      title: 'Giardini Indro Montanelli, nuovi servizi igienici',
      summary: 'Due blocchi di servizi igienici accessibili, con fasciatoio, vicino alle aree giochi dei giardini.',
      body: md(
        'I giardini di via Palestro sono tra i più frequentati dalle famiglie, ma hanno un solo servizio igienico, spesso chiuso. Il progetto prevede due nuovi blocchi accessibili, con fasciatoio e fontanella, vicino alle due aree giochi.',
        'La scheda è in preparazione: costi e date sono provvisori.',
      ),
    },
    en: {
      title: 'Indro Montanelli Gardens, new public toilets',
      summary: 'Two accessible toilet blocks with baby-changing facilities near the play areas of the gardens.',
      body: md(
        'The gardens on Via Palestro are among the most popular with families, but they have just one toilet, which is often closed. The project provides two new accessible blocks, with baby-changing facilities and a drinking fountain, near the two play areas.',
        'This page is being prepared: costs and dates are provisional.',
      ),
    },
    funding: [{ source: 'comune', euros: 420_000 }],
    milestones: [
      ms(step.feasibility, '2026-07-31', '2026-07-30'),
      ms(step.finalDesign, '2027-01-29'),
      ms(step.siteStart, '2027-04-01'),
    ],
  },
  {
    slug: 'parco-adriano-completamento',
    nil: 17,
    at: [45.5155, 9.2445],
    category: 'green',
    status: 'works',
    progress: 72,
    cup: 'B46F19000360001',
    contact: 'verde',
    contractor: 'Verde Brianza Soc. Coop. Agricola',
    budget: [3_900_000, 4_380_000],
    start: ['2024-04-02', '2024-04-02'],
    end: ['2025-12-31', '2026-12-18'],
    lastVerifiedAt: '2026-11-19T09:00:00.000Z',
    it: {
      title: 'Parco Adriano, il completamento',
      summary:
        "Quattro ettari in più di prati, alberi, giochi e percorsi nell'area dell'ex Magneti Marelli, con un campo da basket e un'area cani.",
      body: md(
        "Il quartiere Adriano è cresciuto sull'area dell'ex stabilimento Magneti Marelli e da anni aspetta il completamento del suo parco. Questo intervento aggiunge circa quattro ettari alla parte già aperta: prati, più di seicento alberi, percorsi pedonali e ciclabili, un'area giochi, un campo da basket e un'area cani.",
        "Durante gli scavi sono emersi materiali di riporto con amianto e metalli pesanti. La bonifica ha fatto aumentare costi e tempi; l'area giochi e il campo da basket sono comunque stati aperti a luglio 2026.",
      ),
    },
    en: {
      title: 'Parco Adriano, completing the park',
      summary:
        'Four more hectares of lawns, trees, play areas and paths on the former Magneti Marelli site, with a basketball court and a dog area.',
      body: md(
        'The Adriano neighbourhood grew up on the site of the former Magneti Marelli factory and has long been waiting for its park to be finished. This project adds about four hectares to the part already open: lawns, more than six hundred trees, walking and cycling paths, a play area, a basketball court and a dog area.',
        'Excavation uncovered made ground containing asbestos and heavy metals. The clean-up raised costs and added time; even so, the play area and the basketball court opened in July 2026.',
      ),
    },
    changes: [
      {
        field: 'budget',
        from: 3_900_000,
        to: 4_380_000,
        on: '2024-11-28',
        reason: {
          it: 'Durante gli scavi sono emersi materiali di riporto con amianto e metalli pesanti, da smaltire in discarica autorizzata.',
          en: 'Excavation uncovered made ground containing asbestos and heavy metals, which must go to a licensed landfill.',
        },
      },
      {
        field: 'end',
        from: '2025-12-31',
        to: '2026-12-18',
        on: '2024-11-28',
        reason: {
          it: 'Prima di riprendere gli scavi il piano di bonifica doveva essere approvato da ARPA Lombardia e dalla Città metropolitana.',
          en: 'Before excavation could resume, the clean-up plan had to be approved by ARPA Lombardia and the Metropolitan City.',
        },
      },
    ],
    funding: [
      {
        source: 'private',
        euros: 2_800_000,
        note: "Opere a carico dell'operatore del programma integrato di intervento, a scomputo degli oneri di urbanizzazione",
      },
      { source: 'comune', euros: 1_580_000, note: 'Bonifica e maggiori costi' },
    ],
    milestones: [
      ms(step.finalDesign, '2023-10-31', '2023-11-20'),
      ms(step.siteStart, '2024-04-02', '2024-04-02'),
      ms({ it: 'Approvazione del piano di bonifica', en: 'Clean-up plan approved' }, '2025-01-31', '2025-04-15'),
      ms(
        { it: "Apertura dell'area giochi e del campo da basket", en: 'Play area and basketball court open' },
        '2026-06-30',
        '2026-07-04',
      ),
      ms(step.worksEnd, '2026-12-18'),
    ],
    updates: [
      upd(
        '2026-07-04',
        [
          'Aperti i giochi e il campo da basket',
          "La parte nord del nuovo parco è aperta da oggi. Nel resto dell'area si lavora alla piantagione degli alberi, che si farà tra novembre e dicembre, la stagione migliore per farli attecchire.",
        ],
        [
          'Play area and basketball court now open',
          'The northern part of the new park opens today. In the rest of the area, work continues towards the tree planting, which will take place in November and December, the best season for the trees to take root.',
        ],
      ),
      upd(
        '2025-04-18',
        [
          'Approvato il piano di bonifica',
          'ARPA e Città metropolitana hanno approvato il piano per rimuovere il terreno contaminato. Gli scavi riprendono a maggio.',
        ],
        [
          'Clean-up plan approved',
          'ARPA and the Metropolitan City have approved the plan to remove the contaminated soil. Excavation resumes in May.',
        ],
      ),
    ],
  },
  {
    slug: 'adriano-nuova-scuola-primaria',
    nil: 17,
    at: [45.512, 9.25],
    category: 'school',
    status: 'tendering',
    progress: 20,
    cup: 'B49I22000270006',
    contact: 'scuole',
    budget: [8_400_000, 9_100_000],
    start: ['2026-06-01', '2027-02-15'],
    end: ['2028-01-31', '2028-09-29'],
    lastVerifiedAt: '2026-11-13T11:00:00.000Z',
    it: {
      title: 'Adriano, una scuola primaria per il quartiere',
      summary:
        'Una nuova scuola da quindici classi con palestra aperta al quartiere, costruita in legno e a consumo energetico quasi zero.',
      body: md(
        'Negli ultimi quindici anni il quartiere Adriano è cresciuto di migliaia di abitanti, ma non ha ancora una scuola primaria: i bambini frequentano scuole di altri quartieri, spesso lontane. La nuova scuola avrà quindici aule, laboratori, una mensa con cucina interna e una palestra con ingresso indipendente, utilizzabile dalle associazioni la sera e nel fine settimana.',
        "L'edificio avrà una struttura in legno, pannelli solari e un impianto a pompe di calore, per consumare pochissima energia. Il giardino della scuola confinerà con il parco Adriano.",
        'La prima gara, a inizio 2026, è andata deserta. Il progetto è stato aggiornato ai prezzi correnti e la gara è stata ripubblicata a ottobre.',
      ),
    },
    en: {
      title: 'Adriano, a primary school for the neighbourhood',
      summary:
        'A new fifteen-class school with a gym open to the neighbourhood, built in timber and using almost no energy.',
      body: md(
        'Over the past fifteen years the Adriano neighbourhood has grown by thousands of residents, but it still has no primary school of its own: children go to schools in other neighbourhoods, often far away. The new school will have fifteen classrooms, workshops, a canteen with its own kitchen and a gym with a separate entrance, which associations can use in the evenings and at weekends.',
        'The building will have a timber structure, solar panels and heat pumps, so it will use very little energy. The school garden will border Parco Adriano.',
        'The first tender, in early 2026, attracted no valid bids. The design was updated to current prices and the tender was republished in October.',
      ),
    },
    changes: [
      {
        field: 'start',
        from: '2026-06-01',
        to: '2027-02-15',
        on: '2026-04-02',
        reason: {
          it: "La prima gara è andata deserta: nessuna impresa ha presentato un'offerta valida.",
          en: 'The first tender attracted no valid bids.',
        },
      },
      {
        field: 'end',
        from: '2028-01-31',
        to: '2028-09-29',
        on: '2026-04-02',
        reason: {
          it: 'Nuovo calendario dopo la gara deserta.',
          en: 'New schedule after the failed tender.',
        },
      },
      {
        field: 'budget',
        from: 8_400_000,
        to: 9_100_000,
        on: '2026-07-14',
        reason: {
          it: 'Progetto aggiornato ai prezzi correnti (prezzario di Regione Lombardia 2026) prima di ripubblicare la gara.',
          en: 'Design updated to current prices (Regione Lombardia 2026 price list) before republishing the tender.',
        },
      },
    ],
    funding: [
      { source: 'comune', euros: 6_600_000 },
      { source: 'regione', euros: 2_500_000, note: 'Bando regionale per nuove scuole' },
    ],
    milestones: [
      ms(step.feasibility, '2024-06-28', '2024-07-18'),
      ms(step.finalDesign, '2025-09-30', '2025-10-21'),
      ms({ it: 'Prima gara (andata deserta)', en: 'First tender (no valid bids)' }, '2026-01-20', '2026-01-20'),
      ms({ it: 'Seconda gara pubblicata', en: 'Second tender published' }, '2026-10-15', '2026-10-12'),
      ms(step.award, '2027-01-15'),
      ms(step.siteStart, '2027-02-15'),
    ],
    updates: [
      upd(
        '2026-10-12',
        [
          'Ripubblicata la gara',
          'La nuova gara resta aperta fino al 10 dicembre. Il progetto è lo stesso, con i prezzi aggiornati al 2026. Se tutto va come previsto, il cantiere aprirà a febbraio 2027.',
        ],
        [
          'Tender republished',
          'The new tender is open until 10 December. The design is unchanged, with prices updated to 2026. If all goes to plan, the site will open in February 2027.',
        ],
      ),
      upd(
        '2026-04-02',
        [
          'Gara deserta: cosa succede ora',
          "Nessuna impresa ha presentato un'offerta valida, soprattutto per l'aumento dei costi del legno strutturale. Aggiorniamo i prezzi del progetto e ripubblichiamo la gara in autunno.",
        ],
        [
          'No valid bids: what happens next',
          'No company submitted a valid bid, mainly because structural timber has become more expensive. We are updating the prices in the design and will republish the tender in the autumn.',
        ],
      ),
    ],
  },
  {
    slug: 'via-padova-marciapiedi-e-alberi',
    nil: 20,
    at: [45.4908, 9.2224],
    geometry: {
      type: 'LineString',
      coordinates: [
        [9.2168, 45.4862],
        [9.2205, 45.489],
        [9.2245, 45.4921],
        [9.2272, 45.4944],
      ],
    },
    category: 'public_space',
    status: 'works',
    progress: 48,
    cup: 'B47H23000480001',
    contact: 'opere',
    contractor: 'Seveso Strade S.r.l.',
    budget: [3_300_000, 3_520_000],
    start: ['2025-09-15', '2025-09-15'],
    end: ['2026-12-31', '2027-06-30'],
    lastVerifiedAt: '2026-11-21T10:10:00.000Z',
    it: {
      title: 'Via Padova, marciapiedi più larghi e nuovi alberi',
      summary:
        'Nel primo tratto di via Padova, da piazzale Loreto a via Giacosa, marciapiedi allargati, più di settanta alberi, attraversamenti rialzati e spazi per il carico e scarico dei negozi.',
      body: md(
        'Via Padova è una delle strade più vive di Milano, piena di negozi e di persone a piedi, ma con marciapiedi stretti e pochi alberi. Il progetto riguarda il tratto tra piazzale Loreto e via Giacosa.',
        'I marciapiedi vengono allargati fino a quattro metri, con più di settanta nuovi alberi, panchine e rastrelliere per le biciclette. Gli attraversamenti pedonali diventano rialzati, per rallentare il traffico, e ci sono stalli dedicati al carico e scarico delle merci, così i furgoni non si fermano in doppia fila.',
        'Il cantiere procede per tratti di circa cento metri, un lato della strada alla volta. I negozi restano sempre raggiungibili.',
      ),
    },
    en: {
      title: 'Via Padova, wider pavements and new trees',
      summary:
        'On the first stretch of Via Padova, from Piazzale Loreto to Via Giacosa: wider pavements, more than seventy trees, raised crossings and loading bays for shops.',
      body: md(
        'Via Padova is one of the liveliest streets in Milan, full of shops and people on foot, but with narrow pavements and few trees. The project covers the stretch between Piazzale Loreto and Via Giacosa.',
        'Pavements are widened to up to four metres, with more than seventy new trees, benches and bike racks. Pedestrian crossings are raised to slow traffic down, and there are dedicated loading bays so that vans no longer double-park.',
        'The site moves along in sections of about a hundred metres, one side of the street at a time. Shops can be reached at all times.',
      ),
    },
    changes: [
      {
        field: 'budget',
        from: 3_300_000,
        to: 3_520_000,
        on: '2026-03-03',
        reason: {
          it: 'Tubazioni del gas e cavi in fibra ottica trovati in posizioni diverse da quelle indicate dai gestori: vanno spostati per piantare gli alberi.',
          en: 'Gas pipes and fibre-optic cables were found in different places from those shown by the utilities and must be moved so that trees can be planted.',
        },
      },
      {
        field: 'end',
        from: '2026-12-31',
        to: '2027-06-30',
        on: '2026-03-03',
        reason: {
          it: 'Tempo necessario per coordinare con i gestori lo spostamento delle reti.',
          en: 'Time needed to coordinate moving the networks with the utility companies.',
        },
      },
    ],
    funding: [
      { source: 'comune', euros: 2_920_000 },
      {
        source: 'eu_structural',
        line: 'PN Metro Plus 2021-2027',
        euros: 600_000,
        note: 'Fondo europeo di sviluppo regionale (FESR)',
      },
    ],
    milestones: [
      ms(
        {
          it: 'Assemblee pubbliche con residenti e commercianti',
          en: 'Public meetings with residents and shopkeepers',
        },
        '2024-10-31',
        '2024-10-24',
      ),
      ms(step.finalDesign, '2025-05-30', '2025-06-12'),
      ms(step.award, '2025-07-31', '2025-08-01'),
      ms(step.siteStart, '2025-09-15', '2025-09-15'),
      ms({ it: 'Lato dei numeri dispari completato', en: 'Odd-numbered side completed' }, '2026-06-30', '2026-07-24'),
      ms(step.worksEnd, '2027-06-30'),
    ],
    updates: [
      upd(
        '2026-07-24',
        [
          'Finito il lato dei numeri dispari',
          'Marciapiedi, alberi e attraversamenti sul lato dei numeri dispari sono completati. Dopo la pausa di agosto il cantiere passa sul lato opposto, partendo da piazzale Loreto.',
        ],
        [
          'Odd-numbered side finished',
          'Pavements, trees and crossings on the odd-numbered side are complete. After the August break, the site moves to the opposite side, starting from Piazzale Loreto.',
        ],
      ),
      upd(
        '2026-03-05',
        [
          'Reti sotterranee da spostare: fine lavori a giugno 2027',
          'In diversi punti tubi del gas e cavi non sono dove indicavano le mappe dei gestori. Li spostiamo per piantare gli alberi previsti, invece di rinunciarvi: servono sei mesi in più.',
        ],
        [
          'Underground networks to move: completion in June 2027',
          "In several places, gas pipes and cables are not where the utilities' maps showed them. We are moving them so the planned trees can still go in, rather than dropping them: this takes six more months.",
        ],
      ),
    ],
  },
  {
    slug: 'martesana-ciclabile-gorla-crescenzago',
    nil: 19,
    at: [45.504, 9.242],
    geometry: {
      type: 'LineString',
      coordinates: [
        [9.2338, 45.5012],
        [9.2382, 45.5026],
        [9.2421, 45.504],
        [9.2462, 45.5054],
      ],
    },
    category: 'mobility',
    status: 'in_use',
    progress: 100,
    cup: 'B41B21000730001',
    contact: 'mobilita',
    contractor: 'Ticino Infrastrutture S.r.l.',
    budget: [1_250_000, 1_250_000],
    start: ['2024-09-02', '2024-09-02'],
    end: ['2025-10-31', '2025-10-31'],
    lastVerifiedAt: '2026-10-07T13:00:00.000Z',
    it: {
      title: 'Martesana, pista ciclabile rinnovata tra Gorla e Crescenzago',
      summary:
        "Il percorso lungo il Naviglio Martesana ha un nuovo fondo drenante, una corsia per le biciclette separata dai pedoni e l'illuminazione a led.",
      body: md(
        "L'alzaia della Martesana è uno dei percorsi ciclabili più usati della città, ma nel tratto tra Gorla e Crescenzago il fondo era rovinato dalle radici e nei punti più stretti pedoni e biciclette si scontravano spesso.",
        'Il nuovo percorso ha un fondo drenante, una corsia ciclabile segnalata e separata dallo spazio pedonale, lampioni a led a luce calda e attraversamenti più sicuri nei punti in cui incrocia le strade.',
      ),
    },
    en: {
      title: 'Martesana, renewed cycle path between Gorla and Crescenzago',
      summary:
        'The path along the Naviglio Martesana has a new draining surface, a cycle lane kept separate from pedestrians and LED lighting.',
      body: md(
        'The towpath along the Martesana canal is one of the busiest cycle routes in the city, but between Gorla and Crescenzago its surface had been broken up by tree roots, and at the narrowest points pedestrians and cyclists often collided.',
        'The new path has a draining surface, a marked cycle lane separated from the walking space, warm-white LED lamps and safer crossings where it meets the roads.',
      ),
    },
    funding: [
      { source: 'pnrr', line: 'M2C2 4.1', euros: 900_000, note: 'Rafforzamento della mobilità ciclistica' },
      { source: 'comune', euros: 350_000 },
    ],
    milestones: [
      ms(step.finalDesign, '2024-03-29', '2024-03-28'),
      ms(step.award, '2024-07-15', '2024-07-19'),
      ms(step.siteStart, '2024-09-02', '2024-09-02'),
      ms(step.worksEnd, '2025-10-31', '2025-10-24'),
      ms(step.opening, '2025-11-08', '2025-11-08'),
    ],
    updates: [
      upd(
        '2025-11-08',
        [
          'Riaperto il percorso lungo la Martesana',
          'Il tratto tra Gorla e Crescenzago è di nuovo percorribile, a piedi e in bicicletta. Ricordiamo che la corsia ciclabile è quella sul lato del canale.',
        ],
        [
          'The Martesana path has reopened',
          'The stretch between Gorla and Crescenzago is open again to walkers and cyclists. Please note that the cycle lane is the one on the canal side.',
        ],
      ),
    ],
  },
  {
    slug: 'precotto-centro-diurno-anziani',
    nil: 16,
    at: [45.5127, 9.2256],
    category: 'social_services',
    status: 'design',
    progress: 12,
    publishedAt: '2026-06-18T14:00:00.000Z',
    contact: 'welfare',
    budget: [1_900_000, 1_900_000],
    start: ['2027-05-03', '2027-05-03'],
    end: ['2028-06-30', '2028-06-30'],
    lastVerifiedAt: '2026-10-01T10:30:00.000Z',
    it: {
      title: 'Precotto, un centro diurno per anziani',
      summary:
        'Un edificio comunale oggi vuoto diventa un centro diurno per trenta persone anziane, con una sala aperta alle attività del quartiere.',
      body: md(
        "A Gorla e Precotto vivono molte persone anziane sole, e i centri diurni più vicini hanno liste d'attesa lunghe. Il progetto trasforma un edificio comunale inutilizzato in un centro diurno per trenta persone, con sala da pranzo, spazi per le attività, un piccolo ambulatorio e un giardino.",
        'Una sala con ingresso separato sarà a disposizione delle associazioni del quartiere per corsi, incontri e feste. Il progetto è stato discusso con i servizi sociali del Municipio 2 e con le associazioni che già lavorano con gli anziani della zona.',
      ),
    },
    en: {
      title: 'Precotto, a day centre for older people',
      summary:
        'An empty City building becomes a day centre for thirty older people, with a room open to neighbourhood activities.',
      body: md(
        'Many older people in Gorla and Precotto live alone, and the nearest day centres have long waiting lists. The project turns an unused City building into a day centre for thirty people, with a dining room, activity spaces, a small clinic room and a garden.',
        "A room with its own entrance will be available to local associations for classes, meetings and parties. The plans were discussed with Municipio 2's social services and with the associations already working with older people in the area.",
      ),
    },
    funding: [
      { source: 'comune', euros: 1_150_000 },
      { source: 'regione', euros: 750_000, note: 'Fondo regionale per i servizi sociosanitari' },
    ],
    milestones: [
      ms(step.feasibility, '2026-05-29', '2026-06-18'),
      ms(
        {
          it: 'Incontri con i servizi sociali del Municipio 2 e le associazioni',
          en: "Meetings with Municipio 2's social services and associations",
        },
        '2026-09-30',
        '2026-09-24',
      ),
      ms(step.finalDesign, '2027-01-29'),
      ms(step.award, '2027-04-15'),
    ],
    updates: [
      upd(
        '2026-09-26',
        [
          'Il progetto presentato al quartiere',
          'Giovedì 24 settembre abbiamo presentato il progetto alle associazioni e ai servizi sociali. Tra le proposte raccolte: orari di apertura più lunghi il sabato e un servizio di trasporto per chi non può muoversi da solo.',
        ],
        [
          'Plans presented to the neighbourhood',
          'On Thursday 24 September we presented the plans to associations and social services. Suggestions included longer Saturday opening hours and a transport service for people who cannot get there on their own.',
        ],
      ),
    ],
  },
  {
    slug: 'parco-lambro-nuovi-ingressi',
    nil: 18,
    at: [45.495, 9.252],
    category: 'green',
    status: 'works',
    progress: 70,
    cup: 'B46F20000910001',
    contact: 'verde',
    contractor: 'Verde Brianza Soc. Coop. Agricola',
    budget: [2_200_000, 2_200_000],
    start: ['2023-05-02', '2024-03-04'],
    end: ['2024-06-28', '2026-12-31'],
    lastVerifiedAt: '2026-11-17T14:45:00.000Z',
    it: {
      title: 'Parco Lambro, nuovi ingressi e percorsi illuminati',
      summary:
        'Ingressi più visibili e accessibili, viali principali illuminati e fontanelle ripristinate in uno dei grandi parchi storici della città.',
      body: md(
        "Il Parco Lambro è uno dei parchi più grandi di Milano, ma i suoi ingressi sono poco visibili e alcuni viali sono bui già nel tardo pomeriggio d'inverno. Il progetto rifà gli ingressi con cancelli nuovi, rampe e mappe del parco, illumina i percorsi principali e ripristina le fontanelle.",
        "Il primo lotto, con l'ingresso di via Feltre e il viale centrale, è stato completato a giugno 2025. Il secondo riguarda l'ingresso sud verso Lambrate e i percorsi lungo il fiume.",
        "L'intervento era finanziato dal PNRR. Dopo la revisione del Piano di dicembre 2023 il Comune ha pagato i lavori con fondi propri.",
      ),
    },
    en: {
      title: 'Parco Lambro, new entrances and lit paths',
      summary:
        "More visible, accessible entrances, lighting on the main paths and working drinking fountains in one of the city's large historic parks.",
      body: md(
        "Parco Lambro is one of Milan's largest parks, but its entrances are hard to spot and some paths are dark by late afternoon in winter. The project rebuilds the entrances with new gates, ramps and park maps, lights the main paths and restores the drinking fountains.",
        'The first phase, covering the Via Feltre entrance and the central avenue, was completed in June 2025. The second covers the southern entrance towards Lambrate and the paths along the river.',
        'The project was funded by the PNRR. After the Plan was revised in December 2023, the City paid for the works from its own budget.',
      ),
    },
    changes: [
      {
        field: 'start',
        from: '2023-05-02',
        to: '2024-03-04',
        on: '2023-12-15',
        reason: {
          it: 'La revisione del PNRR approvata a dicembre 2023 ha tolto la linea M5C2 2.1 dal Piano: la gara è rimasta sospesa finché il Comune non ha coperto la spesa con fondi propri.',
          en: 'The PNRR revision approved in December 2023 removed line M5C2 2.1 from the Plan, so the tender stayed on hold until the City covered the cost from its own funds.',
        },
      },
      {
        field: 'end',
        from: '2024-06-28',
        to: '2026-12-31',
        on: '2024-02-20',
        reason: {
          it: "Nuovo calendario dopo il cambio di finanziamento: i lavori sono divisi in due lotti per non chiudere il parco durante l'estate.",
          en: 'New schedule after the change of funding: the works are split into two phases so the park does not have to close in summer.',
        },
      },
    ],
    funding: [
      {
        source: 'pnrr',
        line: 'M5C2 2.1',
        euros: 160_000,
        to: '2023-12-08',
        note: "Progettazione pagata con il PNRR; la linea è uscita dal Piano con la revisione approvata dal Consiglio UE l'8 dicembre 2023",
      },
      {
        source: 'comune',
        euros: 2_040_000,
        from: '2023-12-08',
        note: 'Lavori coperti con fondi comunali dopo la revisione del PNRR',
      },
    ],
    milestones: [
      ms(step.feasibility, '2022-06-30', '2022-06-22'),
      ms(step.finalDesign, '2023-02-28', '2023-03-10'),
      ms({ it: 'Copertura con fondi comunali', en: 'Funding taken over by the City' }, '2024-01-31', '2024-01-25'),
      ms(step.siteStart, '2024-03-04', '2024-03-04'),
      ms(
        {
          it: 'Primo lotto: ingresso di via Feltre e viale centrale',
          en: 'Phase one: Via Feltre entrance and central avenue',
        },
        '2025-06-30',
        '2025-06-13',
      ),
      ms(step.worksEnd, '2026-12-31'),
    ],
    updates: [
      upd(
        '2026-09-01',
        [
          'Al via il secondo lotto',
          "Da settembre si lavora all'ingresso sud e ai percorsi lungo il Lambro. Alcuni sentieri vicino al fiume sono chiusi: le deviazioni sono segnalate sul posto.",
        ],
        [
          'Phase two begins',
          'From September, work moves to the southern entrance and the paths along the Lambro. Some riverside paths are closed; diversions are signposted on site.',
        ],
      ),
      upd(
        '2025-06-13',
        [
          'Aperto il nuovo ingresso di via Feltre',
          'Il nuovo ingresso di via Feltre e il viale centrale illuminato sono aperti. Le fontanelle del viale sono di nuovo in funzione.',
        ],
        [
          'New Via Feltre entrance open',
          'The new Via Feltre entrance and the lit central avenue are open. The drinking fountains along the avenue are working again.',
        ],
      ),
    ],
  },
  {
    slug: 'quartiere-feltre-case-comunali-cappotto-termico',
    nil: 18,
    at: [45.4975, 9.259],
    category: 'public_housing',
    status: 'completed',
    progress: 100,
    cup: 'B48E20000520001',
    contact: 'casa',
    contractor: 'Adda Costruzioni Generali S.p.A.',
    budget: [4_600_000, 4_950_000],
    start: ['2023-03-01', '2023-03-01'],
    end: ['2025-09-30', '2026-06-30'],
    lastVerifiedAt: '2026-11-11T09:20:00.000Z',
    it: {
      title: 'Quartiere Feltre, cappotto termico per tre edifici di case popolari',
      summary:
        'Isolamento, finestre nuove e caldaie sostituite da pompe di calore per tre edifici comunali della fine degli anni Cinquanta, con circa duecento alloggi.',
      body: md(
        "Il quartiere Feltre, costruito alla fine degli anni Cinquanta accanto al Parco Lambro, ha edifici solidi ma molto dispersivi. L'intervento ha isolato facciate e coperture di tre edifici, per circa duecento alloggi, sostituito le finestre e le vecchie caldaie a gas con pompe di calore.",
        "Durante la demolizione delle canne fumarie è stato trovato amianto, rimosso con un piano di lavoro approvato dall'ATS: per questo i lavori sono finiti nove mesi dopo il previsto.",
        'Parte della spesa è coperta dagli incentivi statali del Conto Termico, che il Comune ha richiesto al GSE.',
      ),
    },
    en: {
      title: 'Feltre estate, insulation for three public housing blocks',
      summary:
        'Insulation, new windows and heat pumps in place of gas boilers for three late-1950s City blocks with about two hundred flats.',
      body: md(
        'The Feltre estate, built in the late 1950s next to Parco Lambro, has sturdy buildings that lose a lot of heat. The project insulated the façades and roofs of three blocks with about two hundred flats, replaced the windows, and swapped the old gas boilers for heat pumps.',
        'Asbestos was found while the flues were being demolished. It was removed under a work plan approved by the health authority (ATS), which is why the works ended nine months later than planned.',
        'Part of the cost is covered by national Conto Termico incentives, which the City applied for through the energy services agency GSE.',
      ),
    },
    changes: [
      {
        field: 'budget',
        from: 4_600_000,
        to: 4_950_000,
        on: '2023-10-16',
        reason: {
          it: 'Aumento dei prezzi dei materiali (aggiornamento del prezzario regionale 2023).',
          en: 'Higher material prices (2023 regional price list update).',
        },
      },
      {
        field: 'end',
        from: '2025-09-30',
        to: '2026-06-30',
        on: '2025-04-08',
        reason: {
          it: "Ritrovamento di amianto nelle canne fumarie durante la demolizione: la rimozione ha richiesto un piano di lavoro approvato dall'ATS.",
          en: 'Asbestos found in the flues during demolition: removing it required a work plan approved by the health authority (ATS).',
        },
      },
    ],
    funding: [
      { source: 'regione', euros: 2_800_000, note: "Programma regionale per l'edilizia residenziale pubblica" },
      { source: 'comune', euros: 1_450_000 },
      { source: 'other', euros: 700_000, note: 'Incentivi statali del Conto Termico (GSE)' },
    ],
    milestones: [
      ms(step.award, '2022-12-15', '2022-12-20'),
      ms(step.siteStart, '2023-03-01', '2023-03-01'),
      ms(
        { it: "Rimozione dell'amianto dalle canne fumarie", en: 'Asbestos removed from the flues' },
        '2025-03-31',
        '2025-07-18',
      ),
      ms(step.worksEnd, '2025-09-30', '2026-06-26'),
      ms(step.inspection, '2026-10-30'),
    ],
    updates: [
      upd(
        '2026-06-30',
        [
          'Lavori finiti',
          'I ponteggi sono stati smontati e le pompe di calore funzionano in tutti e tre gli edifici. Il collaudo è previsto in autunno.',
        ],
        [
          'Works finished',
          'The scaffolding has come down and the heat pumps are running in all three blocks. The final inspection is expected in the autumn.',
        ],
      ),
      upd(
        '2025-04-10',
        [
          'Trovato amianto nelle canne fumarie',
          "L'amianto sarà rimosso da un'impresa specializzata, con gli alloggi interessati liberati per pochi giorni ciascuno. Gli inquilini sono informati scala per scala.",
        ],
        [
          'Asbestos found in the flues',
          'A specialist firm will remove the asbestos, with each affected flat vacated for a few days. Tenants are being informed stairwell by stairwell.',
        ],
      ),
    ],
    media: [
      {
        file: '/images/demo/placeholder-before.svg',
        phase: 'before',
        alt: {
          it: 'Facciata di un edificio del quartiere Feltre prima dei lavori, con intonaco scrostato',
          en: 'Façade of a Feltre estate block before the works, with peeling render',
        },
        takenOn: '2022-11-08',
      },
      {
        file: '/images/demo/placeholder-after.svg',
        phase: 'after',
        alt: {
          it: 'La stessa facciata dopo i lavori, con cappotto termico e finestre nuove',
          en: 'The same façade after the works, with insulation and new windows',
        },
        takenOn: '2026-07-02',
      },
    ],
  },
  {
    slug: 'ortica-zona-30-via-san-faustino',
    nil: 23,
    at: [45.474, 9.249],
    category: 'mobility',
    status: 'not_started',
    progress: 0,
    publishedAt: '2026-10-30T15:00:00.000Z',
    contact: 'mobilita',
    budget: [780_000, 780_000],
    start: ['2027-06-01', '2027-06-01'],
    end: ['2027-12-17', '2027-12-17'],
    lastVerifiedAt: '2026-11-04T15:30:00.000Z',
    it: {
      title: 'Ortica, zona 30 e piazza davanti alla chiesa',
      summary:
        "Il vecchio borgo dell'Ortica diventa zona 30, con attraversamenti rialzati davanti alla scuola e una piccola piazza pedonale davanti alla chiesa dei Santi Faustino e Giovita.",
      body: md(
        "Le strade strette dell'Ortica sono usate come scorciatoia da chi evita i viali, con auto veloci vicino alla scuola e alle case. Il progetto porta il limite a 30 km/h in tutto il borgo, con attraversamenti rialzati e restringimenti della carreggiata nei punti più pericolosi.",
        'Lo slargo davanti alla chiesa dei Santi Faustino e Giovita diventa una piccola piazza pedonale con alberi e panchine. I murales che hanno reso famoso il quartiere restano dove sono.',
      ),
    },
    en: {
      title: 'Ortica, 30 km/h zone and a square in front of the church',
      summary:
        'The old village of Ortica becomes a 30 km/h zone, with raised crossings outside the school and a small pedestrian square in front of the church of Santi Faustino e Giovita.',
      body: md(
        "Ortica's narrow streets are used as a shortcut by drivers avoiding the main roads, with fast cars close to the school and the houses. The project sets a 30 km/h limit throughout the village, with raised crossings and narrowed carriageways at the most dangerous points.",
        'The open space in front of the church of Santi Faustino e Giovita becomes a small pedestrian square with trees and benches. The murals that made the neighbourhood famous stay where they are.',
      ),
    },
    funding: [{ source: 'comune', euros: 780_000 }],
    milestones: [
      ms(
        { it: 'Approvazione del progetto da parte della Giunta', en: 'Plans approved by the City Executive' },
        '2026-10-30',
        '2026-10-30',
      ),
      ms(step.finalDesign, '2027-02-26'),
      ms(step.siteStart, '2027-06-01'),
      ms(step.worksEnd, '2027-12-17'),
    ],
    updates: [
      upd(
        '2026-10-30',
        [
          'Approvato il progetto',
          "La Giunta ha approvato il progetto della zona 30. Nei prossimi mesi prepariamo il progetto esecutivo; prima della gara lo presenteremo in un incontro pubblico all'Ortica.",
        ],
        [
          'Plans approved',
          'The City Executive has approved the 30 km/h zone plans. Over the coming months we will prepare the detailed design and, before the tender, present it at a public meeting in Ortica.',
        ],
      ),
    ],
  },
];
