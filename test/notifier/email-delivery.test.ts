// Alerts by email through the notifier's BullMQ worker to a real SMTP server:
// language, right-to-left Arabic with a text part, no child name, 4xx retried,
// 5xx failed for good with an operator event.
import { alertFor, CHILD, createCase, eventually, mailsReceived, startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  h.smsc.receiptsSay('none');
  await h.startNotifier({ SMS_ENABLED: 'false' });
});
afterAll(() => h.stop());
beforeEach(() => h.smtp.clear());

const CHILD_NAME = new RegExp([CHILD.firstName, CHILD.lastName, CHILD.firstNameAr, CHILD.lastNameAr].join('|'), 'i');

const row = (key: string) => h.db.delivery.findUniqueOrThrow({ where: { key } });

test('an Arabic reader gets a right-to-left HTML email with a plain-text part, naming case, step, lateness and level', async () => {
  const c = await createCase(h.db, 'MEKNES', true);
  const input = alertFor(c, { step: 'ASSESSMENT', level: 2, ladderRole: 'DELEGATE' });
  await h.activities.sendAlert(input);
  const [m] = await mailsReceived(h, 1);
  expect(m.to).toEqual(['delegate.meknes@masar.example.ma']);
  const { subject, html, text } = m.mail;
  expect(subject).toContain(c.reference);
  expect(subject).toContain('تشخيص الوضعية');
  expect(subject).toContain('5 ساعات و30 دقيقة');
  expect(subject).toContain('المستوى 2');
  expect(html).toMatch(/<html lang="ar" dir="rtl">/);
  expect(html).toContain('dir="rtl"');
  expect(text).toContain('إنجاز التشخيص وفق البروتوكول');
  expect(text).toContain(`https://masar.test/cases/${c.caseId}`);
  expect(m.mail.headers.get('content-language')).toBe('ar');
  expect(m.from).toBe('alertes@masar.test');
  await eventually(async () => (await row(`${input.key}:u-meknes-delegate:EMAIL`)).status === 'SENT');
  const sent = await row(`${input.key}:u-meknes-delegate:EMAIL`);
  expect(sent.providerMessageId).toBe(`<${sent.id}.alert@masar.test>`);
  expect(sent.attempts).toBe(1);
});

test('a French reader gets the alert in French', async () => {
  const c = await createCase(h.db, 'TANGER_ASSILAH');
  await h.activities.sendAlert(alertFor(c, { step: 'REFERRAL_ACCEPTANCE', level: 1, ladderRole: 'HEAD_OF_CENTRE' }));
  const [m] = await mailsReceived(h, 1);
  expect(m.mail.subject).toBe(`[Masar] Dossier ${c.reference} – Acceptation de l’orientation en retard de 5 h 30 – escalade niveau 1`);
  expect(m.mail.html).toContain('<html lang="fr" dir="ltr">');
  expect(m.mail.text).toContain('accepter ou refuser l’orientation');
  expect(m.mail.text).toContain('Y. B., 10 ans');
  expect(m.mail.text).toContain('Tanger-Assilah');
  expect(m.mail.text).toContain('Négligence');
});

test('no alert carries the child’s name, in any language or part', async () => {
  const ar = await createCase(h.db, 'MEKNES', true);
  const fr = await createCase(h.db, 'TANGER_ASSILAH');
  await h.activities.sendAlert(alertFor(ar, { ladderRole: 'ASSIGNEE', level: 0 }));
  await h.activities.sendAlert(alertFor(fr, { ladderRole: 'COMMITTEE', level: 3 }));
  const mails = await mailsReceived(h, 2);
  for (const m of mails) {
    expect(m.raw).not.toMatch(CHILD_NAME);
    expect(`${m.mail.subject}\n${m.mail.html}\n${m.mail.text}`).not.toMatch(CHILD_NAME);
  }
});

test('SMTP 4xx is retried, then the alert goes through', async () => {
  const c = await createCase(h.db, 'TANGER_ASSILAH');
  h.smtp.refuseRecipient('delegate.tanger@masar.example.ma', 451, 2);
  const input = alertFor(c, { ladderRole: 'DELEGATE' });
  await h.activities.sendAlert(input);
  const [m] = await mailsReceived(h, 1);
  expect(m.to).toEqual(['delegate.tanger@masar.example.ma']);
  expect(h.smtp.refusals('delegate.tanger@masar.example.ma')).toBe(2);
  const sent = await eventually(async () => {
    const r = await row(`${input.key}:u-tanger-delegate:EMAIL`);
    return r.status === 'SENT' && r;
  });
  expect(sent.attempts).toBe(3);
  expect(h.smtp.messages).toHaveLength(1);
});

test('SMTP 5xx fails the delivery at once, for good, with an operator event', async () => {
  const c = await createCase(h.db, 'TANGER_ASSILAH');
  h.smtp.refuseRecipient('committee.tanger@masar.example.ma', 550);
  const input = alertFor(c, { ladderRole: 'COMMITTEE', level: 3 });
  await h.activities.sendAlert(input);
  const key = `${input.key}:u-tanger-committee:EMAIL`;
  const failed = await eventually(async () => {
    const r = await row(key);
    return r.status === 'FAILED' && r;
  });
  expect(failed.attempts).toBe(1);
  expect(failed.lastError).toMatch(/SMTP 550/);
  expect(failed.failedAt).toBeInstanceOf(Date);
  const events = await h.db.operatorEvent.findMany({ where: { data: { path: ['deliveryKey'], equals: key } } });
  expect(events.map((e) => e.kind)).toEqual(['ALERT_DELIVERY_FAILED']);
  expect(events[0].message).toContain(c.reference);
  const job = await h.outbox.queues.EMAIL!.getJob(key.replace(/:/g, '%3A'));
  expect(await job?.getState()).toBe('failed');
  expect(job?.attemptsMade).toBe(1);
});
