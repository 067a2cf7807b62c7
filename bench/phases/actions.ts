// Action latency: a coordinator acknowledges reports at a steady rate (open
// loop: the k-th action is sent at t0 + k / rate whatever happened to the
// earlier ones, so a slow system cannot slow the load down), and each action
// is followed by GET /api/v1/cases/:id until the new state shows (stage past
// REPORTED, no ACKNOWLEDGEMENT among the open steps). Latency: from the
// scheduled send to the response that shows it.
import type { Api } from '../lib/api';
import type { ProcSampler, WindowStats } from '../lib/proc';
import { summarize, type Summary } from '../lib/stats';
import type { Stack } from '../lib/stack';
import { log, round, sleep } from '../lib/util';
import type { Pathway } from './escalation';

export interface ActionResult {
  openPathways: number;
  action: string;
  targetRate: number;
  achievedRate: number;
  count: number;
  ok: number;
  failed: number;
  /** scheduled send → state visible through GET */
  latencyMs: Summary;
  postMs: Summary;
  getMs: Summary;
  /** actions whose first GET did not show the new state yet */
  staleFirstRead: number;
  /** how late the benchmark sent the actions (its own lag) */
  sendLagMs: Summary;
  resources: WindowStats;
}

function acknowledged(body: any): boolean {
  const p = body?.pathway;
  return !!p && p.stage !== 'REPORTED' && Array.isArray(p.openSteps) && !p.openSteps.some((s: { step: string }) => s.step === 'ACKNOWLEDGEMENT');
}

export async function measureActions(
  stack: Stack,
  api: Api,
  sampler: ProcSampler,
  targets: Pathway[],
  o: { rate: number; openPathways: number; coordinator: string },
): Promise<ActionResult> {
  const interval = 1000 / o.rate;
  const lat: number[] = [];
  const post: number[] = [];
  const get: number[] = [];
  const lag: number[] = [];
  let failed = 0;
  let stale = 0;
  const t0 = performance.now() + 100;
  const wall0 = Date.now() + 100;

  const one = async (p: Pathway, scheduled: number) => {
    lag.push(performance.now() - scheduled);
    try {
      const r = await api.post(`/api/v1/cases/${p.caseId}/acknowledge`, {}, o.coordinator);
      if (r.status !== 200) {
        failed++;
        if (failed <= 3) log(`acknowledge ${p.caseId}: ${r.status} ${JSON.stringify(r.body).slice(0, 200)}`);
        return;
      }
      post.push(r.ms);
      for (let attempt = 0; attempt < 200; attempt++) {
        const g = await api.get(`/api/v1/cases/${p.caseId}`, o.coordinator);
        get.push(g.ms);
        if (g.status === 200 && acknowledged(g.body)) {
          lat.push(performance.now() - scheduled);
          return;
        }
        if (attempt === 0) stale++;
        await sleep(20);
      }
      failed++;
    } catch (e) {
      failed++;
      if (failed <= 3) log(`acknowledge ${p.caseId}: ${(e as Error).message}`);
    }
  };

  const inflight: Promise<void>[] = [];
  for (let k = 0; k < targets.length; k++) {
    const scheduled = t0 + k * interval;
    const wait = scheduled - performance.now();
    if (wait > 1) await sleep(wait);
    inflight.push(one(targets[k], scheduled));
    if (stack.failure) break;
  }
  const sentSeconds = (performance.now() - t0) / 1000;
  await Promise.all(inflight);
  const resources = sampler.window(wall0);
  const latencyMs = summarize(lat);
  log(`actions at ${o.openPathways} open, ${o.rate}/s: ${lat.length}/${targets.length} visible, p50 ${latencyMs.p50} ms, p99 ${latencyMs.p99} ms, max ${latencyMs.max} ms`);
  return {
    openPathways: o.openPathways,
    action: 'POST /api/v1/cases/:id/acknowledge, then GET /api/v1/cases/:id until the state shows it',
    targetRate: o.rate,
    achievedRate: round(targets.length / Math.max(sentSeconds, interval / 1000)),
    count: targets.length,
    ok: lat.length,
    failed,
    latencyMs,
    postMs: summarize(post),
    getMs: summarize(get),
    staleFirstRead: stale,
    sendLagMs: summarize(lag),
    resources,
  };
}
