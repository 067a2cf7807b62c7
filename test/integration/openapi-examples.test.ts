// The API contract tells the truth: every operation documents the statuses it
// can answer, the Idempotency-Key header is declared once and optional, and
// every request body has an example that works when sent as is — each
// operation's documented example is sent by an admitted user, on a fresh
// case brought to the state the operation needs, and must get the
// documented success status.
import { createHash, randomUUID } from 'node:crypto';
import { PathwayGateway } from '../../apps/api/src/pathway/pathway.gateway';
import { http, type HttpResult } from '../support/http';
import { eventually, startStack, type Stack } from '../support/stack';
import { solveWithoutBlocking } from '../support/proof-of-work';

let stack: Stack;
let api: ReturnType<typeof http>;
let doc: OpenApi;
const tokens: Record<string, string> = {};

type Json = Record<string, any>;
interface OpenApi {
  paths: Record<string, Record<string, Json>>;
  components: { schemas: Record<string, Json>; parameters?: Record<string, Json> };
}
interface Op {
  key: string;
  method: string;
  path: string;
  op: Json;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
const ops = (): Op[] =>
  Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([m]) => METHODS.includes(m))
      .map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, method: method.toUpperCase(), path, op })),
  );
const deref = (x: Json | undefined): Json | undefined => {
  if (!x?.$ref) return x;
  const [, , section, name] = (x.$ref as string).split('/');
  return (doc.components as Record<string, Record<string, Json>>)[section]?.[name];
};
const parameters = (o: Op): Json[] => (o.op.parameters ?? []).map((p: Json) => deref(p)!);

/** The operation's documented request example: on the media type, or on its schema. */
function exampleOf(o: Op): { found: boolean; value?: unknown } {
  // JSON bodies, and the one upload (multipart/form-data: its file part is sent as a small PNG)
  const media = o.op.requestBody?.content?.['application/json'] ?? o.op.requestBody?.content?.['multipart/form-data'];
  if (!media) return { found: false };
  if (media.example !== undefined) return { found: true, value: media.example };
  const named = Object.values((media.examples ?? {}) as Record<string, { value?: unknown }>)[0];
  if (named && 'value' in named) return { found: true, value: named.value };
  const schema = deref(media.schema);
  if (Array.isArray(schema?.examples) && schema.examples.length) return { found: true, value: schema.examples[0] };
  if (schema?.example !== undefined) return { found: true, value: schema.example };
  return { found: false };
}

/** A 1×1 PNG: what a documented upload example's file part is sent as. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

/** A multipart example as a form: its binary properties are files (a PNG), the others text fields. */
async function sendForm(path: string, media: Json, example: Json, token: string): Promise<{ status: number; text: string }> {
  const properties = (deref(media.schema)?.properties ?? {}) as Record<string, Json>;
  const form = new FormData();
  for (const [name, value] of Object.entries(example)) {
    if (properties[name]?.format === 'binary') form.append(name, new Blob([new Uint8Array(PNG)], { type: 'image/png' }), 'example.png');
    else form.append(name, String(value));
  }
  const res = await fetch(`${stack.baseUrl}${path}`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, text: await res.text() };
}

/** The documented success status (the lowest 2xx). */
const successOf = (o: Op): number => Math.min(...Object.keys(o.op.responses ?? {}).map(Number).filter((s) => s >= 200 && s < 300));

// ── driving a fresh case to the state an operation needs ─────────────────────

async function freshCase(over: Json = {}): Promise<string> {
  const r = await api.post(
    '/api/v1/reports',
    { provinceCode: 'TANGER_ASSILAH', entryPoint: 'SCHOOL', category: 'NEGLECT', riskLevel: 'LOW', narrative: 'openapi example', child: { firstName: 'Samir', sex: 'M', dateOfBirth: '2014-01-10' }, ...over },
    tokens['u-tanger-intake'],
  );
  if (r.status !== 201) throw new Error(`report: ${r.status} ${r.text}`);
  const caseId = r.body.caseId as string;
  await eventually(async () => (await api.get(`/api/v1/cases/${caseId}`, tokens['u-tanger-coordinator'])).body.pathway?.openSteps?.length > 0);
  return caseId;
}

