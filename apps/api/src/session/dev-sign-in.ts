// The development sign-in: the demo users of the seed, and a token for one of
// them signed like `npm run token` (HS256 with JWT_SECRET, audience
// JWT_AUDIENCE), but short-lived: the console signs in again when it expires.
import { Inject, Injectable } from '@nestjs/common';
import { SignJWT } from 'jose';
import type { Db } from '../../../../libs/db/prisma';
import { NotFoundError } from '../common/errors';
import { API_CONFIG, type ApiConfig } from '../config';
import { DB } from '../infra/tokens';
import type { DemoUsers, DevToken } from './schemas';
import type { Role } from '../../../../libs/domain/taxonomy';

/** Lifetime of a development token, in seconds. */
export const DEV_TOKEN_SECONDS = 30 * 60;

@Injectable()
export class DevSignIn {
  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    @Inject(DB) private readonly db: Db,
  ) {}

  async users(): Promise<DemoUsers> {
    const rows = await this.db.user.findMany({
      where: { active: true, id: { startsWith: 'u-' } },
      select: { id: true, role: true, provinceCode: true, organisationId: true, displayName: true, language: true },
      orderBy: [{ provinceCode: 'asc' }, { id: 'asc' }],
    });
    return { items: rows.map((r) => ({ ...r, role: r.role as Role })) };
  }

  async token(userId: string): Promise<DevToken> {
    const user = await this.db.user.findFirst({ where: { id: userId, active: true } });
    if (!user) throw new NotFoundError(`no active demo user ${userId}`);
    const now = Math.floor(Date.now() / 1000);
    const expiresAt = now + DEV_TOKEN_SECONDS;
    const accessToken = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(user.id)
      .setAudience(this.config.JWT_AUDIENCE)
      .setIssuedAt(now)
      .setExpirationTime(expiresAt)
      .sign(new TextEncoder().encode(this.config.JWT_SECRET!));
    return { accessToken, expiresAt: new Date(expiresAt * 1000).toISOString() };
  }
}
