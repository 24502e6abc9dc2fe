/**
 * A page's query string, read and written with the page's one schema. Every field of the schema
 * must be optional or have a default.
 */
import type { z } from 'astro/zod';

/**
 * Keeps what is valid: a value that does not fit, or a key given twice (municipio=6&municipio=7:
 * no one value is the asked one), is dropped and named in `invalid`, so a mistyped link still
 * shows a useful page and says what was ignored.
 * @example readQuery(z.object({ page: z.coerce.number().default(1) }), new URLSearchParams('page=x')) // { value: { page: 1 }, invalid: ['page'] } */
export function readQuery<S extends z.ZodObject>(schema: S, params: URLSearchParams): { value: z.output<S>; invalid: (keyof z.output<S> & string)[] } {
  type Key = keyof z.output<S> & string;
  const raw: Record<string, string> = {};
  const invalid: Key[] = [];
  for (const key of Object.keys(schema.shape) as Key[]) {
    const given = params.getAll(key).filter((v) => v.trim() !== '');
    if (given.length > 1) invalid.push(key);
    else if (given.length === 1) raw[key] = given[0];
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { value: parsed.data, invalid };
  for (const issue of parsed.error.issues) {
    const key = issue.path[0] as Key;
    if (!invalid.includes(key)) invalid.push(key);
    delete raw[key];
  }
  return { value: schema.parse(raw), invalid };
}

/**
 * The query string of `values`, leaving out what is not set or is the schema's default, so links
 * stay short and one view has one address.
 * @example writeQuery(z.object({ page: z.coerce.number().default(1), q: z.string().optional() }), { page: 1, q: 'via' }) // 'q=via'
 */
export function writeQuery<S extends z.ZodObject>(schema: S, values: Partial<z.output<S>>): string {
  const defaults = defaultsOf(schema);
  const params = new URLSearchParams();
  for (const key of Object.keys(schema.shape)) {
    const value = (values as Record<string, unknown>)[key];
    if (value === undefined || value === null || value === defaults[key]) continue;
    params.set(key, String(value));
  }
  return params.toString();
}

// Parsed once per schema: a list page writes a dozen links (pages, exports, the map).
const defaults = new WeakMap<z.ZodObject, Record<string, unknown>>();
function defaultsOf(schema: z.ZodObject): Record<string, unknown> {
  let found = defaults.get(schema);
  if (!found) defaults.set(schema, (found = schema.parse({}) as Record<string, unknown>));
  return found;
}
