// The cases of a province from PostgreSQL, with their stage and open steps;
// keyset-paged on the case id. The read is audited.
import { Inject, Injectable } from '@nestjs/common';
import type { Db } from '../../../../libs/db/prisma';
import { provinceFilter, type Identity } from '../auth/identity';
import { AuditLog, listFilters, type AuditContext } from '../infra/audit-log';
import { DB } from '../infra/tokens';
import type { CaseList, CaseListQueryDto } from './schemas';
import type { Stage } from '../../../../libs/domain/pathway';

@Injectable()
export class ListCasesUseCase {
  constructor(
    @Inject(DB) private readonly db: Db,
    private readonly audit: AuditLog,
  ) {}

  async execute(who: Identity, q: CaseListQueryDto, ctx: AuditContext): Promise<CaseList> {
    const provinceCode = provinceFilter('case.list', who, q.provinceCode);
    const rows = await this.db.case.findMany({
      where: { provinceCode, status: q.status, stage: q.stage, ...(q.cursor ? { id: { gt: q.cursor } } : {}) },
      orderBy: { id: 'asc' },
      take: q.limit,
      include: { openSteps: { where: { status: 'OPEN' }, select: { step: true, dueAt: true, level: true } } },
    });
    await this.audit.append(who, 'case.list', ctx, { detail: listFilters(q) });
    return {
      items: rows.map((r) => ({
        id: r.id,
        reference: r.reference,
        provinceCode: r.provinceCode,
        category: r.category,
        riskLevel: r.riskLevel,
        track: r.track,
        stage: r.stage as Stage,
        status: r.status as CaseList['items'][number]['status'],
        assigneeId: r.assigneeId,
        openedAt: r.openedAt.toISOString(),
        openSteps: r.openSteps.map((s) => ({ step: s.step, dueAt: s.dueAt.toISOString(), level: s.level, overdue: s.dueAt.getTime() < Date.now() })),
      })),
      nextCursor: rows.length === q.limit ? rows[rows.length - 1].id : null,
    };
  }
}
