// What the complaint channels answer: a complaint recorded, answered, and the
// complaints of a province.
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import type { ComplaintState } from '../../../../workflows/complaint.workflow';
import { describing } from '../common/schemas';
import type { ComplaintCreated } from './create-complaint.use-case';

const instant = z.string().describe('ISO-8601 instant');

export const complaintCreatedSchema = describing<ComplaintCreated>()(
  z.object({ id: z.string(), createdAt: instant, workflowId: z.string().nullable().describe('about a case: the complaint’s response deadline runs there') }),
);
export class ComplaintCreatedDto extends createZodDto(complaintCreatedSchema) {}

/** The complaint's state once answered: its workflow's when it has one (level -1: never due). */
export const complaintAnsweredSchema = describing<ComplaintState & { id: string }>()(
  z.object({
    id: z.string(),
    complaintId: z.string().optional(),
    status: z.enum(['OPEN', 'ANSWERED']),
    dueAt: instant.nullable(),
    level: z.number().int().describe('the ladder level reached; -1: not yet due'),
    respondedAt: instant.nullable(),
    respondedBy: z.string().nullable(),
  }),
);
export type ComplaintAnswered = z.infer<typeof complaintAnsweredSchema>;
export class ComplaintAnsweredDto extends createZodDto(complaintAnsweredSchema) {}

export const complaintSchema = z.object({
  id: z.string(),
  caseId: z.string().nullable(),
  provinceCode: z.string(),
  channel: z.string(),
  text: z.string(),
  status: z.string().describe('OPEN or ANSWERED'),
  createdAt: instant,
  workflowId: z.string().nullable(),
  dueAt: instant.nullable(),
  respondedAt: instant.nullable(),
  respondedBy: z.string().nullable(),
  response: z.string().nullable(),
  origin: z.string().describe('STAFF or PUBLIC'),
  reference: z.string().nullable().describe('a public complaint’s reference'),
  language: z.string().nullable(),
});
export const complaintListSchema = z.object({ items: z.array(complaintSchema).describe('newest first, at most 500') });
export type ComplaintList = z.infer<typeof complaintListSchema>;
export class ComplaintListViewDto extends createZodDto(complaintListSchema) {}
