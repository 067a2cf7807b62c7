// Filing a report: the child and the case are recorded in PostgreSQL (with the
// answer to the Idempotency-Key in the same transaction), then the case's
// pathway is opened in Temporal. A report about a known child's case attaches
// to its pathway (or reopens it when it was closed).
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { birthdayInstant, estimatedDateOfBirth } from '../../../../libs/domain/adulthood';
import { caseWorkflowId } from '../../../../libs/domain/ids';
import type { Category, EntryPoint, RiskLevel } from '../../../../libs/domain/taxonomy';
import type { Db, Prisma } from '../../../../libs/db/prisma';
import type { CaseInput, ReportRef } from '../../../../workflows/case.workflow';
import { permit, type Identity } from '../auth/identity';
import { NotFoundError, UnprocessableError } from '../common/errors';
import { API_CONFIG, type ApiConfig } from '../config';
import { AuditLog, type AuditContext } from '../infra/audit-log';
import { IdempotentPost } from '../infra/idempotent-post';
import { ProvinceCatalogue } from '../infra/provinces';
import { DB } from '../infra/tokens';
import { PathwayGateway } from '../pathway/pathway.gateway';
import type { CreateReport, ReportCreated } from './schemas';

const SCOPE = 'reports';

type CaseRow = Prisma.CaseGetPayload<object>;
type ChildRow = Prisma.ChildGetPayload<object>;
type ReportRow = Prisma.ReportGetPayload<object>;

/** The pathway's input, from the case, child and report rows (the child's name travels encrypted). */
function caseInput(row: CaseRow, child: ChildRow, report: ReportRow): CaseInput {
  const ref: ReportRef = {
    reportId: report.id,
    entryPoint: report.entryPoint as EntryPoint,
    category: report.category as Category,
    riskLevel: report.riskLevel as RiskLevel,
    receivedAt: report.receivedAt.toISOString(),
    narrative: report.narrative,
    childName: [child.firstName, child.lastName].filter(Boolean).join(' ') || undefined,
  };
  return {
    caseId: row.id,
    reference: row.reference,
    provinceCode: row.provinceCode,
    category: row.category as Category,
    riskLevel: row.riskLevel as RiskLevel,
    openedAt: row.openedAt.toISOString(),
    adultAt: child.adultAt?.toISOString() ?? null,
    dobEstimated: child.dobEstimated,
    report: ref,
  };
}

@Injectable()
export class CreateReportUseCase {
  constructor(
    @Inject(DB) private readonly db: Db,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    private readonly pathways: PathwayGateway,
    private readonly idempotentPost: IdempotentPost,
    private readonly audit: AuditLog,
    private readonly provinces: ProvinceCatalogue,
  ) {}

  async execute(who: Identity, body: CreateReport, ctx: AuditContext, idempotencyKey?: string): Promise<{ status: number; body: ReportCreated }> {
    const now = new Date();
    const receivedAt = body.receivedAt ? new Date(body.receivedAt) : now;
    const out = await this.idempotentPost.run<ReportCreated, CaseInput>(
      { scope: SCOPE, key: idempotencyKey, body },
      {
        check: async () => {
          // An unknown province is a 422 on the field (semanticProblems), not a refusal to act in it.
          if (await this.provinces.exists(body.provinceCode)) permit('report.create', who, { provinceCode: body.provinceCode });
          const problems = await this.semanticProblems(body, receivedAt, now);
          if (problems.length) throw new UnprocessableError('the report cannot be recorded as it is', problems);
        },
        write: (tx) => this.write(tx, who, body, receivedAt, ctx),
      },
    );
    // A replay: the pathway may not have started if the first attempt stopped after the write.
    if (out.replayed) return { status: out.status, body: await this.ensurePathway(out.body) };
    await this.startPathway(out.body, out.after);
    return { status: out.status, body: out.body };
  }

