// Filing a report: the child and the case are recorded in PostgreSQL (with the
// answer to the Idempotency-Key in the same transaction), then the case's
// pathway is opened in Temporal. A report about a known child's case attaches
// to its pathway (or reopens it when it was closed).
//
// Which child: the case intake names (caseId / attachToCaseId / caseReference);
// else the same identifier (birth certificate, CNIE, a parent's CNIE with the
// same first name) attaches at once — same child, new report; else probable
// matches on name, age, sex, mother and province. Those answer 409 with the
// candidates and write nothing, until intake sends attachToCaseId or
// fileAsNew. Why not file and list the candidates afterwards: the agent on the
// green line decides while the caller is still on the phone and can answer
// "what is the mother's name?"; once the call ends, a duplicate case has
// already opened a second pathway and alerted a second team, and only a merge
// undoes it. The 409 costs one round trip, and a report whose full name is
// unknown (first name only) is filed at once. The 409 is answered before any
// write and is not stored under the Idempotency-Key: the same request again
// gets the candidates again, and the request with intake's choice may reuse
// the key (nothing was recorded under it).
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { birthdayInstant, estimatedDateOfBirth } from '../../../../libs/domain/adulthood';
import { caseReference, caseWorkflowId } from '../../../../libs/domain/ids';
import type { Db, Prisma } from '../../../../libs/db/prisma';
import { newReportSignal, type CaseInput } from '../../../../workflows/case.workflow';
import { identifierKey, nameKeys } from '../../../../libs/domain/names';
import { refusal } from '../../../../libs/domain/permissions';
import { permit, type Identity } from '../auth/identity';
import { ChildMatcher } from '../children/child-matcher';
import { SearchChildrenUseCase } from '../children/search-children.use-case';
import { UnprocessableError } from '../common/errors';
import { ProbableMatchesError } from './probable-matches.error';
import { API_CONFIG, type ApiConfig } from '../config';
import { AuditLog, type AuditContext } from '../infra/audit-log';
import { IdempotentPost, type FirstAnswer, type IdempotencyInsert } from '../infra/idempotent-post';
import { ProvinceCatalogue } from '../infra/provinces';
import { DB } from '../infra/tokens';
import { PathwayGateway } from '../pathway/pathway.gateway';
import { insertNewCase, referenceTaken } from './new-case.statement';
import { caseInput, liveCase, reopened, runInput, type ChildRow } from './joined-case';
import type { CreateReport, ReportCreated } from './schemas';

const SCOPE = 'reports';

/** The known case a report joins, and the identifiers that found it. */
type Target = { caseId: string; matchedBy?: string[] };

@Injectable()
export class CreateReportUseCase {
  constructor(
    @Inject(DB) private readonly db: Db,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    private readonly pathways: PathwayGateway,
    private readonly idempotentPost: IdempotentPost,
    private readonly audit: AuditLog,
    private readonly provinces: ProvinceCatalogue,
    private readonly matcher: ChildMatcher,
    private readonly search: SearchChildrenUseCase,
  ) {}

  async execute(who: Identity, body: CreateReport, ctx: AuditContext, idempotencyKey?: string): Promise<{ status: number; body: ReportCreated }> {
    const now = new Date();
    const receivedAt = body.receivedAt ? new Date(body.receivedAt) : now;
    let target: Target | null = null;
    const out = await this.idempotentPost.run<ReportCreated, CaseInput>(
      { scope: SCOPE, caller: who.userId, key: idempotencyKey, body },
      {
        check: async () => {
          // An unknown province is a 422 on the field (semanticProblems), not a refusal to act in it.
          if (await this.provinces.exists(body.provinceCode)) permit('report.create', who, { provinceCode: body.provinceCode });
          const problems = await this.semanticProblems(body, receivedAt, now);
          if (problems.length) throw new UnprocessableError('the report cannot be recorded as it is', problems);
          target = await this.identify(who, body, ctx);
        },
        // A new child: one statement. A known case (reopened, its child's row completed): the transaction.
        statement: (idem) => (target ? Promise.resolve(undefined) : this.fileNew(idem, who, body, receivedAt, ctx)),
        write: (tx) => this.write(tx, who, body, target!, receivedAt, ctx),
      },
    );
    // The request's log line names the case (its reference and pathway, never the child).
    ctx.caseReference = out.body.reference;
    ctx.workflowId = out.body.workflowId;
    // A replay: the pathway may not have started if the first attempt stopped after the write.
    if (out.replayed) return { status: out.status, body: await this.ensurePathway(out.body) };
    return { status: out.status, body: await this.startPathway(out.body, out.after) };
  }

