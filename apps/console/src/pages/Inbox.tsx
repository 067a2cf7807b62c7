// A provider's inbox: the referrals addressed to the organisation, with what
// each discloses (initials, age, service); accept, decline with a reason,
// report the service started and delivered.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import type { Me, Referral } from '../api/types';
import { ActionForm } from '../components/ActionForm';
import { LoadError, Loading } from '../components/ui';
import { formatDateTime } from '../format';
import { categoryLabel } from '../labels';

export function Inbox({ me }: { me: Me }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const mine = new Set(me.permittedActions);
  const list = useQuery({ queryKey: ['referrals'], queryFn: () => unwrap<{ items: Referral[] }>(api.GET('/api/v1/referrals', { params: { query: { limit: 100 } } })), refetchInterval: 30_000 });
  return (
    <section aria-labelledby="inbox-title">
      <h1 id="inbox-title">{t('inbox.title')}</h1>
      <p>{t('inbox.intro')}</p>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <LoadError error={list.error} retry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <p className="panel">{t('inbox.empty')}</p>
      ) : (
        list.data.items.map((r) => (
          <article key={r.id} className="panel referral" aria-labelledby={`ref-${r.id}`}>
            <h2 id={`ref-${r.id}`}>
              {t(`service.${r.service}`)} · {r.caseReference}
            </h2>
            <dl>
              <dt>{t('inbox.child')}</dt>
              <dd>{t('inbox.childDesc', { initials: r.child.initials, age: r.child.age === null ? t('intake.ageUnknown') : t('intake.age', { count: r.child.age }) })}</dd>
              <dt>{t('case.category')}</dt>
              <dd>{categoryLabel(r.category, lang)}</dd>
              <dt>{t('inbox.status')}</dt>
              <dd>{t(`referralStatus.${r.status}`)}</dd>
              <dt>{t('inbox.received')}</dt>
              <dd>{formatDateTime(r.createdAt, lang)}</dd>
              {r.status === 'PENDING' ? (
                <>
                  <dt>{t('inbox.acceptBy')}</dt>
                  <dd>{formatDateTime(r.acceptDueAt, lang)}</dd>
                </>
              ) : null}
            </dl>
            <div className="grid-2">
              {r.status === 'PENDING' && mine.has('referral.accept') ? <ActionForm formId={`accept-${r.id}`} title={t('inbox.accept')} path={`/api/v1/referrals/${r.id}/accept`} fields={[]} submitLabel={t('inbox.accept')} onDone={() => void list.refetch()} /> : null}
              {r.status === 'PENDING' && mine.has('referral.decline') ? (
                <ActionForm formId={`decline-${r.id}`} title={t('inbox.decline')} path={`/api/v1/referrals/${r.id}/decline`} fields={[{ name: 'reason', label: t('inbox.declineReason'), kind: 'textarea', required: true }]} submitLabel={t('inbox.decline')} onDone={() => void list.refetch()} />
              ) : null}
              {r.status === 'ACCEPTED' && mine.has('referral.start') ? <ActionForm formId={`start-${r.id}`} title={t('inbox.start')} path={`/api/v1/referrals/${r.id}/start`} fields={[]} submitLabel={t('inbox.start')} onDone={() => void list.refetch()} /> : null}
              {(r.status === 'ACCEPTED' || r.status === 'STARTED') && mine.has('referral.complete') ? (
                <ActionForm formId={`complete-${r.id}`} title={t('inbox.complete')} path={`/api/v1/referrals/${r.id}/complete`} fields={[{ name: 'summary', label: t('inbox.completeSummary'), kind: 'textarea' }]} submitLabel={t('inbox.complete')} onDone={() => void list.refetch()} />
              ) : null}
            </div>
          </article>
        ))
      )}
    </section>
  );
}
