// The statements that go through the pool instead of Prisma's client (libs/db/prisma.ts)
// read and write what Prisma would, on the real database, from a process and a
// session whose time zone is not UTC (a server in Casablanca): the columns hold
// UTC without a zone, and pg's own reading of such a column is the process's
// local time. And the pool is ended with the client.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { readCaseView } from '../../apps/api/src/cases/case-access';
import { AuditLog } from '../../apps/api/src/infra/audit-log';
import { effectiveTemplate } from '../../apps/api/src/templates/template-store';
import { createDeliveryStore } from '../../apps/notifier/src/delivery-store';
import { createAlertPorts } from '../../apps/worker/src/ports/alert-ports';
import type { NewDelivery } from '../../activities/ports';
import { createDb, type Db } from '../../libs/db/prisma';
import type { AlertFacts } from '../../libs/notify/alert-message';

const ZONE = 'Africa/Casablanca';
let owner: Db;
let local: Db;

/** A read through the pool in a process whose zone is ZONE (a test cannot move its own process's zone). */
function readInZone<T>(...args: string[]): { zoneOffset: number; read: T } {
  const out = execFileSync(process.execPath, ['-r', '@swc-node/register', path.join(__dirname, '../support/reads-in-zone.ts'), ...args], {
    env: { ...process.env, TZ: ZONE, DATABASE_URL: inZone(process.env.DATABASE_URL as string) },
    encoding: 'utf8',
  });
  return JSON.parse(out) as { zoneOffset: number; read: T };
}

/** The same database, every session in ZONE. */
function inZone(url: string): string {
  const u = new URL(url);
  u.searchParams.set('options', `-c TimeZone=${ZONE}`);
  return u.toString();
}

beforeAll(() => {
  owner = createDb(process.env.MIGRATION_DATABASE_URL ?? (process.env.DATABASE_URL as string), { poolSize: 2 });
  local = createDb(inZone(process.env.DATABASE_URL as string), { poolSize: 2 });
});
afterAll(async () => {
  await owner.$disconnect();
  await local.$disconnect();
});

it('runs its sessions in a zone other than UTC (else this file proves nothing)', async () => {
  const { rows } = await local.pg.query<{ zone: string; offset: string }>(`SELECT current_setting('TimeZone') AS zone, to_char(now(), 'OF') AS offset`);
  expect(rows[0].zone).toBe(ZONE);
  // Casablanca is UTC+1 most of the year (UTC+0 in Ramadan): either way pg reads its local time
  expect(['+00', '+01']).toContain(rows[0].offset);
});

it('an audit entry written through the pool carries the instant Prisma would have written', async () => {
  const requestId = `pool-${randomUUID()}`;
  const before = Date.now();
  await new AuditLog(local).append({ kind: 'user', userId: 'u-rabat-intake', role: 'INTAKE', provinceCode: 'RABAT', organisationId: null }, 'case.read', { requestId }, { resource: 'case/x' });
  const after = Date.now();
  const entry = await owner.auditEntry.findFirstOrThrow({ where: { requestId } });
  expect(entry.at.getTime()).toBeGreaterThanOrEqual(before - 1);
  expect(entry.at.getTime()).toBeLessThanOrEqual(after + 1);
  expect({ actorId: entry.actorId, actorRole: entry.actorRole, action: entry.action, resource: entry.resource, outcome: entry.outcome }).toEqual({
    actorId: 'u-rabat-intake',
    actorRole: 'INTAKE',
    action: 'case.read',
    resource: 'case/x',
    outcome: 'OK',
  });
  // the database chained it like any other entry
  expect(entry.hash).toMatch(/^[0-9a-f]{64}$/);
});

it('the effective template read through the pool is the row Prisma reads, its instants in UTC', async () => {
  const category = `POOL_${randomUUID().slice(0, 8)}`;
  const created = new Date('2026-07-01T09:30:00.000Z');
  await owner.pathwayTemplate.createMany({
    data: [
      { category, provinceCode: null, version: 1, body: { n: 1 }, status: 'PUBLISHED', createdBy: 'u-admin', createdAt: created, publishedAt: created },
      { category, provinceCode: 'RABAT', version: 2, body: { n: 2 }, status: 'PUBLISHED', createdBy: 'u-admin', createdAt: created, publishedAt: created },
      { category, provinceCode: 'RABAT', version: 3, body: { n: 3 }, status: 'DRAFT', createdBy: 'u-admin', createdAt: created },
    ],
  });
  const viaPool = await effectiveTemplate(local, category, 'RABAT');
  const viaPrisma = await owner.pathwayTemplate.findFirstOrThrow({ where: { category, version: 2 } });
  expect(viaPool).toEqual(viaPrisma);
  // read by a process in Casablanca (UTC+1 in January): the same instants
  const there = readInZone<{ version: number; createdAt: string; publishedAt: string }>('template', category, 'RABAT');
  expect(there.zoneOffset).toBe(-60);
  expect(there.read).toMatchObject({ version: 2, createdAt: created.toISOString(), publishedAt: created.toISOString() });
  // another province: the national default
  expect((await effectiveTemplate(local, category, 'FES'))?.version).toBe(1);
});

