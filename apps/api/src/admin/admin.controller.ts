// Administration beyond the pathway: a browser session for the queue board.
import { Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { Identity } from '../auth/identity';
import { CurrentIdentity } from '../auth/current-identity';
import { Roles } from '../auth/roles.decorator';
import { RequestContext } from '../common/request-context';
import { AuditLog, type AuditContext } from '../infra/audit-log';
import { BoardAccess } from './board-access';
import { BOARD_PATH } from './queue-board';

@ApiTags('admin')
@ApiBearerAuth()
@ApiSecurity('api-key')
@Controller('api/v1/admin')
export class AdminController {
  constructor(
    private readonly access: BoardAccess,
    private readonly audit: AuditLog,
  ) {}

  @Post('queue-board/session')
  @HttpCode(201)
  @Roles('ADMIN')
  @ApiOperation({ summary: `Open the alert queue board (${BOARD_PATH}, read-only) in this browser: sets a 15-minute cookie for that path` })
  async boardSession(@CurrentIdentity() who: Identity, @Req() req: Request, @Res({ passthrough: true }) res: Response, @RequestContext() ctx: AuditContext) {
    const session = await this.access.openSession(who, req.secure);
    await this.audit.append(who, 'admin.queue-board.session', ctx, { resource: BOARD_PATH });
    res.setHeader('Set-Cookie', session.cookie);
    return { url: BOARD_PATH, expiresAt: session.expiresAt };
  }
}
