// Scale-out on one Temporal, PostgreSQL and Redis: two API processes, two
// workers and two notifiers share the work (each one's own metrics say how
// much it did), then one of each is SIGKILLed while ladders climb and alerts
// are in flight. Every due alert is delivered (counted in the SMTP sink by
// Message-ID), once, but for a send the killed notifier had handed to the
// server and not yet recorded (sent again, same Message-ID); every row ends SENT.
import { startSmtpSink, type SmtpSink } from '../../libs/notify/testing';
import { createDb, type Db } from '../../libs/db/prisma';
import { eventually } from '../support/eventually';
import { http } from '../support/http';
import { processEnv, QUICK_RECOVERY } from '../support/process-env';
import { signTestToken } from '../support/tokens';
import { parkLeftoverDeliveries } from '../support/deliveries';
import { AppProcess, freePort, sleep } from './fault-stack';

const JWT_SECRET = 'scale-out-fault-tests-secret-of-32-chars';
/** Meknès has one user with an email per ladder role: one delivery per level. */
const LEVELS = 4;
/** An imminent report alerts the coordinators and the head of centre at once. */
const URGENT_ROLES = 2;

interface Member {
  name: string;
  proc: AppProcess;
  metricsPort: number;
  port?: number;
}

let smtp: SmtpSink;
let db: Db;
const members: Member[] = [];

/** The sum of a series' samples (`name` a pattern: the SDK may add a unit to its names), among those with all `labels`. */
const metricValue = (text: string, name: string, labels: string[] = []): number =>
  text
    .split('\n')
    .filter((l) => new RegExp(`^${name}\\{`).test(l) && labels.every((x) => l.includes(x)))
    .reduce((sum, l) => sum + Number(l.slice(l.lastIndexOf(' ') + 1)), 0);

/** What each process did, from its own metrics endpoint. */
async function workDone(m: Member): Promise<number> {
  const text = await fetch(`http://127.0.0.1:${m.metricsPort}/metrics`).then((r) => r.text());
  if (m.name.startsWith('api')) return metricValue(text, 'masar_http_request_duration_seconds_count', ['route="/api/v1/reports"', 'status="201"']);
  if (m.name.startsWith('worker')) return metricValue(text, 'temporal_(activity|workflow_task)_execution_latency(_seconds)?_count');
  return metricValue(text, 'masar_alert_deliveries_total', ['outcome="sent"']);
}

beforeAll(async () => {
  const smtpPort = await freePort();
  smtp = await startSmtpSink({ port: smtpPort });
  const env = processEnv({ name: 'scale', jwtSecret: JWT_SECRET, smtpUrl: `smtp://127.0.0.1:${smtpPort}` }, QUICK_RECOVERY);
  db = createDb(process.env.MIGRATION_DATABASE_URL ?? env.DATABASE_URL!, { poolSize: 2 });
  await parkLeftoverDeliveries(db);
  for (const name of ['worker-a', 'worker-b', 'notifier-a', 'notifier-b', 'api-a', 'api-b']) {
    const app = name.split('-')[0];
    const metricsPort = await freePort();
    const port = app === 'api' ? await freePort() : undefined;
    const ready = { api: /api: listening/, worker: /worker: polling/, notifier: /notifier: delivering/ }[app]!;
    const proc = new AppProcess(`apps/${app}/src/main.ts`, { ...env, METRICS_PORT: String(metricsPort), ...(port ? { PORT: String(port) } : {}) }, ready);
    members.push({ name, proc, metricsPort, port });
  }
  // Workers and notifiers first (the API's first reports need a worker).
  await Promise.all(members.filter((m) => !m.port).map((m) => m.proc.start(120_000)));
  await Promise.all(members.filter((m) => m.port).map((m) => m.proc.start(120_000)));
}, 300_000);

afterAll(async () => {
  await Promise.all(members.map((m) => m.proc.kill('SIGTERM')));
  await smtp?.stop();
  await db?.$disconnect();
});

const member = (name: string) => members.find((m) => m.name === name)!;

