// The forms of a case's persons and family: a person added (relation, names,
// contacts), a person referred to a provider, a follow-up visit after the
// child's return home (its FAMILY_VISIT step), and the move of the case to a
// newer published version of its pathway template.
import type { TFunction } from 'i18next';
import { PERSON_RELATIONS, VISIT_OUTCOMES } from '../../../../libs/domain/pathway';
import { SERVICES } from '../../../../libs/domain/taxonomy';
import { pathwayOf, type CasePerson, type TemplateVersion } from '../api/case-extras';
import type { CaseDetail, Organisation } from '../api/types';
import { codeLabel, fieldLabel } from '../labels';
import type { Form } from './case-forms';
import { organisationName } from './court-forms';

const base = (c: CaseDetail) => `/api/v1/cases/${c.id}`;

export const relationLabel = (t: TFunction, relation: string) => t(`relation.${relation}`, { defaultValue: t('common.unknown') });

/** Who a person is, as the reader may see them: the names the API returned, else the initials. */
export const personName = (p: CasePerson) => (p.firstName ? [p.firstName, p.lastName].filter(Boolean).join(' ') : p.initials);

export function addPersonForm(t: TFunction, c: CaseDetail): Form {
  return {
    action: 'person.add',
    title: t('persons.add'),
    help: t('persons.addHelp'),
    submitLabel: t('persons.add'),
    path: `${base(c)}/persons`,
    formId: 'person-add',
    fields: [
      { name: 'relation', label: t('persons.relation'), kind: 'select', options: PERSON_RELATIONS.map((r) => ({ value: r, label: relationLabel(t, r) })) },
      { name: 'firstName', label: t('persons.firstName'), kind: 'text', required: true },
      { name: 'lastName', label: t('persons.lastName'), kind: 'text' },
      { name: 'phone', label: t('persons.phone'), kind: 'text', hint: t('persons.phoneHint') },
      { name: 'address', label: t('persons.address'), kind: 'text' },
      { name: 'mayContact', label: t('persons.mayContact'), kind: 'checkbox' },
    ],
  };
}

export function personReferralForm(t: TFunction, lang: string, c: CaseDetail, person: CasePerson, organisations: Organisation[]): Form {
  // the services the template proposes for this person first
  const proposed = new Set((pathwayOf(c).familyProposals ?? []).filter((p) => p.personId === person.id && !p.referralId).map((p) => p.service));
  const services = [...SERVICES].sort((a, b) => Number(proposed.has(b)) - Number(proposed.has(a)));
  return {
    action: 'referral.create',
    title: t('persons.referOf', { who: `${relationLabel(t, person.relation)} (${personName(person)})` }),
    submitLabel: t('persons.refer'),
    path: `${base(c)}/persons/${person.id}/referrals`,
    formId: `person-referral-${person.id}`,
    fields: [
      { name: 'organisationId', label: fieldLabel(t, 'organisationId'), kind: 'select', required: true, options: organisations.map((o) => ({ value: o.id, label: organisationName(o, lang) })) },
      { name: 'service', label: fieldLabel(t, 'service'), kind: 'select', options: services.map((s) => ({ value: s, label: codeLabel(t, 'service', s) })) },
      { name: 'sharesInformation', label: fieldLabel(t, 'sharesInformation'), kind: 'yesno', initial: false },
    ],
  };
}

/** The follow-up visit the pathway awaits; the last one may ask for the closure. */
export function familyVisitForms(t: TFunction, c: CaseDetail): Form[] {
  const p = pathwayOf(c);
  if (c.status !== 'OPEN' || !p.openSteps.some((s) => s.step === 'FAMILY_VISIT')) return [];
  const f = p.family;
  const last = f ? f.done + 1 >= f.visits : false;
  return [
    {
      action: 'family.visit',
      title: f ? t('case.act.familyVisitOf', { n: f.done + 1, of: f.visits }) : t('case.act.familyVisit'),
      submitLabel: t('case.act.familyVisit'),
      path: `${base(c)}/family-visits`,
      formId: 'family-visit',
      fields: [
        { name: 'outcome', label: fieldLabel(t, 'outcome'), kind: 'select', options: VISIT_OUTCOMES.map((o) => ({ value: o, label: t(`visitOutcome.${o}`) })) },
        { name: 'note', label: t('case.act.note'), kind: 'textarea' },
        ...(last ? [{ name: 'requestClosure', label: fieldLabel(t, 'requestClosure'), kind: 'checkbox' as const }] : []),
      ],
    },
  ];
}

/** The version a case of this category and province would run now: its province's latest published override, else the national one. */
export function effectiveVersion(versions: TemplateVersion[], category: string, provinceCode: string): TemplateVersion | undefined {
  const published = versions.filter((v) => v.category === category && v.status === 'PUBLISHED');
  const latest = (list: TemplateVersion[]) => list.sort((a, b) => b.version - a.version)[0];
  return latest(published.filter((v) => v.provinceCode === provinceCode)) ?? latest(published.filter((v) => v.provinceCode === null));
}

/** Offered only when a newer published version than the case's exists (the pathway still judges its open steps). */
export function templateMoveForms(t: TFunction, c: CaseDetail, versions: TemplateVersion[] | undefined): Form[] {
  if (c.status !== 'OPEN' || !versions) return [];
  const current = pathwayOf(c).template?.version ?? 1;
  const target = effectiveVersion(versions, c.category, c.provinceCode);
  if (!target || target.version <= current) return [];
  return [
    {
      action: 'case.template.move',
      title: t('case.act.templateMove'),
      help: t('case.act.templateMoveHelp', { from: current, to: target.version }),
      submitLabel: t('case.act.templateMoveTo', { version: target.version }),
      path: `${base(c)}/template`,
      formId: 'template-move',
      fixed: { version: target.version },
      fields: [],
    },
  ];
}
