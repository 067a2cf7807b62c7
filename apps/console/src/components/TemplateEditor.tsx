// A new version of a pathway template, written as JSON (the shape the admin
// API takes): sent as a draft, or refused with the reasons by path (a step
// that cannot be reached, a pathway that never closes, an unknown code).
import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import type { TemplateVersion } from '../api/case-extras';
import { problemSentence } from './problems';
import { templateReasons } from './template-reasons';
import { Field, Notice } from './ui';

class NotJson extends Error {}

export function TemplateEditor({ initial, onCreated }: { initial: string; onCreated: (v: TemplateVersion) => void }) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState(initial);
  const create = useMutation({
    mutationFn: async (source: string) => {
      let body: unknown;
      try {
        body = JSON.parse(source);
      } catch {
        throw new NotJson();
      }
      // the body is the admin API's template shape; the API checks it field by field
      return unwrap<TemplateVersion>(api.POST('/api/v1/admin/templates', { body: body as never }));
    },
    onSuccess: onCreated,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!create.isPending) create.mutate(text);
  };
  const notJson = create.error instanceof NotJson;
  const reasons = notJson ? null : templateReasons(t, i18n.language, create.error);
  return (
    <form className="action-form" onSubmit={submit} noValidate aria-labelledby="template-editor-title">
      <h3 id="template-editor-title">{t('templates.newVersion')}</h3>
      <Field label={t('templates.json')} hint={t('templates.jsonHint')} error={notJson ? t('templates.badJson') : undefined} required>
        {({ id, describedBy, invalid }) => (
          <textarea id={id} name="template" rows={18} dir="ltr" spellCheck={false} value={text} onChange={(e) => setText(e.target.value)} aria-describedby={describedBy} aria-invalid={invalid || undefined} />
        )}
      </Field>
      {reasons ? (
        <div className="notice notice-error" role="alert">
          <p>{t('templates.refused')}</p>
          <ul className="reasons">
            {reasons.map((r, i) => (
              <li key={`${r.path}-${i}`}>
                <code dir="ltr">{r.path}</code> : {r.sentence}
              </li>
            ))}
          </ul>
        </div>
      ) : create.error && !notJson ? (
        <Notice kind="error">{problemSentence(t, create.error)}</Notice>
      ) : null}
      {create.data && !create.error ? <Notice kind="ok">{t('templates.created', { version: create.data.version })}</Notice> : null}
      <button type="submit" disabled={create.isPending} aria-busy={create.isPending}>
        {create.isPending ? t('common.sending') : t('templates.createDraft')}
      </button>
    </form>
  );
}
