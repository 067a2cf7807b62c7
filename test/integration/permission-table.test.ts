// The permission table walked over HTTP: for every action that is an HTTP
// operation, every role, as a user of the target's own province (or
// organisation) and of another, the API answers as the table says — a role
// the table refuses, or a provincial role outside its province, or a provider
// of another organisation, is a 403 with the problem body; anyone admitted
// gets anything but a 403 (a 409 or 422 for a body the pathway's state
// refuses is fine: the point is the permission cell). The document's own
// record of each operation's actions is checked against this file's route
// table and the table's rows, both ways.
import { ACTIONS, PERMISSIONS, scopeOf, type Action, type Scope } from '../../libs/domain/permissions';
import { ROLES, type Role } from '../../libs/domain/taxonomy';
import { codifiedTemplate } from '../../libs/domain/templates';
import { PERMIT_EXTENSION } from '../../apps/api/src/auth/permit.decorator';
import { http, type HttpResult } from '../support/http';
import { eventually, startStack, type Stack } from '../support/stack';

let stack: Stack;
let api: ReturnType<typeof http>;
const tokens: Record<string, string> = {};
const ids = { caseId: '', referralId: '', complaintId: '', entryId: '', documentId: '', fileRequestId: '' };

/** What the route acts on: its province (and organisation) are what the scope is checked against. */
type Target = 'case' | 'referral' | 'province' | 'none';

interface Route {
  method: 'GET' | 'POST' | 'PUT';
  /** :case, :referral, :complaint, :entry (a note of the case's record) and :document are the fixture's ids */
  path: string;
  body?: unknown;
  target: Target;
}

const TANGER = 'TANGER_ASSILAH';
const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();
const anHourAgo = () => new Date(Date.now() - 3_600_000).toISOString();
const caseAction = (action: string, body: unknown): Route => ({ method: 'POST', path: `/api/v1/cases/:case/${action}`, body, target: 'case' });
const neverClosing = (provinceCode: string | null) => {
  const { version, phases, ...t } = codifiedTemplate('NEGLECT');
  void version;
  return { ...t, provinceCode, phases: phases.map((p) => ({ ...p, next: p.next.filter((n) => n !== 'CLOSE') })) };
};
const referralAction = (action: string, body: unknown): Route => ({ method: 'POST', path: `/api/v1/referrals/:referral/${action}`, body, target: 'referral' });

/**
 * Each action's HTTP route(s), with a body that passes validation (so an
 * admitted user reaches the scope check where the target is loaded) and that
 * cannot move the fixture out of its province.
 */
