// The worker dies (SIGKILL) inside a write, not between two: in the middle of
// an alert activity (its delivery rows committed, its jobs not yet in Redis);
// while a workflow task's projection batch (one apply_projections statement)
// waits before its commit; and after the batch committed but before Temporal
// heard of it. The kill is landed, not timed: the worker reaches Redis and
// Temporal through proxies the test stalls, and the test holds row locks the
// batch waits on (seen waiting in pg_stat_activity). After a restart every due
// alert is delivered once, and the projection (escalation rows, open steps,
// the case's view) is what one application of each batch writes.
import { isDeepStrictEqual } from 'node:util';
import { Client as TemporalClient, Connection } from '@temporalio/client';
import { dataConverter } from '../../libs/temporal/connection';
import { stateQuery } from '../../workflows/case.messages';
import { eventually } from '../support/eventually';
import { CuttableProxy, fileReports, mailsByMessageId, secondsPolicy, startFaultStack, type FaultStack } from './fault-stack';
import { afterLastActivity, BatchHold, taskRetriedAfter } from './projection-hold';

let s: FaultStack;
let redisProxy: CuttableProxy;
let temporalProxy: CuttableProxy;
let locks: BatchHold;
let connection: Connection;
/** The test's own way to Temporal (not through the worker's proxy): histories, and the pathways' state. */
let temporal: TemporalClient;

/** Meknès has one user with an email per ladder role: one delivery per level. */
const LEVELS = 4;
/** An imminent report alerts the assignee (the coordinators) and the head of centre when it opens. */
const URGENT_ROLES = 2;
/** The held scenarios' deadline: room to take the locks after the opening alerts, before level 0. */
const HELD_ACK_SECONDS = 8;

beforeAll(async () => {
  const redis = new URL(process.env.REDIS_URL!);
  redisProxy = new CuttableProxy({ host: redis.hostname, port: Number(redis.port || 6379) });
  await redisProxy.open();
  const [host, port] = (process.env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233').split(':');
  temporalProxy = new CuttableProxy({ host, port: Number(port) });
  await temporalProxy.open();
  // Only the worker goes through the proxies; the notifier, the API and the test do not.
  s = await startFaultStack({}, { worker: { REDIS_URL: redisProxy.url(process.env.REDIS_URL!), TEMPORAL_ADDRESS: `127.0.0.1:${temporalProxy.port}` } });
  await secondsPolicy(s, 'MEKNES', 'IMMINENT', 3, 2);
  locks = new BatchHold(process.env.MIGRATION_DATABASE_URL ?? process.env.DATABASE_URL!);
  await locks.open();
  connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS! });
  temporal = new TemporalClient({ connection, namespace: process.env.TEMPORAL_NAMESPACE!, dataConverter: dataConverter(process.env.MASAR_CODEC_KEYS!) });
}, 120_000);
// A failed scenario leaves no lock held, no proxy stalled and no worker dead behind it.
afterEach(async () => {
  await locks.release().catch(() => undefined);
  const child = s.worker.child;
  if (child && child.exitCode === null && child.signalCode === null) {
    temporalProxy.resume();
    redisProxy.resume();
    return;
  }
  temporalProxy.drop();
  redisProxy.drop();
  await s.worker.start();
});
afterAll(async () => {
  await locks?.end();
  await connection?.close().catch(() => undefined);
  await s?.stop();
  await redisProxy?.cut().catch(() => undefined);
  await temporalProxy?.cut().catch(() => undefined);
});

