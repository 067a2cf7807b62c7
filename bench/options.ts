// The benchmark's command line: its options, their defaults and --help.
import path from 'node:path';
import { ROOT } from './lib/app-process';
import { TUNING_VARS } from './lib/stack';
import { IDENTIFICATION_DEFAULTS } from './phases/identification';

/** Phases `--only` can run alone. */
const PHASES = ['alert-queue', 'identification'] as const;
type Phase = (typeof PHASES)[number];

export interface Options {
  sizes: number[];
  quick: boolean;
  out: string;
  concurrency: number;
  startPerMode: number;
  startRounds: number;
  fireRate: number;
  fireCount: number;
  openRate: number;
  actionConcurrency: number[];
  actionStepSeconds: number;
  actionRates: number[];
  actionSeconds: number;
  cachedActions: number;
  idleSeconds: number;
  reviews: number;
  maxBuildMinutes: number;
  workerHeapMb: number;
  temporalDb: 'file' | 'memory';
  longCase: boolean;
  alertQueue: boolean;
  alertCount: number;
  alertRate: number;
  alertSeconds: number;
  only: Phase | null;
  identification: boolean;
  identChildren: number;
  catchUp: number;
  reportCost: number;
  coldSamples: number;
  scaleOut: number;
}

const HELP = `npm run bench -- [options]
  --size 1000,10000      open pathways at which escalation, actions and the worker are measured
  --quick                smoke run: --size 200, fewer starts, alerts, actions and reviews
  --out bench/results    where the JSON and Markdown results go
  --concurrency 16       requests in flight while starting pathways
  --start-count 500      starts per mode (API, direct client) for the start-throughput measure
  --fire-rate 10         deadlines per second in the escalation window
  --fire-count 2000      at most this many of a size's new pathways get deadlines in the window; the
                         others (built first) hold acknowledgement timers hours away
  --open-rate 15         reports per second that open the window's pathways (0: as fast as the stack
                         takes them; a saturated opening starts each deadline's timer late)
  --size 100000          open pathways (the population, built through the Temporal client, plus the
                         --fire-count pathways of the escalation window, through the API)
  --action-concurrency 1,2,4,8,16,32  closed-loop clients per capacity step (Masar and the raw baseline)
  --action-step-seconds 10            length of each capacity step
  --action-rates 15,30   fixed rates (open loop) after the capacity steps, on evicted pathways
  --action-seconds 20    length of each fixed-rate run
  --cached-actions 200   actions on pathways in the worker's cache (at 10/s)
  --idle-seconds 20      idle time measured at each size (worker CPU and RSS at rest)
  --reviews 60           monthly reviews of the 5-year case
  --max-build-minutes 15 largest build of a population; a size that cannot build in time is reduced
  --worker-heap 1024     --max-old-space-size of the worker (as npm start and compose run it)
  --temporal-db file     the dev server's SQLite store: file (as npm start runs it) or memory
  --no-long-case         skip the 5-year case
  --alert-count 1000     alert emails per mode (queue, direct nodemailer) for the alert-queue throughput
  --alert-rate 50        alerts per second (open loop) for the alert-queue latency
  --alert-seconds 20     how long the alert-queue latency runs
  --no-alert-queue       skip the alert queue
  --only alert-queue     run that phase alone (a few minutes; results named <date>-<commit>-alert-queue)
  --only identification  the child matcher alone, on a database of its own (10,000 children; about 2 minutes;
                         results named <date>-<commit>-identification)
  --no-identification    skip the identification phase of a full run
  --ident-children 10000 children generated for the identification phase
  --catch-up 10000       alerts queued during an SMTP outage, then drained (with the alert queue); --no-catch-up skips it
  --report-cost 600      reports for the API's CPU per report (after the start throughput); --no-report-cost skips it
  --cold-samples 5       cold actions on the 5-year case and on new cases (after the 5-year case)
  --scale-out 400        reports (and as many alerts) through a second API, worker and notifier beside the first;
                         --no-scale-out skips it
Tuning variables passed to the apps when set: ${TUNING_VARS.join(', ')}.`;

