// Supervision: overdue steps by province with the ladder level reached,
// escalations, and the indicators as charts (plain SVG, see BarChart), each
// with the CSV of the rows it draws, as the API computed them.
import { useQueries } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { token } from '../auth/session';
import type { OverdueStep } from '../api/types';
import { BarChart, type Bar, type ChartCsv } from '../components/BarChart';
import { LoadError, Loading } from '../components/ui';
import { formatDateTime, formatNumber } from '../format';
import { categoryLabel, codeLabel, stepLabel } from '../labels';
import { useProvinceName } from '../provinces';
import { Link } from '../router';

type IndicatorRow = { provinceCode: string; indicator: string; dimension: string; value: number | string };

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

/** The indicator charts: which rows of the API's answer, and how each bar is named. */
function indicatorCharts(t: TFunction, lang: string, province: (code: string) => string, rows: IndicatorRow[], from: string, to: string) {
  // a bar per province and dimension: small counts stay as the API publishes them, never summed
  const chart = (key: string, indicators: string[], label: (r: IndicatorRow) => string, opts: { unit?: string; digits?: number } = {}) => {
    const mine = rows.filter((r) => indicators.includes(r.indicator));
    const bars: Bar[] = mine.map((r) => ({ label: label(r), value: r.value }));
    const csv: ChartCsv = { file: `masar-${key}.csv`, header: ['provinceCode', 'indicator', 'dimension', 'value', 'from', 'to'], lines: mine.map((r) => [r.provinceCode, r.indicator, r.dimension, r.value, from, to]) };
    return { key, title: t(`supervision.chart.${key}`), bars, csv, unit: opts.unit, digits: opts.digits };
  };
  return [
    chart('escalations', ['escalations_by_level'], (r) => `${province(r.provinceCode)} · ${t('work.levelN', { level: r.dimension })}`),
    chart('byCategory', ['reports_by_category'], (r) => `${province(r.provinceCode)} · ${categoryLabel(r.dimension, lang)}`),
    chart('byEntryPoint', ['reports_by_entry_point'], (r) => `${province(r.provinceCode)} · ${codeLabel(t, 'entryPoint', r.dimension)}`),
    chart('acceptedInTime', ['referrals_accepted_within_deadline_pct'], (r) => province(r.provinceCode), { unit: ' %', digits: 1 }),
    chart('redirections', ['redirections'], (r) => `${province(r.provinceCode)} · ${t(`supervision.redirection.${r.dimension}`, { defaultValue: t('common.unknown') })}`),
    chart('afterCare', ['aftercare_entered', 'young_adults_in_aftercare'], (r) => `${province(r.provinceCode)} · ${t(`supervision.afterCare.${r.indicator}`)}`),
  ];
}

/** Overdue steps counted by province and level, with their CSV. */
function overdueChart(t: TFunction, province: (code: string) => string, byProvince: Record<string, OverdueStep[]>) {
  const counts = new Map<string, { provinceCode: string; level: number; n: number }>();
  for (const [provinceCode, steps] of Object.entries(byProvince)) {
    for (const s of steps) {
      const k = `${provinceCode}:${s.level}`;
      counts.set(k, { provinceCode, level: s.level, n: (counts.get(k)?.n ?? 0) + 1 });
    }
  }
  const rows = [...counts.values()].sort((a, b) => a.provinceCode.localeCompare(b.provinceCode) || a.level - b.level);
  return {
    bars: rows.map((r) => ({ label: `${province(r.provinceCode)} · ${r.level < 0 ? t('work.levelNone') : t('work.levelN', { level: r.level })}`, value: r.n })),
    csv: { file: 'masar-overdue-steps.csv', header: ['provinceCode', 'level', 'overdueSteps'], lines: rows.map((r) => [r.provinceCode, r.level, r.n]) },
  };
}

export function Supervision() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { from, to } = period();
  const [overdue, escalations, indicators] = useQueries({
    queries: [
      { queryKey: ['overdue'], queryFn: () => unwrap<{ total: number; byProvince: Record<string, OverdueStep[]> }>(api.GET('/api/v1/supervision/overdue')), refetchInterval: 30_000 },
      { queryKey: ['escalations'], queryFn: () => unwrap<{ items: { period: string; provinceCode: string; level: number; count: number }[] }>(api.GET('/api/v1/supervision/escalations', { params: { query: { period: 'month' } } })) },
      { queryKey: ['indicators'], queryFn: () => unwrap<{ rows: IndicatorRow[]; from: string; to: string }>(api.GET('/api/v1/indicators', { params: { query: { from, to, format: 'json' } } })) },
    ],
  });
  const province = useProvinceName();

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
            <BarChart title={t('supervision.chart.overdue')} {...overdueChart(t, province, overdue.data.byProvince)} />
            {Object.entries(overdue.data.byProvince).map(([code, steps]) => (
              <div className="table-wrap" key={code}>
                <table>
                  <caption>{province(code)}</caption>
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
                    <td>{province(e.provinceCode)}</td>
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
            <div className="charts">
              {indicatorCharts(t, lang, province, indicators.data.rows, indicators.data.from, indicators.data.to).map(({ key, ...c }) => (
                <BarChart key={key} {...c} />
              ))}
            </div>
            <button type="button" className="secondary" onClick={() => void downloadCsv()}>
              {t('supervision.csv')}
            </button>
          </>
        )}
      </section>
    </section>
  );
}
