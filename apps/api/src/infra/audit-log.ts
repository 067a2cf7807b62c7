// The audit trail: every read of a child's file and every action, appended to
// a table the database refuses to update or delete.
import { Inject, Injectable } from '@nestjs/common';
import type { Db, Prisma } from '../../../../libs/db/prisma';
import type { Identity } from '../auth/identity';
import { DB } from './tokens';

export interface AuditContext {
  requestId?: string;
  sourceIp?: string;
}

@Injectable()
export class AuditLog {
  constructor(@Inject(DB) private readonly db: Db) {}

  /** `tx`: inside a write's transaction, so the action and its audit entry land together. */
  async append(
    who: Identity,
    action: string,
    ctx: AuditContext,
    target: { caseId?: string; resource?: string; outcome?: string } = {},
    tx: Prisma.TransactionClient = this.db,
  ): Promise<void> {
    await tx.auditEntry.create({
      data: {
        actorId: who.userId,
        actorRole: who.role,
        action,
        caseId: target.caseId ?? null,
        resource: target.resource ?? null,
        requestId: ctx.requestId ?? null,
        sourceIp: ctx.sourceIp ?? null,
        outcome: target.outcome ?? 'OK',
      },
    });
  }
}
