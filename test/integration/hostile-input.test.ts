// Bad input at scale (issue 6, part 3): property-based tests throw malformed
// and hostile requests — wrong JSON types, missing and unknown fields, huge
// strings and bodies over the limit, unicode edge cases, SQL and HTML
// injection, path traversal, prototype-pollution keys, odd numbers and dates,
// wrong and unknown province codes, ids of another province, bodies that are
// not JSON or not sent as JSON — at every operation the OpenAPI document
// lists, as actors the operation admits. Properties: never a 5xx, every 4xx
// is problem+json, and after the barrage no table changed (but the audit
// trail: refused actions are audited), the fixture's pathways kept their state
// and their history length, and /health still answers 200.
//
// A failure prints its seed: MASAR_HOSTILE_SEED=<seed> reruns the same
// requests (MASAR_HOSTILE_RUNS sets the runs per operation).
import fc from 'fast-check';
import { Logger, type LoggerService } from '@nestjs/common';
import type { Client } from '@temporalio/client';
import { referralWorkflowId } from '../../libs/domain/ids';
import { connectClient } from '../../libs/temporal/connection';
import { requestArb, type BarrageContext } from '../support/hostile/barrage';
import { hostileText, SQL_INJECTION, HTML_INJECTION, UNICODE_EDGE, wellFormed } from '../support/hostile/catalog';
import { commonHints, operationsOf, type OpenApiDoc, type Operation } from '../support/hostile/openapi';
import { ALL_ACTORS, PLANS, UNKNOWN_PROVINCES, type FixtureIds, type Plan } from '../support/hostile/plans';
import { describeRequest, judge, send, type Answer, type HostileRequest } from '../support/hostile/requests';
import { historyLength, quiescent, tableStates, type TableState } from '../support/hostile/snapshot';
import { http } from '../support/http';
import { eventually, startStack, type Stack } from '../support/stack';

const SEED = process.env.MASAR_HOSTILE_SEED ? Number(process.env.MASAR_HOSTILE_SEED) : Math.floor(Math.random() * 2 ** 31);
const RUNS = Number(process.env.MASAR_HOSTILE_RUNS ?? 40);
fc.configureGlobal({ seed: SEED, numRuns: RUNS });
const REPRODUCE = `reproduce with MASAR_HOSTILE_SEED=${SEED} npx jest test/integration/hostile-input --runInBand`;

// The API's error log (the problem filter logs every 500 with its error id and stack).
const serverErrors: { message: string; stack?: string }[] = [];
class CapturingLogger implements LoggerService {
  log() {}
  warn() {}
  debug() {}
  verbose() {}
  error(message: unknown, stack?: unknown) {
    serverErrors.push({ message: String(message), stack: typeof stack === 'string' ? stack : undefined });
  }
}
const serverErrorFor = (answer: Answer): string => {
  const id = answer.json?.errorId;
  const hit = (id && serverErrors.find((e) => e.message.includes(id))) || serverErrors[serverErrors.length - 1];
  return hit ? `${hit.message}\n${hit.stack ?? ''}` : '(nothing logged)';
};

let stack: Stack;
let api: ReturnType<typeof http>;
let temporal: Client;
let operations: Operation[];
let documented: OpenApiDoc & { paths: Record<string, Record<string, { responses?: Record<string, unknown> }>> };
let ctx: BarrageContext;
const tokens: Record<string, string> = {};
const ids = {} as FixtureIds & { workflowId: string; otherWorkflowId: string };

interface Snapshot {
  tables: Record<string, TableState>;
  caseView: unknown;
  otherCaseView: unknown;
  referralView: unknown;
  histories: Record<string, number>;
}
let before: Snapshot;
const barraged = new Set<string>();
const statuses: Record<string, Record<number, number>> = {};

/** The case as the API shows it, without what changes by itself (nothing yet: overdue derives from the ladder level). */
const stable = (view: any) => view;

async function snapshot(): Promise<Snapshot> {
  const workflows = [ids.workflowId, ids.otherWorkflowId, referralWorkflowId(ids.referralId)];
  const histories: Record<string, number> = {};
  for (const w of workflows) histories[w] = await historyLength(temporal, w);
  return {
    tables: await tableStates(stack.db),
    caseView: stable((await api.get(`/api/v1/cases/${ids.caseId}`, tokens['u-tanger-coordinator'])).body),
    otherCaseView: stable((await api.get(`/api/v1/cases/${ids.otherCaseId}`, tokens['u-meknes-coordinator'])).body),
    referralView: (await api.get(`/api/v1/referrals/${ids.referralId}`, tokens['u-tanger-provider-upe'])).body,
    histories,
  };
}

