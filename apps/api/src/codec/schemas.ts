// What the codec answers: the decrypted payloads (remote codec protocol), and
// the browser session the console opens for the Temporal UI.
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { describing } from '../common/schemas';
import type { JsonPayload } from './json-payload';

export const jsonPayloadSchema = describing<JsonPayload>()(
  z.object({ metadata: z.record(z.string(), z.string()).optional().describe('base64 values'), data: z.string().optional().describe('base64 bytes') }),
);
export class DecodedPayloadsDto extends createZodDto(z.object({ payloads: z.array(jsonPayloadSchema) })) {}

export const codecSessionSchema = z.object({
  expiresAt: z.string(),
  temporalUi: z.object({ origin: z.string(), namespace: z.string() }).describe('where the Temporal UI is'),
});
export type CodecSession = z.infer<typeof codecSessionSchema>;
export class CodecSessionDto extends createZodDto(codecSessionSchema) {}
