// Referrals: the child referred to providers of the directory, each a child
// workflow (referral-<id>, ABANDON, so it outlives a continue-as-new) that
// reports back by signal. Everything about referrals is here: the basis for
// sharing the child's information (consent or a court order), consent,
// creating and starting a referral, following its status, and re-orienting
// the child after a decline or an expiry.
import { ParentClosePolicy, setHandler, startChild } from '@temporalio/workflow';
import { referralWorkflowId } from '../../libs/domain/ids';
import { CONSENT_GIVERS, type SharingBasis } from '../../libs/domain/pathway';
import { SERVICES, type Service } from '../../libs/domain/taxonomy';
import type { Actor } from '../actor';
import { createReferralUpdate, recordConsentUpdate, type ReferralSummary } from '../case.messages';
import { projections } from '../projections';
import { referralStatusSignal, referralWorkflow, type ReferralInput } from '../referral.workflow';
import type { CaseContext } from './context';
import { personOfCase, settleProposal } from './family';
import { refused } from '../refusal';

/** Why the referral may share the child's information: none shared, a court order, a consent; null: no basis. */
export function sharingBasis(c: CaseContext, service: Service, shares: boolean): SharingBasis | null {
  if (!shares) return 'NONE';
  if (c.openOrders().some((o) => o.coversInformationSharing)) return 'COURT_ORDER';
  if (c.m.consents.some((x) => x.services === null || x.services.includes(service))) return 'CONSENT';
  return null;
}

/** Validates a new referral's id: given, and not used by another referral of the case. */
export function referralIdFree(c: CaseContext, id: unknown): void {
  c.text(id, 'referralId');
  if (c.m.referrals.some((r) => r.referralId === id)) throw refused('referral_exists', `referral ${String(id)} already exists`);
}

/** Checks the provider in the directory, starts the referral workflow, and records it. */
export async function startReferral(
  c: CaseContext,
  spec: { referralId: string; organisationId: string; service: Service },
  basis: SharingBasis,
  by: Actor,
  extra: { courtOrderId?: string | null; replaces?: string | null; personId?: string | null } = {},
): Promise<void> {
  const { m, book } = c;
  const summary: ReferralSummary = {
    referralId: spec.referralId,
    organisationId: spec.organisationId,
    service: spec.service,
    basis,
    status: 'PENDING',
    reason: null,
    courtOrderId: extra.courtOrderId ?? null,
    replaces: extra.replaces ?? null,
    // a person of the case (case/family.ts): only then is the field written, so older histories replay
    ...(extra.personId ? { personId: extra.personId } : {}),
  };
  m.referrals.push(summary); // reserves the id while the directory is checked
  try {
    await book.track(() => projections().checkProvider({ organisationId: spec.organisationId, service: spec.service }));
    const child: ReferralInput = {
      referralId: spec.referralId,
      caseId: m.caseId,
      caseWorkflowId: c.workflowId,
      caseReference: m.reference,
      provinceCode: m.provinceCode,
      category: m.category,
      riskLevel: m.riskLevel,
      organisationId: spec.organisationId,
      service: spec.service,
      basis,
      courtOrderId: extra.courtOrderId ?? null,
      ...(extra.personId ? { personId: extra.personId } : {}),
      createdBy: by,
      createdAt: c.now(),
    };
    await book.track(() =>
      startChild(referralWorkflow, {
        workflowId: referralWorkflowId(spec.referralId),
        args: [child],
        parentClosePolicy: ParentClosePolicy.ABANDON,
      }),
    );
  } catch (err) {
    m.referrals = m.referrals.filter((r) => r !== summary);
    throw err;
  }
  if (extra.replaces) await c.closeSteps('REORIENTATION', 'DONE', extra.replaces);
  if (extra.personId) settleProposal(c, extra.personId, spec.service, spec.referralId);
  await c.fact(
    'REFERRAL_CREATED',
    { referralId: spec.referralId, organisationId: spec.organisationId, service: spec.service, basis, ...(extra.personId ? { personId: extra.personId } : {}) },
    by,
  );
  if (m.stage === 'FOLLOW_UP') await c.setStage('REFERRALS');
}

/** Each change a referral workflow signals; a decline or an expiry returns the decision to the coordinator. */
export function followReferrals(c: CaseContext): void {
  const { m } = c;
  setHandler(referralStatusSignal, async (ch) => {
    const r = m.referrals.find((x) => x.referralId === ch.referralId);
    if (!r || r.status === ch.status) return;
    r.status = ch.status;
    r.reason = ch.reason ?? r.reason;
    c.note(`REFERRAL_${ch.status}`, undefined, { referralId: ch.referralId, ...(ch.reason ? { reason: ch.reason } : {}) });
    if (m.status === 'CLOSED') return;
    if (ch.status === 'DECLINED' || ch.status === 'EXPIRED') {
      // The decision returns to the coordinator, who re-orients.
      await c.open('REORIENTATION', { ref: ch.referralId });
    }
    if (m.stage === 'REFERRALS' && c.activeReferrals().length === 0) await c.setStage('FOLLOW_UP');
  });
}

export function referrals(c: CaseContext): void {
  const { m } = c;

  c.on(
    recordConsentUpdate,
    (a) => {
      c.permit('case.consent', a.actor);
      c.isOpen();
      c.oneOf(a.givenBy, CONSENT_GIVERS, 'givenBy');
      for (const s of a.services ?? []) c.oneOf(s, SERVICES, 'each service');
    },
    async (a) => {
      m.consents.push({
        givenBy: a.givenBy,
        services: a.services && a.services.length > 0 ? a.services : null,
        documentRef: a.documentRef ?? null,
        recordedBy: a.actor.userId,
        at: c.now(),
      });
      await c.fact('CONSENT_RECORDED', { givenBy: a.givenBy, services: a.services ?? null }, a.actor);
    },
  );

  c.on(
    createReferralUpdate,
    (a) => {
      c.permit('referral.create', a.actor);
      c.isOpen();
      if (m.stage === 'REPORTED') throw refused('not_acknowledged', 'the report must be acknowledged first');
      if (m.stage === 'FOLLOW_UP') c.mayMoveTo('REFERRALS');
      referralIdFree(c, a.referralId);
      c.text(a.organisationId, 'organisationId');
      c.oneOf(a.service, SERVICES, 'service');
      if (sharingBasis(c, a.service, a.sharesInformation ?? true) === null) {
        throw refused('consent_required', 'sharing the child’s information needs the recorded consent of the child or guardian, or a court order covering it');
      }
      if (a.replaces !== undefined) c.awaited('REORIENTATION', a.replaces, `referral ${a.replaces} is not waiting for re-orientation`);
      if (a.personId !== undefined) personOfCase(c, a.personId);
    },
    async (a) => {
      const basis = sharingBasis(c, a.service, a.sharesInformation ?? true) as SharingBasis;
      await startReferral(c, a, basis, a.actor, { replaces: a.replaces ?? null, personId: a.personId ?? null });
    },
  );
}