beforeAll(async () => {
  stack = await startStack();
  Logger.overrideLogger(new CapturingLogger());
  api = http(stack.baseUrl);
  for (const u of [...ALL_ACTORS, 'u-meknes-intake', 'u-meknes-coordinator']) tokens[u] = await stack.token(u);
  temporal = await connectClient({ address: process.env.TEMPORAL_ADDRESS!, namespace: process.env.TEMPORAL_NAMESPACE!, codecKeys: process.env.MASAR_CODEC_KEYS! });

  const doc = await api.get('/api/docs-json');
  expect(doc.status).toBe(200);
  operations = operationsOf(doc.body as OpenApiDoc);
  documented = doc.body;
  // "Unknown" province codes must really be unknown for the refusals the plans count on.
  expect(await stack.db.province.count({ where: { code: { in: UNKNOWN_PROVINCES } } })).toBe(0);

  // The fixture, through the API: acknowledged, consent, one referral, assessment submitted.
  ids.reportKey = 'hostile-fixture-report';
  ids.complaintKey = 'hostile-fixture-complaint';
  const t = (u: string) => tokens[u];
  const created = await api.post(
    '/api/v1/reports',
    { provinceCode: 'TANGER_ASSILAH', entryPoint: 'SCHOOL', category: 'NEGLECT', riskLevel: 'LOW', narrative: 'Absences répétées, enfant seul le soir', child: { firstName: 'Salma', lastName: 'Ouazzani', sex: 'F', dateOfBirth: '2014-05-20' } },
    t('u-tanger-intake'),
    { 'Idempotency-Key': ids.reportKey },
  );
  expect(created.status).toBe(201);
  ids.caseId = created.body.caseId;
  ids.workflowId = created.body.workflowId;
  await eventually(async () => (await api.get(`/api/v1/cases/${ids.caseId}`, t('u-tanger-coordinator'))).body.pathway?.openSteps?.length > 0);
  const act = (action: string, body: unknown) => api.post(`/api/v1/cases/${ids.caseId}/${action}`, body, t('u-tanger-coordinator'));
  expect((await act('acknowledge', {})).status).toBe(200);
  expect((await act('consent', { givenBy: 'GUARDIAN', documentRef: 'form-7' })).status).toBe(200);
  const referral = await act('referrals', { organisationId: 'org-tanger-upe', service: 'PSYCHOLOGICAL' });
  expect(referral.status).toBe(201);
  ids.referralId = referral.body.referralId;
  const assessed = await act('assessment', { summary: 'Négligence confirmée', needs: ['PSYCHOLOGICAL'] });
  expect(assessed.status).toBe(200);
  expect(assessed.body).toMatchObject({ stage: 'ASSESSMENT', assessment: 'SUBMITTED' });

  const other = await api.post(
    '/api/v1/reports',
    { provinceCode: 'MEKNES', entryPoint: 'POLICE', category: 'STREET_SITUATION', riskLevel: 'MEDIUM', narrative: 'Enfant seul à la gare', child: { estimatedAge: 11 } },
    t('u-meknes-intake'),
  );
  expect(other.status).toBe(201);
  ids.otherCaseId = other.body.caseId;
  ids.otherWorkflowId = other.body.workflowId;
  const complaint = await api.post('/api/v1/complaints', { provinceCode: 'TANGER_ASSILAH', caseId: ids.caseId, channel: 'LETTER', text: 'La famille attend un rappel.' }, t('u-tanger-coordinator'), {
    'Idempotency-Key': ids.complaintKey,
  });
  expect(complaint.status).toBe(201);

  // Wait for the pathways to settle (projections written, nothing in flight), then take the snapshot.
  await eventually(async () => (await stack.db.referral.findUnique({ where: { id: ids.referralId } }))?.status === 'PENDING');
  // The complaint's response deadline is projected by its own workflow.
  await eventually(async () => (await stack.db.complaint.findUniqueOrThrow({ where: { id: complaint.body.id } })).dueAt !== null);
  for (const w of [ids.workflowId, ids.otherWorkflowId, referralWorkflowId(ids.referralId), complaint.body.workflowId]) await quiescent(temporal, w);
  await eventually(async () => (await stack.db.openStep.count({ where: { caseId: ids.otherCaseId, status: 'OPEN' } })) > 0);
  before = await snapshot();
  expect((before.referralView as { status: string }).status).toBe('PENDING');

  const codecKeyId = process.env.MASAR_CODEC_KEYS!.split(',')[0].split(':')[0];
  ctx = { ids, hints: commonHints(ids), tokens, codecKeyId };
}, 120_000);

