// Bodies of the case actions. The acting user and role are never in a body:
// they come from the caller's identity.
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { CLOSURE_REASONS, CONSENT_GIVERS, INTEGRATION_KINDS, PLACEMENTS, STAGES } from '../../../../libs/domain/pathway';
import { ROLES } from '../../../../libs/domain/taxonomy';
import type { TimelineEntry } from '../../../../workflows/case.messages';
import { describing } from '../common/schemas';
import { caseStateSchema } from '../pathway/schemas';
import { exportedRecordEntrySchema } from '../record/schemas';
import { CATEGORY_CODES, RISK_LEVELS, SERVICES, type Category } from '../../../../libs/domain/taxonomy';

export const userId = z.string().regex(/^[\w.:-]{1,100}$/, 'a user id');
export const provinceCode = z.string().regex(/^[A-Z][A-Z0-9_]{1,63}$/, 'a province code such as TANGER_ASSILAH');
const text = (max: number) => z.string().trim().min(1).max(max);

export class AcknowledgeDto extends createZodDto(
  z
    .object({ assigneeId: userId.optional().describe('the coordinator who takes the case (a user of the case’s province who may acknowledge it); defaults to you') })
    .strict()
    .meta({ examples: [{ assigneeId: 'u-tanger-coordinator' }] }),
) {}
export class ChildSeenDto extends createZodDto(
  z
    .object({ emergencyShelter: z.boolean().optional(), medicalCare: z.boolean().optional(), note: text(2000).optional() })
    .strict()
    .meta({ examples: [{ emergencyShelter: false, medicalCare: true, note: 'Enfant reçu au centre, examiné, en sécurité' }] }),
) {}
export class AssessmentDto extends createZodDto(
  z
    .object({ summary: text(10_000), needs: z.array(z.enum(SERVICES)).max(20).optional(), riskLevel: z.enum(RISK_LEVELS).optional() })
    .strict()
    .meta({ examples: [{ summary: 'Protocole standard: négligence confirmée, scolarité interrompue', needs: ['PSYCHOLOGICAL', 'SCHOOLING'], riskLevel: 'MEDIUM' }] }),
) {}
export class CarePlanDto extends createZodDto(
  z
    .object({ objectives: z.array(text(500)).min(1).max(30), placement: z.enum(PLACEMENTS), services: z.array(z.enum(SERVICES)).max(20).optional() })
    .strict()
    .meta({ examples: [{ objectives: ['Retour à l’école avant la fin du trimestre', 'Soutien psychologique hebdomadaire'], placement: 'FAMILY', services: ['PSYCHOLOGICAL', 'SCHOOLING'] }] }),
) {}
export class ConsentDto extends createZodDto(
  z
    .object({ givenBy: z.enum(CONSENT_GIVERS), services: z.array(z.enum(SERVICES)).max(20).optional(), documentRef: text(200).optional() })
    .strict()
    .meta({ examples: [{ givenBy: 'GUARDIAN', services: ['PSYCHOLOGICAL'], documentRef: 'formulaire-consentement-12' }] }),
) {}
export class IntegrationDto extends createZodDto(
  z
    .object({ kind: z.enum(INTEGRATION_KINDS), note: text(2000).optional() })
    .strict()
    .meta({ examples: [{ kind: 'SCHOOL', note: 'Réinscrit en CE6 à l’école du quartier' }] }),
) {}
export class TransferDto extends createZodDto(
  z
    .object({
      toProvinceCode: provinceCode,
      assigneeId: userId.optional().describe('a user of the new province who may acknowledge the case'),
      reason: text(1000).optional(),
    })
    .strict()
    .meta({ examples: [{ toProvinceCode: 'MEKNES', assigneeId: 'u-meknes-coordinator', reason: 'La famille a déménagé à Meknès' }] }),
) {}
export class CloseDto extends createZodDto(
  z
    .object({ reason: z.enum(CLOSURE_REASONS), note: text(2000).optional() })
    .strict()
    .meta({ examples: [{ reason: 'INTEGRATED', note: 'Scolarité reprise, famille accompagnée' }] }),
) {}
export class ApproveDto extends createZodDto(z.object({ subject: z.enum(['ASSESSMENT', 'CARE_PLAN', 'CLOSURE']) }).strict().meta({ examples: [{ subject: 'ASSESSMENT' }] })) {}
export class RejectDto extends createZodDto(
  z
    .object({ subject: z.enum(['ASSESSMENT', 'CARE_PLAN', 'CLOSURE']), reason: text(2000) })
    .strict()
    .meta({ examples: [{ subject: 'ASSESSMENT', reason: 'Il manque l’avis de l’école' }] }),
) {}

