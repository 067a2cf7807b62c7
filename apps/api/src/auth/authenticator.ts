// Verifies bearer tokens (HS256 with a configured secret, or RS256 against an
// identity provider's JWKS) and API keys, and resolves the directory entry.
import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { DB } from '../infra/tokens';
import type { Db } from '../../../../libs/db/prisma';
import type { Role } from '../../../../libs/domain/taxonomy';
import { API_CONFIG, type ApiConfig } from '../config';
import { UnauthenticatedError } from '../common/errors';
import type { Identity } from './identity';

export const hashApiKey = (key: string): string => createHash('sha256').update(key).digest('hex');

@Injectable()
export class Authenticator {
  private readonly jwks?: JWTVerifyGetKey;
  private readonly secret?: Uint8Array;

  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    @Inject(DB) private readonly db: Db,
  ) {
    if (config.JWT_JWKS_URL) this.jwks = createRemoteJWKSet(new URL(config.JWT_JWKS_URL));
    if (config.JWT_SECRET) this.secret = new TextEncoder().encode(config.JWT_SECRET);
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
    let sub: string | undefined;
    try {
      const options = { audience: this.config.JWT_AUDIENCE, ...(this.config.JWT_ISSUER ? { issuer: this.config.JWT_ISSUER } : {}) };
      const { payload } = this.jwks
        ? await jwtVerify(token, this.jwks, { ...options, algorithms: ['RS256'] })
        : await jwtVerify(token, this.secret!, { ...options, algorithms: ['HS256'] });
      sub = payload.sub;
    } catch (e) {
      throw new UnauthenticatedError(`the token is not valid (${(e as Error).message})`);
    }
    if (!sub) throw new UnauthenticatedError('the token names no subject');
    return this.activeUser(sub, 'the token names no active user');
  }

  /** The identity of a directory user, read now: a deactivated or demoted user loses access at once. */
  async activeUser(userId: string, refusal: string): Promise<Identity> {
    const user = await this.db.user.findUnique({ where: { id: userId } });
    if (!user || !user.active) throw new UnauthenticatedError(refusal);
    return { kind: 'user', userId: user.id, role: user.role as Role, provinceCode: user.provinceCode, organisationId: user.organisationId };
  }

  private async fromApiKey(key: string): Promise<Identity> {
    const row = await this.db.apiKey.findUnique({ where: { hash: hashApiKey(key) } });
    if (!row || row.revokedAt) throw new UnauthenticatedError('the API key is not valid');
    return { kind: 'api-key', userId: `api-key:${row.id}`, role: row.role as Role, provinceCode: row.provinceCode, organisationId: null };
  }
}
