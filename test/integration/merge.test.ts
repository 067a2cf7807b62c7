// Merging two cases of one child over HTTP on the real stack: a school and
// then the police file the same girl as new (fileAsNew), the head of centre
// merges the police's case into the school's; both cases show the pointer,
// the duplicate's record reads under the survivor; another province's head
// and a coordinator are refused (403), a second merge is a 409; a merge that
// fails between the database write and the workflow update leaves both cases
// as they were (also when the survivor's update is the one that fails); an
// administrator undoes a merge within the period (once, when the undo is sent
// twice at once), and not after it (409).
import { UnavailableError } from '../../apps/api/src/common/errors';
import { lockCases } from '../../apps/api/src/cases/case-lock';
import { PathwayGateway } from '../../apps/api/src/pathway/pathway.gateway';
import { absorbUpdate } from '../../workflows/case.messages';
import { http } from '../support/http';
import { eventually, startStack, type Stack } from '../support/stack';

let stack: Stack;
let api: ReturnType<typeof http>;
const t: Record<string, string> = {};
let n = 0;

beforeAll(async () => {
  stack = await startStack();
  api = http(stack.baseUrl);
  for (const u of ['u-tanger-intake', 'u-tanger-coordinator', 'u-tanger-head', 'u-meknes-head', 'u-national-admin']) t[u] = await stack.token(u);
});
afterAll(async () => {
  await stack?.stop();
});

/** The same girl filed twice as new: by the school, then by the police. */
async function twoCases(): Promise<{ school: string; police: string }> {
  const child = { firstName: 'Salma', lastName: `Fusion${++n}`, sex: 'F', dateOfBirth: '2014-06-0' + ((n % 9) + 1), motherName: 'Khadija Amrani' };
  const file = async (entryPoint: string, narrative: string) => {
    const r = await api.post(
      '/api/v1/reports',
      { provinceCode: 'TANGER_ASSILAH', entryPoint, category: 'NEGLECT', riskLevel: 'LOW', narrative, child, fileAsNew: true },
      t['u-tanger-intake'],
    );
    expect(r.status).toBe(201);
    const caseId = r.body.caseId as string;
    await eventually(async () => (await api.get(`/api/v1/cases/${caseId}`, t['u-tanger-coordinator'])).body.pathway?.openSteps?.length > 0);
    expect((await api.post(`/api/v1/cases/${caseId}/acknowledge`, {}, t['u-tanger-coordinator'])).status).toBe(200);
    return caseId;
  };
  return { school: await file('SCHOOL', 'Absences répétées'), police: await file('POLICE', 'Enfant seule à la gare') };
}

const row = (id: string) => stack.db.case.findUniqueOrThrow({ where: { id } });

/** The head merges police into school, and the survivor's update fails (Temporal unreachable for it): the answer's status. */
async function mergeRefusedBySurvivor(school: string, police: string): Promise<number> {
  const gateway = stack.app.get(PathwayGateway);
  const real = gateway.update.bind(gateway);
  const fault = jest.spyOn(gateway, 'update').mockImplementation(((id: string, def: { name: string }, args: never, options?: never) =>
    def.name === absorbUpdate.name ? Promise.reject(new UnavailableError('Temporal is not reachable')) : real(id, def as never, args, options)) as never);
  try {
    return (await api.post(`/api/v1/cases/${school}/merge`, { duplicateCaseId: police, reason: 'panne' }, t['u-tanger-head'])).status;
  } finally {
    fault.mockRestore();
  }
}

