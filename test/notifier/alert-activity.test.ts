// The alert activity records one delivery per recipient and channel and one
// job per delivery, however often Temporal runs it.
import { ALERT_QUEUES } from '../../libs/notify/queues';
import { alertFor, createCase, startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.stop());

const jobCount = async () => {
  let n = 0;
  for (const q of Object.values(h.outbox.queues)) {
    const c = await q!.getJobCounts('waiting', 'delayed', 'active', 'completed', 'failed', 'prioritized');
    n += Object.values(c).reduce((a, b) => a + b, 0);
  }
  return n;
};

test('one delivery per recipient and channel, even when the activity runs twice (and concurrently)', async () => {
  const c = await createCase(h.db, 'TANGER_ASSILAH');
  const input = alertFor(c, { ladderRole: 'HEAD_OF_CENTRE' });
  const first = await h.activities.sendAlert(input);
  const again = await h.activities.sendAlert(input);
  const racing = await Promise.all([h.activities.sendAlert(input), h.activities.sendAlert(input)]);
  expect(first).toEqual({ recipients: 1, deliveries: 2 });
  for (const o of [again, ...racing]) expect(o).toEqual(first);

  const rows = await h.db.delivery.findMany({ where: { caseId: c.caseId }, orderBy: { channel: 'asc' } });
  expect(rows.map((r) => [r.recipientId, r.channel, r.address, r.language, r.status])).toEqual([
    ['u-tanger-head', 'EMAIL', 'head.tanger@masar.example.ma', 'fr', 'QUEUED'],
    ['u-tanger-head', 'SMS', expect.stringMatching(/^\+2126\d{8}$/), 'fr', 'QUEUED'],
  ]);
  expect(rows[0].key).toBe(`${input.key}:u-tanger-head:EMAIL`);
  expect(await jobCount()).toBe(2);
  const job = await h.outbox.queues.EMAIL!.getJob(rows[0].key.replace(/:/g, '%3A'));
  expect(job?.data).toEqual({ deliveryKey: rows[0].key });
  expect(h.outbox.queues.EMAIL!.name).toBe(ALERT_QUEUES.EMAIL);
});

test('the ladder role names the recipients in the case province', async () => {
  const c = await createCase(h.db, 'MEKNES');
  const who = async (o: Parameters<typeof alertFor>[1]) => {
    const input = alertFor(c, { ...o, stepKey: `S-${Math.random()}` });
    const outcome = await h.activities.sendAlert(input);
    const rows = await h.db.delivery.findMany({ where: { key: { startsWith: `${input.key}:` } }, select: { recipientId: true } });
    return { outcome, ids: [...new Set(rows.map((r) => r.recipientId))].sort() };
  };
  expect((await who({ ladderRole: 'DELEGATE' })).ids).toEqual(['u-meknes-delegate']);
  expect((await who({ ladderRole: 'COMMITTEE' })).ids).toEqual(['u-meknes-committee']);
  expect((await who({ ladderRole: 'JUDICIAL_LIAISON' })).ids).toEqual(['u-meknes-liaison']);
  expect((await who({ ladderRole: 'ASSIGNEE', level: 0 })).ids).toEqual(['u-meknes-coordinator']);
  expect((await who({ ladderRole: 'ASSIGNEE', level: 0, assigneeUserId: 'u-meknes-head' })).ids).toEqual(['u-meknes-head']);
  expect((await who({ ladderRole: 'ASSIGNEE', level: 0, organisationId: 'org-meknes-upe' })).ids).toEqual(['u-meknes-provider-upe']);
  // Nobody to tell: the workflow climbs at once.
  expect((await who({ ladderRole: 'ASSIGNEE', level: 0, assigneeUserId: 'u-nobody' })).outcome).toEqual({ recipients: 0, deliveries: 0 });
});

test('the delivery payload carries initials and age, never the child’s name', async () => {
  const c = await createCase(h.db, 'MEKNES', true);
  await h.activities.sendAlert(alertFor(c));
  const rows = await h.db.delivery.findMany({ where: { caseId: c.caseId } });
  expect(rows).toHaveLength(2);
  for (const r of rows) {
    const json = JSON.stringify(r.payload);
    expect(json).not.toMatch(/ياسمين|بنعلي|Yasmine|Benali/);
    expect(r.payload).toMatchObject({ initials: 'ي. ب.', ageYears: 10, caseReference: c.reference, provinceName: { ar: 'مكناس' } });
  }
});

test('a notice goes on the first channel of the reader’s own order; an escalation on every channel', async () => {
  const c = await createCase(h.db, 'RABAT');
  const channelsOf = async (input: ReturnType<typeof alertFor>) => {
    await h.activities.sendAlert(input);
    return (await h.db.delivery.findMany({ where: { key: { startsWith: `${input.key}:` } }, orderBy: { channel: 'asc' } })).map((r) => r.channel);
  };
  const notice = (n: number) => ({ ...alertFor(c, { ladderRole: 'DELEGATE', level: -1, stepKey: `N-${n}` }), notice: true });
  const before = await h.db.user.findUniqueOrThrow({ where: { id: 'u-rabat-delegate' } });
  try {
    expect(before.channelOrder).toEqual(['EMAIL', 'SMS']);
    expect(await channelsOf(notice(1))).toEqual(['EMAIL']);
    await h.db.user.update({ where: { id: 'u-rabat-delegate' }, data: { channelOrder: ['SMS', 'EMAIL'] } });
    expect(await channelsOf(notice(2))).toEqual(['SMS']);
    // No phone: the notice falls back to the channel the reader has.
    await h.db.user.update({ where: { id: 'u-rabat-delegate' }, data: { phone: null } });
    expect(await channelsOf(notice(3))).toEqual(['EMAIL']);
    await h.db.user.update({ where: { id: 'u-rabat-delegate' }, data: { phone: before.phone } });
    expect(await channelsOf(alertFor(c, { ladderRole: 'DELEGATE', level: 1, stepKey: 'E-1' }))).toEqual(['EMAIL', 'SMS']);
    const row = await h.db.delivery.findFirstOrThrow({ where: { key: { startsWith: `${notice(2).key}:` } } });
    expect(row.payload).toMatchObject({ notice: true, level: -1 });
  } finally {
    await h.db.user.update({ where: { id: 'u-rabat-delegate' }, data: { channelOrder: before.channelOrder, phone: before.phone } });
  }
});