/** The whole ladder of every case, delivered, recorded and viewed exactly once. */
async function expectWholeLadderOnce(cases: { caseId: string; reference: string }[]): Promise<void> {
  const ids = cases.map((c) => c.caseId);
  const n = cases.length * LEVELS;
  // A bound, not a speed check: the retried activity waits out its 30 s start-to-close
  // timeout behind a restarting worker, which took over 60 s on a loaded CI machine once.
  await eventually(async () => (await s.db.escalation.count({ where: { caseId: { in: ids }, level: LEVELS - 1 } })) === cases.length, { timeoutMs: 100_000 });
  await eventually(async () => (await s.db.delivery.count({ where: { caseId: { in: ids }, status: { not: 'SENT' } } })) === 0, { timeoutMs: 20_000 });
  const escalations = await s.db.escalation.findMany({ where: { caseId: { in: ids } } });
  expect(escalations).toHaveLength(n);
  expect(new Set(escalations.map((e) => `${e.caseId}:${e.level}`)).size).toBe(n);
  const steps = await s.db.openStep.findMany({ where: { caseId: { in: ids }, step: 'ACKNOWLEDGEMENT' }, select: { level: true } });
  expect(steps.map((x) => x.level)).toEqual(Array(cases.length).fill(LEVELS - 1));
  // An imminent report also alerts its first two ladder roles at once (level -1): six deliveries a case.
  const rows = await s.db.delivery.findMany({ where: { caseId: { in: ids } } });
  const d = cases.length * (LEVELS + URGENT_ROLES);
  expect(rows).toHaveLength(d);
  expect(new Set(rows.map((r) => `${r.caseId}:${r.level}:${r.recipientId}`)).size).toBe(d);
  expect(rows.filter((r) => r.level >= 0)).toHaveLength(n);
  const mails = mailsByMessageId(s, cases.map((c) => c.reference));
  expect(mails.size).toBe(d);
  expect([...mails.values()]).toEqual(Array(d).fill(1));
  // The case's view (what GET /cases/:id reads) is the pathway's own state: the step at its last level, every level counted.
  for (const { caseId } of cases) {
    const { workflowId } = await s.db.case.findUniqueOrThrow({ where: { id: caseId }, select: { workflowId: true } });
    const state = await temporal.workflow.getHandle(workflowId).query(stateQuery);
    expect(state.escalations).toBe(LEVELS);
    expect(state.openSteps.find((x) => x.step === 'ACKNOWLEDGEMENT')?.level).toBe(LEVELS - 1);
    const view = async () => (await s.db.case.findUniqueOrThrow({ where: { id: caseId }, select: { pathwayView: true } })).pathwayView;
    await eventually(async () => isDeepStrictEqual(await view(), state)).catch(() => undefined);
    expect(await view()).toEqual(state);
  }
}

/** The pathways have done everything they do on arrival (steps projected, opening alerts out); no deadline has passed. */
async function opened(ids: string[]): Promise<void> {
  await eventually(async () => (await s.db.delivery.count({ where: { caseId: { in: ids }, level: -1, status: 'SENT' } })) === ids.length * URGENT_ROLES);
  expect(await s.db.escalation.count({ where: { caseId: { in: ids } } })).toBe(0);
}

async function workflowIds(ids: string[]): Promise<string[]> {
  const rows = await s.db.case.findMany({ where: { id: { in: ids } }, select: { workflowId: true } });
  return rows.map((r) => r.workflowId);
}

async function acknowledgementLevels(ids: string[]): Promise<number[]> {
  const rows = await s.db.openStep.findMany({ where: { caseId: { in: ids }, step: 'ACKNOWLEDGEMENT' }, select: { level: true } });
  return rows.map((x) => x.level);
}

/** Level 0's batches of both cases wait on the test's locks; Temporal has their alerts' results and not their workflow tasks' completion. */
async function heldAtLevelZero(ids: string[], workflows: string[]): Promise<{ pids: number[]; alertEvents: number[] }> {
  const pids = await eventually(async () => {
    const p = await locks.waitingOnHold();
    return p.length === ids.length && p;
  }, { timeoutMs: 20_000, intervalMs: 50 });
  expect(await s.db.delivery.count({ where: { caseId: { in: ids }, level: 0 } })).toBe(ids.length);
  // Each batch has inserted its escalation row and waits to raise the step: nothing of it is visible.
  expect(await s.db.escalation.count({ where: { caseId: { in: ids } } })).toBe(0);
  expect(await acknowledgementLevels(ids)).toEqual([-1, -1]);
  const alertEvents: number[] = [];
  for (const w of workflows) {
    const h = await afterLastActivity(temporal, w);
    expect(h).toEqual({ alertEventId: expect.any(Number), completed: false });
    expect(h.alertEventId).toBeGreaterThan(0);
    alertEvents.push(h.alertEventId);
  }
  return { pids, alertEvents };
}

test('SIGKILL inside the alert activity (rows written, jobs not yet enqueued): every level delivered once', async () => {
  // The worker's Redis stops answering: the activity writes its delivery rows, then hangs enqueueing their jobs.
  redisProxy.stall();
  const cases = await fileReports(s, 'meknes', 'MEKNES', 2);
  const ids = cases.map((c) => c.caseId);
  await eventually(async () => (await s.db.delivery.count({ where: { caseId: { in: ids }, level: 0 } })) === 2, { timeoutMs: 20_000 });
  await s.worker.kill('SIGKILL');
  // What the dead worker had sent towards Redis never arrives.
  redisProxy.drop();
  // The activity never returned: no escalation was recorded.
  expect(await s.db.escalation.count({ where: { caseId: { in: ids } } })).toBe(0);

  await s.worker.start();
  // The reconciler enqueues the orphaned rows; the activity, retried once its
  // start-to-close timeout (30 s) passes, finds them and writes nothing more.
  await expectWholeLadderOnce(cases);
}, 160_000);

