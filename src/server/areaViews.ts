/** Municipio and NIL pages: the area, and its projects through the same filters as the list. */
import type { Db } from '../../db/client.ts';
import { getMunicipio, getNilBySlug, listNil } from './areas.ts';
import { projectListView } from './projectListView.ts';
import { areaBounds } from './mapViews.ts';

export async function municipioView(db: Db, id: number, params: URLSearchParams, locale: string) {
  if (!Number.isInteger(id)) return null;
  const municipio = await getMunicipio(db, id);
  if (!municipio) return null;
  const [list, nilInMunicipio, bounds] = await Promise.all([
    projectListView(db, params, locale, { municipio: id }),
    listNil(db, id),
    areaBounds(db, 'municipi', id),
  ]);
  // Its filter offers the Municipio's own neighbourhoods, not all 88 of the city.
  return { municipio, list: { ...list, nil: list.nil.filter((x) => x.municipioId === id) }, nilInMunicipio, bounds };
}

export async function nilView(db: Db, slug: string, params: URLSearchParams, locale: string) {
  const nil = await getNilBySlug(db, slug);
  if (!nil) return null;
  const [list, bounds] = await Promise.all([
    projectListView(db, params, locale, { nil: nil.id, municipio: undefined }),
    areaBounds(db, 'nil', nil.id),
  ]);
  return { nil, list, bounds };
}
