/**
 * URL slugs for names such as the City's NIL ("NIGUARDA - CA' GRANDA"). Pure, shared by the
 * importers and the staff forms so one name always gives one slug.
 */

/**
 * Lowercase ASCII words joined by single hyphens. Dots vanish rather than split a word, so the
 * City's abbreviations stay one token ("Q.RE" → "qre", "P.TA" → "pta"); accents are dropped.
 * @example slugify("NIGUARDA - CA' GRANDA") // 'niguarda-ca-granda'
 * @example slugify('Città Studi') // 'citta-studi'
 */
export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

// Words that stay lower case inside a name ("Ronchetto delle Rane", "Lodovico il Moro").
const minorWords = new Set(['di', 'del', 'dei', 'degli', 'delle', 'della', 'dello', 'in', 'il', 'la', 'sul', 'al', 'e']);
// The City's own shorthands; "P.TA" and "Q.RE" already come out right by the general rule.
const shorthands: Record<string, string> = { PTA: 'P.ta', QT: 'QT', "CA'": "Ca'", NOLO: 'NoLo' };
const accented: Record<string, string> = { A: 'à', E: 'è', I: 'ì', O: 'ò', U: 'ù' };

/**
 * Title case for the City's upper-case names. Upper case has no accents, so the files write
 * "CITTA'" for "Città"; a trailing apostrophe on a longer word is turned back into the accent.
 * @example titleCase("QUARTO OGGIARO - VIALBA - MUSOCCO") // 'Quarto Oggiaro - Vialba - Musocco'
 * @example titleCase("PARCO BOSCO IN CITTA'") // 'Parco Bosco in Città'
 */
export function titleCase(name: string): string {
  let segmentStart = true;
  return name
    .trim()
    .split(/\s+/)
    .map((word) => {
      const first = segmentStart;
      segmentStart = word === '-';
      const lower = word.toLowerCase();
      if (shorthands[word]) return shorthands[word];
      if (!first && minorWords.has(lower)) return lower;
      if (/^(X{0,3})(IX|IV|V?I{0,3})$/.test(word)) return word; // "XXII Marzo"
      const accent = /^(.{2,})([AEIOU])'$/.exec(word);
      const cased = (w: string) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
      return accent ? cased(accent[1]) + accented[accent[2]] : cased(word);
    })
    .join(' ');
}
