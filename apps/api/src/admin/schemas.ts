// What administration answers: the queue board's browser session and the
// machine clients' API keys (never the key itself).
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { describing } from '../common/schemas';
import type { ApiKeyView } from './api-keys.use-case';

export class BoardSessionDto extends createZodDto(z.object({ url: z.string().describe('the board’s path'), expiresAt: z.string() })) {}

export const apiKeyViewSchema = describing<ApiKeyView>()(
  z.object({
    id: z.string(),
    prefix: z.string(),
    name: z.string(),
    role: z.string(),
    scope: z.string(),
    provinceCode: z.string().nullable(),
    organisationId: z.string().nullable(),
    createdAt: z.string(),
    expiresAt: z.string(),
    revokedAt: z.string().nullable(),
    state: z.enum(['ACTIVE', 'EXPIRED', 'REVOKED']),
  }),
);
export class ApiKeyViewDto extends createZodDto(apiKeyViewSchema) {}
export class ApiKeyListDto extends createZodDto(z.object({ items: z.array(apiKeyViewSchema) })) {}
