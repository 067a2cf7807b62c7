// Alerts by SMS through the notifier to a real SMPP server: UCS-2 parts with a
// concatenation header, receipts, a hung SMSC, a restarted SMSC.
import { DATA_CODING_UCS2, ESM_CLASS_UDH_INDICATOR } from '../../libs/notify/sms-encoding';
import { alertFor, CHILD, createCase, eventually, pause, startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await h.startNotifier({ EMAIL_ENABLED: 'false' });
  await eventually(async () => h.notifier!.smpp!.bound);
});
afterAll(() => h.stop());
beforeEach(() => {
  h.smsc.answerSubmits(true);
  h.smsc.refuseSubmits(0);
  h.smsc.receiptsSay('DELIVRD');
});

const smsRow = (key: string) => h.db.delivery.findUniqueOrThrow({ where: { key } });

test('a long Arabic alert goes in UCS-2 parts of at most 66 characters with a concatenation header; the receipt makes it DELIVERED', async () => {
  const c = await createCase(h.db, 'MEKNES', true);
  const input = alertFor(c, { step: 'CHILD_SEEN', level: 1, ladderRole: 'HEAD_OF_CENTRE' });
  await h.activities.sendAlert(input);
  const key = `${input.key}:u-meknes-head:SMS`;
  const delivered = await eventually(async () => {
    const r = await smsRow(key);
    return r.status === 'DELIVERED' && r;
  });
  const parts = h.smsc.submitted.filter((p) => p.destination === delivered.address.slice(1));
  expect(parts.length).toBeGreaterThan(1);
  const total = parts.length;
  parts.forEach((p, i) => {
    expect(p.dataCoding).toBe(DATA_CODING_UCS2);
    expect(p.esmClass & ESM_CLASS_UDH_INDICATOR).toBe(ESM_CLASS_UDH_INDICATOR);
    expect(p.concat).toEqual({ reference: parts[0].concat!.reference, total, seq: i + 1 });
    expect(p.text.length).toBeLessThanOrEqual(66);
  });
  const [whole] = h.smsc.messagesTo(delivered.address);
  expect(whole).toContain('استقبال الطفل');
  expect(whole).toContain(c.reference);
  expect(whole).toContain(`https://masar.test/cases/${c.caseId}`);
  expect(whole).not.toMatch(new RegExp(`${CHILD.firstNameAr}|${CHILD.lastNameAr}`));
  // Sent and delivered are different facts, both kept.
  expect(delivered.providerMessageId).toBe(parts[0].messageId);
  expect(delivered.sentAt).toBeInstanceOf(Date);
  expect(delivered.deliveredAt).toBeInstanceOf(Date);
  expect((delivered.payload as { providerPartIds?: string[] }).providerPartIds).toEqual(parts.map((p) => p.messageId));
});

test('a French alert that fits GSM 03.38 goes in GSM parts', async () => {
  const c = await createCase(h.db, 'TANGER_ASSILAH');
  const input = alertFor(c, { step: 'CHILD_SEEN', ladderRole: 'DELEGATE' });
  await h.activities.sendAlert(input);
  const r = await eventually(async () => {
    const x = await smsRow(`${input.key}:u-tanger-delegate:SMS`);
    return x.status === 'DELIVERED' && x;
  });
  const parts = h.smsc.submitted.filter((p) => p.destination === r.address.slice(1));
  expect(parts.every((p) => p.dataCoding === 0)).toBe(true);
  const [whole] = h.smsc.messagesTo(r.address);
  expect(whole).toMatch(/^Masar - Escalade niv\. 1: dossier /);
  expect(whole).toContain("recevoir ou voir l'enfant");
  expect(whole).not.toMatch(/Yasmine|Benali/);
});

test('an SMSC that does not answer: the submit times out and is retried', async () => {
  const c = await createCase(h.db, 'TANGER_ASSILAH');
  h.smsc.answerSubmits(false);
  const input = alertFor(c, { ladderRole: 'JUDICIAL_LIAISON' });
  await h.activities.sendAlert(input);
  const key = `${input.key}:u-tanger-liaison:SMS`;
  const waiting = await eventually(async () => {
    const r = await smsRow(key);
    return r.lastError?.includes('no response within 800 ms') && r;
  });
  expect(waiting.status).toBe('QUEUED');
  h.smsc.answerSubmits(true);
  const r = await eventually(async () => {
    const x = await smsRow(key);
    return x.status === 'DELIVERED' && x;
  });
  expect(r.attempts).toBeGreaterThanOrEqual(2);
});

test('the SMSC restarts: the session reconnects and alerts flow again', async () => {
  const bindsBefore = h.smsc.binds;
  await h.smsc.stop();
  await eventually(async () => !h.notifier!.smpp!.bound);
  await pause(300); // the SMSC stays away a moment
  await h.smsc.start();
  await eventually(async () => h.smsc.binds > bindsBefore && h.notifier!.smpp!.bound);
  const c = await createCase(h.db, 'TANGER_ASSILAH');
  const input = alertFor(c, { ladderRole: 'COMMITTEE' });
  await h.activities.sendAlert(input);
  await eventually(async () => (await smsRow(`${input.key}:u-tanger-committee:SMS`)).status === 'DELIVERED');
});

test('an undeliverable receipt marks the delivery UNDELIVERABLE and raises an operator event', async () => {
  const c = await createCase(h.db, 'TANGER_ASSILAH');
  h.smsc.receiptsSay('UNDELIV');
  const input = alertFor(c, { level: 0, ladderRole: 'ASSIGNEE', organisationId: 'org-tanger-upe' });
  await h.activities.sendAlert(input);
  const key = `${input.key}:u-tanger-provider-upe:SMS`;
  const r = await eventually(async () => {
    const x = await smsRow(key);
    return x.status === 'UNDELIVERABLE' && x;
  });
  expect(r.lastError).toMatch(/stat:UNDELIV/);
  expect(r.sentAt).toBeInstanceOf(Date);
  const events = await h.db.operatorEvent.findMany({ where: { data: { path: ['deliveryKey'], equals: key } } });
  expect(events.map((e) => [e.kind, (e.data as { status: string }).status])).toEqual([['ALERT_DELIVERY_FAILED', 'UNDELIVERABLE']]);
});
