// Administration beyond the pathway: a browser session for the queue board,
// machine clients' API keys.
import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { Identity } from '../auth/identity';
import { CurrentIdentity } from '../auth/current-identity';
import { Permit } from '../auth/permit.decorator';
import { RequestContext } from '../common/request-context';
import type { AuditContext } from '../infra/audit-log';
import { ApiKeysUseCase } from './api-keys.use-case';
import { OpenBoardSessionUseCase } from './open-board-session.use-case';
import { BOARD_PATH } from './queue-board';
import { ApiKeyListDto, ApiKeyViewDto, BoardSessionDto } from './schemas';
import { answer } from '../common/schemas';

@ApiTags('admin')
@ApiBearerAuth()
@ApiSecurity('api-key')
@Controller('api/v1/admin')
export class AdminController {
  constructor(
    private readonly openBoardSession: OpenBoardSessionUseCase,
    private readonly apiKeys: ApiKeysUseCase,
  ) {}

  @Post('queue-board/session')
  @HttpCode(201)
  @Permit('admin.queue-board')
  @ApiOperation({ summary: `Open the alert queue board (${BOARD_PATH}, read-only) in this browser: sets a 15-minute cookie for that path` })
  @ApiCreatedResponse({ type: answer(BoardSessionDto) })
  async boardSession(@CurrentIdentity() who: Identity, @Req() req: Request, @Res({ passthrough: true }) res: Response, @RequestContext() ctx: AuditContext) {
    const { cookie, ...session } = await this.openBoardSession.execute(who, req.secure, ctx);
    res.setHeader('Set-Cookie', cookie);
    return session;
  }

  @Get('api-keys')
  @Permit('admin.api-keys')
  @ApiOperation({ summary: "Machine clients' API keys: prefix, role, scope, expiry, revocation (never the key)" })
  @ApiOkResponse({ type: answer(ApiKeyListDto) })
  listApiKeys(@CurrentIdentity() who: Identity, @RequestContext() ctx: AuditContext) {
    return this.apiKeys.list(who, ctx);
  }

  @Post('api-keys/:id/revoke')
  @HttpCode(200)
  @Permit('admin.api-keys')
  @ApiOperation({ summary: 'Revoke an API key: refused from the next request on; audited' })
  @ApiOkResponse({ type: answer(ApiKeyViewDto) })
  revokeApiKey(@CurrentIdentity() who: Identity, @Param('id', new ParseUUIDPipe()) id: string, @RequestContext() ctx: AuditContext) {
    return this.apiKeys.revoke(who, id, ctx);
  }
}