  /** The case the report attaches to (null: a new child), or a 409 with the probable candidates. */
  private async identify(who: Identity, body: CreateReport, ctx: AuditContext): Promise<Target | null> {
    const chosen = body.caseId ?? body.attachToCaseId;
    if (chosen) return { caseId: chosen };
    if (body.caseReference) {
      const known = await this.db.case.findUnique({ where: { reference: body.caseReference.toUpperCase() }, select: { id: true } });
      if (!known) throw new UnprocessableError('unknown case reference', [{ field: 'caseReference', message: `no case ${body.caseReference}` }]);
      return { caseId: known.id, matchedBy: ['case reference given'] };
    }
    const q = { ...body.child, provinceCode: body.provinceCode };
    const exacts = await this.matcher.exact(q);
    const exact = exacts[0];
    // The same identifier is the same child: attach, unless the caller may not file in that province.
    if (exact && !refusal('report.create', who, { provinceCode: exact.provinceCode })) return { caseId: exact.caseId, matchedBy: exact.reasons };
    // Probable matches are looked for only where they can hold the report back: not once intake
    // chose to file as new, and not on a first name alone (too common to hold a report back).
    const decisive = exact ? [exact] : !body.fileAsNew && body.child.firstName && body.child.lastName ? await this.matcher.likely(q, exacts) : [];
    if (!decisive.length) return null;
    await this.search.auditDisclosure(who, decisive, ctx, 'child.search');
    throw new ProbableMatchesError(
      decisive,
      exact
        ? `this child is known by an identifier, in ${exact.provinceCode} where you may not file: the centre of that province takes the report`
        : 'this child may already be known: send the report again with attachToCaseId (one of the candidates) or fileAsNew: true',
    );
  }