test('SIGKILL while the batch waits before its commit: rolled back or committed late beside the replayed batch, it is written once', async () => {
  await secondsPolicy(s, 'MEKNES', 'IMMINENT', HELD_ACK_SECONDS, 2);
  const cases = await fileReports(s, 'meknes', 'MEKNES', 2);
  const ids = cases.map((c) => c.caseId);
  const workflows = await workflowIds(ids);
  await opened(ids);
  await locks.holdAcknowledgements(ids);
  const { pids, alertEvents } = await heldAtLevelZero(ids, workflows);

  await s.worker.kill('SIGKILL');
  // The dead process's connections close (the proxies would keep their far ends open).
  temporalProxy.drop();
  redisProxy.drop();
  // PostgreSQL does not notice a client that died while its statement waits
  // for a lock: the statements wait on, uncommitted, with nobody to answer.
  expect(await locks.alive(pids)).toBe(2);
  // One is ended, as PostgreSQL ends the statement of a client it knows is
  // gone (client_connection_check_interval): rolled back. The other waits on.
  const [ended, late] = pids;
  await locks.terminate(ended);
  await eventually(async () => (await locks.alive([ended])) === 0);
  expect(await s.db.escalation.count({ where: { caseId: { in: ids } } })).toBe(0);
  expect(await acknowledgementLevels(ids)).toEqual([-1, -1]);

  // The new worker runs both workflow tasks again (they never completed), and
  // with them the same batches; the late statement's replay waits for its
  // uncommitted escalation row. (A task can wait a while for the new worker's
  // poll, and a batch held 30 s is tried again: more applications, still one result.)
  await s.worker.start();
  await eventually(async () => (await locks.waitingOn([late])).length > 0, { timeoutMs: 90_000, intervalMs: 100 }).catch(async (e) => {
    throw new Error(`${String(e)}; killed ${pids}, the late one ${late}; ${await locks.waits()}`);
  });
  // The lock goes: the late statement commits, then its replay writes the same rows again.
  await locks.release();
  await eventually(async () => (await locks.alive([late])) === 0);
  await eventually(async () => (await locks.waitingOn([late])).length === 0);

  await expectWholeLadderOnce(cases);
  for (const [i, w] of workflows.entries()) expect(await taskRetriedAfter(temporal, w, alertEvents[i])).toBe(true);
}, 200_000);

test('SIGKILL after the batch committed, before Temporal heard of it: the replayed batch changes nothing', async () => {
  await secondsPolicy(s, 'MEKNES', 'IMMINENT', HELD_ACK_SECONDS, 2);
  const cases = await fileReports(s, 'meknes', 'MEKNES', 2);
  const ids = cases.map((c) => c.caseId);
  const workflows = await workflowIds(ids);
  await opened(ids);
  await locks.holdAcknowledgements(ids);
  const { alertEvents } = await heldAtLevelZero(ids, workflows);
  // The batches wait inside their workflow tasks: cut the worker off from
  // Temporal, then let them commit. Their workflow tasks cannot complete.
  temporalProxy.stall();
  await locks.release();
  await eventually(async () => (await s.db.escalation.count({ where: { caseId: { in: ids }, level: 0 } })) === ids.length);
  expect(await acknowledgementLevels(ids)).toEqual([0, 0]);
  const committed = await s.db.escalation.findMany({ where: { caseId: { in: ids }, level: 0 }, orderBy: { key: 'asc' } });
  // Committed in PostgreSQL, unknown to Temporal: no marker, no next level's timer, no completed task after the alert.
  for (const w of workflows) expect((await afterLastActivity(temporal, w)).completed).toBe(false);
  await s.worker.kill('SIGKILL');
  // The completion the dead worker had sent never arrives.
  temporalProxy.drop();

  // The workflow tasks time out and run again on the new worker, their batches with them.
  await s.worker.start();
  await expectWholeLadderOnce(cases);
  for (const [i, w] of workflows.entries()) expect(await taskRetriedAfter(temporal, w, alertEvents[i])).toBe(true);
  // The rows the first application wrote are the rows that stay.
  expect(await s.db.escalation.findMany({ where: { caseId: { in: ids }, level: 0 }, orderBy: { key: 'asc' } })).toEqual(committed);
}, 150_000);
