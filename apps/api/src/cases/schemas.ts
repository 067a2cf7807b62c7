// Bodies of the case actions. The acting user and role are never in a body:
// they come from the caller's identity.
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { CLOSURE_REASONS, CONSENT_GIVERS, INTEGRATION_KINDS, PLACEMENTS, STAGES } from '../../../../libs/domain/pathway';
import { RISK_LEVELS, SERVICES } from '../../../../libs/domain/taxonomy';

export const userId = z.string().regex(/^[\w.:-]{1,100}$/, 'a user id');
export const provinceCode = z.string().regex(/^[A-Z][A-Z0-9_]{1,63}$/, 'a province code such as TANGER_ASSILAH');
const text = (max: number) => z.string().trim().min(1).max(max);

export class AcknowledgeDto extends createZodDto(z.object({ assigneeId: userId.optional().describe('the coordinator who takes the case; defaults to you') }).strict()) {}
export class ChildSeenDto extends createZodDto(
  z.object({ emergencyShelter: z.boolean().optional(), medicalCare: z.boolean().optional(), note: text(2000).optional() }).strict(),
) {}
export class AssessmentDto extends createZodDto(
  z.object({ summary: text(10_000), needs: z.array(z.enum(SERVICES)).max(20).optional(), riskLevel: z.enum(RISK_LEVELS).optional() }).strict(),
) {}
export class CarePlanDto extends createZodDto(
  z.object({ objectives: z.array(text(500)).min(1).max(30), placement: z.enum(PLACEMENTS), services: z.array(z.enum(SERVICES)).max(20).optional() }).strict(),
) {}
export class ConsentDto extends createZodDto(
  z.object({ givenBy: z.enum(CONSENT_GIVERS), services: z.array(z.enum(SERVICES)).max(20).optional(), documentRef: text(200).optional() }).strict(),
) {}
export class IntegrationDto extends createZodDto(z.object({ kind: z.enum(INTEGRATION_KINDS), note: text(2000).optional() }).strict()) {}
export class TransferDto extends createZodDto(
  z.object({ toProvinceCode: provinceCode, assigneeId: userId.optional(), reason: text(1000).optional() }).strict(),
) {}
export class CloseDto extends createZodDto(z.object({ reason: z.enum(CLOSURE_REASONS), note: text(2000).optional() }).strict()) {}
export class ApproveDto extends createZodDto(z.object({ subject: z.enum(['ASSESSMENT', 'CARE_PLAN', 'CLOSURE']) }).strict()) {}
export class RejectDto extends createZodDto(z.object({ subject: z.enum(['ASSESSMENT', 'CARE_PLAN', 'CLOSURE']), reason: text(2000) }).strict()) {}

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
