/**
 * Renders staff-written Markdown for public pages. markdown-it with `html: false` escapes any
 * raw HTML, and its link validator refuses `javascript:`, `vbscript:`, `file:` and non-image
 * `data:` URLs, so a body can never inject markup or script (issue #4, point 11).
 * https://github.com/markdown-it/markdown-it#init-with-presets-and-options
 */
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: false, linkify: true, typographer: false });

// Links out of the site open in place but must not leak the opener or the referrer.
const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const href = String(tokens[idx].attrGet('href') ?? '');
  if (/^https?:\/\//i.test(href)) tokens[idx].attrSet('rel', 'noopener noreferrer');
  return defaultLinkOpen(tokens, idx, options, env, self);
};

/** @example renderMarkdown('**Parco** <script>x</script>') // '<p><strong>Parco</strong> &lt;script&gt;x&lt;/script&gt;</p>\n' */
export function renderMarkdown(source: string): string {
  return md.render(source);
}
