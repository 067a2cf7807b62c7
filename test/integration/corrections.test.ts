// Corrections and hand-overs over HTTP on the real stack: a corrected date of
// birth writes the Child row and re-arms the pathway's 18th birthday; a
// correction that fails between the database write and the workflow update
// leaves the child as it was; a case is handed only to a coordinator of its
// province (422 otherwise); a runaway opens its urgent step until the child
// is found.
import { birthdayInstant } from '../../libs/domain/adulthood';
import { UnavailableError } from '../../apps/api/src/common/errors';
import { PathwayGateway } from '../../apps/api/src/pathway/pathway.gateway';
import { http } from '../support/http';
import { eventually, startStack, type Stack } from '../support/stack';

let stack: Stack;
let api: ReturnType<typeof http>;
const t: Record<string, string> = {};

beforeAll(async () => {
  stack = await startStack();
  api = http(stack.baseUrl);
  for (const u of ['intake', 'coordinator', 'head', 'delegate']) t[u] = await stack.token(`u-tanger-${u}`);
  // a second coordinator of Tanger, without addresses (no alert reaches it)
  await stack.db.user.upsert({
    where: { id: 'u-tanger-coordinator-3' },
    update: {},
    create: { id: 'u-tanger-coordinator-3', role: 'COORDINATOR', provinceCode: 'TANGER_ASSILAH', organisationId: 'org-tanger-centre', displayName: 'Coordinateur 3 (Tanger-Assilah)' },
  });
});
afterAll(async () => {
  await stack?.stop();
});

async function acknowledgedCase(child: Record<string, unknown>): Promise<string> {
  const r = await api.post(
    '/api/v1/reports',
    { provinceCode: 'TANGER_ASSILAH', entryPoint: 'SCHOOL', category: 'NEGLECT', riskLevel: 'LOW', narrative: 'corrections', child },
    t.intake,
  );
  expect(r.status).toBe(201);
  const caseId = r.body.caseId as string;
  await eventually(async () => (await api.get(`/api/v1/cases/${caseId}`, t.coordinator)).body.pathway?.openSteps?.length > 0);
  expect((await api.post(`/api/v1/cases/${caseId}/acknowledge`, {}, t.coordinator)).status).toBe(200);
  return caseId;
}

const childOf = async (caseId: string) => (await stack.db.case.findUniqueOrThrow({ where: { id: caseId }, include: { child: true } })).child;

test('a corrected date of birth writes the child and re-arms the pathway’s 18th birthday; bad values are 422 and change nothing', async () => {
  const caseId = await acknowledgedCase({ firstName: 'Hafsa', lastName: 'Correction', sex: 'M', dateOfBirth: '2014-05-05' });
  const before = await childOf(caseId);

  const bad = await api.post(`/api/v1/cases/${caseId}/child-corrections`, { dateOfBirth: '2099-01-01' }, t.coordinator);
  expect(bad.status).toBe(422);
  expect(bad.body.errors.map((e: { field: string }) => e.field)).toContain('dateOfBirth');
  const nothing = await api.post(`/api/v1/cases/${caseId}/child-corrections`, { reason: 'rien à corriger' }, t.coordinator);
  // a body that names nothing to correct is malformed (the schema's refinement: 400), like a report with both a date of birth and an age
  expect(nothing.status).toBe(400);
  expect((await childOf(caseId)).adultAt?.toISOString()).toBe(before.adultAt?.toISOString());

  const res = await api.post(`/api/v1/cases/${caseId}/child-corrections`, { dateOfBirth: '2012-01-20', sex: 'F', reason: 'acte de naissance' }, t.coordinator);
  expect(res.status).toBe(200);
  const adultAt = birthdayInstant('2012-01-20', 18, stack.config.MASAR_TIME_ZONE).toISOString();
  expect(res.body.adultAt).toBe(adultAt);
  const after = await childOf(caseId);
  expect(after.adultAt?.toISOString()).toBe(adultAt);
  expect(after.dateOfBirth?.toISOString().slice(0, 10)).toBe('2012-01-20');
  expect(after.sex).toBe('F');
  const entries = await stack.db.recordEntry.findMany({ where: { caseId, kind: 'CHILD_CORRECTION' } });
  expect(entries.map((e) => e.body)).toEqual([{ fields: ['dateOfBirth', 'sex'], dobEstimated: false, reason: 'acte de naissance' }]);
});

