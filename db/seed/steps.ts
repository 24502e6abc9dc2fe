/**
 * Milestone titles that recur across projects, in the words the City uses for each step of a
 * public works procedure (Codice dei contratti pubblici), with plain English beside them.
 */
import type { Localized } from './types.ts';

export const step = {
  feasibility: {
    it: 'Approvazione del progetto di fattibilità tecnico-economica',
    en: 'Feasibility study approved',
  },
  finalDesign: { it: 'Approvazione del progetto esecutivo', en: 'Detailed design approved' },
  tender: { it: 'Pubblicazione della gara', en: 'Tender published' },
  award: { it: 'Aggiudicazione dei lavori', en: 'Contract awarded' },
  siteStart: { it: 'Consegna dei lavori e apertura del cantiere', en: 'Site handed over, works begin' },
  worksEnd: { it: 'Fine dei lavori', en: 'Works completed' },
  inspection: { it: 'Collaudo', en: 'Final inspection and acceptance' },
  opening: { it: 'Apertura al pubblico', en: 'Open to the public' },
} satisfies Record<string, Localized>;
