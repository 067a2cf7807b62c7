// A cold action on a mature case against one on a new case: the 5-year case
// (report, assessment, care plan, 60 monthly reviews) and a case just brought
// to follow-up receive the same action (a case review through the API) while
// neither is in the worker's cache, so the worker replays each history first.
// A pathway leaves the cache when enough others pass through it: before each
// sample, a query on more distinct population pathways than the cache holds
// (each one replayed and cached, pushing the oldest out). Samples alternate
// (mature, new, new, mature, ...) so a drift of the machine falls on both.
// Measured per action: the API's answer time and the worker's CPU between
// the request and half a second after the answer (its projection included).
// The 5-year case is first brought (by warm reviews, not measured) to the
// late part of its run, so that its samples replay a run near the
// continue-as-new bound, its worst point; each sample notes its run's length.
// Whether a sample was cold is read, not assumed: the worker's own metrics
// (the SDK's sticky_cache_miss and workflow_task_replay_latency counts) are
// read around each action, and the ratios are taken over the samples that
// replayed (all samples when the metrics cannot be read).
import { caseWorkflowId } from '../../libs/domain/ids';
import { DEFAULT_HISTORY_LIMIT } from '../../workflows/case.workflow';
import type { Api } from '../lib/api';
import { metricSum, scrape } from '../lib/metrics';
import { cpuMsBetween, type ProcSampler } from '../lib/proc';
import { summarize, type Summary } from '../lib/stats';
import type { Stack } from '../lib/stack';
import { log, mapLimit, round, sleep } from '../lib/util';
import { caseInFollowUp } from './long-case';

interface Sample {
  ms: number;
  cpu: number;
  /** workflow tasks replayed by the worker during the action (null: its metrics could not be read) */
  replays: number | null;
}

export interface ColdActionResult {
  samples: number;
  evictedBy: number;
  mature: { caseId: string; events: number; latencyMs: Summary; workerCpuMs: Summary; runEvents: number[]; toppedUpBy: number; replayed?: number };
  fresh: { events: number; latencyMs: Summary; workerCpuMs: Summary; replayed?: number };
  /** mature / new, medians */
  latencyRatio: number;
  workerCpuRatio: number;
  note: string;
}

