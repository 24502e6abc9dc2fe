/**
 * Lists the UI keys each locale still lacks (shown in Italian there), with the Italian and
 * English text to translate from. Exits 1 when anything is missing, so CI can use it too.
 *   npm run i18n:missing            every locale
 *   npm run i18n:missing -- fr ar   only these
 */
import { localeCodes, isLocale } from './locales.ts';
import { missingKeys } from './useTranslations.ts';
import { it } from './ui/it.ts';
import { en } from './ui/en.ts';

const asked = process.argv.slice(2).filter(isLocale);
let total = 0;
for (const locale of asked.length ? asked : localeCodes) {
  const missing = missingKeys(locale);
  total += missing.length;
  if (missing.length === 0) continue;
  console.log(`\n${locale}: ${missing.length} untranslated key(s)`);
  for (const key of missing) {
    const english = (en as Partial<Record<string, string>>)[key];
    console.log(`  '${key}': ${JSON.stringify(it[key])}${english ? `  // en: ${JSON.stringify(english)}` : ''}`);
  }
}
console.log(total === 0 ? 'Every locale has every key.' : `\n${total} untranslated key(s) in all.`);
process.exitCode = total === 0 ? 0 : 1;
