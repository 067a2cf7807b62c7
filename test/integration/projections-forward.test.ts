// A projection batch's statement can commit after a newer batch of the same
// pathway (a killed worker's statement waiting on a lock, an attempt that
// timed out and was tried again). On the real database function: the late
// batch does not move the case row or its view back, and does not reopen a
// closed step nor lower its level; a batch without a version (older workers)
// writes as before.
import { randomUUID } from 'node:crypto';
import type { ProjectionWrite } from '../../activities/ports';
import { createPathwayPorts } from '../../apps/worker/src/ports/pathway-ports';
import { createDb, type Db } from '../../libs/db/prisma';

let owner: Db;
let worker: Db;
const P = 'RABAT';
const T0 = Date.parse('2026-03-01T10:00:00Z');

beforeAll(() => {
  owner = createDb(process.env.MIGRATION_DATABASE_URL ?? (process.env.DATABASE_URL as string), { poolSize: 2 });
  // the worker's own role, as in production
  worker = createDb(process.env.DATABASE_URL as string, { poolSize: 2 });
});
afterAll(async () => {
  await owner.$disconnect();
  await worker.$disconnect();
});

async function newCase(): Promise<string> {
  const child = await owner.child.create({ data: { sex: 'M', dateOfBirth: new Date('2012-02-01') } });
  const id = randomUUID();
  await owner.case.create({ data: { id, reference: `FW-${id.slice(0, 8).toUpperCase()}`, childId: child.id, provinceCode: P, category: 'NEGLECT', riskLevel: 'HIGH', workflowId: `case-${id}` } });
  return id;
}

const caseWrite = (caseId: string, stage: string): ProjectionWrite => ({ kind: 'case', p: { caseId, stage, status: 'OPEN', track: 'SOCIAL', provinceCode: P, assigneeId: null } });
const viewWrite = (caseId: string, stage: string): ProjectionWrite => ({ kind: 'view', caseId, view: { stage } });
const stepWrite = (caseId: string, key: string, level: number): ProjectionWrite => ({
  kind: 'step',
  p: { key, caseId, provinceCode: P, step: 'ASSESSMENT', dueAt: new Date(T0 + 86_400_000).toISOString(), level, status: 'OPEN', openedAt: new Date(T0).toISOString() },
});
const closeWrite = (key: string): ProjectionWrite => ({ kind: 'closeStep', c: { key, status: 'DONE', closedAt: new Date(T0 + 120_000).toISOString() } });

async function row(caseId: string) {
  const c = await owner.case.findUniqueOrThrow({ where: { id: caseId }, select: { stage: true, pathwayView: true, pathwayVersion: true } });
  return { stage: c.stage, view: c.pathwayView, version: c.pathwayVersion === null ? null : Number(c.pathwayVersion) };
}
const stepRow = (key: string) => owner.openStep.findUniqueOrThrow({ where: { key }, select: { status: true, level: true } });

// A write alone, two ways: the batch's statement (the database function) and the one-write-at-a-time path of older histories.
const paths = {
  batch: (w: ProjectionWrite) => createPathwayPorts(worker).projection.apply!([w], null),
  single: (w: ProjectionWrite) => {
    const p = createPathwayPorts(worker).projection;
    if (w.kind === 'referral') return p.saveReferral(w.r);
    if (w.kind === 'complaint') return p.saveComplaint(w.c);
    if (w.kind === 'step') return p.saveStep(w.p);
    if (w.kind === 'closeStep') return p.closeStep(w.c);
    throw new Error(`not a row write: ${w.kind}`);
  },
};

test('a late batch leaves the newer case row and view as they are; the same batch again, or a newer one, is written', async () => {
  const apply = createPathwayPorts(worker).projection.apply!;
  const id = await newCase();
  await apply([caseWrite(id, 'ASSESSMENT'), viewWrite(id, 'ASSESSMENT')], null, T0 + 2_000);
  expect(await row(id)).toEqual({ stage: 'ASSESSMENT', view: { stage: 'ASSESSMENT' }, version: T0 + 2_000 });

  // the batch of an earlier task commits now
  await apply([caseWrite(id, 'RECEPTION'), viewWrite(id, 'RECEPTION')], null, T0 + 1_000);
  expect(await row(id)).toEqual({ stage: 'ASSESSMENT', view: { stage: 'ASSESSMENT' }, version: T0 + 2_000 });

  // a retry of the same batch (same version) and a later one go through
  await apply([caseWrite(id, 'ASSESSMENT'), viewWrite(id, 'ASSESSMENT')], null, T0 + 2_000);
  await apply([caseWrite(id, 'CARE_PLAN'), viewWrite(id, 'CARE_PLAN')], null, T0 + 3_000);
  expect(await row(id)).toEqual({ stage: 'CARE_PLAN', view: { stage: 'CARE_PLAN' }, version: T0 + 3_000 });

  // a batch without a version (a referral's, a worker from before): written as it always was, the version kept
  await apply([caseWrite(id, 'FOLLOW_UP'), viewWrite(id, 'FOLLOW_UP')], null);
  expect(await row(id)).toEqual({ stage: 'FOLLOW_UP', view: { stage: 'FOLLOW_UP' }, version: T0 + 3_000 });
});

