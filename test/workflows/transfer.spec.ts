// Transfer to another province mid-ladder: the open steps start again under
// the new province's policy and ladder; nothing more goes to the old one.
import { acknowledgeUpdate, submitAssessmentUpdate, transferUpdate } from '../../workflows/case.workflow';
import { actors, caseInput, DAY, eventually, HOUR, recordFixture, startCase, startHarness, state, stopHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  h.store.rules.push(
    { provinceCode: 'SALE', category: null, riskLevel: 'MEDIUM', step: 'ASSESSMENT', duration: 'P5D' },
    { provinceCode: 'SALE', category: null, riskLevel: 'MEDIUM', step: 'ESCALATION_INTERVAL', duration: 'PT12H' },
  );
});
afterAll(async () => stopHarness(h));

test('transfer mid-ladder: the steps follow the new province from the transfer on', async () => {
  const input = caseInput({ riskLevel: 'MEDIUM' }); // RABAT: assessment 14 days, interval 48 h
  const id = input.caseId;
  const handle = await startCase(h, input);
  await handle.executeUpdate(acknowledgeUpdate, { args: [{ actor: actors.coordinator() }] });
  await h.env.sleep(14 * DAY + 49 * HOUR);
  await eventually(() => h.store.escalationsOf(id, 'ASSESSMENT').length === 2);
  expect(h.store.escalationsOf(id, 'ASSESSMENT').map((e) => [e.provinceCode, e.role])).toEqual([
    ['RABAT', 'ASSIGNEE'],
    ['RABAT', 'HEAD_OF_CENTRE'],
  ]);

  const before = (await state(handle)).openSteps.find((x) => x.step === 'ASSESSMENT')!;
  const s = await handle.executeUpdate(transferUpdate, {
    args: [{ actor: actors.coordinator(), toProvinceCode: 'SALE', assigneeId: 'coord-SALE', reason: 'family moved' }],
  });
  const after = s.openSteps.find((x) => x.step === 'ASSESSMENT')!;
  expect(s).toMatchObject({ provinceCode: 'SALE', assigneeId: 'coord-SALE' });
  expect(after).toMatchObject({ provinceCode: 'SALE', level: -1 });
  expect(after.key).not.toBe(before.key);
  expect(h.store.steps.get(`case-${id}:${before.key}`)?.status).toBe('CANCELLED');
  expect(h.store.cases.get(id)?.provinceCode).toBe('SALE');
  expect(h.store.eventsOf(id, 'TRANSFERRED')[0].data).toMatchObject({ from: 'RABAT', to: 'SALE' });

  // SALE's policy: due in 5 days, then every 12 hours.
  await h.env.sleep(5 * DAY + HOUR);
  await eventually(() => h.store.escalationsOf(id, 'ASSESSMENT').length === 3);
  await h.env.sleep(12 * HOUR);
  await eventually(() => h.store.escalationsOf(id, 'ASSESSMENT').length === 4);
  const rows = h.store.escalationsOf(id, 'ASSESSMENT').slice(2);
  expect(rows.map((e) => [e.provinceCode, e.role])).toEqual([
    ['SALE', 'ASSIGNEE'],
    ['SALE', 'HEAD_OF_CENTRE'],
  ]);
  expect(h.store.alertCalls.find((a) => a.key === rows[0].key)).toMatchObject({ assigneeUserId: 'coord-SALE', provinceCode: 'SALE' });

  // The old province's staff no longer act on the case; the new one does.
  await expect(handle.executeUpdate(submitAssessmentUpdate, { args: [{ actor: actors.coordinator('RABAT'), summary: 'x' }] })).rejects.toThrow();
  await handle.executeUpdate(submitAssessmentUpdate, { args: [{ actor: actors.coordinator('SALE'), summary: 'seen in Salé' }] });
  await h.env.sleep(10 * DAY);
  expect(h.store.escalationsOf(id, 'ASSESSMENT')).toHaveLength(4);
  await recordFixture(handle, 'case-transfer-mid-ladder');
  await handle.terminate('test done');
});

test('a transfer without a receiving coordinator waits for the new centre to take the case', async () => {
  const input = caseInput({ riskLevel: 'MEDIUM' });
  const handle = await startCase(h, input);
  await handle.executeUpdate(acknowledgeUpdate, { args: [{ actor: actors.coordinator() }] });
  const s = await handle.executeUpdate(transferUpdate, { args: [{ actor: actors.head(), toProvinceCode: 'SALE' }] });
  expect(s.assigneeId).toBeNull();
  expect(s.openSteps.map((x) => [x.step, x.provinceCode]).sort()).toEqual([
    ['ACKNOWLEDGEMENT', 'SALE'],
    ['ASSESSMENT', 'SALE'],
  ]);
  const taken = await handle.executeUpdate(acknowledgeUpdate, { args: [{ actor: actors.coordinator('SALE') }] });
  expect(taken).toMatchObject({ assigneeId: 'coord-SALE', stage: 'ASSESSMENT' });
  expect(taken.openSteps.map((x) => x.step)).toEqual(['ASSESSMENT']);
  await handle.terminate('test done');
});
