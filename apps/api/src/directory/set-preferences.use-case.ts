// A user sets the language of their alerts and the order of channels for
// non-urgent notices (an escalation always goes on every channel they have).
import { Injectable } from '@nestjs/common';
import { CHANNELS, type Channel } from '../../../../libs/notify/channels';
import type { Identity } from '../auth/identity';
import { AuditLog, type AuditContext } from '../infra/audit-log';
import { UserProfiles } from './user-profiles';
import type { UserProfile } from './schemas';

@Injectable()
export class SetPreferencesUseCase {
  constructor(
    private readonly users: UserProfiles,
    private readonly audit: AuditLog,
  ) {}

  async execute(who: Identity, body: { channelOrder?: Channel[]; language?: 'ar' | 'fr' }, ctx: AuditContext): Promise<UserProfile> {
    await this.users.load(who);
    // Stored as given, then the channels left out, so every channel keeps a place.
    const channelOrder = body.channelOrder ? [...body.channelOrder, ...CHANNELS.filter((c) => !body.channelOrder!.includes(c))] : undefined;
    const user = await this.users.update(who.userId, { channelOrder, language: body.language });
    await this.audit.append(who, 'me.preferences', ctx, { resource: `user/${who.userId}` });
    return this.users.view(user);
  }
}