  /** A report about a known case: the case (reopened when closed), its child's row completed, the report and the audit entry; the workflow's input comes from the rows. */
  private async write(tx: Prisma.TransactionClient, who: Identity, body: CreateReport, target: Target, receivedAt: Date, ctx: AuditContext) {
    const reportId = randomUUID();
    const ids = {
      birthCertificateNo: identifierKey(body.child.birthCertificateNo),
      cnie: identifierKey(body.child.cnie),
      parentCnies: (body.child.parentCnies ?? []).map(identifierKey).filter((x): x is string => Boolean(x)),
    };
    const existing = await liveCase(tx, target.caseId);
    permit('report.create', who, { provinceCode: existing.provinceCode });
    // What this report knows and the child's row did not: kept for the next identification.
    const child = await this.learn(tx, existing.child, body, ids);
    const kase = await reopened(tx, existing);
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
        ...(body.fieldTeam ? { fieldTeam: body.fieldTeam } : {}),
      },
    });
    const answer: ReportCreated = {
      caseId: kase.id,
      reference: kase.reference,
      reportId,
      workflowId: caseWorkflowId(kase.id),
      attached: Boolean(target),
      ...(target?.matchedBy ? { matchedBy: target.matchedBy } : {}),
    };
    await this.audit.append(who, answer.attached ? 'report.attach' : 'report.create', ctx, { caseId: kase.id, resource: `report/${reportId}` }, tx);
    // a report that reopened a closed case starts the case's new run (reopened: see startPathway)
    return { status: 201, body: answer, after: { ...(await runInput(tx, kase, child, report)), ...(existing.status === 'CLOSED' ? { reopened: true } : {}) } };
  }

  /** A report about a new child: the rows, the audit entry and the stored answer in one statement (new-case.statement.ts). */
  private async fileNew(idem: IdempotencyInsert | null, who: Identity, body: CreateReport, receivedAt: Date, ctx: AuditContext): Promise<FirstAnswer<ReportCreated, CaseInput> | null> {
    const reportId = randomUUID();
    const dob = body.child.dateOfBirth ?? (body.child.estimatedAge !== undefined ? estimatedDateOfBirth(body.child.estimatedAge, receivedAt) : undefined);
    const child = {
      id: randomUUID(),
      firstName: body.child.firstName ?? null,
      lastName: body.child.lastName ?? null,
      motherName: body.child.motherName ?? null,
      sex: body.child.sex ?? null,
      dateOfBirth: dob ?? null,
      dobEstimated: body.child.estimatedAge !== undefined,
      adultAt: dob ? birthdayInstant(dob, 18, this.config.MASAR_TIME_ZONE) : null,
      birthCertificateNo: identifierKey(body.child.birthCertificateNo),
      cnie: identifierKey(body.child.cnie),
      parentCnies: (body.child.parentCnies ?? []).map(identifierKey).filter((x): x is string => Boolean(x)),
      ...nameKeys(body.child),
    };
    const report = {
      id: reportId,
      entryPoint: body.entryPoint,
      category: body.category,
      riskLevel: body.riskLevel,
      narrative: body.narrative,
      reporterName: body.reporter?.name ?? null,
      reporterPhone: body.reporter?.phone ?? null,
      receivedAt,
      filedBy: who.userId,
      fieldTeam: body.fieldTeam,
    };
    // A reference another case drew already (caseReference: 32 bits) fails the statement, which
    // then wrote nothing: the case draws another id. A few draws in a row are all but impossible.
    for (let draw = 1; ; draw++) {
      const caseId = this.drawCaseId();
      const kase = {
        id: caseId,
        reference: caseReference(receivedAt, caseId),
        provinceCode: body.provinceCode,
        category: body.category,
        riskLevel: body.riskLevel,
        workflowId: caseWorkflowId(caseId),
        openedAt: new Date(),
      };
      const answer: ReportCreated = { caseId, reference: kase.reference, reportId, workflowId: kase.workflowId, attached: false };
      try {
        const written = await insertNewCase(this.db, {
          idempotency: idem ? { ...idem, status: 201, body: answer } : null,
          child,
          kase,
          report,
          audit: { actorId: who.userId, actorRole: who.role, action: 'report.create', resource: `report/${reportId}`, requestId: ctx.requestId, sourceIp: ctx.sourceIp },
        });
        if (!written) return null;
        return { status: 201, body: answer, after: caseInput(kase, child, report, written.template) };
      } catch (e) {
        if (!(referenceTaken(e) && draw < 5)) throw e;
      }
    }
  }

  /** A new case's id (its reference is made of it). */
  protected drawCaseId(): string {
    return randomUUID();
  }

  /** Identifiers and names the known child's row lacks, from the new report (nothing it has is overwritten). */
  private async learn(tx: Prisma.TransactionClient, child: ChildRow, body: CreateReport, ids: { birthCertificateNo: string | null; cnie: string | null; parentCnies: string[] }): Promise<ChildRow> {
    const data: Prisma.ChildUpdateInput = {};
    if (!child.birthCertificateNo && ids.birthCertificateNo) data.birthCertificateNo = ids.birthCertificateNo;
    if (!child.cnie && ids.cnie) data.cnie = ids.cnie;
    const parents = ids.parentCnies.filter((p) => !child.parentCnies.includes(p));
    if (parents.length) data.parentCnies = [...child.parentCnies, ...parents];
    if (!child.motherName && body.child.motherName) Object.assign(data, { motherName: body.child.motherName, motherNameKey: nameKeys(body.child).motherNameKey });
    if (!child.lastName && body.child.lastName && child.firstName) {
      Object.assign(data, { lastName: body.child.lastName, ...nameKeys({ firstName: child.firstName, lastName: body.child.lastName, motherName: child.motherName ?? body.child.motherName }) });
    }
    return Object.keys(data).length ? tx.child.update({ where: { id: child.id }, data }) : child;
  }

  /** A replayed request: reads what the first one wrote and starts (or signals) its pathway; idempotent. */
  private async ensurePathway(created: ReportCreated): Promise<ReportCreated> {
    const row = await this.db.case.findUniqueOrThrow({ where: { id: created.caseId }, include: { child: true } });
    const report = await this.db.report.findUniqueOrThrow({ where: { id: created.reportId } });
    return this.startPathway(created, await runInput(this.db, row, row.child, report));
  }

  /**
   * The new case's pathway starts, and so does the new run of a case this report reopened
   * (a run that is still closing the case takes the report and reopens it itself). A report
   * that joined an open case goes to its running pathway; when none is running (a replayed
   * request does not know whether it reopened the case), the case is read again under its
   * lock: it was closed (a new run), or it has been merged since the report was written (its
   * pathway ended with the merge): the report then joins the case it was merged into, row
   * and pathway. A start in that window would have run the duplicate again.
   */
  private async startPathway(created: ReportCreated, input: CaseInput): Promise<ReportCreated> {
    if (!created.attached) {
      await this.pathways.openCase(input);
      return created;
    }
    if (input.reopened) {
      await this.pathways.attachReport(input, input.report);
      return created;
    }
    if (await this.pathways.signalRunning(created.workflowId, newReportSignal, input.report)) return created;
    const live = await this.db.$transaction(async (tx) => {
      const existing = await liveCase(tx, created.caseId);
      const kase = await reopened(tx, existing);
      const report =
        kase.id === created.caseId
          ? await tx.report.findUniqueOrThrow({ where: { id: created.reportId } })
          : await tx.report.update({ where: { id: created.reportId }, data: { caseId: kase.id } });
      return { kase, input: await runInput(tx, kase, existing.child, report) };
    });
    await this.pathways.attachReport(live.input, live.input.report);
    return { ...created, caseId: live.kase.id, reference: live.kase.reference, workflowId: caseWorkflowId(live.kase.id) };
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
