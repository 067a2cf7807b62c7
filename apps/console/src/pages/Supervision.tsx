// Supervision: overdue steps by province with the ladder level reached,
// escalations by level, and reports by category as a bar chart (SVG, no
// inline style) with the CSV the API computes behind it.
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { token } from '../auth/session';
import type { OverdueStep } from '../api/types';
import { LoadError, Loading } from '../components/ui';
import { formatDateTime, formatNumber } from '../format';
import { categoryLabel, stepLabel } from '../labels';
import { Link } from '../router';

type IndicatorRow = { provinceCode: string; indicator: string; dimension: string; value: number };

function period() {
  const to = new Date();
  const from = new Date(to.getTime() - 365 * 86_400_000);
  return { from: from.toISOString(), to: to.toISOString() };
}

async function downloadCsv() {
  const { from, to } = period();
  const res = await fetch(`/api/v1/indicators?${new URLSearchParams({ from, to, format: 'csv' })}`, { headers: { Authorization: `Bearer ${token()}` } });
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = 'masar-indicators.csv';
  a.click();
  URL.revokeObjectURL(url);
}

function BarChart({ title, rows, lang }: { title: string; rows: { label: string; value: number }[]; lang: string }) {
  const { t } = useTranslation();
  const max = Math.max(1, ...rows.map((r) => r.value));
  const barH = 22;
  const summary = rows.map((r) => `${r.label} ${formatNumber(r.value, lang)}`).join(', ');
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <svg role="img" aria-label={t('supervision.chartLabel', { title, summary })} viewBox={`0 0 400 ${rows.length * (barH + 6)}`} width="100%">
        {rows.map((r, i) => (
          <g key={r.label} transform={`translate(0 ${i * (barH + 6)})`}>
            <rect x={lang === 'ar' ? 400 - (r.value / max) * 250 : 150} width={(r.value / max) * 250} height={barH} className="bar" />
            <text x={lang === 'ar' ? 395 - (r.value / max) * 250 - 5 : 145} y={barH - 6} textAnchor="end" className="bar-label" direction={lang === 'ar' ? 'rtl' : 'ltr'}>
              {r.label} ({formatNumber(r.value, lang)})
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}

export function Supervision() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { from, to } = period();
  const [overdue, escalations, indicators] = useQueries({
    queries: [
      { queryKey: ['overdue'], queryFn: () => unwrap<{ total: number; byProvince: Record<string, OverdueStep[]> }>(api.GET('/api/v1/supervision/overdue')), refetchInterval: 30_000 },
      { queryKey: ['escalations'], queryFn: () => unwrap<{ items: { period: string; provinceCode: string; level: number; count: number }[] }>(api.GET('/api/v1/supervision/escalations', { params: { query: { period: 'month' } } })) },
      { queryKey: ['indicators'], queryFn: () => unwrap<{ rows: IndicatorRow[] }>(api.GET('/api/v1/indicators', { params: { query: { from, to, format: 'json' } } })) },
    ],
  });
  const byCategory = new Map<string, number>();
  for (const r of indicators.data?.rows ?? []) if (r.indicator === 'reports_by_category') byCategory.set(r.dimension, (byCategory.get(r.dimension) ?? 0) + r.value);

  return (
    <section aria-labelledby="sup-title">
      <h1 id="sup-title">{t('supervision.title')}</h1>
      <section className="panel" aria-labelledby="overdue-title">
        <h2 id="overdue-title">{t('supervision.overdue')}</h2>
        {overdue.isPending ? (
          <Loading />
        ) : overdue.isError ? (
          <LoadError error={overdue.error} retry={() => void overdue.refetch()} />
        ) : overdue.data.total === 0 ? (
          <p>{t('supervision.empty')}</p>
        ) : (
          <>
            <p>{t('supervision.overdueTotal', { count: overdue.data.total })}</p>
            {Object.entries(overdue.data.byProvince).map(([province, steps]) => (
              <div className="table-wrap" key={province}>
                <table>
                  <caption>{province}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('work.case')}</th>
                      <th scope="col">{t('work.step')}</th>
                      <th scope="col">{t('work.due')}</th>
                      <th scope="col">{t('supervision.late')}</th>
                      <th scope="col">{t('work.level')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {steps.map((s) => (
                      <tr key={`${s.caseId}-${s.step}`} className="overdue">
                        <td>
                          <Link to={`/cases/${s.caseId}`}>{s.caseReference}</Link>
                          <div className="sub">{categoryLabel(s.category, lang)}</div>
                        </td>
                        <td>{stepLabel(s.step, lang)}</td>
                        <td>{formatDateTime(s.dueAt, lang)}</td>
                        <td>{t('supervision.lateHours', { count: Math.round(s.lateMs / 3_600_000) })}</td>
                        <td>{t('work.levelN', { level: s.level })}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ))}
          </>
        )}
      </section>
      <section className="panel" aria-labelledby="esc-title">
        <h2 id="esc-title">{t('supervision.escalations')}</h2>
        {escalations.isPending ? (
          <Loading />
        ) : escalations.isError ? (
          <LoadError error={escalations.error} retry={() => void escalations.refetch()} />
        ) : escalations.data.items.length === 0 ? (
          <p>{t('supervision.empty')}</p>
        ) : (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('supervision.period')}</th>
                  <th scope="col">{t('case.province')}</th>
                  <th scope="col">{t('supervision.level')}</th>
                  <th scope="col">{t('supervision.count')}</th>
                </tr>
              </thead>
              <tbody>
                {escalations.data.items.map((e) => (
                  <tr key={`${e.period}-${e.provinceCode}-${e.level}`}>
                    <td>{formatDateTime(e.period, lang)}</td>
                    <td>{e.provinceCode}</td>
                    <td>{e.level}</td>
                    <td>{formatNumber(e.count, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section className="panel" aria-labelledby="ind-title">
        <h2 id="ind-title">{t('supervision.indicators')}</h2>
        {indicators.isPending ? (
          <Loading />
        ) : indicators.isError ? (
          <LoadError error={indicators.error} retry={() => void indicators.refetch()} />
        ) : (
          <>
            {byCategory.size === 0 ? <p>{t('supervision.empty')}</p> : <BarChart title={t('supervision.byCategory')} lang={lang} rows={[...byCategory].map(([k, v]) => ({ label: categoryLabel(k, lang), value: v }))} />}
            <button type="button" className="secondary" onClick={() => void downloadCsv()}>
              {t('supervision.csv')}
            </button>
          </>
        )}
      </section>
    </section>
  );
}
