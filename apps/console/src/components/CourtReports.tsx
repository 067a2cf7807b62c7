// The court orders of a case: their measures, the reports sent and the one
// awaiting the head of centre, the judge's decisions, and each sent report's
// PDF (the document the worker printed, named on the timeline's
// COURT_REPORT_SENT fact) for the roles that may read the case's documents.
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { COURT_MEASURE_INFO, type CourtMeasure } from '../../../../libs/domain/court';
import { api, unwrap } from '../api/client';
import { pathwayOf, type CourtOrderView } from '../api/case-extras';
import type { CaseDetail, Me, TimelineEntry } from '../api/types';
import { formatDate, formatDateTime } from '../format';
import { problemSentence } from './problems';
import { Notice } from './ui';

const side = (lang: string) => (lang === 'fr' ? 'fr' : 'ar');

/** Saves the document under its name (an object URL: the CSP allows no other way to hand a download over). */
async function saveDocument(caseId: string, documentId: string, filename: string): Promise<void> {
  const blob = await unwrap<Blob>(api.GET('/api/v1/cases/{id}/documents/{documentId}', { params: { path: { id: caseId, documentId } }, parseAs: 'blob' }));
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  URL.revokeObjectURL(url);
}

function PdfButton({ caseId, reference, documentId, order, n }: { caseId: string; reference: string; documentId: string; order: string; n: number }) {
  const { t } = useTranslation();
  const save = useMutation({ mutationFn: () => saveDocument(caseId, documentId, `${reference}-${n}.pdf`) });
  return (
    <>
      <button type="button" className="secondary" onClick={() => save.mutate()} disabled={save.isPending} aria-busy={save.isPending}>
        {t('court.pdf', { order, n })}
      </button>
      {save.error ? <Notice kind="error">{problemSentence(t, save.error)}</Notice> : null}
    </>
  );
}

const measureName = (m: string, lang: string) => COURT_MEASURE_INFO[m as CourtMeasure]?.[side(lang)] ?? m;

export function CourtReports({ c, me }: { c: CaseDetail; me: Me }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const mine = new Set(me.permittedActions);
  const orders: CourtOrderView[] = pathwayOf(c).courtOrders ?? [];
  // the same query (and cache) as the case page's timeline
  const timeline = useQuery({
    queryKey: ['case', c.id, 'timeline'],
    enabled: orders.length > 0 && mine.has('case.timeline.read'),
    queryFn: () => unwrap<{ items: TimelineEntry[] }>(api.GET('/api/v1/cases/{id}/timeline', { params: { path: { id: c.id } } })),
  });
  if (orders.length === 0) return null;
  const facts = (type: string, orderId: string) => (timeline.data?.items ?? []).filter((e) => e.type === type && e.data?.orderId === orderId);
  return (
    <section className="panel" aria-labelledby="court-title">
      <h2 id="court-title">{t('court.title')}</h2>
      <ul className="record">
        {orders.map((o) => (
          <li key={o.orderId}>
            <div>
              <strong>{t('court.order', { order: o.orderId })}</strong> · {o.measures.map((m) => measureName(m, lang)).join(lang === 'fr' ? ', ' : '، ')}
              {o.closedAt ? ` · ${t('court.closed', { at: formatDate(o.closedAt, lang) })}` : null}
            </div>
            <div className="sub">{t('court.sent', { n: o.reportsSent ?? 0 })}</div>
            {o.pendingReport ? <div className="sub">{t('court.pending', { n: o.pendingReport.n, at: formatDateTime(o.pendingReport.submittedAt, lang) })}</div> : null}
            {(o.decisions ?? []).map((d) => (
              <div key={d.report} className="sub">
                {t('court.decision', { n: d.report, decision: t(`courtDecision.${d.decision}`, { defaultValue: t('common.unknown') }), at: formatDate(d.at, lang) })}
              </div>
            ))}
            {facts('COURT_REPORT_NOT_SENT', o.orderId).map((e) => (
              <div key={`not-sent-${e.at}`} className="sub">
                {t('court.notSent', { n: e.data?.report })}
              </div>
            ))}
            {mine.has('record.document.read')
              ? facts('COURT_REPORT_SENT', o.orderId)
                  .filter((e) => typeof e.data?.documentId === 'string')
                  .map((e) => <PdfButton key={String(e.data!.documentId)} caseId={c.id} reference={c.reference} documentId={String(e.data!.documentId)} order={o.orderId} n={Number(e.data!.report)} />)
              : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
