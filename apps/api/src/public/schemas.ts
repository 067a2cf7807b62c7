// What the public complaint routes answer (no account): the provinces, a
// proof-of-work challenge, a complaint filed, and its answer. The use case
// and the challenge own their types; the compiler holds these to them.
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { describing } from '../common/schemas';
import type { Challenge } from './proof-of-work';
import type { PublicComplaintAnswer, PublicComplaintFiled } from './public-complaints.use-case';

const names = { nameFr: z.string(), nameAr: z.string() };
export const publicProvincesSchema = z.object({ items: z.array(z.object({ code: z.string(), ...names, region: z.object({ code: z.string(), ...names }) })) });
export type PublicProvinces = z.infer<typeof publicProvincesSchema>;
export class PublicProvincesDto extends createZodDto(publicProvincesSchema) {}

export const challengeSchema = describing<Challenge>()(
  z.object({
    nonce: z.string().describe('signed; good for one request'),
    difficulty: z.number().int().describe('leading zero bits of SHA-256("<nonce>:<counter>")'),
    expiresAt: z.string(),
    algorithm: z.literal('sha256-leading-zero-bits'),
  }),
);
export class ChallengeDto extends createZodDto(challengeSchema) {}

export const publicComplaintFiledSchema = describing<PublicComplaintFiled>()(
  z.object({ reference: z.string(), secret: z.string().describe('keep it with the reference to read the answer'), answerAt: z.string().describe('where the answer will be (GET, with the secret)') }),
);
export class PublicComplaintFiledDto extends createZodDto(publicComplaintFiledSchema) {}

export const publicComplaintAnswerSchema = describing<PublicComplaintAnswer>()(
  z.object({ reference: z.string(), status: z.enum(['RECEIVED', 'ANSWERED']), receivedAt: z.string(), answeredAt: z.string().nullable(), answer: z.string().nullable() }),
);
export class PublicComplaintAnswerDto extends createZodDto(publicComplaintAnswerSchema) {}