export async function measureColdAction(
  stack: Stack,
  api: Api,
  sampler: ProcSampler,
  o: { matureCaseId: string; evictionPool: string[]; cacheSize: number; samples: number },
): Promise<ColdActionResult> {
  // the stack's worker serves its metrics on a port of its own
  const port = stack.metricsPorts.worker || null;
  /** Workflow tasks the worker replayed so far (the SDK's replay latency histogram's count), or null. */
  const replays = async (): Promise<number | null> => (port ? metricSum(await scrape(port).catch(() => ''), 'temporal_workflow_task_replay_latency\\w*_count') : null);
  const evictedBy = o.cacheSize + 50;
  if (o.evictionPool.length < evictedBy * 2 * o.samples) throw new Error(`cold action: ${o.evictionPool.length} pathways cannot evict ${2 * o.samples} times`);
  const fresh = await Promise.all(Array.from({ length: o.samples }, (_, k) => caseInFollowUp(api, 5_000 + k)));
  let next = 0;
  const evict = async () => {
    const ids = o.evictionPool.slice(next, (next += evictedBy));
    await mapLimit(ids, 16, (id) => stack.client!.workflow.getHandle(caseWorkflowId(id)).query('state').catch(() => undefined));
  };
  const runEvents = async (caseId: string) => (await stack.client!.workflow.getHandle(caseWorkflowId(caseId)).describe()).historyLength;
  // About 12 events a review: the samples then span the last part of the run, below its bound.
  const target = DEFAULT_HISTORY_LIMIT - 14 * o.samples - 10;
  let toppedUpBy = 0;
  for (let k = 0; (await runEvents(o.matureCaseId)) < target && k < 40; k++) {
    const r = await api.post(`/api/v1/cases/${o.matureCaseId}/reviews`, { kind: 'CASE', summary: `Révision ${200 + k}` }, 'u-tanger-coordinator');
    if (r.status !== 200) throw new Error(`cold action: warm review of ${o.matureCaseId}: ${r.status}`);
    toppedUpBy++;
  }
  const matureRun: number[] = [];
  const once = async (caseId: string, k: number): Promise<Sample> => {
    if (caseId === o.matureCaseId) matureRun.push(await runEvents(caseId));
    await evict();
    await sleep(500);
    const replayed = await replays();
    const before = sampler.sample();
    const t0 = performance.now();
    const r = await api.post(`/api/v1/cases/${caseId}/reviews`, { kind: 'CASE', summary: `Révision ${k}` }, 'u-tanger-coordinator');
    const ms = performance.now() - t0;
    if (r.status !== 200) throw new Error(`cold action: review of ${caseId}: ${r.status} ${JSON.stringify(r.body).slice(0, 200)}`);
    await sleep(500);
    const cpu = cpuMsBetween(before, sampler.sample()).procs.worker ?? NaN;
    const after = await replays();
    return { ms, cpu, replays: replayed === null || after === null ? null : after - replayed };
  };
  const mature: Sample[] = [];
  const young: Sample[] = [];
  for (let k = 0; k < o.samples; k++) {
    stack.check();
    if (k % 2 === 0) {
      mature.push(await once(o.matureCaseId, 100 + k));
      young.push(await once(fresh[k].caseId, 1));
    } else {
      young.push(await once(fresh[k].caseId, 1));
      mature.push(await once(o.matureCaseId, 100 + k));
    }
  }
  const events = async (caseId: string) => (await stack.client!.workflow.getHandle(caseWorkflowId(caseId)).fetchHistory()).events?.length ?? 0;
  // the samples that replayed (all of them when the worker's metrics were not read)
  const cold = (xs: Sample[]) => (xs.every((x) => x.replays === null) ? xs : xs.filter((x) => (x.replays ?? 0) > 0));
  const counted = (xs: Sample[]) => ({ latencyMs: summarize(cold(xs).map((x) => x.ms)), workerCpuMs: summarize(cold(xs).map((x) => x.cpu)), replayed: cold(xs).length });
  const m = counted(mature);
  const f = counted(young);
  log(`cold action samples (ms, worker CPU ms, tasks replayed): 5-year ${JSON.stringify(mature.map((x) => [Math.round(x.ms), x.cpu, x.replays]))}, new ${JSON.stringify(young.map((x) => [Math.round(x.ms), x.cpu, x.replays]))}`);
  const result: ColdActionResult = {
    samples: o.samples,
    evictedBy,
    mature: { caseId: o.matureCaseId, events: await events(o.matureCaseId), ...m, runEvents: matureRun, toppedUpBy },
    fresh: { events: await events(fresh[0].caseId), ...f },
    latencyRatio: round(m.latencyMs.p50 / f.latencyMs.p50, 2),
    workerCpuRatio: round(m.workerCpuMs.p50 / f.workerCpuMs.p50, 2),
    note:
      `The same action (a case review) on the 5-year case and on cases just brought to follow-up, neither in the worker's cache ` +
      `(before each sample, ${evictedBy} other pathways are queried: more than the cache's ${o.cacheSize}); ${o.samples} samples each, alternating` +
      (port ? `; counted: the samples in which the worker replayed (its metrics), ${m.replayed} of the 5-year case's and ${f.replayed} of the new cases'. ` : '. ') +
      `Events: the current run's history after the samples (continue-as-new bounds it at ${DEFAULT_HISTORY_LIMIT}); the 5-year case was first brought to ${target}+ events by ${toppedUpBy} warm reviews, its samples replayed runs of ${matureRun.join(', ')} events.`,
  };
  log(`cold action: 5-year case p50 ${m.latencyMs.p50} ms (worker ${m.workerCpuMs.p50} ms CPU), new case p50 ${f.latencyMs.p50} ms (worker ${f.workerCpuMs.p50} ms); ratio ${result.latencyRatio} (CPU ${result.workerCpuRatio})`);
  return result;
}
