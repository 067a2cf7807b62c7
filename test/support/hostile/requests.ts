// Hostile HTTP requests: how a body travels (JSON, not JSON, the wrong content
// type or charset, too large), hostile query strings and path segments, and
// what the API must answer (never 5xx; 4xx as problem+json).
import fc from 'fast-check';
import { CATALOG, hostileString, NAN_LIKE, ODD_DATES, pctEncode, PROTO_KEYS, RAW_URL_GARBAGE, repeated, SQL_INJECTION, BAD_PROVINCE_CODES, PATH_TRAVERSAL } from './catalog';
import { validArb, type Hints, type Parameter } from './openapi';

export interface HostileRequest {
  method: string;
  /** already encoded path and query */
  url: string;
  headers: Record<string, string>;
  body?: string | Buffer;
  /** a short description of how the request is hostile, for failure messages */
  how: string;
}

export interface Answer {
  status: number;
  contentType: string | null;
  text: string;
  json: any;
}

export interface BodyVariant {
  how: string;
  contentType?: string;
  headers?: Record<string, string>;
  body: string | Buffer;
}

/** JSON text, with numbers the serializer cannot write (1e309, -0) allowed through Raw. */
export class Raw {
  constructor(readonly text: string) {}
}
export function toJson(value: unknown): string {
  const marks: string[] = [];
  const text = JSON.stringify(value, (_k, v) => {
    if (v instanceof Raw) {
      marks.push(v.text);
      return `\u0001RAW${marks.length - 1}\u0001`;
    }
    return v;
  });
  return (text ?? 'null').replace(/"\\u0001RAW(\d+)\\u0001"/g, (_m, i) => marks[Number(i)]);
}

const JSON_TYPES = ['application/json', 'application/json; charset=utf-8', 'Application/JSON', 'application/json;charset=UTF-8'];

export const jsonBody = (how: string, value: unknown): fc.Arbitrary<BodyVariant> =>
  fc.constantFrom(...JSON_TYPES).map((contentType) => ({ how, contentType, body: toJson(value) }));

/** Bodies that are not JSON at all, sent as JSON. */
export const notJson: fc.Arbitrary<BodyVariant> = fc
  .oneof(
    fc.constantFrom(
      '{not json',
      '{"a":',
      "{'summary':'x'}",
      '{"summary":"x",}',
      '{"summary":"x"}{"summary":"y"}',
      // (an empty body is not here: body-parser reads it as {}, a valid body for some
      // actions; nor a byte-order mark before {}, which it strips, as JSON allows)
      'undefined',
      'NaN',
      '\u0000',
      '{"summary":"\u0000\u001f"}', // raw control characters inside a string
      '{"a":1e99999}',
      '['.repeat(5_000) + ']'.repeat(4_999),
      `{"__proto__":{"isAdmin":true}`,
      '<?xml version="1.0"?><report/>',
      'summary=x&kind=CASE',
      '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--',
      '"' + SQL_INJECTION[0] + '"',
      '123abc',
    ),
    hostileString.filter((s) => {
      if (s.length === 0) return false;
      try {
        JSON.parse(s);
        return false;
      } catch {
        return true;
      }
    }),
  )
  .chain((body) => fc.constantFrom(...JSON_TYPES).map((contentType) => ({ how: 'not JSON', contentType, body })));

/** JSON bodies whose top level is not an object. */
export const topLevelNotObject: fc.Arbitrary<BodyVariant> = fc
  .constantFrom('[]', '[{}]', '123', '-0', '"str"', 'null', 'true', '[{"summary":"x","kind":"CASE"}]', '1e309', '{"0":1,"length":1}')
  .map((body) => ({ how: 'top-level JSON value is not an object', contentType: 'application/json', body }));

