// One version of a pathway template as its readers see it: the phases in
// order, each with where it leads (another step, or the closure), and what
// the template asks beside them (approvals, services, reviews, visits, the
// prosecutor, the court), every code in the user's language.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { TemplateVersion } from '../api/case-extras';
import { categoryLabel, codeLabel, stepLabel } from '../labels';
import { useProvinceName } from '../provinces';

const listOf = (lang: string, items: string[], none: string) => (items.length ? items.join(lang === 'fr' ? ', ' : '، ') : none);

/** Where a phase leads: a step of the template or the end of the pathway. */
const target = (t: TFunction, lang: string, code: string) => (code === 'CLOSE' ? t('templates.close') : stepLabel(code, lang));

export const templateStatusLabel = (t: TFunction, status: string) => t(`templates.status.${status}`, { defaultValue: t('common.unknown') });

export function TemplateView({ v }: { v: TemplateVersion }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const province = useProvinceName();
  const tpl = v.template;
  const none = t('common.none');
  return (
    <div className="template-view">
      <p>
        {t('templates.of', { category: categoryLabel(v.category, lang), version: v.version, scope: v.provinceCode ? province(v.provinceCode) : t('templates.national') })} ·{' '}
        <span className={`badge badge-${v.status.toLowerCase()}`}>{templateStatusLabel(t, v.status)}</span>
      </p>
      <h3 id={`phases-${v.id}`}>{t('templates.phases')}</h3>
      <ol className="steps template-phases" aria-labelledby={`phases-${v.id}`}>
        {tpl.phases.map((p, i) => (
          <li key={`${p.step}-${i}`}>
            <strong>{stepLabel(p.step, lang)}</strong>
            {p.entry ? <span className="badge">{t('templates.entry')}</span> : null}
            {p.when === 'URGENT' ? <span className="badge">{t('templates.urgentOnly')}</span> : null}
            <div className="sub">{t('templates.then', { next: listOf(lang, p.next.map((n) => target(t, lang, n)), t('templates.nothing')) })}</div>
          </li>
        ))}
      </ol>
      <dl className="entry-fields">
        <div>
          <dt>{t('case.track')}</dt>
          <dd>{t(`case.track${tpl.track}`, { defaultValue: t('common.unknown') })}</dd>
        </div>
        <div>
          <dt>{t('templates.prosecutor')}</dt>
          <dd>{t(`templates.inform.${tpl.prosecutor?.inform}`, { defaultValue: t('common.unknown') })}</dd>
        </div>
        <div>
          <dt>{t('templates.approvals')}</dt>
          <dd>{listOf(lang, tpl.approvals.map((a) => t(`case.act.subject${a}`, { defaultValue: a })), none)}</dd>
        </div>
        <div>
          <dt>{t('templates.defaultServices')}</dt>
          <dd>{listOf(lang, tpl.defaultServices.map((s) => codeLabel(t, 'service', s)), none)}</dd>
        </div>
        <div>
          <dt>{t('templates.familyServices')}</dt>
          <dd>{listOf(lang, tpl.familyServices.map((s) => codeLabel(t, 'service', s)), none)}</dd>
        </div>
        <div>
          <dt>{t('templates.reviews')}</dt>
          <dd>
            {listOf(
              lang,
              tpl.reviews.map((r) => t('templates.review', { step: stepLabel(r.step, lang), when: t(`templates.trigger.${r.when}`, { defaultValue: t('common.unknown') }), every: r.every ?? t('templates.byPolicy') })),
              none,
            )}
          </dd>
        </div>
        <div>
          <dt>{t('templates.reintegration')}</dt>
          <dd>{tpl.reintegration ? t('templates.visits', { visits: tpl.reintegration.visits, every: tpl.reintegration.visitEvery }) : none}</dd>
        </div>
        <div>
          <dt>{t('templates.courtReportEvery')}</dt>
          <dd>{tpl.courtReportEvery ?? t('templates.asTheJudgeSets')}</dd>
        </div>
      </dl>
    </div>
  );
}