afterAll(async () => {
  const total = Object.values(statuses).reduce((n, s) => n + Object.values(s).reduce((a, b) => a + b, 0), 0);
  const byStatus: Record<number, number> = {};
  for (const s of Object.values(statuses)) for (const [k, v] of Object.entries(s)) byStatus[Number(k)] = (byStatus[Number(k)] ?? 0) + v;
  process.stdout.write(`hostile-input: seed ${SEED}, ${barraged.size} operations, ${total} requests, statuses ${JSON.stringify(byStatus)}\n`);
  await temporal?.connection.close();
  await stack?.stop();
});

/** Sends the operation's hostile requests (fast-check numRuns) and fails with a reproducible report. */
async function barrage(op: Operation, plan: Plan): Promise<void> {
  const counts = (statuses[op.key] ??= {});
  const property = fc.asyncProperty(requestArb(op, plan, ctx), async (req: HostileRequest) => {
    let answer: Answer;
    try {
      answer = await send(stack.baseUrl, req);
    } catch (e) {
      throw new Error(`the request failed without an answer: ${(e as Error).message} ${String((e as { cause?: unknown }).cause ?? '')}\nrequest: ${describeRequest(req)}`);
    }
    counts[answer.status] = (counts[answer.status] ?? 0) + 1;
    const problem = judge(answer, { mustRefuse: plan.writes });
    if (problem) {
      throw new Error(`${op.key}: ${problem}\nrequest: ${describeRequest(req)}\nanswer: ${answer.status} ${answer.text.slice(0, 400)}${answer.status >= 500 ? `\nserver log: ${serverErrorFor(answer)}` : ''}`);
    }
  });
  const details = await fc.check(property);
  barraged.add(op.key);
  if (details.failed) {
    const message = (details.errorInstance as Error | undefined)?.message ?? String(details.errorInstance);
    throw new Error(`${message}\n(after ${details.numRuns} runs and ${details.numShrinks} shrinks; fast-check seed ${details.seed}, path ${details.counterexamplePath}; ${REPRODUCE})`);
  }
}

const operation = (key: string): Operation => {
  const op = operations.find((o) => o.key === key);
  if (!op) throw new Error(`${key} has a plan but is not in the OpenAPI document any more: remove or rename its plan`);
  return op;
};

describe('every operation refuses hostile input cleanly: never a 5xx, 4xx as problem+json, writes refused', () => {
  for (const [key, plan] of Object.entries(PLANS)) {
    test(key, async () => {
      await barrage(operation(key), plan);
    });
  }

  test('operations without a plan are barraged with a generic one (any actor, broken bodies and ids)', async () => {
    const unplanned = operations.filter((o) => !PLANS[o.key]);
    for (const op of unplanned) await barrage(op, { actors: ALL_ACTORS, writes: op.method !== 'GET' });
  }, 600_000); // about a hundred operations without a plan of their own

  test('every status the barrage was answered is documented for its operation', () => {
    const undocumented: string[] = [];
    for (const [key, counts] of Object.entries(statuses)) {
      const [method, path] = key.split(' ');
      const responses = documented.paths[path]?.[method.toLowerCase()]?.responses ?? {};
      // 431: Node refuses oversized headers before the application (no problem body, nothing to document per operation)
      for (const status of Object.keys(counts)) if (status !== '431' && !(status in responses)) undocumented.push(`${key}: ${status}`);
    }
    expect(undocumented).toEqual([]);
  });

  test('the barrage covered every operation of the OpenAPI document', () => {
    const documented = operations.map((o) => o.key).sort();
    expect([...barraged].sort()).toEqual(documented);
    expect(barraged.size).toBe(documented.length);
  });
});

