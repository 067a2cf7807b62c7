// Scale-out on one machine: a second API, worker and notifier join the stack
// (same Temporal, PostgreSQL and Redis), and a workload goes through both
// APIs — reports about new children, then their acknowledgements — while
// alerts are recorded and queued for both notifiers. What each process did is
// read from its own Prometheus endpoint (what an operator watches): requests
// answered per API, workflow tasks and activities per worker, alerts sent per
// notifier. The second set stops afterwards; the later phases run on one.
import { randomUUID } from 'node:crypto';
import { createAlertActivities } from '../../activities/alerts';
import type { AlertInput } from '../../activities/alert-contract';
import { createAlertPorts } from '../../apps/worker/src/ports/alert-ports';
import { createDb } from '../../libs/db/prisma';
import { openAlertOutbox } from '../../libs/notify/queues';
import { Api, reportBody } from '../lib/api';
import type { AppProcess } from '../lib/app-process';
import { metricSum, scrape } from '../lib/metrics';
import type { Stack } from '../lib/stack';
import { freePort, log, mapLimit, round, sleep, until } from '../lib/util';

const PROVINCE = 'MEKNES';
const INTAKE = 'u-meknes-intake';
const COORDINATOR = 'u-meknes-coordinator';

export interface ScaleOutResult {
  reports: number;
  alerts: number;
  /** per process: what its metrics counted during the workload */
  apis: { name: string; requests: number }[];
  workers: { name: string; tasks: number }[];
  notifiers: { name: string; sent: number }[];
  /** the smaller member's share of each pair (0.5 is an even split) */
  minShare: { api: number; worker: number; notifier: number };
  seconds: number;
  note: string;
}

const COUNTERS = {
  api: (t: string) => metricSum(t, 'masar_http_request_duration_seconds_count') ?? 0,
  worker: (t: string) => metricSum(t, 'temporal_(activity|workflow_task)_execution_latency(_seconds)?_count') ?? 0,
  notifier: (t: string) => metricSum(t, 'masar_alert_deliveries_total', ['outcome="sent"']) ?? 0,
};

async function read(kind: keyof typeof COUNTERS, port: number): Promise<number> {
  return COUNTERS[kind](await scrape(port));
}

let seq = 0;
function alertInput(): AlertInput {
  const caseId = randomUUID();
  const now = new Date().toISOString();
  return {
    key: `case-${caseId}:ACKNOWLEDGEMENT:0`,
    workflowId: `case-${caseId}`,
    caseWorkflowId: `case-${caseId}`,
    caseId,
    caseReference: `MSR-${new Date().getUTCFullYear()}-${(0xd0000000 + seq++).toString(16).toUpperCase()}`,
    provinceCode: PROVINCE,
    category: 'NEGLECT',
    step: 'ACKNOWLEDGEMENT',
    stepKey: 'ACKNOWLEDGEMENT',
    level: 0,
    ladderRole: 'ASSIGNEE',
    assigneeUserId: COORDINATOR,
    organisationId: null,
    dueAt: now,
    alertedAt: now,
  };
}

