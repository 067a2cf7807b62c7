// Replays every recorded history in fixtures/ against the current workflow
// code: a change that is not deterministic for running pathways fails here.
// Guard such changes with patched('change-id'); record new fixtures with
// MASAR_RECORD_FIXTURES=1 and keep the old ones.
import fs from 'node:fs';
import path from 'node:path';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { Worker } from '@temporalio/worker';
import { workflowBundle } from '../support/temporal';

const dir = path.join(__dirname, 'fixtures');
const fixtures = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : [];

test('recorded histories are checked in', () => {
  expect(fixtures.length).toBeGreaterThanOrEqual(5);
});

test('every recorded history replays without non-determinism', async () => {
  const histories = fixtures.map((f) => ({
    workflowId: path.basename(f, '.json'),
    history: historyFromJSON(JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'))),
  }));
  const failures: string[] = [];
  for await (const result of Worker.runReplayHistories({ workflowBundle: workflowBundle() }, histories)) {
    if (result.error) failures.push(`${result.workflowId}: ${result.error.message}`);
  }
  expect(failures).toEqual([]);
});
