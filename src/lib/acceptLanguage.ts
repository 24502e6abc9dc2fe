/**
 * Picks the best supported locale from an Accept-Language header, by q-value then order.
 * @example pickLocale('fr-CH, en;q=0.8, it;q=0.5', ['it', 'en'], 'it') // 'en'
 */
export function pickLocale<T extends string>(header: string | null, supported: readonly T[], fallback: T): T {
  if (!header) return fallback;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { lang: tag.toLowerCase().split('-')[0], q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((r) => r.lang && Number.isFinite(r.q) && r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { lang } of ranked) {
    const match = supported.find((s) => s === lang);
    if (match) return match;
  }
  return fallback;
}
