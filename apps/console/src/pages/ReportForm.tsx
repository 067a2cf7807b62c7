// The report form, one per entry point (the entry point is its first choice
// and is kept in the address). One Idempotency-Key per form: a double click or
// a retry sends the same key, so the API files once. A 409 with candidates
// shows the known children: attach to one (attachToCaseId) or file as new.
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CATEGORIES, CATEGORY_CODES, ENTRY_POINTS, RISK_LEVELS } from '../../../../libs/domain/taxonomy';
import { api, ApiError, newIdempotencyKey, unwrap } from '../api/client';
import type { Candidate } from '../api/types';
import { fieldErrors, problemSentence } from '../components/problems';
import { Field, Notice } from '../components/ui';

type Province = { code: string; nameFr: string; nameAr: string };
type Created = { caseId: string; reference: string; attached: boolean };

export interface ReportFormProps {
  defaultProvince?: string | null;
  entryPoint?: string;
  onFiled?: (created: Created) => void;
}

interface Values {
  entryPoint: string;
  provinceCode: string;
  category: string;
  riskLevel: string;
  narrative: string;
  firstName: string;
  lastName: string;
  sex: string;
  dateOfBirth: string;
  estimatedAge: string;
  motherName: string;
  birthCertificateNo: string;
  reporterName: string;
  reporterPhone: string;
}

const opt = (v: string) => (v.trim() === '' ? undefined : v.trim());

export function toReportBody(v: Values) {
  const child = {
    firstName: opt(v.firstName),
    lastName: opt(v.lastName),
    sex: (opt(v.sex) as 'F' | 'M' | undefined) ?? undefined,
    dateOfBirth: opt(v.dateOfBirth),
    estimatedAge: opt(v.estimatedAge) === undefined ? undefined : Number(v.estimatedAge),
    motherName: opt(v.motherName),
    birthCertificateNo: opt(v.birthCertificateNo),
  };
  const reporter = { name: opt(v.reporterName), phone: opt(v.reporterPhone) };
  return {
    provinceCode: v.provinceCode,
    entryPoint: v.entryPoint as (typeof ENTRY_POINTS)[number],
    category: v.category,
    riskLevel: v.riskLevel as (typeof RISK_LEVELS)[number],
    narrative: v.narrative,
    child,
    ...(reporter.name || reporter.phone ? { reporter } : {}),
  };
}

