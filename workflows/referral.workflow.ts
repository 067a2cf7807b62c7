// The referral workflow: one per referral (id referral-<referralId>), a child
// of the case workflow started with parentClosePolicy ABANDON. The provider
// must accept within the policy deadline; after acceptance the service must
// start, then be reported delivered. Every change is signalled to the case
// workflow by id, so nothing depends on the parent's run.
import { allHandlersFinished, condition, getExternalWorkflowHandle, setHandler, workflowInfo } from '@temporalio/workflow';
import { PATCH, since } from './patches';
import { projections, rowVersion } from './projections';
import type { ReferralStatus } from '../libs/domain/pathway';
import { FINAL_REFERRAL_STATUSES } from '../libs/domain/pathway';
import { assertPermitted, type Action } from '../libs/domain/permissions';
import type { Actor } from './actor';
import { alertDeliveryFailedSignal } from './alert-signal';
import { StepBook, type StepHolder } from './escalation';
import { refused } from './refusal';
import {
  acceptReferralUpdate,
  cancelReferralSignal,
  completeReferralUpdate,
  declineReferralUpdate,
  referralRepointSignal,
  referralStateQuery,
  referralStatusSignal,
  referralTransferSignal,
  startServiceUpdate,
  type ReferralInput,
  type ReferralState,
} from './referral.messages';

export * from './referral.messages';

