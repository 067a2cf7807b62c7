// The shape of a pathway template as the admin API accepts it (zod, field by
// field); the domain's validateTemplate then judges the graph and the
// vocabularies (apps answer both as problem+json with the reasons).
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { isDuration } from '../../../../libs/domain/duration';
import { APPROVAL_SUBJECTS, TRACKS } from '../../../../libs/domain/pathway';
import { STEPS } from '../../../../libs/domain/steps';
import { CATEGORY_CODES, SERVICES } from '../../../../libs/domain/taxonomy';
import { CLOSE, PROSECUTOR_INFORM, REVIEW_TRIGGERS, TEMPLATE_INDICATORS } from '../../../../libs/domain/templates';
import type { PathwayTemplate } from '../../../../libs/domain/templates';
import { describing } from '../common/schemas';

const provinceCode = z.string().regex(/^[A-Z][A-Z0-9_]{1,63}$/, 'a province code such as TANGER_ASSILAH');
const duration = z.string().refine(isDuration, 'an ISO-8601 duration such as P30D');
const step = z.enum(STEPS);

export const templateBodySchema = z
  .object({
    category: z.enum(CATEGORY_CODES as [string, ...string[]]),
    provinceCode: provinceCode.nullable().describe('null: the national default (administrators); else a provincial override'),
    track: z.enum(TRACKS),
    phases: z
      .array(
        z
          .object({
            step,
            entry: z.boolean().optional(),
            when: z.enum(['ALWAYS', 'URGENT']).optional(),
            next: z.array(z.union([step, z.literal(CLOSE)])).max(20),
          })
          .strict(),
      )
      .min(1)
      .max(30),
    prosecutor: z.object({ inform: z.enum(PROSECUTOR_INFORM) }).strict(),
    approvals: z.array(z.enum(APPROVAL_SUBJECTS)).max(10),
    defaultServices: z.array(z.enum(SERVICES)).max(20),
    familyServices: z.array(z.enum(SERVICES)).max(20),
    reviews: z.array(z.object({ step, every: duration.optional(), when: z.enum(REVIEW_TRIGGERS) }).strict()).max(10),
    reintegration: z.object({ visitEvery: duration, visits: z.number().int().min(1).max(60) }).strict().nullable(),
    courtReportEvery: duration.nullable(),
    indicators: z.array(z.enum(TEMPLATE_INDICATORS)).max(30),
  })
  .strict()
  .meta({
    examples: [
      {
        category: 'BEGGING_EXPLOITATION',
        provinceCode: 'TANGER_ASSILAH',
        track: 'JUDICIAL',
        phases: [
          { step: 'ACKNOWLEDGEMENT', entry: true, next: ['CHILD_SEEN'] },
          { step: 'CHILD_SEEN', when: 'ALWAYS', next: ['ASSESSMENT'] },
          { step: 'ASSESSMENT', next: ['CARE_PLAN'] },
          { step: 'CARE_PLAN', next: ['REFERRAL_ACCEPTANCE', 'CLOSE'] },
          { step: 'REFERRAL_ACCEPTANCE', next: ['CLOSE'] },
        ],
        prosecutor: { inform: 'AT_REPORT' },
        approvals: ['ASSESSMENT', 'CARE_PLAN', 'CLOSURE'],
        defaultServices: ['SCHOOLING', 'HEALTH'],
        familyServices: ['FAMILY_SUPPORT', 'SOCIAL_AID'],
        reviews: [{ step: 'CASE_REVIEW', when: 'CARE_PLAN_APPROVED' }],
        reintegration: { visitEvery: 'P30D', visits: 6 },
        courtReportEvery: null,
        indicators: ['reports_by_category', 'prosecutor_reports', 'begging_children_protected'],
      },
    ],
  });
export class TemplateBodyDto extends createZodDto(templateBodySchema) {}
export type TemplateBody = z.infer<typeof templateBodySchema>;

export const templateListQuery = z
  .object({
    category: z.enum(CATEGORY_CODES as [string, ...string[]]).optional(),
    provinceCode: provinceCode.optional().describe('the overrides of this province beside the national defaults'),
  })
  .strict();
export class TemplateListQueryDto extends createZodDto(templateListQuery) {}

export const moveCaseSchema = z
  .object({ version: z.number().int().min(1).optional().describe('a published version of the case’s category (default: the latest the case’s province runs)') })
  .strict()
  .meta({ examples: [{}] });
export class MoveCaseDto extends createZodDto(moveCaseSchema) {}

// ── answers ──────────────────────────────────────────────────────────────────

/** A template as the pathway runs it: the body with its version (indicator codes of older versions stay as written). */
export const pathwayTemplateSchema = describing<PathwayTemplate>()(templateBodySchema.extend({ version: z.number().int(), indicators: z.array(z.string()) }));

export const templateViewSchema = z.object({
  id: z.string(),
  category: z.string(),
  provinceCode: z.string().nullable().describe('null: the national default'),
  version: z.number().int(),
  status: z.enum(['DRAFT', 'PUBLISHED', 'RETIRED']),
  createdBy: z.string(),
  createdAt: z.string(),
  publishedAt: z.string().nullable(),
  publishedBy: z.string().nullable(),
  template: pathwayTemplateSchema,
});
export type TemplateView = z.infer<typeof templateViewSchema>;
export class TemplateViewDto extends createZodDto(templateViewSchema) {}
export class TemplateListDto extends createZodDto(z.array(templateViewSchema).describe('by category, province and version')) {}
