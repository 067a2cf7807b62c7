// Running an actor's action on a pathway: the case must exist and the
// permission table admit the actor on it (its province), the acting user and
// role travel with the update (the workflow's validator reads the same table), a retry
// with the same Idempotency-Key is the same update (Temporal deduplicates by
// update id), and the action is audited.
import { Injectable } from '@nestjs/common';
import type { UpdateDefinition } from '@temporalio/common';
import type { Action } from '../../../../libs/domain/permissions';
import type { Actor } from '../../../../workflows/actor';
import type { CaseState } from '../../../../workflows/case.messages';
import type { Identity } from '../auth/identity';
import { CaseAccess } from '../cases/case-access';
import { AuditLog, type AuditContext } from '../infra/audit-log';
import { PathwayGateway } from './pathway.gateway';

export interface ActionRequest {
  who: Identity;
  caseId: string;
  ctx: AuditContext;
  idempotencyKey?: string;
}

export const actorOf = (who: Identity): Actor => ({ userId: who.userId, role: who.role, provinceCode: who.provinceCode, organisationId: who.organisationId });

@Injectable()
export class CaseActions {
  constructor(
    private readonly access: CaseAccess,
    private readonly pathways: PathwayGateway,
    private readonly audit: AuditLog,
  ) {}

  async run<I extends { actor: Actor }>(req: ActionRequest, action: Action, def: UpdateDefinition<CaseState, [I]>, input: Omit<I, 'actor'>): Promise<CaseState> {
    const row = await this.access.load(req.who, req.caseId, action);
    const assigneeId = (input as { assigneeId?: unknown }).assigneeId;
    if (action === 'case.acknowledge' && typeof assigneeId === 'string') await this.access.assertAssignee('assigneeId', assigneeId, row.provinceCode);
    const updateId = req.idempotencyKey ? `${action}:${req.idempotencyKey}` : undefined;
    try {
      const state = await this.pathways.update(row.workflowId, def, [{ ...input, actor: actorOf(req.who) } as I], { updateId });
      await this.audit.append(req.who, action, req.ctx, { caseId: row.id });
      return state;
    } catch (e) {
      await this.audit.append(req.who, action, req.ctx, { caseId: row.id, outcome: `REFUSED: ${(e as Error).name}` });
      throw e;
    }
  }
}
