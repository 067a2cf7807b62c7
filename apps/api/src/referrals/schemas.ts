import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { REFERRAL_STATUSES } from '../../../../libs/domain/pathway';
import { SERVICES } from '../../../../libs/domain/taxonomy';
import type { ReferralState } from '../../../../workflows/referral.workflow';
import { describing } from '../common/schemas';
import { caseStateSchema } from '../pathway/schemas';

const text = (max: number) => z.string().trim().min(1).max(max);
export const organisationId = z.string().regex(/^[\w.:-]{1,100}$/, 'an organisation id from the directory');

export class CreateReferralDto extends createZodDto(
  z
    .object({
      organisationId,
      service: z.enum(SERVICES),
      sharesInformation: z.boolean().optional().describe('the referral shares the child’s information (needs consent or a court order); default true'),
      replaces: z.uuid().optional().describe('the declined or expired referral this one re-orients'),
    })
    .strict()
    .meta({ examples: [{ organisationId: 'org-tanger-upe', service: 'PSYCHOLOGICAL', sharesInformation: true }] }),
) {}
export class DeclineReferralDto extends createZodDto(z.object({ reason: text(1000) }).strict().meta({ examples: [{ reason: 'Plus de place avant le mois prochain' }] })) {}
export class CompleteReferralDto extends createZodDto(z.object({ summary: text(2000).optional() }).strict().meta({ examples: [{ summary: 'Huit séances de soutien psychologique' }] })) {}
export class ReferralListQueryDto extends createZodDto(
  z.object({ status: z.enum(REFERRAL_STATUSES).optional(), caseId: z.uuid().optional(), limit: z.coerce.number().int().min(1).max(200).default(50) }).strict(),
) {}

// ── answers ──────────────────────────────────────────────────────────────────

const instant = z.string().describe('ISO-8601 instant');

/** What a provider sees of a referral and its child: no name, no report text. */
export const referralViewSchema = z.object({
  id: z.string(),
  caseReference: z.string(),
  provinceCode: z.string(),
  category: z.string(),
  riskLevel: z.string(),
  organisationId: z.string(),
  organisation: z.string().describe('the organisation’s name (French)'),
  service: z.string(),
  status: z.enum(REFERRAL_STATUSES),
  basis: z.string().nullable().describe('CONSENT or COURT_ORDER: what allows sharing the child’s information'),
  declineReason: z.string().nullable(),
  createdAt: instant,
  acceptDueAt: instant.nullable(),
  acceptedAt: instant.nullable(),
  startedAt: instant.nullable(),
  completedAt: instant.nullable(),
  child: z.object({ initials: z.string().nullable(), sex: z.string().nullable(), age: z.number().int().nullable(), ageEstimated: z.boolean() }),
});
export type ReferralView = z.infer<typeof referralViewSchema>;
export class ReferralViewDto extends createZodDto(referralViewSchema) {}
export class ReferralListDto extends createZodDto(z.object({ items: z.array(referralViewSchema).describe('newest first') })) {}

export const referralCreatedSchema = z.object({
  referralId: z.string(),
  workflowId: z.string().describe('the referral’s own pathway'),
  case: caseStateSchema.describe('the case’s pathway after the referral'),
});
export type ReferralCreated = z.infer<typeof referralCreatedSchema>;
export class ReferralCreatedDto extends createZodDto(referralCreatedSchema) {}

/** The referral's pathway after a provider's action (the referral workflow's state). */
export const referralStateSchema = describing<ReferralState>()(
  z.object({
    referralId: z.string(),
    caseId: z.string(),
    organisationId: z.string(),
    service: z.enum(SERVICES),
    basis: z.enum(['CONSENT', 'COURT_ORDER', 'NONE']),
    status: z.enum(REFERRAL_STATUSES),
    declineReason: z.string().nullable(),
    acceptDueAt: instant.nullable(),
    acceptedAt: instant.nullable(),
    startedAt: instant.nullable(),
    completedAt: instant.nullable(),
    openSteps: z.array(z.object({ key: z.string(), step: z.string(), dueAt: instant.nullable(), level: z.number().int(), overdue: z.boolean() })),
  }),
);
export class ReferralStateDto extends createZodDto(referralStateSchema) {}
