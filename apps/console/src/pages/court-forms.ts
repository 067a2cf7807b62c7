// The court exchange's forms on a case page: the provider of a measure the
// court ordered without one (its MEASURE_PROVIDER step), the progress report
// owed on an order (its COURT_REPORT step), the head of centre's approval of
// the written report (the APPROVAL step of subject COURT_REPORT) and the
// judge's decision on the last report sent. Which role may take each is the
// permission table's (case-forms.ts filters on the API's permitted actions).
import type { TFunction } from 'i18next';
import { COURT_DECISIONS, COURT_MEASURE_INFO, COURT_REPORT_LANGUAGES, measureService, type CourtMeasure } from '../../../../libs/domain/court';
import { pathwayOf } from '../api/case-extras';
import type { CaseDetail, Organisation } from '../api/types';
import { fieldLabel } from '../labels';
import type { Form } from './case-forms';

const side = (lang: string) => (lang === 'fr' ? 'fr' : 'ar');
export const organisationName = (o: Organisation, lang: string) => (side(lang) === 'fr' ? o.nameFr : (o.nameAr ?? o.nameFr));
const isMeasure = (code: string): code is CourtMeasure => Object.prototype.hasOwnProperty.call(COURT_MEASURE_INFO, code);

export function courtForms(t: TFunction, lang: string, c: CaseDetail, organisations: Organisation[]): Form[] {
  if (c.status !== 'OPEN') return [];
  const p = pathwayOf(c);
  const base = `/api/v1/cases/${c.id}`;
  const orderPath = (orderId: string) => `${base}/court-orders/${encodeURIComponent(orderId)}`;
  const forms: Form[] = [];

  // MEASURE_PROVIDER steps name `<orderId>/<measure>`: the province's organisations that offer the measure's service
  for (const s of p.openSteps.filter((s) => s.step === 'MEASURE_PROVIDER' && s.ref)) {
    const ref = s.ref!;
    const orderId = ref.slice(0, ref.lastIndexOf('/'));
    const measure = ref.slice(ref.lastIndexOf('/') + 1);
    if (!orderId || !isMeasure(measure)) continue;
    const offering = organisations.filter((o) => o.services.includes(measureService(measure)));
    forms.push({
      action: 'judicial.measure-provider',
      title: t('case.act.measureProviderOf', { measure: COURT_MEASURE_INFO[measure][side(lang)], order: orderId }),
      help: offering.length ? undefined : t('case.act.noProvider'),
      submitLabel: t('case.act.measureProvider'),
      path: `${orderPath(orderId)}/measures/${measure}/provider`,
      formId: `measure-provider-${orderId}-${measure}`,
      fields: [{ name: 'organisationId', label: fieldLabel(t, 'organisationId'), kind: 'select', required: true, options: offering.map((o) => ({ value: o.id, label: organisationName(o, lang) })) }],
    });
  }

  // the report owed on an order, written in Arabic or French (the user's language first)
  const languages = [...COURT_REPORT_LANGUAGES].sort((a, b) => Number(b === side(lang)) - Number(a === side(lang)));
  for (const s of p.openSteps.filter((s) => s.step === 'COURT_REPORT' && s.ref)) {
    forms.push({
      action: 'judicial.court-report',
      title: t('case.act.courtReportOf', { order: s.ref }),
      help: t('case.act.courtReportHelp'),
      submitLabel: t('case.act.courtReport'),
      path: `${orderPath(s.ref!)}/reports`,
      formId: `court-report-${s.ref}`,
      fields: [
        { name: 'language', label: fieldLabel(t, 'language'), kind: 'select', options: languages.map((l) => ({ value: l, label: t(`case.act.language_${l}`) })) },
        { name: 'summary', label: fieldLabel(t, 'summary'), kind: 'textarea', required: true },
        { name: 'situation', label: fieldLabel(t, 'situation'), kind: 'textarea' },
        { name: 'progress', label: fieldLabel(t, 'progress'), kind: 'textarea' },
        { name: 'recommendation', label: fieldLabel(t, 'recommendation'), kind: 'textarea' },
      ],
    });
  }

  // the written report awaits the head of centre: approved, it is printed and sent to the court liaison
  const awaiting = p.openSteps.some((s) => s.step === 'APPROVAL' && s.ref === 'COURT_REPORT');
  const pending = (p.courtOrders ?? []).find((o) => o.pendingReport && !o.closedAt);
  if (awaiting) {
    const which = pending?.pendingReport ? { order: pending.orderId, n: pending.pendingReport.n } : null;
    forms.push({
      action: 'case.approve',
      title: which ? t('case.act.approveCourtReportOf', which) : t('case.act.approveCourtReport'),
      help: t('case.act.approveCourtReportHelp'),
      submitLabel: t('case.act.approve'),
      path: `${base}/court-reports/approve`,
      formId: 'court-report-approve',
      fields: [],
    });
    forms.push({
      action: 'case.reject',
      title: which ? t('case.act.rejectCourtReportOf', which) : t('case.act.rejectCourtReport'),
      submitLabel: t('case.act.reject'),
      path: `${base}/court-reports/reject`,
      formId: 'court-report-reject',
      fields: [{ name: 'reason', label: t('case.act.reason'), kind: 'textarea', required: true }],
    });
  }

  // the judge answers the last report sent on an order that has no decision yet
  for (const order of (p.courtOrders ?? []).filter((o) => !o.closedAt)) {
    const sent = order.reportsSent ?? 0;
    if (sent < 1 || (order.decisions ?? []).some((d) => d.report === sent)) continue;
    forms.push({
      action: 'judicial.court-decision',
      title: t('case.act.courtDecisionOf', { order: order.orderId, n: sent }),
      submitLabel: t('case.act.courtDecision'),
      path: `${orderPath(order.orderId)}/decisions`,
      formId: `court-decision-${order.orderId}`,
      fixed: { report: sent },
      fields: [
        { name: 'decision', label: fieldLabel(t, 'decision'), kind: 'select', options: COURT_DECISIONS.map((d) => ({ value: d, label: t(`courtDecision.${d}`) })) },
        { name: 'reportEvery', label: fieldLabel(t, 'reportEvery'), kind: 'text', hint: t('case.act.durationHint') },
        { name: 'note', label: t('case.act.note'), kind: 'textarea' },
      ],
    });
  }
  return forms;
}
