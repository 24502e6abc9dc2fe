/**
 * Two programmes and their projects: the PINQuA programme in Giambellino–Lorenteggio
 * (Municipio 6) and the Piano Quartieri works in Quarto Oggiaro and Villapizzone (Municipio 8).
 * Projects, people and figures are fictional; places are real.
 */
import { step } from './steps.ts';
import { md, ms, upd, type SeedProject } from './types.ts';

const pinquaLine = 'M5C2 2.3';

export const programmeProjects: SeedProject[] = [
  {
    slug: 'lorenteggio-abitare-in-giambellino',
    nil: 49,
    at: [45.449, 9.137],
    category: 'mixed_programme',
    status: 'works',
    contact: 'rigenerazione',
    start: ['2022-09-01', '2022-09-01'],
    end: ['2027-12-31', '2027-12-31'],
    lastVerifiedAt: '2026-11-16T10:20:00.000Z',
    it: {
      title: 'Lorenteggio – Abitare in Giambellino',
      summary:
        "Programma di rigenerazione del quartiere finanziato in gran parte dal PINQuA: case popolari più efficienti, una piazza nuova e la scuola, la biblioteca e il mercato come luoghi d'incontro.",
      body: md(
        "Il programma riunisce cinque interventi tra via Lorenteggio, via Giambellino e piazza Tirana. L'obiettivo è migliorare la qualità dell'abitare in uno dei quartieri di edilizia pubblica più grandi di Milano, lavorando insieme sulle case e sugli spazi che le circondano.",
        "La parte principale del finanziamento arriva dal Programma innovativo nazionale per la qualità dell'abitare (PINQuA), compreso nel PNRR. Il Comune e Regione Lombardia aggiungono risorse proprie, soprattutto per i lavori che si concluderanno dopo giugno 2026.",
        "L'avanzamento del programma è calcolato su quello dei singoli interventi, pesati in base al loro costo. Ogni intervento ha una propria scheda con date, costi, finanziamenti e aggiornamenti.",
      ),
    },
    en: {
      title: 'Lorenteggio – Living in Giambellino',
      summary:
        'A neighbourhood regeneration programme funded mostly by PINQuA: more efficient public housing, a new square, and the school, the library and the market as places to meet.',
      body: md(
        'The programme brings together five projects between Via Lorenteggio, Via Giambellino and Piazza Tirana. Its aim is to improve everyday living in one of the largest public housing neighbourhoods in Milan by working on the homes and on the spaces around them at the same time.',
        "Most of the money comes from the National Innovative Programme for Housing Quality (PINQuA), which is part of Italy's Recovery and Resilience Plan (PNRR). The City and Regione Lombardia add their own funds, mainly for work that will finish after June 2026.",
        "The programme's progress is worked out from the progress of its projects, weighted by their cost. Each project has its own page with dates, costs, funding and updates.",
      ),
    },
    milestones: [
      ms(
        {
          it: 'Firma della convenzione PINQuA con il Ministero delle Infrastrutture',
          en: 'PINQuA funding agreement signed with the Ministry of Infrastructure',
        },
        '2022-04-30',
        '2022-05-19',
      ),
      ms(
        { it: 'Apertura del primo cantiere (scuola di via Narcisi)', en: 'First site opens (school in Via Narcisi)' },
        '2023-09-01',
        '2023-09-11',
      ),
      ms(
        { it: 'Inaugurazione della nuova sala ragazzi della biblioteca', en: "Library's new children's room opens" },
        '2025-05-10',
        '2025-05-10',
      ),
      ms({ it: 'Conclusione di tutti gli interventi', en: 'All projects completed' }, '2027-12-31'),
    ],
    updates: [
      upd(
        '2026-10-20',
        [
          'Finiti i lavori alla scuola di via Narcisi',
          'La palestra e i cortili della scuola sono pronti e, dopo il collaudo, saranno aperti anche alle associazioni del quartiere. Nelle case di via Segneri proseguono i lavori nei vani scala; per piazza Tirana la gara è in corso.',
        ],
        [
          'Work finished at the Via Narcisi school',
          "The school's gym and courtyards are ready and, once inspected, will also be open to local associations. In the Via Segneri homes, work on the stairwells continues; the tender for Piazza Tirana is under way.",
        ],
      ),
    ],
  },
  {
    slug: 'lorenteggio-case-via-segneri-efficienza-energetica',
    parent: 'lorenteggio-abitare-in-giambellino',
    nil: 53,
    at: [45.4515, 9.1295],
    category: 'public_housing',
    status: 'works',
    progress: 78,
    cup: 'B48E21000630001',
    contact: 'casa',
    contractor: 'RTI Costruzioni Lambro S.r.l. – Martesana Impianti S.r.l.',
    budget: [6_850_000, 7_240_000],
    start: ['2024-02-01', '2024-02-19'],
    end: ['2026-03-31', '2026-12-31'],
    lastVerifiedAt: '2026-11-20T09:30:00.000Z',
    it: {
      title: 'Case popolari di via Segneri: meno consumi e più comfort',
      summary:
        'Isolamento di facciate e tetti, finestre nuove e collegamento al teleriscaldamento per quattro edifici di case popolari, con gli inquilini in casa durante i lavori.',
      body: md(
        "Il progetto rinnova quattro edifici di case popolari in via Segneri, costruiti alla fine degli anni Trenta. I lavori riguardano l'isolamento delle facciate e dei tetti, la sostituzione delle finestre e il collegamento alla rete del teleriscaldamento, che prende il posto delle vecchie caldaie.",
        'Il cantiere procede una scala alla volta, con gli inquilini in casa. Le famiglie che abitano negli alloggi più interessati dai lavori possono trasferirsi per qualche settimana in appartamenti di appoggio nello stesso quartiere.',
        "A lavori finiti l'energia necessaria per scaldare le case dovrebbe ridursi di circa la metà, con bollette più basse per gli inquilini.",
      ),
    },
    en: {
      title: 'Via Segneri public housing: lower bills, warmer homes',
      summary:
        'Insulated façades and roofs, new windows and a district heating connection for four public housing blocks, with tenants living at home during the works.',
      body: md(
        'The project renovates four public housing blocks in Via Segneri, built in the late 1930s. The work covers insulation of façades and roofs, new windows and a connection to the district heating network, which replaces the old boilers.',
        'The site moves one stairwell at a time while tenants stay at home. Families living in the flats most affected by the works can move for a few weeks into temporary flats in the same neighbourhood.',
        'Once the work is done, the energy needed to heat the homes should fall by about half, bringing lower bills for tenants.',
      ),
    },
    changes: [
      {
        field: 'start',
        from: '2024-02-01',
        to: '2024-02-19',
        on: '2024-02-12',
        reason: {
          it: 'La consegna dei lavori è slittata di due settimane per completare il trasloco di sei famiglie negli alloggi di appoggio.',
          en: 'Site handover slipped by two weeks so that six families could finish moving into temporary flats.',
        },
      },
      {
        field: 'budget',
        from: 6_850_000,
        to: 7_240_000,
        on: '2024-11-05',
        reason: {
          it: 'Aumento dei prezzi dei materiali (aggiornamento del prezzario di Regione Lombardia 2024).',
          en: 'Higher material prices (Regione Lombardia 2024 price list update).',
        },
      },
      {
        field: 'end',
        from: '2026-03-31',
        to: '2026-12-31',
        on: '2025-09-22',
        reason: {
          it: 'Le colonne di scarico, una volta aperte le pareti, sono risultate danneggiate e vanno sostituite: un lavoro non previsto dal progetto.',
          en: 'Once the walls were opened, the drainage stacks turned out to be damaged and must be replaced, which the design had not foreseen.',
        },
      },
    ],
    funding: [
      {
        source: 'pinqua',
        line: pinquaLine,
        euros: 5_400_000,
        note: 'Quota PINQuA per i lavori rendicontati entro il 30 giugno 2026',
      },
      { source: 'comune', euros: 1_840_000, note: 'Completamento dopo giugno 2026 e maggiori costi' },
    ],
    milestones: [
      ms(step.finalDesign, '2023-06-30', '2023-07-14'),
      ms(step.award, '2023-12-15', '2023-12-21'),
      ms(step.siteStart, '2024-02-01', '2024-02-19'),
      ms(
        {
          it: 'Cappotto termico e finestre nuove sui primi due edifici',
          en: 'Insulation and new windows on the first two blocks',
        },
        '2025-10-31',
        '2025-12-12',
      ),
      ms(
        { it: 'Allacciamento al teleriscaldamento', en: 'Connection to district heating' },
        '2026-06-30',
        '2026-09-18',
      ),
      ms(step.worksEnd, '2026-12-31'),
    ],
    updates: [
      upd(
        '2026-09-25',
        [
          'Le case sono collegate al teleriscaldamento',
          'Da settembre riscaldamento e acqua calda arrivano dalla rete cittadina del teleriscaldamento. Restano da completare i lavori nei vani scala e la sistemazione dei cortili.',
        ],
        [
          'Homes now on district heating',
          "Since September, heating and hot water have come from the city's district heating network. Work on the stairwells and the courtyards is still to be completed.",
        ],
      ),
      upd(
        '2025-09-30',
        [
          'Fine lavori spostata a dicembre 2026',
          'Aprendo le pareti sono emerse colonne di scarico danneggiate. Le sostituiamo adesso, mentre il cantiere è aperto, per evitare nuovi lavori negli alloggi tra pochi anni.',
        ],
        [
          'Completion moved to December 2026',
          'Opening the walls revealed damaged drainage stacks. We are replacing them now, while the site is open, to avoid new work inside the flats in a few years.',
        ],
      ),
    ],
  },
  {
    slug: 'biblioteca-lorenteggio-sala-ragazzi',
    parent: 'lorenteggio-abitare-in-giambellino',
    nil: 49,
    at: [45.447, 9.138],
    category: 'library_culture',
    status: 'in_use',
    progress: 100,
    cup: 'B44D21000870001',
    contact: 'cultura',
    contractor: 'Olona Restauri S.r.l.',
    budget: [980_000, 980_000],
    start: ['2023-10-02', '2023-10-02'],
    end: ['2025-03-31', '2025-03-31'],
    lastVerifiedAt: '2026-10-28T14:05:00.000Z',
    it: {
      title: 'Biblioteca Lorenteggio: nuova sala ragazzi e ingresso dal giardino',
      summary:
        'La biblioteca di via Odazio ha una sala ragazzi rinnovata, una sala studio aperta anche la sera e un ingresso senza gradini dal giardino.',
      body: md(
        "La biblioteca di via Odazio è uno dei pochi luoghi del quartiere aperti a tutti e gratuiti. Con questo intervento l'ex magazzino al piano terra è diventato una sala per bambini e ragazzi, con angoli per la lettura, tavoli per i compiti e uno spazio per le attività con le scuole.",
        'La sala studio è stata ampliata e resta aperta fino alle 22 dal lunedì al giovedì. Un nuovo ingresso dal giardino, senza gradini, rende la biblioteca accessibile a chi usa la sedia a rotelle o il passeggino; i servizi igienici sono stati rifatti.',
      ),
    },
    en: {
      title: "Lorenteggio Library: a new children's room and a garden entrance",
      summary:
        "The library in Via Odazio has a renovated children's room, a study room open in the evening and a step-free entrance from the garden.",
      body: md(
        'The Via Odazio library is one of the few places in the neighbourhood that are open to everyone and free. With this project, the former storeroom on the ground floor has become a room for children and teenagers, with reading corners, homework tables and space for activities with schools.',
        'The study room has been enlarged and stays open until 10 pm from Monday to Thursday. A new step-free entrance from the garden makes the library accessible to wheelchair and pushchair users, and the toilets have been rebuilt.',
      ),
    },
    funding: [
      { source: 'pinqua', line: pinquaLine, euros: 780_000 },
      { source: 'comune', euros: 200_000, note: 'Arredi e allestimenti' },
    ],
    milestones: [
      ms(step.finalDesign, '2023-05-31', '2023-06-09'),
      ms(step.award, '2023-09-15', '2023-09-12'),
      ms(step.siteStart, '2023-10-02', '2023-10-02'),
      ms(step.worksEnd, '2025-03-31', '2025-03-21'),
      ms(step.opening, '2025-05-10', '2025-05-10'),
    ],
    updates: [
      upd(
        '2025-05-12',
        [
          'La nuova sala ragazzi è aperta',
          'Sabato 10 maggio più di trecento persone hanno partecipato alla festa di apertura. La sala ragazzi è aperta negli orari della biblioteca; le classi possono prenotare le visite scrivendo alla biblioteca.',
        ],
        [
          "The new children's room is open",
          "More than three hundred people came to the opening party on Saturday 10 May. The children's room follows the library's opening hours; schools can book class visits by writing to the library.",
        ],
      ),
    ],
  },
  {
    slug: 'piazza-tirana-nuova-piazza',
    parent: 'lorenteggio-abitare-in-giambellino',
    nil: 53,
    at: [45.449, 9.131],
    category: 'public_space',
    status: 'tendering',
    progress: 18,
    cup: 'B47H22000150001',
    contact: 'opere',
    budget: [2_100_000, 2_350_000],
    start: ['2025-03-03', '2027-03-01'],
    end: ['2026-03-31', '2028-03-31'],
    lastVerifiedAt: '2026-11-09T11:45:00.000Z',
    it: {
      title: 'Piazza Tirana diventa una piazza',
      summary:
        'Lo spazio oggi occupato da auto e corsie di traffico diventa una piazza alberata, con sedute, giochi e un passaggio pedonale sicuro verso la stazione di San Cristoforo.',
      body: md(
        'Piazza Tirana è oggi soprattutto un incrocio con parcheggi, anche se ogni giorno la attraversano migliaia di persone dirette alla stazione di San Cristoforo, alla metropolitana e ai mezzi di superficie. Il progetto riduce lo spazio per le auto e ricava una piazza pedonale di circa 4.000 metri quadrati.',
        "Sono previsti più di quaranta alberi, sedute all'ombra, un'area giochi, fontanelle e un sistema che raccoglie l'acqua piovana e la restituisce al terreno invece di mandarla in fognatura. Il disegno tiene conto di quanto emerso nei laboratori con i residenti del 2025.",
        "L'intervento era inizialmente finanziato dal PINQuA. Poiché non poteva concludersi entro la scadenza del PNRR, nel 2024 il Comune lo ha coperto con fondi propri e regionali.",
      ),
    },
    en: {
      title: 'Piazza Tirana becomes a real square',
      summary:
        'Space now taken up by cars and traffic lanes becomes a tree-lined square with seating, play equipment and a safe walking route to San Cristoforo station.',
      body: md(
        'Today Piazza Tirana is mostly a junction with parking, even though thousands of people cross it every day on their way to San Cristoforo station, the metro, buses and trams. The project takes space back from cars and creates a pedestrian square of about 4,000 square metres.',
        'Plans include more than forty trees, shaded seating, a play area, drinking fountains and a system that collects rainwater and lets it soak into the ground instead of sending it to the sewers. The design reflects what residents said in the 2025 workshops.',
        'The project was first funded by PINQuA. Because it could not be finished before the PNRR deadline, in 2024 the City moved it onto its own and regional funds.',
      ),
    },
    changes: [
      {
        field: 'start',
        from: '2025-03-03',
        to: '2027-03-01',
        on: '2024-05-31',
        reason: {
          it: "Fino alla fine del 2024 la piazza era occupata dal cantiere della M4, quindi i lavori non potevano finire entro giugno 2026, termine del PNRR. L'intervento è uscito dal PINQuA ed è stato riprogrammato con fondi comunali e regionali.",
          en: 'The M4 metro site occupied the square until late 2024, so the works could not finish by June 2026, the PNRR deadline. The project left PINQuA and was rescheduled with City and regional funds.',
        },
      },
      {
        field: 'end',
        from: '2026-03-31',
        to: '2028-03-31',
        on: '2024-05-31',
        reason: {
          it: 'Nuovo calendario dopo il cambio di finanziamento (vedi la data di inizio).',
          en: 'New schedule after the change of funding (see the start date).',
        },
      },
      {
        field: 'budget',
        from: 2_100_000,
        to: 2_350_000,
        on: '2025-11-18',
        reason: {
          it: "Il progetto esecutivo aggiunge alberi e un impianto di raccolta dell'acqua piovana chiesti dai residenti nei laboratori.",
          en: 'The detailed design adds trees and a rainwater collection system that residents asked for in the workshops.',
        },
      },
    ],
    funding: [
      {
        source: 'pinqua',
        line: pinquaLine,
        euros: 150_000,
        to: '2024-05-31',
        note: 'Progetto di fattibilità pagato con il PINQuA; poi definanziato perché i lavori non potevano finire entro giugno 2026',
      },
      { source: 'comune', euros: 1_450_000, from: '2024-05-31' },
      {
        source: 'regione',
        euros: 750_000,
        from: '2024-05-31',
        note: 'Accordo con Regione Lombardia per il Lorenteggio',
      },
    ],
    milestones: [
      ms(step.feasibility, '2023-03-31', '2023-04-20'),
      ms(
        { it: 'Laboratori con i residenti sul disegno della piazza', en: 'Design workshops with residents' },
        '2025-06-30',
        '2025-06-21',
      ),
      ms(step.finalDesign, '2025-12-15', '2026-02-10'),
      ms(step.tender, '2026-09-30', '2026-10-06'),
      ms(step.award, '2027-01-29'),
      ms(step.siteStart, '2027-03-01'),
    ],
    updates: [
      upd(
        '2026-10-06',
        [
          'Pubblicata la gara per i lavori',
          "Le imprese possono presentare le offerte fino al 20 novembre. Se l'aggiudicazione avverrà nei tempi previsti, il cantiere aprirà a marzo 2027.",
        ],
        [
          'Tender for the works published',
          'Companies can submit bids until 20 November. If the contract is awarded on time, the site will open in March 2027.',
        ],
      ),
      upd(
        '2025-06-25',
        [
          'Cosa è emerso dai laboratori',
          'Ai tre incontri hanno partecipato circa centoventi persone. Le richieste più frequenti: più ombra, panchine con lo schienale, giochi per i più piccoli e un attraversamento sicuro verso la stazione.',
        ],
        [
          'What came out of the workshops',
          'About a hundred and twenty people took part in the three meetings. The most frequent requests: more shade, benches with backrests, play equipment for small children and a safe crossing to the station.',
        ],
      ),
    ],
  },
  {
    slug: 'scuola-via-narcisi-palestra-e-cortili',
    parent: 'lorenteggio-abitare-in-giambellino',
    nil: 49,
    at: [45.4462, 9.1345],
    category: 'school',
    status: 'completed',
    progress: 100,
    cup: 'B42G21000440001',
    contact: 'scuole',
    contractor: 'Impresa Edile F.lli Ronchi S.p.A.',
    budget: [3_200_000, 3_450_000],
    start: ['2023-09-01', '2023-09-11'],
    end: ['2026-06-30', '2026-10-15'],
    lastVerifiedAt: '2026-11-12T16:10:00.000Z',
    it: {
      title: 'Scuola di via Narcisi: palestra nuova e cortili verdi',
      summary:
        "Ricostruita la palestra e trasformati i cortili d'asfalto in spazi verdi e ombreggiati, aperti al quartiere fuori dall'orario scolastico.",
      body: md(
        "La vecchia palestra, con problemi strutturali e senza isolamento, è stata demolita e ricostruita. La nuova ha spogliatoi accessibili, luce naturale e un impianto di ventilazione che mantiene l'aria pulita anche con le porte chiuse.",
        "I cortili, finora coperti di asfalto, sono stati in parte depavimentati: ci sono prati, alberi, un orto didattico e zone d'ombra dove d'estate la temperatura è più bassa di diversi gradi.",
        'Nel pomeriggio e nel fine settimana palestra e cortili saranno aperti alle associazioni e alle famiglie del quartiere, con il programma comunale Scuole Aperte.',
      ),
    },
    en: {
      title: 'Via Narcisi school: a new gym and green courtyards',
      summary:
        'The gym has been rebuilt and the tarmac courtyards turned into green, shaded spaces that are open to the neighbourhood outside school hours.',
      body: md(
        'The old gym, which had structural problems and no insulation, has been demolished and rebuilt. The new one has accessible changing rooms, natural light and a ventilation system that keeps the air clean even with the doors shut.',
        'The courtyards, until now covered in tarmac, have been partly de-paved: there are lawns, trees, a school vegetable garden and shaded areas that stay several degrees cooler in summer.',
        "In the afternoon and at weekends, the gym and courtyards will be open to local associations and families through the City's Open Schools programme.",
      ),
    },
    changes: [
      {
        field: 'start',
        from: '2023-09-01',
        to: '2023-09-11',
        on: '2023-09-05',
        reason: {
          it: 'Apertura del cantiere spostata di dieci giorni per organizzare ingressi separati per alunni e mezzi di cantiere.',
          en: 'Site opening moved by ten days to set up separate entrances for pupils and construction vehicles.',
        },
      },
      {
        field: 'budget',
        from: 3_200_000,
        to: 3_450_000,
        on: '2024-04-22',
        reason: {
          it: 'Le verifiche sismiche fatte durante i lavori hanno richiesto di rinforzare il solaio tra palestra e aule.',
          en: 'Seismic checks carried out during the works required the floor between the gym and the classrooms to be strengthened.',
        },
      },
      {
        field: 'end',
        from: '2026-06-30',
        to: '2026-10-15',
        on: '2025-12-03',
        reason: {
          it: 'Il rinforzo del solaio ha allungato i lavori di circa tre mesi e mezzo.',
          en: 'Strengthening the floor added about three and a half months to the works.',
        },
      },
    ],
    funding: [
      { source: 'pinqua', line: pinquaLine, euros: 2_600_000 },
      { source: 'regione', euros: 600_000, note: "Bando regionale per l'edilizia scolastica" },
      { source: 'comune', euros: 250_000, note: 'Rinforzo strutturale e lavori dopo giugno 2026' },
    ],
    milestones: [
      ms(step.award, '2023-07-31', '2023-07-27'),
      ms(step.siteStart, '2023-09-01', '2023-09-11'),
      ms(
        { it: 'Struttura della nuova palestra completata', en: 'Structure of the new gym completed' },
        '2025-03-31',
        '2025-05-16',
      ),
      ms(step.worksEnd, '2026-06-30', '2026-10-15'),
      ms(step.inspection, '2026-12-18'),
      ms({ it: 'Palestra aperta alle associazioni del quartiere', en: 'Gym open to local associations' }, '2027-01-11'),
    ],
    updates: [
      upd(
        '2026-10-16',
        [
          'Lavori finiti: ora il collaudo',
          'Il cantiere è chiuso. Entro dicembre i tecnici faranno il collaudo; dopo le vacanze di Natale la palestra tornerà in uso alla scuola e, dal pomeriggio, alle associazioni.',
        ],
        [
          'Works finished, inspection next',
          'The site is closed. Inspectors will check the work by December; after the Christmas holidays the gym will be back in use by the school and, in the afternoons, by local associations.',
        ],
      ),
    ],
  },
  {
    slug: 'mercato-lorenteggio-spazi-di-quartiere',
    parent: 'lorenteggio-abitare-in-giambellino',
    nil: 53,
    at: [45.4523, 9.127],
    category: 'other',
    status: 'works',
    progress: 35,
    contact: 'commercio',
    contractor: 'Adda Costruzioni Generali S.p.A.',
    budget: [1_450_000, 1_450_000],
    start: ['2026-03-02', '2026-03-02'],
    end: ['2027-09-30', '2027-09-30'],
    lastVerifiedAt: '2026-11-03T08:50:00.000Z',
    it: {
      title: 'Mercato comunale Lorenteggio: banchi rinnovati e spazi per il quartiere',
      summary:
        'Il mercato coperto rifà il tetto e gli impianti, riorganizza i banchi e apre al quartiere gli spazi oggi vuoti: una cucina comune, una sala per le associazioni e un bar.',
      body: md(
        "Il mercato comunale coperto di via Lorenteggio ha perso negli anni metà dei suoi banchi. Il progetto rifà la copertura e gli impianti, migliora l'illuminazione e riorganizza i banchi nella parte centrale della sala.",
        "Gli spazi liberi lungo il lato nord diventano una cucina comune per corsi e pranzi di quartiere, una sala per le associazioni e un bar con tavoli all'aperto. La gestione sarà affidata con un bando aperto a cooperative e associazioni del territorio.",
        'Durante i lavori il mercato resta aperto: i banchi si spostano a rotazione nella parte della sala non interessata dal cantiere.',
      ),
    },
    en: {
      title: 'Lorenteggio municipal market: renovated stalls and space for the neighbourhood',
      summary:
        'The covered market gets a new roof and services, a new layout for its stalls, and its empty spaces become a shared kitchen, a room for local associations and a café.',
      body: md(
        'Over the years, the covered municipal market in Via Lorenteggio has lost half of its stalls. The project renews the roof and the building services, improves the lighting and regroups the stalls in the central part of the hall.',
        'The empty units along the north side become a shared kitchen for cooking classes and community lunches, a room for local associations and a café with outdoor tables. They will be run by local cooperatives or associations chosen through an open call.',
        'The market stays open during the works: stalls move in turn to the part of the hall that is not under construction.',
      ),
    },
    funding: [
      { source: 'comune', euros: 950_000 },
      { source: 'regione', euros: 500_000, note: 'Contributo regionale per i distretti del commercio' },
    ],
    milestones: [
      ms(step.finalDesign, '2025-10-31', '2025-10-28'),
      ms(step.award, '2026-01-30', '2026-02-06'),
      ms(step.siteStart, '2026-03-02', '2026-03-02'),
      ms({ it: 'Nuova copertura completata', en: 'New roof completed' }, '2026-10-30', '2026-10-23'),
      ms(
        {
          it: 'Apertura della cucina comune e della sala associazioni',
          en: 'Shared kitchen and association room open',
        },
        '2027-06-30',
      ),
      ms(step.worksEnd, '2027-09-30'),
    ],
    updates: [
      upd(
        '2026-10-26',
        [
          'Il tetto nuovo è finito',
          "Niente più infiltrazioni d'acqua nella sala. Da novembre i lavori si spostano all'interno: i banchi del lato est si trasferiscono per due mesi al centro della sala.",
        ],
        [
          'The new roof is finished',
          'No more leaks in the hall. From November, the work moves indoors: the stalls on the east side will move to the centre of the hall for two months.',
        ],
      ),
      upd(
        '2026-03-04',
        [
          'Al via il cantiere, il mercato resta aperto',
          "I lavori sono cominciati lunedì 2 marzo. Orari e banchi non cambiano; l'ingresso da via Lorenteggio resta sempre aperto.",
        ],
        [
          'Works begin, the market stays open',
          'Work began on Monday 2 March. Opening hours and stalls are unchanged; the entrance from Via Lorenteggio stays open throughout.',
        ],
      ),
    ],
  },

  {
    slug: 'piano-quartieri-quarto-oggiaro-villapizzone',
    nil: 76,
    at: [45.514, 9.138],
    category: 'mixed_programme',
    status: 'works',
    contact: 'periferie',
    start: ['2021-04-01', '2021-04-01'],
    end: ['2027-06-30', '2027-06-30'],
    lastVerifiedAt: '2026-11-18T15:00:00.000Z',
    it: {
      title: 'Piano Quartieri – Quarto Oggiaro e Villapizzone',
      summary:
        'Gli interventi del Piano Quartieri nel nord-ovest della città: piazza Capuana, la scuola di via Graf, il sottopasso della stazione di Villapizzone e il campo sportivo di via Lopez.',
      body: md(
        'Il Piano Quartieri è il programma con cui il Comune investe risorse proprie nella manutenzione e nella rigenerazione dei quartieri fuori dal centro. A Quarto Oggiaro e Villapizzone comprende quattro interventi scelti insieme al Municipio 8 dopo una serie di incontri pubblici.',
        "Piazza Capuana è già aperta; la scuola di via Graf e il sottopasso di Villapizzone sono in cantiere. I lavori al campo sportivo di via Lopez sono fermi dopo il fallimento dell'impresa e ripartiranno con un nuovo affidamento.",
        "L'avanzamento del programma è calcolato su quello dei singoli interventi, pesati in base al loro costo.",
      ),
    },
    en: {
      title: 'Neighbourhoods Plan – Quarto Oggiaro and Villapizzone',
      summary:
        "The Neighbourhoods Plan's projects in north-west Milan: Piazza Capuana, the Via Graf school, the Villapizzone station underpass and the Via Lopez sports ground.",
      body: md(
        "The Neighbourhoods Plan (Piano Quartieri) is the City's own programme for maintaining and regenerating neighbourhoods outside the centre. In Quarto Oggiaro and Villapizzone it includes four projects chosen with Municipio 8 after a series of public meetings.",
        'Piazza Capuana is already open; the Via Graf school and the Villapizzone underpass are under construction. Work on the Via Lopez sports ground stopped when the contractor went bust and will restart under a new contract.',
        "The programme's progress is worked out from the progress of its projects, weighted by their cost.",
      ),
    },
    milestones: [
      ms(
        { it: 'Approvazione del programma da parte della Giunta', en: 'Programme approved by the City Executive' },
        '2021-02-26',
        '2021-03-12',
      ),
      ms(
        { it: 'Prima opera conclusa: piazza Capuana', en: 'First project finished: Piazza Capuana' },
        '2025-03-31',
        '2025-06-07',
      ),
      ms({ it: 'Conclusione di tutti gli interventi', en: 'All projects completed' }, '2027-06-30'),
    ],
    updates: [
      upd(
        '2026-05-20',
        [
          'Campo di via Lopez: lavori fermi',
          "L'impresa che stava costruendo gli spogliatoi è in liquidazione e ha lasciato il cantiere. Gli altri interventi del programma proseguono regolarmente.",
        ],
        [
          'Via Lopez sports ground: works on hold',
          'The company building the changing rooms has gone into liquidation and has left the site. The other projects in the programme are going ahead as planned.',
        ],
      ),
    ],
  },
  {
    slug: 'quarto-oggiaro-piazza-capuana',
    parent: 'piano-quartieri-quarto-oggiaro-villapizzone',
    nil: 76,
    at: [45.513, 9.1395],
    category: 'public_space',
    status: 'in_use',
    progress: 100,
    cup: 'B47H20001890001',
    contact: 'opere',
    contractor: 'Seveso Strade S.r.l.',
    budget: [1_850_000, 1_920_000],
    start: ['2024-03-04', '2024-03-04'],
    end: ['2025-03-31', '2025-05-30'],
    lastVerifiedAt: '2026-10-14T10:00:00.000Z',
    it: {
      title: 'Piazza Capuana, il nuovo centro di Quarto Oggiaro',
      summary:
        'Meno asfalto e più alberi: la piazza è stata ridisegnata con sedute, giochi, una fontana a raso e uno spazio attrezzato per il mercato del sabato.',
      body: md(
        "Piazza Capuana era in gran parte occupata da auto in sosta e da una carreggiata larga e poco sicura. Oggi è una piazza pedonale con ventotto nuovi alberi, panchine, un'area giochi e una fontana a raso in cui d'estate i bambini possono giocare.",
        'Il lato est è pensato per il mercato del sabato, con prese elettriche e acqua per i banchi. I parcheggi eliminati sono stati in parte recuperati nelle vie vicine.',
      ),
    },
    en: {
      title: 'Piazza Capuana, the new heart of Quarto Oggiaro',
      summary:
        'Less tarmac and more trees: the square has been redesigned with seating, a play area, a ground-level fountain and a fitted space for the Saturday market.',
      body: md(
        'Piazza Capuana used to be mostly parked cars and a wide, unsafe roadway. Today it is a pedestrian square with twenty-eight new trees, benches, a play area and a ground-level fountain where children can play in summer.',
        'The east side is designed for the Saturday market, with power and water points for the stalls. Some of the parking spaces removed from the square have been replaced in nearby streets.',
      ),
    },
    changes: [
      {
        field: 'budget',
        from: 1_850_000,
        to: 1_920_000,
        on: '2024-09-10',
        reason: {
          it: "Sotto l'area del vecchio distributore di benzina è stato trovato terreno contaminato da idrocarburi, da rimuovere e smaltire.",
          en: 'Soil contaminated by hydrocarbons was found under the former petrol station and had to be removed and disposed of.',
        },
      },
      {
        field: 'end',
        from: '2025-03-31',
        to: '2025-05-30',
        on: '2024-09-10',
        reason: {
          it: 'Due mesi in più per la bonifica del terreno.',
          en: 'Two extra months to clean up the soil.',
        },
      },
    ],
    funding: [{ source: 'comune', line: 'Piano Quartieri', euros: 1_920_000 }],
    milestones: [
      ms(
        {
          it: 'Incontri pubblici sul progetto con il Municipio 8',
          en: 'Public meetings on the design with Municipio 8',
        },
        '2023-05-31',
        '2023-05-20',
      ),
      ms(step.award, '2024-01-31', '2024-02-02'),
      ms(step.siteStart, '2024-03-04', '2024-03-04'),
      ms(step.worksEnd, '2025-03-31', '2025-05-30'),
      ms(
        { it: 'Festa di inaugurazione della piazza', en: 'Opening celebration in the square' },
        '2025-06-07',
        '2025-06-07',
      ),
    ],
    updates: [
      upd(
        '2025-06-09',
        [
          'La piazza è aperta',
          'Sabato 7 giugno la piazza è stata inaugurata con una festa organizzata dalle associazioni del quartiere. Il mercato del sabato è tornato nella sua nuova area dal 14 giugno.',
        ],
        [
          'The square is open',
          'The square opened on Saturday 7 June with a party organised by local associations. The Saturday market moved into its new area from 14 June.',
        ],
      ),
      upd(
        '2024-09-12',
        [
          'Bonifica del terreno: due mesi in più',
          'Durante gli scavi è emerso terreno contaminato sotto il vecchio distributore. Lo rimuoviamo prima di continuare: la fine dei lavori passa da marzo a maggio 2025.',
        ],
        [
          'Soil clean-up: two more months',
          'Excavation uncovered contaminated soil under the old petrol station. We are removing it before carrying on: completion moves from March to May 2025.',
        ],
      ),
    ],
    media: [
      {
        file: '/images/demo/placeholder-before.svg',
        phase: 'before',
        alt: {
          it: 'Piazza Capuana prima dei lavori: asfalto e auto parcheggiate',
          en: 'Piazza Capuana before the works: tarmac and parked cars',
        },
        caption: { it: 'La piazza nel 2023.', en: 'The square in 2023.' },
        takenOn: '2023-04-18',
      },
      {
        file: '/images/demo/placeholder-after.svg',
        phase: 'after',
        alt: {
          it: 'Piazza Capuana rinnovata: alberi giovani, panchine e la fontana a raso',
          en: 'The renovated Piazza Capuana: young trees, benches and the ground-level fountain',
        },
        caption: { it: "La piazza il giorno dell'inaugurazione.", en: 'The square on opening day.' },
        takenOn: '2025-06-07',
      },
    ],
  },
  {
    slug: 'quarto-oggiaro-scuola-via-graf',
    parent: 'piano-quartieri-quarto-oggiaro-villapizzone',
    nil: 76,
    at: [45.5165, 9.136],
    category: 'school',
    status: 'works',
    progress: 62,
    cup: 'B42G22000310001',
    contact: 'scuole',
    contractor: 'Costruzioni Lambro S.r.l.',
    budget: [2_400_000, 2_400_000],
    start: ['2025-06-16', '2025-06-16'],
    end: ['2027-01-29', '2027-01-29'],
    lastVerifiedAt: '2026-11-10T12:30:00.000Z',
    it: {
      title: 'Scuola primaria di via Graf: cappotto, finestre e pannelli solari',
      summary:
        "Isolamento dell'edificio, finestre nuove, pannelli fotovoltaici sul tetto e aule più fresche d'estate. I lavori più rumorosi si fanno durante le vacanze.",
      body: md(
        "L'edificio della scuola, degli anni Settanta, consuma molta energia ed è freddo d'inverno e caldo a giugno. L'intervento lo isola con un cappotto termico, sostituisce tutte le finestre, installa tende esterne e un impianto fotovoltaico sul tetto.",
        "I lavori più rumorosi sono stati concentrati nelle vacanze estive del 2025 e del 2026; durante l'anno scolastico il cantiere lavora su facciate e tetto con un ingresso separato da quello degli alunni.",
      ),
    },
    en: {
      title: 'Via Graf primary school: insulation, windows and solar panels',
      summary:
        'Insulation, new windows, solar panels on the roof and cooler classrooms in summer. The noisiest work is done during the school holidays.',
      body: md(
        'The 1970s school building uses a lot of energy and is cold in winter and hot in June. The project wraps it in external insulation, replaces every window, adds outdoor blinds and puts a solar power system on the roof.',
        "The noisiest work was scheduled for the summer holidays of 2025 and 2026; during term time the site works on the façades and roof, with an entrance kept separate from the pupils' one.",
      ),
    },
    funding: [
      { source: 'comune', line: 'Piano Quartieri', euros: 2_000_000 },
      {
        source: 'regione',
        euros: 400_000,
        note: "Bando regionale per l'efficienza energetica degli edifici scolastici",
      },
    ],
    milestones: [
      ms(step.finalDesign, '2024-11-29', '2024-12-05'),
      ms(step.award, '2025-04-30', '2025-05-09'),
      ms(step.siteStart, '2025-06-16', '2025-06-16'),
      ms(
        { it: 'Finestre nuove in tutte le aule (lavori estivi)', en: 'New windows in every classroom (summer works)' },
        '2025-09-05',
        '2025-09-08',
      ),
      ms({ it: 'Impianto fotovoltaico sul tetto in funzione', en: 'Rooftop solar system working' }, '2026-09-30'),
      ms(step.worksEnd, '2027-01-29'),
    ],
    updates: [
      upd(
        '2026-11-10',
        [
          'Pannelli solari in ritardo',
          "Il fornitore ha consegnato gli inverter con due mesi di ritardo: l'impianto fotovoltaico sarà acceso a dicembre. La fine dei lavori resta prevista per gennaio 2027.",
        ],
        [
          'Solar panels delayed',
          'The supplier delivered the inverters two months late, so the solar system will be switched on in December. Completion is still expected in January 2027.',
        ],
      ),
      upd(
        '2025-09-08',
        [
          'Finestre nuove per il primo giorno di scuola',
          "Durante l'estate sono state sostituite tutte le finestre delle aule. Da settembre il cantiere prosegue su facciate e tetto.",
        ],
        [
          'New windows for the first day of school',
          'Every classroom window was replaced over the summer. From September the site moves on to the façades and the roof.',
        ],
      ),
    ],
  },
  {
    slug: 'villapizzone-sottopasso-stazione',
    parent: 'piano-quartieri-quarto-oggiaro-villapizzone',
    nil: 71,
    at: [45.4995, 9.1485],
    category: 'mobility',
    status: 'works',
    progress: 55,
    cup: 'B41B21000590001',
    contact: 'mobilita',
    contractor: 'Ticino Infrastrutture S.r.l.',
    budget: [3_600_000, 4_150_000],
    start: ['2024-10-01', '2025-01-20'],
    end: ['2026-06-30', '2027-05-31'],
    lastVerifiedAt: '2026-11-05T09:15:00.000Z',
    it: {
      title: 'Villapizzone, sottopasso pedonale e ciclabile alla stazione',
      summary:
        'Un sottopasso largo, luminoso e senza scale per attraversare la ferrovia a piedi e in bicicletta, al posto del lungo giro di oggi.',
      body: md(
        "Oggi chi vuole passare da un lato all'altro della ferrovia all'altezza della stazione di Villapizzone deve fare un giro di quasi un chilometro o usare le scale del sottopasso dei binari. Il nuovo sottopasso, largo sei metri, ha rampe accessibili, una corsia per le biciclette separata dai pedoni e illuminazione per tutta la notte.",
        "La parte sotto i binari è stata costruita a fianco della ferrovia e poi spinta in posizione in un solo fine settimana, con i treni sospesi. Restano da completare le rampe, l'impermeabilizzazione e le sistemazioni delle strade ai due lati.",
      ),
    },
    en: {
      title: 'Villapizzone, walking and cycling underpass at the station',
      summary:
        "A wide, well-lit, step-free underpass for crossing the railway on foot or by bike, replacing today's long detour.",
      body: md(
        'At present, anyone who wants to cross the railway near Villapizzone station has to walk almost a kilometre round or use the stairs of the platform subway. The new six-metre-wide underpass has accessible ramps, a cycle lane kept apart from pedestrians and lighting all night.',
        'The section under the tracks was built beside the railway and then pushed into place over a single weekend while trains were suspended. The ramps, the waterproofing and the street works on both sides are still to be finished.',
      ),
    },
    changes: [
      {
        field: 'start',
        from: '2024-10-01',
        to: '2025-01-20',
        on: '2024-09-20',
        reason: {
          it: 'Il gestore della rete ferroviaria ha concesso le interruzioni notturne dei binari solo da gennaio 2025.',
          en: 'The railway operator only granted night-time track closures from January 2025.',
        },
      },
      {
        field: 'budget',
        from: 3_600_000,
        to: 4_150_000,
        on: '2025-07-08',
        reason: {
          it: 'La falda è risultata più alta del previsto: servono un impianto di pompaggio permanente e una impermeabilizzazione più estesa.',
          en: 'The water table turned out higher than expected, so a permanent pumping system and more extensive waterproofing are needed.',
        },
      },
      {
        field: 'end',
        from: '2026-06-30',
        to: '2027-05-31',
        on: '2025-07-08',
        reason: {
          it: "Effetto del rinvio dell'inizio e dei lavori aggiuntivi contro l'acqua di falda.",
          en: 'Knock-on effect of the later start and of the extra work against groundwater.',
        },
      },
    ],
    funding: [
      { source: 'comune', line: 'Piano Quartieri', euros: 3_250_000 },
      { source: 'regione', euros: 900_000, note: 'Programma regionale per la mobilità ciclistica' },
    ],
    milestones: [
      ms(step.finalDesign, '2024-03-29', '2024-04-15'),
      ms(step.award, '2024-07-31', '2024-07-24'),
      ms(step.siteStart, '2024-10-01', '2025-01-20'),
      ms(
        { it: 'Posa del sottopasso sotto i binari', en: 'Underpass box pushed under the tracks' },
        '2025-11-30',
        '2026-03-08',
      ),
      ms(step.worksEnd, '2027-05-31'),
    ],
    updates: [
      upd(
        '2026-03-10',
        [
          'Il sottopasso è sotto i binari',
          'Nel fine settimana del 7 e 8 marzo il blocco di cemento armato del sottopasso è stato spinto sotto la ferrovia. Ringraziamo i residenti per la pazienza durante le lavorazioni notturne.',
        ],
        [
          'The underpass is under the tracks',
          'Over the weekend of 7–8 March, the concrete box of the underpass was pushed under the railway. Thank you to residents for their patience during the night work.',
        ],
      ),
      upd(
        '2025-07-10',
        [
          'Più acqua nel terreno del previsto',
          'Le prove hanno trovato la falda più alta di quanto indicato dalle indagini iniziali. Per tenere asciutto il sottopasso servono pompe permanenti: il costo sale a 4,15 milioni e la fine dei lavori passa a maggio 2027.',
        ],
        [
          'More groundwater than expected',
          'Tests found the water table higher than the initial surveys showed. Permanent pumps are needed to keep the underpass dry: the cost rises to €4.15 million and completion moves to May 2027.',
        ],
      ),
    ],
  },
  {
    slug: 'quarto-oggiaro-campo-sportivo-via-lopez',
    parent: 'piano-quartieri-quarto-oggiaro-villapizzone',
    nil: 76,
    at: [45.5105, 9.134],
    category: 'sport',
    status: 'suspended',
    progress: 40,
    contact: 'sport',
    contractor: 'Sport Impianti Lombardia S.r.l. (contratto risolto)',
    budget: [1_100_000, 1_100_000],
    start: ['2025-04-07', '2025-04-07'],
    end: ['2026-04-30', '2027-04-30'],
    lastVerifiedAt: '2026-11-05T09:40:00.000Z',
    it: {
      title: 'Campo sportivo di via Lopez: erba sintetica e spogliatoi nuovi',
      summary:
        "Il campo da calcio è già rifatto, ma gli spogliatoi sono fermi: l'impresa è fallita e il Comune sta affidando i lavori rimasti.",
      body: md(
        "Il campo di via Lopez è usato ogni settimana da centinaia di ragazzi delle squadre del quartiere. L'intervento prevede un nuovo campo in erba sintetica, l'illuminazione a led e un edificio spogliatoi accessibile, con docce per squadre e arbitri.",
        "Il campo è stato completato nel novembre 2025, ma a maggio 2026 l'impresa è entrata in liquidazione e ha abbandonato il cantiere degli spogliatoi. Senza spogliatoi il campo non può essere usato per le partite ufficiali. Il Comune ha risolto il contratto e sta affidando i lavori rimasti alla seconda impresa in graduatoria.",
      ),
    },
    en: {
      title: 'Via Lopez sports ground: artificial turf and new changing rooms',
      summary:
        'The pitch has already been rebuilt, but the changing rooms are on hold: the contractor went bust and the City is re-letting the remaining work.',
      body: md(
        'Every week, hundreds of young players from local clubs use the Via Lopez ground. The project includes a new artificial turf pitch, LED floodlights and an accessible changing block with showers for teams and referees.',
        'The pitch was finished in November 2025, but in May 2026 the contractor went into liquidation and abandoned the changing rooms. Without them, the pitch cannot host official matches. The City has terminated the contract and is handing the remaining work to the runner-up in the tender.',
      ),
    },
    changes: [
      {
        field: 'status',
        from: 'works',
        to: 'suspended',
        on: '2026-05-18',
        reason: {
          it: "L'impresa è entrata in liquidazione e ha abbandonato il cantiere. Il Comune ha risolto il contratto e sta affidando i lavori rimasti alla seconda impresa in graduatoria.",
          en: 'The contractor went into liquidation and left the site. The City has terminated the contract and is handing the remaining work to the runner-up in the tender.',
        },
      },
      {
        field: 'end',
        from: '2026-04-30',
        to: '2027-04-30',
        on: '2026-06-15',
        reason: {
          it: 'Tempo stimato per il nuovo affidamento e per completare gli spogliatoi.',
          en: 'Estimated time to re-let the contract and finish the changing rooms.',
        },
      },
    ],
    funding: [{ source: 'comune', line: 'Piano Quartieri', euros: 1_100_000 }],
    milestones: [
      ms(step.award, '2025-02-28', '2025-03-03'),
      ms(step.siteStart, '2025-04-07', '2025-04-07'),
      ms({ it: 'Nuovo campo in erba sintetica', en: 'New artificial turf pitch' }, '2025-10-31', '2025-11-14'),
      ms({ it: 'Ripresa dei lavori con la nuova impresa', en: 'Works restart with the new contractor' }, '2026-10-30'),
      ms(step.worksEnd, '2027-04-30'),
    ],
    updates: [
      upd(
        '2026-11-05',
        [
          'Nuova impresa: firma del contratto a dicembre',
          'La seconda impresa in graduatoria ha accettato di completare i lavori alle stesse condizioni. Le verifiche sui documenti si chiuderanno a dicembre; il cantiere potrà riaprire a gennaio 2027.',
        ],
        [
          'New contractor: contract to be signed in December',
          'The runner-up in the tender has agreed to finish the work on the same terms. Document checks will be completed in December, so the site can reopen in January 2027.',
        ],
      ),
      upd(
        '2026-05-20',
        [
          'Cantiere fermo',
          "L'impresa che costruiva gli spogliatoi è in liquidazione. Le squadre possono usare il campo per gli allenamenti appoggiandosi agli spogliatoi provvisori nei container.",
        ],
        [
          'Site on hold',
          'The company building the changing rooms is in liquidation. Teams can use the pitch for training, with temporary changing rooms in containers.',
        ],
      ),
    ],
  },
];
