// Start throughput: reports posted through the HTTP API (validation, audit,
// database write, workflow start) against the same workflows started
// directly with the Temporal client, side by side in alternating rounds
// (API, direct, direct, API, ...) at the same concurrency, on the same servers
// and with the worker running the pathways' first activities in both cases.
//
// Direct starts get what the API would have written: the child, case and
// report rows are inserted in bulk first (not timed), so the worker's first
// activities (case projection, the acknowledgement step) succeed exactly as
// they do for reports posted through the API. The comparison then isolates
// the API's added cost. A third, smaller measure starts workflows on a task
// queue that no worker polls: the dev server's own start rate.
import { randomUUID } from 'node:crypto';
import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import { birthdayInstant } from '../../libs/domain/adulthood';
import { caseReference, caseWorkflowId } from '../../libs/domain/ids';
import type { Category, RiskLevel } from '../../libs/domain/taxonomy';
import { caseStartOptions } from '../../libs/temporal/start-options';
import { caseWorkflow, type CaseInput } from '../../workflows/case.workflow';
import type { Db } from '../../libs/db/prisma';
import { reportBody, type Api } from '../lib/api';
import { summarize, type Summary } from '../lib/stats';
import type { Stack } from '../lib/stack';
import { log, mapLimit, round, until } from '../lib/util';

export const START_PROVINCE = 'RABAT';

export interface StartRound {
  mode: 'api' | 'direct';
  count: number;
  /** from the first start to the last pathway's first step open (the worker's first tasks included) */
  seconds: number;
  rate: number;
  /** from the first start to the last answer (the worker's first tasks may still be running) */
  answeredSeconds: number;
  errors: number;
}

export interface StartResult {
  province: string;
  concurrency: number;
  perMode: number;
  rounds: StartRound[];
  /** rate: until the first steps are open; answeredRate: until the last answer */
  api: { count: number; seconds: number; rate: number; answeredRate: number; latencyMs: Summary; errors: number };
  direct: { count: number; seconds: number; rate: number; answeredRate: number; latencyMs: Summary; errors: number };
  ratio: number;
  /** starts on a task queue without a worker: the server alone */
  serverOnly: { count: number; seconds: number; rate: number; latencyMs: Summary };
  /** time for the worker to open every started pathway's first step after the last round */
  drainSeconds: number[];
  note: string;
}

export interface Prepared {
  input: CaseInput;
}

/** Child, case and report rows as the API writes them, in bulk; returns the inputs the API would build. */
export async function prepareDirect(db: Db, count: number, offset: number, provinceCode = START_PROVINCE): Promise<Prepared[]> {
  const items = Array.from({ length: count }, (_, k) => {
    const i = offset + k;
    const body = reportBody(provinceCode, i);
    const caseId = randomUUID();
    const openedAt = new Date();
    return {
      body,
      childId: randomUUID(),
      caseId,
      reportId: randomUUID(),
      reference: caseReference(openedAt, caseId),
      adultAt: birthdayInstant(body.child.dateOfBirth, 18, 'Africa/Casablanca'),
      openedAt,
    };
  });
  for (let i = 0; i < items.length; i += 500) {
    const chunk = items.slice(i, i + 500);
    // References are 32 bits of the case id (caseReference): at 100,000 cases some collide, and
    // the API draws another id; so does the benchmark, before its rows are written.
    const taken = new Set((await db.case.findMany({ where: { reference: { in: chunk.map((x) => x.reference) } }, select: { reference: true } })).map((c) => c.reference));
    for (const x of chunk) {
      while (taken.has(x.reference)) {
        x.caseId = randomUUID();
        x.reference = caseReference(x.openedAt, x.caseId);
      }
      taken.add(x.reference);
    }
    await db.child.createMany({
      data: chunk.map((x) => ({ id: x.childId, firstName: x.body.child.firstName, sex: x.body.child.sex, dateOfBirth: new Date(`${x.body.child.dateOfBirth}T00:00:00Z`), adultAt: x.adultAt })),
    });
    await db.case.createMany({
      data: chunk.map((x) => ({
        id: x.caseId,
        reference: x.reference,
        childId: x.childId,
        provinceCode,
        category: x.body.category,
        riskLevel: x.body.riskLevel,
        workflowId: caseWorkflowId(x.caseId),
        openedAt: x.openedAt,
      })),
    });
    await db.report.createMany({
      data: chunk.map((x) => ({
        id: x.reportId,
        caseId: x.caseId,
        entryPoint: x.body.entryPoint,
        category: x.body.category,
        riskLevel: x.body.riskLevel,
        narrative: x.body.narrative,
        receivedAt: x.openedAt,
        filedBy: `u-${provinceCode.toLowerCase()}-intake`,
      })),
    });
  }
  return items.map((x) => ({
    input: {
      caseId: x.caseId,
      reference: x.reference,
      provinceCode,
      category: x.body.category as Category,
      riskLevel: x.body.riskLevel as RiskLevel,
      openedAt: x.openedAt.toISOString(),
      adultAt: x.adultAt.toISOString(),
      dobEstimated: false,
      report: {
        reportId: x.reportId,
        entryPoint: 'GREEN_LINE',
        category: x.body.category as Category,
        riskLevel: x.body.riskLevel as RiskLevel,
        receivedAt: x.openedAt.toISOString(),
        narrative: x.body.narrative,
        childName: x.body.child.firstName,
      },
    },
  }));
}

export async function directStart(client: Client, input: CaseInput, taskQueue: string): Promise<void> {
  try {
    await client.workflow.start(caseWorkflow, caseStartOptions(input, taskQueue));
  } catch (e) {
    if (!(e instanceof WorkflowExecutionAlreadyStartedError)) throw e;
  }
}

