// Transfer to another province mid-ladder: a step whose ladder climbs keeps
// its level and deadline and alerts the new province from then on, a step not
// yet due starts again under the new province's policy, and running referrals
// move with the case; nothing more goes to the old province.
import { acknowledgeUpdate, createReferralUpdate, recordConsentUpdate, submitAssessmentUpdate, transferUpdate } from '../../workflows/case.messages';
import { acceptReferralUpdate, referralStateQuery } from '../../workflows/referral.workflow';
import { actors, caseInput, DAY, expectForbidden, HOUR, MINUTE, recordFixture, settle, sleepUntil, startCase, state, workflowTest, type Harness } from './harness';

/** SALE's own policy for MEDIUM risk: assessment in 5 days, then every 12 hours. */
function saleRules(h: Harness): void {
  h.store.rules.push(
    { provinceCode: 'SALE', category: null, riskLevel: 'MEDIUM', step: 'ASSESSMENT', duration: 'P5D' },
    { provinceCode: 'SALE', category: null, riskLevel: 'MEDIUM', step: 'ESCALATION_INTERVAL', duration: 'PT12H' },
  );
}

test(
  'transfer mid-ladder: a climbing step keeps its deadline and level, its next levels alert the new province; a step not yet due starts again there',
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
    // the periodic review is not due yet: it starts again in the new province
    const before = (await state(handle)).openSteps;
    const assessment = before.find((x) => x.step === 'ASSESSMENT')!;
    const notDue = before.filter((x) => x.level < 0);

    const s = await handle.executeUpdate(transferUpdate, {
      args: [{ actor: actors.coordinator(), toProvinceCode: 'SALE', assigneeId: 'coord-SALE', reason: 'family moved' }],
    });
    const after = s.openSteps.find((x) => x.step === 'ASSESSMENT')!;
    expect(s).toMatchObject({ provinceCode: 'SALE', assigneeId: 'coord-SALE' });
    expect(after).toEqual({ ...assessment, provinceCode: 'SALE' });
    expect(h.store.steps.get(`case-${id}:${after.key}`)).toMatchObject({ provinceCode: 'SALE', level: 1, status: 'OPEN', dueAt: assessment.dueAt });
    for (const old of notDue) {
      expect(h.store.steps.get(`case-${id}:${old.key}`)?.status).toBe('CANCELLED');
      expect(s.openSteps.find((x) => x.step === old.step)).toMatchObject({ provinceCode: 'SALE', level: -1 });
    }
    expect(h.store.cases.get(id)?.provinceCode).toBe('SALE');
    expect(h.store.eventsOf(id, 'TRANSFERRED')[0].data).toMatchObject({ from: 'RABAT', to: 'SALE' });

    // Level 2 falls where the ladder had it (due + 2 intervals), in SALE, to SALE's delegate.
    const due = Date.parse(assessment.dueAt!);
    await sleepUntil(h, due + 96 * HOUR - MINUTE);
    expect(h.store.escalationsOf(id, 'ASSESSMENT')).toHaveLength(2);
    await sleepUntil(h, due + 96 * HOUR + MINUTE);
    const rows = h.store.escalationsOf(id, 'ASSESSMENT');
    expect(rows.map((e) => [e.provinceCode, e.level, e.role])).toEqual([
      ['RABAT', 0, 'ASSIGNEE'],
      ['RABAT', 1, 'HEAD_OF_CENTRE'],
      ['SALE', 2, 'DELEGATE'],
    ]);
    expect(h.store.alertCalls.find((a) => a.key === rows[2].key)).toMatchObject({ provinceCode: 'SALE', assigneeUserId: 'coord-SALE' });

    // The old province's staff no longer act on the case; the new one does, and the ladder stops.
    await expectForbidden(handle.executeUpdate(submitAssessmentUpdate, { args: [{ actor: actors.coordinator('RABAT'), summary: 'x' }] }));
    await handle.executeUpdate(submitAssessmentUpdate, { args: [{ actor: actors.coordinator('SALE'), summary: 'seen in Salé' }] });
    await h.env.sleep(10 * DAY);
    expect(h.store.escalationsOf(id, 'ASSESSMENT')).toHaveLength(3);
    await recordFixture(handle, 'case-transfer-mid-ladder');
  }),
);