// ── corrections and hand-overs ───────────────────────────────────────────────

const personName = z.string().trim().min(1).max(100);
export class CorrectChildDto extends createZodDto(
  z
    .object({
      dateOfBirth: z.iso.date().optional().describe('YYYY-MM-DD: the 18th-birthday timer is re-armed'),
      estimatedAge: z.number().int().min(0).max(21).optional().describe('in years today, when the date of birth is unknown (re-arms the timer)'),
      sex: z.enum(['F', 'M']).optional(),
      firstName: personName.optional(),
      lastName: personName.optional(),
      motherName: personName.optional(),
      reason: text(1000).optional(),
    })
    .strict()
    .refine((c) => !(c.dateOfBirth && c.estimatedAge !== undefined), { message: 'give either dateOfBirth or estimatedAge, not both', path: ['estimatedAge'] })
    .refine((c) => ['dateOfBirth', 'estimatedAge', 'sex', 'firstName', 'lastName', 'motherName'].some((k) => (c as Record<string, unknown>)[k] !== undefined), {
      message: 'give at least one field to correct',
      path: ['dateOfBirth'],
    })
    .meta({ examples: [{ dateOfBirth: '2013-11-02', sex: 'F', reason: 'Acte de naissance présenté par la mère' }] }),
) {}
export class RetriageDto extends createZodDto(
  z
    .object({ category: z.enum(CATEGORY_CODES as [Category, ...Category[]]).optional(), riskLevel: z.enum(RISK_LEVELS).optional(), reason: text(1000).optional() })
    .strict()
    .refine((c) => c.category !== undefined || c.riskLevel !== undefined, { message: 'give a category or a risk level', path: ['riskLevel'] })
    .meta({ examples: [{ riskLevel: 'HIGH', reason: 'Nouvelles violences signalées par l’école' }] }),
) {}
export class ReassignDto extends createZodDto(
  z
    .object({ assigneeId: userId.describe('a coordinator of the case’s province'), reason: text(1000).optional() })
    .strict()
    .meta({ examples: [{ assigneeId: 'u-tanger-coordinator-2', reason: 'Congé de la coordinatrice' }] }),
) {}
export class MergeDto extends createZodDto(
  z
    .object({ duplicateCaseId: z.uuid().describe('the other case of the same child, merged into this one (which goes on)'), reason: text(1000) })
    .strict()
    .meta({ examples: [{ duplicateCaseId: '3f1c2b9e-8d4a-4c1e-9b7a-2e5d6f708192', reason: 'Même enfant signalé par l’école puis par la police' }] }),
) {}
export class UnmergeDto extends createZodDto(
  z
    .object({ reason: text(1000) })
    .strict()
    .meta({ examples: [{ reason: 'Deux enfants différents: homonymes' }] }),
) {}
export class ReviseAssessmentDto extends createZodDto(
  z
    .object({ summary: text(10_000), needs: z.array(z.enum(SERVICES)).max(20).optional(), riskLevel: z.enum(RISK_LEVELS).optional(), reason: text(1000) })
    .strict()
    .meta({ examples: [{ summary: 'Protocole standard révisé: besoin de soins constaté', needs: ['HEALTH', 'SCHOOLING'], riskLevel: 'MEDIUM', reason: 'Certificat médical reçu' }] }),
) {}
export class ReviseCarePlanDto extends createZodDto(
  z
    .object({
      objectives: z.array(text(500)).min(1).max(30),
      placement: z.enum(PLACEMENTS),
      services: z.array(z.enum(SERVICES)).max(20).optional(),
      reason: text(1000),
    })
    .strict()
    .meta({ examples: [{ objectives: ['Retour à l’école', 'Suivi médical mensuel'], placement: 'FAMILY', services: ['HEALTH', 'SCHOOLING'], reason: 'Besoin de soins apparu' }] }),
) {}
export class PlacementDto extends createZodDto(
  z
    .object({ placement: z.enum(PLACEMENTS), note: text(2000).optional() })
    .strict()
    .meta({ examples: [{ placement: 'INSTITUTION', note: 'Accueil au foyer de la province' }] }),
) {}
export class RunawayDto extends createZodDto(
  z
    .object({ lastSeenAt: z.iso.datetime({ offset: true }).optional().describe('when the child was last seen (default: now)'), note: text(2000).optional() })
    .strict()
    .meta({ examples: [{ note: 'N’est pas rentré au foyer ce soir' }] }),
) {}
export class ChildFoundDto extends createZodDto(
  z
    .object({ note: text(2000).optional() })
    .strict()
    .meta({ examples: [{ note: 'Retrouvé chez sa tante, en sécurité' }] }),
) {}

