// One action of the pathway as a form: its fields, one Idempotency-Key per
// body sent, and the API's refusals (409 conflicts with the pathway, 422
// unknown names, 400 field by field) as plain sentences.
import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, newIdempotencyKey, unwrap } from '../api/client';
import { fieldErrors, problemSentence } from './problems';
import { Field, Notice } from './ui';

export type FieldSpec =
  | { name: string; label: string; kind: 'text' | 'textarea'; required?: boolean }
  | { name: string; label: string; kind: 'checkbox' }
  | { name: string; label: string; kind: 'select'; options: { value: string; label: string }[]; required?: boolean };

export interface ActionFormProps {
  title: string;
  help?: string;
  path: string;
  fields: FieldSpec[];
  submitLabel: string;
  onDone?: () => void;
  fixed?: Record<string, unknown>;
}

export function ActionForm({ title, help, path, fields, submitLabel, onDone, fixed }: ActionFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<string, string | boolean>>(() =>
    Object.fromEntries(fields.map((f) => [f.name, f.kind === 'checkbox' ? false : f.kind === 'select' ? (f.options[0]?.value ?? '') : ''])),
  );
  const keys = useRef<Record<string, string>>({});
  const [ok, setOk] = useState(false);
  const send = useMutation({
    mutationFn: () => {
      const body: Record<string, unknown> = { ...fixed };
      for (const f of fields) {
        const v = values[f.name];
        if (f.kind === 'checkbox') {
          if (v) body[f.name] = true;
        } else if (typeof v === 'string' && v.trim() !== '') body[f.name] = v.trim();
      }
      const key = (keys.current[JSON.stringify(body)] ??= newIdempotencyKey());
      // the path is one of the API's action routes (typed routes would need one form per route)
      return unwrap(api.POST(path as never, { body: body as never, headers: { 'Idempotency-Key': key } } as never));
    },
    onSuccess: () => {
      setOk(true);
      onDone?.();
    },
  });
  const errors = fieldErrors(t, send.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!send.isPending) send.mutate();
  };
  const slug = path.split('/').filter(Boolean).pop();
  return (
    <form className="action-form" onSubmit={submit} noValidate aria-labelledby={`action-${slug}`}>
      <h3 id={`action-${slug}`}>{title}</h3>
      {help ? <p className="hint">{help}</p> : null}
      {fields.map((f) =>
        f.kind === 'checkbox' ? (
          <label key={f.name} className="check">
            <input type="checkbox" name={f.name} checked={Boolean(values[f.name])} onChange={(e) => setValues((v) => ({ ...v, [f.name]: e.target.checked }))} /> {f.label}
          </label>
        ) : (
          <Field key={f.name} label={f.label} required={'required' in f ? f.required : false} error={errors[f.name]}>
            {({ id, describedBy, invalid }) =>
              f.kind === 'select' ? (
                <select id={id} name={f.name} value={String(values[f.name])} onChange={(e) => setValues((v) => ({ ...v, [f.name]: e.target.value }))} aria-describedby={describedBy}>
                  {f.options.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              ) : f.kind === 'textarea' ? (
                <textarea id={id} name={f.name} rows={3} value={String(values[f.name])} onChange={(e) => setValues((v) => ({ ...v, [f.name]: e.target.value }))} aria-describedby={describedBy} aria-invalid={invalid || undefined} />
              ) : (
                <input id={id} name={f.name} value={String(values[f.name])} onChange={(e) => setValues((v) => ({ ...v, [f.name]: e.target.value }))} aria-describedby={describedBy} aria-invalid={invalid || undefined} />
              )
            }
          </Field>
        ),
      )}
      {send.error ? <Notice kind="error">{problemSentence(t, send.error)}</Notice> : null}
      {ok && !send.error ? <Notice kind="ok">{t('case.done_ok')}</Notice> : null}
      <button type="submit" disabled={send.isPending} aria-busy={send.isPending}>
        {send.isPending ? t('common.sending') : submitLabel}
      </button>
    </form>
  );
}
