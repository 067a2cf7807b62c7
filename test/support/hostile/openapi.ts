// The API's own OpenAPI document drives the barrage: every operation it lists
// is attacked, and its schemas say what a valid value is, hence how to break
// one for sure (each broken value is checked against the schema).
import fc from 'fast-check';
import { BAD_PROVINCE_CODES, BAD_UUIDS, CATALOG, EDGE_DATES, EDGE_DATETIMES, hostileString, hostileText, NAN_LIKE, ODD_DATES, PROTO_KEYS, repeated, WRONG_PROVINCES } from './catalog';

export interface Schema {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  items?: Schema;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  nullable?: boolean;
  default?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}

export interface OpenApiDoc {
  paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema?: Schema }> } }>>;
  components?: { schemas?: Record<string, Schema> };
}

export interface Operation {
  key: string;
  method: string;
  path: string;
  pathParams: Parameter[];
  queryParams: Parameter[];
  body?: Schema;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** Every operation of the document, with $refs resolved. */
export function operationsOf(doc: OpenApiDoc): Operation[] {
  const resolve = (s: Schema | undefined): Schema | undefined => {
    if (!s) return s;
    if (s.$ref) return resolve(doc.components?.schemas?.[s.$ref.replace('#/components/schemas/', '')]);
    const out: Schema = { ...s };
    if (s.items) out.items = resolve(s.items);
    if (s.properties) out.properties = Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, resolve(v)!]));
    if (s.additionalProperties && typeof s.additionalProperties === 'object') out.additionalProperties = resolve(s.additionalProperties);
    for (const k of ['anyOf', 'oneOf', 'allOf'] as const) if (s[k]) out[k] = s[k]!.map((x) => resolve(x)!);
    return out;
  };
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!METHODS.includes(method)) continue;
      const params = op.parameters ?? [];
      ops.push({
        key: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        pathParams: params.filter((p) => p.in === 'path'),
        queryParams: params.filter((p) => p.in === 'query'),
        body: resolve(op.requestBody?.content?.['application/json']?.schema),
      });
    }
  }
  return ops;
}

// ── a small validator for the subset of JSON schema the document uses ───────

const typeOf = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v === 'number' ? (Number.isInteger(v) ? 'integer' : 'number') : typeof v);

/** Whether the schema accepts the value (used to prove a broken value is broken). */
export function accepts(schema: Schema, v: unknown): boolean {
  if (schema.anyOf) return schema.anyOf.some((s) => accepts(s, v));
  if (schema.oneOf) return schema.oneOf.some((s) => accepts(s, v));
  if (schema.allOf) return schema.allOf.every((s) => accepts(s, v));
  if (v === null) return schema.nullable === true || (schema.enum?.includes(null) ?? false) || schema.type === 'null';
  if (schema.enum && !schema.enum.includes(v)) return false;
  const t = typeOf(v);
  if (schema.type) {
    const ok = schema.type === t || (schema.type === 'number' && t === 'integer');
    if (!ok) return false;
  }
  if (typeof v === 'string') {
    if (schema.minLength !== undefined && v.length < schema.minLength) return false;
    if (schema.maxLength !== undefined && v.length > schema.maxLength) return false;
    if (schema.pattern && !new RegExp(schema.pattern).test(v)) return false;
  }
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return false;
    if (schema.minimum !== undefined && v < schema.minimum) return false;
    if (schema.maximum !== undefined && v > schema.maximum) return false;
  }
  if (Array.isArray(v)) {
    if (schema.minItems !== undefined && v.length < schema.minItems) return false;
    if (schema.maxItems !== undefined && v.length > schema.maxItems) return false;
    if (schema.items && !v.every((x) => accepts(schema.items!, x))) return false;
  }
  if (t === 'object') {
    const o = v as Record<string, unknown>;
    const props = schema.properties ?? {};
    for (const r of schema.required ?? []) if (!Object.prototype.hasOwnProperty.call(o, r)) return false;
    for (const k of Object.keys(o)) {
      if (Object.prototype.hasOwnProperty.call(props, k)) {
        if (!accepts(props[k], o[k])) return false;
      } else if (schema.additionalProperties === false) {
        return false;
      } else if (typeof schema.additionalProperties === 'object' && !accepts(schema.additionalProperties, o[k])) {
        return false;
      }
    }
  }
  return true;
}

/** Sets an own property, even __proto__ (so JSON.stringify sends it). */
export function setOwn(o: Record<string, unknown>, k: string, v: unknown): Record<string, unknown> {
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  return o;
}

// ── valid values ────────────────────────────────────────────────────────────

