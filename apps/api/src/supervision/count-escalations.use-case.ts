// Escalations counted by period, province, ladder level and role.
import { Inject, Injectable } from '@nestjs/common';
import type { Db } from '../../../../libs/db/prisma';
import { provinceFilter, type Identity } from '../auth/identity';
import { AuditLog, listFilters, type AuditContext } from '../infra/audit-log';
import { DB } from '../infra/tokens';
import type { EscalationCounts } from './schemas';

@Injectable()
export class CountEscalationsUseCase {
  constructor(
    @Inject(DB) private readonly db: Db,
    private readonly audit: AuditLog,
  ) {}

  async execute(who: Identity, q: { provinceCode?: string; from?: string; to?: string; period: 'day' | 'week' | 'month' }, ctx: AuditContext): Promise<EscalationCounts> {
    const provinceCode = provinceFilter('supervision.escalations', who, q.provinceCode);
    const rows = await this.db.$queryRawUnsafe<{ period: Date; provinceCode: string; level: number; role: string; count: bigint }[]>(
      `SELECT date_trunc($1, "alertedAt") AS period, "provinceCode", level, role, count(*) AS count
         FROM "Escalation"
        WHERE ($2::text IS NULL OR "provinceCode" = $2)
          AND ($3::timestamptz IS NULL OR "alertedAt" >= $3)
          AND ($4::timestamptz IS NULL OR "alertedAt" < $4)
        GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3`,
      q.period,
      provinceCode ?? null,
      // Normalised to UTC: the database never sees an offset it might refuse.
      q.from ? new Date(q.from).toISOString() : null,
      q.to ? new Date(q.to).toISOString() : null,
    );
    await this.audit.append(who, 'supervision.escalations', ctx, { detail: listFilters(q) });
    return { period: q.period, items: rows.map((r) => ({ period: r.period.toISOString(), provinceCode: r.provinceCode, level: r.level, role: r.role, count: Number(r.count) })) };
  }
}
