/**
 * The offices responsible for the demo projects and one contact person each. People, addresses
 * and phone numbers are fictional.
 */

export interface Contact {
  office: string;
  name: string;
  email: string;
  phone: string;
}

export const contacts = {
  periferie: {
    office: 'Direzione Periferie',
    name: 'Chiara Bertolini',
    email: 'chiara.bertolini@comune.milano.it',
    phone: '02 884 53120',
  },
  rigenerazione: {
    office: 'Direzione Rigenerazione Urbana',
    name: 'Luca Moretti',
    email: 'luca.moretti@comune.milano.it',
    phone: '02 884 56410',
  },
  casa: {
    office: 'Direzione Casa',
    name: 'Laura Sangalli',
    email: 'laura.sangalli@comune.milano.it',
    phone: '02 884 57235',
  },
  verde: {
    office: 'Direzione Verde e Ambiente',
    name: 'Paolo Brambati',
    email: 'paolo.brambati@comune.milano.it',
    phone: '02 884 54780',
  },
  scuole: {
    office: 'Area Tecnica Scuole',
    name: 'Elena Vismara',
    email: 'elena.vismara@comune.milano.it',
    phone: '02 884 58016',
  },
  mobilita: {
    office: 'Direzione Mobilità e Trasporti',
    name: 'Stefano Riva',
    email: 'stefano.riva@comune.milano.it',
    phone: '02 884 55342',
  },
  opere: {
    office: 'Direzione Opere Pubbliche',
    name: 'Marta Fontana',
    email: 'marta.fontana@comune.milano.it',
    phone: '02 884 53977',
  },
  cultura: {
    office: 'Direzione Cultura – Area Biblioteche',
    name: 'Giulia Airoldi',
    email: 'giulia.airoldi@comune.milano.it',
    phone: '02 884 59128',
  },
  sport: {
    office: 'Area Sport',
    name: 'Andrea Pozzi',
    email: 'andrea.pozzi@comune.milano.it',
    phone: '02 884 52264',
  },
  welfare: {
    office: 'Direzione Welfare e Salute',
    name: 'Francesca Galbiati',
    email: 'francesca.galbiati@comune.milano.it',
    phone: '02 884 56893',
  },
  commercio: {
    office: 'Direzione Economia Urbana e Lavoro',
    name: 'Davide Ferrario',
    email: 'davide.ferrario@comune.milano.it',
    phone: '02 884 54402',
  },
} satisfies Record<string, Contact>;

export type ContactKey = keyof typeof contacts;