test('the head merges the police’s case into the school’s: pointers both ways, the record under the survivor, refusals by role, province and state', async () => {
  const { school, police } = await twoCases();
  const note = await api.post(`/api/v1/cases/${police}/notes`, { text: 'Vue par la brigade des mineurs' }, t['u-tanger-coordinator']);
  expect(note.status).toBe(201);
  expect((await api.post(`/api/v1/cases/${police}/runaway`, { note: 'fugue' }, t['u-tanger-coordinator'])).status).toBe(200);
  const body = { duplicateCaseId: police, reason: 'Même enfant: école puis police' };

  expect((await api.post(`/api/v1/cases/${school}/merge`, body, t['u-meknes-head'])).status).toBe(403);
  expect((await api.post(`/api/v1/cases/${school}/merge`, body, t['u-tanger-coordinator'])).status).toBe(403);
  const self = await api.post(`/api/v1/cases/${school}/merge`, { ...body, duplicateCaseId: school }, t['u-tanger-head']);
  expect(self.status).toBe(422);
  expect(self.body.errors[0].field).toBe('duplicateCaseId');

  const res = await api.post(`/api/v1/cases/${school}/merge`, body, t['u-tanger-head']);
  expect(res.status).toBe(200);
  expect(res.body.moved).toMatchObject({ reports: 1, steps: ['RUNAWAY'] });
  expect(res.body.survivor.pathway.openSteps.map((s: { step: string }) => s.step)).toContain('RUNAWAY');

  const dup = await api.get(`/api/v1/cases/${police}`, t['u-tanger-head']);
  expect(dup.status).toBe(200);
  expect(dup.body).toMatchObject({ status: 'MERGED', stage: 'MERGED', mergedIntoId: school });
  expect(dup.body.pathway).toMatchObject({ status: 'MERGED', mergedInto: { caseId: school } });
  const surv = await api.get(`/api/v1/cases/${school}`, t['u-tanger-head']);
  expect(surv.body).toMatchObject({ status: 'OPEN', mergedIntoId: null, merged: [{ id: police }] });
  expect(surv.body.pathway.merged).toEqual([expect.objectContaining({ caseId: police, steps: ['RUNAWAY'] })]);

  // the duplicate's record (its report's narrative, the note) reads under the survivor
  const record = await api.get(`/api/v1/cases/${school}/record`, t['u-tanger-coordinator']);
  expect(record.status).toBe(200);
  const bodies = record.body.entries.map((e: { body: unknown }) => JSON.stringify(e.body)).join('\n');
  expect(bodies).toContain('Vue par la brigade des mineurs');
  expect(bodies).toContain('Enfant seule à la gare');
  expect(await stack.db.report.count({ where: { caseId: police } })).toBe(0);
  expect(await stack.db.recordEntry.count({ where: { caseId: police } })).toBe(0);
  await eventually(async () => (await stack.db.openStep.count({ where: { caseId: school, step: 'RUNAWAY', status: 'OPEN' } })) === 1);
  expect(await stack.db.openStep.count({ where: { caseId: police, status: 'OPEN' } })).toBe(0);
  expect(await stack.db.auditEntry.count({ where: { action: 'case.merge', caseId: school, outcome: 'OK' } })).toBe(1);

  // the survivor's action closes the moved step
  expect((await api.post(`/api/v1/cases/${school}/child-found`, {}, t['u-tanger-coordinator'])).status).toBe(200);
  const again = await api.post(`/api/v1/cases/${school}/merge`, body, t['u-tanger-head']);
  expect(again.status).toBe(409);
  expect(again.body.detail).toMatch(/already merged/);

  // A later report naming the duplicate goes to the survivor; identification offers the survivor only.
  const later = await api.post(
    '/api/v1/reports',
    { provinceCode: 'TANGER_ASSILAH', entryPoint: 'HOSPITAL', category: 'NEGLECT', riskLevel: 'LOW', narrative: 'Revue aux urgences', child: { firstName: 'Salma' }, attachToCaseId: police },
    t['u-tanger-intake'],
  );
  expect(later.status).toBe(201);
  expect(later.body.caseId).toBe(school);
  expect((await row(police)).status).toBe('MERGED');
  const search = await api.post('/api/v1/children/search', { firstName: 'Salma', lastName: `Fusion${n}`, sex: 'F' }, t['u-tanger-intake']);
  expect(search.status).toBe(200);
  const found = (search.body.candidates as { caseId: string }[]).map((c) => c.caseId);
  expect(found).toContain(school);
  expect(found).not.toContain(police);
});

