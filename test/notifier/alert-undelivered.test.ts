// An alert that reached nobody (email refused for good, SMS undeliverable) is
// a fact the pathway acts on: the notifier signals the workflow once, with
// the step and level; a workflow that no longer exists is not an error.
import { randomBytes } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { alertDeliveryFailedSignal } from '../../workflows/alert-signal';
import { AesGcmCodec, parseCodecKeys } from '../../libs/temporal/codec';
import { dataConverter } from '../../libs/temporal/connection';
import { alertFor, createCase, drained, eventually, startHarness, type Harness } from './harness';

let h: Harness;
let connection: Connection;
let client: Client;
beforeAll(async () => {
  h = await startHarness();
  h.smsc.receiptsSay('UNDELIV');
  await h.startNotifier();
  connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS as string });
  client = new Client({ connection, namespace: process.env.TEMPORAL_NAMESPACE, dataConverter: dataConverter(process.env.MASAR_CODEC_KEYS as string) });
});
afterAll(async () => {
  await connection?.close();
  await h.stop();
});

/** The alertDeliveryFailed signals in a workflow's history, decrypted. */
async function signalsOf(workflowId: string): Promise<unknown[]> {
  const codec = new AesGcmCodec(parseCodecKeys(process.env.MASAR_CODEC_KEYS as string));
  const out: unknown[] = [];
  for (const e of (await client.workflow.getHandle(workflowId).fetchHistory()).events ?? []) {
    const a = e.workflowExecutionSignaledEventAttributes;
    if (a?.signalName !== alertDeliveryFailedSignal.name) continue;
    const [p] = await codec.decode(a.input?.payloads ?? []);
    out.push(JSON.parse(Buffer.from(p.data as Uint8Array).toString('utf8')));
  }
  return out;
}

test('every channel of an alert failed for good: the workflow named in the delivery is signalled once with step and level', async () => {
  const c = await createCase(h.db, 'TANGER_ASSILAH');
  // A referral workflow that exists but has no worker: its history records the signal.
  const workflowId = `referral-${randomBytes(4).toString('hex')}`;
  await client.workflow.start('referralProbe', { workflowId, taskQueue: `nobody-${workflowId}`, args: [] });
  h.smtp.refuseRecipient('head.tanger@masar.example.ma', 550);
  const input = alertFor(c, { workflowId, step: 'REFERRAL_ACCEPTANCE', stepKey: 'REFERRAL_ACCEPTANCE:r1', level: 1, ladderRole: 'HEAD_OF_CENTRE' });
  await h.activities.sendAlert(input);

  await eventually(async () => (await signalsOf(workflowId)).length > 0);
  expect(await signalsOf(workflowId)).toEqual([{ stepKey: 'REFERRAL_ACCEPTANCE:r1', level: 1 }]);
  const rows = await h.db.delivery.findMany({ where: { key: { startsWith: `${input.key}:` } }, orderBy: { channel: 'asc' } });
  expect(rows.map((r) => [r.channel, r.status])).toEqual([
    ['EMAIL', 'FAILED'],
    ['SMS', 'UNDELIVERABLE'],
  ]);
  const kinds = (await h.db.operatorEvent.findMany({ where: { data: { path: ['alertKey'], equals: input.key } } })).map((e) => e.kind).sort();
  expect(kinds).toEqual(['ALERT_DELIVERY_FAILED', 'ALERT_DELIVERY_FAILED', 'ALERT_UNDELIVERED']);

  // A second run of the activity changes nothing and signals nothing more.
  await h.activities.sendAlert(input);
  await drained(h);
  expect(await signalsOf(workflowId)).toHaveLength(1);
  expect(await h.db.delivery.count({ where: { key: { startsWith: `${input.key}:` } } })).toBe(2);
});

test('a workflow that no longer exists is not an error', async () => {
  const c = await createCase(h.db, 'TANGER_ASSILAH');
  h.smtp.refuseRecipient('delegate.tanger@masar.example.ma', 554);
  const input = alertFor(c, { workflowId: `case-gone-${randomBytes(3).toString('hex')}`, ladderRole: 'DELEGATE', level: 2 });
  await h.activities.sendAlert(input);
  await eventually(async () => (await h.db.operatorEvent.count({ where: { kind: 'ALERT_UNDELIVERED', data: { path: ['alertKey'], equals: input.key } } })) === 1);
  await drained(h);
  expect(await h.db.operatorEvent.count({ where: { kind: 'ALERT_UNDELIVERED', data: { path: ['alertKey'], equals: input.key } } })).toBe(1);
  expect(await h.db.operatorEvent.count({ where: { kind: 'ALERT_SIGNAL_FAILED', data: { path: ['alertKey'], equals: input.key } } })).toBe(0);
});
