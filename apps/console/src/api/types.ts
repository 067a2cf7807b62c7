// What the console reads of the API's answers, by name. Each is the type
// generated from the API's OpenAPI document (schema.d.ts, `npm run
// console:api`), never a copy: a screen cannot read a field the API does not
// answer, and an answer that changes fails the console's type check. What the
// API does not describe (the console's own views) lives beside the screens.
import type { components, paths } from './schema';

type JsonOf<R> = R extends { content: { 'application/json': infer J } } ? J : never;

/** The JSON a route answers on success (200, 201 or 202). */
export type Answer<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends { responses: infer R } ? JsonOf<R[keyof R & (200 | 201 | 202)]> : never;

export type Me = Answer<'/api/v1/me', 'get'>;
export type SessionConfig = Answer<'/api/v1/session/config', 'get'>;
export type CodecSession = Answer<'/codec/session', 'post'>;
export type DemoUser = Answer<'/api/v1/session/dev/users', 'get'>['items'][number];

export type CaseSummary = Answer<'/api/v1/cases', 'get'>['items'][number];
export type CaseDetail = Answer<'/api/v1/cases/{id}', 'get'>;
export type ChildView = CaseDetail['child'];
/** An open step of the pathway, with its key, due time and ladder level. */
export type OpenStep = CaseDetail['pathway']['openSteps'][number];
export type TimelineEntry = Answer<'/api/v1/cases/{id}/timeline', 'get'>['items'][number];
export type RecordEntry = Answer<'/api/v1/cases/{id}/record', 'get'>['entries'][number];

export type Organisation = Answer<'/api/v1/organisations', 'get'>['items'][number];
export type Referral = Answer<'/api/v1/referrals', 'get'>['items'][number];
export type Candidate = Answer<'/api/v1/children/search', 'post'>['candidates'][number];
export type OverdueStep = Answer<'/api/v1/supervision/overdue', 'get'>['byProvince'][string][number];

type Schemas = components['schemas'];

/**
 * A problem+json answer as the client holds it: the API's Problem (with the
 * candidates of a probable match, 409), every field but the status optional
 * since a network failure is status 0 and nothing else.
 */
export type Problem = Partial<Schemas['Problem']> & Partial<Pick<Schemas['ProbableMatchesDto_Output'], 'candidates' | 'threshold'>> & { status: number };
