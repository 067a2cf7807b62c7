import fs from 'node:fs';
import { stopSharedServices } from './services';

export default async function globalTeardown(): Promise<void> {
  await stopSharedServices();
  const bundle = process.env.MASAR_TEST_WORKFLOW_BUNDLE;
  if (bundle) fs.rmSync(bundle, { force: true });
}
