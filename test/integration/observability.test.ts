// What an operator watches: the API, the worker and the notifier run as real
// processes; after an urgent report each metrics endpoint answers with its
// named series, and the API's log line of the report carries the request id
// and the case reference and nothing of the child. Then, in this process with
// an in-memory span exporter, a trace goes from the HTTP request through the
// workflow start to the pathway's activities.
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { NativeConnection } from '@temporalio/worker';
import { workerConfigSchema } from '../../apps/worker/src/config';
import { createPathwayWorker } from '../../apps/worker/src/worker';
import { parseConfig } from '../../libs/config/load';
import { createDb } from '../../libs/db/prisma';
import { startTracing, type Tracing } from '../../libs/observability/tracing';
import { buildWorkflowBundle } from '../../libs/temporal/bundle';
import { startSmtpSink, type SmtpSink } from '../../libs/notify/testing';
import { AppProcess, freePort } from '../faults/fault-stack';
import { parkLeftoverDeliveries } from '../support/deliveries';
import { eventually } from '../support/eventually';
import { http } from '../support/http';
import { processEnv } from '../support/process-env';
import { startStack, type Stack } from '../support/stack';
import { signTestToken } from '../support/tokens';

const JWT_SECRET = 'observability-tests-secret-of-32-characters';
// A name and a text that must never reach a log line.
const CHILD = { firstName: 'Zoulikha', lastName: 'Tazarine', sex: 'F', estimatedAge: 9 };
const NARRATIVE = 'Enfant vue seule près du port de Tanger Med, observée par un gardien';

const urgentReport = () => ({ provinceCode: 'TANGER_ASSILAH', entryPoint: 'GREEN_LINE', category: 'NEGLECT', riskLevel: 'HIGH', narrative: NARRATIVE, child: CHILD, fileAsNew: true });