test('a late batch neither reopens a closed step nor closes a reopened one; a level only climbs; a later batch may reopen', async () => {
  const apply = createPathwayPorts(worker).projection.apply!;
  const id = await newCase();
  const key = `case-${id}:c1:ASSESSMENT:1`;
  await apply([stepWrite(id, key, -1), viewWrite(id, 'ASSESSMENT')], null, T0 + 1_000);
  const escalation: ProjectionWrite = {
    kind: 'escalation',
    e: { key: `${key}:0`, stepKey: key, caseId: id, provinceCode: P, step: 'ASSESSMENT', level: 0, role: 'ASSIGNEE', dueAt: new Date(T0).toISOString(), alertedAt: new Date(T0 + 60_000).toISOString(), delivered: true },
  };
  await apply([escalation, viewWrite(id, 'ASSESSMENT')], null, T0 + 2_000);
  // moved to another province by a later batch (same key, the level the row had): still open, level kept
  await apply([stepWrite(id, key, -1), viewWrite(id, 'ASSESSMENT')], null, T0 + 3_000);
  expect(await stepRow(key)).toEqual({ status: 'OPEN', level: 0 });

  await apply([closeWrite(key), viewWrite(id, 'CARE_PLAN')], null, T0 + 4_000);
  // the opening's statement, late
  await apply([stepWrite(id, key, -1), viewWrite(id, 'ASSESSMENT')], null, T0 + 1_000);
  expect(await stepRow(key)).toEqual({ status: 'DONE', level: 0 });
  expect((await row(id)).view).toEqual({ stage: 'CARE_PLAN' });

  // a later batch reopens it (a duplicate that runs again after a failed merge), and a late closing leaves it open
  await apply([stepWrite(id, key, 0), viewWrite(id, 'ASSESSMENT')], null, T0 + 5_000);
  await apply([closeWrite(key)], null, T0 + 4_000);
  expect(await stepRow(key)).toEqual({ status: 'OPEN', level: 0 });
  expect(await row(id)).toEqual({ stage: 'REPORTED', view: { stage: 'ASSESSMENT' }, version: T0 + 5_000 });
});

// A referral's and a complaint's rows belong to their own workflows: each write
// carries the instant of the task that sent it, and the row keeps the newest.
describe('referral and complaint rows only move forward', () => {
  async function newReferral(): Promise<{ caseId: string; write: (status: string, version?: number) => ProjectionWrite & { kind: 'referral' } }> {
    const caseId = await newCase();
    const organisationId = `ORG-FW-${randomUUID().slice(0, 8)}`;
    await owner.organisation.create({ data: { id: organisationId, provinceCode: P, kind: 'NGO', nameFr: 'Association', nameAr: 'جمعية', services: ['PSYCHOLOGICAL'] } });
    const id = randomUUID();
    return {
      caseId,
      write: (status, version) => ({
        kind: 'referral',
        r: { id, caseId, organisationId, service: 'PSYCHOLOGICAL', status, basis: 'CONSENT', createdAt: new Date(T0).toISOString(), ...(version === undefined ? {} : { version }) },
      }),
    };
  }
  const referralRow = (w: ProjectionWrite & { kind: 'referral' }) =>
    owner.referral.findUniqueOrThrow({ where: { id: w.r.id }, select: { status: true, projectionVersion: true } }).then((r) => ({ status: r.status, version: r.projectionVersion === null ? null : Number(r.projectionVersion) }));

  async function newComplaint(): Promise<string> {
    const caseId = await newCase();
    const c = await owner.complaint.create({ data: { caseId, provinceCode: P, channel: 'PHONE', text: 'personne ne répond', workflowId: `complaint-${caseId}` } });
    return c.id;
  }
  const complaintWrite = (id: string, status: string, version?: number): ProjectionWrite => ({
    kind: 'complaint',
    c: { id, status, dueAt: new Date(T0 + 86_400_000).toISOString(), ...(status === 'ANSWERED' ? { respondedAt: new Date(T0).toISOString(), respondedBy: 'u-1', response: 'vu' } : {}), ...(version === undefined ? {} : { version }) },
  });
  const complaintRow = (id: string) =>
    owner.complaint.findUniqueOrThrow({ where: { id }, select: { status: true, response: true, projectionVersion: true } }).then((c) => ({ status: c.status, response: c.response, version: c.projectionVersion === null ? null : Number(c.projectionVersion) }));

  for (const [name, write] of Object.entries(paths)) {
    test(`${name}: an accepted referral is not shown pending again by its opening's late statement`, async () => {
      const { write: referral } = await newReferral();
      await write(referral('PENDING', T0 + 1_000));
      await write(referral('ACCEPTED', T0 + 2_000));
      await write(referral('PENDING', T0 + 1_000));
      expect(await referralRow(referral('ACCEPTED'))).toEqual({ status: 'ACCEPTED', version: T0 + 2_000 });
      // the same write again and a later one go through; one without a version (a task from before the change) is older than any
      await write(referral('ACCEPTED', T0 + 2_000));
      await write(referral('STARTED', T0 + 3_000));
      await write(referral('PENDING'));
      expect(await referralRow(referral('STARTED'))).toEqual({ status: 'STARTED', version: T0 + 3_000 });
    });

    test(`${name}: an answered complaint is not shown open again by a late statement`, async () => {
      const id = await newComplaint();
      await write(complaintWrite(id, 'OPEN', T0 + 1_000));
      await write(complaintWrite(id, 'ANSWERED', T0 + 2_000));
      await write(complaintWrite(id, 'OPEN', T0 + 1_000));
      await write(complaintWrite(id, 'OPEN'));
      expect(await complaintRow(id)).toEqual({ status: 'ANSWERED', response: 'vu', version: T0 + 2_000 });
    });
  }

  test('rows written before the change (no version) are written as they always were', async () => {
    const { write: referral } = await newReferral();
    await paths.batch(referral('PENDING'));
    await paths.batch(referral('ACCEPTED'));
    expect(await referralRow(referral('ACCEPTED'))).toEqual({ status: 'ACCEPTED', version: null });
    // the first versioned write takes over
    await paths.batch(referral('STARTED', T0 + 5_000));
    expect(await referralRow(referral('STARTED'))).toEqual({ status: 'STARTED', version: T0 + 5_000 });
  });
});