export function parseArgs(argv: string[]): Options {
  const o: Options = {
    sizes: [100_000],
    quick: false,
    out: path.join(ROOT, 'bench', 'results'),
    concurrency: 16,
    startPerMode: 500,
    startRounds: 2,
    fireRate: 10,
    fireCount: 2000,
    openRate: 15,
    actionConcurrency: [1, 2, 4, 8, 16, 32],
    actionStepSeconds: 10,
    actionRates: [15, 30],
    actionSeconds: 20,
    cachedActions: 200,
    idleSeconds: 20,
    reviews: 60,
    maxBuildMinutes: 15,
    workerHeapMb: 1024,
    temporalDb: 'file',
    longCase: true,
    alertQueue: true,
    alertCount: 1000,
    alertRate: 50,
    alertSeconds: 20,
    only: null,
    identification: true,
    identChildren: IDENTIFICATION_DEFAULTS.children,
    catchUp: 10_000,
    reportCost: 600,
    coldSamples: 5,
    scaleOut: 400,
  };
  let sizesGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    const num = () => {
      const n = Number(value());
      if (!Number.isFinite(n) || n <= 0) throw new Error(`${flag} needs a positive number`);
      return n;
    };
    switch (flag) {
      case '--size':
      case '--sizes':
        o.sizes = value().split(',').map((s) => Number(s.trim().replace(/_/g, '')));
        if (o.sizes.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error('--size takes positive integers, e.g. 1000,10000');
        sizesGiven = true;
        break;
      case '--quick':
        o.quick = true;
        break;
      case '--out':
        o.out = path.resolve(value());
        break;
      case '--concurrency':
        o.concurrency = num();
        break;
      case '--start-count':
        o.startPerMode = num();
        break;
      case '--fire-rate':
        o.fireRate = num();
        break;
      case '--fire-count':
        o.fireCount = num();
        break;
      case '--open-rate':
        o.openRate = num();
        break;
      case '--action-concurrency':
        o.actionConcurrency = value().split(',').map(Number);
        break;
      case '--action-step-seconds':
        o.actionStepSeconds = num();
        break;
      case '--action-rates':
        o.actionRates = value().split(',').map(Number);
        break;
      case '--cached-actions':
        o.cachedActions = num();
        break;
      case '--action-seconds':
        o.actionSeconds = num();
        break;
      case '--idle-seconds':
        o.idleSeconds = num();
        break;
      case '--reviews':
        o.reviews = num();
        break;
      case '--max-build-minutes':
        o.maxBuildMinutes = num();
        break;
      case '--worker-heap':
        o.workerHeapMb = num();
        break;
      case '--temporal-db': {
        const v = value();
        if (v !== 'file' && v !== 'memory') throw new Error('--temporal-db is file or memory');
        o.temporalDb = v;
        break;
      }
      case '--no-long-case':
        o.longCase = false;
        break;
      case '--alert-count':
        o.alertCount = num();
        break;
      case '--alert-rate':
        o.alertRate = num();
        break;
      case '--alert-seconds':
        o.alertSeconds = num();
        break;
      case '--no-alert-queue':
        o.alertQueue = false;
        break;
      case '--no-identification':
        o.identification = false;
        break;
      case '--ident-children':
        o.identChildren = num();
        break;
      case '--catch-up':
        o.catchUp = num();
        break;
      case '--no-catch-up':
        o.catchUp = 0;
        break;
      case '--report-cost':
        o.reportCost = num();
        break;
      case '--no-report-cost':
        o.reportCost = 0;
        break;
      case '--cold-samples':
        o.coldSamples = num();
        break;
      case '--scale-out':
        o.scaleOut = num();
        break;
      case '--no-scale-out':
        o.scaleOut = 0;
        break;
      case '--only': {
        const v = value();
        if (!PHASES.includes(v as Phase)) throw new Error(`--only takes one of: ${PHASES.join(', ')}`);
        o.only = v as Phase;
        break;
      }
      case '--help':
      case '-h':
        console.log(HELP);
        process.exit(0);
        break;
      default:
        throw new Error(`unknown option ${a}\n${HELP}`);
    }
  }
  if (o.quick) {
    if (!sizesGiven) o.sizes = [1500];
    o.fireCount = Math.min(o.fireCount, 200);
    o.startPerMode = Math.min(o.startPerMode, 100);
    o.actionSeconds = Math.min(o.actionSeconds, 5);
    o.actionConcurrency = [2, 8, 32];
    o.actionStepSeconds = Math.min(o.actionStepSeconds, 4);
    o.actionRates = [15];
    o.cachedActions = Math.min(o.cachedActions, 50);
    o.idleSeconds = Math.min(o.idleSeconds, 5);
    o.reviews = Math.min(o.reviews, 12);
    o.alertCount = Math.min(o.alertCount, 200);
    o.alertSeconds = Math.min(o.alertSeconds, 5);
    o.catchUp = Math.min(o.catchUp, 500);
    o.reportCost = Math.min(o.reportCost, 100);
    o.coldSamples = Math.min(o.coldSamples, 2);
    o.scaleOut = Math.min(o.scaleOut, 100);
  }
  if (o.only === 'alert-queue') {
    o.sizes = [];
    o.longCase = false;
    o.alertQueue = true;
  }
  o.sizes = [...new Set(o.sizes)].sort((a, b) => a - b);
  return o;
}