const ROUTES: Partial<Record<Action, Route[]>> = {
  'report.create': [
    {
      method: 'POST',
      path: '/api/v1/reports',
      // received in the future: an admitted user gets a 422, nothing is written
      body: () => ({ provinceCode: TANGER, entryPoint: 'OTHER', category: 'NEGLECT', riskLevel: 'LOW', narrative: 'permission table', receivedAt: inAnHour(), child: { estimatedAge: 9 } }),
      target: 'province',
    },
  ],
  // a search in every province (it writes only audit rows for candidates of another province)
  'child.search': [{ method: 'POST', path: '/api/v1/children/search', body: { firstName: 'Nadia', lastName: 'Permission' }, target: 'none' }],
  'case.list': [{ method: 'GET', path: `/api/v1/cases?provinceCode=${TANGER}`, target: 'province' }],
  'case.read': [{ method: 'GET', path: '/api/v1/cases/:case', target: 'case' }],
  'case.timeline.read': [{ method: 'GET', path: '/api/v1/cases/:case/timeline', target: 'case' }],
  'case.deliveries.read': [{ method: 'GET', path: '/api/v1/cases/:case/deliveries', target: 'case' }],
  'case.export': [{ method: 'GET', path: '/api/v1/cases/:case/export', target: 'case' }],
  'case.history.read': [{ method: 'GET', path: '/api/v1/cases/:case/history?pageSize=1', target: 'case' }],
  'record.read': [
    { method: 'GET', path: '/api/v1/cases/:case/record', target: 'case' },
    { method: 'GET', path: '/api/v1/cases/:case/record/:entry/versions', target: 'case' },
  ],
  'record.note': [caseAction('notes', { text: 'permission table' })],
  // a JSON body: an admitted user reaches the case (403 elsewhere), then 415 (not multipart)
  'record.document.attach': [caseAction('documents', {})],
  'record.document.read': [{ method: 'GET', path: '/api/v1/cases/:case/documents/:document', target: 'case' }],
  'case.acknowledge': [caseAction('acknowledge', {})],
  'case.child-seen': [caseAction('child-seen', { medicalCare: true })],
  'case.assessment': [caseAction('assessment', { summary: 'permission table' })],
  'case.care-plan': [caseAction('care-plan', { objectives: ['permission table'], placement: 'FAMILY' })],
  'case.approve': [caseAction('approve', { subject: 'CARE_PLAN' })],
  'case.reject': [caseAction('reject', { subject: 'CARE_PLAN', reason: 'permission table' })],
  'case.consent': [caseAction('consent', { givenBy: 'GUARDIAN' })],
  'case.integration': [caseAction('integration', { kind: 'SCHOOL' })],
  // to its own province: refused by the pathway (409), so the case stays in Tanger
  'case.transfer': [caseAction('transfer', { toProvinceCode: TANGER })],
  'case.close': [caseAction('close', { reason: 'OTHER' })],
  // corrections and hand-overs: bodies the fixture survives (a refusal by the pathway is a 409)
  'case.correct-child': [caseAction('child-corrections', { sex: 'F' })],
  'case.retriage': [caseAction('retriage', { riskLevel: 'LOW' })],
  'case.reassign': [caseAction('reassign', { assigneeId: 'u-tanger-coordinator' })],
  // merging the fixture into itself: a 422 on duplicateCaseId, nothing merged; unmerging it: not merged (409)
  'case.merge': [caseAction('merge', () => ({ duplicateCaseId: ids.caseId, reason: 'permission table' }))],
  'case.unmerge': [caseAction('unmerge', { reason: 'permission table' })],
  'case.revise-assessment': [caseAction('assessment/revision', { summary: 'permission table', reason: 'permission table' })],
  'case.revise-care-plan': [caseAction('care-plan/revision', { objectives: ['permission table'], placement: 'FAMILY', reason: 'permission table' })],
  'case.placement': [caseAction('placement', { placement: 'FAMILY' })],
  'case.runaway': [caseAction('runaway', { note: 'permission table' })],
  'case.child-found': [caseAction('child-found', {})],
  'review.case': [caseAction('reviews', { kind: 'CASE', summary: 'permission table' })],
  'review.institution': [caseAction('reviews', { kind: 'INSTITUTION', summary: 'permission table' })],
  // no liberty review is due and the child is not deprived of liberty: an admitted user gets a 409
  'review.liberty': [caseAction('reviews', { kind: 'LIBERTY', summary: 'permission table' })],
  'case.liberty': [caseAction('liberty', { deprived: false })],
  // the case already runs the latest published version: an admitted user gets a 409
  'case.template.move': [caseAction('template', {})],
  'template.read': [{ method: 'GET', path: '/api/v1/admin/templates', target: 'none' }],
  // a template that never closes: an admitted user gets a 422 and nothing is stored
  'template.national.edit': [{ method: 'POST', path: '/api/v1/admin/templates', body: () => neverClosing(null), target: 'none' }],
  'template.province.edit': [{ method: 'POST', path: '/api/v1/admin/templates', body: () => neverClosing(TANGER), target: 'province' }],
  'after-care.plan': [caseAction('autonomy-plan', { goals: ['permission table'] })],
  'after-care.check-in': [caseAction('check-ins', { note: 'permission table' })],
  // the persons of the case: the fixture's case gets a person from each admitted user; no such person to correct or remove (404)
  'person.list': [{ method: 'GET', path: '/api/v1/cases/:case/persons', target: 'case' }],
  'person.add': [caseAction('persons', { relation: 'MOTHER', firstName: 'Permission' })],
  'person.correct': [caseAction('persons/:person/corrections', { phone: '+212600000000' })],
  'person.remove': [caseAction('persons/:person/removal', {})],
  // no return to the family under a template with visits: an admitted user gets a 409
  'family.visit': [caseAction('family-visits', { outcome: 'SETTLED' })],
  'referral.create': [
    caseAction('referrals', { organisationId: 'org-tanger-upe', service: 'PSYCHOLOGICAL', sharesInformation: false }),
    // for a person of the case: no such person, an admitted user gets a 404
    caseAction('persons/:person/referrals', { organisationId: 'org-tanger-upe', service: 'FAMILY_SUPPORT', sharesInformation: false }),
  ],
  'referral.list': [{ method: 'GET', path: '/api/v1/referrals', target: 'none' }],
  'referral.read': [
    { method: 'GET', path: '/api/v1/referrals/:referral', target: 'referral' },
    // the fixture's referral is the child's: an admitted user gets a 404
    { method: 'GET', path: '/api/v1/referrals/:referral/person', target: 'referral' },
  ],
  'referral.accept': [referralAction('accept', {})],
  'referral.decline': [referralAction('decline', { reason: 'permission table' })],
  'referral.start': [referralAction('start', {})],
  'referral.complete': [referralAction('complete', {})],
  'judicial.prosecutor-report': [caseAction('prosecutor-report', {})],
  'judicial.redirect': [caseAction('judicial-redirection', { reason: 'permission table' })],
  'judicial.court-order': [caseAction('court-orders', { orderId: 'TPI-PERM-1', measures: ['FAMILY_SUPPORT'] })],
  'judicial.court-report': [caseAction('court-orders/TPI-NONE/reports', { summary: 'permission table' })],
  'judicial.close-order': [caseAction('court-orders/TPI-NONE/close', {})],
  // no such order: an admitted user reaches the pathway, which answers 409
  'judicial.measure-provider': [caseAction('court-orders/TPI-NONE/measures/HEALTH/provider', { organisationId: 'org-tanger-hospital' })],
  'judicial.court-decision': [caseAction('court-orders/TPI-NONE/decisions', { decision: 'MAINTAIN' })],
  'complaint.create': [{ method: 'POST', path: '/api/v1/complaints', body: { provinceCode: TANGER, channel: 'API', text: 'permission table' }, target: 'province' }],
  'complaint.respond': [{ method: 'POST', path: '/api/v1/complaints/:complaint/response', body: { response: 'permission table' }, target: 'province' }],
  'complaint.list': [{ method: 'GET', path: `/api/v1/complaints?provinceCode=${TANGER}`, target: 'province' }],
  'file-access.record': [caseAction('file-requests', { requester: 'PARENT', language: 'fr' })],
  'file-access.list': [{ method: 'GET', path: '/api/v1/file-requests', target: 'none' }],
  // the fixture's request: the first admitted user answers it, the next ones get a 409
  'file-access.answer': [{ method: 'POST', path: '/api/v1/file-requests/:filerequest/answer', target: 'province' }],
  'survey.contact': [caseAction('survey-contact', { respondent: 'FAMILY', phone: '+212600000000', language: 'fr' })],
  'indicators.diagnosis': [{ method: 'GET', path: `/api/v1/indicators/diagnosis?provinceCode=${TANGER}&year=2019&format=json`, target: 'province' }],
  'supervision.overdue': [{ method: 'GET', path: `/api/v1/supervision/overdue?provinceCode=${TANGER}`, target: 'province' }],
  'supervision.escalations': [{ method: 'GET', path: `/api/v1/supervision/escalations?provinceCode=${TANGER}`, target: 'province' }],
  'indicators.read': [
    { method: 'GET', path: `/api/v1/indicators?provinceCode=${TANGER}&from=:from&to=:to`, target: 'province' },
    { method: 'GET', path: `/api/v1/indicators/breakdown?provinceCode=${TANGER}&from=:from&to=:to`, target: 'province' },
    { method: 'GET', path: `/api/v1/indicators/press-figures?provinceCode=${TANGER}&from=:from&to=:to`, target: 'province' },
    { method: 'GET', path: `/api/v1/indicators/begging?provinceCode=${TANGER}&from=:from&to=:to`, target: 'province' },
    { method: 'GET', path: `/api/v1/indicators/satisfaction?provinceCode=${TANGER}&from=2019-01&to=2019-12`, target: 'province' },
  ],
  'policy.read': [{ method: 'GET', path: `/api/v1/policies?provinceCode=${TANGER}`, target: 'province' }],
  'policy.update': [{ method: 'PUT', path: '/api/v1/policies', body: { provinceCode: TANGER, step: 'ACKNOWLEDGEMENT', riskLevel: 'LOW', duration: 'PT24H' }, target: 'province' }],
  'directory.read': [
    { method: 'GET', path: `/api/v1/organisations?provinceCode=${TANGER}`, target: 'province' },
    { method: 'GET', path: '/api/v1/provinces', target: 'none' },
  ],
  'me.read': [{ method: 'GET', path: '/api/v1/me', target: 'none' }],
  'me.preferences': [{ method: 'PUT', path: '/api/v1/me/preferences', body: {} /* changes nothing: other tests read users' languages */, target: 'none' }],
  'audit.read': [{ method: 'GET', path: '/api/v1/audit?limit=1', target: 'none' }],
  'codec.decode': [
    { method: 'POST', path: '/codec/decode', body: { payloads: [] }, target: 'none' },
    { method: 'POST', path: '/codec/session', target: 'none' },
  ],
  'admin.queue-board': [{ method: 'POST', path: '/api/v1/admin/queue-board/session', target: 'none' }],
  'admin.api-keys': [
    { method: 'GET', path: '/api/v1/admin/api-keys', target: 'none' },
    { method: 'POST', path: '/api/v1/admin/api-keys/:key/revoke', target: 'none' },
  ],
};