export async function measureScaleOut(stack: Stack, o: { reports: number; alerts: number }): Promise<ScaleOutResult> {
  const ports = { api: await freePort(), apiMetrics: await freePort(), workerMetrics: await freePort(), notifierMetrics: await freePort() };
  const extra: AppProcess[] = [
    stack.app('api', 'api-b', { PORT: String(ports.api), METRICS_PORT: String(ports.apiMetrics) }),
    stack.app('worker', 'worker-b', { METRICS_PORT: String(ports.workerMetrics) }),
    stack.app('notifier', 'notifier-b', { METRICS_PORT: String(ports.notifierMetrics) }),
  ];
  const members = {
    api: [
      { name: 'api-a', port: stack.metricsPorts.api },
      { name: 'api-b', port: ports.apiMetrics },
    ],
    worker: [
      { name: 'worker-a', port: stack.metricsPorts.worker },
      { name: 'worker-b', port: ports.workerMetrics },
    ],
    notifier: [
      { name: 'notifier-a', port: stack.metricsPorts.notifier },
      { name: 'notifier-b', port: ports.notifierMetrics },
    ],
  };
  const db = createDb(stack.databaseUrl, { poolSize: 10 });
  const outbox = openAlertOutbox({ redisUrl: stack.appEnv.REDIS_URL!, prefix: stack.redisPrefix, channels: ['EMAIL'] });
  try {
    await Promise.all([extra[0].start(/api: listening/, 120_000), extra[1].start(/worker: polling/, 120_000), extra[2].start(/notifier: delivering/, 120_000)]);
    const apis = [new Api(stack.apiUrl, stack.jwtSecret), new Api(`http://127.0.0.1:${ports.api}`, stack.jwtSecret)];
    const snapshot = async () =>
      Object.fromEntries(await Promise.all(Object.entries(members).flatMap(([kind, ms]) => ms.map(async (m) => [m.name, await read(kind as keyof typeof COUNTERS, m.port)] as const))));
    const before = await snapshot();
    const t0 = Date.now();
    log(`scale-out: ${o.reports} reports and their acknowledgements through two APIs, ${o.alerts} alerts for two notifiers`);
    const activities = createAlertActivities(createAlertPorts(db, outbox));
    const alerts = mapLimit(Array.from({ length: o.alerts }, alertInput), 10, (a) => activities.sendAlert(a));
    const cases = await mapLimit(Array.from({ length: o.reports }), 16, async (_, i) => {
      const r = await apis[i % 2].post('/api/v1/reports', { ...reportBody(PROVINCE, 40_000 + i), fileAsNew: true }, INTAKE, { 'Idempotency-Key': `scale-out-${stack.id}-${i}` });
      if (r.status !== 201) throw new Error(`scale-out: report ${i}: ${r.status} ${JSON.stringify(r.body).slice(0, 200)}`);
      return r.body.caseId as string;
    });
    await mapLimit(cases, 16, async (caseId, i) => {
      // The acknowledgement step exists once the pathway's first task has run.
      await until('the acknowledgement step', async () => (await apis[i % 2].post(`/api/v1/cases/${caseId}/acknowledge`, {}, COORDINATOR)).status === 200, 60_000, 250);
    });
    await alerts;
    await until('every alert sent', async () => Number((await stack.pg!.query(`SELECT count(*) AS n FROM "Delivery" WHERE "recipientId" = $1 AND "sentAt" IS NOT NULL`, [COORDINATOR])).rows[0].n) >= o.alerts, 300_000, 500);
    await sleep(1500); // the last counters reach the endpoints
    const after = await snapshot();
    const seconds = (Date.now() - t0) / 1000;
    const delta = (name: string) => round(after[name] - before[name], 0);
    const share = (a: number, b: number) => round(Math.min(a, b) / Math.max(1, a + b), 2);
    const result: ScaleOutResult = {
      reports: o.reports,
      alerts: o.alerts,
      apis: members.api.map((m) => ({ name: m.name, requests: delta(m.name) })),
      workers: members.worker.map((m) => ({ name: m.name, tasks: delta(m.name) })),
      notifiers: members.notifier.map((m) => ({ name: m.name, sent: delta(m.name) })),
      minShare: {
        api: share(delta('api-a'), delta('api-b')),
        worker: share(delta('worker-a'), delta('worker-b')),
        notifier: share(delta('notifier-a'), delta('notifier-b')),
      },
      seconds: round(seconds),
      note:
        `Two APIs, two workers and two notifiers on the same Temporal, PostgreSQL and Redis; ${o.reports} reports about new children and their acknowledgements, alternately through each API, ` +
        `and ${o.alerts} alerts recorded and queued for the notifiers. Counted from each process's own metrics: HTTP requests answered (acknowledgements retried until the first step is open count each try), ` +
        'workflow tasks and activities run, alerts sent. Temporal hands a new pathway’s first task to whichever worker polls, and its later tasks to the worker that holds it in cache (sticky queues).',
    };
    log(`scale-out: APIs ${result.apis.map((a) => a.requests).join('/')}, workers ${result.workers.map((w) => w.tasks).join('/')}, notifiers ${result.notifiers.map((n) => n.sent).join('/')}`);
    return result;
  } finally {
    await Promise.all(extra.map((p) => p.stop(15_000)));
    await outbox.close();
    await db.$disconnect();
  }
}
