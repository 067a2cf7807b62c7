import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { REFERRAL_STATUSES } from '../../../../libs/domain/pathway';
import { SERVICES } from '../../../../libs/domain/taxonomy';

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
