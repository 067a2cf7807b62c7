// What satisfaction answers: who is asked about a case, the one-time survey
// page's answers, and the satisfaction indicators (whose computation owns the
// type: the compiler holds the schema to it).
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { SURVEY_RESPONDENTS } from '../../../../libs/domain/satisfaction';
import { describing } from '../common/schemas';
import type { Satisfaction } from './satisfaction-indicators';

export const satisfactionSchema = describing<Satisfaction>()(
  z.object({
    from: z.string().describe('first month (YYYY-MM)'),
    to: z.string().describe('last month, inclusive (YYYY-MM)'),
    threshold: z.number().int(),
    cells: z.array(
      z.object({
        level: z.enum(['PROVINCE', 'PROVIDER']),
        provinceCode: z.string(),
        organisationId: z.string().nullable(),
        name: z.object({ fr: z.string(), ar: z.string() }).nullable(),
        responses: z.union([z.number(), z.string()]).describe('the count, "< N" or "x"'),
        meanScore: z.number().nullable().describe('1 to 5; null when suppressed'),
        satisfiedPct: z.number().nullable().describe('share answering 4 or 5, percent'),
        listenedPct: z.number().nullable().describe('share who felt listened to, percent'),
        suppressed: z.enum(['PRIMARY', 'COMPLEMENTARY']).optional(),
      }),
    ),
  }),
);
export class SatisfactionDto extends createZodDto(satisfactionSchema) {}

export const surveyContactSchema = z.object({
  caseId: z.string(),
  respondent: z.enum(SURVEY_RESPONDENTS),
  language: z.enum(['ar', 'fr']),
  refused: z.boolean(),
  phone: z.string().nullable().describe('the last two digits only'),
});
export type SurveyContactView = z.infer<typeof surveyContactSchema>;
export class SurveyContactDto extends createZodDto(surveyContactSchema) {}

export const surveyPageSchema = z.object({
  kind: z.string().describe('CLOSURE or SERVICE'),
  respondent: z.string().describe('CHILD or FAMILY'),
  language: z.string(),
  expiresAt: z.string(),
  questions: z.array(z.string()),
});
export type SurveyPage = z.infer<typeof surveyPageSchema>;
export class SurveyPageDto extends createZodDto(surveyPageSchema) {}

export class SurveyAnsweredDto extends createZodDto(z.object({ status: z.literal('ANSWERED') })) {}
export class SurveyRefusedDto extends createZodDto(z.object({ status: z.literal('REFUSED') })) {}
