// Actions, measured against raw Temporal on the same server in the same run.
//
// Three systems receive the same update ("acknowledge", one per pathway):
//   masar       POST /api/v1/cases/:id/acknowledge through the API (its answer is the new state);
//   raw-shaped  a minimal workflow of the acknowledgement's event shape (timer cancelled, the same
//               number of local activities as Masar's acknowledgement records, next timer), updated
//               through the Temporal client, its own worker process with Masar's worker limits;
//   raw-trivial a workflow that answers the update at once.
// For each: capacity first (closed loop: c clients, each sending its next action when the last is
// answered, c = 1, 2, 4, ...; capacity = the highest rate, and its p99 at the smallest c that
// reaches 95 % of it), then latency at fixed rates (open loop: the k-th action leaves at
// t0 + k / rate whatever happened to the others), on pathways that are not in the worker's cache
// (evicted: the population's oldest) and on pathways that are (cached: started just before).
// CPU per action of every process from /proc (utime + stime between the first and last action).
// After each Masar fixed-rate action, GET /api/v1/cases/:id shows the state (read from
// PostgreSQL, no workflow query): its latency is reported apart.
import type { Client } from '@temporalio/client';
import { caseWorkflowId } from '../../libs/domain/ids';
import { rawAcknowledgeUpdate, rawShapedWorkflow, rawTrivialWorkflow } from '../baseline/workflows';
import type { Api } from '../lib/api';
import { closedLoop, openLoop, Pool, type Act } from '../lib/load';
import { cpuMsBetween, type ProcSampler } from '../lib/proc';
import { summarize, type Summary } from '../lib/stats';
import type { Stack } from '../lib/stack';
import { log, mapLimit, round, sleep, until } from '../lib/util';

export type System = 'masar' | 'raw-shaped' | 'raw-trivial';

export interface LoadStep {
  mode: 'closed' | 'open';
  concurrency?: number;
  targetRate?: number;
  /** cached: targets in the worker's cache; evicted: replayed from history first */
  targets: 'cached' | 'evicted';
  seconds: number;
  count: number;
  failed: number;
  rate: number;
  latencyMs: Summary;
  /** Masar only: GET /cases/:id after the action */
  readMs?: Summary;
  staleReads?: number;
  /** CPU time per answered action, per process (ms) */
  cpuMsPerAction: Record<string, number>;
  machineBusyPercent: number;
}

export interface SystemResult {
  system: System;
  /** history events one action adds, and local-activity markers among them (one pathway, quiescent) */
  eventsPerAction: number;
  localActivitiesPerAction: number;
  capacity: { steps: LoadStep[]; rate: number; p99Ms: number; concurrency: number };
  fixed: LoadStep[];
  /**
   * Masar only: acknowledgements each followed by GET /cases/:id (cached pathways, at the cached
   * rate), a run of its own so that the fixed runs' CPU and latency are the action's alone, as the
   * raw baseline's are (before 2026-12-04 the fixed runs read after each action, and counted it).
   */
  readAfterAction?: LoadStep;
}

export interface ActionsResult {
  openPathways: number;
  systems: SystemResult[];
  note: string;
}

/** Acknowledgements each read back after it (Masar), in a run of their own. */
const READ_AFTER_ACTIONS = 100;

/** Events an action adds to one pathway's history, and its local activities (Temporal's own count). */
async function shapeOf(client: Client, workflowId: string, act: () => Promise<unknown>): Promise<{ events: number; localActivities: number }> {
  const length = async () => (await client.workflow.getHandle(workflowId).fetchHistory()).events ?? [];
  const before = (await length()).length;
  await act();
  await sleep(1500);
  const after = (await length()).slice(before);
  const localActivities = after.filter((e) => e.markerRecordedEventAttributes?.markerName === 'core_local_activity').length;
  return { events: after.length, localActivities };
}

export interface ActionsContext {
  stack: Stack;
  api: Api;
  sampler: ProcSampler;
  /** the population's case ids, oldest first: acknowledgement open, long out of the worker's cache */
  evicted: string[];
  /** starts `n` fresh Masar pathways (acknowledgement open, in the worker's cache), returns their case ids */
  freshMasar(n: number): Promise<string[]>;
  coordinator: string;
  openPathways: number;
}

export interface ActionsOptions {
  concurrencies: number[];
  stepSeconds: number;
  fixedRates: number[];
  fixedSeconds: number;
  cachedRate: number;
  cachedCount: number;
}