export async function referralWorkflow(input: ReferralInput): Promise<ReferralState> {
  const workflowId = workflowInfo().workflowId;
  const now = () => new Date().toISOString();
  const holder: StepHolder = { steps: [], seq: 0, cycle: 'r' };
  const state: ReferralState = {
    referralId: input.referralId,
    caseId: input.caseId,
    organisationId: input.organisationId,
    service: input.service,
    basis: input.basis,
    status: 'PENDING',
    declineReason: null,
    acceptDueAt: null,
    acceptedAt: null,
    startedAt: null,
    completedAt: null,
    openSteps: [],
  };
  /** the case's province: moves with a transfer */
  let provinceCode = input.provinceCode;
  let factSeq = 0;
  const book = new StepBook(holder, {
    workflowId,
    // read at each use: a merge of the case re-points the referral (referralRepointSignal)
    get caseWorkflowId() {
      return input.caseWorkflowId;
    },
    get caseId() {
      return input.caseId;
    },
    caseReference: () => input.caseReference,
    category: () => input.category,
    riskLevel: () => input.riskLevel,
  });
  const view = (): ReferralState => ({
    ...state,
    openSteps: book.open.map((s) => ({ key: s.key, step: s.step, dueAt: s.dueAt, level: s.level, overdue: s.level >= 0 })),
  });
  const project = () =>
    book.track(() =>
      projections().projectReferral({
        id: state.referralId,
        caseId: state.caseId,
        organisationId: state.organisationId,
        service: state.service,
        status: state.status,
        basis: state.basis === 'NONE' ? null : state.basis,
        declineReason: state.declineReason,
        createdAt: input.createdAt,
        acceptDueAt: state.acceptDueAt,
        acceptedAt: state.acceptedAt,
        startedAt: state.startedAt,
        completedAt: state.completedAt,
        ...rowVersion(),
      }),
    );
  const tellCase = (reason?: string | null) =>
    book.track(async () => {
      try {
        await getExternalWorkflowHandle(input.caseWorkflowId).signal(referralStatusSignal, {
          referralId: state.referralId,
          status: state.status,
          reason: reason ?? null,
          at: now(),
        });
      } catch {
        // The case is closed: nobody waits for this referral any more.
      }
    });

  /** A fact of the referral, with who did it, in PathwayEvent (key unique per referral). */
  const fact = async (type: string, by?: Actor, data: Record<string, unknown> = {}) => {
    if (!since(PATCH.REFERRAL_FACTS)) return;
    const n = ++factSeq;
    await book.track(() =>
      projections().recordEvent({
        key: `${workflowId}:fact:${n}:${type}`,
        caseId: input.caseId,
        provinceCode,
        type,
        data: {
          referralId: state.referralId,
          organisationId: state.organisationId,
          service: state.service,
          ...data,
          ...(by ? { by: by.userId, role: by.role, ...(by.organisationId ? { byOrganisationId: by.organisationId } : {}) } : {}),
        },
        at: now(),
      }),
    );
  };

  /** The permission table decides (a PROVIDER of the referred organisation); its refusal is a ForbiddenAction (403). */
  const permit = (action: Action, actor: Actor | undefined) =>
    assertPermitted(action, actor, { provinceCode: input.provinceCode, organisationId: input.organisationId });
  const expect = (status: ReferralStatus, action: string) => {
    if (state.status !== status) throw refused('referral_status', `cannot ${action}: the referral is ${state.status}`);
  };

  setHandler(referralStateQuery, view);
  setHandler(alertDeliveryFailedSignal, (f) => book.deliveryFailed(f.stepKey, f.level));
  setHandler(cancelReferralSignal, () => {
    if (!FINAL_REFERRAL_STATUSES.includes(state.status)) state.status = 'CANCELLED';
  });
  setHandler(referralRepointSignal, async (p) => {
    if (!p?.caseId || !p.caseWorkflowId || p.caseWorkflowId === input.caseWorkflowId) return;
    const from = input.caseId;
    input.caseId = p.caseId;
    input.caseWorkflowId = p.caseWorkflowId;
    input.caseReference = p.caseReference || input.caseReference;
    state.caseId = p.caseId;
    await project();
    await Promise.all(book.open.map((s) => book.move(s, provinceCode)));
    await fact('REFERRAL_REPOINTED', undefined, { fromCaseId: from, toCaseId: p.caseId });
    // the case that took the referral hears where it stands (a change signalled meanwhile to the ended duplicate is not lost)
    if (state.status !== 'PENDING') await tellCase(state.declineReason);
  });
  setHandler(referralTransferSignal, async (t) => {
    if (!t?.toProvinceCode || t.toProvinceCode === provinceCode || FINAL_REFERRAL_STATUSES.includes(state.status)) return;
    const from = provinceCode;
    provinceCode = t.toProvinceCode;
    await Promise.all(book.open.map((s) => book.move(s, provinceCode)));
    await fact('REFERRAL_TRANSFERRED', undefined, { from, to: provinceCode });
  });
  setHandler(
    acceptReferralUpdate,
    async (a) => {
      state.status = 'ACCEPTED';
      state.acceptedAt = now();
      await project();
      await fact('REFERRAL_ACCEPTED', a.actor);
      return view();
    },
    { validator: (a) => (permit('referral.accept', a?.actor), expect('PENDING', 'accept')) },
  );
  setHandler(
    declineReferralUpdate,
    async (d) => {
      state.status = 'DECLINED';
      state.declineReason = d.reason.trim();
      await project();
      await fact('REFERRAL_DECLINED', d.actor, { reason: state.declineReason });
      return view();
    },
    {
      validator: (d) => {
        permit('referral.decline', d?.actor);
        expect('PENDING', 'decline');
        if (!d.reason?.trim()) throw refused('field_required', 'a decline needs a reason');
      },
    },
  );
  setHandler(
    startServiceUpdate,
    async (a) => {
      state.status = 'STARTED';
      state.startedAt = now();
      await project();
      await fact('SERVICE_STARTED', a.actor);
      return view();
    },
    { validator: (a) => (permit('referral.start', a?.actor), expect('ACCEPTED', 'start the service')) },
  );
  setHandler(
    completeReferralUpdate,
    async (a) => {
      state.status = 'COMPLETED';
      state.completedAt = now();
      await project();
      await fact('REFERRAL_COMPLETED', a.actor);
      return view();
    },
    { validator: (a) => (permit('referral.complete', a?.actor), expect('STARTED', 'report the service delivered')) },
  );

  await project();

  // Acceptance within the policy deadline; the ladder climbs meanwhile and the
  // referral expires one interval after its last level.
  const acceptance = book.start({ step: 'REFERRAL_ACCEPTANCE', provinceCode, organisationId: input.organisationId, expires: true, notify: true });
  await book.opened(acceptance);
  state.acceptDueAt = acceptance.dueAt;
  if (state.status === 'PENDING') await project();
  await condition(() => state.status !== 'PENDING' || acceptance.expired);
  if (state.status === 'PENDING') {
    state.status = 'EXPIRED';
    await fact('REFERRAL_EXPIRED');
  }
  await book.close(acceptance, status() === 'ACCEPTED' || status() === 'DECLINED' ? 'DONE' : 'CANCELLED');
  if (status() !== 'ACCEPTED') return finish(state.declineReason);

  // The service must start within the policy deadline.
  await tellCase();
  const start = book.start({ step: 'SERVICE_START', provinceCode, organisationId: input.organisationId });
  await condition(() => status() !== 'ACCEPTED');
  await book.close(start, status() === 'STARTED' ? 'DONE' : 'CANCELLED');
  if (status() !== 'STARTED') return finish();
  await tellCase();

  // Then reported delivered (or cancelled with the case).
  await condition(() => status() !== 'STARTED');
  return finish();

  /** Read through a function: handlers change it between awaits. */
  function status(): ReferralStatus {
    return state.status;
  }

  async function finish(reason?: string | null): Promise<ReferralState> {
    await project();
    await tellCase(reason);
    await condition(() => book.idle() && allHandlersFinished());
    return view();
  }
}
