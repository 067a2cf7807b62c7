// The persons of a case and the begging plan's figures over HTTP, on the real
// stack: a mother's names and contacts sealed in PostgreSQL and absent from the
// Temporal history (raw bytes and decoded payloads alike), read by role, refused
// to another province, a weaker role and a provider; her own referral beside
// the child's, seen by its provider with only what it discloses; the figures
// per city counted from this file's own cases.
import { Client, Connection } from '@temporalio/client';
import type { Payload } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import { AesGcmCodec, parseCodecKeys } from '../../libs/temporal/codec';
import { http } from '../support/http';
import { eventually, startStack, type Stack } from '../support/stack';

let stack: Stack;
let api: ReturnType<typeof http>;
const t: Record<string, string> = {};
let since: string;

const USERS = [
  'tanger-intake',
  'tanger-coordinator',
  'tanger-head',
  'tanger-delegate',
  'tanger-provider-upe',
  'tanger-provider-shelter',
  'meknes-intake',
  'meknes-coordinator',
  'national-supervisor',
];
const MOTHER = { relation: 'MOTHER', firstName: 'Zohra', lastName: 'Bennani', phone: '+212 661 234 567', address: 'Douar Lahjar, Tanger', mayContact: true };
const ADULT = { relation: 'ADULT_WITH_CHILD', firstName: 'Rkia', lastName: 'Ouazzani', phone: '+212 662 999 888', address: 'Bab Fahs, Tanger', mayContact: false };

beforeAll(async () => {
  // threshold 1: the figures come back exact (suppression has its own spec beside the code)
  stack = await startStack({ env: { INDICATOR_SUPPRESSION_THRESHOLD: '1' } });
  api = http(stack.baseUrl);
  for (const u of USERS) t[u] = await stack.token(`u-${u}`);
  since = new Date().toISOString();
}, 60_000);
afterAll(async () => {
  await stack?.stop();
});

const ok = (r: { status: number; text: string }, status = 200) => expect({ status: r.status, text: r.status === status ? '' : r.text }).toEqual({ status, text: '' });

/** A begging case filed by the province's intake and acknowledged by its coordinator. */
async function beggingCase(slug: 'tanger' | 'meknes', sex: 'F' | 'M', firstName: string): Promise<string> {
  const provinceCode = slug === 'tanger' ? 'TANGER_ASSILAH' : 'MEKNES';
  const r = await api.post(
    '/api/v1/reports',
    { provinceCode, entryPoint: 'UPE', category: 'BEGGING_EXPLOITATION', riskLevel: 'LOW', narrative: 'Enfant qui mendie avec une adulte au feu rouge', child: { firstName, sex, dateOfBirth: '2017-05-01' }, fileAsNew: true },
    t[`${slug}-intake`],
  );
  ok(r, 201);
  const caseId = r.body.caseId as string;
  await eventually(async () => (await stack.db.openStep.count({ where: { caseId } })) > 0);
  ok(await api.post(`/api/v1/cases/${caseId}/acknowledge`, {}, t[`${slug}-coordinator`]));
  return caseId;
}

/** Assessment and care plan approved (placement in the family): the pathway is in FOLLOW_UP. */
async function toFollowUp(caseId: string): Promise<void> {
  ok(await api.post(`/api/v1/cases/${caseId}/assessment`, { summary: 'Mendicité avec la mère, pas de scolarité' }, t['tanger-coordinator']));
  ok(await api.post(`/api/v1/cases/${caseId}/approve`, { subject: 'ASSESSMENT' }, t['tanger-head']));
  ok(await api.post(`/api/v1/cases/${caseId}/care-plan`, { objectives: ['retour à l’école', 'aide sociale pour la mère'], placement: 'FAMILY' }, t['tanger-coordinator']));
  ok(await api.post(`/api/v1/cases/${caseId}/approve`, { subject: 'CARE_PLAN' }, t['tanger-head']));
}

/** Every payload of a workflow's history, as stored (encrypted) and as decoded with the codec keys. */
async function historyOf(workflowId: string): Promise<{ raw: string; decoded: string }> {
  const connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS! });
  try {
    const history = await new Client({ connection, namespace: process.env.TEMPORAL_NAMESPACE! }).workflow.getHandle(workflowId).fetchHistory();
    const raw = Buffer.from(temporal.api.history.v1.History.encode(history).finish()).toString('latin1');
    const payloads: Payload[] = [];
    const walk = (v: unknown): void => {
      if (!v || typeof v !== 'object') return;
      if ('metadata' in v && 'data' in v && (v as Payload).data instanceof Uint8Array) payloads.push(v as Payload);
      else for (const x of Object.values(v)) walk(x);
    };
    walk(history.events);
    const codec = new AesGcmCodec(parseCodecKeys(stack.config.MASAR_CODEC_KEYS));
    const decoded = (await codec.decode(payloads)).map((p) => Buffer.from(p.data ?? []).toString('utf8')).join('\n');
    return { raw, decoded };
  } finally {
    await connection.close();
  }
}