async function step(caseId: string, action: string, body: unknown, user = 'u-tanger-coordinator'): Promise<HttpResult> {
  const r = await api.post(`/api/v1/cases/${caseId}/${action}`, body, tokens[user]);
  if (r.status >= 300) throw new Error(`preparing ${action}: ${r.status} ${r.text}`);
  return r;
}

const acknowledged = async (over: Json = {}) => {
  const id = await freshCase(over);
  await step(id, 'acknowledge', {});
  return id;
};
const assessed = async () => {
  const id = await acknowledged();
  await step(id, 'assessment', { summary: 'évaluation' });
  return id;
};
const planned = async () => {
  const id = await assessed();
  await step(id, 'approve', { subject: 'ASSESSMENT' }, 'u-tanger-head');
  return id;
};
const planApproved = async () => {
  const id = await planned();
  await step(id, 'care-plan', { objectives: ['retour à l’école'], placement: 'FAMILY' });
  await step(id, 'approve', { subject: 'CARE_PLAN' }, 'u-tanger-head');
  return id;
};
const judicialCase = async () => {
  const id = await acknowledged({ category: 'BEGGING_EXPLOITATION', riskLevel: 'MEDIUM', entryPoint: 'POLICE' });
  await step(id, 'prosecutor-report', {});
  return id;
};
const ORDER_ID = 'TPI-TNG-2026-15';
const withOrder = async () => {
  const id = await judicialCase();
  await step(id, 'court-orders', { orderId: ORDER_ID, measures: ['FAMILY_SUPPORT'] }, 'u-tanger-liaison');
  return id;
};
/** a court report written, awaiting the head of centre's approval */
const withReport = async () => {
  const id = await withOrder();
  await step(id, `court-orders/${ORDER_ID}/reports`, { summary: 'rapport' });
  return id;
};
async function referral(status: 'PENDING' | 'ACCEPTED' | 'STARTED'): Promise<string> {
  const id = await acknowledged();
  const r = await step(id, 'referrals', { organisationId: 'org-tanger-upe', service: 'PSYCHOLOGICAL', sharesInformation: false });
  const referralId = r.body.referralId as string;
  await eventually(async () => (await stack.db.referral.findUnique({ where: { id: referralId } }))?.status === 'PENDING');
  const provider = tokens['u-tanger-provider-upe'];
  if (status !== 'PENDING') expect((await api.post(`/api/v1/referrals/${referralId}/accept`, {}, provider)).status).toBe(200);
  if (status === 'STARTED') expect((await api.post(`/api/v1/referrals/${referralId}/start`, {}, provider)).status).toBe(200);
  return referralId;
}

interface Scenario {
  user: string;
  /** path parameters, after preparing the state */
  prepare?: () => Promise<Record<string, string>>;
  /** the state cannot be reached in real time: the example must reach the pathway, which refuses it (409) */
  unreachable?: string;
  /** no caller (a public operation) */
  anonymous?: boolean;
  /** the example completed with what only the server can give (a fresh, solved challenge) */
  complete?: (example: Json) => Promise<Json>;
}

const onCase = (prep: () => Promise<string>, user = 'u-tanger-coordinator'): Scenario => ({ user, prepare: async () => ({ id: await prep() }) });

