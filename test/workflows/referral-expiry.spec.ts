// A referral nobody answers climbs its whole ladder, then expires one
// interval after the last level and returns the decision to the coordinator.
import { acknowledgeUpdate, createReferralUpdate, recordConsentUpdate } from '../../workflows/case.messages';
import { referralStateQuery } from '../../workflows/referral.workflow';
import { actors, caseInput, expectRefused, HOUR, MINUTE, settle, sleepUntil, startCase, state, workflowTest } from './harness';

const coord = actors.coordinator();

test(
  'a referral nobody answers expires after its last level and returns to the coordinator',
  workflowTest(async (h) => {
    const input = caseInput({ riskLevel: 'IMMINENT' }); // acceptance 4 h, interval 1 h, 4 levels
    const handle = await startCase(h, input);
    await handle.executeUpdate(acknowledgeUpdate, { args: [{ actor: coord }] });
    await handle.executeUpdate(recordConsentUpdate, { args: [{ actor: coord, givenBy: 'GUARDIAN', services: ['SHELTER'] }] });
    // The consent covers shelter only.
    await expectRefused(
      handle.executeUpdate(createReferralUpdate, { args: [{ actor: coord, referralId: `${input.caseId}-h`, organisationId: 'rabat-hospital', service: 'HEALTH' }] }),
      /needs the recorded consent/,
    );
    await handle.executeUpdate(createReferralUpdate, { args: [{ actor: coord, referralId: `${input.caseId}-s`, organisationId: 'rabat-shelter', service: 'SHELTER' }] });
    const referral = h.env.client.workflow.getHandle(`referral-${input.caseId}-s`);
    await settle(h);
    const due = Date.parse(h.store.referrals.get(`${input.caseId}-s`)!.acceptDueAt!);

    // Four levels at due, +1 h, +2 h, +3 h; still pending just before it expires (+4 h).
    await sleepUntil(h, due + 4 * HOUR - MINUTE);
    expect(h.store.escalationsOf(input.caseId, 'REFERRAL_ACCEPTANCE').map((e) => e.level)).toEqual([0, 1, 2, 3]);
    expect((await referral.query(referralStateQuery)).status).toBe('PENDING');
    await sleepUntil(h, due + 4 * HOUR + MINUTE);
    expect((await referral.describe()).status.name).toBe('COMPLETED');
    expect((await referral.query(referralStateQuery)).status).toBe('EXPIRED');
    const s = await state(handle);
    expect(s.openSteps.filter((x) => x.step === 'REORIENTATION').map((x) => x.ref)).toEqual([`${input.caseId}-s`]);
    expect(s.referrals.map((r) => [r.referralId, r.status])).toEqual([[`${input.caseId}-s`, 'EXPIRED']]);
    expect(h.store.referrals.get(`${input.caseId}-s`)?.status).toBe('EXPIRED');
  }),
);
