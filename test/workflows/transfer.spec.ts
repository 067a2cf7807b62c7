// Transfer to another province mid-ladder: the open steps start again under
// the new province's policy and ladder; nothing more goes to the old one.
import { acknowledgeUpdate, submitAssessmentUpdate, transferUpdate } from '../../workflows/case.messages';
import { actors, caseInput, DAY, expectForbidden, HOUR, MINUTE, recordFixture, sleepUntil, startCase, state, workflowTest, type Harness } from './harness';

/** SALE's own policy for MEDIUM risk: assessment in 5 days, then every 12 hours. */
function saleRules(h: Harness): void {
  h.store.rules.push(
    { provinceCode: 'SALE', category: null, riskLevel: 'MEDIUM', step: 'ASSESSMENT', duration: 'P5D' },
    { provinceCode: 'SALE', category: null, riskLevel: 'MEDIUM', step: 'ESCALATION_INTERVAL', duration: 'PT12H' },
  );
}

test(
  'transfer mid-ladder: the steps follow the new province from the transfer on',
  workflowTest(async (h) => {
    saleRules(h);
    const input = caseInput({ riskLevel: 'MEDIUM' }); // RABAT: assessment 14 days, interval 48 h
    const id = input.caseId;
    const handle = await startCase(h, input);
    await handle.executeUpdate(acknowledgeUpdate, { args: [{ actor: actors.coordinator() }] });
    await h.env.sleep(14 * DAY + 49 * HOUR);
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

    // SALE's policy: due in 5 days, then every 12 hours; nothing before.
    const due = Date.parse(after.dueAt!);
    expect(due - Date.parse(h.store.steps.get(`case-${id}:${after.key}`)!.openedAt)).toBe(5 * DAY);
    await sleepUntil(h, due - MINUTE);
    expect(h.store.escalationsOf(id, 'ASSESSMENT')).toHaveLength(2);
    await sleepUntil(h, due + 12 * HOUR + MINUTE);
    expect(h.store.escalationsOf(id, 'ASSESSMENT')).toHaveLength(4);
    const rows = h.store.escalationsOf(id, 'ASSESSMENT').slice(2);
    expect(rows.map((e) => [e.provinceCode, e.role])).toEqual([
      ['SALE', 'ASSIGNEE'],
      ['SALE', 'HEAD_OF_CENTRE'],
    ]);
    expect(h.store.alertCalls.find((a) => a.key === rows[0].key)).toMatchObject({ assigneeUserId: 'coord-SALE', provinceCode: 'SALE' });

    // The old province's staff no longer act on the case; the new one does.
    await expectForbidden(handle.executeUpdate(submitAssessmentUpdate, { args: [{ actor: actors.coordinator('RABAT'), summary: 'x' }] }));
    await handle.executeUpdate(submitAssessmentUpdate, { args: [{ actor: actors.coordinator('SALE'), summary: 'seen in Salé' }] });
    // Past levels 2 and 3 of the old ladder: the submitted assessment stopped it.
    await h.env.sleep(10 * DAY);
    expect(h.store.escalationsOf(id, 'ASSESSMENT')).toHaveLength(4);
    await recordFixture(handle, 'case-transfer-mid-ladder');
  }),
);

test(
  'a transfer without a receiving coordinator waits for the new centre to take the case',
  workflowTest(async (h) => {
    saleRules(h);
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
  }),
);