it('the case view read through the pool is what Prisma reads: the child, the instants in UTC, the duplicates merged into it in order', async () => {
  // born on the 1st of January, the riskiest date for a zone read: a day earlier in any zone west of UTC, or read at local midnight
  const child = await owner.child.create({ data: { firstName: 'Nour', lastName: 'Pool', sex: 'F', dateOfBirth: new Date('2012-01-01'), dobEstimated: true, adultAt: new Date('2029-12-31T23:00:00.000Z') } });
  const kase = (id: string, over: Record<string, unknown> = {}) =>
    owner.case.create({ data: { id, reference: `PV-${id.slice(0, 8).toUpperCase()}`, childId: child.id, provinceCode: 'RABAT', category: 'NEGLECT', riskLevel: 'HIGH', workflowId: `case-${id}`, ...over } });
  const survivor = await kase(randomUUID(), { openedAt: new Date('2026-01-15T00:30:00.000Z'), pathwayView: { stage: 'ASSESSMENT', openSteps: [] } });
  const later = await kase(randomUUID(), { status: 'MERGED', mergedIntoId: survivor.id, mergedAt: new Date('2026-02-01T10:00:00.250Z') });
  const earlier = await kase(randomUUID(), { status: 'MERGED', mergedIntoId: survivor.id, mergedAt: new Date('2026-01-20T23:59:59.999Z') });

  const viaPrisma = await owner.case.findUniqueOrThrow({ where: { id: survivor.id }, include: { child: true } });
  const viaPool = await readCaseView(local, survivor.id);
  const { firstName, lastName, sex, dateOfBirth, dobEstimated, adultAt } = viaPrisma.child;
  expect(viaPool).toEqual({
    id: viaPrisma.id,
    reference: viaPrisma.reference,
    provinceCode: viaPrisma.provinceCode,
    category: viaPrisma.category,
    riskLevel: viaPrisma.riskLevel,
    status: viaPrisma.status,
    stage: viaPrisma.stage,
    track: viaPrisma.track,
    openedAt: viaPrisma.openedAt,
    closedAt: null,
    workflowId: viaPrisma.workflowId,
    mergedIntoId: null,
    mergedAt: null,
    pathwayView: viaPrisma.pathwayView,
    child: { firstName, lastName, sex, dateOfBirth, dobEstimated, adultAt },
    merged: [earlier, later].map((d) => ({ id: d.id, reference: d.reference, mergedAt: d.mergedAt!.toISOString() })),
  });
  // a merged duplicate's own view names the case it went to, and when
  expect(await readCaseView(local, later.id)).toMatchObject({ status: 'MERGED', mergedIntoId: survivor.id, mergedAt: later.mergedAt, merged: [] });
  expect(await readCaseView(local, randomUUID())).toBeNull();
  // read by a process in Casablanca: the same day of birth and instants
  const there = readInZone<{ openedAt: string; child: { dateOfBirth: string; adultAt: string } }>('case-view', survivor.id);
  expect(there.zoneOffset).toBe(-60);
  expect(there.read).toMatchObject({ openedAt: '2026-01-15T00:30:00.000Z', child: { dateOfBirth: '2012-01-01T00:00:00.000Z', adultAt: '2029-12-31T23:00:00.000Z' } });
});

