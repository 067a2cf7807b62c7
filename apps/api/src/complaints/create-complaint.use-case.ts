// Recording a complaint (measure 56): from a child, a family or an actor,
// about a case or about the service in general. The row, the audit entry and
// the answer to the Idempotency-Key are written in one transaction (one
// complaint per key, even for two requests at once); a complaint about a case
// then gets its response deadline and ladder (a complaint workflow).
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Db, Prisma } from '../../../../libs/db/prisma';
import { complaintWorkflowId } from '../../../../libs/domain/ids';
import type { Category, RiskLevel } from '../../../../libs/domain/taxonomy';
import { permit, type Identity } from '../auth/identity';
import { NotFoundError, UnprocessableError } from '../common/errors';
import { AuditLog, type AuditContext } from '../infra/audit-log';
import { IdempotentPost } from '../infra/idempotent-post';
import { ProvinceCatalogue } from '../infra/provinces';
import { DB } from '../infra/tokens';
import { PathwayGateway } from '../pathway/pathway.gateway';

const SCOPE = 'complaints';

export interface NewComplaint {
  provinceCode: string;
  caseId?: string;
  channel: string;
  text: string;
}

export interface ComplaintCreated {
  id: string;
  createdAt: string;
  /** set when the complaint is about a case: its response deadline runs there */
  workflowId: string | null;
}

type CaseRow = Prisma.CaseGetPayload<object>;

@Injectable()
export class CreateComplaintUseCase {
  constructor(
    @Inject(DB) private readonly db: Db,
    private readonly idempotentPost: IdempotentPost,
    private readonly audit: AuditLog,
    private readonly provinces: ProvinceCatalogue,
    private readonly pathways: PathwayGateway,
  ) {}

  async execute(who: Identity, body: NewComplaint, ctx: AuditContext, idempotencyKey?: string): Promise<ComplaintCreated> {
    let kase: CaseRow | null = null;
    const out = await this.idempotentPost.run<ComplaintCreated, CaseRow | null>(
      { scope: SCOPE, caller: who.userId, key: idempotencyKey, body },
      {
        check: async () => {
          kase = await this.check(who, body);
        },
        write: async (tx) => {
          const id = randomUUID();
          const created = await tx.complaint.create({ data: { ...body, id, workflowId: body.caseId ? complaintWorkflowId(id) : null } });
          await this.audit.append(who, 'complaint.create', ctx, { caseId: body.caseId, resource: `complaint/${id}` }, tx);
          return { status: 201, body: { id, createdAt: created.createdAt.toISOString(), workflowId: created.workflowId }, after: kase };
        },
      },
    );
    // A replay: the first request may have stopped between the write and the workflow start.
    if (out.replayed) return this.ensureWorkflow(out.body);
    if (out.after) await this.openWorkflow(out.body.id, out.after);
    return out.body;
  }

  /** The province (and the case, if named) exist and the actor may file there; returns the case. */
  private async check(who: Identity, body: NewComplaint): Promise<CaseRow | null> {
    // An unknown province is a 422 on the field, not a refusal to act in it.
    if (!(await this.provinces.exists(body.provinceCode))) {
      throw new UnprocessableError('unknown province', [{ field: 'provinceCode', message: `unknown province ${body.provinceCode}` }]);
    }
    permit('complaint.create', who, { provinceCode: body.provinceCode });
    if (!body.caseId) return null;
    const c = await this.db.case.findUnique({ where: { id: body.caseId } });
    if (!c) throw new NotFoundError(`no case ${body.caseId}`);
    permit('complaint.create', who, { provinceCode: c.provinceCode });
    if (c.provinceCode !== body.provinceCode) {
      throw new UnprocessableError('the complaint is recorded in the province of its case', [{ field: 'provinceCode', message: `the case belongs to ${c.provinceCode}` }]);
    }
    return c;
  }

  private async ensureWorkflow(created: ComplaintCreated): Promise<ComplaintCreated> {
    if (!created.workflowId) return created;
    const { caseId } = await this.db.complaint.findUniqueOrThrow({ where: { id: created.id }, select: { caseId: true } });
    const kase = caseId ? await this.db.case.findUnique({ where: { id: caseId } }) : null;
    if (kase) await this.openWorkflow(created.id, kase);
    return created;
  }

  /** Starts (or finds) the response deadline of a complaint about a case; idempotent. */
  private openWorkflow(complaintId: string, kase: CaseRow) {
    return this.pathways.openComplaint({
      complaintId,
      caseId: kase.id,
      caseReference: kase.reference,
      provinceCode: kase.provinceCode,
      category: kase.category as Category,
      riskLevel: kase.riskLevel as RiskLevel,
    });
  }
}
