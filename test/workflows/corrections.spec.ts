// Corrections, hand-overs and urgent reception on the time-skipping server:
// an urgent report alerts the province's coordinators and the head of centre
// at once and its child-seen deadline runs from the arrival; a new urgent or
// offence report re-triages an open case; a re-triage opens the urgent steps;
// a reassignment moves the coordinator's steps and their alerts; a corrected
// date of birth re-arms the 18th-birthday timer; a revision goes back through
// approval; a placement opens or closes the institution review; a runaway is
// an urgent step of its own until the child is found.
import {
  acknowledgeUpdate,
  approveUpdate,
  correctChildUpdate,
  newReportSignal,
  reassignUpdate,
  recordChildFoundUpdate,
  recordChildSeenUpdate,
  recordPlacementUpdate,
  rejectUpdate,
  reportRunawayUpdate,
  retriageUpdate,
  reviseCarePlanUpdate,
  submitAssessmentUpdate,
  submitCarePlanUpdate,
} from '../../workflows/case.messages';
import { actors, caseInput, DAY, expectForbidden, expectRefused, HOUR, MINUTE, recordFixture, settle, sleepUntil, startCase, state, workflowTest } from './harness';

const coord = actors.coordinator();
const other = actors.coordinator('RABAT', 'coord-RABAT-2');
const head = actors.head();

const urgentAlerts = (h: { store: { alertCalls: { urgent?: boolean; step: string; ladderRole: string; assigneeUserId?: string | null; alertedAt: string }[] } }, step: string) =>
  h.store.alertCalls.filter((a) => a.urgent && a.step === step);

test(
  'an urgent report alerts the coordinators and the head at once, and the child-seen deadline runs from its arrival',
  workflowTest(async (h) => {
    const arrival = await h.env.currentTimeMs();
    const input = caseInput({ riskLevel: 'HIGH' });
    const handle = await startCase(h, input);
    let s = await state(handle);
    expect(s.stage).toBe('REPORTED');
    const seen = s.openSteps.find((o) => o.step === 'CHILD_SEEN');
    // HIGH: 24 h from the arrival, not from the acknowledgement
    expect(Date.parse(seen?.dueAt as string) - arrival).toBeLessThanOrEqual(24 * HOUR + MINUTE);
    expect(Date.parse(seen?.dueAt as string) - arrival).toBeGreaterThanOrEqual(24 * HOUR);
    // alerted in the first minute, on every channel (urgent), before any deadline
    const alerts = urgentAlerts(h, 'ACKNOWLEDGEMENT');
    expect(alerts.map((a) => a.ladderRole)).toEqual(['ASSIGNEE', 'HEAD_OF_CENTRE']);
    expect(alerts[0].assigneeUserId).toBeNull(); // nobody assigned yet: the province's coordinators
    for (const a of alerts) expect(Date.parse(a.alertedAt) - arrival).toBeLessThan(MINUTE);
    expect(h.store.escalationsOf(input.caseId)).toHaveLength(0);

    // acknowledged three hours later: the deadline does not move
    await h.env.sleep(3 * HOUR);
    await handle.executeUpdate(acknowledgeUpdate, { args: [{ actor: coord }] });
    s = await state(handle);
    expect(s.stage).toBe('URGENT_PROTECTION');
    expect(s.openSteps.filter((o) => o.step === 'CHILD_SEEN')).toEqual([expect.objectContaining({ dueAt: seen?.dueAt })]);
    // nobody sees the child: the assignee is alerted at the deadline counted from the arrival
    await sleepUntil(h, Date.parse(seen?.dueAt as string) - MINUTE);
    expect(h.store.escalationsOf(input.caseId, 'CHILD_SEEN')).toHaveLength(0);
    await sleepUntil(h, Date.parse(seen?.dueAt as string) + MINUTE);
    expect(h.store.escalationsOf(input.caseId, 'CHILD_SEEN')).toHaveLength(1);
    expect(h.store.alertCalls.find((a) => a.step === 'CHILD_SEEN' && a.level === 0)?.assigneeUserId).toBe(coord.userId);
    await handle.executeUpdate(recordChildSeenUpdate, { args: [{ actor: coord }] });
    expect((await state(handle)).stage).toBe('ASSESSMENT');
    await recordFixture(handle, 'case-urgent-reception');
  }),
);

