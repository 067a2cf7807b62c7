// Schema pieces the feature folders share.
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

const MIN = Date.UTC(1900, 0, 1);
const MAX = Date.UTC(2200, 0, 1);

/** An instant with an offset, within years the database stores (1900-2199). */
export const isoInstant = z.iso
  .datetime({ offset: true })
  .refine((v) => {
    const t = Date.parse(v);
    return Number.isFinite(t) && t >= MIN && t < MAX;
  }, 'must be an instant between 1900 and 2199')
  .describe('ISO-8601 instant with an offset, e.g. 2026-11-23T09:30:00Z');

/** The body of an action that takes nothing: absent or {}, anything in it refused (400) rather than ignored. */
export const emptyBody = z.object({}).strict().meta({ examples: [{}] });
export class EmptyDto extends createZodDto(emptyBody) {}