describe('after the barrage', () => {
  test('no table changed but the audit trail; the pathways kept their state and history; health is 200', async () => {
    // Give anything a request might have set off (an update, an activity) time to land.
    await new Promise((r) => setTimeout(r, 1_000));
    for (const w of Object.keys(before.histories)) await quiescent(temporal, w);
    const after = await snapshot();
    const changed = Object.keys({ ...before.tables, ...after.tables }).filter(
      (name) => before.tables[name]?.rows !== after.tables[name]?.rows || before.tables[name]?.digest !== after.tables[name]?.digest,
    );
    expect(changed.map((name) => `${name}: ${before.tables[name]?.rows} → ${after.tables[name]?.rows} rows`)).toEqual([]);
    expect(after.caseView).toEqual(before.caseView);
    expect(after.otherCaseView).toEqual(before.otherCaseView);
    expect(after.referralView).toEqual(before.referralView);
    expect(after.histories).toEqual(before.histories);
    const health = await api.get('/health');
    expect(health.status).toBe(200);
    expect(health.body.status).toBe('ok');
    // Refused actions are audited as refused.
    expect(await stack.db.auditEntry.count({ where: { caseId: ids.caseId, outcome: { startsWith: 'REFUSED' } } })).toBeGreaterThan(0);
  });
});

describe('hostile text in otherwise valid writes is stored as sent, or refused — never a 500, never a partial write', () => {
  const SAMPLES = [...SQL_INJECTION, ...HTML_INJECTION, ...UNICODE_EDGE].filter((t) => t.trim());
  const rowCounts = async () => ({ cases: await stack.db.case.count(), children: await stack.db.child.count(), reports: await stack.db.report.count(), complaints: await stack.db.complaint.count() });

  /**
   * Posts each text: a 201 must store it as sent (trimmed; lone surrogates as
   * U+FFFD), anything else must be a 400 that wrote nothing. Collects every failure.
   */
  async function storeOrRefuse(texts: string[], post: (text: string) => Promise<{ status: number; stored?: () => Promise<string | null> }>): Promise<string[]> {
    const failures: string[] = [];
    for (const text of texts) {
      const counts = await rowCounts();
      const res = await post(text);
      if (res.status === 201 && res.stored) {
        const stored = await res.stored();
        if (stored !== wellFormed(text).trim()) failures.push(`${JSON.stringify(text)}: stored as ${JSON.stringify(stored)}`);
        continue;
      }
      if (res.status !== 400) failures.push(`${JSON.stringify(text)} → ${res.status}: ${(serverErrors[serverErrors.length - 1]?.stack ?? '').split('\n').slice(0, 8).join(' | ')}`);
      const after = await rowCounts();
      if (JSON.stringify(after) !== JSON.stringify(counts)) failures.push(`${JSON.stringify(text)}: a partial write ${JSON.stringify(counts)} → ${JSON.stringify(after)}`);
    }
    return failures;
  }

  const complaint = async (text: string) => {
    const res = await api.post('/api/v1/complaints', { provinceCode: 'TANGER_ASSILAH', channel: 'API', text }, tokens['u-tanger-coordinator']);
    return { status: res.status, stored: async () => (await stack.db.complaint.findUnique({ where: { id: res.body.id } }))?.text ?? null };
  };

  // BUG (found by this barrage; fails until fixed in the API). Text fields
  // accept what the database cannot take:
  //  - a lone surrogate ("\ud800", sent as the JSON escape) reaches Prisma, whose
  //    query engine fails: "JSON Error: unexpected end of hex escape"
  //    (tx.complaint.create, complaints.controller.ts:62) → 500;
  //  - NUL ("\u0000") reaches PostgreSQL: DriverAdapterError "invalid byte
  //    sequence for encoding "UTF8": 0x00" → 500.
  // Expected: a 400 naming the field (or the text stored with U+FFFD / without NUL).
  test('BUG complaints: every catalog string (lone surrogates, NUL, RTL override, injection) is stored or refused', async () => {
    expect(await storeOrRefuse(SAMPLES, complaint)).toEqual([]);
  });

  test('complaints: generated hostile text is stored or refused', async () => {
    const failures: string[] = [];
    await fc.assert(
      fc.asyncProperty(hostileText(5_000), async (text) => {
        failures.push(...(await storeOrRefuse([text], complaint)));
      }),
      { numRuns: 15 },
    );
    expect(failures).toEqual([]);
  });

  // BUG (same causes) for a report: the child's first name with a lone
  // surrogate fails in tx.child.create (create-report.use-case.ts:63), a NUL in
  // the narrative in tx.report.create — 500s (the transaction rolls back: no partial write).
  test('BUG reports: a narrative and names with lone surrogates, NUL or RTL override are stored or refused', async () => {
    const texts = ['\ud800', 'x\u0000y', '\u202Eevil.exe\u202C', 'مُحَمَّدٌ', '👨‍👩‍👧‍👦', SQL_INJECTION[0]];
    const report = async (text: string) => {
      const res = await api.post(
        '/api/v1/reports',
        { provinceCode: 'TANGER_ASSILAH', entryPoint: 'OTHER', category: 'NEGLECT', riskLevel: 'LOW', narrative: text, child: { firstName: text.slice(0, 100), estimatedAge: 9 } },
        tokens['u-tanger-intake'],
      );
      return { status: res.status, stored: async () => (await stack.db.report.findUnique({ where: { id: res.body.reportId } }))?.narrative ?? null };
    };
    expect(await storeOrRefuse(texts, report)).toEqual([]);
  });
});

