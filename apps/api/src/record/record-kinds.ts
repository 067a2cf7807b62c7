// The kinds of entry in a case's record, each with the zod schema of its body
// and the fields that are free text (withheld from readers to whom the
// permission table does not disclose the child's identity: free text names
// people). Which action writes which kind, and whether a new entry corrects
// the last one of its kind (a resubmitted assessment is version 2 of it).
import { z } from 'zod';
import { APPROVAL_SUBJECTS, CLOSURE_REASONS, CONSENT_GIVERS, COURT_MEASURES, INTEGRATION_KINDS, PLACEMENTS, VISIT_OUTCOMES } from '../../../../libs/domain/pathway';
import type { Action } from '../../../../libs/domain/permissions';
import { COURT_DECISIONS, COURT_REPORT_LANGUAGES, measureService, PROSECUTOR_GROUNDS, PROSECUTOR_URGENCIES, type CourtMeasure } from '../../../../libs/domain/court';
import { RISK_LEVELS, SERVICES } from '../../../../libs/domain/taxonomy';

const text = (max: number) => z.string().trim().min(1).max(max);
const services = z.array(z.enum(SERVICES)).max(20).optional();

export const DOCUMENT_KINDS = ['COURT_ORDER', 'MEDICAL_CERTIFICATE', 'CONSENT_FORM', 'SCHOOL_CERTIFICATE', 'IDENTITY_DOCUMENT', 'REPORT', 'OTHER'] as const;

interface KindSpec<S extends z.ZodType = z.ZodType> {
  schema: S;
  /** free-text fields: shown only where child.identity is disclosed */
  text: readonly string[];
}
const kind = <S extends z.ZodType>(schema: S, textFields: readonly string[] = []): KindSpec<S> => ({ schema, text: textFields });

