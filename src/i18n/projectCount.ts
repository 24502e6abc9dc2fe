import type { Translate } from './useTranslations.ts';

/** "1 project" or "{count} projects" in the reader's language. @example projectCount(t, 1) // '1 project' */
export function projectCount(t: Translate, count: number): string {
  return count === 1 ? t('municipio.projectCountOne') : t('municipio.projectCount', { count });
}
