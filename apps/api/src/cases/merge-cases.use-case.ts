// Merging two cases of one child (identification found a probable duplicate
// too late: two cases, two pathways). The head of centre of the province names
// the duplicate; the case of the route goes on (the survivor).
//
// Order, so that a merge that fails halfway leaves both cases as they were:
// one transaction takes both cases' lock (case-lock.ts: a report, a note or a
// document for either waits for the merge, or is written before it and moves
// with the rest), moves the duplicate's reports, record entries and documents to the
// survivor (by caseId; a trigger lets only caseId change on the record),
// then the duplicate's pathway accepts `mergeInto` (it ends as MERGED and
// returns what it carried), then the survivor's accepts `absorb`; only then are
// the Case rows written and the transaction committed. A refusal or a failure
// before `mergeInto` rolls everything back; one after it (the survivor did not
// take the duplicate) also starts the duplicate's pathway again from the memory
// it returned (its stage, steps with their deadlines and levels, referrals).
// The rows the pathways project themselves (Case stage and status, steps,
// referrals) are not touched by the transaction before both updates, so that
// the projections never wait for it.
import { Inject, Injectable } from '@nestjs/common';
import type { Db, Prisma } from '../../../../libs/db/prisma';
import { permit } from '../auth/identity';
import { caseWorkflow } from '../../../../workflows/case.workflow';
import { absorbUpdate, mergeIntoUpdate, type CaseState, type MergeOutcome } from '../../../../workflows/case.messages';
import { caseSearchAttributes } from '../../../../workflows/search-attributes';
import { ConflictError, UnprocessableError } from '../common/errors';
import { API_CONFIG, type ApiConfig } from '../config';
import { AuditLog } from '../infra/audit-log';
import { DB } from '../infra/tokens';
import { actionUpdateId, actorOf, type ActionRequest } from '../pathway/case-actions';
import { PathwayGateway } from '../pathway/pathway.gateway';
import { CaseAccess } from './case-access';
import { lockCases } from './case-lock';
import type { MergeDto, Merged } from './schemas';

/** What moved from the duplicate to the survivor: an unmerge moves these back. */
export interface MergeMoved {
  reports: string[];
  recordEntries: string[];
  documents: string[];
}

@Injectable()
export class MergeCasesUseCase {
  constructor(
    @Inject(DB) private readonly db: Db,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    private readonly access: CaseAccess,
    private readonly pathways: PathwayGateway,
    private readonly audit: AuditLog,
  ) {}