export class CaseListQueryDto extends createZodDto(
  z
    .object({
      provinceCode: provinceCode.optional(),
      status: z.enum(['OPEN', 'CLOSED']).optional(),
      stage: z.enum(STAGES).optional(),
      limit: z.coerce.number().int().min(1).max(200).default(50),
      cursor: z.uuid().optional().describe('the nextCursor of the previous page'),
    })
    .strict(),
) {}

// ── answers ──────────────────────────────────────────────────────────────────

const instant = z.string().describe('ISO-8601 instant');
const caseStatus = z.enum(['OPEN', 'CLOSED', 'MERGED']);

export const caseSummarySchema = z.object({
  id: z.string(),
  reference: z.string(),
  provinceCode: z.string(),
  category: z.string(),
  riskLevel: z.string(),
  track: z.string(),
  stage: z.enum(STAGES),
  status: caseStatus,
  assigneeId: z.string().nullable(),
  openedAt: instant,
  openSteps: z.array(z.object({ step: z.string(), dueAt: instant, level: z.number().int(), overdue: z.boolean() })),
});
export const caseListSchema = z.object({ items: z.array(caseSummarySchema), nextCursor: z.string().nullable().describe('the cursor of the next page; null on the last') });
export type CaseList = z.infer<typeof caseListSchema>;
export class CaseListDto extends createZodDto(caseListSchema) {}

/** The child as the reader may see them: identifying fields only to roles the table lets see them. */
export const childViewSchema = z.object({
  initials: z.string().nullable().describe('null when no name is known'),
  sex: z.string().nullable(),
  dobEstimated: z.boolean(),
  adultAt: instant.nullable(),
  firstName: z.string().nullable().optional().describe('only to roles that may see the child’s identity'),
  lastName: z.string().nullable().optional(),
  dateOfBirth: z.string().nullable().optional().describe('YYYY-MM-DD'),
});
export type ChildView = z.infer<typeof childViewSchema>;

export const caseDetailSchema = z.object({
  id: z.string(),
  reference: z.string(),
  provinceCode: z.string(),
  category: z.string(),
  riskLevel: z.string(),
  status: caseStatus,
  stage: z.enum(STAGES),
  track: z.string(),
  openedAt: instant,
  closedAt: instant.nullable(),
  workflowId: z.string(),
  mergedIntoId: z.string().nullable().describe('a duplicate: the case that goes on'),
  mergedAt: instant.nullable(),
  merged: z.array(z.object({ id: z.string(), reference: z.string(), mergedAt: instant.nullable() })).describe('the duplicates merged into this case'),
  child: childViewSchema,
  pathway: caseStateSchema.describe('the live pathway: open steps, due times, ladder levels'),
});
export type CaseDetail = z.infer<typeof caseDetailSchema>;
export class CaseDetailDto extends createZodDto(caseDetailSchema) {}

