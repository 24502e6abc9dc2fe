import { localeCodes } from './locales.ts';

/** `getStaticPaths` of a page that exists once per locale. @example localePaths()[0] // { params: { locale: 'it' } } */
export function localePaths() {
  return localeCodes.map((locale) => ({ params: { locale } }));
}