/** Actions of the table that no HTTP route performs, each with why. */
const WORKFLOW_ONLY: Partial<Record<Action, string>> = {};

/** A user of the target's province (or organisation) for each role, and one of another. National roles have no province. */
const USERS: Record<Role, { own: string; other?: string }> = {
  INTAKE: { own: 'u-tanger-intake', other: 'u-meknes-intake' },
  COORDINATOR: { own: 'u-tanger-coordinator', other: 'u-meknes-coordinator' },
  PROVIDER: { own: 'u-tanger-provider-upe', other: 'u-meknes-provider-upe' },
  JUDICIAL_LIAISON: { own: 'u-tanger-liaison', other: 'u-meknes-liaison' },
  HEAD_OF_CENTRE: { own: 'u-tanger-head', other: 'u-meknes-head' },
  DELEGATE: { own: 'u-tanger-delegate', other: 'u-meknes-delegate' },
  COMMITTEE: { own: 'u-tanger-committee', other: 'u-meknes-committee' },
  SUPERVISOR: { own: 'u-national-supervisor' },
  AUDITOR: { own: 'u-national-auditor' },
  ADMIN: { own: 'u-national-admin' },
};

/** Whether the table refuses this user on this route's target. */
function expectRefused(scope: Scope | undefined, side: 'own' | 'other', target: Target): boolean {
  if (!scope) return true;
  if (side === 'own') return false;
  if (scope === 'PROVINCE') return target !== 'none';
  // the other province's provider is also another organisation
  if (scope === 'ORGANISATION') return target === 'referral';
  return false;
}