test(
  'a child seen before the acknowledgement goes straight to the assessment; a medium report alerts nobody on arrival',
  workflowTest(async (h) => {
    const handle = await startCase(h, caseInput({ riskLevel: 'IMMINENT' }));
    await handle.executeUpdate(recordChildSeenUpdate, { args: [{ actor: coord, medicalCare: true }] });
    await handle.executeUpdate(acknowledgeUpdate, { args: [{ actor: coord }] });
    const s = await state(handle);
    expect(s.stage).toBe('ASSESSMENT');
    expect(s.openSteps.map((o) => o.step)).toEqual(['ASSESSMENT']);

    const mediumInput = caseInput({ riskLevel: 'MEDIUM' });
    const medium = await startCase(h, mediumInput);
    expect((await state(medium)).openSteps.map((o) => o.step)).toEqual(['ACKNOWLEDGEMENT']);
    expect(h.store.alertCalls.filter((a) => a.caseId === mediumInput.caseId)).toHaveLength(0);
  }),
);

test(
  'a new urgent or offence report on an open case re-triages it: the child to be seen at once, the prosecutor report owed',
  workflowTest(async (h) => {
    const input = caseInput({ riskLevel: 'LOW', category: 'NEGLECT' });
    const handle = await startCase(h, input);
    await handle.executeUpdate(acknowledgeUpdate, { args: [{ actor: coord }] });
    expect((await state(handle)).stage).toBe('ASSESSMENT');
    await handle.signal(newReportSignal, { reportId: 'r-2', entryPoint: 'POLICE', category: 'PHYSICAL_VIOLENCE', riskLevel: 'IMMINENT', receivedAt: new Date().toISOString() });
    await settle(h);
    const s = await state(handle);
    expect(s).toMatchObject({ riskLevel: 'IMMINENT', track: 'JUDICIAL', stage: 'ASSESSMENT' });
    expect(s.openSteps.map((o) => o.step).sort()).toEqual(['ASSESSMENT', 'CHILD_SEEN', 'PROSECUTOR_REPORT']);
    expect(urgentAlerts(h, 'CHILD_SEEN').map((a) => [a.ladderRole, a.assigneeUserId])).toEqual([
      ['ASSIGNEE', coord.userId],
      ['HEAD_OF_CENTRE', coord.userId],
    ]);
    expect(h.store.eventsOf(input.caseId, 'PROSECUTOR_REPORT_OWED')).toHaveLength(1);
    expect(h.store.cases.get(input.caseId)?.riskLevel).toBe('IMMINENT');
  }),
);

test(
  'a re-triage to HIGH opens CHILD_SEEN; refused when nothing changes; the case row follows',
  workflowTest(async (h) => {
    const input = caseInput({ riskLevel: 'MEDIUM' });
    const handle = await startCase(h, input);
    await expectRefused(handle.executeUpdate(retriageUpdate, { args: [{ actor: coord, riskLevel: 'MEDIUM' }] }), /already NEGLECT at MEDIUM risk/);
    await expectForbidden(handle.executeUpdate(retriageUpdate, { args: [{ actor: actors.coordinator('MEKNES'), riskLevel: 'HIGH' }] }));
    await handle.executeUpdate(retriageUpdate, { args: [{ actor: coord, riskLevel: 'HIGH', reason: 'nouvelle information' }] });
    const s = await state(handle);
    expect(s.riskLevel).toBe('HIGH');
    expect(s.openSteps.map((o) => o.step).sort()).toEqual(['ACKNOWLEDGEMENT', 'CHILD_SEEN']);
    expect(h.store.cases.get(input.caseId)?.riskLevel).toBe('HIGH');
    expect(h.store.eventsOf(input.caseId, 'RETRIAGED')[0].data).toMatchObject({ from: { riskLevel: 'MEDIUM' }, to: { riskLevel: 'HIGH' } });
  }),
);

test(
  'a reassignment moves the coordinator’s open steps: the next alert goes to the new assignee',
  workflowTest(async (h) => {
    const input = caseInput({ riskLevel: 'MEDIUM' });
    const handle = await startCase(h, input);
    await expectRefused(handle.executeUpdate(reassignUpdate, { args: [{ actor: head, assigneeId: other.userId }] }), /acknowledge it/);
    await handle.executeUpdate(acknowledgeUpdate, { args: [{ actor: coord }] });
    await expectForbidden(handle.executeUpdate(reassignUpdate, { args: [{ actor: coord, assigneeId: other.userId }] }));
    await expectRefused(handle.executeUpdate(reassignUpdate, { args: [{ actor: head, assigneeId: coord.userId }] }), /already assigned/);
    await handle.executeUpdate(reassignUpdate, { args: [{ actor: actors.delegate(), assigneeId: other.userId, reason: 'congé' }] });
    const s = await state(handle);
    expect(s.assigneeId).toBe(other.userId);
    expect(h.store.cases.get(input.caseId)?.assigneeId).toBe(other.userId);
    const due = s.openSteps.find((o) => o.step === 'ASSESSMENT')?.dueAt as string;
    await sleepUntil(h, Date.parse(due) + MINUTE);
    const alert = h.store.alertCalls.find((a) => a.step === 'ASSESSMENT' && a.level === 0);
    expect(alert).toMatchObject({ ladderRole: 'ASSIGNEE', assigneeUserId: other.userId });
  }),
);