test('a report written to the duplicate that reaches its pathway only after the merge ended it joins the survivor, and never runs the duplicate again', async () => {
  const { school, police } = await twoCases();
  const temporal = stack.app.get(PathwayGateway).temporal;
  // The police file a second report on their case (its answer kept under the key).
  const key = `merge-window-${n}`;
  const report = { provinceCode: 'TANGER_ASSILAH', entryPoint: 'POLICE', category: 'NEGLECT', riskLevel: 'HIGH', narrative: 'Revue à la gare', child: { firstName: 'Salma' }, attachToCaseId: police };
  const filed = await api.post('/api/v1/reports', report, t['u-tanger-intake'], { 'Idempotency-Key': key });
  expect(filed.status).toBe(201);
  expect(filed.body.caseId).toBe(police);
  expect((await api.post(`/api/v1/cases/${school}/merge`, { duplicateCaseId: police, reason: 'Même enfant' }, t['u-tanger-head'])).status).toBe(200);
  // (it ends once the urgent alerts of the second report, in flight, are in)
  const ended = await eventually(async () => {
    const d = await temporal.workflow.getHandle(`case-${police}`).describe();
    return d.status.name === 'COMPLETED' ? d : null;
  });

  // The merge's transaction as the report's signal finds it: the duplicate's pathway has
  // ended, its row is not written yet (the row OPEN, committed; the merge holds the lock).
  await stack.db.case.update({ where: { id: police }, data: { status: 'OPEN', stage: 'ASSESSMENT', mergedIntoId: null, closedAt: null } });
  let committed = 0;
  const merging = stack.db.$transaction(
    async (tx) => {
      await lockCases(tx, police);
      await tx.case.update({ where: { id: police }, data: { status: 'MERGED', stage: 'MERGED', mergedIntoId: school, closedAt: new Date() } });
      await new Promise((r) => setTimeout(r, 1_500));
      committed = Date.now();
    },
    { timeout: 10_000 },
  );
  await new Promise((r) => setTimeout(r, 200));
  // the request again (its client did not hear the answer): the report's pathway is signalled again
  const again = await api.post('/api/v1/reports', report, t['u-tanger-intake'], { 'Idempotency-Key': key });
  await merging;
  expect(again.status).toBe(201);
  // it waited for the merge, and went to the survivor
  expect(Date.now()).toBeGreaterThanOrEqual(committed);
  expect(again.body).toMatchObject({ caseId: school, reportId: filed.body.reportId });
  expect(await stack.db.report.findUniqueOrThrow({ where: { id: filed.body.reportId } })).toMatchObject({ caseId: school });
  // the duplicate's pathway was not started again
  const after = await temporal.workflow.getHandle(`case-${police}`).describe();
  expect({ runId: after.runId, status: after.status.name }).toEqual({ runId: ended.runId, status: 'COMPLETED' });
  const survivor = await api.get(`/api/v1/cases/${school}`, t['u-tanger-head']);
  expect((survivor.body.pathway.reports as string[]).filter((r) => r === filed.body.reportId)).toHaveLength(1);
});

test('a note for either case waits for a merge under way (the case lock record writers take), so it moves with the rest or lands after', async () => {
  const { school, police } = await twoCases();
  let committed = 0;
  const merging = stack.db.$transaction(
    async (tx) => {
      await lockCases(tx, school, police);
      await new Promise((r) => setTimeout(r, 1_000));
      committed = Date.now();
    },
    { timeout: 10_000 },
  );
  await new Promise((r) => setTimeout(r, 100));
  const note = await api.post(`/api/v1/cases/${police}/notes`, { text: 'Pendant la fusion' }, t['u-tanger-coordinator']);
  const answered = Date.now();
  await merging;
  expect(note.status).toBe(201);
  expect(answered).toBeGreaterThanOrEqual(committed);
});

test('a merge that fails between the database write and the workflow update leaves both cases as they were', async () => {
  const { school, police } = await twoCases();
  const gateway = stack.app.get(PathwayGateway);
  const before = { school: await row(school), police: await row(police) };
  const fault = jest.spyOn(gateway, 'update').mockRejectedValueOnce(new UnavailableError('Temporal is not reachable'));
  try {
    const res = await api.post(`/api/v1/cases/${school}/merge`, { duplicateCaseId: police, reason: 'panne' }, t['u-tanger-head']);
    expect(res.status).toBe(503);
    expect(fault).toHaveBeenCalledTimes(1);
  } finally {
    fault.mockRestore();
  }
  expect(await row(police)).toMatchObject({ status: 'OPEN', stage: before.police.stage, mergedIntoId: null });
  expect(await stack.db.report.count({ where: { caseId: police } })).toBe(1);
  expect(await stack.db.report.count({ where: { caseId: school } })).toBe(1);
  expect((await api.get(`/api/v1/cases/${police}`, t['u-tanger-head'])).body.pathway).toMatchObject({ status: 'OPEN', stage: before.police.stage });
  expect((await api.get(`/api/v1/cases/${school}`, t['u-tanger-head'])).body.pathway.merged ?? []).toEqual([]);
});

test('when the survivor’s update fails after the duplicate ended, the duplicate runs again as it was and nothing moved', async () => {
  const { school, police } = await twoCases();
  expect((await api.post(`/api/v1/cases/${police}/runaway`, {}, t['u-tanger-coordinator'])).status).toBe(200);
  const stepsBefore = (await api.get(`/api/v1/cases/${police}`, t['u-tanger-head'])).body.pathway.openSteps.map((s: { step: string; dueAt: string }) => [s.step, s.dueAt]);
  expect(await mergeRefusedBySurvivor(school, police)).toBe(503);
  await eventually(async () => (await row(police)).status === 'OPEN');
  const after = await api.get(`/api/v1/cases/${police}`, t['u-tanger-head']);
  expect(after.body).toMatchObject({ status: 'OPEN', mergedIntoId: null, pathway: { status: 'OPEN' } });
  expect(after.body.pathway.openSteps.map((s: { step: string; dueAt: string }) => [s.step, s.dueAt])).toEqual(stepsBefore);
  expect(await stack.db.report.count({ where: { caseId: police } })).toBe(1);
  await eventually(async () => (await stack.db.openStep.count({ where: { caseId: police, step: 'RUNAWAY', status: 'OPEN' } })) === 1);
});

