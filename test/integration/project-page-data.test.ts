/**
 * The project page keeps its data between requests (src/server/projectPage.ts, issue #9 point 5).
 * These render it with a fresh query string each time, so the page cache never answers: what is
 * seen is the kept data, which must follow every change that bumps a cache tag, and the clock for
 * scheduled updates, with no write at all.
 */
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { createDb, type Db } from '../../db/client.ts';
import { changedBehindServer } from '../helpers/db.ts';
import { get } from '../helpers/http.ts';

let db: Db;
let project: { id: number; slug: string };
let n = 0;
const uncached = (path: string) => get(`${path}?fresh=${Date.now()}-${++n}`);

beforeAll(async () => {
  db = await createDb(inject('databaseUrl'));
  const [row] = (await db.$client.execute("select id, slug from projects where publication = 'published' and municipio_id = 3 and parent_id is null order by id desc limit 1")).rows;
  project = { id: Number(row.id), slug: String(row.slug) };
});
afterAll(() => db.$client.close());

it('shows a change committed with a tag bump on the next render, in every locale it was kept for', async () => {
  const marker = `Cantiere kept ${Date.now()}`;
  await uncached(`/it/projects/${project.slug}`);
  await uncached(`/fr/projects/${project.slug}`);
  const id = Number((await db.$client.execute({
    sql: `insert into updates (project_id, published_on, title, body, notified_at) values (?, '2026-01-02', json_object('it', ?), json_object('it', 'Testo'), '2026-01-02T00:00:00.000Z') returning id`,
    args: [project.id, marker],
  })).rows[0].id);
  try {
    await changedBehindServer(db);
    expect((await uncached(`/it/projects/${project.slug}`)).html).toContain(marker);
    expect((await uncached(`/fr/projects/${project.slug}`)).html).toContain(marker);
  } finally {
    await db.$client.execute({ sql: 'delete from updates where id = ?', args: [id] });
    await changedBehindServer(db);
  }
  expect((await uncached(`/it/projects/${project.slug}`)).html).not.toContain(marker);
});

it('shows a scheduled update once its time has come, with nothing written in between', async () => {
  const marker = `Annuncio programmato ${Date.now()}`;
  const at = new Date(Date.now() + 2_000).toISOString();
  const id = Number((await db.$client.execute({
    sql: `insert into updates (project_id, published_on, publish_at, title, body, notified_at) values (?, '2026-01-03', ?, json_object('it', ?), json_object('it', 'Testo'), ?) returning id`,
    args: [project.id, at, marker, at],
  })).rows[0].id);
  try {
    await changedBehindServer(db);
    // Kept now, with the update not yet public…
    expect((await uncached(`/it/projects/${project.slug}`)).html).not.toContain(marker);
    await new Promise((r) => setTimeout(r, 2_500));
    // …and shown from the same kept data once the clock passes publish_at.
    expect((await uncached(`/it/projects/${project.slug}`)).html).toContain(marker);
  } finally {
    await db.$client.execute({ sql: 'delete from updates where id = ?', args: [id] });
    await changedBehindServer(db);
  }
});

it('answers 404 for a project that is not published, and the page once it is', async () => {
  await db.$client.execute({ sql: "update projects set publication = 'draft' where id = ?", args: [project.id] });
  try {
    await changedBehindServer(db);
    expect((await uncached(`/it/projects/${project.slug}`)).status).toBe(404);
  } finally {
    await db.$client.execute({ sql: "update projects set publication = 'published' where id = ?", args: [project.id] });
    await changedBehindServer(db);
  }
  expect((await uncached(`/it/projects/${project.slug}`)).status).toBe(200);
});
