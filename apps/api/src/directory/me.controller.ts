// The signed-in user's own directory entry, and their preferences: the
// language of their alerts and the order of channels for non-urgent notices
// (an escalation always goes on every channel they have).
import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { CHANNELS } from '../../../../libs/notify/channels';
import type { Identity } from '../auth/identity';
import { CurrentIdentity } from '../auth/current-identity';
import { Permit } from '../auth/permit.decorator';
import { RequestContext } from '../common/request-context';
import type { AuditContext } from '../infra/audit-log';
import { GetMyProfileUseCase } from './get-my-profile.use-case';
import { SetPreferencesUseCase } from './set-preferences.use-case';
import { MeDto, UserProfileDto } from './schemas';
import { answer } from '../common/schemas';

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
  .refine((p) => p.channelOrder !== undefined || p.language !== undefined, 'give channelOrder, language or both')
  .meta({ examples: [{ channelOrder: ['SMS', 'EMAIL'], language: 'fr' }] });
class PreferencesDto extends createZodDto(preferencesSchema) {}

@ApiTags('directory')
@ApiBearerAuth()
@Controller('api/v1/me')
export class MeController {
  constructor(
    private readonly getMyProfile: GetMyProfileUseCase,
    private readonly setPrefs: SetPreferencesUseCase,
  ) {}

  @Get()
  @Permit('me.read')
  @ApiOperation({ summary: 'The signed-in user: role, province, organisation, contact details and notification preferences' })
  @ApiOkResponse({ type: answer(MeDto) })
  me(@CurrentIdentity() who: Identity) {
    return this.getMyProfile.execute(who);
  }

  @Put('preferences')
  @Permit('me.preferences')
  @ApiOperation({ summary: 'Set the language of one’s alerts and the order of channels for non-urgent notices' })
  @ApiOkResponse({ type: answer(UserProfileDto) })
  setPreferences(@CurrentIdentity() who: Identity, @Body() body: PreferencesDto, @RequestContext() ctx: AuditContext) {
    return this.setPrefs.execute(who, body, ctx);
  }
}
