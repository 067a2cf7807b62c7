// The complaints of a province (or every province for a national role), newest first; audited.
// A complainant's phone number and the intake's deduplication key stay in the
// database: the answer goes back by the complaint's own channel, so nobody
// reading the list needs them.
import { Inject, Injectable } from '@nestjs/common';
import type { Db } from '../../../../libs/db/prisma';
import { provinceFilter, type Identity } from '../auth/identity';
import { AuditLog, listFilters, type AuditContext } from '../infra/audit-log';
import { DB } from '../infra/tokens';
import type { ComplaintList } from './schemas';

@Injectable()
export class ListComplaintsUseCase {
  constructor(
    @Inject(DB) private readonly db: Db,
    private readonly audit: AuditLog,
  ) {}

  async execute(who: Identity, q: { provinceCode?: string; status?: string }, ctx: AuditContext): Promise<ComplaintList> {
    const provinceCode = provinceFilter('complaint.list', who, q.provinceCode);
    // the answer's fields, named: a column added to the row (the complainant's number, the intake's key) never goes out by itself
    const rows = await this.db.complaint.findMany({ where: { provinceCode, status: q.status }, orderBy: { createdAt: 'desc' }, take: 500, select: LISTED });
    await this.audit.append(who, 'complaint.list', ctx, { detail: listFilters(q) });
    return { items: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), dueAt: r.dueAt?.toISOString() ?? null, respondedAt: r.respondedAt?.toISOString() ?? null })) };
  }
}

const LISTED = {
  id: true,
  caseId: true,
  provinceCode: true,
  channel: true,
  text: true,
  status: true,
  createdAt: true,
  workflowId: true,
  dueAt: true,
  respondedAt: true,
  respondedBy: true,
  response: true,
  origin: true,
  reference: true,
  language: true,
} satisfies Record<keyof ComplaintList['items'][number], true>;
