import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { isoInstant } from '../common/schemas';
import { CATEGORY_CODES, ENTRY_POINTS, RISK_LEVELS } from '../../../../libs/domain/taxonomy';

const name = z.string().trim().min(1).max(100);

export const createReportSchema = z
  .object({
    provinceCode: z.string().regex(/^[A-Z][A-Z0-9_]{1,63}$/, 'a province code such as TANGER_ASSILAH'),
    entryPoint: z.enum(ENTRY_POINTS),
    category: z.enum(CATEGORY_CODES as [string, ...string[]]),
    riskLevel: z.enum(RISK_LEVELS),
    receivedAt: isoInstant.optional().describe('when the report was received; defaults to now'),
    narrative: z.string().trim().min(1).max(10_000).describe('what was reported (personal data: encrypted in histories)'),
    child: z
      .object({
        firstName: name.optional(),
        lastName: name.optional(),
        sex: z.enum(['F', 'M']).optional(),
        dateOfBirth: z.iso.date().optional().describe('YYYY-MM-DD'),
        estimatedAge: z.number().int().min(0).max(21).optional().describe('in years, when the date of birth is unknown'),
      })
      .strict()
      .refine((c) => !(c.dateOfBirth && c.estimatedAge !== undefined), {
        message: 'give either dateOfBirth or estimatedAge, not both',
        path: ['estimatedAge'],
      }),
    reporter: z
      .object({ name: z.string().trim().max(200).optional(), phone: z.string().regex(/^\+?[0-9 ]{6,20}$/).optional() })
      .strict()
      .optional(),
    caseId: z.uuid().optional().describe('attach the report to the case of a child already known'),
  })
  .strict()
  .meta({
    examples: [
      {
        provinceCode: 'TANGER_ASSILAH',
        entryPoint: 'GREEN_LINE',
        category: 'NEGLECT',
        riskLevel: 'HIGH',
        narrative: 'Enfant seul la nuit, signalé par une voisine',
        child: { firstName: 'Yasmine', sex: 'F', dateOfBirth: '2015-03-14' },
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
});
export class ReportCreatedDto extends createZodDto(reportCreatedSchema) {}
export type ReportCreated = z.infer<typeof reportCreatedSchema>;
