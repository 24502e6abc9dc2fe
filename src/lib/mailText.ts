/**
 * Staff write updates in Markdown; a plain-text mail should read as prose, not as markup. Links
 * keep their address (a mail reader cannot follow "[the minutes]"), emphasis and headings lose
 * their marks, and everything else, lists and dates with hyphens included, stays as written.
 * @example mailText('The firm **Rossi** won. [The minutes](https://e.it/v.pdf)') // 'The firm Rossi won. The minutes (https://e.it/v.pdf)'
 */
export function mailText(markdown: string): string {
  return markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\(\s*<?([^)\s>]+)>?[^)]*\)/g, '$1 ($2)')
    .replace(/(\*\*|__)(?=\S)([\s\S]+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[\s(])[*_](?=\S)([^*_\n]+?)(?<=\S)[*_](?=[\s).,;:!?]|$)/gm, '$1$2')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/`([^`\n]+)`/g, '$1');
}