export interface StartContext {
  stack: Stack;
  api: Api;
  client: Client;
  db: Db;
}

export async function measureStartThroughput(ctx: StartContext, o: { perMode: number; concurrency: number; rounds: number }): Promise<StartResult & { workflowIds: string[] }> {
  const { api, client, db, stack } = ctx;
  const perRound = Math.max(1, Math.floor(o.perMode / o.rounds));
  const workflowIds: string[] = [];
  let reportSeq = 0;

  const apiRound = async (n: number) => {
    const lat: number[] = [];
    let errors = 0;
    const t = performance.now();
    await mapLimit(Array.from({ length: n }), o.concurrency, async () => {
      const i = reportSeq++;
      const r = await api.post('/api/v1/reports', reportBody(START_PROVINCE, i), 'u-rabat-intake', { 'idempotency-key': `bench-start-${i}` }).catch(() => undefined);
      if (r?.status === 201) {
        lat.push(r.ms);
        workflowIds.push(r.body.workflowId);
      } else errors++;
    });
    return { seconds: (performance.now() - t) / 1000, lat, errors };
  };
  const directRound = async (items: Prepared[], taskQueue: string) => {
    const lat: number[] = [];
    let errors = 0;
    const t = performance.now();
    await mapLimit(items, o.concurrency, async (p) => {
      const s = performance.now();
      try {
        await directStart(client, p.input, taskQueue);
        lat.push(performance.now() - s);
        if (taskQueue === stack.taskQueue) workflowIds.push(caseWorkflowId(p.input.caseId));
      } catch {
        errors++;
      }
    });
    return { seconds: (performance.now() - t) / 1000, lat, errors };
  };
  const openSteps = async () => Number((await stack.pg!.query(`SELECT count(*) AS n FROM "OpenStep" WHERE "provinceCode" = $1`, [START_PROVINCE])).rows[0].n);
  const drain = async () => {
    const t = performance.now();
    const want = workflowIds.length;
    await until('the worker to open the started pathways', async () => (await openSteps()) >= want, 300_000, 250);
    return (performance.now() - t) / 1000;
  };

  // Rows for the direct starts, written before anything is timed.
  const prepared = await prepareDirect(db, o.perMode + 20, 1_000_000);
  const noWorker = await prepareDirect(db, Math.max(50, Math.floor(o.perMode / 2)), 2_000_000);

  // Warm-up (JIT, connections, caches) of both paths.
  await apiRound(20);
  await directRound(prepared.splice(0, 20), stack.taskQueue);
  await drain();

  const rounds: StartRound[] = [];
  const apiLat: number[] = [];
  const directLat: number[] = [];
  const drains: number[] = [];
  // ABBA order cancels a drift of the machine over the rounds.
  const order: ('api' | 'direct')[] = [];
  for (let r = 0; r < o.rounds; r++) order.push(...((r % 2 === 0 ? ['api', 'direct'] : ['direct', 'api']) as ('api' | 'direct')[]));
  for (const mode of order) {
    stack.check();
    const res = mode === 'api' ? await apiRound(perRound) : await directRound(prepared.splice(0, perRound), stack.taskQueue);
    (mode === 'api' ? apiLat : directLat).push(...res.lat);
    const count = res.lat.length;
    // Like for like: a round ends when the worker has opened its last pathway, whichever way it started.
    const drained = await drain();
    drains.push(round(drained, 1));
    const seconds = res.seconds + drained;
    rounds.push({ mode, count, seconds: round(seconds, 2), rate: round(count / seconds), answeredSeconds: round(res.seconds, 2), errors: res.errors });
    log(`start throughput: ${mode} ${count} answered in ${res.seconds.toFixed(1)} s, first steps open after ${seconds.toFixed(1)} s = ${(count / seconds).toFixed(1)}/s${res.errors ? ` (${res.errors} errors)` : ''}`);
  }

  // The server alone: a task queue nobody polls.
  const s = await directRound(noWorker, 'bench-no-worker');
  log(`start throughput: server only (no worker) ${s.lat.length} in ${s.seconds.toFixed(1)} s = ${(s.lat.length / s.seconds).toFixed(1)}/s`);
  await mapLimit(noWorker, 32, (p) => client.workflow.getHandle(caseWorkflowId(p.input.caseId)).terminate('bench: server-only start measure').catch(() => undefined));

  const sum = (mode: 'api' | 'direct') => {
    const rs = rounds.filter((r) => r.mode === mode);
    const count = rs.reduce((a, r) => a + r.count, 0);
    const seconds = rs.reduce((a, r) => a + r.seconds, 0);
    const answered = rs.reduce((a, r) => a + r.answeredSeconds, 0);
    return { count, seconds: round(seconds, 2), rate: round(count / seconds), answeredRate: round(count / answered), latencyMs: summarize(mode === 'api' ? apiLat : directLat), errors: rs.reduce((a, r) => a + r.errors, 0) };
  };
  const apiSum = sum('api');
  const directSum = sum('direct');
  return {
    province: START_PROVINCE,
    concurrency: o.concurrency,
    perMode: o.perMode,
    rounds,
    api: apiSum,
    direct: directSum,
    ratio: round(apiSum.rate / directSum.rate, 2),
    serverOnly: { count: s.lat.length, seconds: round(s.seconds, 2), rate: round(s.lat.length / s.seconds), latencyMs: summarize(s.lat) },
    drainSeconds: drains,
    note:
      'Same concurrency for both; rounds alternate ABBA; a round lasts until the worker has opened its last pathway (case projection, acknowledgement step), in both modes, so both rates include the first workflow tasks. ' +
      'Direct starts use the input the API builds, with the child/case/report rows inserted in bulk beforehand (not timed). Reports carry an Idempotency-Key as a client should.',
    workflowIds,
  };
}
