// What identifies a child at intake, shared by the search and by a report's
// `child` object, and what a candidate discloses.
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

const name = z.string().trim().min(1).max(100);
const cnie = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{1,2}[ .-]?[0-9]{1,6}$/, 'a CNIE number: one or two letters then up to six digits (AB123456)');

/** The identity fields of a child as intake gives them (every one optional). */
export const childIdentityShape = {
  firstName: name.optional(),
  lastName: name.optional(),
  sex: z.enum(['F', 'M']).optional(),
  dateOfBirth: z.iso.date().optional().describe('YYYY-MM-DD'),
  estimatedAge: z.number().int().min(0).max(21).optional().describe('in years, when the date of birth is unknown'),
  motherName: name.optional().describe("the mother's full name, in either script"),
  birthCertificateNo: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z][0-9A-Za-z /.-]{0,39}$/, 'a birth-certificate (acte de naissance) number such as 1234/2015')
    .optional(),
  cnie: cnie.optional().describe("the child's own national identity card number"),
  parentCnies: z.array(cnie).max(2).optional().describe("a parent's or guardian's CNIE (identifies the family, not the child)"),
};

export const bothDobAndAge = { message: 'give either dateOfBirth or estimatedAge, not both', path: ['estimatedAge'] };

export const childSearchSchema = z
  .object({
    ...childIdentityShape,
    provinceCode: z
      .string()
      .regex(/^[A-Z][A-Z0-9_]{1,63}$/, 'a province code such as TANGER_ASSILAH')
      .optional()
      .describe('where the child is now: a match in that province scores a little higher'),
    caseReference: z.string().trim().regex(/^MSR-\d{4}-[0-9A-F]{8}$/, 'a case reference such as MSR-2026-1A2B3C4D').optional(),
  })
  .strict()
  .refine((c) => !(c.dateOfBirth && c.estimatedAge !== undefined), bothDobAndAge)
  .refine((c) => Boolean(c.firstName || c.lastName || c.birthCertificateNo || c.cnie || c.parentCnies?.length || c.caseReference), {
    message: 'give a name or an identifier to search on',
    path: ['firstName'],
  })
  .meta({
    examples: [{ firstName: 'ياسمين', lastName: 'بنعلي', sex: 'F', dateOfBirth: '2015-03-14', provinceCode: 'TANGER_ASSILAH' }],
  });
export class ChildSearchDto extends createZodDto(childSearchSchema) {}
export type ChildSearch = z.infer<typeof childSearchSchema>;

export const candidateSchema = z.object({
  caseId: z.uuid().describe('to attach a report: attachToCaseId'),
  reference: z.string(),
  provinceCode: z.string(),
  initials: z.string().describe('initials only: the full file stays behind the province rule'),
  age: z.number().int().nullable().describe('in whole years today, null when unknown'),
  ageEstimated: z.boolean(),
  match: z.enum(['EXACT', 'PROBABLE']).describe('EXACT: an identifier is the same; PROBABLE: name, age, sex, mother and province'),
  score: z.number().min(0).max(1),
  reasons: z.array(z.string()).describe('why: "same birth certificate", "name similar 0.82", "born within 1 year"'),
});
export type Candidate = z.infer<typeof candidateSchema>;

export const childSearchResultSchema = z.object({
  threshold: z.number().describe('probable candidates score at least this'),
  candidates: z.array(candidateSchema),
});
export class ChildSearchResultDto extends createZodDto(childSearchResultSchema) {}
export type ChildSearchResult = z.infer<typeof childSearchResultSchema>;
