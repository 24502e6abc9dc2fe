/** Fetches and remembers the cards (title, status, progress, link) of projects shown on a map. */
import type { MapCard } from '../../lib/mapCard.ts';

export type { MapCard };

const known = new Map<string, MapCard>();

export async function fetchCards(ids: number[], locale: string): Promise<Map<number, MapCard>> {
  const missing = ids.filter((id) => !known.has(`${locale}:${id}`));
  for (let i = 0; i < missing.length; i += 60) {
    const chunk = missing.slice(i, i + 60);
    const res = await fetch(`/api/v1/map/cards?ids=${chunk.join(',')}&locale=${encodeURIComponent(locale)}`);
    if (!res.ok) throw new Error(`cards: ${res.status}`);
    for (const card of (await res.json()) as MapCard[]) known.set(`${locale}:${card.id}`, card);
  }
  return new Map(ids.flatMap((id) => (known.has(`${locale}:${id}`) ? [[id, known.get(`${locale}:${id}`)!]] : [])));
}
