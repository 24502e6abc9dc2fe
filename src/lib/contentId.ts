/**
 * Content entries live at `content/<collection>/<locale>/<slug>.md`, so the glob loader's id is
 * `<locale>/<slug>`. @example splitContentId('en/piazza-capuana') // { locale: 'en', slug: 'piazza-capuana' }
 */
export function splitContentId(id: string): { locale: string; slug: string } {
  const at = id.indexOf('/');
  return at < 0 ? { locale: '', slug: id } : { locale: id.slice(0, at), slug: id.slice(at + 1) };
}