  /** The child (or the known case), the report and the audit entry; the workflow's input comes from the rows just written. */
  private async write(tx: Prisma.TransactionClient, who: Identity, body: CreateReport, receivedAt: Date, ctx: AuditContext) {
    const reportId = randomUUID();
    let kase: CaseRow;
    let child: ChildRow;
    if (body.caseId) {
      const existing = await tx.case.findUnique({ where: { id: body.caseId }, include: { child: true } });
      if (!existing) throw new NotFoundError(`no case ${body.caseId}`);
      permit('report.create', who, { provinceCode: existing.provinceCode });
      child = existing.child;
      kase =
        existing.status === 'CLOSED'
          ? await tx.case.update({ where: { id: existing.id }, data: { status: 'OPEN', stage: 'REPORTED', closedAt: null } })
          : existing;
    } else {
      const dob = body.child.dateOfBirth ?? (body.child.estimatedAge !== undefined ? estimatedDateOfBirth(body.child.estimatedAge, receivedAt) : undefined);
      child = await tx.child.create({
        data: {
          firstName: body.child.firstName,
          lastName: body.child.lastName,
          sex: body.child.sex,
          dateOfBirth: dob ? new Date(`${dob}T00:00:00Z`) : undefined,
          dobEstimated: body.child.estimatedAge !== undefined,
          adultAt: dob ? birthdayInstant(dob, 18, this.config.MASAR_TIME_ZONE) : undefined,
        },
      });
      const caseId = randomUUID();
      kase = await tx.case.create({
        data: {
          id: caseId,
          reference: `MSR-${receivedAt.getUTCFullYear()}-${caseId.slice(0, 8).toUpperCase()}`,
          childId: child.id,
          provinceCode: body.provinceCode,
          category: body.category,
          riskLevel: body.riskLevel,
          workflowId: caseWorkflowId(caseId),
        },
      });
    }
    const report = await tx.report.create({
      data: {
        id: reportId,
        caseId: kase.id,
        entryPoint: body.entryPoint,
        category: body.category,
        riskLevel: body.riskLevel,
        narrative: body.narrative,
        reporterName: body.reporter?.name,
        reporterPhone: body.reporter?.phone,
        receivedAt,
        filedBy: who.userId,
      },
    });
    const answer: ReportCreated = { caseId: kase.id, reference: kase.reference, reportId, workflowId: caseWorkflowId(kase.id), attached: Boolean(body.caseId) };
    await this.audit.append(who, answer.attached ? 'report.attach' : 'report.create', ctx, { caseId: kase.id, resource: `report/${reportId}` }, tx);
    return { status: 201, body: answer, after: caseInput(kase, child, report) };
  }

  /** A replayed request: reads what the first one wrote and starts (or signals) its pathway; idempotent. */
  private async ensurePathway(created: ReportCreated): Promise<ReportCreated> {
    const row = await this.db.case.findUniqueOrThrow({ where: { id: created.caseId }, include: { child: true } });
    const report = await this.db.report.findUniqueOrThrow({ where: { id: created.reportId } });
    await this.startPathway(created, caseInput(row, row.child, report));
    return created;
  }

  private async startPathway(created: ReportCreated, input: CaseInput): Promise<void> {
    if (created.attached) await this.pathways.attachReport(input, input.report);
    else await this.pathways.openCase(input);
  }

  private async semanticProblems(body: CreateReport, receivedAt: Date, now: Date) {
    const problems: { field: string; message: string }[] = [];
    if (!(await this.provinces.exists(body.provinceCode))) problems.push({ field: 'provinceCode', message: `unknown province ${body.provinceCode}` });
    if (receivedAt.getTime() > now.getTime() + 5 * 60_000) problems.push({ field: 'receivedAt', message: 'is in the future' });
    if (body.child.dateOfBirth) {
      const dob = new Date(`${body.child.dateOfBirth}T00:00:00Z`);
      if (dob.getTime() > now.getTime()) problems.push({ field: 'child.dateOfBirth', message: 'is in the future' });
      else if (birthdayInstant(body.child.dateOfBirth, 22).getTime() <= now.getTime()) {
        problems.push({ field: 'child.dateOfBirth', message: 'the person is 22 or older: not a child-protection case' });
      }
    }
    return problems;
  }
}
