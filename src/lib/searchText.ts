/**
 * Site search over the portal's own texts (issue #5, point 7), in any script: text and query
 * are folded (lower case, no accents, NFKC) and every query term must occur in the document as
 * a substring, which works for Chinese (no spaces between words) and Arabic as well as for
 * Italian word stems ("piazz" finds "piazza" and "piazze"). Titles weigh most.
 */

export interface SearchDocument {
  title: string;
  description: string;
  body: string;
}

/** @example fold('Città  Studi') // 'citta studi' */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** At most 8 distinct terms, as the project search takes. @example searchTerms('Parco, parco Lambro') // ['parco', 'lambro'] */
export function searchTerms(query: string): string[] {
  return [...new Set(fold(query).split(' ').filter(Boolean))].slice(0, 8);
}

/** Markdown to plain words: links keep their text, syntax goes. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#>*_`|~-]+/g, ' ');
}

/**
 * The documents matching every term, best first (title 5, description 3, body 1 per term;
 * ties keep the input order). @example searchDocuments([{ title: 'Parco Lambro', description: '', body: '' }], 'lambro').length // 1
 */
export function searchDocuments<D extends SearchDocument>(docs: readonly D[], query: string): D[] {
  const terms = searchTerms(query);
  if (terms.length === 0) return [];
  return docs
    .map((doc, index) => {
      const title = fold(doc.title);
      const description = fold(doc.description);
      const body = fold(doc.body);
      let score = 0;
      for (const term of terms) {
        const s = (title.includes(term) ? 5 : 0) + (description.includes(term) ? 3 : 0) + (body.includes(term) ? 1 : 0);
        if (s === 0) return null;
        score += s;
      }
      return { doc, score, index };
    })
    .filter((r) => r !== null)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((r) => r.doc);
}