/** The value of a series line `name{labels} value` whose labels include all of `labels`, or undefined. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    if (Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`))) return Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return undefined;
}

const metricsOf = async (port: number) => (await fetch(`http://127.0.0.1:${port}/metrics`)).text();

describe('three processes', () => {
  let smtp: SmtpSink;
  let api: AppProcess;
  let worker: AppProcess;
  let notifier: AppProcess;
  const ports = { api: 0, apiMetrics: 0, workerMetrics: 0, notifierMetrics: 0 };

  beforeAll(async () => {
    smtp = await startSmtpSink();
    for (const k of Object.keys(ports) as (keyof typeof ports)[]) ports[k] = await freePort();
    const env = processEnv({ name: 'observability', jwtSecret: JWT_SECRET, smtpUrl: smtp.url }, { LOG_LEVEL: 'info' });
    const parker = createDb(env.DATABASE_URL!, { poolSize: 1 });
    await parkLeftoverDeliveries(parker);
    await parker.$disconnect();
    worker = new AppProcess('apps/worker/src/main.ts', { ...env, METRICS_PORT: String(ports.workerMetrics) }, /worker: polling/);
    notifier = new AppProcess('apps/notifier/src/main.ts', { ...env, METRICS_PORT: String(ports.notifierMetrics) }, /notifier: delivering/);
    api = new AppProcess('apps/api/src/main.ts', { ...env, PORT: String(ports.api), HOST: '127.0.0.1', METRICS_PORT: String(ports.apiMetrics) }, /api: listening/);
    await Promise.all([worker.start(120_000), notifier.start(120_000), api.start(120_000)]);
  }, 240_000);

  afterAll(async () => {
    await Promise.all([api?.kill('SIGTERM'), worker?.kill('SIGTERM'), notifier?.kill('SIGTERM')]);
    await smtp?.stop();
  });

  test('after an urgent report, each metrics endpoint has its series; the log line names the request and the case, never the child', async () => {
    const client = http(`http://127.0.0.1:${ports.api}`);
    const requestId = `obs-${Date.now()}`;
    const created = await client.post('/api/v1/reports', urgentReport(), await signTestToken(JWT_SECRET, 'u-tanger-intake'), { 'X-Request-Id': requestId });
    expect(created.status).toBe(201);
    const reference: string = created.body.reference;

    // The API: latency by route template and status.
    const apiText = await metricsOf(ports.apiMetrics);
    expect(sample(apiText, 'masar_http_request_duration_seconds_count', { method: 'POST', route: '/api/v1/reports', status: '201' })).toBeGreaterThanOrEqual(1);
    expect(apiText).not.toContain(created.body.caseId);
    // Not on the API's own origin (there, /metrics is a console page or a 404).
    expect(await (await fetch(`http://127.0.0.1:${ports.api}/metrics`)).text()).not.toContain('masar_http_request_duration_seconds');

    // The notifier: the urgent alert's email sent, its latency, the queue's depth.
    const notifierText = await eventually(async () => {
      const text = await metricsOf(ports.notifierMetrics);
      return (sample(text, 'masar_alert_deliveries_total', { channel: 'EMAIL', outcome: 'sent' }) ?? 0) >= 1 ? text : null;
    }, { timeoutMs: 60_000 });
    expect(sample(notifierText, 'masar_alert_delivery_seconds_count', { channel: 'EMAIL' })).toBeGreaterThanOrEqual(1);
    expect(sample(notifierText, 'masar_alert_queue_jobs', { channel: 'EMAIL', state: 'waiting' })).toBeGreaterThanOrEqual(0);
    expect(smtp.messages.some((m) => m.mail.subject?.includes(reference))).toBe(true);

    // The worker: the SDK's runtime telemetry (schedule-to-start, the workflow cache, sticky hits).
    const workerText = await metricsOf(ports.workerMetrics);
    expect(workerText).toMatch(/^temporal_workflow_task_schedule_to_start_latency\w*_count\{/m);
    expect(workerText).toMatch(/^temporal_sticky_cache_\w+/m);
    expect(workerText).toMatch(/^temporal_activity_execution_latency\w*_count\{/m);

    // The API's log: one JSON line for the report, with its request id, case reference and workflow id.
    const lines = await eventually(async () => {
      const found = api.output.split('\n').filter((l) => l.includes(requestId));
      return found.length ? found : null;
    });
    const entry = lines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.route === '/api/v1/reports');
    expect(entry).toMatchObject({ service: 'api', level: 'info', requestId, caseReference: reference, workflowId: created.body.workflowId, status: 201, method: 'POST' });
    for (const out of [api.output, worker.output, notifier.output]) {
      expect(out).not.toContain(CHILD.firstName);
      expect(out).not.toContain(CHILD.lastName);
      expect(out).not.toContain('Tanger Med');
    }
  }, 120_000);
});

describe('a trace', () => {
  let stack: Stack;
  let tracing: Tracing;
  const exporter = new InMemorySpanExporter();
  let stopWorker = async () => undefined as void;

  beforeAll(async () => {
    // Before the API's Temporal client and the worker exist: they read whether tracing is on.
    tracing = startTracing('test', {}, exporter)!;
    stack = await startStack({ worker: false });
    const config = parseConfig(workerConfigSchema, { ...process.env, TEMPORAL_TASK_QUEUE: stack.taskQueue, EMAIL_ENABLED: 'false', SMS_ENABLED: 'false' });
    const connection = await NativeConnection.connect({ address: config.TEMPORAL_ADDRESS });
    const db = createDb(config.DATABASE_URL, { poolSize: 3 });
    const { worker, close } = await createPathwayWorker({ config, db, connection, bundleCode: await buildWorkflowBundle({ tracing: true }) });
    const running = worker.run();
    stopWorker = async () => {
      worker.shutdown();
      await running;
      await close();
      await connection.close();
      await db.$disconnect();
    };
  }, 180_000);

  afterAll(async () => {
    await stopWorker();
    await stack?.stop();
    await tracing?.shutdown();
  });

  test('the request\'s trace id reaches the workflow start and the pathway\'s activities', async () => {
    const created = await http(stack.baseUrl).post('/api/v1/reports', urgentReport(), await stack.token('u-tanger-intake'));
    expect(created.status).toBe(201);
    const server = await eventually(async () => exporter.getFinishedSpans().find((s) => s.name === 'POST /api/v1/reports' && s.attributes['http.response.status_code'] === 201) ?? null);
    const traceId = server.spanContext().traceId;
    const start = exporter.getFinishedSpans().find((s) => s.name === 'StartWorkflow:caseWorkflow' && s.spanContext().traceId === traceId);
    expect(start?.parentSpanId).toBe(server.spanContext().spanId);
    const activities = await eventually(async () => {
      const found = exporter.getFinishedSpans().filter((s) => s.name.startsWith('RunActivity:') && s.spanContext().traceId === traceId);
      return found.length ? found : null;
    }, { timeoutMs: 60_000 });
    expect(activities.length).toBeGreaterThanOrEqual(1);
    // Another request is another trace.
    expect(exporter.getFinishedSpans().filter((s) => s.name === 'POST /api/v1/reports').every((s) => s === server || s.spanContext().traceId !== traceId)).toBe(true);
  }, 120_000);
});
