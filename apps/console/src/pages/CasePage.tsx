// A case: the child as the role may see it, the stage on the pathway, open
// steps, the actions the caller may take now (the API's permitted actions for
// this user, matched to what the pathway awaits), the written record and the
// timeline, in Africa/Casablanca.
import { useQueries, useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import type { CaseDetail, Me, Organisation, RecordEntry, TimelineEntry } from '../api/types';
import { useCodecSession, workflowPage } from '../auth/codec';
import { useCaseTemplates } from '../api/templates';
import { ActionForm } from '../components/ActionForm';
import { CaseDeliveries } from '../components/CaseDeliveries';
import { CourtReports } from '../components/CourtReports';
import { PersonsSection } from '../components/Persons';
import { PathwayDrawing } from '../components/PathwayDrawing';
import { LoadError, Loading } from '../components/ui';
import { formatDate, formatDateTime } from '../format';
import { categoryLabel, codeLabel, eventLabel, fieldLabel, fieldValue, recordKindLabel, stepLabel } from '../labels';
import { useProvinceName } from '../provinces';
import { availableForms } from './case-forms';

/** A record entry's body as labelled fields, each value through its vocabulary. */
function EntryFields({ body, lang, t, province }: { body: Record<string, unknown> | null | undefined; lang: string; t: TFunction; province: (code: string) => string }) {
  const fields = Object.entries(body ?? {}).filter(([, v]) => v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0));
  if (fields.length === 0) return null;
  return (
    <dl className="entry-fields">
      {fields.map(([k, v]) => (
        <div key={k}>
          <dt>{fieldLabel(t, k)}</dt>
          <dd>{fieldValue(t, lang, k, v, province)}</dd>
        </div>
      ))}
    </dl>
  );
}

