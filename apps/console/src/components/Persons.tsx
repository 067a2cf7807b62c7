// The persons of a case (mother, father, guardian, the adult found with the
// child...): their relation for every reader, names and contacts only when the
// API returns them (the disclosure rule person.identity decides, not the
// console), the services the template proposes for them; a person added, and
// a person referred to a provider, for the roles the permission table allows.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { pathwayOf, type CasePerson } from '../api/case-extras';
import type { CaseDetail, Me, Organisation } from '../api/types';
import { codeLabel } from '../labels';
import { permitted } from '../pages/case-forms';
import { addPersonForm, personName, personReferralForm, relationLabel } from '../pages/family-forms';
import { ActionForm } from './ActionForm';
import { Field, LoadError, Loading } from './ui';

export function PersonsSection({ c, me, organisations, onChange }: { c: CaseDetail; me: Me; organisations: Organisation[]; onChange?: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const mayList = me.permittedActions.includes('person.list');
  const persons = useQuery({
    queryKey: ['case', c.id, 'persons'],
    enabled: mayList,
    queryFn: () => unwrap<{ persons: CasePerson[] }>(api.GET('/api/v1/cases/{id}/persons', { params: { path: { id: c.id } } })),
  });
  const [chosen, setChosen] = useState('');
  if (!mayList) return null;
  const list = persons.data?.persons ?? [];
  const proposals = pathwayOf(c).familyProposals ?? [];
  const open = c.status === 'OPEN';
  const [add] = open ? permitted([addPersonForm(t, c)], c, me) : [];
  const person = list.find((p) => p.id === chosen) ?? list[0];
  const [refer] = open && person ? permitted([personReferralForm(t, lang, c, person, organisations)], c, me) : [];
  const refresh = () => {
    void persons.refetch();
    onChange?.();
  };
  const sep = lang === 'fr' ? ', ' : '، ';

  return (
    <section className="panel" aria-labelledby="persons-title">
      <h2 id="persons-title">{t('persons.title')}</h2>
      {persons.isPending ? (
        <Loading />
      ) : persons.isError ? (
        <LoadError error={persons.error} retry={refresh} />
      ) : list.length === 0 ? (
        <p>{t('persons.empty')}</p>
      ) : (
        <ul className="record">
          {list.map((p) => {
            const proposed = proposals.filter((x) => x.personId === p.id && !x.referralId).map((x) => codeLabel(t, 'service', x.service));
            return (
              <li key={p.id}>
                <div>
                  <strong>{relationLabel(t, p.relation)}</strong> · {p.firstName ? personName(p) : t('persons.initials', { initials: p.initials })}
                </div>
                {p.phone ? <div className="sub">{t('persons.phoneIs', { phone: p.phone })}</div> : null}
                {p.address ? <div className="sub">{t('persons.addressIs', { address: p.address })}</div> : null}
                <div className="sub">
                  {p.mayContact ? t('persons.contactYes') : t('persons.contactNo')}
                  {p.referrals.length ? ` · ${t('persons.referred', { n: p.referrals.length })}` : null}
                </div>
                {proposed.length ? <div className="sub">{t('persons.proposed', { services: proposed.join(sep) })}</div> : null}
              </li>
            );
          })}
        </ul>
      )}
      {refer && person ? (
        <>
          {list.length > 1 ? (
            <Field label={t('persons.whom')}>
              {({ id }) => (
                <select id={id} name="personId" value={person.id} onChange={(e) => setChosen(e.target.value)}>
                  {list.map((p) => (
                    <option key={p.id} value={p.id}>
                      {`${relationLabel(t, p.relation)} (${personName(p)})`}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ) : null}
          {/* one form per person: its Idempotency-Keys and answers are that person's */}
          <ActionForm key={refer.formId} {...withoutAction(refer)} onDone={refresh} />
        </>
      ) : null}
      {add ? <ActionForm {...withoutAction(add)} onDone={refresh} /> : null}
    </section>
  );
}

const withoutAction = ({ action: _a, ...form }: ReturnType<typeof addPersonForm>) => form;