let caseId: string;
let motherId: string;

test('a person of the case is sealed at rest, absent from the Temporal history, and read by role; refused elsewhere', async () => {
  caseId = await beggingCase('tanger', 'F', 'Hiba');
  const before = await stack.db.casePerson.count();

  // Refused: another province, a weaker role, a provider; a bad body, field by field. Nothing is written.
  for (const who of ['meknes-coordinator', 'tanger-delegate', 'tanger-provider-upe']) {
    const r = await api.post(`/api/v1/cases/${caseId}/persons`, MOTHER, t[who]);
    expect([who, r.status]).toEqual([who, 403]);
    expect(r.headers.get('content-type')).toContain('application/problem+json');
  }
  const bad = await api.post(`/api/v1/cases/${caseId}/persons`, { ...MOTHER, relation: 'AUNT', phone: 'call me', nickname: 'Zouzou' }, t['tanger-coordinator']);
  expect(bad.status).toBe(400);
  expect(bad.headers.get('content-type')).toContain('application/problem+json');
  expect(JSON.stringify(bad.body.errors)).toMatch(/relation/);
  expect(JSON.stringify(bad.body.errors)).toMatch(/phone/);
  expect(await stack.db.casePerson.count()).toBe(before);

  const added = await api.post(`/api/v1/cases/${caseId}/persons`, MOTHER, t['tanger-coordinator'], { 'Idempotency-Key': `mother-${caseId}` });
  ok(added, 201);
  motherId = added.body.person.id;
  expect(added.body.person).toMatchObject({ relation: 'MOTHER', firstName: 'Zohra', lastName: 'Bennani', phone: '+212 661 234 567', mayContact: true });
  // a retry with the same key is the same person
  const again = await api.post(`/api/v1/cases/${caseId}/persons`, MOTHER, t['tanger-coordinator'], { 'Idempotency-Key': `mother-${caseId}` });
  ok(again, 201);
  expect(again.body.person.id).toBe(motherId);
  expect(await stack.db.casePerson.count({ where: { caseId } })).toBe(1);

  // At rest: the row holds ciphertext only.
  const [row] = await stack.db.$queryRawUnsafe<{ text: string }[]>(`SELECT row_to_json(p)::text AS text FROM "CasePerson" p WHERE id = $1`, motherId);
  // (the sealed bytes are shown in hex: a short run of digits may occur there by chance, the number may not)
  for (const clear of ['Zohra', 'Bennani', '661 234', '661234567', 'Lahjar']) expect(row.text).not.toContain(clear);
  const sealed = (await stack.db.casePerson.findUniqueOrThrow({ where: { id: motherId } })).sealed;
  expect(Buffer.from(sealed).toString('latin1')).not.toMatch(/Zohra|Bennani|Lahjar/);

  // In Temporal: her id and relation, never her name or contacts, in clear or even encrypted.
  const { raw, decoded } = await historyOf(`case-${caseId}`);
  expect(decoded).toContain(motherId);
  expect(decoded).toContain('MOTHER');
  for (const clear of ['Zohra', 'Bennani', '661 234', 'Lahjar']) {
    expect(raw).not.toContain(clear);
    expect(decoded).not.toContain(clear);
  }
  // nor in the read model's facts
  const facts = await stack.db.pathwayEvent.findMany({ where: { caseId } });
  expect(JSON.stringify(facts)).not.toMatch(/Zohra|Bennani|Lahjar/);

  // Read by role: the coordinator sees her, the delegate her relation and initials, others nothing.
  const mine = await api.get(`/api/v1/cases/${caseId}/persons`, t['tanger-coordinator']);
  ok(mine);
  expect(mine.body.persons).toEqual([expect.objectContaining({ id: motherId, relation: 'MOTHER', firstName: 'Zohra', phone: '+212 661 234 567', address: 'Douar Lahjar, Tanger' })]);
  const delegate = await api.get(`/api/v1/cases/${caseId}/persons`, t['tanger-delegate']);
  ok(delegate);
  expect(delegate.body.persons).toEqual([{ id: motherId, relation: 'MOTHER', mayContact: true, initials: 'Z.B.', referrals: [] }]);
  for (const who of ['meknes-coordinator', 'tanger-provider-upe']) expect((await api.get(`/api/v1/cases/${caseId}/persons`, t[who])).status).toBe(403);

  // A correction: a new phone, sealed again; a null clears the address.
  ok(await api.post(`/api/v1/cases/${caseId}/persons/${motherId}/corrections`, { phone: '+212 670 000 111', address: null }, t['tanger-coordinator']));
  const corrected = await api.get(`/api/v1/cases/${caseId}/persons`, t['tanger-coordinator']);
  expect(corrected.body.persons[0]).toMatchObject({ phone: '+212 670 000 111', address: null, firstName: 'Zohra' });
  expect((await api.post(`/api/v1/cases/${caseId}/persons/${motherId}/corrections`, { phone: '+212 670 000 222' }, t['tanger-delegate'])).status).toBe(403);

  // Each action and read is in the audit trail, refusals too.
  const audited = await stack.db.auditEntry.findMany({ where: { caseId, action: { startsWith: 'person.' } } });
  const kinds = audited.map((a) => `${a.action}:${a.outcome.startsWith('REFUSED') ? 'REFUSED' : a.outcome}`);
  expect(kinds).toEqual(expect.arrayContaining(['person.add:OK', 'person.list:OK', 'person.correct:OK', 'person.add:REFUSED', 'person.list:REFUSED']));
});

