// What the console's sign-in routes answer: how this installation signs in,
// and, on a development stack only, the demo users and a token for one.
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { ROLES } from '../../../../libs/domain/taxonomy';

export const sessionConfigSchema = z.object({
  devSignIn: z.boolean().describe('the development sign-in is on (never in production)'),
  oidc: z.object({ authority: z.string(), clientId: z.string(), scope: z.string() }).nullable().describe('the identity provider (OpenID Connect, code flow with PKCE)'),
  timeZone: z.string().describe('the IANA time zone dates are shown in'),
});
export type SessionConfig = z.infer<typeof sessionConfigSchema>;
export class SessionConfigDto extends createZodDto(sessionConfigSchema) {}

export const demoUsersSchema = z.object({
  items: z.array(z.object({ id: z.string(), role: z.enum(ROLES), provinceCode: z.string().nullable(), organisationId: z.string().nullable(), displayName: z.string(), language: z.string() })),
});
export type DemoUsers = z.infer<typeof demoUsersSchema>;
export class DemoUsersDto extends createZodDto(demoUsersSchema) {}

export const devTokenSchema = z.object({ accessToken: z.string().describe('a short-lived HS256 token'), expiresAt: z.string() });
export type DevToken = z.infer<typeof devTokenSchema>;
export class DevTokenDto extends createZodDto(devTokenSchema) {}
