// The referrals an actor may see (by the permission table's scope), newest first; audited.
import { Inject, Injectable } from '@nestjs/common';
import type { Db } from '../../../../libs/db/prisma';
import type { Identity } from '../auth/identity';
import { AuditLog, type AuditContext } from '../infra/audit-log';
import { DB } from '../infra/tokens';
import { ReferralAccess } from './referral-access';
import type { ReferralListQueryDto } from './schemas';

@Injectable()
export class ListReferralsUseCase {
  constructor(
    @Inject(DB) private readonly db: Db,
    private readonly access: ReferralAccess,
    private readonly audit: AuditLog,
  ) {}

  async execute(who: Identity, q: ReferralListQueryDto, ctx: AuditContext) {
    const where = { status: q.status, caseId: q.caseId, ...this.access.listFilter(who) };
    const rows = await this.db.referral.findMany({ where, include: { case: { include: { child: true } }, organisation: true }, orderBy: { createdAt: 'desc' }, take: q.limit });
    await this.audit.append(who, 'referral.list', ctx, { caseId: q.caseId });
    return { items: rows.map((r) => this.access.view(r)) };
  }
}
