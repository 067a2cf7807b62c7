// Nothing lost, nothing sent twice: the reconciler re-enqueues what Redis lost
// and the rows guard against duplicates; SIGTERM lets in-flight sends finish.
import { EventEmitter } from 'node:events';
import { stopOnSignal } from '../../apps/notifier/src/main';
import { silentLog } from '../../apps/notifier/src/log';
import type { Channel } from '../../libs/notify/channels';
import { deliveryJobId } from '../../libs/notify/queues';
import { alertFor, createCase, drained, eventually, startHarness, type Harness } from './harness';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.stop());

const statuses = async (alertKey: string) =>
  (await h.db.delivery.findMany({ where: { key: { startsWith: `${alertKey}:` } }, orderBy: { channel: 'asc' } })).map((r) => r.status);

/** The mails and SMS of this alert only (its email rows' Message-IDs; its case reference in the text). */
async function received(alertKey: string, email: string, userId: string) {
  const ids = (await h.db.delivery.findMany({ where: { key: { startsWith: `${alertKey}:` }, channel: 'EMAIL' } })).map((r) => `<${r.id}.alert@masar.test>`);
  const reference = ((await h.db.delivery.findFirstOrThrow({ where: { key: { startsWith: `${alertKey}:` } } })).payload as { caseReference: string }).caseReference;
  const phone = (await h.db.user.findUniqueOrThrow({ where: { id: userId } })).phone as string;
  return {
    mails: h.smtp.to(email).filter((m) => ids.includes(m.mail.messageId ? `<${m.mail.messageId.replace(/^<|>$/g, '')}>` : '')),
    sms: h.smsc.messagesTo(phone).filter((t) => t.includes(reference)),
  };
}

test('Redis lost the jobs: the reconciler enqueues them again and each alert is delivered exactly once', async () => {
  const c = await createCase(h.db, 'TANGER_ASSILAH');
  const input = alertFor(c, { ladderRole: 'DELEGATE' });
  await h.activities.sendAlert(input);
  // What a Redis restart without persistence does to the queues.
  const keys = await h.redis.keys(`${h.prefix}:*`);
  expect(keys.length).toBeGreaterThan(0);
  await h.redis.del(...keys);

  const notifier = await h.startNotifier({ RECONCILE_INTERVAL_MS: '200', RECONCILE_AFTER_MS: '1' });
  await eventually(async () => (await statuses(input.key)).join() === 'SENT,DELIVERED');
  // More passes change nothing: the rows are no longer queued.
  for (let i = 0; i < 3; i++) expect(await notifier.reconcileOnce()).toEqual({ requeued: 0, settled: 0 });
  await drained(h);
  const got = await received(input.key, 'delegate.tanger@masar.example.ma', 'u-tanger-delegate');
  expect(got.mails).toHaveLength(1);
  expect(got.sms).toHaveLength(1);
});

test('reconciling while the first jobs still exist adds no second delivery', async () => {
  const c = await createCase(h.db, 'MEKNES');
  const notifier = await h.startNotifier();
  h.smtp.holdData(300);
  const input = alertFor(c, { ladderRole: 'COMMITTEE' });
  await h.activities.sendAlert(input);
  await Promise.all([notifier.reconcileOnce(), notifier.reconcileOnce(), h.activities.sendAlert(input)]);
  await eventually(async () => (await statuses(input.key)).join() === 'SENT,DELIVERED');
  await notifier.reconcileOnce();
  await drained(h);
  expect(await statuses(input.key)).toEqual(['SENT', 'DELIVERED']);
  const got = await received(input.key, 'committee.meknes@masar.example.ma', 'u-meknes-committee');
  expect(got.mails).toHaveLength(1);
  expect(got.sms).toHaveLength(1);
});

test('SIGTERM: the in-flight send finishes and is recorded, the workers close, nothing more is taken', async () => {
  const c = await createCase(h.db, 'TANGER_ASSILAH');
  const notifier = await h.startNotifier({ SMS_ENABLED: 'false' });
  h.smtp.holdData(1_000);
  const input = alertFor(c, { ladderRole: 'HEAD_OF_CENTRE' });
  await h.activities.sendAlert(input);
  const key = `${input.key}:u-tanger-head:EMAIL`;
  await eventually(async () => (await h.db.delivery.findUniqueOrThrow({ where: { key } })).attempts === 1);

  const signals = new EventEmitter();
  const exited = new Promise<number>((resolve) => stopOnSignal(notifier, { signals: signals as unknown as NodeJS.Process, exit: resolve, log: silentLog }));
  signals.emit('SIGTERM');
  expect(await exited).toBe(0);

  const row = await h.db.delivery.findUniqueOrThrow({ where: { key } });
  expect(row.status).toBe('SENT');
  expect(h.smtp.to('head.tanger@masar.example.ma')).toHaveLength(1);
  for (const w of notifier.workers) expect(w.isRunning()).toBe(false);

  // A job enqueued after the stop waits in Redis for the next notifier.
  const later = alertFor(c, { ladderRole: 'DELEGATE', level: 2 });
  await h.activities.sendAlert(later);
  const rows = await h.db.delivery.findMany({ where: { key: { startsWith: `${later.key}:` } }, orderBy: { channel: 'asc' } });
  expect(rows.map((r) => [r.channel, r.status])).toEqual([
    ['EMAIL', 'QUEUED'],
    ['SMS', 'QUEUED'],
  ]);
  for (const r of rows) expect(await (await h.outbox.queues[r.channel as Channel]!.getJob(deliveryJobId(r.key)))?.getState()).toBe('waiting');
  h.notifier = undefined;
});