test('a correction that fails between the database write and the workflow update leaves the child and the pathway as they were', async () => {
  const caseId = await acknowledgedCase({ firstName: 'Yahya', lastName: 'Rollback', sex: 'M', dateOfBirth: '2013-02-02' });
  const before = await childOf(caseId);
  const gateway = stack.app.get(PathwayGateway);
  const fault = jest.spyOn(gateway, 'update').mockRejectedValueOnce(new UnavailableError('Temporal is not reachable'));
  try {
    const res = await api.post(`/api/v1/cases/${caseId}/child-corrections`, { dateOfBirth: '2010-10-10', firstName: 'Yahia' }, t.coordinator);
    expect(res.status).toBe(503);
    expect(fault).toHaveBeenCalledTimes(1);
  } finally {
    fault.mockRestore();
  }
  const after = await childOf(caseId);
  expect({ dob: after.dateOfBirth?.toISOString(), adultAt: after.adultAt?.toISOString(), firstName: after.firstName, key: after.firstNameKey }).toEqual({
    dob: before.dateOfBirth?.toISOString(),
    adultAt: before.adultAt?.toISOString(),
    firstName: 'Yahya',
    key: before.firstNameKey,
  });
  const pathway = (await api.get(`/api/v1/cases/${caseId}`, t.coordinator)).body.pathway;
  expect(pathway.adultAt).toBe(before.adultAt?.toISOString());
  expect(await stack.db.recordEntry.count({ where: { caseId, kind: 'CHILD_CORRECTION' } })).toBe(0);
});

test('a case is handed only to a coordinator of its province: another province or another role is a 422, a coordinator a 403', async () => {
  const caseId = await acknowledgedCase({ estimatedAge: 11 });
  for (const assigneeId of ['u-meknes-coordinator', 'u-tanger-provider-upe', 'nobody-here']) {
    const res = await api.post(`/api/v1/cases/${caseId}/reassign`, { assigneeId }, t.head);
    expect([assigneeId, res.status]).toEqual([assigneeId, 422]);
    expect(res.body.errors[0].field).toBe('assigneeId');
  }
  expect((await api.post(`/api/v1/cases/${caseId}/reassign`, { assigneeId: 'u-tanger-coordinator-3' }, t.coordinator)).status).toBe(403);
  const ok = await api.post(`/api/v1/cases/${caseId}/reassign`, { assigneeId: 'u-tanger-coordinator-3', reason: 'congé' }, t.delegate);
  expect(ok.status).toBe(200);
  expect(ok.body.assigneeId).toBe('u-tanger-coordinator-3');
  const again = await api.post(`/api/v1/cases/${caseId}/reassign`, { assigneeId: 'u-tanger-coordinator-3' }, t.head);
  expect(again.status).toBe(409);
  expect(again.body.detail).toMatch(/already assigned/);
  await eventually(async () => (await stack.db.case.findUniqueOrThrow({ where: { id: caseId } })).assigneeId === 'u-tanger-coordinator-3');
});

test('a runaway opens the urgent RUNAWAY step with its deadline; the child found closes it', async () => {
  const caseId = await acknowledgedCase({ estimatedAge: 13 });
  const run = await api.post(`/api/v1/cases/${caseId}/runaway`, { note: 'pas rentré au foyer' }, t.coordinator);
  expect(run.status).toBe(200);
  const step = run.body.openSteps.find((s: { step: string }) => s.step === 'RUNAWAY');
  expect(step?.dueAt).toEqual(expect.any(String));
  expect((await api.post(`/api/v1/cases/${caseId}/runaway`, {}, t.coordinator)).status).toBe(409);
  const found = await api.post(`/api/v1/cases/${caseId}/child-found`, { note: 'retrouvé' }, t.coordinator);
  expect(found.status).toBe(200);
  expect(found.body.openSteps.some((s: { step: string }) => s.step === 'RUNAWAY')).toBe(false);
  expect((await api.post(`/api/v1/cases/${caseId}/child-found`, {}, t.coordinator)).status).toBe(409);
});
