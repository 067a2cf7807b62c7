// Writes the API's OpenAPI document and the console's typed client types
// (apps/console/src/api/schema.d.ts, committed) from the Nest application
// itself: the app is created and initialised but never listens. The drift
// spec (schema-drift.spec.ts) writes it elsewhere (--out <file>) and compares;
// the answers spec (openapi-answers.spec.ts) reads the document (--doc <file>).
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { createApp, openApiDocument } from '../../api/src/app';
import { apiConfigSchema } from '../../api/src/config';
import { parseConfig } from '../../../libs/config/load';

export const SCHEMA_FILE = resolve(__dirname, '../src/api/schema.d.ts');

/** The API's OpenAPI document as it is now. */
export async function apiDocument() {
  const config = parseConfig(apiConfigSchema, {
    ...process.env,
    JWT_SECRET: process.env.JWT_SECRET ?? 'openapi-generation-only-secret-0123456789',
    JWT_ALLOW_HS256: 'true',
    API_DOCS: 'true',
    // the development routes belong to the document the console is typed from
    MASAR_DEV_SIGN_IN: 'true',
    MASAR_CODEC_KEYS: process.env.MASAR_CODEC_KEYS ?? `openapi:${randomBytes(32).toString('base64')}`,
  });
  const app = await createApp(config, { logger: false });
  await app.init();
  const doc = openApiDocument(app);
  await app.close();
  return doc;
}

/** The text of schema.d.ts for the API as it is now, and how many paths it types. */
export async function consoleSchema(): Promise<{ text: string; paths: number }> {
  const doc = await apiDocument();
  const ast = await openapiTS(doc as never);
  const header = '// Generated from the API\'s OpenAPI document by `npm run console:api`: do not edit.\n';
  return { text: header + astToString(ast), paths: Object.keys(doc.paths ?? {}).length };
}

async function main() {
  const docAt = process.argv.indexOf('--doc');
  if (docAt > 0 && process.argv[docAt + 1]) {
    const doc = await apiDocument();
    const out = resolve(process.argv[docAt + 1]);
    writeFileSync(out, JSON.stringify(doc, null, 1));
    console.log(`openapi: ${Object.keys(doc.paths ?? {}).length} paths (document) -> ${out}`);
    process.exit(0);
  }
  const { text, paths } = await consoleSchema();
  const at = process.argv.indexOf('--out');
  const out = at > 0 && process.argv[at + 1] ? resolve(process.argv[at + 1]) : SCHEMA_FILE;
  writeFileSync(out, text);
  console.log(`openapi: ${paths} paths -> ${out}`);
  process.exit(0);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
