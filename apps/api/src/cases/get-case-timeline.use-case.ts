// The pathway's own timeline of actions and facts: its rows in PostgreSQL
// (case-timeline.ts), or a query on a pathway whose runs predate them; audited.
import { Inject, Injectable } from '@nestjs/common';
import type { Db } from '../../../../libs/db/prisma';
import { timelineQuery } from '../../../../workflows/case.messages';
import type { Identity } from '../auth/identity';
import { AuditLog, type AuditContext } from '../infra/audit-log';
import { DB } from '../infra/tokens';
import { PathwayGateway } from '../pathway/pathway.gateway';
import { CaseAccess } from './case-access';
import { readTimeline } from './case-timeline';
import type { CaseTimeline } from './schemas';

@Injectable()
export class GetCaseTimelineUseCase {
  constructor(
    @Inject(DB) private readonly db: Db,
    private readonly access: CaseAccess,
    private readonly pathways: PathwayGateway,
    private readonly audit: AuditLog,
  ) {}

  async execute(who: Identity, caseId: string, ctx: AuditContext): Promise<CaseTimeline> {
    const row = await this.access.gate(who, caseId, 'case.timeline.read');
    const items = (await readTimeline(this.db, caseId)) ?? (await this.pathways.query(row.workflowId, timelineQuery));
    await this.audit.append(who, 'case.timeline.read', ctx, { caseId });
    return { caseId, items };
  }
}