interface Cell {
  action: Action;
  role: Role;
  side: 'own' | 'other';
  user: string;
  route: Route;
  refused: boolean;
}

function cells(): Cell[] {
  const out: Cell[] = [];
  for (const [action, routes] of Object.entries(ROUTES) as [Action, Route[]][]) {
    for (const route of routes) {
      for (const role of ROLES) {
        const scope = scopeOf(action, role);
        for (const side of ['own', 'other'] as const) {
          const user = USERS[role][side];
          if (!user) continue;
          out.push({ action, role, side, user, route, refused: expectRefused(scope, side, route.target) });
        }
      }
    }
  }
  return out;
}

function send(cell: Cell): Promise<HttpResult> {
  const path = cell.route.path
    .replace(':case', ids.caseId)
    .replace(':referral', ids.referralId)
    .replace(':complaint', ids.complaintId)
    .replace(':entry', ids.entryId)
    .replace(':document', ids.documentId)
    .replace(':filerequest', ids.fileRequestId)
    // an API key that does not exist: an admitted caller gets a 404
    .replace(':key', '00000000-0000-4000-8000-000000000000')
    // a person of the case that does not exist: an admitted caller gets a 404
    .replace(':person', '00000000-0000-4000-8000-000000000001')
    .replace(':from', encodeURIComponent(anHourAgo()))
    .replace(':to', encodeURIComponent(inAnHour()));
  const token = tokens[cell.user];
  const body = typeof cell.route.body === 'function' ? (cell.route.body as () => unknown)() : cell.route.body;
  if (cell.route.method === 'GET') return api.get(path, token);
  if (cell.route.method === 'PUT') return api.put(path, body ?? {}, token);
  return api.post(path, body ?? {}, token);
}