export function ReportForm({ defaultProvince, entryPoint, onFiled }: ReportFormProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [values, setValues] = useState<Values>({
    entryPoint: entryPoint ?? 'GREEN_LINE',
    provinceCode: defaultProvince ?? '',
    category: '',
    riskLevel: '',
    narrative: '',
    firstName: '',
    lastName: '',
    sex: '',
    dateOfBirth: '',
    estimatedAge: '',
    motherName: '',
    birthCertificateNo: '',
    reporterName: '',
    reporterPhone: '',
  });
  // one key per body this form sends: a double click or a retry of the same
  // report reuses it (the API files once); a corrected report or a choice
  // among candidates is another request with its own key
  const keys = useRef<Record<string, string>>({});
  const keyFor = (body: unknown) => (keys.current[JSON.stringify(body)] ??= newIdempotencyKey());
  const [candidates, setCandidates] = useState<Candidate[] | null>(null);
  const [done, setDone] = useState<Created | null>(null);

  const provinces = useQuery({
    queryKey: ['provinces'],
    queryFn: () => unwrap<{ items: { provinces: Province[] }[] }>(api.GET('/api/v1/provinces')),
    staleTime: Infinity,
  });
  const provinceList = useMemo(() => (provinces.data?.items ?? []).flatMap((r) => r.provinces), [provinces.data]);

  const file = useMutation({
    mutationFn: (choice: { attachToCaseId?: string; fileAsNew?: true }) => {
      const body = { ...toReportBody(values), ...choice };
      return unwrap<Created>(api.POST('/api/v1/reports', { body: body as never, headers: { 'Idempotency-Key': keyFor(body) } }));
    },
    onSuccess: (created) => {
      setCandidates(null);
      setDone(created);
      onFiled?.(created);
    },
    onError: (e) => {
      if (e instanceof ApiError && e.status === 409 && e.problem.candidates?.length) setCandidates(e.problem.candidates);
    },
  });

  const errors = file.error && !(file.error instanceof ApiError && file.error.problem.candidates) ? fieldErrors(t, file.error) : {};
  const set = (k: keyof Values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [k]: e.target.value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (file.isPending) return;
    file.mutate({});
  };

  if (done) {
    return (
      <Notice kind="ok">
        <p>{t(done.attached ? 'intake.attached' : 'intake.filed', { reference: done.reference })}</p>
        <p className="actions-row">
          <a href={`/cases/${done.caseId}`} className="button">
            {t('intake.openCase')}
          </a>
        </p>
      </Notice>
    );
  }

  const input = (k: keyof Values, label: string, opts: { required?: boolean; type?: string; field?: string; autoComplete?: string } = {}) => (
    <Field label={label} required={opts.required} error={errors[opts.field ?? k]}>
      {({ id, describedBy, invalid }) => (
        <input id={id} name={k} type={opts.type ?? 'text'} value={values[k]} onChange={set(k)} aria-describedby={describedBy} aria-invalid={invalid || undefined} autoComplete={opts.autoComplete ?? 'off'} />
      )}
    </Field>
  );

  return (
    <form onSubmit={submit} noValidate aria-labelledby="report-form-title">
      <h2 id="report-form-title" className="visually-hidden">
        {t('intake.title')}
      </h2>
      <fieldset>
        <legend>{t('intake.entryPoint')}</legend>
        <Field label={t('intake.entryPoint')} required error={errors.entryPoint}>
          {({ id, describedBy }) => (
            <select id={id} name="entryPoint" value={values.entryPoint} onChange={set('entryPoint')} aria-describedby={describedBy}>
              {ENTRY_POINTS.map((p) => (
                <option key={p} value={p}>
                  {t(`intake.entry.${p}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('intake.province')} required error={errors.provinceCode}>
          {({ id, describedBy, invalid }) => (
            <select id={id} name="provinceCode" value={values.provinceCode} onChange={set('provinceCode')} aria-describedby={describedBy} aria-invalid={invalid || undefined}>
              <option value="">—</option>
              {provinceList.map((p) => (
                <option key={p.code} value={p.code}>
                  {lang === 'fr' ? p.nameFr : p.nameAr}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('intake.category')} required error={errors.category}>
          {({ id, describedBy, invalid }) => (
            <select id={id} name="category" value={values.category} onChange={set('category')} aria-describedby={describedBy} aria-invalid={invalid || undefined}>
              <option value="">—</option>
              {CATEGORY_CODES.map((c) => (
                <option key={c} value={c}>
                  {CATEGORIES[c][lang === 'fr' ? 'fr' : 'ar']}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('intake.riskLevel')} required error={errors.riskLevel}>
          {({ id, describedBy, invalid }) => (
            <select id={id} name="riskLevel" value={values.riskLevel} onChange={set('riskLevel')} aria-describedby={describedBy} aria-invalid={invalid || undefined}>
              <option value="">—</option>
              {RISK_LEVELS.map((r) => (
                <option key={r} value={r}>
                  {t(`risk.${r}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('intake.narrative')} required error={errors.narrative}>
          {({ id, describedBy, invalid }) => <textarea id={id} name="narrative" rows={4} value={values.narrative} onChange={set('narrative')} aria-describedby={describedBy} aria-invalid={invalid || undefined} />}
        </Field>
      </fieldset>
      <fieldset>
        <legend>{t('intake.child')}</legend>
        <div className="grid-2">
          {input('firstName', t('intake.firstName'), { field: 'child.firstName' })}
          {input('lastName', t('intake.lastName'), { field: 'child.lastName' })}
          <Field label={t('intake.sex')} error={errors['child.sex']}>
            {({ id, describedBy }) => (
              <select id={id} name="sex" value={values.sex} onChange={set('sex')} aria-describedby={describedBy}>
                <option value="">—</option>
                <option value="F">{t('intake.sexF')}</option>
                <option value="M">{t('intake.sexM')}</option>
              </select>
            )}
          </Field>
          {input('dateOfBirth', t('intake.dateOfBirth'), { type: 'date', field: 'child.dateOfBirth' })}
          {input('estimatedAge', t('intake.estimatedAge'), { type: 'number', field: 'child.estimatedAge' })}
          {input('motherName', t('intake.motherName'), { field: 'child.motherName' })}
          {input('birthCertificateNo', t('intake.birthCertificateNo'), { field: 'child.birthCertificateNo' })}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('intake.reporter')}</legend>
        <div className="grid-2">
          {input('reporterName', t('intake.reporterName'), { field: 'reporter.name' })}
          {input('reporterPhone', t('intake.reporterPhone'), { type: 'tel', field: 'reporter.phone' })}
        </div>
      </fieldset>
      {file.error && !candidates ? <Notice kind="error">{problemSentence(t, file.error)}</Notice> : null}
      {candidates ? (
        <section className="panel candidates" aria-labelledby="candidates-title">
          <h3 id="candidates-title">{t('intake.candidatesTitle')}</h3>
          <p>{t('intake.candidatesIntro')}</p>
          <ul>
            {candidates.map((c) => (
              <li key={c.caseId}>
                <span>
                  {t('intake.candidate', {
                    reference: c.reference,
                    initials: c.initials,
                    province: c.provinceCode,
                    age: c.age === null ? t('intake.ageUnknown') : t('intake.age', { count: c.age }),
                  })}{' '}
                  · {t('intake.score', { score: Math.round(c.score * 100) + '%' })}
                </span>
                <button type="button" onClick={() => file.mutate({ attachToCaseId: c.caseId })} disabled={file.isPending}>
                  {t('intake.attach', { reference: c.reference })}
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="secondary" onClick={() => file.mutate({ fileAsNew: true })} disabled={file.isPending}>
            {t('intake.fileAsNew')}
          </button>
        </section>
      ) : (
        <p className="actions-row">
          <button type="submit" disabled={file.isPending} aria-busy={file.isPending}>
            {file.isPending ? t('common.sending') : t('intake.submit')}
          </button>
        </p>
      )}
    </form>
  );
}