/** Everything each system's measure needs: how to act, and where its targets come from. */
interface Subject {
  system: System;
  act: Act;
  /** targets out of the worker's cache, oldest first */
  evicted: () => Promise<string[]>;
  cached: (n: number) => Promise<Pool>;
  probe: () => Promise<{ events: number; localActivities: number }>;
}

export async function measureActions(ctx: ActionsContext, o: ActionsOptions): Promise<ActionsResult> {
  const { stack, api, sampler } = ctx;
  const client = stack.client!;
  const acknowledged = (b: any) => !!b && b.stage !== 'REPORTED' && Array.isArray(b.openSteps) && !b.openSteps.some((s: { step: string }) => s.step === 'ACKNOWLEDGEMENT');
  const masarAct: Act = async (caseId) => {
    const r = await api.post(`/api/v1/cases/${caseId}/acknowledge`, {}, ctx.coordinator);
    return { ok: r.status === 200 && acknowledged(r.body) };
  };
  const masarActAndRead: Act = async (caseId) => {
    const r = await api.post(`/api/v1/cases/${caseId}/acknowledge`, {}, ctx.coordinator);
    if (r.status !== 200 || !acknowledged(r.body)) return { ok: false };
    const g = await api.get(`/api/v1/cases/${caseId}`, ctx.coordinator);
    return { ok: true, readMs: g.ms, stale: !(g.status === 200 && acknowledged(g.body?.pathway)) };
  };
  const rawAct: Act = async (workflowId) => {
    const s = await client.workflow.getHandle(workflowId).executeUpdate(rawAcknowledgeUpdate, { args: [{ actor: 'u-bench-coordinator' }] });
    return { ok: s.stage === 'ASSESSMENT' };
  };
  let rawSeq = 0;
  const startRaw = async (kind: 'shaped' | 'trivial', n: number, localActivities: number): Promise<string[]> => {
    const ids = Array.from({ length: n }, () => `bench-raw-${kind}-${rawSeq++}`);
    await mapLimit(ids, 32, (workflowId) =>
      kind === 'shaped'
        ? client.workflow.start(rawShapedWorkflow, { taskQueue: stack.rawTaskQueue, workflowId, args: [{ localActivities }] })
        : client.workflow.start(rawTrivialWorkflow, { taskQueue: stack.rawTaskQueue, workflowId, args: [] }),
    );
    // as for Masar's pathways, the first workflow tasks are done before anything is measured
    const settled = async (id: string) => Number((await client.workflow.getHandle(id).describe()).historyLength) >= 4;
    for (const id of ids.slice(-20)) await until('the raw workflows\' first tasks', () => settled(id), 600_000, 250);
    return ids;
  };

  // Pool sizes: every closed-loop step could run at up to 100/s, every open run at its rate.
  const closedNeed = o.concurrencies.length * o.stepSeconds * 100;
  const openNeed = o.fixedRates.reduce((a, r) => a + Math.ceil(r * o.fixedSeconds) + 5, 0);

  const masarProbe = (await ctx.freshMasar(1))[0];
  await sleep(1000);
  const masarShape = await shapeOf(client, caseWorkflowId(masarProbe), () => masarAct(masarProbe));
  log(`actions: a Masar acknowledgement adds ${masarShape.events} events, ${masarShape.localActivities} local activities`);
  const k = masarShape.localActivities;

  const subjects: Subject[] = [
    {
      system: 'masar',
      act: masarAct,
      evicted: async () => ctx.evicted.slice(),
      cached: async (n) => new Pool(await ctx.freshMasar(n)),
      probe: async () => masarShape,
    },
    {
      system: 'raw-shaped',
      act: rawAct,
      evicted: () => startRaw('shaped', closedNeed + openNeed, k),
      cached: async (n) => new Pool(await startRaw('shaped', n, k)),
      probe: async () => {
        const [id] = await startRaw('shaped', 1, k);
        await sleep(1000);
        return shapeOf(client, id, () => rawAct(id));
      },
    },
    {
      system: 'raw-trivial',
      act: rawAct,
      evicted: () => startRaw('trivial', closedNeed + openNeed, 0),
      cached: async (n) => new Pool(await startRaw('trivial', n, 0)),
      probe: async () => {
        const [id] = await startRaw('trivial', 1, 0);
        await sleep(1000);
        return shapeOf(client, id, () => rawAct(id));
      },
    },
  ];

  const measure = async (mode: 'closed' | 'open', targets: 'cached' | 'evicted', pool: Pool, act: Act, level: number, seconds: number): Promise<LoadStep> => {
    const a = sampler.sample();
    const r = mode === 'closed' ? await closedLoop(pool, act, level, seconds) : await openLoop(pool, act, level, seconds);
    const b = sampler.sample();
    const cpu = cpuMsBetween(a, b);
    const count = r.lat.length;
    const step: LoadStep = {
      mode,
      ...(mode === 'closed' ? { concurrency: level } : { targetRate: level }),
      targets,
      seconds: round(r.seconds, 1),
      count,
      failed: r.failed,
      rate: round(count / r.seconds),
      latencyMs: summarize(r.lat),
      ...(r.reads.length ? { readMs: summarize(r.reads), staleReads: r.stale } : {}),
      cpuMsPerAction: Object.fromEntries(Object.entries(cpu.procs).map(([name, ms]) => [name, round(ms / Math.max(1, count), 2)])),
      machineBusyPercent: cpu.machineBusyPercent,
    };
    return step;
  };

  const systems: SystemResult[] = [];
  for (const sub of subjects) {
    stack.check();
    const shape = await sub.probe();
    // The fixed rates' targets are set aside first: a fast machine's closed loop would
    // otherwise use up a population's evicted pathways before the open runs.
    const targets = await sub.evicted();
    const reserved = new Pool(targets.slice(0, openNeed));
    const evicted = new Pool(targets.slice(openNeed));
    // let the starts' first tasks finish before measuring
    await sleep(3000);
    const steps: LoadStep[] = [];
    for (const c of o.concurrencies) {
      if (evicted.left < 10) break;
      const s = await measure('closed', 'evicted', evicted, sub.act, c, o.stepSeconds);
      steps.push(s);
      log(`actions ${sub.system}: closed loop c=${c}: ${s.rate}/s, p50 ${s.latencyMs.p50} ms, p99 ${s.latencyMs.p99} ms, worker ${s.cpuMsPerAction[sub.system === 'masar' ? 'worker' : 'raw-worker']} ms/action`);
    }
    const best = Math.max(...steps.map((s) => s.rate));
    const knee = steps.find((s) => s.rate >= 0.95 * best) ?? steps[steps.length - 1];
    const fixed: LoadStep[] = [];
    const cachedPool = await sub.cached(o.cachedCount);
    await sleep(3000);
    const cachedRun = await measure('open', 'cached', cachedPool, sub.act, o.cachedRate, o.cachedCount / o.cachedRate);
    fixed.push(cachedRun);
    for (const rate of o.fixedRates) {
      if (reserved.left < rate) break;
      const s = await measure('open', 'evicted', reserved, sub.act, rate, o.fixedSeconds);
      fixed.push(s);
    }
    for (const s of fixed) log(`actions ${sub.system}: ${s.targets} at ${s.targetRate}/s: p50 ${s.latencyMs.p50} ms, p99 ${s.latencyMs.p99} ms (${s.count} ok, ${s.failed} failed)`);
    // what a coordinator's console does after an action: read the case (PostgreSQL), which must show it
    let readAfterAction: LoadStep | undefined;
    if (sub.system === 'masar') {
      const readPool = await sub.cached(READ_AFTER_ACTIONS);
      await sleep(3000);
      readAfterAction = await measure('open', 'cached', readPool, masarActAndRead, o.cachedRate, READ_AFTER_ACTIONS / o.cachedRate);
      log(`actions masar: read after the action: GET p50 ${readAfterAction.readMs?.p50} ms, p99 ${readAfterAction.readMs?.p99} ms, ${readAfterAction.staleReads} stale`);
    }
    systems.push({
      system: sub.system,
      eventsPerAction: shape.events,
      localActivitiesPerAction: shape.localActivities,
      capacity: { steps, rate: best, p99Ms: knee?.latencyMs.p99 ?? NaN, concurrency: knee?.concurrency ?? 0 },
      fixed,
      ...(readAfterAction ? { readAfterAction } : {}),
    });
  }
  return {
    openPathways: ctx.openPathways,
    systems,
    note:
      'One update per pathway. Masar through the API (authentication, permission, audit, update; the answer is the new state); the raw workflows through the Temporal client with the same payload codec, ' +
      'on their own worker process with Masar\'s worker limits. Evicted targets: the population\'s oldest pathways (far more than the worker cache holds); cached: pathways started just before. ' +
      'CPU per action: utime + stime of each process between the first and the last action, divided by the actions answered.',
  };
}
