// The API's one door into Temporal: starts, signals, queries and updates the
// pathway workflows by business id, and turns Temporal's errors into domain
// errors (a rejected update → 409 with the validator's reason and its code).
import { Inject, Injectable } from '@nestjs/common';
import {
  Client,
  WorkflowExecutionAlreadyStartedError,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
  WorkflowUpdateRPCTimeoutOrCancelledError,
} from '@temporalio/client';
import { ApplicationFailure, type QueryDefinition, type SignalDefinition, type UpdateDefinition } from '@temporalio/common';
import { complaintWorkflowId } from '../../../../libs/domain/ids';
import { FORBIDDEN_ACTION } from '../../../../libs/domain/permissions';
import { refusalCodeOf } from '../../../../libs/domain/refusals';
import { caseStartOptions } from '../../../../libs/temporal/start-options';
import { caseWorkflow, newReportSignal, type CaseInput, type ReportRef } from '../../../../workflows/case.workflow';
import { complaintWorkflow, type ComplaintInput } from '../../../../workflows/complaint.workflow';
import { API_CONFIG, type ApiConfig } from '../config';
import { ConflictError, ForbiddenError, NotFoundError, UnavailableError } from '../common/errors';
import { isUnavailable } from '../common/problem.filter';
import { TEMPORAL } from '../infra/tokens';

/** How long a new run of a case waits for the run before it to end (inside a merge's or an unmerge's transaction). */
const RUN_END_WAIT_MS = 30_000;

@Injectable()
export class PathwayGateway {
  constructor(
    @Inject(TEMPORAL) private readonly client: Client,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  /**
   * Opens the pathway of a new case; a repeat finds the one already running
   * (USE_EXISTING) or already closed (REJECT_DUPLICATE: never a second run).
   */
  async openCase(input: CaseInput): Promise<string> {
    const options = caseStartOptions(input, this.config.TEMPORAL_TASK_QUEUE);
    await this.call(() => this.startIgnoringDuplicate(() => this.client.workflow.start(caseWorkflow, options)));
    return options.workflowId;
  }

  /**
   * A new report about a child whose case exists, once signalRunning found no
   * run of it: the case was closed and the report reopens it (a new run; a run
   * started meanwhile takes the signal). A run that has closed the case and not
   * yet ended reopens it itself: it continues as new with the report
   * (workflows/case/reception.ts, late reports).
   */
  async attachReport(input: CaseInput, report: ReportRef): Promise<string> {
    const { workflowId, taskQueue, typedSearchAttributes } = caseStartOptions({ ...input, reopened: true }, this.config.TEMPORAL_TASK_QUEUE);
    await this.call(() =>
      this.client.workflow.signalWithStart(caseWorkflow, {
        workflowId,
        taskQueue,
        args: [{ ...input, reopened: true }],
        signal: newReportSignal,
        signalArgs: [report],
        typedSearchAttributes,
      }),
    );
    return workflowId;
  }

  /** Signals the workflow's running pathway; false when none is running (it has ended). */
  async signalRunning<A extends unknown[]>(workflowId: string, def: SignalDefinition<A>, ...args: A): Promise<boolean> {
    try {
      await this.call(() => this.client.workflow.getHandle(workflowId).signal(def, ...args));
      return true;
    } catch (e) {
      if (e instanceof NotFoundError) return false;
      throw e;
    }
  }

  query<T>(workflowId: string, def: QueryDefinition<T>): Promise<T> {
    return this.call(() => this.client.workflow.getHandle(workflowId).query(def));
  }

  signal<A extends unknown[]>(workflowId: string, def: SignalDefinition<A>, ...args: A): Promise<void> {
    return this.call(() => this.client.workflow.getHandle(workflowId).signal(def, ...args));
  }

  /** Opens a complaint's response deadline and ladder; a repeat finds the one already there. */
  async openComplaint(input: ComplaintInput): Promise<string> {
    const workflowId = complaintWorkflowId(input.complaintId);
    await this.call(() =>
      this.startIgnoringDuplicate(() =>
        this.client.workflow.start(complaintWorkflow, {
          workflowId,
          taskQueue: this.config.TEMPORAL_TASK_QUEUE,
          args: [input],
          workflowIdConflictPolicy: 'USE_EXISTING',
          workflowIdReusePolicy: 'REJECT_DUPLICATE',
        }),
      ),
    );
    return workflowId;
  }

  /** A repeat finds the workflow running (USE_EXISTING) or closed (REJECT_DUPLICATE): either way it exists once. */
  private async startIgnoringDuplicate(start: () => Promise<unknown>): Promise<void> {
    try {
      await start();
    } catch (e) {
      if (!(e instanceof WorkflowExecutionAlreadyStartedError)) throw e;
    }
  }

  /**
   * An actor's action: the validator's refusal becomes a 409 with its reason and code. The
   * client would wait for the update's outcome without end when no worker takes the pathway;
   * the wait is bounded (PATHWAY_UPDATE_WAIT_MS), and then the answer is a 503. The update
   * id makes a retried action (same Idempotency-Key) return the first answer: an update the
   * workflow took after the 503 is not applied twice.
   */
  update<R, A extends [unknown, ...unknown[]]>(workflowId: string, def: UpdateDefinition<R, A>, args: A, options: { updateId?: string } = {}): Promise<R> {
    const handle = this.client.workflow.getHandle(workflowId);
    return this.call(() =>
      this.client.connection.withDeadline(Date.now() + this.config.PATHWAY_UPDATE_WAIT_MS, () => handle.executeUpdate(def, { args, ...(options.updateId ? { updateId: options.updateId } : {}) })),
    );
  }

  /**
   * Waits, up to `ms`, for a workflow's current run to end, however it ends (a start follows).
   * A run that moved its case to MERGED ends only once its effects in flight are in (an alert
   * being sent, its note written): a start meanwhile would find it running and keep it
   * (USE_EXISTING), and it would then end MERGED while its row says OPEN.
   */
  async runEnded(workflowId: string, ms = RUN_END_WAIT_MS): Promise<void> {
    const ended = this.client.workflow.getHandle(workflowId).result().then(
      () => undefined,
      () => undefined,
    );
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([ended, new Promise((_, reject) => (timer = setTimeout(() => reject(new UnavailableError(`the run of ${workflowId} did not end within ${ms} ms`)), ms)))]);
    } finally {
      clearTimeout(timer);
    }
  }

  get temporal(): Client {
    return this.client;
  }

  private async call<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      if (e instanceof WorkflowUpdateFailedError) {
        const reason = (e.cause as Error | undefined)?.message ?? e.message;
        // The workflow read the same permission table as the guard: a refusal is a 403 there too.
        if (e.cause instanceof ApplicationFailure && e.cause.type === FORBIDDEN_ACTION) throw new ForbiddenError(reason);
        // The validator's code (or a refusing activity's type); a refusal that names none is the generic one.
        const code = e.cause instanceof ApplicationFailure ? refusalCodeOf(e.cause.type) : undefined;
        throw new ConflictError(code ?? 'pathway_refused', reason);
      }
      if (e instanceof WorkflowNotFoundError) throw new NotFoundError('this pathway is not running');
      // An overloaded server or worker: the caller retries (same Idempotency-Key, same update).
      if (e instanceof WorkflowUpdateRPCTimeoutOrCancelledError) throw new UnavailableError('the pathway did not answer in time');
      if (isUnavailable(e)) throw new UnavailableError('Temporal is not reachable');
      throw e;
    }
  }
}
