// Administration beyond the pathway: a browser session for the queue board.
import { Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { Identity } from '../auth/identity';
import { CurrentIdentity } from '../auth/current-identity';
import { Permit } from '../auth/permit.decorator';
import { RequestContext } from '../common/request-context';
import type { AuditContext } from '../infra/audit-log';
import { OpenBoardSessionUseCase } from './open-board-session.use-case';
import { BOARD_PATH } from './queue-board';

@ApiTags('admin')
@ApiBearerAuth()
@ApiSecurity('api-key')
@Controller('api/v1/admin')
export class AdminController {
  constructor(private readonly openBoardSession: OpenBoardSessionUseCase) {}

  @Post('queue-board/session')
  @HttpCode(201)
  @Permit('admin.queue-board')
  @ApiOperation({ summary: `Open the alert queue board (${BOARD_PATH}, read-only) in this browser: sets a 15-minute cookie for that path` })
  async boardSession(@CurrentIdentity() who: Identity, @Req() req: Request, @Res({ passthrough: true }) res: Response, @RequestContext() ctx: AuditContext) {
    const { cookie, ...session } = await this.openBoardSession.execute(who, req.secure, ctx);
    res.setHeader('Set-Cookie', cookie);
    return session;
  }
}
