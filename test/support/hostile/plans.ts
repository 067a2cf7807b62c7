// Who may call each operation, which ids its path takes, and which
// valid-looking requests the fixture's state (or the ids in them) makes the
// API refuse. The fixture: a Tanger case acknowledged, with consent, one
// PENDING referral to org-tanger-upe and its assessment submitted (awaiting
// approval); a Meknes case for cross-province ids.
import fc from 'fast-check';
import { hostileText, WRONG_PROVINCES } from './catalog';
import { validArb, type Hints, type Schema } from './openapi';

export interface FixtureIds {
  caseId: string;
  otherCaseId: string;
  referralId: string;
  reportKey: string;
  complaintKey: string;
}

export interface Refused {
  body: unknown;
  actor?: string;
  headers?: Record<string, string>;
  why: string;
}

export type ParamKind = 'case' | 'referral' | 'order';

export interface Plan {
  /** users whose role the operation admits (the request reaches validation and the use case) */
  actors: string[];
  /** users of the right role but another province or organisation: refused on the fixture's ids */
  foreign?: string[];
  /** true: every hostile request must be refused (a 2xx would be a write) */
  writes: boolean;
  params?: Record<string, ParamKind>;
  /** valid-looking bodies the API must refuse on the fixture's ids (409, 422, 403, 404) */
  refused?: (ctx: PlanContext) => fc.Arbitrary<Refused>;
  /** more valid bodies worth sending (operations that do not write) */
  valid?: (ctx: PlanContext) => fc.Arbitrary<unknown>;
}

export interface PlanContext {
  ids: FixtureIds;
  hints: Hints;
  schema: Schema;
  codecKeyId: string;
}

/** Province codes that match the pattern but name no province (checked against the database). */
export const UNKNOWN_PROVINCES = WRONG_PROVINCES.filter((p) => !['MEKNES', 'RABAT'].includes(p));
const OTHER_PROVINCES = ['MEKNES', 'RABAT', 'SALE', 'CASABLANCA'];

const T = (role: string) => `u-tanger-${role}`;
const M = (role: string) => `u-meknes-${role}`;
const WORKERS = [T('coordinator'), T('head')];
const FOREIGN_WORKERS = [M('coordinator'), M('head')];

/** A valid body of the operation's schema with some fields forced. */
const validWith = (ctx: PlanContext, over: fc.Arbitrary<Record<string, unknown>>) =>
  fc.tuple(validArb(ctx.schema, '(body)', ctx.hints) as fc.Arbitrary<Record<string, unknown>>, over).map(([b, o]) => {
    const out = { ...b, ...o };
    for (const [k, v] of Object.entries(out)) if (v === undefined) delete out[k];
    return out;
  });

/** Every valid body is refused: the fixture's pathway awaits no such step. */
const anyValidRefused = (why: string, actors?: string[]) => (ctx: PlanContext) =>
  fc.tuple(validArb(ctx.schema, '(body)', ctx.hints), actors ? fc.constantFrom(...actors) : fc.constant(undefined)).map(([body, actor]) => ({ body, actor, why }));

const caseAction = (over: Partial<Plan> = {}): Plan => ({ actors: WORKERS, foreign: FOREIGN_WORKERS, writes: true, params: { id: 'case' }, ...over });

const BAD_ORGS = ['org-meknes-upe', 'org-atlantis-upe', 'org-tanger-court', 'org-tanger-centre', 'ORG-TANGER-UPE', 'org-tanger-upe.'];
const NOT_AT_UPE = ['HEALTH', 'SCHOOLING', 'VOCATIONAL_TRAINING', 'SHELTER', 'SOCIAL_AID'];

function futureInstant(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.integer({ min: 3_600, max: 10 * 365 * 86_400 }).map((s) => new Date(Date.now() + s * 1000).toISOString()),
    fc.constantFrom('9999-12-31T23:59:59Z', '9999-12-31T23:59:59-23:59', '3000-01-01T00:00:00.000000001+01:00'),
  );
}