test('her referral runs beside the child’s; each provider sees only what its referral discloses', async () => {
  await toFollowUp(caseId);
  ok(await api.post(`/api/v1/cases/${caseId}/consent`, { givenBy: 'CHILD_AND_GUARDIAN' }, t['tanger-coordinator']));
  const adult = await api.post(`/api/v1/cases/${caseId}/persons`, ADULT, t['tanger-coordinator']);
  ok(adult, 201);
  const adultId = adult.body.person.id as string;

  const hers = await api.post(`/api/v1/cases/${caseId}/persons/${motherId}/referrals`, { organisationId: 'org-tanger-shelter', service: 'SOCIAL_AID' }, t['tanger-coordinator']);
  ok(hers, 201);
  const adults = await api.post(`/api/v1/cases/${caseId}/persons/${adultId}/referrals`, { organisationId: 'org-tanger-upe', service: 'FAMILY_SUPPORT' }, t['tanger-coordinator']);
  ok(adults, 201);
  const childs = await api.post(`/api/v1/cases/${caseId}/referrals`, { organisationId: 'org-tanger-upe', service: 'PSYCHOLOGICAL' }, t['tanger-coordinator']);
  ok(childs, 201);
  expect(childs.body.case.referrals.map((r: { referralId: string; personId?: string }) => [r.referralId, r.personId ?? null])).toEqual([
    [hers.body.referralId, motherId],
    [adults.body.referralId, adultId],
    [childs.body.referralId, null],
  ]);
  // a person of another case, or none, is refused with the reason
  const unknown = await api.post(`/api/v1/cases/${caseId}/persons/00000000-0000-4000-8000-000000000000/referrals`, { organisationId: 'org-tanger-upe', service: 'FAMILY_SUPPORT' }, t['tanger-coordinator']);
  expect(unknown.status).toBe(404);

  // The shelter sees the mother it is to help, with her contacts (she may be contacted); the child stays initials.
  await eventually(async () => (await stack.db.referral.count({ where: { caseId } })) === 3);
  const shelter = await api.get(`/api/v1/referrals/${hers.body.referralId}/person`, t['tanger-provider-shelter']);
  ok(shelter);
  expect(shelter.body).toEqual({
    referralId: hers.body.referralId,
    service: 'SOCIAL_AID',
    person: { id: motherId, relation: 'MOTHER', mayContact: true, initials: 'Z.B.', firstName: 'Zohra', lastName: 'Bennani', phone: '+212 670 000 111', address: null },
  });
  const childView = await api.get(`/api/v1/referrals/${hers.body.referralId}`, t['tanger-provider-shelter']);
  ok(childView);
  expect(childView.body.child).toMatchObject({ initials: 'H.' });
  expect(childView.text).not.toContain('Hiba');
  // The UPE sees the adult's names but not her contacts (she may not be contacted), and not the mother at all.
  const upe = await api.get(`/api/v1/referrals/${adults.body.referralId}/person`, t['tanger-provider-upe']);
  ok(upe);
  expect(upe.body.person).toEqual({ id: adultId, relation: 'ADULT_WITH_CHILD', mayContact: false, initials: 'R.O.', firstName: 'Rkia', lastName: 'Ouazzani' });
  expect((await api.get(`/api/v1/referrals/${hers.body.referralId}/person`, t['tanger-provider-upe'])).status).toBe(403);
  // The child's own referral is for no person.
  expect((await api.get(`/api/v1/referrals/${childs.body.referralId}/person`, t['tanger-provider-upe'])).status).toBe(404);

  const list = await api.get(`/api/v1/cases/${caseId}/persons`, t['tanger-coordinator']);
  expect(list.body.persons.map((p: { id: string; referrals: string[] }) => [p.id, p.referrals])).toEqual([
    [motherId, [hers.body.referralId]],
    [adultId, [adults.body.referralId]],
  ]);
  // No return to the family yet: no visit is due (409 with the reason); a bad outcome is a 400.
  const visit = await api.post(`/api/v1/cases/${caseId}/family-visits`, { outcome: 'SETTLED' }, t['tanger-coordinator']);
  expect(visit.status).toBe(409);
  expect(visit.body.detail).toMatch(/no follow-up visit of the family is due/);
  expect((await api.post(`/api/v1/cases/${caseId}/family-visits`, { outcome: 'FINE' }, t['tanger-coordinator'])).status).toBe(400);

  // Removing a person recorded in error: gone from the list, her referral goes on.
  ok(await api.post(`/api/v1/cases/${caseId}/persons/${adultId}/removal`, {}, t['tanger-coordinator']));
  expect((await api.get(`/api/v1/cases/${caseId}/persons`, t['tanger-coordinator'])).body.persons.map((p: { id: string }) => p.id)).toEqual([motherId]);
  expect((await api.post(`/api/v1/cases/${caseId}/persons/${adultId}/removal`, {}, t['tanger-coordinator'])).status).toBe(404);
});

