/**
 * Atom 1.0 documents (RFC 4287), pure: the server gathers entries, this writes well-formed XML
 * with every text escaped.
 */

/** @example escapeXml('a < b & "c"') // 'a &lt; b &amp; &quot;c&quot;' */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '') // not allowed in XML 1.0 at all
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

export interface AtomEntry {
  id: string;
  title: string;
  /** ISO instant. */
  updated: string;
  link: string;
  /** Rendered HTML, sent escaped as `type="html"`. */
  html: string;
  /** Language of this entry's text when it differs from the feed's (untranslated). */
  lang?: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  lang: string;
  selfUrl: string;
  alternateUrl: string;
  updated: string;
  author: string;
  rights: string;
  entries: AtomEntry[];
}

/** @example atomFeed({ id: 'tag:…', title: 'Aggiornamenti', lang: 'it', … , entries: [] }) */
export function atomFeed(feed: AtomFeed): string {
  const e = escapeXml;
  const entries = feed.entries.map(
    (entry) => `  <entry${entry.lang ? ` xml:lang="${e(entry.lang)}"` : ''}>
    <id>${e(entry.id)}</id>
    <title type="text">${e(entry.title)}</title>
    <updated>${e(entry.updated)}</updated>
    <link rel="alternate" type="text/html" href="${e(entry.link)}"/>
    <content type="html">${e(entry.html)}</content>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${e(feed.lang)}">
  <id>${e(feed.id)}</id>
  <title type="text">${e(feed.title)}</title>
  <updated>${e(feed.updated)}</updated>
  <link rel="self" type="application/atom+xml" href="${e(feed.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${e(feed.alternateUrl)}"/>
  <author><name>${e(feed.author)}</name></author>
  <rights>${e(feed.rights)}</rights>
${entries.join('\n')}
</feed>
`;
}
