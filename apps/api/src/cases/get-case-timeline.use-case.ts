// The pathway's own timeline of actions and facts (a workflow query); audited.
import { Injectable } from '@nestjs/common';
import { timelineQuery } from '../../../../workflows/case.messages';
import type { Identity } from '../auth/identity';
import { AuditLog, type AuditContext } from '../infra/audit-log';
import { PathwayGateway } from '../pathway/pathway.gateway';
import { CaseAccess } from './case-access';
import type { CaseTimeline } from './schemas';

@Injectable()
export class GetCaseTimelineUseCase {
  constructor(
    private readonly access: CaseAccess,
    private readonly pathways: PathwayGateway,
    private readonly audit: AuditLog,
  ) {}

  async execute(who: Identity, caseId: string, ctx: AuditContext): Promise<CaseTimeline> {
    const row = await this.access.load(who, caseId, 'case.timeline.read');
    const items = await this.pathways.query(row.workflowId, timelineQuery);
    await this.audit.append(who, 'case.timeline.read', ctx, { caseId });
    return { caseId, items };
  }
}
