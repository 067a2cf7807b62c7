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
import { caseWorkflowId } from '../../libs/domain/ids';
import { DEFAULT_HISTORY_LIMIT } from '../../workflows/case.workflow';
import type { Api } from '../lib/api';
import { cpuMsBetween, type ProcSampler } from '../lib/proc';
import { summarize, type Summary } from '../lib/stats';
import type { Stack } from '../lib/stack';
import { log, mapLimit, round, sleep } from '../lib/util';
import { caseInFollowUp } from './long-case';

export interface ColdActionResult {
  samples: number;
  evictedBy: number;
  mature: { caseId: string; events: number; latencyMs: Summary; workerCpuMs: Summary; runEvents: number[]; toppedUpBy: number };
  fresh: { events: number; latencyMs: Summary; workerCpuMs: Summary };
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
  const once = async (caseId: string, k: number) => {
    if (caseId === o.matureCaseId) matureRun.push(await runEvents(caseId));
    await evict();
    await sleep(500);
    const before = sampler.sample();
    const t0 = performance.now();
    const r = await api.post(`/api/v1/cases/${caseId}/reviews`, { kind: 'CASE', summary: `Révision ${k}` }, 'u-tanger-coordinator');
    const ms = performance.now() - t0;
    if (r.status !== 200) throw new Error(`cold action: review of ${caseId}: ${r.status} ${JSON.stringify(r.body).slice(0, 200)}`);
    await sleep(500);
    const cpu = cpuMsBetween(before, sampler.sample()).procs.worker ?? NaN;
    return { ms, cpu };
  };
  const mature: { ms: number; cpu: number }[] = [];
  const young: { ms: number; cpu: number }[] = [];
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
  const m = { latencyMs: summarize(mature.map((x) => x.ms)), workerCpuMs: summarize(mature.map((x) => x.cpu)) };
  const f = { latencyMs: summarize(young.map((x) => x.ms)), workerCpuMs: summarize(young.map((x) => x.cpu)) };
  const result: ColdActionResult = {
    samples: o.samples,
    evictedBy,
    mature: { caseId: o.matureCaseId, events: await events(o.matureCaseId), ...m, runEvents: matureRun, toppedUpBy },
    fresh: { events: await events(fresh[0].caseId), ...f },
    latencyRatio: round(m.latencyMs.p50 / f.latencyMs.p50, 2),
    workerCpuRatio: round(m.workerCpuMs.p50 / f.workerCpuMs.p50, 2),
    note:
      `The same action (a case review) on the 5-year case and on cases just brought to follow-up, neither in the worker's cache ` +
      `(before each sample, ${evictedBy} other pathways are queried: more than the cache's ${o.cacheSize}); ${o.samples} samples each, alternating. ` +
      `Events: the current run's history after the samples (continue-as-new bounds it at ${DEFAULT_HISTORY_LIMIT}); the 5-year case was first brought to ${target}+ events by ${toppedUpBy} warm reviews, its samples replayed runs of ${matureRun.join(', ')} events.`,
  };
  log(`cold action: 5-year case p50 ${m.latencyMs.p50} ms (worker ${m.workerCpuMs.p50} ms CPU), new case p50 ${f.latencyMs.p50} ms (worker ${f.workerCpuMs.p50} ms); ratio ${result.latencyRatio} (CPU ${result.workerCpuRatio})`);
  return result;
}