const SCENARIOS: Record<string, Scenario> = {
  'POST /api/v1/reports': { user: 'u-tanger-intake' },
  'POST /api/v1/cases/{id}/acknowledge': onCase(() => freshCase()),
  'POST /api/v1/cases/{id}/child-seen': onCase(() => acknowledged({ riskLevel: 'HIGH' })),
  'POST /api/v1/cases/{id}/assessment': onCase(() => acknowledged()),
  'POST /api/v1/cases/{id}/approve': onCase(assessed, 'u-tanger-head'),
  'POST /api/v1/cases/{id}/reject': onCase(assessed, 'u-tanger-head'),
  'POST /api/v1/cases/{id}/care-plan': onCase(planned),
  'POST /api/v1/cases/{id}/consent': onCase(() => acknowledged()),
  'POST /api/v1/cases/{id}/integration': onCase(planApproved),
  'POST /api/v1/cases/{id}/transfer': onCase(() => acknowledged()),
  'POST /api/v1/cases/{id}/close': onCase(async () => {
    const id = await planApproved();
    await step(id, 'integration', { kind: 'SCHOOL' });
    return id;
  }),
  'POST /api/v1/cases/{id}/reviews': onCase(planApproved),
  'POST /api/v1/cases/{id}/liberty': onCase(() => acknowledged()),
  // no newer version is published for Tanger's cases (publishing one would change every other file's new cases)
  'POST /api/v1/cases/{id}/template': { ...onCase(() => acknowledged()), unreachable: 'a new case runs the latest published version already' },
  'POST /api/v1/admin/templates': { user: 'u-tanger-committee' },
  'POST /api/v1/cases/{id}/child-corrections': onCase(() => acknowledged()),
  'POST /api/v1/cases/{id}/retriage': onCase(() => acknowledged()),
  'POST /api/v1/cases/{id}/reassign': onCase(async () => {
    // the example's assignee: a second coordinator of Tanger, without addresses (no alert reaches it)
    await stack.db.user.upsert({
      where: { id: 'u-tanger-coordinator-2' },
      update: {},
      create: { id: 'u-tanger-coordinator-2', role: 'COORDINATOR', provinceCode: 'TANGER_ASSILAH', organisationId: 'org-tanger-centre', displayName: 'Coordinatrice 2 (Tanger-Assilah)' },
    });
    return acknowledged();
  }, 'u-tanger-head'),
  // the example's duplicate: a case of Tanger with the id the example names, its pathway running
  'POST /api/v1/cases/{id}/merge': onCase(async () => {
    const duplicateId = '3f1c2b9e-8d4a-4c1e-9b7a-2e5d6f708192';
    const child = await stack.db.child.create({ data: { firstName: 'Samir', sex: 'M' } });
    const reference = 'MSR-2026-3F1C2B9E';
    await stack.db.case.create({ data: { id: duplicateId, reference, childId: child.id, provinceCode: 'TANGER_ASSILAH', category: 'NEGLECT', riskLevel: 'LOW', workflowId: `case-${duplicateId}` } });
    const openedAt = new Date().toISOString();
    await stack.app.get(PathwayGateway).openCase({
      caseId: duplicateId,
      reference,
      provinceCode: 'TANGER_ASSILAH',
      category: 'NEGLECT',
      riskLevel: 'LOW',
      openedAt,
      report: { reportId: randomUUID(), entryPoint: 'POLICE', category: 'NEGLECT', riskLevel: 'LOW', receivedAt: openedAt },
    });
    return acknowledged();
  }, 'u-tanger-head'),
  'POST /api/v1/cases/{id}/unmerge': onCase(async () => {
    const [survivor, duplicate] = [await acknowledged(), await acknowledged()];
    await step(survivor, 'merge', { duplicateCaseId: duplicate, reason: 'doublon' }, 'u-tanger-head');
    return duplicate;
  }, 'u-national-admin'),
  'POST /api/v1/cases/{id}/assessment/revision': onCase(planned),
  'POST /api/v1/cases/{id}/care-plan/revision': onCase(planApproved),
  'POST /api/v1/cases/{id}/placement': onCase(() => acknowledged()),
  'POST /api/v1/cases/{id}/runaway': onCase(() => acknowledged()),
  'POST /api/v1/cases/{id}/child-found': onCase(async () => {
    const id = await acknowledged();
    await step(id, 'runaway', {});
    return id;
  }),
  'POST /api/v1/cases/{id}/notes': onCase(() => acknowledged()),
  'POST /api/v1/cases/{id}/file-requests': onCase(() => acknowledged()),
  'POST /api/v1/cases/{id}/survey-contact': onCase(() => acknowledged()),
  'POST /api/v1/public/file-requests': {
    user: 'u-tanger-coordinator',
    anonymous: true,
    // the example's proof, on a case of its own
    complete: async (example) => {
      const r = await api.post(
        '/api/v1/reports',
        { provinceCode: 'TANGER_ASSILAH', entryPoint: 'SCHOOL', category: 'NEGLECT', riskLevel: 'LOW', narrative: 'openapi example', child: { sex: 'F', dateOfBirth: example.dateOfBirth, parentCnies: [example.cnie] }, fileAsNew: true },
        tokens['u-tanger-intake'],
      );
      if (r.status !== 201) throw new Error(`report: ${r.status} ${r.text}`);
      const c = await api.get('/api/v1/public/file-requests/challenge');
      return { ...example, reference: r.body.reference, challenge: { nonce: c.body.nonce, counter: await solveWithoutBlocking(c.body.nonce, c.body.difficulty) } };
    },
  },
  'POST /api/v1/public/surveys/{token}': {
    user: 'u-tanger-coordinator',
    anonymous: true,
    // an invitation as the notifier's sweep writes it, for a link of the test's own
    prepare: async () => {
      const token = randomUUID().replace(/-/g, '');
      const caseId = await freshCase();
      await stack.db.surveyInvitation.create({
        data: { subjectKey: `CLOSURE:${caseId}`, kind: 'CLOSURE', caseId, provinceCode: 'TANGER_ASSILAH', respondent: 'FAMILY', language: 'fr', tokenHash: createHash('sha256').update(token).digest('hex'), expiresAt: new Date(Date.now() + 86_400_000) },
      });
      return { token };
    },
  },
  'POST /api/v1/cases/{id}/persons': onCase(() => acknowledged()),
  'POST /api/v1/cases/{id}/persons/{personId}/corrections': {
    user: 'u-tanger-coordinator',
    prepare: async () => {
      const id = await acknowledged();
      const added = await step(id, 'persons', { relation: 'MOTHER', firstName: 'Fatima' });
      return { id, personId: added.body.person.id };
    },
  },
  'POST /api/v1/cases/{id}/persons/{personId}/referrals': {
    user: 'u-tanger-coordinator',
    prepare: async () => {
      const id = await acknowledged();
      const added = await step(id, 'persons', { relation: 'MOTHER', firstName: 'Fatima' });
      return { id, personId: added.body.person.id };
    },
  },
  // the published templates of Tanger's cases have no visits (publishing one would change every other file's new cases)
  'POST /api/v1/cases/{id}/family-visits': { ...onCase(planApproved), unreachable: 'visits follow a return home under a template with visits' },
  'POST /api/v1/cases/{id}/documents': onCase(() => acknowledged()),
  'POST /api/v1/cases/{id}/autonomy-plan': { ...onCase(planApproved), unreachable: 'after-care begins at the 18th birthday, a calendar day away at best' },
  'POST /api/v1/cases/{id}/check-ins': { ...onCase(planApproved), unreachable: 'after-care begins at the 18th birthday, a calendar day away at best' },
  'POST /api/v1/cases/{id}/referrals': onCase(async () => {
    const id = await acknowledged();
    await step(id, 'consent', { givenBy: 'GUARDIAN', services: ['PSYCHOLOGICAL'] });
    return id;
  }),
  'POST /api/v1/cases/{id}/prosecutor-report': onCase(() => acknowledged({ category: 'BEGGING_EXPLOITATION', riskLevel: 'MEDIUM', entryPoint: 'POLICE' })),
  'POST /api/v1/cases/{id}/judicial-redirection': onCase(() => acknowledged()),
  'POST /api/v1/cases/{id}/court-orders': onCase(judicialCase, 'u-tanger-liaison'),
  'POST /api/v1/cases/{id}/court-orders/{orderId}/reports': { user: 'u-tanger-coordinator', prepare: async () => ({ id: await withOrder(), orderId: ORDER_ID }) },
  'POST /api/v1/cases/{id}/court-orders/{orderId}/close': { user: 'u-tanger-liaison', prepare: async () => ({ id: await withOrder(), orderId: ORDER_ID }) },
  // the order names no provider for family support: the coordinator chooses one
  'POST /api/v1/cases/{id}/court-orders/{orderId}/measures/{measure}/provider': { user: 'u-tanger-coordinator', prepare: async () => ({ id: await withOrder(), orderId: ORDER_ID, measure: 'FAMILY_SUPPORT' }) },
  'POST /api/v1/cases/{id}/court-reports/approve': onCase(withReport, 'u-tanger-head'),
  'POST /api/v1/cases/{id}/court-reports/reject': onCase(withReport, 'u-tanger-head'),
  'POST /api/v1/cases/{id}/court-orders/{orderId}/decisions': {
    user: 'u-tanger-liaison',
    prepare: async () => {
      const id = await withReport();
      await step(id, 'court-reports/approve', {}, 'u-tanger-head');
      return { id, orderId: ORDER_ID };
    },
  },
  'POST /api/v1/referrals/{referralId}/accept': { user: 'u-tanger-provider-upe', prepare: async () => ({ referralId: await referral('PENDING') }) },
  'POST /api/v1/referrals/{referralId}/decline': { user: 'u-tanger-provider-upe', prepare: async () => ({ referralId: await referral('PENDING') }) },
  'POST /api/v1/referrals/{referralId}/start': { user: 'u-tanger-provider-upe', prepare: async () => ({ referralId: await referral('ACCEPTED') }) },
  'POST /api/v1/referrals/{referralId}/complete': { user: 'u-tanger-provider-upe', prepare: async () => ({ referralId: await referral('STARTED') }) },
  'POST /api/v1/complaints': { user: 'u-tanger-coordinator' },
  'POST /api/v1/public/complaints': {
    user: 'u-tanger-coordinator',
    anonymous: true,
    complete: async (example) => {
      const c = await api.get('/api/v1/public/challenge');
      expect(c.status).toBe(200);
      return { ...example, challenge: { nonce: c.body.nonce, counter: await solveWithoutBlocking(c.body.nonce, c.body.difficulty) } };
    },
  },
  'POST /api/v1/children/search': { user: 'u-tanger-intake' },
  'POST /api/v1/complaints/{id}/response': {
    user: 'u-tanger-delegate',
    prepare: async () => {
      const c = await api.post('/api/v1/complaints', { provinceCode: 'TANGER_ASSILAH', channel: 'LETTER', text: 'à traiter' }, tokens['u-tanger-coordinator']);
      expect(c.status).toBe(201);
      return { id: c.body.id };
    },
  },
  'PUT /api/v1/policies': { user: 'u-tanger-committee' },
  'PUT /api/v1/me/preferences': { user: 'u-rabat-coordinator' },
  'POST /codec/decode': { user: 'u-national-supervisor' },
};