describe('an alert through the pool', () => {
  let caseId: string;
  beforeAll(async () => {
    const child = await owner.child.create({ data: { firstName: 'Salma', lastName: 'Idrissi', sex: 'F', dateOfBirth: new Date('2014-05-20'), dobEstimated: false } });
    caseId = randomUUID();
    await owner.case.create({ data: { id: caseId, reference: `PL-${caseId.slice(0, 8).toUpperCase()}`, childId: child.id, provinceCode: 'RABAT', category: 'NEGLECT', riskLevel: 'HIGH', workflowId: `case-${caseId}` } });
  });

  const ports = () => createAlertPorts(local, { queues: { EMAIL: undefined, SMS: undefined }, jobOptions: {} } as never);

  it("states the child's age on its birthday (a date column, read as that day in UTC) and the province's names", async () => {
    const facts = await ports().cases.factsFor({ caseId, provinceCode: 'RABAT', alertedAt: '2026-05-20T00:30:00.000Z' } as never);
    expect(facts).toEqual({ initials: 'S. I.', ageYears: 12, ageEstimated: false, provinceName: expect.objectContaining({ fr: expect.any(String), ar: expect.any(String) }) });
    const province = await owner.province.findUniqueOrThrow({ where: { code: 'RABAT' } });
    expect(facts.provinceName).toEqual({ fr: province.nameFr, ar: province.nameAr });
    const dayBefore = await ports().cases.factsFor({ caseId, provinceCode: 'RABAT', alertedAt: '2026-05-19T23:30:00.000Z' } as never);
    expect(dayBefore.ageYears).toBe(11);
  });

  it('an unknown case and province: no initials, no age, the code for a name', async () => {
    const facts = await ports().cases.factsFor({ caseId: randomUUID(), provinceCode: 'NOWHERE', alertedAt: '2026-05-20T00:30:00.000Z' } as never);
    expect(facts).toEqual({ initials: null, ageYears: null, ageEstimated: false, provinceName: { fr: 'NOWHERE', ar: 'NOWHERE' } });
  });

  it('finds the ladder level named by role and province, active users only, in id order', async () => {
    const expected = await owner.user.findMany({ where: { role: 'COORDINATOR', provinceCode: 'RABAT', active: true }, orderBy: { id: 'asc' }, select: { id: true } });
    expect(expected.length).toBeGreaterThan(0);
    const found = await ports().directory.recipientsFor({ ladderRole: 'COORDINATOR', provinceCode: 'RABAT' } as never);
    expect(found.map((r) => r.userId)).toEqual(expected.map((u) => u.id));
    const other = await ports().directory.recipientsFor({ ladderRole: 'COORDINATOR', provinceCode: 'FES' } as never);
    expect(other.map((r) => r.userId)).not.toContain(expected[0].id);
  });

  it('records its deliveries once, however often it is retried, and the notifier claims them with the instant Prisma reads', async () => {
    const key = `pool-${randomUUID()}`;
    const payload = { alertKey: key, caseId, caseReference: 'PL-1', step: 'ASSESSMENT', level: 0 } as unknown as AlertFacts;
    const wanted: NewDelivery[] = ['EMAIL', 'SMS'].map((channel) => ({
      key: `${key}:${channel}`,
      channel: channel as NewDelivery['channel'],
      recipientId: 'u-rabat-coordinator',
      address: channel === 'EMAIL' ? 'c@example.org' : '+212600000000',
      language: 'fr',
      caseId,
      workflowId: `case-${caseId}`,
      step: 'ASSESSMENT',
      level: 0,
      payload,
    }));
    const first = await ports().outbox.record(wanted);
    const again = await ports().outbox.record(wanted);
    expect(first).toEqual([
      { key: `${key}:EMAIL`, channel: 'EMAIL', status: 'QUEUED' },
      { key: `${key}:SMS`, channel: 'SMS', status: 'QUEUED' },
    ]);
    expect(again).toEqual(first);
    expect(await owner.delivery.count({ where: { key: { startsWith: key } } })).toBe(2);

    const stored = await owner.delivery.findUniqueOrThrow({ where: { key: `${key}:EMAIL` } });
    expect(Math.abs(stored.enqueuedAt.getTime() - Date.now())).toBeLessThan(60_000);
    const store = createDeliveryStore(local);
    // claimed by a notifier in Casablanca: the instant Prisma reads
    const { zoneOffset, read: claimed } = readInZone<{ enqueuedAt: string; attempts: number; payload: unknown; key: string; level: number }>('claim', `${key}:EMAIL`);
    expect(zoneOffset).toBe(-60);
    expect(claimed).toMatchObject({ key: `${key}:EMAIL`, enqueuedAt: stored.enqueuedAt.toISOString(), attempts: 1, level: 0, payload });
    // held: a second sender gets nothing
    expect(await store.claim(`${key}:EMAIL`, 30_000)).toBeNull();
    const row = await store.findByKey(`${key}:EMAIL`);
    await store.markSent(row!, { providerMessageId: 'm-1', partIds: ['p-1', 'p-2'] } as never);
    const sent = await owner.delivery.findUniqueOrThrow({ where: { key: `${key}:EMAIL` } });
    expect(sent.status).toBe('SENT');
    expect((sent.payload as { providerPartIds?: string[] }).providerPartIds).toEqual(['p-1', 'p-2']);
    expect(Math.abs(sent.sentAt!.getTime() - Date.now())).toBeLessThan(60_000);
  });
});

it("ends its pool with the client (Prisma leaves a pool it was given open), once", async () => {
  const db = createDb(process.env.DATABASE_URL as string, { poolSize: 1 });
  await db.pg.query('SELECT 1');
  expect(db.pg.ended).toBe(false);
  await db.$disconnect();
  expect(db.pg.ended).toBe(true);
  await expect(db.$disconnect()).resolves.toBeUndefined();
});

it('lives on when PostgreSQL drops a connection idle in its pool, and opens another', () => {
  // in a process of its own: without a listener, the pool's 'error' event ends the process
  const out = execFileSync(process.execPath, ['-r', '@swc-node/register', path.join(__dirname, '../support/idle-connection-dropped.ts')], {
    env: process.env,
    encoding: 'utf8',
  });
  const { dropped, idle, after } = JSON.parse(out) as { dropped: boolean; idle: number; after: number };
  expect(dropped).toBe(true);
  expect(after).not.toBe(idle);
});
