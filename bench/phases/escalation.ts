// Escalation latency at N open pathways.
//
// Building: reports are posted through the API for the province under test
// while a ticker rewrites the province's ACKNOWLEDGEMENT deadline every half
// second, so that the k-th pathway's deadline lands at F + k/M × W: the
// deadlines of the M new pathways are spread evenly over a firing window W
// (M / fire rate) that starts F, after the last pathway exists. F is moved
// later while building if the build runs slower than planned; it never moves
// earlier. The escalation interval is an hour, so only level 0 (the
// province's coordinator) is alerted inside the window.
//
// Measuring: each alert email is matched to its case by the reference in its
// subject, and its delay is the SMTP sink's arrival time minus the step's
// dueAt from the OpenStep projection. The database gives the breakdown:
// the timer's lag (Escalation.alertedAt, the workflow time at which the ladder
// woke, minus dueAt), the alert activity (Delivery.createdAt minus alertedAt)
// and delivery (arrival minus Delivery.createdAt).
import type { Api } from '../lib/api';
import { reportBody } from '../lib/api';
import type { MailCollector } from '../lib/mail';
import type { ProcSampler, WindowStats } from '../lib/proc';
import { summarize, type Summary } from '../lib/stats';
import type { Stack } from '../lib/stack';
import { log, mapLimit, round, sleep, until } from '../lib/util';

export const ESCALATION_PROVINCE = 'MEKNES';
export const COORDINATOR_EMAIL = 'coordinator.meknes@masar.example.ma';
/** outside the measured windows, new acknowledgement steps are due far later */
export const QUIET_DEADLINE = 'PT6H';

export interface Pathway {
  caseId: string;
  reference: string;
}

export interface BuildResult {
  requested: number;
  built: number;
  errors: number;
  /** until every new pathway's first step is open (worker included) */
  seconds: number;
  rate: number;
  /** until the API answered the last report */
  postedSeconds: number;
  postRate: number;
  postLatencyMs: Summary;
  /** seconds from the end of the build to the first deadline */
  marginSeconds: number;
  windowSeconds: number;
  plannedWindowSeconds: number;
  policyUpdates: number;
  capped: boolean;
  pathways: Pathway[];
  firstDue: number;
  lastDue: number;
  buildEnd: number;
}

export interface EscalationResult {
  openPathways: number;
  expected: number;
  arrived: number;
  /** alerts whose deadline passed before the population was complete (should be 0) */
  dueBeforeBuildEnd: number;
  fireRatePerSecond: number;
  windowSeconds: number;
  delayMs: Summary;
  breakdownMs: { timerLag: Summary; alertActivity: Summary; delivery: Summary };
  escalationRows: number;
  resources: WindowStats;
}

export interface BuildOptions {
  count: number;
  concurrency: number;
  fireRate: number;
  /**
   * Reports per second (0: as fast as they are taken). A step's timer starts when the
   * workflow task that opened it completes, after its projection write: opened above
   * capacity, each deadline's alert starts late by the opening's own backlog.
   */
  openRate: number;
  /** expected API build rate (pathways/s), from the start-throughput measure (the pace bounds it) */
  expectedRate: number;
  /** stop posting after this long */
  maxBuildSeconds: number;
  seq: { next: number };
}

interface Posted {
  pathways: Pathway[];
  lat: number[];
  errors: number;
  capped: boolean;
}

/** Posts `count` reports (Meknès) at the given concurrency, each retried twice; stops at the time budget. */
async function postReports(stack: Stack, api: Api, count: number, o: { concurrency: number; openRate: number; maxBuildSeconds: number; seq: { next: number } }, started: number, progress?: (done: number) => void): Promise<Posted> {
  let lastLog = Date.now();
  const lat: number[] = [];
  let errors = 0;
  let done = 0;
  let capped = false;
  const pathways: Pathway[] = [];
  await mapLimit(Array.from({ length: count }), o.concurrency, async (_, k) => {
    // paced: the k-th report leaves no earlier than k / openRate seconds after the start
    if (o.openRate > 0) await sleep(Math.max(0, started + (k / o.openRate) * 1000 - Date.now()));
    if (capped || stack.failure) return;
    if ((Date.now() - started) / 1000 > o.maxBuildSeconds) {
      capped = true;
      return;
    }
    const i = o.seq.next++;
    for (let attempt = 0; attempt < 3; attempt++) {
      const r = await api.post('/api/v1/reports', reportBody(ESCALATION_PROVINCE, i), 'u-meknes-intake', { 'idempotency-key': `bench-pop-${i}` }).catch((e: Error) => ({ status: 0, body: e.message, ms: 0 }));
      if (r.status === 201) {
        lat.push(r.ms);
        pathways.push({ caseId: r.body.caseId, reference: r.body.reference });
        break;
      }
      errors++;
      if (attempt === 2) log(`report failed: ${r.status} ${JSON.stringify(r.body).slice(0, 200)}`);
      await sleep(500);
    }
    done++;
    progress?.(done);
    if (Date.now() - lastLog > 15_000) {
      lastLog = Date.now();
      log(`building: ${done}/${count} pathways (${(done / ((Date.now() - started) / 1000)).toFixed(1)}/s)`);
    }
  });
  return { pathways, lat, errors, capped };
}

