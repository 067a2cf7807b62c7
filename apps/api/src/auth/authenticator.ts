// Verifies bearer tokens (RS256 against an identity provider's JWKS; HS256
// with a configured secret only where explicitly enabled for development) and
// API keys, and resolves the directory entry.
import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { DB } from '../infra/tokens';
import type { Db } from '../../../../libs/db/prisma';
import type { Role } from '../../../../libs/domain/taxonomy';
import { API_CONFIG, type ApiConfig } from '../config';
import { UnauthenticatedError } from '../common/errors';
import type { Identity } from './identity';

/** What is stored of an API key: its SHA-256 (the key is 192 random bits, so a fast hash is enough). */
export const hashApiKey = (key: string): string => createHash('sha256').update(key).digest('hex');

/** The scopes an API key states (ApiKey.scope); a CHECK in the database holds the province and organisation to them. */
export type ApiKeyScope = 'PROVINCE' | 'ORGANISATION' | 'NATIONAL';

/**
 * The roles a key may hold nationally (scope NATIONAL, stated when the key is
 * made): the national functions (SUPERVISOR, AUDITOR) and the national green
 * line, an INTAKE that files reports for every province. Any other role's key
 * names its province or organisation. The api-key command holds the same list.
 */
export const NATIONAL_KEY_ROLES: readonly Role[] = ['INTAKE', 'SUPERVISOR', 'AUDITOR'];

@Injectable()
export class Authenticator {
  private readonly jwks?: JWTVerifyGetKey;
  private readonly secret?: Uint8Array;

  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    @Inject(DB) private readonly db: Db,
  ) {
    if (config.JWT_JWKS_URL) this.jwks = createRemoteJWKSet(new URL(config.JWT_JWKS_URL));
    else if (config.JWT_SECRET && config.JWT_ALLOW_HS256) this.secret = new TextEncoder().encode(config.JWT_SECRET);
  }

  /** One verification per request: the rate limiter (before routing) and the guard share it. */
  private readonly verified = new WeakMap<object, Promise<Identity>>();

  fromHeaders(headers: Record<string, string | string[] | undefined>): Promise<Identity> {
    let identity = this.verified.get(headers);
    if (!identity) this.verified.set(headers, (identity = this.verify(headers)));
    return identity;
  }

  private async verify(headers: Record<string, string | string[] | undefined>): Promise<Identity> {
    const apiKey = headers['x-api-key'];
    if (typeof apiKey === 'string' && apiKey) return this.fromApiKey(apiKey);
    const auth = headers.authorization;
    if (typeof auth === 'string' && /^Bearer /i.test(auth)) return this.fromToken(auth.slice(7).trim());
    throw new UnauthenticatedError('send a bearer token (Authorization: Bearer …) or an API key (X-Api-Key)');
  }

  private async fromToken(token: string): Promise<Identity> {
    let payload: JWTPayload;
    try {
      const options = { audience: this.config.JWT_AUDIENCE, requiredClaims: ['exp'], ...(this.config.JWT_ISSUER ? { issuer: this.config.JWT_ISSUER } : {}) };
      if (this.jwks) ({ payload } = await jwtVerify(token, this.jwks, { ...options, algorithms: ['RS256'] }));
      else if (this.secret) ({ payload } = await jwtVerify(token, this.secret, { ...options, algorithms: ['HS256'] }));
      else throw new Error('no token verifier is configured');
    } catch (e) {
      throw new UnauthenticatedError(`the token is not valid (${(e as Error).message})`);
    }
    // A token is a short-lived credential: its whole lifetime, not only what is left of it, is bounded.
    const lifetime = payload.exp! - (payload.iat ?? Math.floor(Date.now() / 1000));
    if (lifetime > this.config.JWT_MAX_LIFETIME_SECONDS) {
      throw new UnauthenticatedError(`the token lives ${lifetime} s, more than the ${this.config.JWT_MAX_LIFETIME_SECONDS} s allowed`);
    }
    if (!payload.sub) throw new UnauthenticatedError('the token names no subject');
    return this.activeUser(payload.sub, 'the token names no active user');
  }

  /** The identity of a directory user, read now: a deactivated or demoted user loses access at once. */
  async activeUser(userId: string, refusal: string): Promise<Identity> {
    // every request asks this: through the pool, not Prisma's query compiler (libs/db/prisma.ts)
    const { rows } = await this.db.pg.query<{ id: string; role: string; provinceCode: string | null; organisationId: string | null; active: boolean }>(
      'SELECT "id", "role", "provinceCode", "organisationId", "active" FROM "User" WHERE "id" = $1',
      [userId],
    );
    const user = rows[0];
    if (!user || !user.active) throw new UnauthenticatedError(refusal);
    return { kind: 'user', userId: user.id, role: user.role as Role, provinceCode: user.provinceCode, organisationId: user.organisationId };
  }

  /** A key acts in the scope it states, until it expires or is revoked. */
  private async fromApiKey(key: string): Promise<Identity> {
    const row = await this.db.apiKey.findUnique({ where: { hash: hashApiKey(key) } });
    if (!row || row.revokedAt) throw new UnauthenticatedError('the API key is not valid');
    if (row.expiresAt.getTime() <= Date.now()) throw new UnauthenticatedError(`the API key ${row.prefix} expired on ${row.expiresAt.toISOString()}`);
    const role = row.role as Role;
    const who: Identity = { kind: 'api-key', userId: `api-key:${row.id}`, role, provinceCode: null, organisationId: null };
    switch (row.scope as ApiKeyScope) {
      case 'NATIONAL':
        if (!NATIONAL_KEY_ROLES.includes(role)) break;
        return who;
      case 'PROVINCE':
        if (!row.provinceCode) break;
        return { ...who, provinceCode: row.provinceCode };
      case 'ORGANISATION':
        if (!row.provinceCode || !row.organisationId) break;
        return { ...who, provinceCode: row.provinceCode, organisationId: row.organisationId };
    }
    throw new UnauthenticatedError(`the API key ${row.prefix} states no scope its role may have`);
  }
}
