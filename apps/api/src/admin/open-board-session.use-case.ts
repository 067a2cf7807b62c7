// An administrator opens the queue board in a browser: a session cookie for
// the board's path (see BoardAccess); audited.
import { Injectable } from '@nestjs/common';
import type { Identity } from '../auth/identity';
import { AuditLog, type AuditContext } from '../infra/audit-log';
import { BoardAccess } from './board-access';
import { BOARD_PATH } from './queue-board';

@Injectable()
export class OpenBoardSessionUseCase {
  constructor(
    private readonly access: BoardAccess,
    private readonly audit: AuditLog,
  ) {}

  async execute(who: Identity, secure: boolean, ctx: AuditContext): Promise<{ cookie: string; url: string; expiresAt: string }> {
    const session = await this.access.openSession(who, secure);
    await this.audit.append(who, 'admin.queue-board.session', ctx, { resource: BOARD_PATH });
    return { cookie: session.cookie, url: BOARD_PATH, expiresAt: session.expiresAt };
  }
}
