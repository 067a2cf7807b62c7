// Replays every recorded history under fixtures/ against the current workflow
// code: a change that is not deterministic for running pathways fails here.
// Guard such changes with patched('change-id'); record new fixtures with
// MASAR_RECORD_FIXTURES=1 and keep the old ones in a folder named after the
// change they predate (fixtures/before-local-projections/: histories whose
// projections ran as ordinary activities; fixtures/before-step-notices/:
// histories without the notice sent when a step opens;
// fixtures/before-current-search-attributes/: histories that upserted the
// province and the stage only, not the category and the risk;
// fixtures/before-transfer-keeps-ladder/: a transfer that restarted every
// step in the new province; fixtures/before-versioned-rows/: a referral whose
// row writes carried no version; fixtures/before-versioned-step-rows/: a
// referral, a complaint and a case whose step writes carried no version;
// fixtures/before-posted-writes/: cases, a referral and a complaint whose
// unawaited writes were tracked promises, not posted to the batch;
// fixtures/before-patch-baseline/: every pathway as recorded before the
// baseline patch, a marker for each change it asked about).
import fs from 'node:fs';
import path from 'node:path';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { Worker } from '@temporalio/worker';
import { workflowBundle } from '../support/temporal';
import { baselined, PATCH, PATCH_BASELINE } from '../../workflows/patches';

const dir = path.join(__dirname, 'fixtures');
const fixtures = fs.existsSync(dir)
  ? (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.json')).sort()
  : [];

test('recorded histories are checked in', () => {
  expect(fixtures.filter((f) => !f.includes(path.sep)).length).toBeGreaterThanOrEqual(5);
  expect(fixtures.filter((f) => f.startsWith(`before-local-projections${path.sep}`)).length).toBeGreaterThanOrEqual(5);
});

test('every recorded history replays without non-determinism', async () => {
  const histories = fixtures.map((f) => ({
    workflowId: f.replace(/\.json$/, ''),
    history: historyFromJSON(JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'))),
  }));
  const failures: string[] = [];
  for await (const result of Worker.runReplayHistories({ workflowBundle: workflowBundle() }, histories)) {
    if (result.error) failures.push(`${result.workflowId}: ${result.error.message}`);
  }
  expect(failures).toEqual([]);
});

test('pathways recorded since the change write their projections as local activities, older ones as activities', () => {
  const projectionActivities = ['projectCase', 'recordEvent', 'openStep', 'closeStep', 'recordEscalation', 'projectReferral', 'checkProvider'];
  const shape = (f: string) => {
    const events: Record<string, any>[] = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')).events;
    const markers = events.map((e) => e.markerRecordedEventAttributes?.markerName).filter(Boolean);
    const scheduled = events.map((e) => e.activityTaskScheduledEventAttributes?.activityType?.name).filter(Boolean);
    return { patch: markers.includes('core_patch'), local: markers.filter((m) => m === 'core_local_activity').length, projected: scheduled.filter((n) => projectionActivities.includes(n)).length };
  };
  for (const f of fixtures) {
    const s = shape(f);
    if (f.startsWith('before-local-projections')) expect({ f, ...s }).toMatchObject({ f, patch: false, local: 0 });
    else expect({ f, ...s }).toMatchObject({ f, patch: true, projected: 0 });
    expect(s.local + s.projected).toBeGreaterThan(0);
  }
});

test('pathways recorded since the change keep all four search attributes current, older ones province and stage', () => {
  const upserted = (f: string): string[][] =>
    (JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')).events as Record<string, any>[])
      .map((e) => Object.keys(e.upsertWorkflowSearchAttributesEventAttributes?.searchAttributes?.indexedFields ?? {}))
      .filter((keys) => keys.length > 0 && !keys.includes('TemporalChangeVersion'))
      .map((keys) => keys.sort());
  const before = upserted(`before-current-search-attributes${path.sep}case-search-attributes.json`);
  const since = upserted('case-search-attributes.json');
  expect(before.length).toBeGreaterThan(0);
  expect(since.length).toBeGreaterThan(0);
  for (const keys of before) expect(keys).toEqual(['MasarProvince', 'MasarStage']);
  for (const keys of since) expect(keys).toEqual(['MasarCategory', 'MasarProvince', 'MasarRisk', 'MasarStage']);
});

const patchesOf = (f: string): string[] =>
  (JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')).events as Record<string, any>[])
    .map((e) => e.markerRecordedEventAttributes)
    .filter((m) => m?.markerName === 'core_patch')
    .map((m) => JSON.parse(Buffer.from(m.details['patch-data'].payloads[0].data, 'base64').toString('utf8')).id as string);

test('histories kept from before writes were posted lack its marker, those recorded after it and before the baseline carry it', () => {
  const before = fixtures.filter((f) => f.startsWith(`before-posted-writes${path.sep}`));
  expect(before.length).toBeGreaterThanOrEqual(3);
  for (const f of before) expect({ f, posted: patchesOf(f).includes(PATCH.POSTED_WRITES) }).toEqual({ f, posted: false });
  for (const f of ['case-report-to-closure.json', 'referral-completed.json', 'complaint-answered.json']) {
    expect({ f, posted: patchesOf(f).includes(PATCH.POSTED_WRITES) }).toEqual({ f, posted: false });
    expect({ f, posted: patchesOf(`before-patch-baseline${path.sep}${f}`).includes(PATCH.POSTED_WRITES) }).toEqual({ f, posted: true });
  }
});

test('pathways recorded since the baseline carry its one marker for the changes it stands for, the histories kept from before one each', () => {
  const since = fixtures.filter((f) => !f.includes(path.sep));
  const before = fixtures.filter((f) => f.startsWith(`before-patch-baseline${path.sep}`));
  // every history kept from before was recorded again since (newer ones have no counterpart)
  expect(before.length).toBeGreaterThan(0);
  expect(before.map((f) => path.basename(f)).filter((f) => !since.includes(f))).toEqual([]);
  for (const f of since) {
    const ids = patchesOf(f);
    expect({ f, baseline: ids.filter((id) => id === PATCH_BASELINE).length, others: ids.filter((id) => (baselined as readonly string[]).includes(id)) }).toEqual({ f, baseline: 1, others: [] });
  }
  for (const f of before) expect({ f, baseline: patchesOf(f).includes(PATCH_BASELINE) }).toEqual({ f, baseline: false });
  // the same pathway, recorded before and since: fewer events by the markers and their upserts
  const events = (f: string): number => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')).events.length;
  expect(events('case-report-to-closure.json')).toBeLessThan(events(`before-patch-baseline${path.sep}case-report-to-closure.json`));
});

test("the history recorded since the timeline's rows carries its marker, every one kept from before none", () => {
  expect(patchesOf('case-timeline-rows.json')).toContain(PATCH.TIMELINE_ROWS);
  const before = fixtures.filter((f) => f !== 'case-timeline-rows.json');
  expect(before.length).toBeGreaterThan(30);
  expect(before.filter((f) => patchesOf(f).includes(PATCH.TIMELINE_ROWS))).toEqual([]);
});