beforeAll(async () => {
  stack = await startStack();
  api = http(stack.baseUrl);
  const users = new Set(Object.values(SCENARIOS).map((s) => s.user).concat(['u-tanger-intake', 'u-tanger-coordinator', 'u-tanger-head', 'u-tanger-liaison', 'u-tanger-provider-upe', 'u-national-admin', 'u-meknes-coordinator']));
  for (const u of users) tokens[u] = await stack.token(u);
  const res = await api.get('/api/docs-json');
  expect(res.status).toBe(200);
  doc = res.body as OpenApi;
});

afterAll(async () => {
  await stack?.stop();
});

describe('the document', () => {
  test('every operation documents the statuses it can answer', () => {
    const missing: string[] = [];
    for (const o of ops()) {
      const codes = Object.keys(o.op.responses ?? {});
      const need = ['400', '429', '500', '503'];
      if (o.op.security?.length) need.push('401', '403');
      if (o.op.requestBody) need.push('422');
      if (o.method === 'POST' || o.method === 'PUT') need.push('413', '415');
      if (parameters(o).some((p) => p.in === 'query')) need.push('422');
      if (parameters(o).some((p) => p.in === 'path')) need.push('404');
      if (parameters(o).some((p) => p.in === 'path') && o.method === 'POST') need.push('409');
      if (!codes.some((c) => c.startsWith('2'))) missing.push(`${o.key}: no success status`);
      for (const c of need) if (!codes.includes(c)) missing.push(`${o.key}: ${c}`);
    }
    expect(missing).toEqual([]);
  });

  test('the Idempotency-Key header is declared once, optional, on the operations that read it', () => {
    const declared = deref({ $ref: '#/components/parameters/IdempotencyKey' });
    expect(declared).toMatchObject({ name: 'Idempotency-Key', in: 'header', required: false });
    const wrong: string[] = [];
    // a search writes nothing but its audit entries: repeating it is harmless, it reads no key
    const reading = (o: Op) => o.method === 'POST' && o.path.startsWith('/api/v1/') && !o.path.startsWith('/api/v1/admin/') && !o.path.endsWith('/search');
    for (const o of ops()) {
      const keys = parameters(o).filter((p) => p.in === 'header' && String(p.name).toLowerCase() === 'idempotency-key');
      if (keys.length > 1) wrong.push(`${o.key}: declared ${keys.length} times`);
      if (keys.some((k) => k.required)) wrong.push(`${o.key}: required`);
      if (keys.length !== (reading(o) ? 1 : 0)) wrong.push(`${o.key}: declared ${keys.length} times`);
    }
    expect(wrong).toEqual([]);
    // reports, complaints (create, respond) and every pathway action
    expect(ops().filter(reading).length).toBeGreaterThanOrEqual(26);
  });

  test('every request body has an example, and every operation with a body a scenario here', () => {
    const withBody = ops().filter((o) => o.op.requestBody);
    expect(withBody.filter((o) => !exampleOf(o).found).map((o) => o.key)).toEqual([]);
    expect(withBody.filter((o) => !SCENARIOS[o.key]).map((o) => o.key)).toEqual([]);
    expect(Object.keys(SCENARIOS).filter((k) => !withBody.some((o) => o.key === k))).toEqual([]);
  });
});

