// The judicial protection track: the report to the prosecutor with its own
// ladder, a court order that redirects to social measures (ordered referrals
// on the order's basis, a progress report owed every 90 days until the judge
// closes the order), and the reverse redirection. Both directions are counted.
import {
  acknowledgeUpdate,
  approveUpdate,
  closeCourtOrderUpdate,
  closeUpdate,
  recordCourtOrderUpdate,
  redirectToJudicialUpdate,
  reportToProsecutorUpdate,
  submitCourtReportUpdate,
} from '../../workflows/case.messages';
import { actors, caseInput, DAY, expectRefused, HOUR, MINUTE, recordFixture, settle, sleepUntil, startCase, state, workflowTest } from './harness';

const coord = actors.coordinator();
const liaison = actors.liaison();

test(
  'an offence opens the judicial track; a court order redirects to social measures and owes reports until closed',
  workflowTest(async (h) => {
    const input = caseInput({ category: 'BEGGING_EXPLOITATION', riskLevel: 'MEDIUM' });
    const id = input.caseId;
    const handle = await startCase(h, input);
    let s = await state(handle);
    expect(s.track).toBe('JUDICIAL');
    expect(s.openSteps.map((x) => x.step).sort()).toEqual(['ACKNOWLEDGEMENT', 'PROSECUTOR_REPORT']);
    await handle.executeUpdate(acknowledgeUpdate, { args: [{ actor: coord }] });

    // Report to the prosecutor: 24 h, then the judicial ladder (liaison second).
    const prosecutorDue = Date.parse(s.openSteps.find((x) => x.step === 'PROSECUTOR_REPORT')!.dueAt!);
    await sleepUntil(h, prosecutorDue - MINUTE);
    expect(h.store.escalationsOf(id, 'PROSECUTOR_REPORT')).toHaveLength(0);
    await sleepUntil(h, prosecutorDue + 48 * HOUR + MINUTE);
    expect(h.store.escalationsOf(id, 'PROSECUTOR_REPORT').map((e) => e.role)).toEqual(['ASSIGNEE', 'JUDICIAL_LIAISON']);
    await handle.executeUpdate(reportToProsecutorUpdate, { args: [{ actor: coord, reference: 'PR-2025-17' }] });

    // No consent recorded: the order is the basis of the information shared.
    s = await handle.executeUpdate(recordCourtOrderUpdate, {
      args: [
        {
          actor: liaison,
          orderId: `${id}-order`,
          measures: ['FAMILY_SUPPORT', 'PSYCHOLOGICAL'],
          referrals: [
            { referralId: `${id}-fam`, organisationId: 'rabat-upe', service: 'FAMILY_SUPPORT' },
            { referralId: `${id}-psy`, organisationId: 'rabat-hospital', service: 'PSYCHOLOGICAL' },
          ],
        },
      ],
    });
    expect(s.track).toBe('SOCIAL');
    expect(s.referrals.map((r) => [r.referralId, r.basis, r.courtOrderId])).toEqual([
      [`${id}-fam`, 'COURT_ORDER', `${id}-order`],
      [`${id}-psy`, 'COURT_ORDER', `${id}-order`],
    ]);
    await settle(h);
    expect([`${id}-fam`, `${id}-psy`].map((r) => h.store.referrals.get(r)?.basis)).toEqual(['COURT_ORDER', 'COURT_ORDER']);
    expect(h.store.eventsOf(id, 'REDIRECTED_JUDICIAL_TO_SOCIAL')).toHaveLength(1);
    const report = s.openSteps.find((x) => x.step === 'COURT_REPORT')!;
    expect(report.ref).toBe(`${id}-order`);

    // Court report cycle: due after 90 days, the next one 90 days after sending.
    const due = Date.parse(report.dueAt!);
    await sleepUntil(h, due - MINUTE);
    expect(h.store.escalationsOf(id, 'COURT_REPORT')).toHaveLength(0);
    await sleepUntil(h, due + MINUTE);
    expect(h.store.escalationsOf(id, 'COURT_REPORT')).toHaveLength(1);
    expect(Date.parse(h.store.escalationsOf(id, 'COURT_REPORT')[0].alertedAt) - due).toBeLessThan(1000);
    // Written, then approved by the head of centre: printed, sent, and owed again.
    s = await handle.executeUpdate(submitCourtReportUpdate, { args: [{ actor: coord, orderId: `${id}-order`, language: 'ar' }] });
    expect(s.openSteps.map((x) => [x.step, x.ref])).toContainEqual(['APPROVAL', 'COURT_REPORT']);
    s = await handle.executeUpdate(approveUpdate, { args: [{ actor: actors.head(), subject: 'COURT_REPORT' }] });
    const next = s.openSteps.find((x) => x.step === 'COURT_REPORT')!;
    expect(next.key).not.toBe(report.key);
    expect(Date.parse(next.dueAt!) - due).toBeGreaterThanOrEqual(90 * DAY);

    // Closing the case is refused while the order is open; the judge closes it.
    await expectRefused(handle.executeUpdate(closeUpdate, { args: [{ actor: coord, reason: 'INTEGRATED' }] }), /a court order is open/);
    s = await handle.executeUpdate(closeCourtOrderUpdate, { args: [{ actor: liaison, orderId: `${id}-order` }] });
    expect(s.openSteps.some((x) => x.step === 'COURT_REPORT')).toBe(false);
    expect(s.courtOrders[0].closedAt).not.toBeNull();
    await h.env.sleep(200 * DAY);
    expect(h.store.escalationsOf(id, 'COURT_REPORT')).toHaveLength(1);
    expect(h.store.eventsOf(id, 'COURT_REPORT_SENT')).toHaveLength(1);
    await recordFixture(handle, 'case-judicial-redirection');
  }),
);

test(
  'a social case redirected to judicial protection owes a report to the prosecutor',
  workflowTest(async (h) => {
    const input = caseInput({ category: 'NEGLECT', riskLevel: 'HIGH' });
    const id = input.caseId;
    const handle = await startCase(h, input);
    expect((await state(handle)).track).toBe('SOCIAL');
    await handle.executeUpdate(acknowledgeUpdate, { args: [{ actor: coord }] });
    const s = await handle.executeUpdate(redirectToJudicialUpdate, { args: [{ actor: coord, reason: 'violence disclosed' }] });
    expect(s.track).toBe('JUDICIAL');
    expect(s.openSteps.find((x) => x.step === 'PROSECUTOR_REPORT')).toBeDefined();
    await expectRefused(handle.executeUpdate(redirectToJudicialUpdate, { args: [{ actor: coord, reason: 'again' }] }), /already on the judicial track/);
    await settle(h);
    expect(h.store.eventsOf(id, 'REDIRECTED_SOCIAL_TO_JUDICIAL')).toHaveLength(1);
    expect(h.store.cases.get(id)?.track).toBe('JUDICIAL');

    await handle.executeUpdate(recordCourtOrderUpdate, { args: [{ actor: liaison, orderId: `${id}-o`, measures: ['SOCIAL_AID'] }] });
    expect((await state(handle)).track).toBe('SOCIAL');
    await settle(h);
    expect(h.store.eventsOf(id, 'REDIRECTED_JUDICIAL_TO_SOCIAL')).toHaveLength(1);
  }),
);