export function CasePage({ id, me }: { id: string; me: Me }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const mine = new Set(me.permittedActions);
  const provinceName = useProvinceName();
  const codec = useCodecSession(me);
  const [kase, record, timeline] = useQueries({
    queries: [
      { queryKey: ['case', id], queryFn: () => unwrap<CaseDetail>(api.GET('/api/v1/cases/{id}', { params: { path: { id } } })) },
      { queryKey: ['case', id, 'record'], enabled: mine.has('record.read'), queryFn: () => unwrap<{ entries: RecordEntry[] }>(api.GET('/api/v1/cases/{id}/record', { params: { path: { id } } })) },
      { queryKey: ['case', id, 'timeline'], enabled: mine.has('case.timeline.read'), queryFn: () => unwrap<{ items: TimelineEntry[] }>(api.GET('/api/v1/cases/{id}/timeline', { params: { path: { id } } })) },
    ],
  });
  const provinceOfCase = kase.data?.provinceCode;
  const organisations = useQuery({
    queryKey: ['organisations', provinceOfCase],
    enabled: Boolean(provinceOfCase) && (mine.has('referral.create') || mine.has('judicial.measure-provider')) && mine.has('directory.read'),
    staleTime: 10 * 60 * 1000,
    queryFn: () => unwrap<{ items: Organisation[] }>(api.GET('/api/v1/organisations', { params: { query: { provinceCode: provinceOfCase! } } })),
  });
  const templates = useCaseTemplates(kase.data, me);
  if (kase.isPending) return <Loading />;
  if (kase.isError) return <LoadError error={kase.error} retry={() => void kase.refetch()} />;
  const c = kase.data;
  const refresh = () => {
    void kase.refetch();
    void record.refetch();
    void timeline.refetch();
  };
  const child = c.child;
  const name = [child.firstName, child.lastName].filter(Boolean).join(' ');
  const forms = availableForms(t, lang, c, me, organisations.data?.items ?? [], { templates });

  return (
    <article aria-labelledby="case-title" className="case">
      <h1 id="case-title">{t('case.title', { reference: c.reference })}</h1>
      {codec ? (
        <p className="case-links">
          <a href={workflowPage(codec, c.workflowId)} target="_blank" rel="noopener noreferrer">
            {t('case.temporalUi')}
          </a>
        </p>
      ) : null}
      <div className="grid-2">
        <section className="panel" aria-labelledby="child-title">
          <h2 id="child-title">{t('case.child')}</h2>
          <dl>
            {name ? (
              <>
                <dt>{t('case.name')}</dt>
                <dd>{name}</dd>
              </>
            ) : (
              <>
                <dt>{t('case.initials')}</dt>
                <dd>{child.initials}</dd>
              </>
            )}
            <dt>{t('case.sex')}</dt>
            <dd>{child.sex === 'F' ? t('intake.sexF') : child.sex === 'M' ? t('intake.sexM') : t('common.unknown')}</dd>
            {child.dateOfBirth ? (
              <>
                <dt>{t('case.born')}</dt>
                <dd>{formatDate(String(child.dateOfBirth), lang)}</dd>
              </>
            ) : null}
          </dl>
        </section>
        <section className="panel" aria-labelledby="facts-title">
          <h2 id="facts-title" className="visually-hidden">
            {t('case.status')}
          </h2>
          <dl>
            <dt>{t('case.province')}</dt>
            <dd>{provinceName(c.provinceCode)}</dd>
            <dt>{t('case.category')}</dt>
            <dd>{categoryLabel(c.category, lang)}</dd>
            <dt>{t('case.risk')}</dt>
            <dd>
              <span className={`risk risk-${c.riskLevel}`}>{codeLabel(t, 'risk', c.riskLevel)}</span>
            </dd>
            <dt>{t('case.track')}</dt>
            <dd>{t(`case.track${c.track}`)}</dd>
            <dt>{t('case.openedAt')}</dt>
            <dd>{formatDateTime(c.openedAt, lang)}</dd>
            <dt>{t('case.status')}</dt>
            <dd>{t(`case.status${c.status}`)}</dd>
          </dl>
        </section>
      </div>
      <section className="panel" aria-labelledby="pathway-title">
        <h2 id="pathway-title">{t('case.pathway')}</h2>
        <PathwayDrawing stage={c.pathway.stage ?? c.stage} />
      </section>
      <section className="panel" aria-labelledby="steps-title">
        <h2 id="steps-title">{t('case.steps')}</h2>
        {c.pathway.openSteps.length === 0 ? (
          <p>{t('case.noSteps')}</p>
        ) : (
          <ul className="steps">
            {c.pathway.openSteps.map((s) => (
              <li key={s.key ?? s.step} className={s.overdue ? 'overdue' : undefined}>
                <strong>{stepLabel(s.step, lang)}</strong> — {t('case.dueAt', { at: formatDateTime(s.dueAt, lang) })} · {(s.level < 0 ? t('work.levelNone') : t('work.levelN', { level: s.level }))}
                {s.overdue ? <span className="badge badge-late">{t('work.overdue')}</span> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="panel" aria-labelledby="actions-title">
        <h2 id="actions-title">{t('case.actions')}</h2>
        {forms.length === 0 ? <p>{t('case.noActions')}</p> : forms.map(({ action: _a, ...f }) => <ActionForm key={f.formId ?? f.path} {...f} onDone={refresh} />)}
      </section>
      <CourtReports c={c} me={me} />
      <PersonsSection c={c} me={me} organisations={organisations.data?.items ?? []} onChange={refresh} />
      {mine.has('record.read') ? (
        <section className="panel" aria-labelledby="record-title">
          <h2 id="record-title">{t('case.record')}</h2>
          {record.isPending ? (
            <Loading />
          ) : record.isError ? (
            <LoadError error={record.error} retry={() => void record.refetch()} />
          ) : record.data.entries.length === 0 ? (
            <p>{t('case.recordEmpty')}</p>
          ) : (
            <ul className="record">
              {record.data.entries.map((e) => (
                <li key={e.id}>
                  <div>
                    <strong>{recordKindLabel(t, e.kind)}</strong> · {formatDateTime(e.createdAt, lang)} · {t('case.by', { who: e.author.userId })}
                    {e.version && e.version > 1 ? ` · ${t('case.version', { version: e.version })}` : null}
                  </div>
                  <EntryFields body={e.body} lang={lang} t={t} province={provinceName} />
                  {e.withheld && (!Array.isArray(e.withheld) || e.withheld.length) ? <div className="sub">{t('case.withheld')}</div> : null}
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
      {mine.has('case.timeline.read') ? (
        <section className="panel" aria-labelledby="timeline-title">
          <h2 id="timeline-title">{t('case.timeline')}</h2>
          {timeline.isPending ? (
            <Loading />
          ) : timeline.isError ? (
            <LoadError error={timeline.error} retry={() => void timeline.refetch()} />
          ) : timeline.data.items.length === 0 ? (
            <p>{t('case.timelineEmpty')}</p>
          ) : (
            <ol className="timeline">
              {timeline.data.items.map((e, i) => (
                <li key={`${e.at}-${i}`}>
                  <time dateTime={e.at}>{formatDateTime(e.at, lang)}</time> <strong>{eventLabel(t, e.type)}</strong>
                  {e.by?.userId ? <span className="sub"> {t('timeline.by', { who: e.by.userId, role: e.by.role ? codeLabel(t, 'role', e.by.role) : '' })}</span> : null}
                </li>
              ))}
            </ol>
          )}
        </section>
      ) : null}
      {mine.has('case.deliveries.read') ? <CaseDeliveries caseId={id} /> : null}
    </article>
  );
}