test('two of each share the work; one of each killed, every alert is delivered once', async () => {
  const apiA = http(`http://127.0.0.1:${member('api-a').port}`);
  const apiB = http(`http://127.0.0.1:${member('api-b').port}`);
  const admin = await signTestToken(JWT_SECRET, 'u-national-admin');
  for (const [step, secs] of [['ACKNOWLEDGEMENT', 3], ['ESCALATION_INTERVAL', 2]] as const) {
    const r = await apiA.put('/api/v1/policies', { provinceCode: 'MEKNES', step, riskLevel: 'IMMINENT', duration: `PT${secs}S` }, admin);
    expect(r.status).toBe(200);
  }
  const intake = await signTestToken(JWT_SECRET, 'u-meknes-intake');
  const file = async (api: ReturnType<typeof http>, i: number) => {
    const r = await api.post('/api/v1/reports', { provinceCode: 'MEKNES', entryPoint: 'GREEN_LINE', category: 'NEGLECT', riskLevel: 'IMMINENT', narrative: `scale-out ${i}`, child: { estimatedAge: 10 } }, intake);
    expect(r.status).toBe(201);
    return { caseId: r.body.caseId as string, reference: r.body.reference as string };
  };
  const cases = [];
  for (let i = 0; i < 6; i++) cases.push(await file(i % 2 ? apiB : apiA, i));

  // Ladders climbing, urgent alerts on their way: what each process has done so far.
  await sleep(4_000);
  const before = Object.fromEntries(await Promise.all(members.map(async (m) => [m.name, await workDone(m)] as const)));
  const killedAt = Date.now();
  await Promise.all(['api-a', 'worker-a', 'notifier-a'].map((n) => member(n).proc.kill('SIGKILL')));
  for (let i = 6; i < 9; i++) cases.push(await file(apiB, i));

  const ids = cases.map((c) => c.caseId);
  const due = cases.length * (LEVELS + URGENT_ROLES);
  // A send the killed notifier had claimed waits for its lease (2 minutes), then the reconciler re-enqueues it.
  await eventually(async () => (await db.delivery.count({ where: { caseId: { in: ids }, status: 'SENT' } })) === due, { timeoutMs: 240_000, intervalMs: 1_000 });
  const rows = await db.delivery.findMany({ where: { caseId: { in: ids } }, select: { id: true, caseId: true, level: true, recipientId: true } });
  expect(rows).toHaveLength(due);
  expect(new Set(rows.map((r) => `${r.caseId}:${r.level}:${r.recipientId}`)).size).toBe(due);
  // Once in the sink by Message-ID: one mail per delivery row, no other. The one
  // window left: the killed notifier's send the server accepted before the kill
  // and the notifier never recorded; its lease ends and it is sent again, with
  // the same Message-ID (a receiving server or client can drop the repeat).
  const arrivals = new Map<string, Date[]>();
  for (const m of smtp.messages) {
    if (!cases.some((c) => m.mail.subject?.includes(c.reference))) continue;
    const id = m.mail.messageId ?? '(none)';
    arrivals.set(id, [...(arrivals.get(id) ?? []), m.at]);
  }
  const repeated = [...arrivals.entries()].filter(([, at]) => at.length > 1);
  for (const [id, at] of repeated) expect([id, at.length, at[0].getTime() < killedAt]).toEqual([id, 2, true]);
  expect(new Set(arrivals.keys())).toEqual(new Set(rows.map((r) => `<${r.id}.alert@masar.localhost>`)));

  // The work was spread: each API took its reports, each notifier sent before the kill.
  expect(before['api-a']).toBe(3);
  expect(before['api-b']).toBe(3);
  for (const n of ['notifier-a', 'notifier-b']) expect([n, before[n] > 0]).toEqual([n, true]);
  // Workers: Temporal hands a task to whichever polls first; the two together ran the pathways.
  expect(before['worker-a'] + before['worker-b']).toBeGreaterThan(0);
  // The survivors finished the rest.
  expect(await workDone(member('notifier-b'))).toBeGreaterThan(before['notifier-b']);
  expect(await workDone(member('api-b'))).toBe(6);
}, 420_000);
