// Runs once before all test files: installs the Temporal binaries if needed,
// bundles the workflow code once, and names this run so that databases,
// namespaces and queue prefixes of two runs never collide.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { buildWorkflowBundle } from '../../libs/temporal/bundle';
import { ROOT } from './run-context';
import { startSharedServices } from './services';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureTemporalBinaries } = require('../../scripts/lib/temporal-bin.js');

export default async function globalSetup(): Promise<void> {
  const runId = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  process.env.MASAR_TEST_RUN_ID = runId;
  process.env.TZ = 'UTC';

  const bins = ensureTemporalBinaries({ log: () => undefined });
  if (bins) {
    process.env.MASAR_TEST_SERVER_PATH = bins.testServer;
    process.env.MASAR_TEMPORAL_CLI_PATH = bins.cli;
  }

  const dir = path.join(ROOT, '.data', 'test');
  fs.mkdirSync(dir, { recursive: true });
  const code = await buildWorkflowBundle();
  const bundlePath = path.join(dir, `workflow-bundle-${runId}.js`);
  fs.writeFileSync(bundlePath, code);
  process.env.MASAR_TEST_WORKFLOW_BUNDLE = bundlePath;

  await startSharedServices(runId);
}
