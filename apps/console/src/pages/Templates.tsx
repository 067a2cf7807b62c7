// Pathway templates (administrators, and a province's committee for its
// overrides): the national defaults and a province's overrides with their
// versions and status, one version's steps in the user's language, a new
// version written as JSON (refused with the reasons by path), a draft
// published. Who may edit which scope is the permission table's
// (template.national.edit, template.province.edit), read from /me.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORY_CODES } from '../../../../libs/domain/taxonomy';
import { api, unwrap } from '../api/client';
import type { TemplateVersion } from '../api/case-extras';
import { templateVersions } from '../api/templates';
import type { Me } from '../api/types';
import { problemSentence } from '../components/problems';
import { TemplateEditor } from '../components/TemplateEditor';
import { TemplateView, templateStatusLabel } from '../components/TemplateView';
import { Field, LoadError, Loading, Notice } from '../components/ui';
import { formatDate } from '../format';
import { categoryLabel } from '../labels';
import { useProvinceName } from '../provinces';

type Province = { code: string; nameFr: string; nameAr: string };

/** Whether the user may write versions of this scope (national: null). */
export function mayEdit(me: Me, provinceCode: string | null): boolean {
  if (provinceCode === null) return me.permittedActions.includes('template.national.edit');
  return me.permittedActions.includes('template.province.edit') && (me.provinceCode === null || me.provinceCode === provinceCode);
}

/** The JSON a new version starts from: the version read, in the user's scope when they may not edit its own. */
function draftOf(v: TemplateVersion, me: Me): string {
  const { version: _version, ...body } = v.template;
  const provinceCode = mayEdit(me, v.provinceCode) ? v.provinceCode : me.provinceCode;
  return JSON.stringify({ ...body, provinceCode }, null, 2);
}

function Version({ id, me, onCreated }: { id: string; me: Me; onCreated: (v: TemplateVersion) => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [editing, setEditing] = useState(false);
  const one = useQuery({ queryKey: ['templates', 'one', id], queryFn: () => unwrap<TemplateVersion>(api.GET('/api/v1/admin/templates/{templateId}', { params: { path: { templateId: id } } })) });
  const publish = useMutation({
    mutationFn: () => unwrap<TemplateVersion>(api.POST('/api/v1/admin/templates/{templateId}/publish', { params: { path: { templateId: id } } })),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['templates'] }),
  });
  if (one.isPending) return <Loading />;
  if (one.isError) return <LoadError error={one.error} retry={() => void one.refetch()} />;
  const v = one.data;
  const mayWrite = mayEdit(me, v.provinceCode) || (me.provinceCode !== null && mayEdit(me, me.provinceCode));
  return (
    <section className="panel" aria-labelledby="version-title">
      <h2 id="version-title">{t('templates.versionTitle', { version: v.version })}</h2>
      <TemplateView v={v} />
      {v.status === 'DRAFT' && mayEdit(me, v.provinceCode) ? (
        <button type="button" onClick={() => publish.mutate()} disabled={publish.isPending || publish.isSuccess} aria-busy={publish.isPending}>
          {t('templates.publish', { version: v.version })}
        </button>
      ) : null}
      {publish.error ? <Notice kind="error">{problemSentence(t, publish.error)}</Notice> : null}
      {publish.isSuccess ? <Notice kind="ok">{t('templates.published', { version: v.version })}</Notice> : null}
      {mayWrite && !editing ? (
        <button type="button" className="secondary" onClick={() => setEditing(true)}>
          {t('templates.newFrom', { version: v.version })}
        </button>
      ) : null}
      {editing ? <TemplateEditor initial={draftOf(v, me)} onCreated={onCreated} /> : null}
    </section>
  );
}

export function Templates({ me }: { me: Me }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const client = useQueryClient();
  const provinceName = useProvinceName();
  const national = me.provinceCode === null;
  const [category, setCategory] = useState('');
  const [province, setProvince] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const provinces = useQuery({
    queryKey: ['provinces'],
    enabled: national,
    queryFn: () => unwrap<{ items: { provinces: Province[] }[] }>(api.GET('/api/v1/provinces')),
  });
  const provinceList = useMemo(() => (provinces.data?.items ?? []).flatMap((r) => r.provinces), [provinces.data]);
  const list = useQuery({ queryKey: ['templates', 'admin', category, province], queryFn: () => templateVersions({ category: category || undefined, provinceCode: province || undefined }) });
  const created = (v: TemplateVersion) => {
    void client.invalidateQueries({ queryKey: ['templates'] });
    setSelected(v.id);
  };

  return (
    <section aria-labelledby="templates-title">
      <h1 id="templates-title">{t('templates.title')}</h1>
      <p>{t('templates.intro')}</p>
      <div className="filters">
        <Field label={t('templates.category')}>
          {({ id }) => (
            <select id={id} name="category" value={category} onChange={(e) => setCategory(e.target.value)}>
              <option value="">{t('common.all')}</option>
              {CATEGORY_CODES.map((c) => (
                <option key={c} value={c}>
                  {categoryLabel(c, lang)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {national ? (
          <Field label={t('templates.province')}>
            {({ id }) => (
              <select id={id} name="provinceCode" value={province} onChange={(e) => setProvince(e.target.value)}>
                <option value="">{t('templates.nationalOnly')}</option>
                {provinceList.map((p) => (
                  <option key={p.code} value={p.code}>
                    {lang === 'fr' ? p.nameFr : p.nameAr}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
      </div>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <LoadError error={list.error} retry={() => void list.refetch()} />
      ) : list.data.length === 0 ? (
        <p className="panel">{t('templates.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t('templates.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('templates.category')}</th>
                <th scope="col">{t('templates.scope')}</th>
                <th scope="col">{t('templates.version')}</th>
                <th scope="col">{t('templates.statusTitle')}</th>
                <th scope="col">{t('templates.date')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('templates.view')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((v) => (
                <tr key={v.id}>
                  <td>{categoryLabel(v.category, lang)}</td>
                  <td>{v.provinceCode ? provinceName(v.provinceCode) : t('templates.national')}</td>
                  <td>{v.version}</td>
                  <td>{templateStatusLabel(t, v.status)}</td>
                  <td>{formatDate(v.publishedAt ?? v.createdAt, lang)}</td>
                  <td>
                    <button type="button" className="secondary" onClick={() => setSelected(v.id)} aria-label={t('templates.viewOf', { category: categoryLabel(v.category, lang), version: v.version, scope: v.provinceCode ? provinceName(v.provinceCode) : t('templates.national') })}>
                      {t('templates.view')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {selected ? <Version key={selected} id={selected} me={me} onCreated={created} /> : null}
    </section>
  );
}
