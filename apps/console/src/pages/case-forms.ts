// The forms of a case page: each action of the pathway the caller's role may
// take (the API's permitted actions) and that the case's state awaits. The
// pathway's own rules stay in the workflow: a form shown too early is
// answered 409 by the API, shown as a sentence. Code lists come from
// libs/domain, their labels from the catalogues (or libs/domain's own).
import type { TFunction } from 'i18next';
import type { Action } from '../../../../libs/domain/permissions';
import { CONSENT_GIVERS, PLACEMENTS } from '../../../../libs/domain/pathway';
import { COURT_MEASURE_INFO, COURT_MEASURES } from '../../../../libs/domain/court';
import { SERVICES } from '../../../../libs/domain/taxonomy';
import { pathwayOf, type TemplateVersion } from '../api/case-extras';
import type { CaseDetail, Me, Organisation } from '../api/types';
import type { ActionFormProps } from '../components/ActionForm';
import { codeLabel, fieldLabel } from '../labels';
import { courtForms } from './court-forms';
import { familyVisitForms, templateMoveForms } from './family-forms';

export type Form = Omit<ActionFormProps, 'onDone'> & { action: Action };

const side = (lang: string) => (lang === 'fr' ? 'fr' : 'ar');

/** The forms for the actions this user may take on the case in its present state. */
export function availableForms(t: TFunction, lang: string, c: CaseDetail, me: Me, organisations: Organisation[], more: { templates?: TemplateVersion[] } = {}): Form[] {
  const p = c.pathway;
  const awaited = new Set(p.openSteps.map((s) => s.step));
  const base = `/api/v1/cases/${c.id}`;
  const open = c.status === 'OPEN';
  const services = SERVICES.map((s) => ({ value: s, label: codeLabel(t, 'service', s) }));
  const forms: Form[] = [];
  const add = (action: Action, key: string, path: string, fields: Form['fields'], extra: Partial<Form> = {}) =>
    forms.push({ action, title: t(`case.act.${key}`), submitLabel: t(`case.act.${key}`), path: `${base}/${path}`, fields, ...extra });

  if (awaited.has('ACKNOWLEDGEMENT')) add('case.acknowledge', 'acknowledge', 'acknowledge', [{ name: 'assigneeId', label: t('case.act.assigneeId'), kind: 'text' }], { help: t('case.act.acknowledgeHelp') });
  if (awaited.has('CHILD_SEEN')) {
    add('case.child-seen', 'childSeen', 'child-seen', [
      { name: 'emergencyShelter', label: t('case.act.emergencyShelter'), kind: 'checkbox' },
      { name: 'medicalCare', label: t('case.act.medicalCare'), kind: 'checkbox' },
      { name: 'note', label: t('case.act.note'), kind: 'textarea' },
    ]);
  }
  if (awaited.has('ASSESSMENT')) add('case.assessment', 'assessment', 'assessment', [{ name: 'summary', label: t('case.act.summary'), kind: 'textarea', required: true }]);
  if (awaited.has('CARE_PLAN')) {
    add('case.care-plan', 'carePlan', 'care-plan', [
      { name: 'objectives', label: fieldLabel(t, 'objectives'), kind: 'lines', required: true, hint: t('case.act.onePerLine') },
      { name: 'placement', label: fieldLabel(t, 'placement'), kind: 'select', options: PLACEMENTS.map((v) => ({ value: v, label: t(`placement.${v}`) })) },
      { name: 'services', label: fieldLabel(t, 'services'), kind: 'several', options: services },
    ]);
  }
  // the approvals the steps await (a court report has its own route, in court-forms.ts)
  const approvals = pathwayOf(c).openSteps.filter((s) => s.step === 'APPROVAL').map((s) => s.ref ?? null);
  const subjectCodes = ['ASSESSMENT', 'CARE_PLAN', 'CLOSURE'].filter((s) => approvals.includes(s) || approvals.includes(null));
  if (subjectCodes.length) {
    const subjects = subjectCodes.map((s) => ({ value: s, label: t(`case.act.subject${s}`) }));
    add('case.approve', 'approve', 'approve', [{ name: 'subject', label: t('case.act.subject'), kind: 'select', options: subjects }]);
    add('case.reject', 'reject', 'reject', [
      { name: 'subject', label: t('case.act.subject'), kind: 'select', options: subjects },
      { name: 'reason', label: t('case.act.reason'), kind: 'textarea', required: true },
    ]);
  }
  if (open && p.stage !== 'REPORTED') {
    // referrals: the consent that lets them share the child's information, then the referral itself
    add('case.consent', 'consent', 'consent', [
      { name: 'givenBy', label: fieldLabel(t, 'givenBy'), kind: 'select', options: CONSENT_GIVERS.map((v) => ({ value: v, label: t(`consentGiver.${v}`) })) },
      { name: 'services', label: fieldLabel(t, 'services'), kind: 'several', options: services },
      { name: 'documentRef', label: fieldLabel(t, 'documentRef'), kind: 'text' },
    ]);
    add('referral.create', 'refer', 'referrals', [
      { name: 'organisationId', label: fieldLabel(t, 'organisationId'), kind: 'select', required: true, options: organisations.map((o) => ({ value: o.id, label: side(lang) === 'fr' ? o.nameFr : (o.nameAr ?? o.nameFr) })) },
      { name: 'service', label: fieldLabel(t, 'service'), kind: 'select', options: services },
      { name: 'sharesInformation', label: fieldLabel(t, 'sharesInformation'), kind: 'yesno', initial: true },
    ]);
  }
  // judicial protection
  if (open && (awaited.has('PROSECUTOR_REPORT') || (c.track === 'JUDICIAL' && !p.prosecutorReported))) {
    add('judicial.prosecutor-report', 'prosecutorReport', 'prosecutor-report', [{ name: 'reference', label: fieldLabel(t, 'reference'), kind: 'text' }]);
  }
  if (open && c.track === 'SOCIAL') add('judicial.redirect', 'redirect', 'judicial-redirection', [{ name: 'reason', label: t('case.act.reason'), kind: 'textarea', required: true }]);
  if (open) {
    add('judicial.court-order', 'courtOrder', 'court-orders', [
      { name: 'orderId', label: fieldLabel(t, 'orderId'), kind: 'text', required: true },
      { name: 'measures', label: fieldLabel(t, 'measures'), kind: 'several', required: true, options: COURT_MEASURES.map((m) => ({ value: m, label: COURT_MEASURE_INFO[m][side(lang)] })) },
      { name: 'coversInformationSharing', label: fieldLabel(t, 'coversInformationSharing'), kind: 'checkbox' },
    ]);
  }
  forms.push(...courtForms(t, lang, c, organisations));
  for (const order of (p.courtOrders ?? []).filter((o) => !o.closedAt)) {
    const at = `court-orders/${encodeURIComponent(order.orderId)}`;
    add('judicial.close-order', 'closeOrder', `${at}/close`, [], { title: t('case.act.closeOrderOf', { order: order.orderId }), formId: `close-order-${order.orderId}` });
  }
  // periodic reviews, of the case and of the placement
  if (awaited.has('CASE_REVIEW')) add('review.case', 'caseReview', 'reviews', [{ name: 'summary', label: t('case.act.summary'), kind: 'textarea', required: true }], { fixed: { kind: 'CASE' }, formId: 'review-case' });
  if (awaited.has('INSTITUTION_REVIEW')) {
    add('review.institution', 'institutionReview', 'reviews', [{ name: 'summary', label: t('case.act.summary'), kind: 'textarea', required: true }], { fixed: { kind: 'INSTITUTION' }, formId: 'review-institution' });
  }
  // after 18
  if (open && (awaited.has('AUTONOMY_PLAN') || (p.afterCare && !p.afterCare.autonomyPlan))) {
    add('after-care.plan', 'autonomyPlan', 'autonomy-plan', [{ name: 'goals', label: fieldLabel(t, 'goals'), kind: 'lines', required: true, hint: t('case.act.onePerLine') }]);
  }
  if (awaited.has('AFTERCARE_CHECKIN')) {
    add('after-care.check-in', 'checkIn', 'check-ins', [
      { name: 'note', label: t('case.act.note'), kind: 'textarea' },
      { name: 'autonomyReached', label: fieldLabel(t, 'autonomyReached'), kind: 'checkbox' },
    ]);
  }
  // the family's follow-up after the child's return home, and a newer version of the case's template
  forms.push(...familyVisitForms(t, c), ...templateMoveForms(t, c, more.templates));
  if (open) add('record.note', 'addNote', 'notes', [{ name: 'text', label: t('case.act.text'), kind: 'textarea', required: true }]);
  return permitted(forms, c, me);
}

/** The forms of actions the permission table gives this user on the case (the API's permitted actions, and the case's province). */
export function permitted(forms: Form[], c: Pick<CaseDetail, 'provinceCode'>, me: Me): Form[] {
  const mine = new Set(me.permittedActions);
  return forms.filter((f) => mine.has(f.action) && (c.provinceCode === me.provinceCode || !me.provinceCode));
}
