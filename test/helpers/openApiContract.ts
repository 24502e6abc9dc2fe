/**
 * Checks answers against the API's own OpenAPI document (issue #6): the JSON Schema of the
 * documented response for that path and status, validated by Ajv (JSON Schema 2020-12, the
 * dialect of OpenAPI 3.1) with its standard formats.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

type Doc = { paths: Record<string, { get: { responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }> } }> };

export function contract(doc: Doc) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  ajv.addSchema(doc as object, 'openapi');
  const covered = new Set<string>();
  return {
    covered,
    /** Problems of `body` as the answer of GET `path` with `status`; [] when it conforms. */
    check(path: string, status: number, body: unknown, type = 'application/json'): string[] {
      covered.add(path);
      const response = doc.paths[path]?.get.responses[String(status)];
      if (!response) return [`${path} documents no ${status} answer`];
      const schema = response.content?.[type]?.schema;
      if (!schema) return [`${path} ${status} documents no ${type} body`];
      const validate = ajv.compile(schema.$ref ? { $ref: `openapi${schema.$ref}` } : schema);
      return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
    },
    /** Problems of `body` as one of the document's component schemas, e.g. 'Problem'; [] when it conforms. */
    checkSchema(name: string, body: unknown): string[] {
      const validate = ajv.compile({ $ref: `openapi#/components/schemas/${name}` });
      return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
    },
  };
}
