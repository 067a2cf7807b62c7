// What the audit trail answers: its entries, newest first, with the hash chain.
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export const auditPageSchema = z.object({
  items: z.array(
    z.object({
      id: z.string().describe('the entry’s sequence number (a 64-bit integer, as a string)'),
      at: z.string(),
      actorId: z.string(),
      actorRole: z.string(),
      action: z.string(),
      caseId: z.string().nullable(),
      resource: z.string().nullable(),
      requestId: z.string().nullable(),
      sourceIp: z.string().nullable(),
      outcome: z.string().describe('OK, or REFUSED: and why'),
      detail: z.string().nullable(),
      prevHash: z.string(),
      hash: z.string().describe('SHA-256 of prevHash and the entry: the chain npm run audit:verify walks'),
    }),
  ),
  nextCursor: z.string().nullable().describe('the cursor of the next page; null on the last'),
});
export type AuditPage = z.infer<typeof auditPageSchema>;
export class AuditPageDto extends createZodDto(auditPageSchema) {}