/** The problem body every refusal has, whoever refuses (the guard, a loader, a workflow validator). */
function forbiddenProblem(res: HttpResult): string | null {
  if (res.status !== 403) return `answered ${res.status}`;
  if (!res.headers.get('content-type')?.includes('application/problem+json')) return `a 403 as ${res.headers.get('content-type')}`;
  const b = res.body as Record<string, unknown>;
  if (b.type !== 'https://masar.ma/problems/forbidden' || b.title !== 'Not allowed' || b.status !== 403 || typeof b.detail !== 'string' || !b.detail) {
    return `a 403 whose problem body is not the shared one: ${res.text.slice(0, 200)}`;
  }
  return null;
}

beforeAll(async () => {
  stack = await startStack();
  api = http(stack.baseUrl);
  const users = new Set(Object.values(USERS).flatMap((u) => [u.own, u.other].filter((x): x is string => !!x)));
  for (const u of users) tokens[u] = await stack.token(u);

  // One Tanger case, acknowledged, with a referral to the Tanger UPE (no information shared), and a complaint about the service.
  const created = await api.post(
    '/api/v1/reports',
    { provinceCode: TANGER, entryPoint: 'SCHOOL', category: 'NEGLECT', riskLevel: 'LOW', narrative: 'permission table fixture', child: { estimatedAge: 10 } },
    tokens['u-tanger-intake'],
  );
  expect(created.status).toBe(201);
  ids.caseId = created.body.caseId;
  await eventually(async () => (await api.get(`/api/v1/cases/${ids.caseId}`, tokens['u-tanger-coordinator'])).body.pathway?.openSteps?.length > 0);
  expect((await api.post(`/api/v1/cases/${ids.caseId}/acknowledge`, {}, tokens['u-tanger-coordinator'])).status).toBe(200);
  const referral = await api.post(`/api/v1/cases/${ids.caseId}/referrals`, { organisationId: 'org-tanger-upe', service: 'PSYCHOLOGICAL', sharesInformation: false }, tokens['u-tanger-coordinator']);
  expect(referral.status).toBe(201);
  ids.referralId = referral.body.referralId;
  await eventually(async () => (await stack.db.referral.findUnique({ where: { id: ids.referralId } }))?.status === 'PENDING');
  const complaint = await api.post('/api/v1/complaints', { provinceCode: TANGER, channel: 'API', text: 'permission table fixture' }, tokens['u-tanger-coordinator']);
  expect(complaint.status).toBe(201);
  ids.complaintId = complaint.body.id;
  // The case's record: a note, and a document (a PNG).
  const note = await api.post(`/api/v1/cases/${ids.caseId}/notes`, { text: 'permission table fixture' }, tokens['u-tanger-coordinator']);
  expect(note.status).toBe(201);
  ids.entryId = note.body.id;
  const form = new FormData();
  form.append('kind', 'OTHER');
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'fixture.png');
  const doc = await fetch(`${stack.baseUrl}/api/v1/cases/${ids.caseId}/documents`, { method: 'POST', body: form, headers: { authorization: `Bearer ${tokens['u-tanger-coordinator']}` } });
  expect(doc.status).toBe(201);
  ids.documentId = ((await doc.json()) as { id: string }).id;
  // A request for the file, recorded at the centre.
  const fileRequest = await api.post(`/api/v1/cases/${ids.caseId}/file-requests`, { requester: 'PARENT', language: 'fr' }, tokens['u-tanger-coordinator']);
  expect(fileRequest.status).toBe(201);
  ids.fileRequestId = fileRequest.body.id;
}, 60_000);

afterAll(async () => {
  await stack?.stop();
});

