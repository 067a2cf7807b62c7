// The court, family and template vocabularies have their label in both
// catalogues (the code lists from libs/domain), and every reason the domain's
// template validation gives reads as one of the catalogue's sentences.
import i18next, { type TFunction } from 'i18next';
import { COURT_DECISIONS, COURT_REPORT_LANGUAGES } from '../../../libs/domain/court';
import { APPROVAL_SUBJECTS, PERSON_RELATIONS, VISIT_OUTCOMES } from '../../../libs/domain/pathway';
import { genericTemplate, PROSECUTOR_INFORM, REVIEW_TRIGGERS, validateTemplate, type PathwayTemplate } from '../../../libs/domain/templates';
import { reasonSentence } from './components/template-reasons';
import ar from './i18n/ar.json';
import fr from './i18n/fr.json';

const catalogues = { ar, fr } as Record<string, Record<string, unknown>>;
const at = (lang: string, key: string): unknown => key.split('.').reduce<any>((o, k) => o?.[k], catalogues[lang]);

const VOCABULARIES: [string, readonly string[]][] = [
  ['relation', PERSON_RELATIONS],
  ['visitOutcome', VISIT_OUTCOMES],
  ['courtDecision', COURT_DECISIONS],
  ['templates.inform', PROSECUTOR_INFORM],
  ['templates.trigger', REVIEW_TRIGGERS],
  ['templates.status', ['DRAFT', 'PUBLISHED', 'RETIRED']],
];

describe.each(['ar', 'fr'])('the %s catalogue', (lang) => {
  test.each(VOCABULARIES)('labels exactly the codes of %s', (key, codes) => {
    expect(Object.keys(at(lang, key) as object).sort()).toEqual([...codes].sort());
  });

  test('names every approval subject and court report language', () => {
    for (const s of APPROVAL_SUBJECTS) expect(at(lang, `case.act.subject${s}`)).toMatch(/\S/);
    for (const l of COURT_REPORT_LANGUAGES) expect(at(lang, `case.act.language_${l}`)).toMatch(/\S/);
  });
});

describe('the reasons a template is refused', () => {
  const i18n = i18next.createInstance();
  void i18n.init({ resources: { ar: { translation: ar }, fr: { translation: fr } }, lng: 'fr', fallbackLng: false, interpolation: { escapeValue: false }, initAsync: false });
  const base = genericTemplate('NEGLECT');
  // one template per wording of validateTemplate
  const bad: PathwayTemplate[] = [
    { ...base, category: 'NOPE' as never },
    { ...base, version: 0 },
    { ...base, track: 'NOPE' as never },
    { ...base, prosecutor: { inform: 'NOPE' as never } },
    { ...base, approvals: ['NOPE' as never] },
    { ...base, defaultServices: ['NOPE' as never] },
    { ...base, indicators: ['nope'] },
    { ...base, prosecutor: { inform: 'AT_REPORT' }, indicators: [] },
    { ...base, reviews: [{ step: 'NOPE' as never, when: 'NOPE' as never, every: 'soon' }] },
    { ...base, reintegration: { visitEvery: 'soon', visits: 0 } },
    { ...base, courtReportEvery: 'soon' },
    { ...base, phases: [] },
    { ...base, phases: [{ step: 'ACKNOWLEDGEMENT', next: ['ASSESSMENT'] }, { step: 'ASSESSMENT', next: ['NOPE' as never] }] },
    { ...base, phases: [{ step: 'ACKNOWLEDGEMENT', entry: true, when: 'NOPE' as never, next: ['CLOSE'] }, { step: 'ACKNOWLEDGEMENT', next: [] }, { step: 'ASSESSMENT', next: ['ASSESSMENT'] }] },
    { ...base, phases: [{ step: 'ACKNOWLEDGEMENT', entry: true, next: ['ASSESSMENT'] }, { step: 'ASSESSMENT', next: ['ACKNOWLEDGEMENT'] }] },
  ];
  const problems = bad.flatMap((t) => validateTemplate(t));

  test.each(['fr', 'ar'])('read in %s, none as the fallback sentence', (lang) => {
    const t = i18n.getFixedT(lang) as TFunction;
    expect(problems.length).toBeGreaterThan(15);
    const other = t('templates.reason.other');
    expect(problems.filter((p) => reasonSentence(t, lang, { field: p.path, message: p.message }) === other).map((p) => p.message)).toEqual([]);
  });

  test('a step named by a reason reads in the language, a wrong value is quoted', () => {
    const t = i18n.getFixedT('fr') as TFunction;
    expect(reasonSentence(t, 'fr', { field: 'phases[1].step', message: 'ASSESSMENT cannot be reached from the report' })).toBe('L’étape Diagnostic de la situation ne peut pas être atteinte depuis le signalement.');
    expect(reasonSentence(t, 'fr', { field: 'courtReportEvery', message: 'not an ISO 8601 duration: "soon"' })).toBe('« soon » n’est pas une durée ISO 8601 (par exemple P30D).');
    expect(reasonSentence(t, 'fr', { field: 'phases.0.step', message: 'Invalid option', code: 'invalid_value' })).toBe('Valeur non valide.');
  });
});
