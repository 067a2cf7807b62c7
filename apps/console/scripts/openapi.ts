// Writes the API's OpenAPI document and the console's typed client types
// (apps/console/src/api/schema.d.ts, committed) from the Nest application
// itself: the app is created and initialised but never listens.
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { createApp, openApiDocument } from '../../api/src/app';
import { apiConfigSchema } from '../../api/src/config';
import { parseConfig } from '../../../libs/config/load';

async function main() {
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
  const ast = await openapiTS(doc as never);
  const header = '// Generated from the API\'s OpenAPI document by `npm run console:api`: do not edit.\n';
  const out = resolve(__dirname, '../src/api/schema.d.ts');
  writeFileSync(out, header + astToString(ast));
  console.log(`openapi: ${Object.keys(doc.paths ?? {}).length} paths -> ${out}`);
  process.exit(0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