// A referral's or a complaint's steps come in batches without a case version
// (their workflow's clock is not the case's): each step write carries its own
// task's instant, and the step's row keeps the newest.
describe("a step's row only moves forward by its own workflow's versions", () => {
  const versioned = <W extends ProjectionWrite>(w: W, version?: number): W =>
    version === undefined ? w : ({ ...w, ...(w.kind === 'step' ? { p: { ...w.p, version } } : w.kind === 'closeStep' ? { c: { ...w.c, version } } : {}) } as W);
  const stepState = (key: string) =>
    owner.openStep.findUniqueOrThrow({ where: { key }, select: { status: true, level: true, projectionVersion: true } }).then((s) => ({ status: s.status, level: s.level, version: s.projectionVersion === null ? null : Number(s.projectionVersion) }));


  for (const [name, write] of Object.entries(paths)) {
    test(`${name}: a closed referral step is not shown open again by its opening's late statement`, async () => {
      const id = await newCase();
      const key = `referral-${randomUUID()}:c1:REFERRAL_ACCEPTANCE:1`;
      await write(versioned(stepWrite(id, key, -1), T0 + 1_000));
      await write(versioned(closeWrite(key), T0 + 2_000));
      // the opening's statement, late (an attempt that timed out and committed after its retry and the closing)
      await write(versioned(stepWrite(id, key, -1), T0 + 1_000));
      expect(await stepState(key)).toEqual({ status: 'DONE', level: -1, version: T0 + 2_000 });
      // a write without a version (a task from before the change) is older than any
      await write(stepWrite(id, key, -1));
      expect(await stepState(key)).toEqual({ status: 'DONE', level: -1, version: T0 + 2_000 });
    });

    test(`${name}: a step moved by a later task is not closed by an earlier closing; the same write again goes through`, async () => {
      const id = await newCase();
      const key = `referral-${randomUUID()}:c1:SERVICE_START:1`;
      await write(versioned(stepWrite(id, key, -1), T0 + 1_000));
      await write(versioned(stepWrite(id, key, 0), T0 + 3_000));
      await write(versioned(closeWrite(key), T0 + 2_000));
      expect(await stepState(key)).toEqual({ status: 'OPEN', level: 0, version: T0 + 3_000 });
      await write(versioned(closeWrite(key), T0 + 3_000));
      expect(await stepState(key)).toEqual({ status: 'DONE', level: 0, version: T0 + 3_000 });
    });
  }

  test('steps written before the change (no version) are written as they always were, until a versioned write takes over', async () => {
    const id = await newCase();
    const key = `referral-${randomUUID()}:c1:REFERRAL_ACCEPTANCE:1`;
    await paths.batch(stepWrite(id, key, -1));
    await paths.batch(closeWrite(key));
    await paths.batch(stepWrite(id, key, -1));
    expect(await stepState(key)).toEqual({ status: 'OPEN', level: -1, version: null });
    await paths.batch(versioned(closeWrite(key), T0 + 5_000));
    expect(await stepState(key)).toEqual({ status: 'DONE', level: -1, version: T0 + 5_000 });
  });
});