test('each documented example, sent as is by an admitted user, gets the documented success status', async () => {
  const withBody = ops().filter((o) => o.op.requestBody && SCENARIOS[o.key]);
  const failures: string[] = [];
  const started = Date.now();
  const run = async (o: Op) => {
    const s = SCENARIOS[o.key];
    try {
      const params = s.prepare ? await s.prepare() : {};
      const path = o.path.replace(/\{(\w+)\}/g, (_m, name: string) => params[name] ?? `{${name}}`);
      const body = s.complete ? await s.complete(exampleOf(o).value as Json) : exampleOf(o).value;
      const token = s.anonymous ? undefined : tokens[s.user];
      const multipart = o.op.requestBody?.content?.['multipart/form-data'];
      const res = multipart
        ? await sendForm(path, multipart, body as Json, tokens[s.user])
        : o.method === 'PUT'
          ? await api.put(path, body, token)
          : await api.post(path, body, token);
      const expected = s.unreachable ? 409 : successOf(o);
      if (res.status !== expected) failures.push(`${o.key} as ${s.user}: expected ${expected}, got ${res.status} ${res.text.slice(0, 300)}`);
    } catch (e) {
      failures.push(`${o.key}: ${(e as Error).message}`);
    }
  };
  // a scenario that never ends is named, not left to the test's timeout (it took all 180 s once, on CI)
  const bounded = (o: Op) => {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        failures.push(`${o.key}: no answer in 60 s`);
        process.stdout.write(`openapi-examples: ${o.key} has no answer after 60 s\n`);
        resolve();
      }, 60_000);
    });
    return Promise.race([run(o), late]).finally(() => clearTimeout(timer));
  };
  for (let i = 0; i < withBody.length; i += 6) await Promise.all(withBody.slice(i, i + 6).map(bounded));
  process.stdout.write(`openapi-examples: ${withBody.length} examples sent in ${Date.now() - started} ms\n`);
  expect(failures).toEqual([]);
}, 180_000);

