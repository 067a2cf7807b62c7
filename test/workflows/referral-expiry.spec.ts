// A referral nobody answers climbs its whole ladder, then expires one
// interval after the last level and returns the decision to the coordinator.
// (Its own test server: it runs reliably only on a fresh one.)
import { acknowledgeUpdate, createReferralUpdate, recordConsentUpdate } from '../../workflows/case.workflow';
import { referralStateQuery } from '../../workflows/referral.workflow';
import { actors, caseInput, eventually, HOUR, startCase, startHarness, state, stopHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => stopHarness(h));

const coord = actors.coordinator();

test('a referral nobody answers expires after its last level and returns to the coordinator', async () => {
  const input = caseInput({ riskLevel: 'IMMINENT' }); // acceptance 4 h, interval 1 h, 4 levels
  const handle = await startCase(h, input);
  await handle.executeUpdate(acknowledgeUpdate, { args: [{ actor: coord }] });
  await handle.executeUpdate(recordConsentUpdate, { args: [{ actor: coord, givenBy: 'GUARDIAN', services: ['SHELTER'] }] });
  await expect(
    handle.executeUpdate(createReferralUpdate, { args: [{ actor: coord, referralId: `${input.caseId}-h`, organisationId: 'rabat-hospital', service: 'HEALTH' }] }),
  ).rejects.toThrow();
  await handle.executeUpdate(createReferralUpdate, { args: [{ actor: coord, referralId: `${input.caseId}-s`, organisationId: 'rabat-shelter', service: 'SHELTER' }] });
  const referral = h.env.client.workflow.getHandle(`referral-${input.caseId}-s`);
  await eventually(() => h.store.referrals.get(`${input.caseId}-s`)?.acceptDueAt);
  await h.env.sleep(4 * HOUR + 3 * HOUR + 30 * 60_000);
  await eventually(() => h.store.escalationsOf(input.caseId, 'REFERRAL_ACCEPTANCE').length === 4);
  expect((await referral.query(referralStateQuery)).status).toBe('PENDING');
  await h.env.sleep(HOUR);
  await eventually(async () => (await referral.describe()).status.name === 'COMPLETED');
  expect((await referral.query(referralStateQuery)).status).toBe('EXPIRED');
  await eventually(async () => (await state(handle)).openSteps.some((x) => x.step === 'REORIENTATION'));
  expect((await state(handle)).referrals[0]).toMatchObject({ status: 'EXPIRED' });
  expect(h.store.referrals.get(`${input.caseId}-s`)?.status).toBe('EXPIRED');
  await handle.terminate('test done');
});