async function stepsOpen(stack: Stack, ids: string[]): Promise<number> {
  return Number((await stack.pg!.query(`SELECT count(*) AS n FROM "OpenStep" WHERE step = 'ACKNOWLEDGEMENT' AND "caseId" = ANY($1)`, [ids])).rows[0].n);
}

export async function buildPopulation(stack: Stack, api: Api, o: BuildOptions): Promise<BuildResult> {
  const M = o.count;
  const W = M / o.fireRate;
  const started = Date.now();
  const since = new Date(started - 1000);
  // paced, the build goes no faster than the pace
  const expectedRate = o.openRate > 0 ? Math.min(o.openRate, o.expectedRate) : o.expectedRate;
  const planned = M / Math.max(1, expectedRate * 0.8);
  let F = started + (planned * 1.15 + 20) * 1000;
  let policyUpdates = 0;
  // The deadline is read when the worker opens the step: the k-th step opened gets F + k/M × W.
  const projected = async () =>
    Number((await stack.pg!.query(`SELECT count(*) AS n FROM "OpenStep" WHERE step = 'ACKNOWLEDGEMENT' AND "provinceCode" = $1 AND "openedAt" >= $2`, [ESCALATION_PROVINCE, since])).rows[0].n);
  let answered = 0;
  const setPolicy = async () => {
    const k = await projected();
    const now = Date.now();
    const elapsed = (now - started) / 1000;
    if (elapsed > 10 && answered > 0) {
      // Projected end: the rest posted at the rate seen so far, then the worker's lag, plus a margin.
      const rate = answered / elapsed;
      const projectedEnd = now + ((M - answered) / rate + Math.max(0, answered - k) / rate + 15) * 1000;
      if (projectedEnd > F) F = projectedEnd;
    }
    const d = Math.max(2, (F + (Math.min(k, M) / M) * W * 1000 - now) / 1000);
    await api.policy(ESCALATION_PROVINCE, 'ACKNOWLEDGEMENT', `PT${d.toFixed(1)}S`);
    policyUpdates++;
    return k;
  };
  await setPolicy();
  let building = true;
  const ticker = (async () => {
    while (building) {
      await sleep(500);
      if (building) await setPolicy().catch((e) => log(`policy update failed: ${(e as Error).message}`));
    }
  })();
  const { pathways, lat, errors, capped } = await postReports(stack, api, M, o, started, (n) => (answered = n));
  const posted = Date.now();
  // The policy keeps moving until the worker has opened every new step (its dueAt known).
  const ids = pathways.map((p) => p.caseId);
  try {
    await until('the acknowledgement steps of the new pathways', async () => (await stepsOpen(stack, ids)) >= ids.length, Math.max(60_000, F - Date.now()), 250);
  } finally {
    building = false;
    await ticker;
  }
  const buildEnd = Date.now();
  stack.check();
  // New acknowledgement steps are no longer due within the run.
  await api.policy(ESCALATION_PROVINCE, 'ACKNOWLEDGEMENT', QUIET_DEADLINE);
  const seconds = (buildEnd - started) / 1000;
  const due = (await stack.pg!.query(`SELECT min("dueAt") AS first, max("dueAt") AS last FROM "OpenStep" WHERE step = 'ACKNOWLEDGEMENT' AND "caseId" = ANY($1)`, [ids])).rows[0];
  log(
    `built ${pathways.length} pathways in ${seconds.toFixed(1)} s (${(pathways.length / seconds).toFixed(1)}/s; posted in ${((posted - started) / 1000).toFixed(1)} s), ${errors} failed attempts; ` +
      `first deadline in ${((new Date(due.first).getTime() - buildEnd) / 1000).toFixed(0)} s`,
  );
  return {
    requested: M,
    built: pathways.length,
    errors,
    seconds: round(seconds, 1),
    rate: round(pathways.length / seconds),
    postedSeconds: round((posted - started) / 1000, 1),
    postRate: round(pathways.length / ((posted - started) / 1000)),
    postLatencyMs: summarize(lat),
    marginSeconds: round((new Date(due.first).getTime() - buildEnd) / 1000, 1),
    windowSeconds: round((new Date(due.last).getTime() - new Date(due.first).getTime()) / 1000, 1),
    plannedWindowSeconds: round(W, 1),
    policyUpdates,
    capped,
    pathways,
    firstDue: new Date(due.first).getTime(),
    lastDue: new Date(due.last).getTime(),
    buildEnd,
  };
}