export const PLANS: Record<string, Plan> = {
  'GET /health': { actors: [T('coordinator')], writes: false },

  'POST /api/v1/reports': {
    actors: [T('intake'), T('coordinator')],
    writes: true,
    refused: (ctx) =>
      fc.oneof(
        // an intake agent files for any province (the table's report.create): the coordinator is the one held to its own
        validWith(ctx, fc.record({ provinceCode: fc.constantFrom(...WRONG_PROVINCES) })).map((body) => ({ body, actor: T('coordinator'), why: 'another province (403) or an unknown one (422)' })),
        validWith(ctx, fc.record({ provinceCode: fc.constant('TANGER_ASSILAH'), receivedAt: futureInstant() })).map((body) => ({ body, why: 'received in the future (422)' })),
        validWith(
          ctx,
          fc.record({
            provinceCode: fc.constant('TANGER_ASSILAH'),
            receivedAt: fc.constant(undefined),
            child: fc.record({ firstName: hostileText(100), dateOfBirth: fc.constantFrom('9999-12-31', '2999-01-01', '0000-01-01', '0001-01-01', '1900-02-28', '2000-02-29', new Date(Date.now() + 86_400_000 * 2).toISOString().slice(0, 10)) }),
          }),
        ).map((body) => ({ body, why: 'born in the future or 22 or older (422)' })),
        validWith(ctx, fc.record({ provinceCode: fc.constant('TANGER_ASSILAH'), caseId: fc.oneof(fc.uuid({ version: 4 }), fc.constant(ctx.ids.otherCaseId)) })).map((body) => ({ body, why: 'attaches to an unknown case or one of another province (404/403)' })),
        validWith(ctx, fc.record({ provinceCode: fc.constant('TANGER_ASSILAH') })).map((body) => ({ body, headers: { 'idempotency-key': ctx.ids.reportKey }, actor: 'u-tanger-intake', why: 'its own Idempotency-Key reused for another body (422; a key is per caller)' })),
      ),
  },

  'GET /api/v1/cases': { actors: [T('coordinator'), T('delegate'), 'u-national-supervisor'], writes: false },
  'GET /api/v1/cases/{id}': { actors: [T('coordinator'), T('delegate'), 'u-national-auditor'], writes: false, params: { id: 'case' } },
  'GET /api/v1/cases/{id}/timeline': { actors: [T('coordinator'), T('committee')], writes: false, params: { id: 'case' } },
  'GET /api/v1/cases/{id}/history': { actors: ['u-national-supervisor', 'u-national-auditor'], writes: false, params: { id: 'case' } },

  'POST /api/v1/cases/{id}/acknowledge': caseAction({ refused: anyValidRefused('no report awaits acknowledgement (409)') }),
  'POST /api/v1/cases/{id}/child-seen': caseAction({ refused: anyValidRefused('no urgent protection is under way (409)') }),
  'POST /api/v1/cases/{id}/assessment': caseAction({ refused: anyValidRefused('the assessment is already submitted (409)') }),
  'POST /api/v1/cases/{id}/care-plan': caseAction({ refused: anyValidRefused('no care plan is awaited (409)') }),
  'POST /api/v1/cases/{id}/approve': caseAction({
    actors: [T('head')],
    foreign: [M('head')],
    refused: () => fc.constantFrom('CARE_PLAN', 'CLOSURE').map((subject) => ({ body: { subject }, why: `no ${subject} awaits approval (409)` })),
  }),
  'POST /api/v1/cases/{id}/reject': caseAction({
    actors: [T('head')],
    foreign: [M('head')],
    refused: () => fc.tuple(fc.constantFrom('CARE_PLAN', 'CLOSURE'), hostileText(2000)).map(([subject, reason]) => ({ body: { subject, reason }, why: `no ${subject} awaits approval (409)` })),
  }),
  // The table admits the coordinator only: the head of centre is refused at the door (403).
  'POST /api/v1/cases/{id}/consent': caseAction({ actors: [T('coordinator')], foreign: [M('coordinator')], refused: anyValidRefused('consent is recorded by a coordinator, not the head (403)', [T('head')]) }),
  'POST /api/v1/cases/{id}/integration': caseAction(),
  'POST /api/v1/cases/{id}/transfer': caseAction({
    actors: [...WORKERS, T('delegate')],
    foreign: [...FOREIGN_WORKERS, M('delegate')],
    refused: (ctx) =>
      fc.oneof(
        validWith(ctx, fc.record({ toProvinceCode: fc.constant('TANGER_ASSILAH'), assigneeId: fc.constantFrom(undefined, T('coordinator')) })).map((body) => ({ body, why: 'already in this province (409)' })),
        validWith(ctx, fc.record({ toProvinceCode: fc.constantFrom(...UNKNOWN_PROVINCES) })).map((body) => ({ body, why: 'unknown province (422)' })),
        validWith(ctx, fc.record({ toProvinceCode: fc.constantFrom(...OTHER_PROVINCES), assigneeId: fc.constantFrom(T('coordinator'), 'u-nobody', 'u-meknes-provider-upe', 'u-national-admin', '.', '__proto__') })).map((body) => ({ body, why: 'assignee is not a coordinator of the new province (422)' })),
      ),
  }),
  'POST /api/v1/cases/{id}/close': caseAction(),
  'POST /api/v1/cases/{id}/autonomy-plan': caseAction({ refused: anyValidRefused('no autonomy plan is awaited (409)') }),
  'POST /api/v1/cases/{id}/check-ins': caseAction({ refused: anyValidRefused('no after-care check-in is due (409)') }),
  'POST /api/v1/cases/{id}/prosecutor-report': caseAction({ refused: anyValidRefused('no report to the prosecutor is awaited (409)') }),
  'POST /api/v1/cases/{id}/judicial-redirection': caseAction(),
  'POST /api/v1/cases/{id}/court-orders': caseAction({
    actors: [T('liaison')],
    foreign: [M('liaison')],
    refused: (ctx) =>
      validWith(
        ctx,
        fc
          .tuple(
            fc.constantFrom('FAMILY_SUPPORT', 'PSYCHOLOGICAL', 'HEALTH'),
            fc.oneof(
              fc.record({ organisationId: fc.constantFrom(...BAD_ORGS), service: fc.constantFrom('FAMILY_SUPPORT', 'SOCIAL_AID', 'PSYCHOLOGICAL', 'HEALTH', 'SCHOOLING') }),
              fc.record({ organisationId: fc.constant('org-tanger-upe'), service: fc.constantFrom('HEALTH', 'SOCIAL_AID', 'SCHOOLING') }),
            ),
            fc.boolean(),
          )
          .map(([measure, bad, first]) => ({ measures: [measure], referrals: first ? [bad] : [{ organisationId: 'org-tanger-upe', service: 'FAMILY_SUPPORT' }, bad] })),
      ).map((body) => ({ body, why: 'an ordered referral names no suitable organisation (422)' })),
  }),
  'POST /api/v1/cases/{id}/court-orders/{orderId}/reports': caseAction({ params: { id: 'case', orderId: 'order' }, refused: anyValidRefused('no court order is open (409)') }),
  'POST /api/v1/cases/{id}/court-orders/{orderId}/close': caseAction({ actors: [T('liaison')], foreign: [M('liaison')], params: { id: 'case', orderId: 'order' }, refused: anyValidRefused('no court order is open (409)') }),
  'POST /api/v1/cases/{id}/referrals': caseAction({
    refused: (ctx) =>
      fc.oneof(
        validWith(ctx, fc.record({ organisationId: fc.constantFrom(...BAD_ORGS) })).map((body) => ({ body, why: 'unknown organisation or another province’s (422)' })),
        validWith(ctx, fc.record({ organisationId: fc.constant('org-tanger-upe'), service: fc.constantFrom(...NOT_AT_UPE) })).map((body) => ({ body, why: 'the organisation does not offer the service (422)' })),
        validWith(ctx, fc.record({ organisationId: fc.constant('org-tanger-upe'), service: fc.constant('PSYCHOLOGICAL'), replaces: fc.oneof(fc.uuid({ version: 4 }), fc.constant(ctx.ids.referralId)) })).map((body) => ({
          body,
          why: 'replaces a referral that awaits no re-orientation (409)',
        })),
      ),
  }),
  'POST /api/v1/cases/{id}/reviews': caseAction({ actors: [...WORKERS, T('liaison')], foreign: [...FOREIGN_WORKERS, M('liaison')], refused: anyValidRefused('no review is due (409)') }),
  // the persons of the case: {personId} gets no fixture (no person exists), so any of them is refused
  'GET /api/v1/cases/{id}/persons': { actors: [T('coordinator'), T('delegate')], writes: false, params: { id: 'case' } },
  'POST /api/v1/cases/{id}/persons': caseAction(),
  'POST /api/v1/cases/{id}/persons/{personId}/corrections': caseAction(),
  'POST /api/v1/cases/{id}/persons/{personId}/removal': caseAction(),
  'POST /api/v1/cases/{id}/persons/{personId}/referrals': caseAction(),
  'POST /api/v1/cases/{id}/family-visits': caseAction({ refused: anyValidRefused('no follow-up visit of the family is due (409)') }),
  'GET /api/v1/referrals/{referralId}/person': { actors: [T('provider-upe'), T('coordinator')], writes: false, params: { referralId: 'referral' } },
  'GET /api/v1/indicators/begging': { actors: [T('committee'), 'u-national-supervisor'], writes: false },

  'GET /api/v1/audit': { actors: ['u-national-auditor'], writes: false },
  'POST /codec/decode': { actors: ['u-national-supervisor'], writes: false, valid: (ctx) => tamperedPayloads(ctx.codecKeyId) },
  // signing out of the codec session: without the session's cookie it ends nothing, so it answers 204 to anyone
  'DELETE /codec/session': { actors: ['u-national-supervisor', T('coordinator')], writes: false },
  // Opens a queue board session (a ticket in Redis); writes nothing but the audit trail.
  'POST /api/v1/admin/queue-board/session': { actors: ['u-national-admin'], writes: false },

  'POST /api/v1/complaints': {
    actors: [T('coordinator'), T('committee'), T('provider-upe')],
    writes: true,
    refused: (ctx) =>
      fc.oneof(
        validWith(ctx, fc.record({ provinceCode: fc.constantFrom(...WRONG_PROVINCES) })).map((body) => ({ body, why: 'another province (403) or an unknown one (422)' })),
        validWith(ctx, fc.record({ provinceCode: fc.constantFrom(...UNKNOWN_PROVINCES) })).map((body) => ({ body, actor: 'u-national-admin', why: 'unknown province (422)' })),
        validWith(ctx, fc.record({ provinceCode: fc.constant('TANGER_ASSILAH'), caseId: fc.oneof(fc.uuid({ version: 4 }), fc.constant(ctx.ids.otherCaseId)) })).map((body) => ({ body, why: 'an unknown case or one of another province (404/403)' })),
        validWith(ctx, fc.record({ provinceCode: fc.constant('TANGER_ASSILAH') })).map((body) => ({ body, headers: { 'idempotency-key': ctx.ids.complaintKey }, actor: 'u-tanger-coordinator', why: 'its own Idempotency-Key reused for another body (422; a key is per caller)' })),
      ),
  },
  'GET /api/v1/complaints': { actors: [T('committee'), T('head'), 'u-national-supervisor'], writes: false },
  'GET /api/v1/organisations': { actors: [T('coordinator'), T('provider-upe'), 'u-national-admin'], writes: false },
  'GET /api/v1/provinces': { actors: [T('intake'), 'u-national-auditor'], writes: false },
  'GET /api/v1/indicators': { actors: [T('committee'), 'u-national-supervisor'], writes: false },
  'GET /api/v1/policies': { actors: [T('coordinator'), 'u-national-admin'], writes: false },
  'PUT /api/v1/policies': {
    actors: [T('committee'), 'u-national-admin'],
    writes: true,
    refused: (ctx) =>
      fc.oneof(
        validWith(ctx, fc.record({ provinceCode: fc.constantFrom(...WRONG_PROVINCES) })).map((body) => ({ body, actor: T('committee'), why: 'another province (403) or an unknown one (422)' })),
        validWith(ctx, fc.record({ provinceCode: fc.constant(null) })).map((body) => ({ body, actor: T('committee'), why: 'a committee sets no national default (422)' })),
        validWith(ctx, fc.record({ provinceCode: fc.constantFrom(...UNKNOWN_PROVINCES) })).map((body) => ({ body, actor: 'u-national-admin', why: 'unknown province (422)' })),
      ),
  },
  'GET /api/v1/referrals': { actors: [T('provider-upe'), T('coordinator'), 'u-national-auditor'], writes: false },
  'GET /api/v1/referrals/{referralId}': { actors: [T('provider-upe'), T('coordinator'), 'u-national-supervisor'], writes: false, params: { referralId: 'referral' } },
  'POST /api/v1/referrals/{referralId}/accept': { actors: [T('provider-upe')], foreign: [T('provider-hospital'), M('provider-upe')], writes: true, params: { referralId: 'referral' } },
  'POST /api/v1/referrals/{referralId}/decline': { actors: [T('provider-upe')], foreign: [T('provider-hospital'), M('provider-upe')], writes: true, params: { referralId: 'referral' } },
  'POST /api/v1/referrals/{referralId}/start': {
    actors: [T('provider-upe')],
    foreign: [T('provider-hospital'), M('provider-upe')],
    writes: true,
    params: { referralId: 'referral' },
    refused: anyValidRefused('the referral is not accepted (409)'),
  },
  'POST /api/v1/referrals/{referralId}/complete': {
    actors: [T('provider-upe')],
    foreign: [T('provider-hospital'), M('provider-upe')],
    writes: true,
    params: { referralId: 'referral' },
    refused: anyValidRefused('the service has not started (409)'),
  },
  'GET /api/v1/supervision/overdue': { actors: [T('head'), 'u-national-supervisor'], writes: false },
  'GET /api/v1/supervision/escalations': { actors: [T('delegate'), 'u-national-supervisor'], writes: false },
};

