// Undoing a merge (an administrator, within MASAR_UNMERGE_DAYS of it): the
// duplicate is a case again, with a new pathway run.
//
// What it restores: the Case row (OPEN, at REPORTED, no pointer; the survivor
// no longer lists it), the reports, record entries and documents that moved
// with the merge (by the ids recorded then), and a new run of its pathway
// (`case-<id>`, at REPORTED, from its first report; its other reports are
// attached to it, which re-triages as any new report does; fact UNMERGED).
// What it does not restore: the steps and running referrals the survivor took
// stay with the survivor (its team acts on them or closes them), the old run's
// stage, assessment and plan (the new run starts from the acknowledgement), and
// what was written on the survivor after the merge stays there. The survivor's
// pathway still lists the merge in its memory (history), not the reports.
//
// It holds both cases' locks (case-lock.ts), as a merge does: the same undo sent
// twice runs once (the other is a 409), and a report or note on either case
// waits for it. The new run gets the input any run of the case gets
// (joined-case.ts): the template the case runs and the child's name, sealed.
import { Inject, Injectable } from '@nestjs/common';
import type { Db } from '../../../../libs/db/prisma';
import { caseStartOptions } from '../../../../libs/temporal/start-options';
import { caseWorkflow, newReportSignal, type CaseInput } from '../../../../workflows/case.workflow';
import { ConflictError } from '../common/errors';
import { API_CONFIG, type ApiConfig } from '../config';
import { AuditLog } from '../infra/audit-log';
import { DB } from '../infra/tokens';
import type { ActionRequest } from '../pathway/case-actions';
import { PathwayGateway } from '../pathway/pathway.gateway';
import { reportRef, runInput } from '../reports/joined-case';
import { CaseAccess } from './case-access';
import { lockCases } from './case-lock';
import type { MergeMoved } from './merge-cases.use-case';
import type { UnmergeDto, Unmerged } from './schemas';

const DAY_MS = 86_400_000;

@Injectable()
export class UnmergeCaseUseCase {
  constructor(
    @Inject(DB) private readonly db: Db,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    private readonly access: CaseAccess,
    private readonly pathways: PathwayGateway,
    private readonly audit: AuditLog,
  ) {}

  async execute(req: ActionRequest, body: UnmergeDto): Promise<Unmerged> {
    const { who, ctx } = req;
    const { mergedIntoId } = await this.access.load(who, req.caseId, 'case.unmerge');
    return this.db.$transaction(
      async (tx) => {
        // Both cases' locks (case-lock.ts), then the row again: a second unmerge, a merge or a
        // report under way on either case is waited for, and the checks read what it left.
        if (mergedIntoId) await lockCases(tx, req.caseId, mergedIntoId);
        const row = await tx.case.findUniqueOrThrow({ where: { id: req.caseId }, include: { child: true } });
        if (!row.mergedIntoId || !row.mergedAt || row.status !== 'MERGED') throw new ConflictError('not_merged', `case ${row.reference} is not merged into another case`);
        // unmerged and merged into another case while this request waited: that survivor's lock too
        if (row.mergedIntoId !== mergedIntoId) await lockCases(tx, row.mergedIntoId);
        const until = new Date(row.mergedAt.getTime() + this.config.MASAR_UNMERGE_DAYS * DAY_MS);
        if (Date.now() > until.getTime()) {
          throw new ConflictError('unmerge_too_late', `case ${row.reference} was merged on ${row.mergedAt.toISOString()}: a merge is undone within ${this.config.MASAR_UNMERGE_DAYS} days (until ${until.toISOString()})`);
        }
        const survivorId = row.mergedIntoId;
        const moved = (row.mergeMoved ?? { reports: [], recordEntries: [], documents: [] }) as unknown as MergeMoved;
        // only rows still on the survivor go back (nothing of anyone else's)
        const back = { where: (ids: string[]) => ({ id: { in: ids }, caseId: survivorId }), data: { caseId: row.id } };
        const reports = await tx.report.updateMany({ where: back.where(moved.reports), data: back.data });
        const entries = await tx.recordEntry.updateMany({ where: back.where(moved.recordEntries), data: back.data });
        const documents = await tx.caseDocument.updateMany({ where: back.where(moved.documents), data: back.data });
        const own = await tx.report.findMany({ where: { caseId: row.id }, orderBy: { receivedAt: 'asc' } });
        if (own.length === 0) throw new ConflictError('no_own_report', `case ${row.reference} has no report of its own left to start its pathway from`);
        await tx.case.update({
          where: { id: row.id },
          data: { mergedIntoId: null, mergedAt: null, mergedBy: null, mergeReason: null, unmergedAt: new Date(), status: 'OPEN', stage: 'REPORTED', closedAt: null },
        });
        // the input any run of the case gets (joined-case.ts): the child's name sealed, and the template the case runs
        const input: CaseInput = { ...(await runInput(tx, row, row.child, own[0])), unmergedFrom: { caseId: survivorId, at: row.mergedAt.toISOString() } };
        // a new run of the duplicate's pathway, once its merged run has ended; the transaction commits once it runs
        const options = caseStartOptions(input, this.config.TEMPORAL_TASK_QUEUE);
        await this.pathways.runEnded(options.workflowId);
        await this.pathways.temporal.workflow.start(caseWorkflow, { ...options, workflowIdReusePolicy: 'ALLOW_DUPLICATE' });
        for (const r of own.slice(1)) await this.pathways.signal(options.workflowId, newReportSignal, reportRef(r, row.child));
        await this.audit.append(who, 'case.unmerge', ctx, { caseId: row.id, resource: `case/${survivorId}`, detail: body.reason }, tx);
        return {
          id: row.id,
          reference: row.reference,
          status: 'OPEN',
          stage: 'REPORTED',
          workflowId: options.workflowId,
          unmergedFrom: survivorId,
          restored: { reports: reports.count, recordEntries: entries.count, documents: documents.count },
          notRestored: 'the steps and running referrals the survivor took stay with it; the new pathway starts at REPORTED',
        };
      },
      { maxWait: 10_000, timeout: 60_000 },
    );
  }
}
