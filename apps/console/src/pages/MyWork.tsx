// My work: the open steps of the caller's province, by due time, with the
// escalation level reached and overdue steps marked; filters by stage,
// category, risk and assignee. Refreshed by polling every 15 s (the API's
// answers are Cache-Control: no-store and carry no ETag, and a server-sent
// stream would hold a connection per agent through proxies for little gain
// at this rate; TanStack Query pauses polling in a hidden tab).
import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CATEGORY_CODES, RISK_LEVELS } from '../../../../libs/domain/taxonomy';
import { STAGES } from '../../../../libs/domain/pathway';
import { api, unwrap } from '../api/client';
import type { CaseSummary } from '../api/types';
import { LoadError, Loading } from '../components/ui';
import { formatDateTime, formatTime } from '../format';
import { categoryLabel, stepLabel } from '../labels';
import { Link } from '../router';

export const POLL_SECONDS = 15;

export function MyWork() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [filters, setFilters] = useState({ stage: '', category: '', risk: '', assignee: '', overdue: false });
  const cases = useQuery({
    queryKey: ['cases', 'open'],
    queryFn: () => unwrap<{ items: CaseSummary[] }>(api.GET('/api/v1/cases', { params: { query: { status: 'OPEN', limit: 200 } } })),
    refetchInterval: POLL_SECONDS * 1000,
  });
  const rows = useMemo(() => {
    const all = (cases.data?.items ?? []).flatMap((c) => c.openSteps.map((s) => ({ c, s })));
    return all
      .filter(({ c, s }) => (!filters.stage || c.stage === filters.stage) && (!filters.category || c.category === filters.category) && (!filters.risk || c.riskLevel === filters.risk) && (!filters.assignee || (filters.assignee === '-' ? !c.assigneeId : c.assigneeId === filters.assignee)) && (!filters.overdue || s.overdue))
      .sort((a, b) => (a.s.dueAt ?? '9').localeCompare(b.s.dueAt ?? '9'));
  }, [cases.data, filters]);
  const assignees = useMemo(() => [...new Set((cases.data?.items ?? []).map((c) => c.assigneeId).filter((a): a is string => Boolean(a)))].sort(), [cases.data]);
  const set = (k: keyof typeof filters) => (e: { target: { value: string } }) => setFilters((f) => ({ ...f, [k]: e.target.value }));

  return (
    <section aria-labelledby="work-title">
      <h1 id="work-title">{t('work.title')}</h1>
      <p>
        {t('work.intro')} {t('work.refresh', { seconds: POLL_SECONDS })}
        {cases.dataUpdatedAt ? ` ${t('common.updatedAt', { time: formatTime(new Date(cases.dataUpdatedAt), lang) })}` : null}
      </p>
      <form className="filters" aria-label={t('work.filters')} onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('work.stage')}
          <select value={filters.stage} onChange={set('stage')}>
            <option value="">{t('common.all')}</option>
            {STAGES.map((s) => (
              <option key={s} value={s}>
                {t(`stage.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('work.category')}
          <select value={filters.category} onChange={set('category')}>
            <option value="">{t('common.all')}</option>
            {CATEGORY_CODES.map((c) => (
              <option key={c} value={c}>
                {categoryLabel(c, lang)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('work.risk')}
          <select value={filters.risk} onChange={set('risk')}>
            <option value="">{t('common.all')}</option>
            {RISK_LEVELS.map((r) => (
              <option key={r} value={r}>
                {t(`risk.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('work.assignee')}
          <select value={filters.assignee} onChange={set('assignee')}>
            <option value="">{t('common.all')}</option>
            <option value="-">{t('work.unassigned')}</option>
            {assignees.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={filters.overdue} onChange={(e) => setFilters((f) => ({ ...f, overdue: e.target.checked }))} /> {t('work.overdueOnly')}
        </label>
      </form>
      {cases.isPending ? (
        <Loading />
      ) : cases.isError ? (
        <LoadError error={cases.error} retry={() => void cases.refetch()} />
      ) : rows.length === 0 ? (
        <p className="panel">{t('work.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption>{t('work.count', { count: rows.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('work.due')}</th>
                <th scope="col">{t('work.case')}</th>
                <th scope="col">{t('work.step')}</th>
                <th scope="col">{t('work.stage')}</th>
                <th scope="col">{t('work.risk')}</th>
                <th scope="col">{t('work.level')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ c, s }) => (
                <tr key={`${c.id}-${s.step}-${s.dueAt}`} className={s.overdue ? 'overdue' : undefined}>
                  <td>
                    {formatDateTime(s.dueAt, lang)} <span className={s.overdue ? 'badge badge-late' : 'badge'}>{s.overdue ? t('work.overdue') : t('work.onTime')}</span>
                  </td>
                  <td>
                    <Link to={`/cases/${c.id}`}>{c.reference}</Link>
                    <div className="sub">{categoryLabel(c.category, lang)}</div>
                  </td>
                  <td>{stepLabel(s.step, lang)}</td>
                  <td>{t(`stage.${c.stage}`)}</td>
                  <td>
                    <span className={`risk risk-${c.riskLevel}`}>{t(`risk.${c.riskLevel}`)}</span>
                  </td>
                  <td>{(s.level < 0 ? t('work.levelNone') : t('work.levelN', { level: s.level }))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
