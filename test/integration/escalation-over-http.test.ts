// An unanswered report climbs the ladder in real time (a policy of seconds)
// and the alerts really arrive: email through SMTP, SMS through SMPP, in the
// recipient's language, once per level; the coordinator's action stops it.
import { startStack, eventually, type Stack } from '../support/stack';
import { http } from '../support/http';

let stack: Stack;
let api: ReturnType<typeof http>;

beforeAll(async () => {
  stack = await startStack({ alerts: true });
  api = http(stack.baseUrl);
  const admin = await stack.token('u-national-admin');
  // Meknès: acknowledgement due in 2 s, then a level every 2 s.
  for (const [step, duration] of [['ACKNOWLEDGEMENT', 'PT2S'], ['ESCALATION_INTERVAL', 'PT2S']]) {
    const r = await api.put('/api/v1/policies', { provinceCode: 'MEKNES', step, riskLevel: 'IMMINENT', duration }, admin);
    expect(r.status).toBe(200);
  }
});
afterAll(async () => {
  await stack?.stop();
});

test('assignee then head of centre are alerted once each; acknowledgement stops the ladder', async () => {
  const created = await api.post(
    '/api/v1/reports',
    { provinceCode: 'MEKNES', entryPoint: 'GREEN_LINE', category: 'PHYSICAL_VIOLENCE', riskLevel: 'IMMINENT', narrative: 'طفل في خطر', child: { firstName: 'Karim', lastName: 'Alaoui', dateOfBirth: '2016-01-10' } },
    await stack.token('u-meknes-intake'),
  );
  expect(created.status).toBe(201);
  const { caseId, reference } = created.body;

  // An imminent report: the coordinators and the head of centre hear of it on arrival (urgent
  // notice), then the ladder: level 0 (the province's coordinators) after 2 s, level 1 (head) after 4 s.
  const mailTo = (to: string, words: string) => stack.smtp!.to(to).find((m) => m.mail.subject?.includes(reference) && m.mail.subject.includes(words));
  const coordinatorUrgent = await eventually(async () => mailTo('coordinator.meknes@masar.example.ma', 'عاجل'), { timeoutMs: 15_000 });
  const headUrgent = await eventually(async () => mailTo('head.meknes@masar.example.ma', 'عاجل'), { timeoutMs: 15_000 });
  const coordinatorMail = await eventually(async () => mailTo('coordinator.meknes@masar.example.ma', 'متأخرة'), { timeoutMs: 15_000 });
  const headMail = await eventually(async () => mailTo('head.meknes@masar.example.ma', 'متأخرة'), { timeoutMs: 15_000 });
  expect(coordinatorUrgent.at.getTime()).toBeLessThan(coordinatorMail.at.getTime());
  expect(headUrgent.at.getTime()).toBeLessThan(coordinatorMail.at.getTime());
  expect(coordinatorMail.mail.html).toContain('dir="rtl"'); // Meknès users read Arabic
  expect(coordinatorMail.mail.text).toBeTruthy();
  for (const m of [coordinatorUrgent, headUrgent, coordinatorMail, headMail]) {
    expect(m.raw).not.toContain('Karim');
    expect(m.raw).not.toContain('Alaoui');
  }
  expect(headMail.at.getTime() - coordinatorMail.at.getTime()).toBeGreaterThanOrEqual(1000);

  const ack = await api.post(`/api/v1/cases/${caseId}/acknowledge`, {}, await stack.token('u-meknes-coordinator'));
  expect(ack.status).toBe(200);

  // SMS too, with a delivery receipt, and nothing more after the acknowledgement.
  await eventually(async () => (await stack.db.delivery.count({ where: { caseId, channel: 'SMS', status: 'DELIVERED' } })) >= 2, { timeoutMs: 15_000 });
  await new Promise((r) => setTimeout(r, 5000)); // two more intervals: the ladder must stay silent
  const mails = stack.smtp!.messages.filter((m) => m.mail.subject?.includes(reference));
  const recipients = mails.map((m) => m.to.join(','));
  // Each of them: one urgent notice and one ladder alert.
  expect(recipients.filter((r) => r.includes('coordinator.meknes'))).toHaveLength(2);
  expect(recipients.filter((r) => r.includes('head.meknes'))).toHaveLength(2);
  expect(recipients.some((r) => r.includes('delegate.meknes'))).toBe(false);

  const escalations = await stack.db.escalation.findMany({ where: { caseId }, orderBy: { level: 'asc' } });
  expect(escalations.map((e) => e.level)).toEqual([0, 1]);
  const deliveries = await stack.db.delivery.groupBy({ by: ['key'], where: { caseId }, _count: true });
  expect(deliveries.every((d) => d._count === 1)).toBe(true);

  const overdue = await api.get('/api/v1/supervision/escalations?provinceCode=MEKNES&period=day', await stack.token('u-national-supervisor'));
  expect(overdue.body.items.map((i: { level: number }) => i.level)).toEqual(expect.arrayContaining([0, 1]));
});