describe('the document and the table agree', () => {
  let ops: { key: string; actions: string[]; secured: boolean }[];
  beforeAll(async () => {
    const doc = await api.get('/api/docs-json');
    expect(doc.status).toBe(200);
    ops = [];
    for (const [path, item] of Object.entries(doc.body.paths as Record<string, Record<string, Record<string, unknown>>>)) {
      for (const [method, op] of Object.entries(item)) {
        ops.push({ key: `${method.toUpperCase()} ${path}`, actions: (op[PERMIT_EXTENSION] as string[] | undefined) ?? [], secured: Array.isArray(op.security) && op.security.length > 0 });
      }
    }
  });

  test('every secured operation names actions of the table; every action of the table is performed by a route or listed as workflow-only', () => {
    const unnamed = ops.filter((o) => o.secured && o.actions.length === 0).map((o) => o.key);
    expect(unnamed).toEqual([]);
    const used = new Set(ops.flatMap((o) => o.actions));
    expect([...used].filter((a) => !(a in PERMISSIONS))).toEqual([]);
    expect(ACTIONS.filter((a) => !used.has(a) && !WORKFLOW_ONLY[a])).toEqual([]);
    expect(Object.keys(WORKFLOW_ONLY).filter((a) => used.has(a))).toEqual([]);
  });

  test('this file maps every action the API performs to the operation that performs it', () => {
    const templated = (p: string) => p.split('?')[0].replace(/:case|:referral|:complaint|:entry|:document|:filerequest|:key|:person/g, '{}').replace(/\/court-orders\/TPI-NONE/, '/court-orders/{}').replace(/\/measures\/HEALTH\//, '/measures/{}/');
    const docKey = (k: string) => k.replace(/\{[^}]+\}/g, '{}');
    const wrong: string[] = [];
    for (const [action, routes] of Object.entries(ROUTES) as [Action, Route[]][]) {
      for (const r of routes) {
        const op = ops.find((o) => docKey(o.key) === `${r.method} ${templated(r.path)}`);
        if (!op) wrong.push(`${action}: ${r.method} ${r.path} is not in the document`);
        else if (!op.actions.includes(action)) wrong.push(`${action}: ${op.key} performs ${op.actions.join(', ')}`);
      }
    }
    for (const o of ops) for (const a of o.actions) if (!ROUTES[a as Action]) wrong.push(`${o.key} performs ${a}, missing from ROUTES`);
    expect(wrong).toEqual([]);
  });

  test('each operation’s description states the table’s rows for its actions', async () => {
    const doc = (await api.get('/api/docs-json')).body;
    const { describePermission } = await import('../../libs/domain/permissions');
    const missing: string[] = [];
    for (const item of Object.values(doc.paths as Record<string, Record<string, { description?: string; [k: string]: unknown }>>)) {
      for (const op of Object.values(item)) {
        for (const a of (op[PERMIT_EXTENSION] as Action[] | undefined) ?? []) {
          if (!op.description?.includes(`\`${a}\`: ${describePermission(a)}.`)) missing.push(`${a}: ${op.description ?? '(no description)'}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});

test('every cell of the table, over HTTP: refused roles and foreign provinces or organisations are 403, admitted ones are not', async () => {
  const all = cells();
  const failures: string[] = [];
  const started = Date.now();
  // Parallel batches; the cells of one route stay in one batch order (refusals never change state).
  for (let i = 0; i < all.length; i += 24) {
    const batch = all.slice(i, i + 24);
    const answers = await Promise.all(batch.map((c) => send(c)));
    batch.forEach((cell, j) => {
      const res = answers[j];
      const where = `${cell.action} as ${cell.user} (${cell.role}, ${cell.side}) → ${cell.route.method} ${cell.route.path}`;
      if (cell.refused) {
        const problem = forbiddenProblem(res);
        if (problem) failures.push(`${where}: the table refuses, the API ${problem}: ${res.text.slice(0, 160)}`);
      } else if (res.status === 403 || res.status === 401 || res.status >= 500) {
        failures.push(`${where}: the table admits, the API answered ${res.status}: ${res.text.slice(0, 160)}`);
      }
    });
  }
  process.stdout.write(`permission-table: ${all.length} cells, ${all.filter((c) => c.refused).length} refusals, ${Date.now() - started} ms\n`);
  expect(failures).toEqual([]);
  // The walk covered every role of every routed action.
  expect(new Set(all.map((c) => `${c.action}:${c.role}`)).size).toBe(Object.keys(ROUTES).length * ROLES.length);
}, 120_000);
