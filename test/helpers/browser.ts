/**
 * Real headless Chromium (Debian's /usr/bin/chromium) through playwright-core, with the flags
 * this machine needs, and an axe-core check that fails on any WCAG violation.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * WebGL through SwiftShader, for pages with a map (issue #3). It replaces --disable-gpu: with
 * that flag Chromium composites in software, reads every WebGL frame back and logs "GPU stall
 * due to ReadPixels" warnings that are the browser's, not the page's.
 */
export const webglArgs = ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  const webgl = extraArgs.some((a) => a.startsWith('--use-angle='));
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', ...(webgl ? [] : ['--disable-gpu']), '--disable-background-networking', ...extraArgs],
  });
}

/** Axe with the WCAG 2.0/2.1 A and AA rule sets plus best practices; returns readable violations. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`,
  );
}
