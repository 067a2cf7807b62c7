// The console's typed client cannot drift from the API: the types generated
// now from the API's own OpenAPI document (npm run console:api, in a process
// of its own: openapi-typescript is an ES module) are the committed
// schema.d.ts. After changing a route: npm run console:api, and commit the file.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
const SCHEMA_FILE = join(ROOT, 'apps/console/src/api/schema.d.ts');

test('apps/console/src/api/schema.d.ts is what npm run console:api generates from the API now', () => {
  const dir = mkdtempSync(join(tmpdir(), 'masar-schema-'));
  try {
    const out = join(dir, 'schema.d.ts');
    const run = spawnSync(process.execPath, ['-r', '@swc-node/register', join(ROOT, 'apps/console/scripts/openapi.ts'), '--out', out], { cwd: ROOT, encoding: 'utf8', timeout: 110_000 });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^openapi: \d{2,} paths -> /);
    const generated = readFileSync(out, 'utf8');
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    if (committed !== generated) {
      const a = committed.split('\n');
      const b = generated.split('\n');
      const line = a.findIndex((l, i) => l !== b[i]);
      throw new Error(`schema.d.ts differs from the API's document from line ${line + 1}: committed ${JSON.stringify(a[line])}, generated ${JSON.stringify(b[line])}. Run npm run console:api and commit the file.`);
    }
    expect(generated).toContain('"/api/v1/cases/{id}"');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);