export const timelineEntrySchema = describing<TimelineEntry>()(
  z.object({
    at: instant,
    type: z.string(),
    by: z.object({ userId: z.string(), role: z.enum(ROLES), provinceCode: z.string().nullable().optional(), organisationId: z.string().nullable().optional() }).optional(),
    data: z.record(z.string(), z.unknown()).optional(),
  }),
);
export const caseTimelineSchema = z.object({ caseId: z.string(), items: z.array(timelineEntrySchema) });
export type CaseTimeline = z.infer<typeof caseTimelineSchema>;
export class CaseTimelineDto extends createZodDto(caseTimelineSchema) {}

const when = instant.nullable();
export const caseExportSchema = z.object({
  exportedAt: instant,
  exportedBy: z.object({ userId: z.string(), role: z.string() }),
  case: z.object({ id: z.string(), reference: z.string(), provinceCode: z.string(), category: z.string(), riskLevel: z.string(), track: z.string(), stage: z.string(), status: z.string(), openedAt: when, closedAt: when }),
  child: childViewSchema,
  reports: z.array(z.object({ id: z.string(), receivedAt: when, entryPoint: z.string(), category: z.string(), riskLevel: z.string(), narrative: z.string() })),
  referrals: z.array(
    z.object({
      id: z.string(),
      organisation: z.object({ fr: z.string(), ar: z.string() }),
      service: z.string(),
      status: z.string(),
      basis: z.string().nullable(),
      declineReason: z.string().nullable(),
      createdAt: when,
      acceptedAt: when,
      startedAt: when,
      completedAt: when,
    }),
  ),
  steps: z.array(z.object({ step: z.string(), label: z.string().nullable(), openedAt: when, dueAt: when, status: z.string(), closedAt: when, escalationLevel: z.number().int() })),
  events: z.array(z.object({ type: z.string(), at: when, data: z.unknown() })),
  complaints: z.array(z.object({ id: z.string(), channel: z.string(), text: z.string(), status: z.string(), createdAt: when, respondedAt: when, response: z.string().nullable() })),
  record: z.array(exportedRecordEntrySchema).describe('what professionals wrote, every version'),
  documents: z
    .array(z.object({ id: z.string(), kind: z.string(), title: z.string().nullable(), filename: z.string(), mediaType: z.string(), size: z.number().int(), sha256: z.string(), createdAt: when }))
    .describe('descriptions and hashes; each is downloaded from GET /api/v1/cases/{id}/documents/{documentId}'),
  timeline: z.array(timelineEntrySchema).nullable().describe('the pathway’s timeline; null when the pathway no longer runs'),
});
export type CaseExport = z.infer<typeof caseExportSchema>;
export class CaseExportDto extends createZodDto(caseExportSchema) {}

export const mergedSchema = z.object({
  survivor: z.object({ id: z.string(), reference: z.string(), pathway: caseStateSchema }),
  duplicate: z.object({ id: z.string(), reference: z.string(), mergedIntoId: z.string(), mergedAt: instant, status: z.literal('MERGED') }),
  moved: z.object({ reports: z.number().int(), recordEntries: z.number().int(), documents: z.number().int(), steps: z.array(z.string()), referrals: z.array(z.string()) }),
  unmergeUntil: instant.describe('the merge may be undone until then'),
});
export type Merged = z.infer<typeof mergedSchema>;
export class MergedDto extends createZodDto(mergedSchema) {}

export const unmergedSchema = z.object({
  id: z.string(),
  reference: z.string(),
  status: z.literal('OPEN'),
  stage: z.literal('REPORTED'),
  workflowId: z.string(),
  unmergedFrom: z.string().describe('the case it had been merged into'),
  restored: z.object({ reports: z.number().int(), recordEntries: z.number().int(), documents: z.number().int() }),
  notRestored: z.string(),
});
export type Unmerged = z.infer<typeof unmergedSchema>;
export class UnmergedDto extends createZodDto(unmergedSchema) {}