/** A (possibly valid) JSON body sent with a content type the API does not parse, or a bad charset or encoding. */
export function wrongTransport(value: unknown): fc.Arbitrary<BodyVariant> {
  const text = toJson(value);
  return fc.oneof(
    fc
      .constantFrom('text/plain', 'text/html; charset=utf-8', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', 'application/octet-stream', 'application/merge-patch+json', 'application/vnd.api+json', 'json', 'application/json5', '*/*', '')
      .map((contentType) => ({ how: `content type ${JSON.stringify(contentType)}`, contentType, body: text })),
    // (not utf-7: body-parser decodes any utf-* charset, and ASCII JSON reads the same in UTF-7)
    fc.constantFrom('utf-16', 'utf-32', 'latin1', 'koi8-r', 'x-unknown', 'iso-8859-1').map((charset) => ({ how: `charset ${charset}`, contentType: `application/json; charset=${charset}`, body: text })),
    fc.constantFrom('gzip', 'deflate', 'br', 'compress', 'x-evil', 'gzip, gzip').map((enc) => ({ how: `content-encoding ${enc} on a plain body`, contentType: 'application/json', headers: { 'content-encoding': enc }, body: text })),
    fc.constant({ how: 'UTF-16LE bytes sent as UTF-8 JSON', contentType: 'application/json', body: Buffer.from(text, 'utf16le') }),
    fc.constant({ how: 'invalid UTF-8 bytes', contentType: 'application/json', body: Buffer.concat([Buffer.from('{"summary":"'), Buffer.from([0xff, 0xfe, 0xc0, 0xaf, 0xed, 0xa0, 0x80]), Buffer.from('"}')]) }),
  );
}

/** A body over the 256 kB limit: a valid-looking object with a huge field, or plain padding. */
export function oversize(value: unknown): fc.Arbitrary<BodyVariant> {
  return fc.tuple(repeated(262_145, 400_000), fc.constantFrom('summary', 'narrative', 'text', 'reason', '__proto__', 'padding')).map(([huge, key]) => {
    const o = value && typeof value === 'object' && !Array.isArray(value) ? { ...(value as object) } : {};
    Object.defineProperty(o, key, { value: huge, enumerable: true, writable: true, configurable: true });
    const body = toJson(o);
    return { how: `body of ${Buffer.byteLength(body)} bytes`, contentType: 'application/json', body };
  });
}

// ── URLs ────────────────────────────────────────────────────────────────────

/** A hostile path segment, encoded (or badly encoded on purpose). */
export const garbageSegment: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.oneof(hostileString, fc.constantFrom(...PATH_TRAVERSAL, ...SQL_INJECTION)).map((s) => pctEncode(s).slice(0, 4_000)) },
  { weight: 2, arbitrary: fc.constantFrom(...RAW_URL_GARBAGE) },
  { weight: 1, arbitrary: fc.uuid().map((u) => pctEncode(`${u}'; DROP TABLE "Case"; --`)) },
  { weight: 1, arbitrary: fc.uuid().map((u) => u.toUpperCase()) },
  { weight: 1, arbitrary: repeated(1_000, 4_000).map(pctEncode).map((s) => s.slice(0, 4_000)) },
);

const MAX_QUERY = 4_000;

/** One query parameter: absent, valid, hostile, repeated. */
function queryValue(p: Parameter, hints: Hints): fc.Arbitrary<string[] | undefined> {
  const valid = p.schema ? validArb(p.schema, p.name, hints).map((v) => (v === null ? 'null' : String(v))) : fc.constant('x');
  const hostile = fc.oneof(hostileString.filter((s) => s.length <= 2_000), fc.constantFrom(...NAN_LIKE, ...ODD_DATES, ...BAD_PROVINCE_CODES, ...CATALOG));
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant(undefined) },
    { weight: 3, arbitrary: valid.map((v) => [pctEncode(v)]) },
    { weight: 4, arbitrary: hostile.map((v) => [pctEncode(v)]) },
    { weight: 1, arbitrary: fc.constantFrom(...RAW_URL_GARBAGE).map((v) => [v]) },
    { weight: 1, arbitrary: fc.tuple(valid, hostile).map(([a, b]) => [pctEncode(a), pctEncode(b)]) },
  );
}

