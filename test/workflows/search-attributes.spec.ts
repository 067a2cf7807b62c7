// A case's search attributes follow it: province, stage, category and risk are
// upserted whenever the case row is projected, so a supervisor's list filtered
// by risk sees the risk the assessment set, not the report's. Runs on the
// run's dev server, where the attributes are registered (the time-skipping
// server has no visibility). Pathways older than the change upsert province
// and stage only (patched('search-attributes-current')); their fixture is in
// fixtures/before-current-search-attributes/.
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { WorkflowHandle } from '@temporalio/client';
import { eventually } from '../support/eventually';
import { caseStartOptions } from '../../libs/temporal/start-options';
import { acknowledgeUpdate, caseWorkflow, newReportSignal, stateQuery, submitAssessmentUpdate } from '../../workflows/case.workflow';
import { SA_CATEGORY, SA_PROVINCE, SA_RISK, SA_STAGE } from '../../workflows/search-attributes';
import { actors, caseInput, devServerTest } from './harness';
async function attributes(handle: WorkflowHandle) {
  const sa = (await handle.describe()).typedSearchAttributes;
  return { province: sa.get(SA_PROVINCE), stage: sa.get(SA_STAGE), category: sa.get(SA_CATEGORY), risk: sa.get(SA_RISK) };
}

/** Writes the history as a replay fixture when MASAR_RECORD_FIXTURES is set. */
async function record(handle: WorkflowHandle, name: string): Promise<void> {
  if (!process.env.MASAR_RECORD_FIXTURES) return;
  const { historyToJSON } = await import('@temporalio/common/lib/proto-utils');
  fs.writeFileSync(path.join(__dirname, 'fixtures', `${name}.json`), historyToJSON(await handle.fetchHistory()));
}

test(
  'the risk re-evaluated by the assessment and by a new report reaches the search attributes',
  devServerTest(async ({ client, taskQueue }) => {
  const input = caseInput({ category: 'NEGLECT', riskLevel: 'LOW' });
  const handle = await client.workflow.start(caseWorkflow, caseStartOptions(input, taskQueue));
  expect(await attributes(handle)).toEqual({ province: 'RABAT', stage: 'REPORTED', category: 'NEGLECT', risk: 'LOW' });

  // A second report, more urgent, raises the risk.
  await handle.signal(newReportSignal, { ...input.report, reportId: randomUUID(), riskLevel: 'MEDIUM' });
  await eventually(async () => (await handle.query(stateQuery)).reports.length === 2);
  await handle.executeUpdate(acknowledgeUpdate, { args: [{ actor: actors.coordinator() }] });
  await handle.executeUpdate(submitAssessmentUpdate, { args: [{ actor: actors.coordinator(), summary: 'violence heard of at school', riskLevel: 'HIGH' }] });
  expect((await handle.query(stateQuery)).riskLevel).toBe('HIGH');
  await record(handle, 'case-search-attributes');

  const seen = await eventually(async () => {
    const a = await attributes(handle);
    return a.risk === 'HIGH' && a.stage === 'ASSESSMENT' ? a : null;
  });
  expect(seen).toEqual({ province: 'RABAT', stage: 'ASSESSMENT', category: 'NEGLECT', risk: 'HIGH' });
  await handle.terminate('test done');
  }),
);
