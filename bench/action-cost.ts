// What an action costs the API, alone: CPU milliseconds of the API process per
// acknowledgement (POST /api/v1/cases/:id/acknowledge: authentication, the
// case's gate, the update, the audit entry), read from /proc around a batch of
// cases filed just before (their pathways cached in the worker while there are
// no more of them than its cache holds). For an A/B of
// a change on the API's action path; the benchmark's actions phase gives the
// same figure beside the worker's and Temporal's (printed here too: with
// WORKER_MAX_CACHED_WORKFLOWS=10 and 300 cases every acknowledgement replays
// its pathway once, as the worker's metrics count). With --read, the same for a
// read of each acknowledged case (GET /api/v1/cases/:id, from PostgreSQL). With
// --timeline, the API's, the worker's and Temporal's CPU per GET /cases/:id/timeline,
// from the TimelineEntry rows, then again once the rows are deleted (the query on
// the pathway that answered before them, and still answers a pathway without rows);
// more cases than the worker's cache holds (250 by default), so some queries replay.
// Usage (about 1.5 minutes):
//   node -r @swc-node/register bench/action-cost.ts [cases, default 300] [--read] [--timeline]
import { Api } from './lib/api';
import { metricSum, scrape } from './lib/metrics';
import { cpuMsBetween, ProcSampler } from './lib/proc';
import { Stack } from './lib/stack';
import { log, mapLimit } from './lib/util';

const WARM_UP = 20;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const cases = Number(args.find((a) => /^\d+$/.test(a)) ?? 300);
  const reads = args.includes('--read');
  const timelines = args.includes('--timeline');
  const stack = new Stack({
    baseDatabaseUrl: process.env.MASAR_BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres',
    redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    workerHeapMb: 1024,
  });
  try {
    await stack.start();
    const sampler = new ProcSampler();
    sampler.track('api', () => stack.api?.pid);
    sampler.track('worker', () => stack.worker?.pid);
    sampler.track('temporal', () => stack.temporal?.pid);
    const api = new Api(stack.apiUrl, stack.jwtSecret);
    const report = (i: number) => ({
      provinceCode: 'RABAT',
      entryPoint: 'GREEN_LINE',
      category: 'NEGLECT',
      riskLevel: 'MEDIUM',
      narrative: `action cost ${i}`,
      child: { firstName: 'Rim', sex: 'F', estimatedAge: 8 },
      fileAsNew: true,
    });
    const filed = await mapLimit([...Array(cases).keys()], 8, (i) => api.post('/api/v1/reports', report(i), 'u-rabat-intake', { 'Idempotency-Key': `${stack.id}-${i}` }));
    const ids = filed.map((r) => (r.body as { caseId: string }).caseId);
    // the pathways' first tasks (their steps open) before any acknowledgement
    await new Promise((r) => setTimeout(r, 20_000));
    await mapLimit(ids.slice(0, WARM_UP), 4, (id) => api.post(`/api/v1/cases/${id}/acknowledge`, {}, 'u-rabat-coordinator'));
    // workflow tasks the worker ran and replayed (its metrics): an evicted acknowledgement replays once
    const tasks = async () => {
      const text = await scrape(stack.metricsPorts.worker).catch(() => '');
      const count = (name: string) => metricSum(text, `temporal_workflow_task_${name}_latency\\w*_count`) ?? 0;
      return { run: count('execution'), replayed: count('replay') };
    };
    const k0 = await tasks();
    const s0 = sampler.sample();
    const answers = await mapLimit(ids.slice(WARM_UP), 4, (id) => api.post(`/api/v1/cases/${id}/acknowledge`, {}, 'u-rabat-coordinator'));
    const s1 = sampler.sample();
    const k1 = await tasks();
    const failed = answers.filter((r) => r.status !== 200);
    if (failed.length) throw new Error(`${failed.length} acknowledgements failed: ${failed[0].status} ${JSON.stringify(failed[0].body)}`);
    const acked = cpuMsBetween(s0, s1).procs;
    const each = (p: string) => ((acked[p] ?? NaN) / answers.length).toFixed(2);
    log(`action cost: ${answers.length} acknowledgements at 4 clients, CPU each: API ${each('api')} ms, worker ${each('worker')} ms, Temporal ${each('temporal')} ms; workflow tasks each: ${((k1.run - k0.run) / answers.length).toFixed(2)} run, ${((k1.replayed - k0.replayed) / answers.length).toFixed(2)} replayed`);
    if (reads) {
      const r0 = sampler.sample();
      const read = await mapLimit(ids.slice(WARM_UP), 4, (id) => api.get(`/api/v1/cases/${id}`, 'u-rabat-coordinator'));
      const r1 = sampler.sample();
      if (read.some((r) => r.status !== 200)) throw new Error(`a read failed: ${JSON.stringify(read.find((r) => r.status !== 200)?.body)}`);
      const bytes = read.reduce((a, r) => a + JSON.stringify(r.body).length, 0) / read.length;
      log(`read cost: ${read.length} reads at 4 clients, ${((cpuMsBetween(r0, r1).procs.api ?? NaN) / read.length).toFixed(2)} ms of API CPU each (${Math.round(bytes)} bytes of JSON a case)`);
    }
    if (timelines) {
      const readAll = async (how: string) => {
        const t0 = sampler.sample();
        const read = await mapLimit(ids.slice(WARM_UP), 4, (id) => api.get(`/api/v1/cases/${id}/timeline`, 'u-rabat-coordinator'));
        const t1 = sampler.sample();
        if (read.some((r) => r.status !== 200)) throw new Error(`a timeline read failed: ${JSON.stringify(read.find((r) => r.status !== 200)?.body)}`);
        const ms = cpuMsBetween(t0, t1).procs;
        const per = (p: string) => ((ms[p] ?? NaN) / read.length).toFixed(2);
        log(`timeline ${how}: ${read.length} reads at 4 clients, CPU per read: API ${per('api')} ms, worker ${per('worker')} ms, Temporal ${per('temporal')} ms`);
      };
      await readAll('from its rows');
      await stack.pg!.query('DELETE FROM "TimelineEntry"');
      await readAll('by a query on the pathway (rows deleted)');
    }
  } finally {
    await stack.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
