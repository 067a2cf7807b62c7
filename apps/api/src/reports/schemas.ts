import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { isoInstant } from '../common/schemas';
import { CATEGORY_CODES, ENTRY_POINTS, RISK_LEVELS, type EntryPoint } from '../../../../libs/domain/taxonomy';
import { bothDobAndAge, candidateSchema, childIdentityShape } from '../children/schemas';

/** Entry points whose report carries its team and place. */
const FIELD_ENTRY_POINTS: readonly EntryPoint[] = ['MOBILE_UNIT', 'FIELD_TEAM'];

export const createReportSchema = z
  .object({
    provinceCode: z.string().regex(/^[A-Z][A-Z0-9_]{1,63}$/, 'a province code such as TANGER_ASSILAH'),
    entryPoint: z.enum(ENTRY_POINTS),
    category: z.enum(CATEGORY_CODES as [string, ...string[]]),
    riskLevel: z.enum(RISK_LEVELS),
    receivedAt: isoInstant.optional().describe('when the report was received; defaults to now'),
    narrative: z.string().trim().min(1).max(10_000).describe('what was reported (personal data: encrypted in histories)'),
    child: z
      .object(childIdentityShape)
      .strict()
      .refine((c) => !(c.dateOfBirth && c.estimatedAge !== undefined), bothDobAndAge),
    reporter: z
      .object({ name: z.string().trim().max(200).optional(), phone: z.string().regex(/^\+?[0-9 ]{6,20}$/).optional() })
      .strict()
      .optional(),
    caseId: z.uuid().optional().describe('attach the report to the case of a child already known (the same as attachToCaseId)'),
    attachToCaseId: z.uuid().optional().describe('intake chose this candidate: attach the report to its case (your role must be allowed in its province)'),
    caseReference: z.string().trim().regex(/^MSR-\d{4}-[0-9A-F]{8}$/, 'a case reference such as MSR-2026-1A2B3C4D').optional().describe('the reference of the child\'s case, when the reporter knows it'),
    fileAsNew: z.literal(true).optional().describe('intake looked at the probable candidates and this is another child: open a new case'),
    fieldTeam: z
      .object({ team: z.string().trim().min(1).max(100), place: z.string().trim().min(1).max(200) })
      .strict()
      .optional()
      .describe('a mobile unit’s or field team’s report (begging plan): the team and the place the child was found; required for MOBILE_UNIT and FIELD_TEAM'),
  })
  .strict()
  .refine((b) => !FIELD_ENTRY_POINTS.includes(b.entryPoint) || b.fieldTeam !== undefined, {
    message: 'a mobile unit’s or field team’s report names its team and the place',
    path: ['fieldTeam'],
  })
  .refine((b) => FIELD_ENTRY_POINTS.includes(b.entryPoint) || b.fieldTeam === undefined, {
    message: 'only a mobile unit’s or field team’s report names a team and a place',
    path: ['fieldTeam'],
  })
  .refine((b) => [b.caseId, b.attachToCaseId, b.caseReference, b.fileAsNew].filter((x) => x !== undefined).length <= 1, {
    message: 'give at most one of caseId, attachToCaseId, caseReference and fileAsNew',
    path: ['fileAsNew'],
  })
  .meta({
    examples: [
      {
        provinceCode: 'TANGER_ASSILAH',
        entryPoint: 'GREEN_LINE',
        category: 'NEGLECT',
        riskLevel: 'HIGH',
        narrative: 'Enfant seul la nuit, signalé par une voisine',
        child: { firstName: 'Yasmine', sex: 'F', dateOfBirth: '2015-03-14', motherName: 'Fatima Alaoui' },
        reporter: { name: 'Voisine', phone: '+212600000000' },
      },
    ],
  });

export class CreateReportDto extends createZodDto(createReportSchema) {}
export type CreateReport = z.infer<typeof createReportSchema>;

export const reportCreatedSchema = z.object({
  caseId: z.uuid(),
  reference: z.string(),
  reportId: z.uuid(),
  workflowId: z.string(),
  attached: z.boolean().describe('true when the report joined an existing case'),
  matchedBy: z.array(z.string()).optional().describe('when an identifier attached the report: which ("same birth certificate")'),
});
export class ReportCreatedDto extends createZodDto(reportCreatedSchema) {}
export type ReportCreated = z.infer<typeof reportCreatedSchema>;

export const probableMatchesSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.literal(409),
  detail: z.string(),
  code: z.string().optional().describe('probable_match'),
  instance: z.string(),
  requestId: z.string().optional(),
  threshold: z.number(),
  candidates: z.array(candidateSchema),
});
export type ProbableMatches = z.infer<typeof probableMatchesSchema>;
export class ProbableMatchesDto extends createZodDto(probableMatchesSchema) {}