describe('regressions found by the barrage (each BUG fails until the API is fixed)', () => {
  /** The failures among the probes: 5xx, or a 4xx that is not problem+json. */
  async function unclean(probes: [string, () => Promise<{ status: number; headers: Headers; text: string; body: any }>][]): Promise<string[]> {
    const failures: string[] = [];
    for (const [what, call] of probes) {
      const res = await call();
      if (res.status >= 500) {
        const log = serverErrorFor({ status: res.status, contentType: null, text: res.text, json: res.body });
        failures.push(`${what} → ${res.status}: ${log.split('\n').filter((l) => l.trim() && !l.trim().startsWith('at ')).slice(0, 12).join(' | ')}`);
      } else if (res.status >= 400 && !res.headers.get('content-type')?.includes('application/problem+json')) {
        failures.push(`${what} → ${res.status} without problem+json`);
      }
    }
    return failures;
  }
  const q = encodeURIComponent;
  const get = (url: string, who: string) => () => api.get(url, tokens[who]);

  // BUG: the Idempotency-Key becomes the Temporal update id `${action}:${key}`
  // (CaseActions.run, ReferralsController.providerAction); Temporal refuses an
  // update id over 1,000 characters — ServiceError "Workflow Update failed",
  // cause 3 INVALID_ARGUMENT "UpdateId length exceeds limit." — which
  // PathwayGateway.call does not map → 500 on every case and referral action
  // (e.g. child-seen: a 984-character key is a 409, 985 is a 500).
  // Expected: a 400 on the header (or a hashed update id).
  test('BUG an Idempotency-Key over 1,000 characters on a pathway action is a 500', async () => {
    const key = 'k'.repeat(1_000);
    expect(
      await unclean([
        ['acknowledge', () => api.post(`/api/v1/cases/${ids.caseId}/acknowledge`, {}, tokens['u-tanger-coordinator'], { 'Idempotency-Key': key })],
        ['referral start', () => api.post(`/api/v1/referrals/${ids.referralId}/start`, {}, tokens['u-tanger-provider-upe'], { 'Idempotency-Key': key })],
      ]),
    ).toEqual([]);
  });

  // BUG: z.iso.datetime({ offset: true }) accepts offsets up to ±23:59 and the
  // years 0000-9999; PostgreSQL and Prisma do not:
  //  - supervision/escalations passes the string to SQL ($3::timestamptz):
  //    offset beyond ±15:59 → 22009 "time zone displacement out of range";
  //    year 0000 → 22008 "date/time field value out of range";
  //  - audit and indicators convert to a Date first: 9999-12-31T23:59:59-23:59 is
  //    +010000-01-01T23:58:59Z, which Prisma cannot send ("Could not convert
  //    argument value … DateTime" / "Could not convert from `JSON date object`");
  //    year 0000 → PostgreSQL 22008.
  // Expected: a 400 (or a 422) on the field.
  test('BUG dates the validators accept but the database refuses (offsets beyond ±15:59, years 0000 and 10000) are 500s', async () => {
    expect(
      await unclean([
        ['escalations to=…-23:48', get(`/api/v1/supervision/escalations?to=${q('2026-01-01T00:00:00-23:48')}`, 'u-national-supervisor')],
        ['escalations from=…+16:00', get(`/api/v1/supervision/escalations?from=${q('2026-01-01T00:00:00+16:00')}`, 'u-national-supervisor')],
        ['escalations from=0000-…', get(`/api/v1/supervision/escalations?from=${q('0000-01-01T00:00:00Z')}`, 'u-national-supervisor')],
        ['audit from=0000-…', get(`/api/v1/audit?from=${q('0000-01-01T00:00:00Z')}`, 'u-national-auditor')],
        ['audit to=9999-12-31T23:59:59-23:59', get(`/api/v1/audit?to=${q('9999-12-31T23:59:59-23:59')}`, 'u-national-auditor')],
        ['indicators to=9999-12-31T23:59:59-23:59', get(`/api/v1/indicators?from=${q('2020-01-01T00:00:00Z')}&to=${q('9999-12-31T23:59:59-23:59')}`, 'u-tanger-committee')],
      ]),
    ).toEqual([]);
  });

  // BUG: the audit cursor is /^\d+$/ then BigInt(cursor): beyond 2^63-1 Prisma
  // fails "Could not convert argument value {$type: BigInt, value:
  // 9223372036854775808} to ArgumentValue" (audit.controller.ts:42) → 500.
  test('BUG an audit cursor beyond a 64-bit integer is a 500', async () => {
    expect(
      await unclean([
        ['cursor=2^63', get('/api/v1/audit?cursor=9223372036854775808', 'u-national-auditor')],
        ['cursor=10^29', get('/api/v1/audit?cursor=99999999999999999999999999999', 'u-national-auditor')],
      ]),
    ).toEqual([]);
  });

  // BUG: a NUL in an audit filter (actorId, action) reaches PostgreSQL:
  // "invalid byte sequence for encoding "UTF8": 0x00" → 500.
  test('BUG a NUL in an audit filter is a 500', async () => {
    expect(
      await unclean([
        ['actorId=%00', get('/api/v1/audit?actorId=%00', 'u-national-auditor')],
        ['action=case.read%00', get('/api/v1/audit?action=case.read%00', 'u-national-auditor')],
      ]),
    ).toEqual([]);
  });

  // BUG: /codec/decode trusts what claims to be Masar ciphertext:
  // AesGcmCodec.decode throws plain Errors — "Unsupported state or unable to
  // authenticate data" (libs/temporal/codec.ts:68) for a tampered or short
  // payload, "no codec key with id …" for an unknown key — and the filter
  // answers 500. Expected: a 400/422 saying which payload cannot be decrypted.
  test('BUG /codec/decode with a tampered, truncated or unknown-key payload is a 500', async () => {
    const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64');
    const keyId = process.env.MASAR_CODEC_KEYS!.split(',')[0].split(':')[0];
    const payload = (key: string, data: Buffer) => ({ payloads: [{ metadata: { encoding: b64('binary/encrypted'), 'encryption-key-id': b64(key) }, data: b64(data) }] });
    const decode = (body: unknown) => () => api.post('/codec/decode', body, tokens['u-national-supervisor']);
    expect(
      await unclean([
        ['tampered (zeros)', decode(payload(keyId, Buffer.alloc(40)))],
        ['truncated (3 bytes)', decode(payload(keyId, Buffer.from([1, 2, 3])))],
        ['empty data', decode(payload(keyId, Buffer.alloc(0)))],
        ['unknown key id', decode(payload('no-such-key', Buffer.alloc(40)))],
      ]),
    ).toEqual([]);
  });

  test('the other values at the edges of what the database stores are answered cleanly', async () => {
    expect(
      await unclean([
        ['audit action with SQL', get(`/api/v1/audit?action=${q("' OR ''='")}`, 'u-national-auditor')],
        ['indicators with +23:59 / -23:59 offsets as csv', get(`/api/v1/indicators?from=${q('2026-01-01T00:00:00+23:59')}&to=${q('2026-01-02T00:00:00-23:59')}&format=csv`, 'u-tanger-committee')],
        ['escalations to=9999-12-31T23:59:59Z by day', get(`/api/v1/supervision/escalations?to=${q('9999-12-31T23:59:59Z')}&period=day`, 'u-national-supervisor')],
        ['history at page 2^53-1', get(`/api/v1/cases/${ids.caseId}/history?page=9007199254740991&pageSize=500`, 'u-national-supervisor')],
        ['cases after the last uuid', get('/api/v1/cases?cursor=ffffffff-ffff-ffff-ffff-ffffffffffff&limit=200', 'u-national-supervisor')],
        ['referrals of the nil uuid', get('/api/v1/referrals?caseId=00000000-0000-0000-0000-000000000000', 'u-national-supervisor')],
        ['an 8 kB path id', get(`/api/v1/cases/${'9'.repeat(8_000)}`, 'u-tanger-coordinator')],
      ]),
    ).toEqual([]);
  });
});
