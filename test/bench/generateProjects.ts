/**
 * Fills a database with N synthetic published projects spread over the seeded NIL, for the
 * benchmarks of issues #2, #3 and #6. Deterministic (seeded PRNG), so runs compare.
 */
import type { Db } from '../../db/client.ts';
import { categories, fundingSources, statuses } from '../../src/lib/vocabulary.ts';

/** mulberry32: tiny, fast, good enough to spread synthetic rows. */
function prng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = ['parco', 'scuola', 'piazza', 'biblioteca', 'orti', 'ciclabile', 'palestra', 'cortile', 'case', 'centro', 'mercato', 'giardino'];

export async function generateProjects(db: Db, count: number, seed = 42): Promise<void> {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const areas = (await db.$client.execute('select id, municipio_id, centroid_lat, centroid_lon from nil')).rows;
  if (areas.length === 0) throw new Error('seed the areas first');
  const start = Number((await db.$client.execute('select coalesce(max(id), 0) as m from projects')).rows[0].m) + 1;
  const batch = 500;
  const tx = await db.$client.transaction('write');
  try {
    for (let offset = 0; offset < count; offset += batch) {
      const n = Math.min(batch, count - offset);
      const projectValues: (string | number | null)[] = [];
      const textValues: (string | number)[] = [];
      const fundingValues: (string | number)[] = [];
      for (let i = 0; i < n; i++) {
        const id = start + offset + i;
        const area = pick(areas);
        const budget = Math.round(50_000 + random() * 20_000_000) * 100;
        const status = pick(statuses);
        const day = `20${24 + Math.floor(random() * 6)}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-15`;
        projectValues.push(
          id, `bench-${id}`, pick(categories), status, Math.floor(random() * 101),
          Number(area.centroid_lat) + (random() - 0.5) * 0.004, Number(area.centroid_lon) + (random() - 0.5) * 0.004,
          Number(area.municipio_id), Number(area.id), budget, budget, day, day,
          new Date(Date.UTC(2026, 0, 1) + Math.floor(random() * 330) * 86_400_000).toISOString(),
        );
        const title = `${pick(words)} ${pick(words)} ${id}`;
        textValues.push(id, 'it', title, `Intervento ${title}`, id, 'en', `Works ${title}`, `Project ${title}`);
        fundingValues.push(id, pick(fundingSources), budget);
      }
      await tx.execute({
        sql: `insert into projects (id, slug, category, status, progress, lat, lon, municipio_id, nil_id,
          budget_baseline_cents, budget_current_cents, end_baseline, end_current, updated_at, publication, published_at)
          values ${Array(n).fill("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'published', '2026-01-01')").join(', ')}`,
        args: projectValues,
      });
      await tx.execute({
        sql: `insert into project_translations (project_id, locale, title, summary) values ${Array(n * 2).fill('(?, ?, ?, ?)').join(', ')}`,
        args: textValues,
      });
      await tx.execute({
        sql: `insert into funding (project_id, source, amount_cents) values ${Array(n).fill('(?, ?, ?)').join(', ')}`,
        args: fundingValues,
      });
    }
    await tx.commit();
  } finally {
    tx.close();
  }
  await db.$client.execute('analyze');
}