/** Every user the barrage may act as (tokens are minted for all of them). */
export const ALL_ACTORS = [...new Set(Object.values(PLANS).flatMap((p) => [...p.actors, ...(p.foreign ?? [])]).concat(['u-national-admin']))];

/** Payloads that claim to be Masar ciphertext but are not: tampered, truncated, unknown key. */
export function tamperedPayloads(keyId: string): fc.Arbitrary<unknown> {
  const b64 = (s: string | Uint8Array) => Buffer.from(s).toString('base64');
  return fc
    .array(
      fc.record({
        metadata: fc.record({
          encoding: fc.constantFrom(b64('binary/encrypted'), b64('json/plain'), b64('binary/null'), b64('json/protobuf'), 'not base64 !!', ''),
          'encryption-key-id': fc.constantFrom(b64(keyId), b64('unknown-key'), b64(`${keyId}\u0000`), b64('__proto__'), ''),
        }),
        data: fc.oneof(fc.uint8Array({ maxLength: 64 }).map(b64), fc.constantFrom('', '====', 'not base64', '\u0000', b64('{"a":1}')), fc.uint8Array({ minLength: 12, maxLength: 12 }).map(b64)),
      }),
      { minLength: 1, maxLength: 3 },
    )
    .map((payloads) => ({ payloads }));
}