/** A hostile query string for the parameters the document declares, plus unknown ones. */
export function hostileQuery(params: Parameter[], hints: Hints): fc.Arbitrary<string> {
  const declared = params.map((p) => queryValue(p, hints).map((values) => (values ?? []).map((v) => `${pctEncode(p.name)}=${v}`)));
  const extra = fc.array(
    fc.tuple(fc.oneof(fc.constantFrom(...PROTO_KEYS.map(pctEncode), '__proto__%5BisAdmin%5D', 'constructor%5Bprototype%5D%5Bx%5D', 'limit%5B%5D', 'a%5Bb%5D%5Bc%5D', '', '%00', 'provinceCode%00'), hostileString.map(pctEncode)), fc.oneof(hostileString.map(pctEncode), fc.constantFrom(...RAW_URL_GARBAGE))).map(([k, v]) => `${k}=${v}`),
    { maxLength: 2 },
  );
  return fc
    .tuple(fc.tuple(...declared), fc.oneof({ weight: 3, arbitrary: fc.constant([] as string[]) }, { weight: 1, arbitrary: extra }), fc.constantFrom('', '&', '&&'))
    .map(([parts, more, sep]) => {
      const all = [...parts.flat(), ...more];
      // Node refuses request heads over 16 kB (431) before the API sees them: stay under.
      return (all.length ? `?${all.join('&')}${sep}` : sep ? `?${sep}` : '').slice(0, MAX_QUERY);
    });
}

/** A hostile Idempotency-Key (headers carry only Latin-1, so the catalog is narrowed). */
export const hostileKey: fc.Arbitrary<string | undefined> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  {
    weight: 2,
    arbitrary: fc
      .oneof(fc.constantFrom(...CATALOG), fc.string({ unit: 'binary-ascii', maxLength: 50 }))
      .map((s) => s.replace(/[^\x20-\x7e\xa0-\xff]/g, '').trim())
      .filter((s) => s.length > 0),
  },
  { weight: 1, arbitrary: fc.integer({ min: 100, max: 3_000 }).map((n) => 'k'.repeat(n)) },
);

// ── sending and judging ─────────────────────────────────────────────────────

export async function send(baseUrl: string, req: HostileRequest): Promise<Answer> {
  const res = await fetch(`${baseUrl}${req.url}`, { method: req.method, headers: req.headers, body: req.body, redirect: 'manual' });
  const text = await res.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, contentType: res.headers.get('content-type'), text, json };
}

/** What is wrong with an answer to a hostile request, or null. */
export function judge(answer: Answer, opts: { mustRefuse: boolean }): string | null {
  if (answer.status >= 500) return `answered ${answer.status}`;
  if (opts.mustRefuse && answer.status < 400) return `accepted a request that must be refused (${answer.status}): a write happened`;
  // 431: Node's HTTP parser refuses a request head over 16 kB before any application code runs.
  if (answer.status >= 400 && answer.status !== 431) {
    if (!answer.contentType?.includes('application/problem+json')) return `a ${answer.status} that is not problem+json (content-type ${answer.contentType})`;
    if (!answer.json || answer.json.status !== answer.status || typeof answer.json.title !== 'string' || typeof answer.json.type !== 'string') return `a ${answer.status} whose problem document is malformed: ${answer.text.slice(0, 300)}`;
  }
  return null;
}

/** A request as one line, bodies cut, for failure messages and the bug report. */
export function describeRequest(req: HostileRequest, max = 600): string {
  const body = req.body === undefined ? '' : Buffer.isBuffer(req.body) ? `<${req.body.length} bytes: ${req.body.subarray(0, 80).toString('hex')}…>` : req.body.length > max ? `${JSON.stringify(req.body.slice(0, max))}… (${req.body.length} chars)` : JSON.stringify(req.body);
  const headers = Object.entries(req.headers)
    .filter(([k]) => k !== 'authorization')
    .map(([k, v]) => `${k}: ${v.length > 100 ? `${v.slice(0, 100)}…(${v.length})` : v}`)
    .join('; ');
  const url = req.url.length > max ? `${req.url.slice(0, max)}…(${req.url.length})` : req.url;
  return `${req.method} ${url} [${headers}] ${body} — ${req.how}`;
}