export async function measureEscalation(stack: Stack, mails: MailCollector, sampler: ProcSampler, build: BuildResult, openPathways: number): Promise<EscalationResult> {
  const ids = build.pathways.map((p) => p.caseId);
  const refOf = new Map(build.pathways.map((p) => [p.caseId, p.reference]));
  const dueRows = (await stack.pg!.query(`SELECT "caseId", "dueAt" FROM "OpenStep" WHERE step = 'ACKNOWLEDGEMENT' AND "caseId" = ANY($1)`, [ids])).rows as { caseId: string; dueAt: Date }[];
  const dueOf = new Map(dueRows.map((r) => [r.caseId, r.dueAt.getTime()]));
  const expected = dueRows.length;
  const arrivedCount = () => dueRows.filter((r) => mails.arrival(refOf.get(r.caseId)!, COORDINATOR_EMAIL) !== undefined).length;

  log(`escalation: ${expected} deadlines from ${new Date(build.firstDue).toISOString()} over ${build.windowSeconds} s; waiting`);
  await sleep(Math.max(0, build.firstDue - Date.now()));
  let lastLog = Date.now();
  // Bounded: 2 minutes after the last deadline (and never hours, whatever the projection says).
  const hardEnd = Math.min(build.lastDue, build.firstDue + (2 * build.plannedWindowSeconds + 60) * 1000) + 120_000;
  for (;;) {
    stack.check();
    mails.drain();
    const n = arrivedCount();
    if (n >= expected) break;
    if (Date.now() > hardEnd) {
      log(`escalation: stopped waiting 120 s after the last deadline with ${n}/${expected} alerts`);
      break;
    }
    if (Date.now() - lastLog > 15_000) {
      lastLog = Date.now();
      log(`escalation: ${n}/${expected} alerts arrived`);
    }
    await sleep(500);
  }
  const resources = sampler.window(build.firstDue, Math.min(Date.now(), build.lastDue + 5_000));

  const delays: number[] = [];
  const arrivalOf = new Map<string, number>();
  for (const r of dueRows) {
    const at = mails.arrival(refOf.get(r.caseId)!, COORDINATOR_EMAIL);
    if (at === undefined) continue;
    arrivalOf.set(r.caseId, at);
    delays.push(at - r.dueAt.getTime());
  }
  const rows = (
    await stack.pg!.query(
      `SELECT e."caseId", e."alertedAt", d."createdAt"
         FROM "Escalation" e
         LEFT JOIN "Delivery" d ON d."caseId" = e."caseId" AND d.step = e.step AND d.level = e.level AND d.channel = 'EMAIL'
        WHERE e.step = 'ACKNOWLEDGEMENT' AND e.level = 0 AND e."caseId" = ANY($1)`,
      [ids],
    )
  ).rows as { caseId: string; alertedAt: Date; createdAt: Date | null }[];
  const timerLag: number[] = [];
  const activity: number[] = [];
  const delivery: number[] = [];
  for (const r of rows) {
    const due = dueOf.get(r.caseId);
    if (due === undefined) continue;
    timerLag.push(r.alertedAt.getTime() - due);
    if (r.createdAt) {
      activity.push(r.createdAt.getTime() - r.alertedAt.getTime());
      const at = arrivalOf.get(r.caseId);
      if (at !== undefined) delivery.push(at - r.createdAt.getTime());
    }
  }
  const dueBeforeBuildEnd = dueRows.filter((r) => r.dueAt.getTime() < build.buildEnd).length;
  const delayMs = summarize(delays);
  log(`escalation at ${openPathways} open: ${delays.length}/${expected} alerts, delay p50 ${delayMs.p50} ms, p95 ${delayMs.p95} ms, p99 ${delayMs.p99} ms, max ${delayMs.max} ms`);
  return {
    openPathways,
    expected,
    arrived: delays.length,
    dueBeforeBuildEnd,
    fireRatePerSecond: round(expected / Math.max(1, build.windowSeconds)),
    windowSeconds: build.windowSeconds,
    delayMs,
    breakdownMs: { timerLag: summarize(timerLag), alertActivity: summarize(activity), delivery: summarize(delivery) },
    escalationRows: rows.length,
    resources,
  };
}

/** Running case workflows, from Temporal's visibility store. */
export async function runningPathways(stack: Stack): Promise<number | null> {
  try {
    const r = await stack.client!.workflow.count(`WorkflowType = 'caseWorkflow' AND ExecutionStatus = 'Running'`);
    return r.count;
  } catch {
    return null;
  }
}

