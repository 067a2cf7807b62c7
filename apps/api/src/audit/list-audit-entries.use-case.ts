// The audit trail for auditors, filtered, newest first, keyset-paged on the
// entry id; reading it is itself audited.
import { Inject, Injectable } from '@nestjs/common';
import type { Db } from '../../../../libs/db/prisma';
import type { Identity } from '../auth/identity';
import { AuditLog, type AuditContext } from '../infra/audit-log';
import { DB } from '../infra/tokens';
import type { AuditPage } from './schemas';

export interface AuditQuery {
  caseId?: string;
  actorId?: string;
  action?: string;
  from?: string;
  to?: string;
  cursor?: string;
  limit: number;
}

@Injectable()
export class ListAuditEntriesUseCase {
  constructor(
    @Inject(DB) private readonly db: Db,
    private readonly audit: AuditLog,
  ) {}

  async execute(who: Identity, q: AuditQuery, ctx: AuditContext): Promise<AuditPage> {
    const rows = await this.db.auditEntry.findMany({
      where: {
        caseId: q.caseId,
        actorId: q.actorId,
        action: q.action,
        at: { gte: q.from ? new Date(q.from) : undefined, lte: q.to ? new Date(q.to) : undefined },
        id: q.cursor ? { lt: BigInt(q.cursor) } : undefined,
      },
      orderBy: { id: 'desc' },
      take: q.limit,
    });
    await this.audit.append(who, 'audit.read', ctx, { caseId: q.caseId });
    return {
      items: rows.map((r) => ({ ...r, id: r.id.toString(), at: r.at.toISOString() })),
      nextCursor: rows.length === q.limit ? rows[rows.length - 1].id.toString() : null,
    };
  }
}
