// The alerts of a case as delivered: the query and the answer (the answer's
// schema documents the response in OpenAPI).
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { STEPS, type LadderRole } from '../../../../libs/domain/steps';
import { CHANNELS } from '../../../../libs/notify/channels';

const LADDER_ROLES = ['ASSIGNEE', 'HEAD_OF_CENTRE', 'DELEGATE', 'COMMITTEE', 'JUDICIAL_LIAISON'] as const satisfies readonly LadderRole[];
export const DELIVERY_STATUSES = ['QUEUED', 'SENT', 'DELIVERED', 'FAILED', 'UNDELIVERABLE'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export class DeliveriesQueryDto extends createZodDto(
  z
    .object({
      limit: z.coerce.number().int().min(1).max(100).default(20).describe('alerts per page (each with all its deliveries)'),
      cursor: z.string().min(1).max(400).optional().describe('the nextCursor of the previous page'),
    })
    .strict(),
) {}

const instant = z.iso.datetime();

export const deliveryViewSchema = z.object({
  recipientId: z.string(),
  channel: z.enum(CHANNELS),
  address: z.string().describe('in clear for supervisors and administrators; masked otherwise (d***@example.ma, +2126****12)'),
  status: z.enum(DELIVERY_STATUSES).describe('SENT: accepted by the SMTP server or the SMSC; DELIVERED: the SMSC’s receipt said so'),
  attempts: z.number().int(),
  lastError: z.string().nullable().describe('what the provider last said (addresses masked like `address`)'),
  createdAt: instant,
  sentAt: instant.nullable(),
  deliveredAt: instant.nullable(),
  failedAt: instant.nullable(),
});

export const alertViewSchema = z.object({
  alertKey: z.string().describe('workflow id : step key : level'),
  workflowId: z.string().describe('the case’s pathway or one of its referrals'),
  step: z.enum(STEPS),
  stepKey: z.string(),
  level: z.number().int().describe('rung of the ladder, 0 = the assignee'),
  ladderRole: z.enum(LADDER_ROLES).describe('whom this rung alerts; every recipient of the alert holds it'),
  dueAt: instant,
  alertedAt: instant,
  createdAt: instant.describe('when its deliveries were recorded'),
  deliveries: z.array(deliveryViewSchema).describe('one per recipient and channel'),
});

export const caseDeliveriesSchema = z.object({
  caseId: z.uuid(),
  items: z.array(alertViewSchema).describe('newest alert first'),
  nextCursor: z.string().nullable(),
});

export class CaseDeliveriesDto extends createZodDto(caseDeliveriesSchema) {}
export type CaseDeliveries = z.output<typeof caseDeliveriesSchema>;
export type AlertView = z.output<typeof alertViewSchema>;
