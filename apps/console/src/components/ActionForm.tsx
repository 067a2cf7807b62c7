// One action of the pathway as a form: its fields, one Idempotency-Key per
// body sent, and the API's refusals (409 conflicts with the pathway, 422
// unknown names, 400 field by field) as plain sentences.
import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, newIdempotencyKey, unwrap } from '../api/client';
import { fieldErrors, problemSentence } from './problems';
import { Field, Notice } from './ui';

type Option = { value: string; label: string };

/**
 * A field of an action's body: text; lines (a textarea whose non-empty lines
 * are a list); checkbox (true when ticked, absent otherwise); yesno (a boolean
 * always sent); select (one code); several (ticked codes as a list).
 */
export type FieldSpec =
  | { name: string; label: string; kind: 'text' | 'textarea' | 'lines'; required?: boolean; hint?: string }
  | { name: string; label: string; kind: 'checkbox' }
  | { name: string; label: string; kind: 'yesno'; initial: boolean }
  | { name: string; label: string; kind: 'select'; options: Option[]; required?: boolean }
  | { name: string; label: string; kind: 'several'; options: Option[]; required?: boolean };

type Value = string | boolean | string[];

const initialValue = (f: FieldSpec): Value => {
  switch (f.kind) {
    case 'checkbox':
      return false;
    case 'yesno':
      return f.initial ? 'yes' : 'no';
    case 'select':
      return f.options[0]?.value ?? '';
    case 'several':
      return [];
    default:
      return '';
  }
};

/** The body the API expects from the form's values (empty texts and lists left out, so the API says what is missing). */
function bodyOf(fields: FieldSpec[], values: Record<string, Value>, fixed?: Record<string, unknown>): Record<string, unknown> {
  const body: Record<string, unknown> = { ...fixed };
  for (const f of fields) {
    const v = values[f.name];
    if (f.kind === 'checkbox') {
      if (v) body[f.name] = true;
    } else if (f.kind === 'yesno') body[f.name] = v === 'yes';
    else if (f.kind === 'several') {
      if (Array.isArray(v) && v.length) body[f.name] = v;
    } else if (f.kind === 'lines') {
      const lines = String(v)
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      if (lines.length) body[f.name] = lines;
    } else if (typeof v === 'string' && v.trim() !== '') body[f.name] = v.trim();
  }
  return body;
}

export interface ActionFormProps {
  title: string;
  help?: string;
  path: string;
  fields: FieldSpec[];
  submitLabel: string;
  onDone?: () => void;
  fixed?: Record<string, unknown>;
  /** the form's id when its path's last segment is not unique on the page */
  formId?: string;
}

export function ActionForm({ title, help, path, fields, submitLabel, onDone, fixed, formId }: ActionFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<string, Value>>(() => Object.fromEntries(fields.map((f) => [f.name, initialValue(f)])));
  const keys = useRef<Record<string, string>>({});
  const [ok, setOk] = useState(false);
  const send = useMutation({
    mutationFn: () => {
      const body = bodyOf(fields, values, fixed);
      const key = (keys.current[JSON.stringify(body)] ??= newIdempotencyKey());
      // the path is one of the API's action routes (typed routes would need one form per route)
      return unwrap(api.POST(path as never, { body: body as never, headers: { 'Idempotency-Key': key } } as never));
    },
    onSuccess: () => {
      setOk(true);
      onDone?.();
    },
  });
  const all = fieldErrors(t, send.error);
  // an item of a list (goals.0) is marked on its list
  const errors = Object.fromEntries(fields.map((f) => [f.name, all[f.name] ?? Object.entries(all).find(([k]) => k.startsWith(`${f.name}.`))?.[1]]));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!send.isPending) send.mutate();
  };
  const slug = formId ?? path.split('/').filter(Boolean).pop();
  const set = (name: string, v: Value) => setValues((all) => ({ ...all, [name]: v }));
  return (
    <form className="action-form" onSubmit={submit} noValidate aria-labelledby={`action-${slug}`}>
      <h3 id={`action-${slug}`}>{title}</h3>
      {help ? <p className="hint">{help}</p> : null}
      {fields.map((f) => {
        if (f.kind === 'checkbox') {
          return (
            <label key={f.name} className="check">
              <input type="checkbox" name={f.name} checked={Boolean(values[f.name])} onChange={(e) => set(f.name, e.target.checked)} /> {f.label}
            </label>
          );
        }
        if (f.kind === 'several') {
          const chosen = values[f.name] as string[];
          return (
            <fieldset key={f.name} className={errors[f.name] ? 'several field-invalid' : 'several'}>
              <legend>
                {f.label}
                {f.required ? <span className="req"> ({t('common.required')})</span> : null}
              </legend>
              {f.options.map((o) => (
                <label key={o.value} className="check">
                  <input
                    type="checkbox"
                    name={f.name}
                    value={o.value}
                    checked={chosen.includes(o.value)}
                    onChange={(e) => set(f.name, e.target.checked ? [...chosen, o.value] : chosen.filter((c) => c !== o.value))}
                  />{' '}
                  {o.label}
                </label>
              ))}
              {errors[f.name] ? <p className="error">{errors[f.name]}</p> : null}
            </fieldset>
          );
        }
        const options = f.kind === 'select' ? f.options : f.kind === 'yesno' ? [{ value: 'yes', label: t('common.yes') }, { value: 'no', label: t('common.no') }] : null;
        return (
          <Field key={f.name} label={f.label} required={'required' in f ? f.required : false} hint={'hint' in f ? f.hint : undefined} error={errors[f.name]}>
            {({ id, describedBy, invalid }) =>
              options ? (
                <select id={id} name={f.name} value={String(values[f.name])} onChange={(e) => set(f.name, e.target.value)} aria-describedby={describedBy}>
                  {options.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              ) : f.kind === 'textarea' || f.kind === 'lines' ? (
                <textarea id={id} name={f.name} rows={3} value={String(values[f.name])} onChange={(e) => set(f.name, e.target.value)} aria-describedby={describedBy} aria-invalid={invalid || undefined} />
              ) : (
                <input id={id} name={f.name} value={String(values[f.name])} onChange={(e) => set(f.name, e.target.value)} aria-describedby={describedBy} aria-invalid={invalid || undefined} />
              )
            }
          </Field>
        );
      })}
      {send.error ? <Notice kind="error">{problemSentence(t, send.error)}</Notice> : null}
      {ok && !send.error ? <Notice kind="ok">{t('case.done_ok')}</Notice> : null}
      <button type="submit" disabled={send.isPending} aria-busy={send.isPending}>
        {send.isPending ? t('common.sending') : submitLabel}
      </button>
    </form>
  );
}
