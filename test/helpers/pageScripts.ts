/**
 * The JavaScript a page makes the browser load, read from its HTML and the built chunks (issue #9,
 * point 3): inline scripts, `<script src>`, module preloads and the islands that hydrate at once
 * (`client:load|idle|only|media`) are eager; `client:visible` islands and what eager chunks
 * import dynamically (the small maps' loader, src/components/map/smallMapElement.ts) wait.
 * Chunks are followed through their static imports (loaded with them) and, for `reach`, their
 * dynamic imports too (what the page may load at all).
 */
const attr = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];

export interface PageScripts {
  inline: string[];
  /** Chunk URLs loaded eagerly, with their static imports. */
  eager: string[];
  /** Every chunk the eager ones can import, dynamic imports included. */
  reach: string[];
  /** Chunk URLs loaded later: islands that hydrate when visible, eager chunks' dynamic imports. */
  lazy: string[];
}

const staticImport = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g;
const dynamicImport = /\bimport\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]/g;

async function graph(entries: string[], base: string, withDynamic: boolean, fetchText: (url: string) => Promise<string>) {
  const seen = new Set<string>();
  const queue = entries.map((e) => new URL(e, base).href);
  while (queue.length) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    if (!/\.m?js$/.test(new URL(url).pathname)) continue;
    const code = await fetchText(url);
    for (const m of code.matchAll(staticImport)) queue.push(new URL(m[1], url).href);
    if (withDynamic) for (const m of code.matchAll(dynamicImport)) queue.push(new URL(m[1], url).href);
  }
  return [...seen];
}

export async function pageScripts(html: string, pageUrl: string, fetchText: (url: string) => Promise<string>): Promise<PageScripts> {
  const inline: string[] = [];
  const entries: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = attr(m[0], 'src');
    if (src) entries.push(src);
    else if (!/application\/(ld\+)?json/.test(m[1])) inline.push(m[2]);
  }
  for (const m of html.matchAll(/<link\b[^>]*>/g)) if (attr(m[0], 'rel') === 'modulepreload') entries.push(attr(m[0], 'href')!);
  const lazyEntries: string[] = [];
  for (const m of html.matchAll(/<astro-island\b[^>]*>/g)) {
    const urls = [attr(m[0], 'component-url'), attr(m[0], 'renderer-url')].filter((u): u is string => !!u);
    (attr(m[0], 'client') === 'visible' ? lazyEntries : entries).push(...urls);
  }
  const eager = await graph(entries, pageUrl, false, fetchText);
  for (const url of eager.filter((u) => /\.m?js$/.test(new URL(u).pathname))) {
    for (const m of (await fetchText(url)).matchAll(dynamicImport)) lazyEntries.push(new URL(m[1], url).href);
  }
  return {
    inline,
    eager,
    reach: await graph(entries, pageUrl, true, fetchText),
    lazy: await graph(lazyEntries, pageUrl, false, fetchText),
  };
}