test('the begging figures per city count this file’s children: protected, girls and boys, back in the family, back to school', async () => {
  // TANGER: Hiba (F, back in the family), Yassine (M, back to school), Salma (F); MEKNES: Omar (M).
  ok(await api.post(`/api/v1/cases/${caseId}/integration`, { kind: 'FAMILY' }, t['tanger-coordinator']));
  const yassine = await beggingCase('tanger', 'M', 'Yassine');
  await toFollowUp(yassine);
  ok(await api.post(`/api/v1/cases/${yassine}/integration`, { kind: 'SCHOOL' }, t['tanger-coordinator']));
  await beggingCase('tanger', 'F', 'Salma');
  await beggingCase('meknes', 'M', 'Omar');
  await eventually(async () => (await stack.db.pathwayEvent.count({ where: { caseId: { in: [caseId, yassine] }, type: 'INTEGRATION' } })) === 2);

  const q = `from=${encodeURIComponent(since)}&to=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`;
  const national = await api.get(`/api/v1/indicators/begging?${q}`, t['national-supervisor']);
  ok(national);
  expect(national.body.cities).toEqual([
    { provinceCode: 'MEKNES', childrenProtected: 1, girls: 0, boys: 1, returnedToFamily: 0, backToSchool: 0 },
    { provinceCode: 'TANGER_ASSILAH', childrenProtected: 3, girls: 2, boys: 1, returnedToFamily: 1, backToSchool: 1 },
  ]);
  expect(national.body.total).toEqual({ provinceCode: 'TOTAL', childrenProtected: 4, girls: 2, boys: 2, returnedToFamily: 1, backToSchool: 1 });

  // A provincial role reads its own city only; a coordinator reads no indicator.
  const head = await api.get(`/api/v1/indicators/begging?${q}`, t['tanger-head']);
  ok(head);
  expect(head.body.cities.map((c: { provinceCode: string }) => c.provinceCode)).toEqual(['TANGER_ASSILAH']);
  expect((await api.get(`/api/v1/indicators/begging?${q}&provinceCode=MEKNES`, t['tanger-head'])).status).toBe(403);
  expect((await api.get(`/api/v1/indicators/begging?${q}`, t['tanger-coordinator'])).status).toBe(403);
  const empty = await api.get(`/api/v1/indicators/begging?from=${encodeURIComponent(since)}&to=${encodeURIComponent(since)}`, t['national-supervisor']);
  expect(empty.status).toBe(422);
});
