// Running an actor's action on a pathway: the case must exist and the
// permission table admit the actor on it (its province), the acting user and
// role travel with the update (the workflow's validator reads the same table), a retry
// by the same caller with the same Idempotency-Key is the same update (Temporal
// deduplicates by update id), the action is audited, and what the actor
// wrote is kept in the case's record (PostgreSQL), once per update.
import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { UpdateDefinition } from '@temporalio/common';
import type { Action } from '../../../../libs/domain/permissions';
import type { Actor } from '../../../../workflows/actor';
import type { CaseState } from '../../../../workflows/case.messages';
import type { Identity } from '../auth/identity';
import { CaseAccess } from '../cases/case-access';
import { AuditLog, type AuditContext } from '../infra/audit-log';
import { caseActionEntry } from '../record/record-kinds';
import { RecordStore } from '../record/record-store';
import { PathwayGateway } from './pathway.gateway';

export interface ActionRequest {
  who: Identity;
  caseId: string;
  ctx: AuditContext;
  idempotencyKey?: string;
}

/**
 * The Temporal update id of an action sent with an Idempotency-Key: the
 * action, then a digest of the caller and the key. A retry by the same caller
 * is the same update (Temporal returns the first outcome); the same key from
 * another caller is another update, judged by that caller's permissions. The
 * digest keeps the id short whatever the key's length.
 */
export const actionUpdateId = (action: Action, who: Identity, key: string): string =>
  `${action}:${createHash('sha256').update(`${who.userId}\n${key}`).digest('base64url')}`;

export const actorOf = (who: Identity): Actor => ({ userId: who.userId, role: who.role, provinceCode: who.provinceCode, organisationId: who.organisationId });

@Injectable()
export class CaseActions {
  constructor(
    private readonly access: CaseAccess,
    private readonly pathways: PathwayGateway,
    private readonly audit: AuditLog,
    private readonly record: RecordStore,
  ) {}

  async run<I extends { actor: Actor }>(req: ActionRequest, action: Action, def: UpdateDefinition<CaseState, [I]>, input: Omit<I, 'actor'>): Promise<CaseState> {
    const row = await this.access.gate(req.who, req.caseId, action);
    const assigneeId = (input as { assigneeId?: unknown }).assigneeId;
    if (action === 'case.acknowledge' && typeof assigneeId === 'string') await this.access.assertAssignee('assigneeId', assigneeId, row.provinceCode);
    const updateId = req.idempotencyKey ? actionUpdateId(action, req.who, req.idempotencyKey) : undefined;
    let state: CaseState;
    try {
      state = await this.pathways.update(row.workflowId, def, [{ ...input, actor: actorOf(req.who) } as I], { updateId });
      await this.audit.append(req.who, action, req.ctx, { caseId: row.id });
    } catch (e) {
      await this.audit.append(req.who, action, req.ctx, { caseId: row.id, outcome: `REFUSED: ${(e as Error).name}` });
      throw e;
    }
    // What the actor wrote goes to the case's record once the pathway accepted it, keyed by the
    // update id: a retry (same update, same answer) writes nothing more; a failure here is retried
    // with the same Idempotency-Key, which Temporal answers from the first update.
    const entry = caseActionEntry(action, input as Record<string, unknown>);
    if (entry) await this.record.write({ ...entry, caseId: row.id, who: req.who, key: updateId ? `${row.workflowId}/${updateId}` : null });
    return state;
  }
}