export const RECORD_KINDS = {
  CHILD_SEEN: kind(z.object({ emergencyShelter: z.boolean().optional(), medicalCare: z.boolean().optional(), note: text(2000).optional() }).strict(), ['note']),
  // a revision of the approved version carries its reason
  ASSESSMENT: kind(z.object({ summary: text(10_000), needs: services, riskLevel: z.enum(RISK_LEVELS).optional(), reason: text(1000).optional() }).strict(), ['summary', 'reason']),
  CARE_PLAN: kind(z.object({ objectives: z.array(text(500)).min(1).max(30), placement: z.enum(PLACEMENTS), services, reason: text(1000).optional() }).strict(), ['objectives', 'reason']),
  REJECTION: kind(z.object({ subject: z.enum(APPROVAL_SUBJECTS), reason: text(2000) }).strict(), ['reason']),
  CONSENT: kind(z.object({ givenBy: z.enum(CONSENT_GIVERS), services, documentRef: text(200).optional() }).strict()),
  INTEGRATION: kind(z.object({ kind: z.enum(INTEGRATION_KINDS), note: text(2000).optional() }).strict(), ['note']),
  TRANSFER: kind(z.object({ toProvinceCode: z.string(), assigneeId: z.string().optional(), reason: text(1000).optional() }).strict(), ['reason']),
  CLOSURE_REQUEST: kind(z.object({ reason: z.enum(CLOSURE_REASONS), note: text(2000).optional() }).strict(), ['note']),
  REVIEW: kind(z.object({ kind: z.enum(['CASE', 'INSTITUTION']), summary: text(10_000) }).strict(), ['summary']),
  AUTONOMY_PLAN: kind(z.object({ goals: z.array(text(500)).min(1).max(30) }).strict(), ['goals']),
  CHECK_IN: kind(z.object({ note: text(5000).optional(), autonomyReached: z.boolean().optional() }).strict(), ['note']),
  // a follow-up visit after the child's return to the family (workflows/case/family.ts)
  FAMILY_VISIT: kind(z.object({ outcome: z.enum(VISIT_OUTCOMES), note: text(5000).optional(), requestClosure: z.boolean().optional() }).strict(), ['note']),
  PROSECUTOR_REPORT: kind(z.object({ reference: text(100).optional() }).strict()),
  JUDICIAL_REDIRECTION: kind(
    z
      .object({
        reason: text(2000),
        // the structured summary for the prosecutor; its facts, in general terms, only here
        summary: z
          .object({ grounds: z.array(z.enum(PROSECUTOR_GROUNDS)).min(1).max(9), facts: text(5000).optional(), measuresTaken: z.array(z.enum(SERVICES)).max(20).optional(), urgency: z.enum(PROSECUTOR_URGENCIES) })
          .strict()
          .optional(),
      })
      .strict(),
    ['reason', 'summary'],
  ),
  COURT_ORDER: kind(
    z
      .object({
        orderId: z.string(),
        measures: z.array(z.enum(COURT_MEASURES)).min(1).max(10),
        referrals: z.array(z.object({ referralId: z.string(), organisationId: z.string(), service: z.enum(SERVICES), measure: z.enum(COURT_MEASURES).optional() }).strict()).max(10).optional(),
        coversInformationSharing: z.boolean().optional(),
        reportEvery: z.string().optional(),
      })
      .strict(),
  ),
  // a report rewritten after the head of centre's rejection is the next version of its entry
  COURT_REPORT: kind(
    z
      .object({
        orderId: z.string(),
        report: z.number().int().min(1).optional(),
        language: z.enum(COURT_REPORT_LANGUAGES).optional(),
        summary: text(10_000),
        situation: text(10_000).optional(),
        progress: text(10_000).optional(),
        recommendation: text(5_000).optional(),
      })
      .strict(),
    ['summary', 'situation', 'progress', 'recommendation'],
  ),
  COURT_DECISION: kind(
    z.object({ orderId: z.string(), report: z.number().int().min(1).optional(), decision: z.enum(COURT_DECISIONS), reportEvery: z.string().optional(), note: text(5000).optional() }).strict(),
    ['note'],
  ),
  COURT_ORDER_CLOSED: kind(z.object({ orderId: z.string() }).strict()),
  REFERRAL: kind(z.object({ referralId: z.string(), organisationId: z.string(), service: z.enum(SERVICES), sharesInformation: z.boolean().optional(), replaces: z.string().optional(), personId: z.string().optional() }).strict()),
  SERVICE_REPORT: kind(
    z
      .object({
        referralId: z.string(),
        organisationId: z.string(),
        event: z.enum(['ACCEPTED', 'DECLINED', 'STARTED', 'COMPLETED']),
        reason: text(1000).optional(),
        summary: text(2000).optional(),
      })
      .strict(),
    ['reason', 'summary'],
  ),
  // corrections and hand-overs: what changed (the child's new values live on the Child row)
  CHILD_CORRECTION: kind(
    z.object({ fields: z.array(z.enum(['dateOfBirth', 'estimatedAge', 'sex', 'names'])).min(1), dobEstimated: z.boolean().optional(), reason: text(1000).optional() }).strict(),
    ['reason'],
  ),
  RETRIAGE: kind(z.object({ category: z.string().optional(), riskLevel: z.enum(RISK_LEVELS).optional(), reason: text(1000).optional() }).strict(), ['reason']),
  REASSIGNMENT: kind(z.object({ assigneeId: z.string(), reason: text(1000).optional() }).strict(), ['reason']),
  PLACEMENT: kind(z.object({ placement: z.enum(PLACEMENTS), note: text(2000).optional() }).strict(), ['note']),
  RUNAWAY: kind(z.object({ lastSeenAt: z.string().optional(), note: text(2000).optional() }).strict(), ['note']),
  CHILD_FOUND: kind(z.object({ note: text(2000).optional() }).strict(), ['note']),
  NOTE: kind(z.object({ text: text(10_000) }).strict(), ['text']),
  DOCUMENT: kind(
    z
      .object({ documentId: z.string(), kind: z.enum(DOCUMENT_KINDS), title: text(200).optional(), filename: z.string(), mediaType: z.string(), size: z.number().int(), sha256: z.string() })
      .strict(),
    ['title', 'filename'],
  ),
} as const satisfies Record<string, KindSpec>;

export type RecordKind = keyof typeof RECORD_KINDS;
export type RecordBody<K extends RecordKind> = z.infer<(typeof RECORD_KINDS)[K]['schema']>;

/** What an action writes to the record: the kind, and whether it corrects the last entry of that kind. */
interface ActionEntry {
  kind: RecordKind;
  /** a resubmission (after a rejection) is the next version of the case's entry of this kind */
  supersedesLast?: boolean;
  /** the action's input → the entry's body (the actor is never in it: it is the entry's author) */
  body?: (input: Record<string, unknown>) => Record<string, unknown>;
}

const withoutActor = ({ actor: _actor, ...rest }: Record<string, unknown>) => rest;