/** Values for named fields, meaningful to the API (or pointedly not); those the schema refuses are dropped. */
export type Hints = Record<string, readonly unknown[]>;

/** The hinted values the schema accepts, as an arbitrary (null when none fits). */
function hinted(schema: Schema, name: string, hints: Hints): fc.Arbitrary<unknown> | null {
  const fitting = (hints[name] ?? []).filter((v) => accepts(schema, v));
  return fitting.length ? fc.constantFrom(...fitting) : null;
}

// fc.stringMatching is slow to draw from (the date-time pattern especially):
// each pattern's strings are drawn once, with the run's seed, and reused.
const patternPools = new Map<string, string[]>();
function patternPool(pattern: string): string[] {
  let pool = patternPools.get(pattern);
  if (!pool) {
    pool = [...new Set(fc.sample(fc.stringMatching(new RegExp(pattern)), { numRuns: 60, seed: fc.readConfigureGlobal().seed ?? 0 }))];
    patternPools.set(pattern, pool);
  }
  return pool;
}

function patternArb(schema: Schema, name: string, hints: Hints): fc.Arbitrary<string> {
  const re = new RegExp(schema.pattern!);
  const pool = patternPool(schema.pattern!).filter((s) => s.length <= (schema.maxLength ?? Infinity) && s.length >= (schema.minLength ?? 0));
  const generated = fc.constantFrom(...(pool.length ? pool : patternPool(schema.pattern!)));
  void re;
  const hint = hinted(schema, name, hints) as fc.Arbitrary<string> | null;
  return hint ? fc.oneof({ weight: 3, arbitrary: hint }, { weight: 1, arbitrary: generated }) : generated;
}

/** A value the schema accepts; free text is hostile (injection, unicode edge cases). */
// Arbitraries are built once per schema and field name (hints are fixed for a run).
const memo = new WeakMap<Schema, Map<string, fc.Arbitrary<unknown>>>();
function memoized(kind: string, schema: Schema, name: string, depth: number, build: () => fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  let byName = memo.get(schema);
  if (!byName) memo.set(schema, (byName = new Map()));
  const key = `${kind}:${name}:${depth}`;
  let arb = byName.get(key);
  if (!arb) byName.set(key, (arb = build()));
  return arb;
}

export function validArb(schema: Schema, name: string, hints: Hints = {}, depth = 0): fc.Arbitrary<unknown> {
  return memoized('valid', schema, name, depth, () => buildValid(schema, name, hints, depth));
}

function buildValid(schema: Schema, name: string, hints: Hints, depth: number): fc.Arbitrary<unknown> {
  const nullable = schema.nullable || schema.enum?.includes(null);
  const base = validNonNull(schema, name, hints, depth);
  return nullable ? fc.oneof({ weight: 4, arbitrary: base }, { weight: 1, arbitrary: fc.constant(null) }) : base;
}

function validNonNull(schema: Schema, name: string, hints: Hints, depth: number): fc.Arbitrary<unknown> {
  if (schema.anyOf || schema.oneOf) return fc.oneof(...(schema.anyOf ?? schema.oneOf)!.map((s) => validArb(s, name, hints, depth)));
  if (schema.enum) {
    const values = schema.enum.filter((e) => e !== null);
    return fc.constantFrom(...values);
  }
  switch (schema.type) {
    case 'string': {
      if (schema.pattern) return patternArb(schema, name, hints);
      const hint = hinted(schema, name, hints);
      if (schema.format === 'uuid') return hint ? fc.oneof(hint, fc.uuid()) : fc.uuid();
      const max = Math.min(schema.maxLength ?? 20_000, 20_000);
      const text = (schema.minLength ?? 0) > 0 ? hostileText(max) : fc.oneof(hostileText(max), fc.constant(''));
      return hint ? fc.oneof({ weight: 2, arbitrary: hint }, { weight: 1, arbitrary: text }) : text;
    }
    case 'integer': {
      const min = schema.minimum ?? -1_000_000;
      const max = schema.maximum ?? 1_000_000;
      const ints = fc.oneof(fc.integer({ min: Math.max(min, -(2 ** 31)), max: Math.min(max, 2 ** 31) }), fc.constantFrom(...[min, max].filter((x) => Number.isSafeInteger(x))));
      const hint = hinted(schema, name, hints);
      return hint ? fc.oneof(hint, ints) : ints;
    }
    case 'number':
      return fc.double({ min: schema.minimum, max: schema.maximum, noNaN: true, noDefaultInfinity: true });
    case 'boolean':
      return fc.boolean();
    case 'array': {
      const item = schema.items ? validArb(schema.items, name, hints, depth + 1) : fc.jsonValue();
      return fc.array(item, { minLength: schema.minItems ?? 0, maxLength: Math.max(schema.minItems ?? 0, Math.min(schema.maxItems ?? 4, 4)) });
    }
    case 'object':
    default: {
      const props = schema.properties ?? {};
      const required = schema.required ?? [];
      const model = Object.fromEntries(Object.entries(props).map(([k, s]) => [k, validArb(s, k, hints, depth + 1)]));
      const record = fc.record(model, { requiredKeys: required.filter((r) => r in props) });
      if (typeof schema.additionalProperties === 'object' && depth < 4) {
        const extra = fc.dictionary(fc.oneof(fc.constantFrom(...PROTO_KEYS), hostileString), validArb(schema.additionalProperties, name, hints, depth + 1), { maxKeys: 4 });
        return fc.tuple(record, extra).map(([r, e]) => {
          const o: Record<string, unknown> = {};
          for (const [k, v] of Object.entries(e)) if (!(k in props)) setOwn(o, k, v);
          return Object.assign(o, r);
        });
      }
      return record;
    }
  }
}