  async execute(req: ActionRequest, body: MergeDto): Promise<Merged> {
    const { who, ctx } = req;
    const survivor = await this.access.load(who, req.caseId, 'case.merge');
    const field = (message: string) => new UnprocessableError('the cases cannot be merged', [{ field: 'duplicateCaseId', message }]);
    if (body.duplicateCaseId === survivor.id) throw field('is the case itself');
    const duplicate = await this.db.case.findUnique({ where: { id: body.duplicateCaseId } });
    if (!duplicate) throw field(`no case ${body.duplicateCaseId}`);
    // both cases in the head's province: the table decides for the duplicate too
    permit('case.merge', who, { provinceCode: duplicate.provinceCode });
    if (duplicate.mergedIntoId || duplicate.status === 'MERGED') throw new ConflictError('already_merged', `case ${duplicate.reference} is already merged into another case`);
    if (survivor.mergedIntoId || survivor.status === 'MERGED') throw new ConflictError('survivor_merged', `case ${survivor.reference} is itself merged into another case: merge into that one`);

    const actor = actorOf(who);
    const ids = req.idempotencyKey
      ? { merge: actionUpdateId('case.merge', who, `${req.idempotencyKey}:mergeInto`), absorb: actionUpdateId('case.merge', who, `${req.idempotencyKey}:absorb`) }
      : { merge: undefined, absorb: undefined };

    let outcome: MergeOutcome | undefined;
    let absorbed = false;
    try {
      return await this.db.$transaction(
        async (tx) => {
          // What is written to either case waits for the merge, or the merge for it (case-lock.ts);
          // a merge of the same cases that ran meanwhile is seen here.
          await lockCases(tx, duplicate.id, survivor.id);
          const [dup, surv] = await Promise.all([duplicate.id, survivor.id].map((id) => tx.case.findUniqueOrThrow({ where: { id }, select: { status: true, mergedIntoId: true } })));
          if (dup.mergedIntoId || dup.status === 'MERGED') throw new ConflictError('already_merged', `case ${duplicate.reference} is already merged into another case`);
          if (surv.mergedIntoId || surv.status === 'MERGED') throw new ConflictError('survivor_merged', `case ${survivor.reference} is itself merged into another case: merge into that one`);
          const moved = await this.toMove(tx, duplicate.id, survivor.id);
          await tx.report.updateMany({ where: { id: { in: moved.reports } }, data: { caseId: survivor.id } });
          await tx.recordEntry.updateMany({ where: { id: { in: moved.recordEntries } }, data: { caseId: survivor.id } });
          await tx.caseDocument.updateMany({ where: { id: { in: moved.documents } }, data: { caseId: survivor.id } });
          let state: CaseState;
          try {
            outcome = await this.pathways.update(
              duplicate.workflowId,
              mergeIntoUpdate,
              [{ actor, survivorCaseId: survivor.id, survivorWorkflowId: survivor.workflowId, reason: body.reason }],
              { updateId: ids.merge },
            );
            state = await this.pathways.update(survivor.workflowId, absorbUpdate, [{ actor, carried: outcome.carried, reason: body.reason }], {
              updateId: ids.absorb,
            });
            absorbed = true;
          } catch (e) {
            // the duplicate ended but the survivor did not take it: the duplicate goes on as it was,
            // started again before the lock is let go (a report waiting on it finds it running)
            if (outcome && !absorbed) await this.restore(duplicate.workflowId, outcome);
            throw e;
          }
          const at = new Date();
          await tx.case.update({
            where: { id: duplicate.id },
            data: {
              mergedIntoId: survivor.id,
              mergedAt: at,
              mergedBy: who.userId,
              mergeReason: body.reason,
              mergeMoved: moved as object,
              status: 'MERGED',
              stage: 'MERGED',
              closedAt: at,
            },
          });
          await this.audit.append(who, 'case.merge', ctx, { caseId: survivor.id, resource: `case/${duplicate.id}`, detail: `merged ${duplicate.reference} into ${survivor.reference}` }, tx);
          return {
            survivor: { id: survivor.id, reference: survivor.reference, pathway: state },
            duplicate: { id: duplicate.id, reference: duplicate.reference, mergedIntoId: survivor.id, mergedAt: at.toISOString(), status: 'MERGED' },
            moved: { reports: moved.reports.length, recordEntries: moved.recordEntries.length, documents: moved.documents.length, steps: state.merged?.at(-1)?.steps ?? [], referrals: outcome.carried.referrals.map((r) => r.referralId) },
            unmergeUntil: new Date(at.getTime() + this.config.MASAR_UNMERGE_DAYS * 86_400_000).toISOString(),
          };
        },
        { maxWait: 10_000, timeout: 60_000 },
      );
    } catch (e) {
      await this.audit.append(who, 'case.merge', ctx, { caseId: survivor.id, resource: `case/${duplicate.id}`, outcome: `REFUSED: ${(e as Error).name}` });
      throw e;
    }
  }

  /** What the duplicate has that moves to the survivor, read under the cases' lock. */
  private async toMove(tx: Prisma.TransactionClient, duplicateId: string, survivorId: string): Promise<MergeMoved> {
    const [reports, entries, documents, survivorHashes] = await Promise.all([
      tx.report.findMany({ where: { caseId: duplicateId }, select: { id: true } }),
      tx.recordEntry.findMany({ where: { caseId: duplicateId }, select: { id: true } }),
      tx.caseDocument.findMany({ where: { caseId: duplicateId }, select: { id: true, sha256: true } }),
      tx.caseDocument.findMany({ where: { caseId: survivorId }, select: { sha256: true } }),
    ]);
    const known = new Set(survivorHashes.map((d) => d.sha256));
    return {
      reports: reports.map((r) => r.id),
      recordEntries: entries.map((e) => e.id),
      // the same document on both cases stays on the duplicate (one copy per case)
      documents: documents.filter((d) => !known.has(d.sha256)).map((d) => d.id),
    };
  }

  /** Starts the duplicate's pathway again from the memory it had before the merge (a new run, same id), once its merged run has ended. */
  private async restore(workflowId: string, outcome: MergeOutcome): Promise<void> {
    const memory = outcome.restore.memory;
    await this.pathways.runEnded(workflowId);
    await this.pathways.temporal.workflow.start(caseWorkflow, {
      workflowId,
      taskQueue: this.config.TEMPORAL_TASK_QUEUE,
      args: [{ ...outcome.restore.input, carried: memory, restoredAfterFailedMerge: true }],
      workflowIdReusePolicy: 'ALLOW_DUPLICATE',
      workflowIdConflictPolicy: 'USE_EXISTING',
      ...(memory.searchAttributes ? { typedSearchAttributes: caseSearchAttributes(memory) } : {}),
    });
  }
}
