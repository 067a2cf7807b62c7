// Builds the hostile requests for one operation. Each request of an operation
// that writes carries at least one reason to be refused — a broken body, a
// body that is not JSON or too large, a bad path id, an actor of another
// province or organisation, or a valid-looking body the fixture's state
// refuses — so any 2xx is a write that should not have happened.
import fc from 'fast-check';
import { hostileString } from './catalog';
import { invalidArb, validArb, type Hints, type Operation } from './openapi';
import type { FixtureIds, ParamKind, Plan, PlanContext } from './plans';
import { garbageSegment, hostileKey, hostileQuery, jsonBody, notJson, oversize, topLevelNotObject, wrongTransport, type BodyVariant, type HostileRequest } from './requests';

export interface BarrageContext {
  ids: FixtureIds;
  hints: Hints;
  tokens: Record<string, string>;
  codecKeyId: string;
}

const guessKind = (name: string): ParamKind | undefined => (name === 'id' || name === 'caseId' ? 'case' : name === 'referralId' ? 'referral' : /order/i.test(name) ? 'order' : undefined);

function fixtureSegment(kind: ParamKind | undefined, ids: FixtureIds): fc.Arbitrary<string> {
  if (kind === 'case') return fc.constant(ids.caseId);
  if (kind === 'referral') return fc.constant(ids.referralId);
  // No court order exists: any order id is refused.
  return fc.oneof(fc.constantFrom('TPI-TNG-2026-15', 'x'), garbageSegment);
}

function rejectingSegment(kind: ParamKind | undefined, ids: FixtureIds, crossProvince: boolean): fc.Arbitrary<{ seg: string; how: string }> {
  const options = [garbageSegment.map((seg) => ({ seg, how: 'garbage path id' })), fc.uuid({ version: 4 }).map((seg) => ({ seg, how: 'unknown id' }))];
  if (kind === 'case' && crossProvince) options.push(fc.constant({ seg: ids.otherCaseId, how: 'a case of another province' }));
  return fc.oneof(...options);
}

type Mechanism = 'body' | 'refused' | 'path' | 'actor' | 'free';

export function requestArb(op: Operation, plan: Plan, ctx: BarrageContext): fc.Arbitrary<HostileRequest> {
  const params = op.pathParams.map((p) => ({ name: p.name, kind: plan.params?.[p.name] ?? guessKind(p.name) }));
  const planCtx: PlanContext = { ids: ctx.ids, hints: ctx.hints, schema: op.body ?? { type: 'object' }, codecKeyId: ctx.codecKeyId };
  const hasBody = !['GET', 'HEAD', 'DELETE'].includes(op.method);
  const schema = op.body ?? { type: 'object', properties: {}, additionalProperties: false };

  const valid = plan.valid ? fc.oneof(validArb(schema, '(body)', ctx.hints), plan.valid(planCtx)) : validArb(schema, '(body)', ctx.hints);
  const rejectingBody: fc.Arbitrary<BodyVariant> = fc.oneof(
    { weight: 5, arbitrary: invalidArb(schema, '(body)', ctx.hints).chain((v) => jsonBody('invalid body', v)) },
    { weight: 1, arbitrary: notJson },
    { weight: 1, arbitrary: topLevelNotObject },
    { weight: 1, arbitrary: valid.chain(wrongTransport) },
    { weight: 1, arbitrary: valid.chain(oversize) },
  );
  const anyBody: fc.Arbitrary<BodyVariant> = fc.oneof({ weight: 2, arbitrary: valid.chain((v) => jsonBody('valid-looking body', v)) }, { weight: 3, arbitrary: rejectingBody });

  const refused = plan.refused?.(planCtx);
  const fixtureBound = params.some((p) => p.kind === 'case' || p.kind === 'referral');
  const mechanisms: Mechanism[] = [];
  if (hasBody) mechanisms.push('body');
  if (plan.refused) mechanisms.push('refused', 'refused');
  if (params.length) mechanisms.push('path');
  if (plan.foreign && fixtureBound) mechanisms.push('actor');
  if (!plan.writes) mechanisms.push('free', 'free');
  if (mechanisms.length === 0) mechanisms.push('free');

  const allTangerActors = plan.actors.every((a) => a.startsWith('u-tanger-'));
  const fixtureSegs = fc.tuple(...params.map((p) => fixtureSegment(p.kind, ctx.ids)));
  const actor = fc.constantFrom(...plan.actors);

  const request = fc.constantFrom(...mechanisms).chain((mechanism) => {
    let parts: fc.Arbitrary<{ segs: string[]; actor: string; body?: BodyVariant; headers?: Record<string, string>; how: string }>;
    switch (mechanism) {
      case 'body':
        parts = fc.tuple(fixtureSegs, actor, rejectingBody).map(([segs, a, body]) => ({ segs, actor: a, body, how: body.how }));
        break;
      case 'refused':
        parts = fc.tuple(fixtureSegs, actor, refused!).map(([segs, a, r]) => ({
          segs,
          actor: r.actor ?? a,
          body: { how: r.why, contentType: 'application/json', body: JSON.stringify(r.body) },
          headers: r.headers,
          how: `valid-looking body refused: ${r.why}`,
        }));
        break;
      case 'path':
        parts = fc
          .tuple(fixtureSegs, fc.nat(params.length - 1), actor, hasBody ? anyBody.map((b): BodyVariant | undefined => b) : fc.constant(undefined))
          .chain(([segs, i, a, body]) =>
            rejectingSegment(params[i].kind, ctx.ids, allTangerActors && plan.writes).map((bad) => {
              const copy = [...segs];
              copy[i] = bad.seg;
              return { segs: copy, actor: a, body, how: `${bad.how} in {${params[i].name}}${body ? `, ${body.how}` : ''}` };
            }),
          );
        break;
      case 'actor':
        parts = fc
          .tuple(fixtureSegs, fc.constantFrom(...plan.foreign!), hasBody ? anyBody.map((b): BodyVariant | undefined => b) : fc.constant(undefined))
          .map(([segs, a, body]) => ({ segs, actor: a, body, how: `${a} acts on the fixture${body ? `, ${body.how}` : ''}` }));
        break;
      case 'free':
      default:
        parts = fc.tuple(fixtureSegs, actor, hasBody ? anyBody.map((b): BodyVariant | undefined => b) : fc.constant(undefined)).map(([segs, a, body]) => ({ segs, actor: a, body, how: body?.how ?? 'hostile query' }));
    }
    return parts.map((p) => ({ ...p, mechanism }));
  });

  return fc
    .tuple(
      request,
      hostileQuery(op.queryParams, ctx.hints),
      hasBody ? hostileKey : fc.constant(undefined),
      fc.option(fc.oneof(hostileString.map((s) => s.replace(/[^\x20-\x7e]/g, '')), fc.constant('x'.repeat(101))), { freq: 4 }),
    )
    .map(([r, query, key, requestId]) => {
      let path = op.path;
      params.forEach((p, i) => (path = path.replace(`{${p.name}}`, r.segs[i])));
      const headers: Record<string, string> = { authorization: `Bearer ${ctx.tokens[r.actor]}` };
      if (r.body?.contentType !== undefined) headers['content-type'] = r.body.contentType;
      Object.assign(headers, r.body?.headers);
      if (key !== undefined) headers['idempotency-key'] = key;
      Object.assign(headers, r.headers);
      if (requestId != null) headers['x-request-id'] = requestId;
      return { method: op.method, url: `${path}${query}`, headers, body: r.body?.body, how: `[${r.mechanism} as ${r.actor}] ${r.how}` };
    });
}

