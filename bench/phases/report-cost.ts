// What a report costs the API: CPU milliseconds of the API process per report
// (POST /api/v1/reports about a new child, with an Idempotency-Key: the
// authentication, validation, identification, the write and the workflow
// start), read from /proc around a batch at a fixed concurrency, and what the
// API's own latency histogram (masar_http_request_duration_seconds, the series
// operators watch) says of the same batch. Alone:
//   node -r @swc-node/register bench/phases/report-cost.ts [--reports 600] [--concurrency 8]
// (about 3 minutes on 2 cores: a stack of its own, then the batch).
import { Api } from '../lib/api';
import { metricSum } from '../lib/metrics';
import { cpuMsBetween, ProcSampler } from '../lib/proc';
import type { Stack } from '../lib/stack';
import { log, mapLimit, round } from '../lib/util';

export interface ReportCostResult {
  reports: number;
  concurrency: number;
  seconds: number;
  ratePerSecond: number;
  apiCpuMsPerReport: number;
  /** the API's histogram: mean seconds of the route, over the batch */
  apiMeanMs: number;
  machineBusyPercent: number;
}

const PROVINCE = 'RABAT';
const NAMES = ['Nour', 'Adam', 'Rim', 'Ilyas', 'Sara', 'Anas', 'Lina', 'Reda'];

/** Sum and count of the reports route's 201s in the API's metrics. */
async function histogram(metricsUrl: string): Promise<{ sum: number; count: number }> {
  const text = await fetch(metricsUrl).then((r) => r.text(), () => '');
  // Another process on that port (not this API): no figure.
  if (!text.includes('masar_http_request_duration_seconds')) return { sum: NaN, count: NaN };
  const read = (name: string) => metricSum(text, name, ['route="/api/v1/reports"', 'status="201"']) ?? 0;
  return { sum: read('masar_http_request_duration_seconds_sum'), count: read('masar_http_request_duration_seconds_count') };
}

export async function measureReportCost(api: Api, sampler: ProcSampler, metricsUrl: string, o: { reports: number; concurrency: number; tag: string }): Promise<ReportCostResult> {
  const body = (i: number) => ({
    provinceCode: PROVINCE,
    entryPoint: 'GREEN_LINE',
    category: 'NEGLECT',
    riskLevel: 'MEDIUM',
    narrative: `bench report ${o.tag} ${i}`,
    child: { firstName: NAMES[i % NAMES.length], sex: i % 2 ? 'M' : 'F', estimatedAge: 6 + (i % 10) },
    fileAsNew: true,
  });
  // Warm-up (JIT, pools, the token), not counted.
  await mapLimit([...Array(40).keys()], o.concurrency, (i) => api.post('/api/v1/reports', body(-1 - i), 'u-rabat-intake', { 'Idempotency-Key': `${o.tag}-w${i}` }));
  const h0 = await histogram(metricsUrl);
  const s0 = sampler.sample();
  const t0 = performance.now();
  const results = await mapLimit([...Array(o.reports).keys()], o.concurrency, (i) => api.post('/api/v1/reports', body(i), 'u-rabat-intake', { 'Idempotency-Key': `${o.tag}-${i}` }));
  const seconds = (performance.now() - t0) / 1000;
  const s1 = sampler.sample();
  const h1 = await histogram(metricsUrl);
  const failed = results.filter((r) => r.status !== 201);
  if (failed.length) throw new Error(`${failed.length} reports failed: ${failed[0].status} ${JSON.stringify(failed[0].body)}`);
  const cpu = cpuMsBetween(s0, s1);
  return {
    reports: o.reports,
    concurrency: o.concurrency,
    seconds: round(seconds, 1),
    ratePerSecond: round(o.reports / seconds, 1),
    apiCpuMsPerReport: round((cpu.procs.api ?? NaN) / o.reports, 2),
    apiMeanMs: round(((h1.sum - h0.sum) / Math.max(1, h1.count - h0.count)) * 1000, 1),
    machineBusyPercent: cpu.machineBusyPercent,
  };
}

async function alone(): Promise<void> {
  const arg = (name: string, fallback: number) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? Number(process.argv[i + 1]) : fallback;
  };
  const { Stack: BenchStack } = await import('../lib/stack');
  const stack: Stack = new BenchStack({
    baseDatabaseUrl: process.env.MASAR_BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres',
    redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    workerHeapMb: 1024,
  });
  const stop = () => void stack.stop().then(() => process.exit(130));
  process.once('SIGINT', stop);
  try {
    await stack.start();
    const sampler = new ProcSampler();
    sampler.track('api', () => stack.api?.pid);
    const api = new Api(stack.apiUrl, stack.jwtSecret);
    const result = await measureReportCost(api, sampler, `http://127.0.0.1:${stack.metricsPorts.api}/metrics`, { reports: arg('--reports', 600), concurrency: arg('--concurrency', 8), tag: stack.id });
    log(`report cost: ${JSON.stringify(result)}`);
  } finally {
    await stack.stop();
  }
}

if (require.main === module) {
  alone().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
