// What supervision answers: a case's whole history (from PostgreSQL, or the
// decrypted Temporal history), the overdue steps by province, and the
// escalations by period, province, level and role.
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

const instant = z.string().describe('ISO-8601 instant');

export const storyEntrySchema = z.object({
  at: instant,
  source: z.enum(['CASE', 'REPORT', 'FACT', 'STEP', 'ESCALATION', 'DELIVERY', 'REFERRAL', 'COMPLAINT', 'RECORD', 'AUDIT']).describe('where the entry comes from'),
  type: z.string(),
  summary: z.string(),
  actor: z.object({ userId: z.string(), role: z.string().nullable() }).nullable(),
  referralId: z.string().optional().describe('the referral the entry is about'),
  details: z.unknown().optional().describe('as the disclosure rules let the reader see them'),
});
export const temporalEntrySchema = z.object({
  runId: z.string(),
  eventId: z.number().int(),
  at: instant.nullable(),
  type: z.string(),
  summary: z.string(),
  details: z.unknown().optional(),
});
export const caseHistorySchema = z.object({
  caseId: z.string(),
  workflowId: z.string(),
  view: z.enum(['story', 'temporal']),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  items: z.array(z.union([storyEntrySchema, temporalEntrySchema])).describe('view=story: from PostgreSQL; view=temporal: the workflow’s events'),
});
export type CaseHistory = z.infer<typeof caseHistorySchema>;
export class CaseHistoryDto extends createZodDto(caseHistorySchema) {}

export const overdueStepSchema = z.object({
  caseId: z.string(),
  caseReference: z.string(),
  category: z.string(),
  riskLevel: z.string(),
  step: z.string(),
  stepKey: z.string(),
  dueAt: instant,
  lateMs: z.number().int().describe('how late, in milliseconds'),
  level: z.number().int().describe('the ladder level reached'),
});
export type OverdueStep = z.infer<typeof overdueStepSchema>;
export const overdueSchema = z.object({ at: instant, total: z.number().int(), byProvince: z.record(z.string(), z.array(overdueStepSchema)).describe('by province code, the most overdue first') });
export type Overdue = z.infer<typeof overdueSchema>;
export class OverdueDto extends createZodDto(overdueSchema) {}

export const escalationCountsSchema = z.object({
  period: z.enum(['day', 'week', 'month']),
  items: z.array(z.object({ period: instant.describe('the start of the period'), provinceCode: z.string(), level: z.number().int(), role: z.string(), count: z.number().int() })),
});
export type EscalationCounts = z.infer<typeof escalationCountsSchema>;
export class EscalationCountsDto extends createZodDto(escalationCountsSchema) {}
