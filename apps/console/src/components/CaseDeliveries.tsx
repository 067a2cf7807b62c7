// What became of a case's alerts: each alert (the step, the ladder's level and
// the role it alerts) with its deliveries by recipient and channel, where each
// stands, and when, in Africa/Casablanca. Shown to the roles the API lets read
// them (the caller's permitted actions); addresses as the API sends them
// (masked for most roles). Older alerts page in on demand.
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { formatDateTime, formatNumber } from '../format';
import { stepLabel } from '../labels';
import { LoadError, Loading } from './ui';

export interface DeliveryView {
  recipientId: string;
  channel: string;
  address: string;
  status: string;
  attempts: number;
  createdAt: string;
  sentAt: string | null;
  deliveredAt: string | null;
  failedAt: string | null;
}

export interface AlertView {
  alertKey: string;
  step: string;
  level: number;
  ladderRole: string;
  alertedAt: string;
  deliveries: DeliveryView[];
}

interface Page {
  items: AlertView[];
  nextCursor: string | null;
}

/** The last thing that happened to a delivery: its failure, its receipt, its sending, or its recording. */
const lastChange = (d: DeliveryView) => d.failedAt ?? d.deliveredAt ?? d.sentAt ?? d.createdAt;

export function CaseDeliveries({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const alerts = useInfiniteQuery({
    queryKey: ['case', caseId, 'deliveries'],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap<Page>(api.GET('/api/v1/cases/{id}/deliveries', { params: { path: { id: caseId }, query: { limit: 20, ...(pageParam ? { cursor: pageParam } : {}) } } })),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const label = (group: string, code: string) => t(`deliveries.${group}.${code}`, { defaultValue: t('common.unknown') });

  let body;
  if (alerts.isPending) body = <Loading />;
  else if (alerts.isError) body = <LoadError error={alerts.error} retry={() => void alerts.refetch()} />;
  else {
    const items = alerts.data.pages.flatMap((p) => p.items);
    body =
      items.length === 0 ? (
        <p>{t('deliveries.empty')}</p>
      ) : (
        <>
          <div className="table-wrap">
            <table className="deliveries">
              <thead>
                <tr>
                  <th scope="col">{t('deliveries.alertedAt')}</th>
                  <th scope="col">{t('deliveries.step')}</th>
                  <th scope="col">{t('deliveries.recipient')}</th>
                  <th scope="col">{t('deliveries.channel')}</th>
                  <th scope="col">{t('deliveries.status')}</th>
                  <th scope="col">{t('deliveries.at')}</th>
                </tr>
              </thead>
              <tbody>
                {items.flatMap((a) =>
                  a.deliveries.map((d) => (
                    <tr key={`${a.alertKey}-${d.recipientId}-${d.channel}`} className={d.status === 'FAILED' || d.status === 'UNDELIVERABLE' ? 'overdue' : undefined}>
                      <td>
                        <time dateTime={a.alertedAt}>{formatDateTime(a.alertedAt, lang)}</time>
                      </td>
                      <td>
                        {stepLabel(a.step, lang)}
                        <div className="sub">{t('work.levelN', { level: formatNumber(a.level, lang) })}</div>
                      </td>
                      <td>
                        {label('ladder', a.ladderRole)}
                        <div className="sub">
                          {d.recipientId} · <bdi>{d.address}</bdi>
                        </div>
                      </td>
                      <td>{label('channels', d.channel)}</td>
                      <td>
                        {label('statuses', d.status)}
                        {d.attempts > 1 ? <div className="sub">{t('deliveries.retried', { n: formatNumber(d.attempts, lang) })}</div> : null}
                      </td>
                      <td>
                        <time dateTime={lastChange(d)}>{formatDateTime(lastChange(d), lang)}</time>
                      </td>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </div>
          {alerts.hasNextPage ? (
            <button type="button" className="secondary" disabled={alerts.isFetchingNextPage} onClick={() => void alerts.fetchNextPage()}>
              {alerts.isFetchingNextPage ? t('common.loading') : t('deliveries.more')}
            </button>
          ) : null}
        </>
      );
  }
  return (
    <section className="panel" aria-labelledby="deliveries-title">
      <h2 id="deliveries-title">{t('deliveries.title')}</h2>
      {body}
    </section>
  );
}
