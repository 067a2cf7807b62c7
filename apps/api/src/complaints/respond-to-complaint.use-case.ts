// Answering a complaint, once, by the province's supervising authorities (the
// permission table's 'complaint.respond'). A complaint about a case is
// answered through its workflow (which closes the deadline and stops the
// ladder); one about the service in general has no workflow: its row is the record.
import { Inject, Injectable } from '@nestjs/common';
import type { Db } from '../../../../libs/db/prisma';
import { respondToComplaintUpdate } from '../../../../workflows/complaint.workflow';
import { permit, type Identity } from '../auth/identity';
import { ConflictError, NotFoundError } from '../common/errors';
import { AuditLog, type AuditContext } from '../infra/audit-log';
import { DB } from '../infra/tokens';
import { actorOf } from '../pathway/case-actions';
import { PathwayGateway } from '../pathway/pathway.gateway';
import { ComplainantReplies } from './complainant-replies';
import type { ComplaintAnswered } from './schemas';

@Injectable()
export class RespondToComplaintUseCase {
  constructor(
    @Inject(DB) private readonly db: Db,
    private readonly pathways: PathwayGateway,
    private readonly audit: AuditLog,
    private readonly replies: ComplainantReplies,
  ) {}

  async execute(who: Identity, id: string, response: string, ctx: AuditContext, idempotencyKey?: string): Promise<ComplaintAnswered> {
    const row = await this.db.complaint.findUnique({ where: { id } });
    if (!row) throw new NotFoundError(`no complaint ${id}`);
    permit('complaint.respond', who, { provinceCode: row.provinceCode });
    try {
      if (row.workflowId) {
        const state = await this.pathways.update(row.workflowId, respondToComplaintUpdate, [{ actor: actorOf(who), response }], {
          updateId: idempotencyKey ? `complaint.respond:${idempotencyKey}` : undefined,
        });
        await this.audit.append(who, 'complaint.respond', ctx, { caseId: row.caseId ?? undefined, resource: `complaint/${id}` });
        // a complainant from outside who wrote by SMS gets the answer by SMS (once)
        await this.replies.answered(row, response);
        return { id, ...state };
      }
      const respondedAt = new Date();
      const { count } = await this.db.complaint.updateMany({
        where: { id, status: 'OPEN' },
        data: { status: 'ANSWERED', respondedAt, respondedBy: who.userId, response: response.trim() },
      });
      if (count === 0) throw new ConflictError('already_answered', 'the complaint has already been answered');
      await this.audit.append(who, 'complaint.respond', ctx, { resource: `complaint/${id}` });
      return { id, status: 'ANSWERED', dueAt: null, level: -1, respondedAt: respondedAt.toISOString(), respondedBy: who.userId };
    } catch (e) {
      if (e instanceof ConflictError || e instanceof NotFoundError) {
        await this.audit.append(who, 'complaint.respond', ctx, { caseId: row.caseId ?? undefined, resource: `complaint/${id}`, outcome: `REFUSED: ${e.name}` });
      }
      if (e instanceof NotFoundError && row.status === 'ANSWERED') throw new ConflictError('already_answered', 'the complaint has already been answered');
      throw e;
    }
  }
}