test(
  'a referral running at the transfer moves its deadline and alerts to the new province, keeping its level; its acceptance is a fact with the provider',
  workflowTest(async (h) => {
    saleRules(h);
    // RABAT, MEDIUM: the assessment in 3 days here, like the referral's acceptance (72 h); interval 48 h
    h.store.rules.push({ provinceCode: 'RABAT', category: null, riskLevel: 'MEDIUM', step: 'ASSESSMENT', duration: 'P3D' });
    const input = caseInput({ riskLevel: 'MEDIUM' });
    const id = input.caseId;
    const handle = await startCase(h, input);
    await handle.executeUpdate(acknowledgeUpdate, { args: [{ actor: actors.coordinator() }] });
    await handle.executeUpdate(recordConsentUpdate, { args: [{ actor: actors.coordinator(), givenBy: 'GUARDIAN' }] });
    await handle.executeUpdate(createReferralUpdate, { args: [{ actor: actors.coordinator(), referralId: `${id}-r1`, organisationId: 'rabat-upe', service: 'PSYCHOLOGICAL' }] });
    const referral = h.env.client.workflow.getHandle(`referral-${id}-r1`);
    await settle(h);
    const accept = (await referral.query(referralStateQuery)).openSteps[0];
    const due = Date.parse(accept.dueAt!);
    await sleepUntil(h, due + 48 * HOUR + MINUTE);
    expect(h.store.escalationsOf(id, 'REFERRAL_ACCEPTANCE').map((e) => [e.provinceCode, e.role])).toEqual([
      ['RABAT', 'ASSIGNEE'],
      ['RABAT', 'HEAD_OF_CENTRE'],
    ]);

    const transferredAt = await h.env.currentTimeMs();
    await handle.executeUpdate(transferUpdate, { args: [{ actor: actors.head(), toProvinceCode: 'SALE', assigneeId: 'coord-SALE' }] });
    await settle(h);
    const moved = (await referral.query(referralStateQuery)).openSteps[0];
    expect(moved).toMatchObject({ key: accept.key, level: 1, dueAt: accept.dueAt });
    expect(h.store.steps.get(`referral-${id}-r1:${accept.key}`)).toMatchObject({ provinceCode: 'SALE', level: 1, status: 'OPEN' });
    expect(h.store.eventsOf(id, 'REFERRAL_TRANSFERRED')[0]).toMatchObject({ provinceCode: 'SALE', data: { referralId: `${id}-r1`, from: 'RABAT', to: 'SALE' } });

    // Level 2 at due + 96 h: SALE's delegate, not RABAT's; nothing more to RABAT after the transfer.
    await sleepUntil(h, due + 96 * HOUR + MINUTE);
    expect(h.store.escalationsOf(id, 'REFERRAL_ACCEPTANCE').map((e) => [e.provinceCode, e.level, e.role])).toEqual([
      ['RABAT', 0, 'ASSIGNEE'],
      ['RABAT', 1, 'HEAD_OF_CENTRE'],
      ['SALE', 2, 'DELEGATE'],
    ]);
    const later = h.store.alertCalls.filter((a) => Date.parse(a.alertedAt) > transferredAt);
    expect(later.length).toBeGreaterThan(0);
    expect(later.filter((a) => a.provinceCode !== 'SALE')).toEqual([]);

    await referral.executeUpdate(acceptReferralUpdate, { args: [{ actor: actors.provider('rabat-upe') }] });
    await settle(h);
    expect(h.store.eventsOf(id, 'REFERRAL_ACCEPTED')).toEqual([
      expect.objectContaining({ provinceCode: 'SALE', data: expect.objectContaining({ referralId: `${id}-r1`, by: 'focal-rabat-upe', role: 'PROVIDER' }) }),
    ]);
    // the service start is awaited in the new province
    const start = (await referral.query(referralStateQuery)).openSteps[0];
    expect(start.step).toBe('SERVICE_START');
    expect(h.store.steps.get(`referral-${id}-r1:${start.key}`)?.provinceCode).toBe('SALE');
    await recordFixture(handle, 'case-transfer-with-referral');
    await recordFixture(referral, 'referral-transferred');
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
