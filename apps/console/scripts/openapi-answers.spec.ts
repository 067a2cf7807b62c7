// Every answer of every route is typed in the API's OpenAPI document: a 2xx
// without a schema would give the console nothing to generate its types from
// (and a screen would write its own copy of the answer, free to drift). The
// document is the one `npm run console:api` generates (openapi.ts --doc, in a
// process of its own as for the drift spec).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { answerGaps, type Doc } from './openapi-gaps';

const ROOT = resolve(__dirname, '../../..');

/** Answers that are not problem+json on purpose. */
const NOT_PROBLEMS = new Set(['GET /health 503: an error answered as application/json, not application/problem+json']);

let doc: Doc;

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'masar-openapi-'));
  try {
    const out = join(dir, 'openapi.json');
    const run = spawnSync(process.execPath, ['-r', '@swc-node/register', join(ROOT, 'apps/console/scripts/openapi.ts'), '--doc', out], { cwd: ROOT, encoding: 'utf8', timeout: 110_000 });
    expect(run.stderr).toBe('');
    doc = JSON.parse(readFileSync(out, 'utf8')) as Doc;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);

test('every success answer of every route has a schema, every error is problem+json, in OpenAPI 3.0', () => {
  expect(Object.keys(doc.paths ?? {}).length).toBeGreaterThan(50);
  expect(answerGaps(doc).filter((g) => !NOT_PROBLEMS.has(g))).toEqual([]);
});

test('a route whose answer lost its schema, or a nullable said as a type list, is a gap', () => {
  const copy = JSON.parse(JSON.stringify(doc)) as Doc & { paths: Record<string, Record<string, { responses: Record<string, { content?: unknown }> }>> };
  delete copy.paths['/api/v1/me'].get.responses['200'].content;
  const schemas = copy.components!.schemas!;
  const me = Object.keys(schemas).find((k) => k.startsWith('MeDto'))!;
  (schemas[me].properties as Record<string, unknown>).provinceCode = { type: ['string', 'null'] };
  const gaps = answerGaps(copy);
  expect(gaps).toContain('GET /api/v1/me 200: the answer has no content, so no schema');
  expect(gaps).toContain(`#/components/schemas.${me}.properties.provinceCode: type is a list (string, null): OpenAPI 3.0 says nullable: true`);
});
