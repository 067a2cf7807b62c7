// `npm run bench`: Masar's performance benchmark (issue 6). See bench/README.md.
//
//   npm run bench                       sizes 1,000 and 10,000 open pathways (about 25 minutes)
//   npm run bench -- --quick            a smoke run (200 pathways, a few minutes)
//   npm run bench -- --size 1000,5000 --out /some/dir
//
// Starts its own PostgreSQL database, Redis prefix, Temporal dev server, alert
// peers and the three apps as child processes; measures start throughput,
// the alert queue, escalation latency, action latency, the worker's memory and
// CPU and the history of a 5-year case; writes JSON and Markdown under
// bench/results/.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { createDb, type Db } from '../libs/db/prisma';
import { Api } from './lib/api';
import { describeMachine, hostSpeed } from './lib/machine';
import { MailCollector } from './lib/mail';
import { ProcSampler, type WindowStats } from './lib/proc';
import { writeResults } from './lib/report';
import { ROOT } from './lib/app-process';
import { Stack, TEMPORAL_PRAGMAS, TUNING_VARS } from './lib/stack';
import { log, mapLimit, round, sleep } from './lib/util';
import { measureActions } from './phases/actions';
import { startRawTimers } from './phases/raw-timers';
import { buildPopulationDirect, POPULATION_COORDINATOR, POPULATION_PROVINCE } from './phases/population';
import { measureAlertQueue, type AlertQueueResult } from './phases/alert-queue';
import { buildPopulation, ESCALATION_PROVINCE, measureEscalation, QUIET_DEADLINE, runningPathways, type Pathway } from './phases/escalation';
import { measureLongCase, type LongCaseResult } from './phases/long-case';
import { IDENTIFICATION_DEFAULTS, measureIdentification, runIdentificationAlone, type IdentificationResult } from './phases/identification';
import { writeIdentificationResults } from './phases/identification-report';
import { measureStartThroughput, type StartResult } from './phases/start-throughput';
import { measureAlertCatchUp, type CatchUpResult } from './phases/alert-catch-up';
import { measureColdAction, type ColdActionResult } from './phases/cold-action';
import { measureReportCost, type ReportCostResult } from './phases/report-cost';
import { measureScaleOut, type ScaleOutResult } from './phases/scale-out';
import { parseArgs } from './options';
import { summary, type RunResult, type SizeResult } from './summary';

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const runStarted = Date.now();
  const baseDatabaseUrl = process.env.MASAR_BENCH_DATABASE_URL || process.env.DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/postgres';
  if (o.only === 'identification') {
    // PostgreSQL alone: no Temporal, API or worker.
    const x = await runIdentificationAlone(baseDatabaseUrl, { ...IDENTIFICATION_DEFAULTS, children: o.identChildren }, ROOT, log);
    const written = writeIdentificationResults(o.out, x, Math.round((Date.now() - runStarted) / 1000), process.argv.slice(2));
    console.log(`\n${fs.readFileSync(written.md, 'utf8')}`);
    log(`results: ${path.relative(ROOT, written.json)}, ${path.relative(ROOT, written.md)}`);
    return;
  }
  const speedAtStart = await hostSpeed();
  log(`host speed: ${speedAtStart ?? '?'} ms of CPU per replay of the probe's history`);
  const redisUrl = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
  const stack = new Stack({ baseDatabaseUrl, redisUrl, workerHeapMb: o.workerHeapMb, temporalDb: o.temporalDb });
  const sampler = new ProcSampler();
  let db: Db | undefined;
  let cleaning: Promise<void> | undefined;
  const cleanup = () => (cleaning ??= (async () => {
    sampler.stop();
    await db?.$disconnect().catch(() => undefined);
    await stack.stop();
  })());
  let interrupted = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (interrupted) return;
      interrupted = true;
      log(`${signal}: stopping every process and dropping the database`);
      void cleanup().finally(() => process.exit(130));
    });
  }

  if (o.only) log(`only ${o.only}: ${o.alertCount} emails per mode, then ${o.alertRate} alerts/s for ${o.alertSeconds} s`);
  else log(`sizes ${o.sizes.join(', ')}; start ${o.startPerMode}/mode at concurrency ${o.concurrency}; fire rate ${o.fireRate}/s; actions: capacity at ${o.actionConcurrency.join(', ')} clients, then ${o.actionRates.join(', ')}/s for ${o.actionSeconds} s`);
  try {
    await stack.start();
    sampler.track('worker', () => stack.worker?.pid);
    sampler.track('api', () => stack.api?.pid);
    sampler.track('notifier', () => stack.notifier?.pid);
    sampler.track('temporal', () => stack.temporal?.pid);
    sampler.track('raw-worker', () => stack.rawWorker?.pid);
    sampler.track('bench', () => process.pid);
    sampler.start(1000);
    const mails = new MailCollector(stack.smtp!, stack.smsc);
    mails.start();
    const api = new Api(stack.apiUrl, stack.jwtSecret);
    db = createDb(stack.databaseUrl, { poolSize: 4 });
    log(`stack up in ${((Date.now() - runStarted) / 1000).toFixed(0)} s (API ${stack.apiUrl}, Temporal ${stack.temporalAddress})`);

    // 1. Start throughput; those pathways are then terminated so sizes count only the population.
    let start: StartResult | null = null;
    let startResources: WindowStats | null = null;
    if (!o.only) {
      await api.policy(ESCALATION_PROVINCE, 'ESCALATION_INTERVAL', 'PT1H');
      await api.policy(ESCALATION_PROVINCE, 'ACKNOWLEDGEMENT', QUIET_DEADLINE);
      await api.policy(POPULATION_PROVINCE, 'ESCALATION_INTERVAL', 'PT1H');
      await api.policy(POPULATION_PROVINCE, 'ACKNOWLEDGEMENT', QUIET_DEADLINE);
      log('— start throughput');
      const startT = Date.now();
      const measured = await measureStartThroughput({ stack, api, client: stack.client!, db }, { perMode: o.startPerMode, concurrency: o.concurrency, rounds: o.startRounds });
      startResources = sampler.window(startT);
      await mapLimit(measured.workflowIds, 32, (id) => stack.client!.workflow.getHandle(id).terminate('bench: start-throughput measure done').catch(() => undefined));
      const { workflowIds: _ids, ...rest } = measured;
      start = rest;
      log(`start throughput: API ${start.api.rate}/s, direct ${start.direct.rate}/s, ratio ${start.ratio}; server alone ${start.serverOnly.rate}/s`);
    }
    let reportCost: ReportCostResult | null = null;
    if (!o.only && o.reportCost > 0) {
      log(`— API CPU per report (${o.reportCost} reports)`);
      reportCost = await measureReportCost(api, sampler, `http://127.0.0.1:${stack.metricsPorts.api}/metrics`, { reports: o.reportCost, concurrency: 8, tag: `cost-${stack.id}` });
      log(`report cost: ${reportCost.apiCpuMsPerReport} ms of API CPU per report at ${reportCost.ratePerSecond}/s`);
    }

    // 2. The alert queue, while nothing else runs.
    let alertQueue: AlertQueueResult | null = null;
    if (o.alertQueue) {
      log('— alert queue');
      alertQueue = await measureAlertQueue(stack, mails, sampler, { count: o.alertCount, rounds: 2, rate: o.alertRate, seconds: o.alertSeconds });
      log(`alert queue: queue ${alertQueue.queue.rate}/s, direct ${alertQueue.direct.rate}/s, ratio ${alertQueue.ratio}; at ${o.alertRate}/s enqueue → accepted p99 ${alertQueue.latency.enqueueToAcceptMs.p99} ms`);
    }
    let catchUp: CatchUpResult | null = null;
    if (o.alertQueue && o.catchUp > 0) {
      log(`— catch-up after an SMTP outage (${o.catchUp} alerts)`);
      catchUp = await measureAlertCatchUp(stack, mails, sampler, { count: o.catchUp, timeoutMinutes: 30 });
    }
    let scaleOut: ScaleOutResult | null = null;
    if (!o.only && o.scaleOut > 0) {
      log('— scale-out: a second API, worker and notifier');
      scaleOut = await measureScaleOut(stack, { reports: o.scaleOut, alerts: o.scaleOut });
    }

    // 3. Populations of increasing size: escalation, actions, worker at rest.
    const sizes: SizeResult[] = [];
    const population: Pathway[] = [];
    const seq = { next: 0 };
    let expectedRate = start?.api.rate ?? 10;
    for (const size of o.sizes) {
      stack.check();
      const toBuild = size - population.length;
      const budget = o.maxBuildMinutes * 60;
      const quietCount = Math.max(0, toBuild - o.fireCount);
      const fireCount = toBuild - quietCount;
      log(`— size ${size}: building ${quietCount} pathways through the Temporal client (province ${POPULATION_PROVINCE}), then ${fireCount} through the API with deadlines over ${Math.round(fireCount / o.fireRate)} s`);
      const sizeStart = Date.now();
      const built = quietCount > 0 ? await buildPopulationDirect(stack, db, { count: quietCount, maxSeconds: budget, offset: 3_000_000 + population.length }) : null;
      const quiet = built ? { pathways: built.caseIds.map((caseId) => ({ caseId, reference: '' })), seconds: built.seconds, postedSeconds: built.seconds, postLatencyMs: null, errors: 0, capped: built.capped } : null;
      if (quiet) population.push(...quiet.pathways);
      const firing = await buildPopulation(stack, api, { count: fireCount, concurrency: o.concurrency, fireRate: o.fireRate, openRate: o.openRate, expectedRate, maxBuildSeconds: Math.max(60, budget - (quiet?.seconds ?? 0)), seq });
      const buildCpu = sampler.window(sizeStart, firing.buildEnd);
      population.push(...firing.pathways);
      const builtCount = firing.built + (quiet?.pathways.length ?? 0);
      const buildSeconds = (firing.buildEnd - sizeStart) / 1000;
      expectedRate = firing.built > 0 ? firing.built / Math.max(1, firing.postedSeconds) : expectedRate;
      const build = {
        ...firing,
        requested: toBuild,
        built: builtCount,
        quiet: quiet ? { count: quiet.pathways.length, seconds: round(quiet.seconds, 1), postedSeconds: round(quiet.postedSeconds, 1), postLatencyMs: quiet.postLatencyMs } : null,
        firing: { count: firing.built, seconds: firing.seconds, postedSeconds: firing.postedSeconds },
        errors: firing.errors + (quiet?.errors ?? 0),
        capped: firing.capped || (quiet?.capped ?? false),
        seconds: round(buildSeconds, 1),
        rate: round(builtCount / buildSeconds),
      };
      const open = (await runningPathways(stack)) ?? population.length;
      const rawTimers = firing.built > 0 && firing.firstDue > Date.now() + 5_000 ? await startRawTimers(stack, firing.firstDue, firing.lastDue, firing.built) : null;
      const escalation = await measureEscalation(stack, mails, sampler, firing, open);
      const rawTimerLag = rawTimers ? await rawTimers.collect() : null;

      let fresh = 0;
      const actions = quiet
        ? await measureActions(
            {
              stack,
              api,
              sampler,
              evicted: quiet.pathways.map((p) => p.caseId),
              freshMasar: async (n) => (await buildPopulationDirect(stack, db!, { count: n, maxSeconds: 600, offset: 9_000_000 + (fresh += n) })).caseIds,
              coordinator: POPULATION_COORDINATOR,
              openPathways: open,
            },
            { concurrencies: o.actionConcurrency, stepSeconds: o.actionStepSeconds, fixedRates: o.actionRates, fixedSeconds: o.actionSeconds, cachedRate: 10, cachedCount: o.cachedActions },
          )
        : null;

      log(`size ${size}: ${o.idleSeconds} s at rest`);
      const idleStart = Date.now();
      await sleep(o.idleSeconds * 1000);
      const idle = sampler.window(idleStart);
      const { pathways: _p, ...buildResult } = build;
      sizes.push({
        size,
        openPathways: open,
        build: buildResult,
        escalation,
        population: built ? (({ caseIds: _c, ...rest }) => rest)(built) : null,
        rawTimerLag,
        actions,
        idle,
        worker: {
          rssPeakMb: sampler.peakRssMb('worker', sizeStart),
          rssIdleMb: idle.procs.worker?.rssLastMb ?? NaN,
          cpuBuildPercent: buildCpu.procs.worker?.cpuPercent ?? NaN,
          cpuWindowPercent: escalation.resources.procs.worker?.cpuPercent ?? NaN,
          cpuIdlePercent: idle.procs.worker?.cpuPercent ?? NaN,
        },
      });
    }

    // 4. The history of a 5-year case.
    let longCase: LongCaseResult | null = null;
    let longCaseError: string | null = null;
    if (o.longCase) {
      log('— 5-year case');
      try {
        longCase = await measureLongCase(stack, api, { reviews: o.reviews, lateEvery: 6 });
      } catch (e) {
        log(`5-year case failed: ${(e as Error).message}`);
        longCaseError = (e as Error).message;
      }
    }
    let coldAction: ColdActionResult | null = null;
    let coldActionError: string | null = null;
    if (longCase && o.coldSamples > 0) {
      log('— cold action: the 5-year case against new cases');
      try {
        const cacheSize = Number(process.env.WORKER_MAX_CACHED_WORKFLOWS ?? 250);
        coldAction = await measureColdAction(stack, api, sampler, { matureCaseId: longCase.caseId, evictionPool: population.map((p) => p.caseId), cacheSize, samples: o.coldSamples });
      } catch (e) {
        log(`cold action failed: ${(e as Error).message}`);
        coldActionError = (e as Error).message;
      }
    }
    // 5. Identification of a known child (PostgreSQL only), on the same database.
    let identification: IdentificationResult | null = null;
    if (o.identification && !o.only) {
      log('— identification');
      identification = await measureIdentification(db, o.quick ? { ...IDENTIFICATION_DEFAULTS, children: 2000, positives: 350, negatives: 150 } : { ...IDENTIFICATION_DEFAULTS, children: o.identChildren }, log);
    }
    stack.check();
    mails.stop();

    // Results.
    const runSeconds = Math.round((Date.now() - runStarted) / 1000);
    const commit = git(['rev-parse', '--short', 'HEAD']);
    const date = new Date().toISOString().slice(0, 10);
    const machine = describeMachine({ startMs: speedAtStart, endMs: await hostSpeed() });
    const tuning = Object.fromEntries(TUNING_VARS.map((k) => [k, process.env[k] ?? 'default']));
    const settings = {
      temporalServer: `temporal ${stack.temporalArgs.filter((a) => !a.includes(stack.tmp) && !/^\d+$/.test(a)).join(' ')}`,
      sqlitePragmas: o.temporalDb === 'file' ? TEMPORAL_PRAGMAS : [],
      sqliteStore: o.temporalDb === 'file' ? 'a file in the temporary directory' : 'in memory',
      worker: { heapMb: o.workerHeapMb, ...tuning, note: 'apps run with node -r @swc-node/register, NODE_ENV=production, TZ=UTC' },
      notifier: { EMAIL_RATE_PER_SECOND: 1000, SMS_RATE_PER_SECOND: 1000, EMAIL_CONCURRENCY: stack.appEnv.EMAIL_CONCURRENCY, SMS_CONCURRENCY: stack.appEnv.SMS_CONCURRENCY },
      alerts: 'email (SMTP sink) and SMS (SMPP peer, receipts after 50 ms), both in the benchmark process',
      policy: `${ESCALATION_PROVINCE}: ACKNOWLEDGEMENT rewritten while building (deadlines spread over the window), ESCALATION_INTERVAL PT1H`,
    };
    const result: RunResult = { date: new Date().toISOString(), commit, argv: process.argv.slice(2), dirtyWorkingTree: git(['status', '--porcelain']).length > 0, runSeconds, machine, settings, options: { ...o, out: path.relative(ROOT, o.out) || '.' }, start, startResources, reportCost, alertQueue, catchUp, scaleOut, sizes, longCase, longCaseError, coldAction, coldActionError, identification };

    const md = summary(result);
    const partial = o.quick || o.only !== null;
    const base = `${date}-${commit}${o.only ? `-${o.only}` : ''}${o.quick ? '-quick' : ''}`;
    const written = writeResults(o.out, base, result, md, !partial);
    console.log(`\n${md}`);
    log(`results: ${path.relative(ROOT, written.json)}, ${path.relative(ROOT, written.md)}${partial ? '' : ', latest.md'}`);
  } finally {
    if (!interrupted) await cleanup();
  }
  log(`done in ${Math.round((Date.now() - runStarted) / 1000)} s`);
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(`[bench] failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    process.exit(1);
  },
);