test(
  'a corrected date of birth re-arms the 18th-birthday timer: nothing at the old instant, after-care at the new one',
  workflowTest(async (h) => {
    const now = await h.env.currentTimeMs();
    const oldAdultAt = new Date(now + 10 * DAY).toISOString();
    const newAdultAt = new Date(now + 40 * DAY).toISOString();
    const input = caseInput({ riskLevel: 'HIGH', adultAt: oldAdultAt });
    const handle = await startCase(h, input);
    await handle.executeUpdate(acknowledgeUpdate, { args: [{ actor: coord }] });
    await handle.executeUpdate(recordChildSeenUpdate, { args: [{ actor: coord, emergencyShelter: true }] });
    await expectRefused(handle.executeUpdate(correctChildUpdate, { args: [{ actor: coord, fields: ['dateOfBirth'], adultAt: 'demain' }] }), /adultAt must be an instant/);
    await handle.executeUpdate(correctChildUpdate, { args: [{ actor: coord, fields: ['dateOfBirth', 'sex'], adultAt: newAdultAt, dobEstimated: false }] });
    expect((await state(handle)).adultAt).toBe(newAdultAt);

    await sleepUntil(h, Date.parse(oldAdultAt) + HOUR);
    expect(await state(handle)).toMatchObject({ adult: false, afterCare: null });
    expect(h.store.eventsOf(input.caseId, 'TURNED_18')).toHaveLength(0);
    await sleepUntil(h, Date.parse(newAdultAt) - HOUR);
    expect((await state(handle)).adult).toBe(false);
    await sleepUntil(h, Date.parse(newAdultAt) + HOUR);
    expect(await state(handle)).toMatchObject({ adult: true, stage: 'AFTER_CARE' });
    expect(h.store.eventsOf(input.caseId, 'CHILD_CORRECTED')[0].data).toMatchObject({ fields: ['dateOfBirth', 'sex'], adultAtBefore: oldAdultAt, adultAt: newAdultAt });
    // once of age in the pathway, the date of birth no longer changes it
    await expectRefused(handle.executeUpdate(correctChildUpdate, { args: [{ actor: coord, fields: ['dateOfBirth'], adultAt: newAdultAt }] }), /already been reached/);
    await recordFixture(handle, 'case-corrected-birthday');
  }),
);

test(
  'a child without a known age gets one by correction: the watch wakes and sleeps until it',
  workflowTest(async (h) => {
    const now = await h.env.currentTimeMs();
    const input = caseInput({ riskLevel: 'HIGH', adultAt: null });
    const handle = await startCase(h, input);
    await handle.executeUpdate(acknowledgeUpdate, { args: [{ actor: coord }] });
    await handle.executeUpdate(recordChildSeenUpdate, { args: [{ actor: coord, emergencyShelter: true }] });
    const adultAt = new Date(now + 5 * DAY).toISOString();
    await handle.executeUpdate(correctChildUpdate, { args: [{ actor: coord, fields: ['estimatedAge'], adultAt, dobEstimated: true }] });
    await sleepUntil(h, Date.parse(adultAt) + HOUR);
    expect(await state(handle)).toMatchObject({ adult: true, stage: 'AFTER_CARE', dobEstimated: true });
  }),
);

