// A case as a coordinator sees it: the record from PostgreSQL (one statement,
// case-access.ts readCaseView) and the
// pathway's view, which the workflow writes to the case row with every action
// (workflows/projections.ts) — no workflow query, so no history replays for a
// read. A pathway that has not written its view yet is queried. The read is audited.
import { Injectable } from '@nestjs/common';
import { stateQuery, type CaseState } from '../../../../workflows/case.workflow';
import type { Identity } from '../auth/identity';
import { AuditLog, type AuditContext } from '../infra/audit-log';
import { PathwayGateway } from '../pathway/pathway.gateway';
import { CaseAccess } from './case-access';
import type { Stage } from '../../../../libs/domain/pathway';
import type { CaseDetail } from './schemas';

@Injectable()
export class GetCaseUseCase {
  constructor(
    private readonly access: CaseAccess,
    private readonly pathways: PathwayGateway,
    private readonly audit: AuditLog,
  ) {}

  async execute(who: Identity, caseId: string, ctx: AuditContext): Promise<CaseDetail> {
    const row = await this.access.view(who, caseId, 'case.read');
    const pathway = (row.pathwayView as CaseState | null) ?? (await this.pathways.query(row.workflowId, stateQuery));
    await this.audit.append(who, 'case.read', ctx, { caseId });
    return {
      id: row.id,
      reference: row.reference,
      provinceCode: row.provinceCode,
      category: row.category,
      riskLevel: row.riskLevel,
      status: row.status as CaseDetail['status'],
      stage: row.stage as Stage,
      track: row.track,
      openedAt: row.openedAt.toISOString(),
      closedAt: row.closedAt?.toISOString() ?? null,
      workflowId: row.workflowId,
      // a merge of two cases of one child: the pointer both ways
      mergedIntoId: row.mergedIntoId,
      mergedAt: row.mergedAt?.toISOString() ?? null,
      merged: row.merged,
      child: this.access.childView(who, row.child),
      pathway,
    };
  }
}
