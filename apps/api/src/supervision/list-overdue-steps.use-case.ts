// Open steps past their due time, by province, with how late and the current ladder level.
import { Inject, Injectable } from '@nestjs/common';
import type { Db } from '../../../../libs/db/prisma';
import { provinceFilter, type Identity } from '../auth/identity';
import { AuditLog, listFilters, type AuditContext } from '../infra/audit-log';
import { DB } from '../infra/tokens';
import type { Overdue } from './schemas';

@Injectable()
export class ListOverdueStepsUseCase {
  constructor(
    @Inject(DB) private readonly db: Db,
    private readonly audit: AuditLog,
  ) {}

  async execute(who: Identity, q: { provinceCode?: string }, ctx: AuditContext): Promise<Overdue> {
    const provinceCode = provinceFilter('supervision.overdue', who, q.provinceCode);
    const now = new Date();
    const rows = await this.db.openStep.findMany({
      where: { status: 'OPEN', dueAt: { lt: now }, ...(provinceCode ? { provinceCode } : {}) },
      orderBy: { dueAt: 'asc' },
      take: 1000,
      include: { case: { select: { reference: true, category: true, riskLevel: true } } },
    });
    await this.audit.append(who, 'supervision.overdue', ctx, { detail: listFilters(q) });
    const byProvince: Overdue['byProvince'] = {};
    for (const r of rows) {
      (byProvince[r.provinceCode] ??= []).push({
        caseId: r.caseId,
        caseReference: r.case.reference,
        category: r.case.category,
        riskLevel: r.case.riskLevel,
        step: r.step,
        stepKey: r.key,
        dueAt: r.dueAt.toISOString(),
        lateMs: now.getTime() - r.dueAt.getTime(),
        level: r.level,
      });
    }
    return { at: now.toISOString(), total: rows.length, byProvince };
  }
}
