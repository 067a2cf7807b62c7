// Running a provider's action on a referral's pathway (accept, decline, start,
// complete): the referral must exist and the permission table admit the actor
// on it, the acting user travels with the update, a retry with the same
// Idempotency-Key is the same update, the action is audited, and the service
// report (a reason, a summary) is kept in the case's record.
import { Injectable } from '@nestjs/common';
import type { UpdateDefinition } from '@temporalio/common';
import { referralWorkflowId } from '../../../../libs/domain/ids';
import type { Action } from '../../../../libs/domain/permissions';
import type { Actor } from '../../../../workflows/actor';
import type { Identity } from '../auth/identity';
import { AuditLog, type AuditContext } from '../infra/audit-log';
import { actionUpdateId, actorOf } from '../pathway/case-actions';
import { PathwayGateway } from '../pathway/pathway.gateway';
import { referralActionEntry } from '../record/record-kinds';
import { RecordStore } from '../record/record-store';
import { ReferralAccess } from './referral-access';

export interface ReferralActionRequest {
  who: Identity;
  referralId: string;
  ctx: AuditContext;
  idempotencyKey?: string;
}

@Injectable()
export class ReferralActions {
  constructor(
    private readonly access: ReferralAccess,
    private readonly pathways: PathwayGateway,
    private readonly audit: AuditLog,
    private readonly record: RecordStore,
  ) {}

  async run<R, I extends { actor: Actor }>(req: ReferralActionRequest, action: Action, def: UpdateDefinition<R, [I]>, input: Omit<I, 'actor'>): Promise<R> {
    const row = await this.access.load(req.who, req.referralId, action);
    const updateId = req.idempotencyKey ? actionUpdateId(action, req.who, req.idempotencyKey) : undefined;
    const workflowId = referralWorkflowId(req.referralId);
    const state = await this.pathways.update(workflowId, def, [{ ...input, actor: actorOf(req.who) } as I], { updateId });
    await this.audit.append(req.who, action, req.ctx, { caseId: row.caseId, resource: `referral/${req.referralId}` });
    // The provider's service report goes to the case's record, once per update (see CaseActions).
    const entry = referralActionEntry(action, input as Record<string, unknown>, row);
    if (entry) await this.record.write({ ...entry, caseId: row.caseId, who: req.who, key: updateId ? `${workflowId}/${updateId}` : null });
    return state;
  }
}