/** The case actions whose input is professional writing or a decision, and the entry each writes. */
export const CASE_ACTION_ENTRIES: Partial<Record<Action, ActionEntry>> = {
  'case.child-seen': { kind: 'CHILD_SEEN' },
  'case.assessment': { kind: 'ASSESSMENT', supersedesLast: true },
  'case.care-plan': { kind: 'CARE_PLAN', supersedesLast: true },
  'case.reject': { kind: 'REJECTION' },
  'case.consent': { kind: 'CONSENT' },
  'case.integration': { kind: 'INTEGRATION' },
  'case.transfer': { kind: 'TRANSFER' },
  'case.close': { kind: 'CLOSURE_REQUEST' },
  'review.case': { kind: 'REVIEW' },
  'review.institution': { kind: 'REVIEW' },
  'after-care.plan': { kind: 'AUTONOMY_PLAN', supersedesLast: true },
  'after-care.check-in': { kind: 'CHECK_IN' },
  'family.visit': { kind: 'FAMILY_VISIT' },
  'referral.create': { kind: 'REFERRAL' },
  'judicial.prosecutor-report': { kind: 'PROSECUTOR_REPORT' },
  // judicial.redirect and judicial.court-report: written by apps/api/src/judicial (their free text never enters the pathway)
  'judicial.court-order': { kind: 'COURT_ORDER' },
  'judicial.measure-provider': {
    kind: 'REFERRAL',
    body: ({ referralId, organisationId, measure }) => ({ referralId, organisationId, service: measureService(measure as CourtMeasure) }),
  },
  'judicial.court-decision': { kind: 'COURT_DECISION' },
  'judicial.close-order': { kind: 'COURT_ORDER_CLOSED' },
  'case.correct-child': { kind: 'CHILD_CORRECTION', body: ({ fields, dobEstimated, reason }) => ({ fields, ...(dobEstimated !== undefined ? { dobEstimated } : {}), ...(reason ? { reason } : {}) }) },
  'case.retriage': { kind: 'RETRIAGE' },
  'case.reassign': { kind: 'REASSIGNMENT' },
  'case.revise-assessment': { kind: 'ASSESSMENT', supersedesLast: true },
  'case.revise-care-plan': { kind: 'CARE_PLAN', supersedesLast: true },
  'case.placement': { kind: 'PLACEMENT' },
  'case.runaway': { kind: 'RUNAWAY' },
  'case.child-found': { kind: 'CHILD_FOUND' },
};

const SERVICE_EVENTS: Partial<Record<Action, 'ACCEPTED' | 'DECLINED' | 'STARTED' | 'COMPLETED'>> = {
  'referral.accept': 'ACCEPTED',
  'referral.decline': 'DECLINED',
  'referral.start': 'STARTED',
  'referral.complete': 'COMPLETED',
};

export interface EntryDraft {
  kind: RecordKind;
  body: Record<string, unknown>;
  supersedesLast: boolean;
  referralId?: string;
}

/** The entry a case action writes, or null when it writes none (an acknowledgement, an approval). */
export function caseActionEntry(action: Action, input: Record<string, unknown>): EntryDraft | null {
  const spec = CASE_ACTION_ENTRIES[action];
  if (!spec) return null;
  const body = (spec.body ?? withoutActor)(input);
  const referralId = spec.kind === 'REFERRAL' && typeof body.referralId === 'string' ? body.referralId : undefined;
  return { kind: spec.kind, body, supersedesLast: spec.supersedesLast ?? false, referralId };
}

/** A provider's service report on a referral (accept, decline with its reason, start, complete with its summary). */
export function referralActionEntry(action: Action, input: Record<string, unknown>, referral: { id: string; organisationId: string }): EntryDraft | null {
  const event = SERVICE_EVENTS[action];
  if (!event) return null;
  return { kind: 'SERVICE_REPORT', body: { referralId: referral.id, organisationId: referral.organisationId, event, ...withoutActor(input) }, supersedesLast: false, referralId: referral.id };
}

/** The body checked against its kind's schema (unknown kinds and malformed bodies are a programming error). */
export function parseBody(kind: RecordKind, body: unknown): Record<string, unknown> {
  return RECORD_KINDS[kind].schema.parse(body) as Record<string, unknown>;
}

/** The body as a reader sees it: free-text fields withheld unless the reader may see identifying data. */
export function bodyFor(kind: string, body: unknown, disclosesText: boolean): { body: Record<string, unknown>; withheld: string[] } {
  const full = (body ?? {}) as Record<string, unknown>;
  if (disclosesText) return { body: full, withheld: [] };
  const spec = (RECORD_KINDS as Record<string, KindSpec>)[kind];
  if (!spec) return { body: {}, withheld: Object.keys(full) };
  const shown: Record<string, unknown> = {};
  const withheld: string[] = [];
  for (const [k, v] of Object.entries(full)) {
    if (spec.text.includes(k)) withheld.push(k);
    else shown[k] = v;
  }
  return { body: shown, withheld };
}

/** The top-level fields whose value differs between two versions. */
export function changedFields(before: unknown, after: unknown): string[] {
  const a = (before ?? {}) as Record<string, unknown>;
  const b = (after ?? {}) as Record<string, unknown>;
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => canonicalJson(a[k]) !== canonicalJson(b[k])).sort();
}

/** JSON with object keys sorted (PostgreSQL's jsonb keeps its own key order). */
export const canonicalJson = (v: unknown): string =>
  JSON.stringify(v, (_k, x: unknown) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([p], [q]) => p.localeCompare(q))) : x));
