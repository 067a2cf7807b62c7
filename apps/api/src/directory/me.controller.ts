// The signed-in user's own directory entry, and their preferences: the
// language of their alerts and the order of channels for non-urgent notices
// (an escalation always goes on every channel they have).
import { Body, Controller, Get, Inject, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import type { Db, Prisma } from '../../../../libs/db/prisma';
import { ROLES } from '../../../../libs/domain/taxonomy';
import { CHANNELS } from '../../../../libs/notify/channels';
import type { Identity } from '../auth/identity';
import { CurrentIdentity } from '../auth/current-identity';
import { Roles } from '../auth/roles.decorator';
import { ForbiddenError, NotFoundError } from '../common/errors';
import { RequestContext } from '../common/request-context';
import { AuditLog, type AuditContext } from '../infra/audit-log';
import { DB } from '../infra/tokens';

const preferencesSchema = z
  .object({
    channelOrder: z
      .array(z.enum(CHANNELS))
      .min(1)
      .max(CHANNELS.length)
      .refine((l) => new Set(l).size === l.length, 'each channel at most once')
      .optional()
      .meta({ example: ['SMS', 'EMAIL'] }),
    language: z.enum(['ar', 'fr']).optional(),
  })
  .strict()
  .refine((p) => p.channelOrder !== undefined || p.language !== undefined, 'give channelOrder, language or both');
class PreferencesDto extends createZodDto(preferencesSchema) {}

@ApiTags('directory')
@ApiBearerAuth()
@Controller('api/v1/me')
export class MeController {
  constructor(
    @Inject(DB) private readonly db: Db,
    private readonly audit: AuditLog,
  ) {}

  @Get()
  @Roles(...ROLES)
  @ApiOperation({ summary: 'The signed-in user: role, province, organisation, contact details and notification preferences' })
  async me(@CurrentIdentity() who: Identity) {
    return this.view(await this.load(who));
  }

  @Put('preferences')
  @Roles(...ROLES)
  @ApiOperation({ summary: 'Set the language of one’s alerts and the order of channels for non-urgent notices' })
  async setPreferences(@CurrentIdentity() who: Identity, @Body() body: PreferencesDto, @RequestContext() ctx: AuditContext) {
    await this.load(who);
    // Stored as given, then the channels left out, so every channel keeps a place.
    const channelOrder = body.channelOrder ? [...body.channelOrder, ...CHANNELS.filter((c) => !body.channelOrder!.includes(c))] : undefined;
    const user = await this.db.user.update({ where: { id: who.userId }, data: { channelOrder, language: body.language } });
    await this.audit.append(who, 'me.preferences', ctx, { resource: `user/${who.userId}` });
    return this.view(user);
  }

  private async load(who: Identity) {
    if (who.kind !== 'user') throw new ForbiddenError('an API key has no user profile');
    const user = await this.db.user.findUnique({ where: { id: who.userId } });
    if (!user) throw new NotFoundError(`no user ${who.userId}`);
    return user;
  }

  private view(u: Prisma.UserGetPayload<object>) {
    return {
      id: u.id,
      role: u.role,
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
