// What a case action answers: the pathway's state after the action (the
// workflow's CaseState). The workflow owns the type; this schema documents it
// and the compiler holds it to the type (describing), so neither drifts.
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import type { CaseState } from '../../../../workflows/case.messages';
import { COURT_DECISIONS, COURT_MEASURES, COURT_REPORT_LANGUAGES } from '../../../../libs/domain/court';
import {
  APPROVAL_SUBJECTS,
  CLOSURE_REASONS,
  CONSENT_GIVERS,
  INTEGRATION_KINDS,
  PERSON_RELATIONS,
  PLACEMENTS,
  REFERRAL_STATUSES,
  STAGES,
  TRACKS,
  VISIT_OUTCOMES,
} from '../../../../libs/domain/pathway';
import { CATEGORY_CODES, RISK_LEVELS, SERVICES, type Category } from '../../../../libs/domain/taxonomy';
import { describing } from '../common/schemas';
import { pathwayTemplateSchema } from '../templates/templates.schemas';

const instant = z.string().describe('ISO-8601 instant');

export const openStepSchema = z.object({
  key: z.string().describe('the step’s key (a referral’s steps name it)'),
  step: z.string(),
  dueAt: instant.nullable(),
  level: z.number().int().describe('rung of the escalation ladder reached, 0 = the assignee'),
  overdue: z.boolean(),
  provinceCode: z.string(),
  ref: z.string().nullable(),
});

export const referralSummarySchema = z.object({
  referralId: z.string(),
  organisationId: z.string(),
  service: z.enum(SERVICES),
  basis: z.enum(['CONSENT', 'COURT_ORDER', 'NONE']),
  status: z.enum(REFERRAL_STATUSES),
  reason: z.string().nullable(),
  courtOrderId: z.string().nullable(),
  replaces: z.string().nullable(),
  personId: z.string().nullable().optional().describe('a referral for a person of the case, not for the child'),
});

const courtOrderSchema = z.object({
  orderId: z.string(),
  measures: z.array(z.enum(COURT_MEASURES)),
  coversInformationSharing: z.boolean(),
  receivedAt: instant,
  closedAt: instant.nullable(),
  reportEvery: z.string().nullable().optional().describe('ISO-8601 interval of the court reports'),
  reportsSent: z.number().int().optional(),
  pendingReport: z.object({ n: z.number().int(), language: z.enum(COURT_REPORT_LANGUAGES), submittedAt: instant, dueAt: instant.nullable() }).nullable().optional(),
  decisions: z.array(z.object({ report: z.number().int(), decision: z.enum(COURT_DECISIONS), at: instant })).optional(),
});

export const caseStateSchema = describing<CaseState>()(
  z.object({
    caseId: z.string(),
    reference: z.string(),
    provinceCode: z.string(),
    category: z.enum(CATEGORY_CODES as [Category, ...Category[]]),
    riskLevel: z.enum(RISK_LEVELS),
    track: z.enum(TRACKS),
    stage: z.enum(STAGES),
    status: z.enum(['OPEN', 'CLOSED', 'MERGED']).describe('MERGED: a duplicate of another case of the child (mergedInto)'),
    assigneeId: z.string().nullable(),
    reports: z.array(z.string()),
    openSteps: z.array(openStepSchema),
    assessment: z.enum(['PENDING', 'SUBMITTED', 'APPROVED']),
    carePlan: z.enum(['NONE', 'PENDING', 'SUBMITTED', 'APPROVED']),
    placement: z.enum(PLACEMENTS).nullable(),
    inInstitution: z.boolean(),
    referrals: z.array(referralSummarySchema),
    consents: z.array(
      z.object({ givenBy: z.enum(CONSENT_GIVERS), services: z.array(z.enum(SERVICES)).nullable(), documentRef: z.string().nullable(), recordedBy: z.string(), at: instant }),
    ),
    courtOrders: z.array(courtOrderSchema),
    prosecutorReported: z.boolean(),
    integrations: z.array(z.object({ kind: z.enum(INTEGRATION_KINDS), at: instant })),
    adultAt: instant.nullable(),
    dobEstimated: z.boolean(),
    adult: z.boolean(),
    afterCare: z.object({ enteredAt: instant, endsAt: instant, autonomyPlan: z.boolean() }).nullable(),
    closure: z.object({ reason: z.enum(CLOSURE_REASONS), note: z.string().nullable(), requestedBy: z.string().nullable() }).nullable(),
    closedAt: instant.nullable(),
    escalations: z.number().int(),
    runs: z.number().int().describe('runs (continue-as-new) of this life of the case'),
    childSeen: z.boolean().optional(),
    missingSince: instant.nullable().optional().describe('the child ran away and has not been found yet'),
    revising: z.array(z.enum(APPROVAL_SUBJECTS)).optional(),
    revisedPlacement: z.enum(PLACEMENTS).nullable().optional(),
    mergedInto: z.object({ caseId: z.string(), workflowId: z.string(), at: instant }).nullable().optional(),
    merged: z
      .array(z.object({ caseId: z.string(), reference: z.string(), at: instant, reports: z.array(z.string()), referrals: z.array(z.string()), steps: z.array(z.string()), dropped: z.array(z.string()) }))
      .optional(),
    template: pathwayTemplateSchema.nullable().optional().describe('the pathway template the case runs (absent or null: the generic version 1)'),
    deprivedOfLiberty: z.boolean().optional(),
    persons: z.array(z.object({ personId: z.string(), relation: z.enum(PERSON_RELATIONS), addedAt: instant })).optional(),
    familyProposals: z.array(z.object({ personId: z.string(), service: z.enum(SERVICES), proposedAt: instant, referralId: z.string().nullable() })).optional(),
    family: z
      .object({
        returnedAt: instant,
        visitEvery: z.string(),
        visits: z.number().int(),
        done: z.number().int(),
        nextVisitAt: instant.nullable(),
        outcomes: z.array(z.object({ at: instant, outcome: z.enum(VISIT_OUTCOMES) })),
      })
      .nullable()
      .optional(),
  }),
);
export class CaseStateDto extends createZodDto(caseStateSchema) {}
