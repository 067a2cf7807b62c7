// What GET /health answers, 200 when every dependency is up, 503 otherwise
// (the same body). The use case owns the type; the compiler holds this to it.
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { describing } from '../common/schemas';
import type { Health } from './check-health.use-case';

const check = z.object({ status: z.enum(['up', 'down']), latencyMs: z.number(), error: z.string().optional().describe('when down: the first line of the error') });
export const healthSchema = describing<Health>()(
  z.object({ status: z.enum(['ok', 'degraded']), checks: z.object({ postgres: check, redis: check, temporal: check }) }),
);
export class HealthDto extends createZodDto(healthSchema) {}