// ── broken values ───────────────────────────────────────────────────────────

const WRONG_TYPES: unknown[] = [0, -1, 1.5, 1e308, -1e-308, true, false, null, '', 'x', 'true', '1', [], [null], ['x'], {}, { a: 1 }, { $ne: null }, { $gt: '' }, [[[[[[]]]]]]];

function stringBreakers(schema: Schema, name: string): fc.Arbitrary<unknown>[] {
  const out: fc.Arbitrary<unknown>[] = [hostileString];
  if (schema.enum) {
    const members = schema.enum.filter((e): e is string => typeof e === 'string');
    out.push(fc.constantFrom(...members).chain((m) => fc.constantFrom(m.toLowerCase(), ` ${m}`, `${m} `, `${m}\u0000`, `${m}\u200b`, m.replace(/[AEOT]/, (c) => ({ A: 'А', E: 'Е', O: 'О', T: 'Т' })[c]!), `${m},${m}`, `${m}'--`)));
  }
  if (schema.format === 'date-time') out.push(fc.constantFrom(...ODD_DATES));
  if (schema.format === 'date') out.push(fc.constantFrom(...ODD_DATES, ...EDGE_DATETIMES));
  if (schema.format === 'uuid') out.push(fc.constantFrom(...BAD_UUIDS));
  if (/province/i.test(name)) out.push(fc.constantFrom(...BAD_PROVINCE_CODES));
  if (schema.maxLength !== undefined) out.push(repeated(schema.maxLength + 1, Math.max(schema.maxLength + 1, 300_000)));
  if ((schema.minLength ?? 0) > 0) out.push(fc.constant(''));
  if (schema.pattern) out.push(fc.constantFrom(...CATALOG));
  return out;
}

function numberBreakers(schema: Schema): fc.Arbitrary<unknown>[] {
  const out: fc.Arbitrary<unknown>[] = [fc.constantFrom(...NAN_LIKE), fc.constantFrom(0.5, 1e21, -1e21, Number.MAX_SAFE_INTEGER + 2, -(2 ** 63))];
  if (schema.minimum !== undefined) out.push(fc.integer({ min: -(2 ** 31), max: schema.minimum - 1 }), fc.constant(schema.minimum - 0.5));
  if (schema.maximum !== undefined) out.push(fc.integer({ min: Math.min(schema.maximum + 1, 2 ** 52), max: Number.MAX_SAFE_INTEGER }), fc.constant(schema.maximum + 0.5));
  return out;
}

/**
 * A value the schema refuses: the wrong JSON type, a string out of its enum,
 * pattern, format or length, a number out of range, an array too long or with
 * a bad item, an object missing a required key, with an unknown key, or with
 * one bad property (recursively). Each is checked against the schema.
 */
export function invalidArb(schema: Schema, name: string, hints: Hints = {}, depth = 0): fc.Arbitrary<unknown> {
  return memoized('invalid', schema, name, depth, () => buildInvalid(schema, name, hints, depth));
}

