// The signed-in user's directory entry: the user repository the profile use cases share.
import { Inject, Injectable } from '@nestjs/common';
import type { Db, Prisma } from '../../../../libs/db/prisma';
import type { Identity } from '../auth/identity';
import { ForbiddenError, NotFoundError } from '../common/errors';
import { DB } from '../infra/tokens';
import type { UserProfile } from './schemas';
import type { Role } from '../../../../libs/domain/taxonomy';

type UserRow = Prisma.UserGetPayload<object>;

@Injectable()
export class UserProfiles {
  constructor(@Inject(DB) private readonly db: Db) {}

  /** The caller's own row: an API key has none (403), a user removed since the token was issued is a 404. */
  async load(who: Identity): Promise<UserRow> {
    if (who.kind !== 'user') throw new ForbiddenError('an API key has no user profile');
    const user = await this.db.user.findUnique({ where: { id: who.userId } });
    if (!user) throw new NotFoundError(`no user ${who.userId}`);
    return user;
  }

  update(userId: string, data: { channelOrder?: string[]; language?: string }): Promise<UserRow> {
    return this.db.user.update({ where: { id: userId }, data });
  }

  view(u: UserRow): UserProfile {
    return {
      id: u.id,
      role: u.role as Role,
      provinceCode: u.provinceCode,
      organisationId: u.organisationId,
      displayName: u.displayName,
      email: u.email,
      phone: u.phone,
      language: u.language,
      channelOrder: u.channelOrder,
    };
  }
}
