/**
 * A small area for residents' unit tests: Municipio 4, its NIL 7 (Corvetto) and three projects in
 * it: 1 "Parco Uno" (also in English) and 2 "Piazza Due", published; 3 "Bozza", a draft.
 */
import type { Db } from '../../db/client.ts';

export async function seedCorvetto(db: Db): Promise<void> {
  await db.$client.execute("insert into municipi (id, name) values (4, 'Municipio 4')");
  await db.$client.execute("insert into nil (id, name, slug, municipio_id, centroid_lat, centroid_lon) values (7, 'Corvetto', 'corvetto', 4, 45.44, 9.22)");
  await db.$client.execute("insert into projects (id, slug, category, status, lat, lon, municipio_id, nil_id, publication) values (1, 'parco-uno', 'green', 'works', 45.44, 9.22, 4, 7, 'published'), (2, 'piazza-due', 'green', 'works', 45.44, 9.22, 4, 7, 'published'), (3, 'bozza-tre', 'green', 'works', 45.44, 9.22, 4, 7, 'draft')");
  await db.$client.execute("insert into project_translations (project_id, locale, title) values (1, 'it', 'Parco Uno'), (1, 'en', 'Park One'), (2, 'it', 'Piazza Due'), (3, 'it', 'Bozza')");
}