test('when the survivor refuses right after the duplicate answered, its merged run still finishing, the duplicate is started again once that run ends', async () => {
  const { school, police } = await twoCases();
  // a report whose effects (its receipt to the police) are still in flight when the merge comes
  const report = { provinceCode: 'TANGER_ASSILAH', entryPoint: 'POLICE', category: 'NEGLECT', riskLevel: 'HIGH', narrative: 'Revue la nuit', child: { firstName: 'Salma' }, attachToCaseId: police };
  expect((await api.post('/api/v1/reports', report, t['u-tanger-intake'])).status).toBe(201);
  const gateway = stack.app.get(PathwayGateway);
  const mergedRun = (await gateway.temporal.workflow.getHandle(`case-${police}`).describe()).runId;
  expect(await mergeRefusedBySurvivor(school, police)).toBe(503);
  // a new run, running, OPEN: not the merged run, which a start before its end found running and kept
  const now = await gateway.temporal.workflow.getHandle(`case-${police}`).describe();
  expect(now.runId).not.toBe(mergedRun);
  expect(now.status.name).toBe('RUNNING');
  const after = await eventually(async () => {
    const c = await api.get(`/api/v1/cases/${police}`, t['u-tanger-head']);
    return c.body.status === 'OPEN' && c.body.pathway?.status === 'OPEN' ? c : null;
  });
  expect(after.body.pathway.reports).toHaveLength(2);
});

test('an administrator undoes a merge within the period (a new pathway run with its own reports and record), not after it', async () => {
  const { school, police } = await twoCases();
  expect((await api.post(`/api/v1/cases/${police}/notes`, { text: 'Note de la police' }, t['u-tanger-coordinator'])).status).toBe(201);
  expect((await api.post(`/api/v1/cases/${school}/merge`, { duplicateCaseId: police, reason: 'doublon' }, t['u-tanger-head'])).status).toBe(200);
  expect((await api.post(`/api/v1/cases/${police}/unmerge`, { reason: 'homonymes' }, t['u-tanger-head'])).status).toBe(403);

  // the same undo sent twice at once (a double click): the case lock lets one through, the other finds it undone
  const [one, two] = await Promise.all([0, 1].map(() => api.post(`/api/v1/cases/${police}/unmerge`, { reason: 'Deux enfants différents' }, t['u-national-admin'])));
  expect([one.status, two.status].sort()).toEqual([200, 409]);
  const undo = one.status === 200 ? one : two;
  expect((one.status === 409 ? one : two).body.code).toBe('not_merged');
  expect(undo.body).toMatchObject({ status: 'OPEN', stage: 'REPORTED', restored: { reports: 1, recordEntries: 1 } });
  expect(await row(police)).toMatchObject({ status: 'OPEN', mergedIntoId: null });
  expect(await stack.db.report.count({ where: { caseId: police } })).toBe(1);
  expect(await stack.db.recordEntry.count({ where: { caseId: police } })).toBe(1);
  await eventually(async () => (await api.get(`/api/v1/cases/${police}`, t['u-tanger-coordinator'])).body.pathway?.openSteps?.some((s: { step: string }) => s.step === 'ACKNOWLEDGEMENT'));
  expect((await api.get(`/api/v1/cases/${school}`, t['u-tanger-head'])).body.merged).toEqual([]);
  expect((await api.post(`/api/v1/cases/${police}/unmerge`, { reason: 'encore' }, t['u-national-admin'])).status).toBe(409);

  // merged 31 days ago: past the period
  const late = await twoCases();
  expect((await api.post(`/api/v1/cases/${late.school}/merge`, { duplicateCaseId: late.police, reason: 'doublon' }, t['u-tanger-head'])).status).toBe(200);
  await stack.db.case.update({ where: { id: late.police }, data: { mergedAt: new Date(Date.now() - 31 * 86_400_000) } });
  const refused = await api.post(`/api/v1/cases/${late.police}/unmerge`, { reason: 'trop tard' }, t['u-national-admin']);
  expect(refused.status).toBe(409);
  expect(refused.body.detail).toMatch(/within 30 days/);
  expect(await row(late.police)).toMatchObject({ status: 'MERGED', mergedIntoId: late.school });
});
