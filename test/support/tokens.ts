import { SignJWT } from 'jose';

/** A development token (HS256) for a seeded user, as `npm run token` makes. */
export function signTestToken(secret: string, userId: string): Promise<string> {
  return new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject(userId).setAudience('masar').setIssuedAt().setExpirationTime('1h').sign(new TextEncoder().encode(secret));
}