describe('ids that must name something real', () => {
  test('an unknown province is a 422 naming provinceCode, not a 403', async () => {
    for (const [path, body, user] of [
      ['/api/v1/reports', { provinceCode: 'ATLANTIS', entryPoint: 'OTHER', category: 'NEGLECT', riskLevel: 'LOW', narrative: 'x', child: { estimatedAge: 9 } }, 'u-tanger-intake'],
      ['/api/v1/complaints', { provinceCode: 'ATLANTIS', channel: 'API', text: 'x' }, 'u-tanger-coordinator'],
    ] as const) {
      const res = await api.post(path, body, tokens[user]);
      expect([path, res.status]).toEqual([path, 422]);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain('provinceCode');
    }
    const policy = await api.get('/api/v1/policies?provinceCode=ATLANTIS', tokens['u-tanger-coordinator']);
    expect(policy.status).toBe(422);
    expect(policy.body.errors[0].field).toBe('provinceCode');
  });

  test('a placeholder where a user or an organisation is needed is a 422 naming the field', async () => {
    const caseId = await freshCase();
    const ack = await api.post(`/api/v1/cases/${caseId}/acknowledge`, { assigneeId: 'string' }, tokens['u-tanger-coordinator']);
    expect(ack.status).toBe(422);
    expect(ack.body.errors[0].field).toBe('assigneeId');
    // a real user who may not take a case of this province
    const foreign = await api.post(`/api/v1/cases/${caseId}/acknowledge`, { assigneeId: 'u-meknes-coordinator' }, tokens['u-tanger-coordinator']);
    expect(foreign.status).toBe(422);
    const transfer = await api.post(`/api/v1/cases/${caseId}/transfer`, { toProvinceCode: 'MEKNES', assigneeId: 'string' }, tokens['u-tanger-coordinator']);
    expect(transfer.status).toBe(422);
    expect(transfer.body.errors.map((e: { field: string }) => e.field)).toContain('assigneeId');
    const referral = await api.post(`/api/v1/cases/${caseId}/referrals`, { organisationId: 'string', service: 'PSYCHOLOGICAL' }, tokens['u-tanger-coordinator']);
    expect(referral.status).toBe(422);
    expect(referral.body.errors[0].field).toBe('organisationId');
  });

  test('acting on a declined referral is a 409 with the reason, not a 404', async () => {
    const referralId = await referral('PENDING');
    const provider = tokens['u-tanger-provider-upe'];
    expect((await api.post(`/api/v1/referrals/${referralId}/decline`, { reason: 'plus de place' }, provider)).status).toBe(200);
    await eventually(async () => (await stack.db.referral.findUnique({ where: { id: referralId } }))?.status === 'DECLINED');
    const again = await api.post(`/api/v1/referrals/${referralId}/accept`, {}, provider);
    expect(again.status).toBe(409);
    expect(again.body.detail).toBe(`referral ${referralId} was declined: plus de place`);
  });
});