test(
  'a revised care plan goes back through approval without leaving its stage; entering an institution opens its review',
  workflowTest(async (h) => {
    const handle = await startCase(h, caseInput({ riskLevel: 'MEDIUM' }));
    await handle.executeUpdate(acknowledgeUpdate, { args: [{ actor: coord }] });
    await expectRefused(handle.executeUpdate(reviseCarePlanUpdate, { args: [{ actor: coord, objectives: ['x'], placement: 'FAMILY', reason: 'r' }] }), /no approved care plan/);
    await handle.executeUpdate(submitAssessmentUpdate, { args: [{ actor: coord, summary: 'évaluation' }] });
    await handle.executeUpdate(approveUpdate, { args: [{ actor: head, subject: 'ASSESSMENT' }] });
    await handle.executeUpdate(submitCarePlanUpdate, { args: [{ actor: coord, objectives: ['école'], placement: 'FAMILY' }] });
    await handle.executeUpdate(approveUpdate, { args: [{ actor: head, subject: 'CARE_PLAN' }] });
    expect((await state(handle)).stage).toBe('FOLLOW_UP');

    await handle.executeUpdate(reviseCarePlanUpdate, { args: [{ actor: coord, objectives: ['école', 'foyer'], placement: 'INSTITUTION', reason: 'famille absente' }] });
    let s = await state(handle);
    expect(s).toMatchObject({ stage: 'FOLLOW_UP', carePlan: 'SUBMITTED', placement: 'FAMILY', inInstitution: false });
    expect(s.openSteps.some((o) => o.step === 'APPROVAL' && o.ref === 'CARE_PLAN')).toBe(true);
    await expectRefused(handle.executeUpdate(reviseCarePlanUpdate, { args: [{ actor: coord, objectives: ['x'], placement: 'FAMILY', reason: 'r' }] }), /no approved care plan/);
    await handle.executeUpdate(rejectUpdate, { args: [{ actor: head, subject: 'CARE_PLAN', reason: 'pas assez motivé' }] });
    s = await state(handle);
    expect(s).toMatchObject({ stage: 'FOLLOW_UP', carePlan: 'APPROVED', placement: 'FAMILY' });
    expect(s.openSteps.some((o) => o.step === 'CARE_PLAN')).toBe(false);

    await handle.executeUpdate(reviseCarePlanUpdate, { args: [{ actor: coord, objectives: ['école', 'foyer'], placement: 'INSTITUTION', reason: 'famille absente' }] });
    await handle.executeUpdate(approveUpdate, { args: [{ actor: head, subject: 'CARE_PLAN' }] });
    s = await state(handle);
    expect(s).toMatchObject({ stage: 'FOLLOW_UP', carePlan: 'APPROVED', placement: 'INSTITUTION', inInstitution: true });
    expect(s.openSteps.filter((o) => o.step === 'INSTITUTION_REVIEW')).toHaveLength(1);

    // back to the family: the institution review closes
    await expectRefused(handle.executeUpdate(recordPlacementUpdate, { args: [{ actor: coord, placement: 'INSTITUTION' }] }), /already INSTITUTION/);
    await handle.executeUpdate(recordPlacementUpdate, { args: [{ actor: coord, placement: 'FAMILY' }] });
    s = await state(handle);
    expect(s).toMatchObject({ placement: 'FAMILY', inInstitution: false });
    expect(s.openSteps.some((o) => o.step === 'INSTITUTION_REVIEW')).toBe(false);
  }),
);

test(
  'a runaway opens its urgent step with its own deadline and ladder; the child found closes it',
  workflowTest(async (h) => {
    const input = caseInput({ riskLevel: 'MEDIUM' });
    const handle = await startCase(h, input);
    await handle.executeUpdate(acknowledgeUpdate, { args: [{ actor: coord }] });
    await expectRefused(handle.executeUpdate(recordChildFoundUpdate, { args: [{ actor: coord }] }), /not reported missing/);
    const reported = await h.env.currentTimeMs();
    await handle.executeUpdate(reportRunawayUpdate, { args: [{ actor: coord, note: 'parti du foyer' }] });
    await settle(h);
    await expectRefused(handle.executeUpdate(reportRunawayUpdate, { args: [{ actor: coord }] }), /already reported missing/);
    const s = await state(handle);
    const step = s.openSteps.find((o) => o.step === 'RUNAWAY');
    // MEDIUM: 24 h by the default policy
    expect(Date.parse(step?.dueAt as string) - reported).toBeGreaterThanOrEqual(24 * HOUR);
    expect(Date.parse(step?.dueAt as string) - reported).toBeLessThan(24 * HOUR + 2 * MINUTE);
    expect(urgentAlerts(h, 'RUNAWAY').map((a) => [a.ladderRole, a.assigneeUserId])).toEqual([
      ['ASSIGNEE', coord.userId],
      ['HEAD_OF_CENTRE', coord.userId],
    ]);
    await sleepUntil(h, Date.parse(step?.dueAt as string) + MINUTE);
    expect(h.store.escalationsOf(input.caseId, 'RUNAWAY').map((e) => e.role)).toEqual(['ASSIGNEE']);
    await handle.executeUpdate(recordChildFoundUpdate, { args: [{ actor: coord }] });
    expect((await state(handle)).openSteps.some((o) => o.step === 'RUNAWAY')).toBe(false);
    expect(h.store.eventsOf(input.caseId, 'CHILD_FOUND')).toHaveLength(1);
    // the ladder stopped: a day later, no second level
    await h.env.sleep(2 * DAY);
    expect(h.store.escalationsOf(input.caseId, 'RUNAWAY')).toHaveLength(1);
    await recordFixture(handle, 'case-runaway');
  }),
);
