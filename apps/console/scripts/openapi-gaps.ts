// What the API's OpenAPI document leaves untyped: every answer of every
// route must have a schema the console's types are generated from (else
// schema.d.ts types it as nothing and the console would write its own copy),
// every error answer is the shared Problem, and the schemas are OpenAPI 3.0
// (a `type` list or a null type is read by generators as something else).

interface Schema {
  $ref?: string;
  type?: unknown;
  properties?: Record<string, Schema>;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  additionalProperties?: unknown;
  [k: string]: unknown;
}
interface Response {
  content?: Record<string, { schema?: Schema }>;
}
export interface Doc {
  paths?: Record<string, Record<string, { responses?: Record<string, Response> }>>;
  components?: { schemas?: Record<string, Schema> };
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head'];
const PROBLEM = '#/components/schemas/Problem';

/** A schema that says what the answer is: a resolvable $ref, a type, a composition. */
function says(doc: Doc, s: Schema | undefined): string | null {
  if (!s || typeof s !== 'object') return 'no schema';
  if (s.$ref) {
    const name = s.$ref.replace('#/components/schemas/', '');
    return doc.components?.schemas?.[name] ? null : `${s.$ref} is not a component`;
  }
  if (s.type || s.anyOf || s.oneOf || s.allOf || s.properties) return null;
  return 'an empty schema';
}

/** Every place where a schema is not OpenAPI 3.0 (a list of types, or the type null). */
function notThreePointZero(s: unknown, at: string, out: string[]): void {
  if (!s || typeof s !== 'object') return;
  if (Array.isArray(s)) return s.forEach((x, i) => notThreePointZero(x, `${at}[${i}]`, out));
  const o = s as Schema;
  if (Array.isArray(o.type)) out.push(`${at}: type is a list (${(o.type as string[]).join(', ')}): OpenAPI 3.0 says nullable: true`);
  if (o.type === 'null') out.push(`${at}: type null is not OpenAPI 3.0`);
  for (const [k, v] of Object.entries(o)) if (k !== 'example' && k !== 'examples') notThreePointZero(v, `${at}.${k}`, out);
}

/** Each gap as "METHOD path status: why"; none when every answer is typed. */
export function answerGaps(doc: Doc): string[] {
  const gaps: string[] = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const where = `${method.toUpperCase()} ${path}`;
      const responses = Object.entries(op.responses ?? {});
      const ok = responses.filter(([status]) => /^2\d\d$/.test(status));
      if (ok.length === 0) gaps.push(`${where}: no success answer documented`);
      for (const [status, r] of ok) {
        if (status === '204') {
          if (r.content) gaps.push(`${where} 204: a 204 has no body, yet content is documented`);
          continue;
        }
        const media = Object.entries(r.content ?? {});
        if (media.length === 0) gaps.push(`${where} ${status}: the answer has no content, so no schema`);
        for (const [type, m] of media) {
          const why = says(doc, m.schema);
          if (why) gaps.push(`${where} ${status} ${type}: ${why}`);
        }
      }
      for (const [status, r] of responses.filter(([s]) => /^[45]\d\d$/.test(s))) {
        const media = Object.entries(r.content ?? {});
        if (media.length === 0) gaps.push(`${where} ${status}: an error without its problem+json`);
        for (const [type, m] of media) {
          if (type !== 'application/problem+json') gaps.push(`${where} ${status}: an error answered as ${type}, not application/problem+json`);
          else if (says(doc, m.schema)) gaps.push(`${where} ${status}: ${says(doc, m.schema)}`);
        }
      }
    }
  }
  const problem = doc.components?.schemas?.Problem;
  const errors = problem?.properties?.errors;
  if (!problem) gaps.push(`${PROBLEM} is missing`);
  else if (!errors?.items?.properties?.field || !errors.items.properties.message) gaps.push(`${PROBLEM} has no errors[] of field and message`);
  notThreePointZero(doc.components?.schemas, '#/components/schemas', gaps);
  notThreePointZero(doc.paths, '#/paths', gaps);
  return gaps;
}