function buildInvalid(schema: Schema, name: string, hints: Hints, depth: number): fc.Arbitrary<unknown> {
  const options: fc.Arbitrary<unknown>[] = [fc.constantFrom(...WRONG_TYPES)];
  const t = schema.type ?? (schema.properties ? 'object' : undefined);
  if (t === 'string') options.push(...stringBreakers(schema, name));
  if (t === 'integer' || t === 'number') options.push(...numberBreakers(schema));
  if (t === 'boolean') options.push(fc.constantFrom('true', 'false', 1, 0, 'yes', 'on'));
  if (t === 'array' && schema.items) {
    const item = validArb(schema.items, name, hints, depth + 1);
    if (schema.maxItems !== undefined && schema.maxItems < 2_000) options.push(fc.array(item, { minLength: schema.maxItems + 1, maxLength: schema.maxItems + 3 }));
    if ((schema.minItems ?? 0) > 0) options.push(fc.constant([]));
    if (depth < 4) {
      const bad = invalidArb(schema.items, name, hints, depth + 1);
      options.push(fc.tuple(fc.array(item, { maxLength: 2 }), bad, fc.nat()).map(([items, b, at]) => {
        const copy = [...items];
        copy.splice(at % (copy.length + 1), 0, b);
        return copy;
      }));
    }
  }
  if (t === 'object' && depth < 4) {
    const props = schema.properties ?? {};
    // a nullable object's valid values include null: the breakers below start from an object
    const base = validArb(schema, name, hints, depth).filter((o): o is Record<string, unknown> => o !== null && typeof o === 'object' && !Array.isArray(o));
    const required = (schema.required ?? []).filter((r) => r in props);
    if (required.length) options.push(fc.tuple(base, fc.constantFrom(...required)).map(([o, k]) => Object.fromEntries(Object.entries(o).filter(([key]) => key !== k))));
    if (schema.additionalProperties === false) {
      const extraKey = fc.oneof(fc.constantFrom(...PROTO_KEYS, 'actor', 'role', 'userId', 'provinceCode', 'status', 'stage', 'id', 'caseId', 'isAdmin', 'extra'), hostileString).filter((k) => !(k in props));
      options.push(fc.tuple(base, extraKey, fc.jsonValue({ maxDepth: 2 })).map(([o, k, v]) => setOwn({ ...o }, k, v)));
    }
    const names = Object.keys(props);
    if (names.length) {
      options.push(
        fc.tuple(base, fc.constantFrom(...names)).chain(([o, k]) => invalidArb(props[k], k, hints, depth + 1).map((bad) => setOwn({ ...o }, k, bad))),
      );
    }
  }
  return fc.oneof(...options).filter((v) => !accepts(schema, v));
}

/** Hints shared by the barrage: ids of this API, valid by pattern, and pointedly wrong ones. */
export function commonHints(ids: { caseId: string; otherCaseId: string; referralId: string }): Hints {
  return {
    provinceCode: ['TANGER_ASSILAH', ...WRONG_PROVINCES],
    toProvinceCode: ['TANGER_ASSILAH', ...WRONG_PROVINCES],
    organisationId: ['org-tanger-upe', 'org-tanger-hospital', 'org-tanger-court', 'org-meknes-upe', 'org-atlantis-upe', 'org-tanger-upe.', 'ORG-TANGER-UPE', '..', '_'.repeat(100)],
    assigneeId: ['u-tanger-coordinator', 'u-meknes-coordinator', 'u-tanger-provider-upe', 'u-nobody', '.', ':'],
    actorId: ['u-tanger-coordinator', 'u-national-auditor', "u-tanger-coordinator' OR 1=1 --", 'u-%', '\u0000'],
    action: ['case.read', 'case.%', "' OR ''='", '\u0000'],
    orderId: ['TPI-TNG-2026-15', '../..', '.', '/', 'a'.repeat(100)],
    caseId: [ids.caseId, ids.otherCaseId, '00000000-0000-4000-8000-000000000000', '00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff'],
    cursor: ['0', '1', '9223372036854775807', '9223372036854775808', '99999999999999999999999999999', '00000000000000000000000000001', ids.caseId, 'ffffffff-ffff-ffff-ffff-ffffffffffff'],
    replaces: [ids.referralId, '00000000-0000-4000-8000-000000000000'],
    from: [...EDGE_DATETIMES, new Date(Date.now() - 86_400_000).toISOString()],
    to: [...EDGE_DATETIMES, new Date(Date.now() + 86_400_000).toISOString()],
    receivedAt: EDGE_DATETIMES,
    dateOfBirth: [...EDGE_DATES, '2015-03-14'],
    duration: ['PT4H', 'P7D', 'PT1S', 'PT0S', 'P99999999999D', 'PT0.5S', 'P1Y', 'PT4H '],
    phone: ['+212600000000', '000000', '+' + '9'.repeat(20)],
    page: [1, 2 ** 31, Number.MAX_SAFE_INTEGER],
    pageSize: [1, 500],
    limit: [1, 200, 500],
  };
}
