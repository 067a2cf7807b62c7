// Every code the console shows has its label in both catalogues, and the
// catalogues hold no label for a code the domain does not know: the code lists
// come from libs/domain (and the record kinds from the API's record table), the
// event types from what the case workflow notes on its timeline.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import i18next, { type TFunction } from 'i18next';
import { REFERRAL_STATUSES, STAGES } from '../../../libs/domain/pathway';
import { ENTRY_POINTS, RISK_LEVELS, ROLES, SERVICES } from '../../../libs/domain/taxonomy';
import { RECORD_KINDS } from '../../api/src/record/record-kinds';
import ar from './i18n/ar.json';
import fr from './i18n/fr.json';
import { codeLabel, eventLabel, fieldLabel, fieldValue, recordKindLabel, VOCABULARY_KEYS, type Vocabulary } from './labels';

const catalogues = { ar, fr } as Record<string, Record<string, unknown>>;
const section = (lang: string, key: string): Record<string, string> => key.split('.').reduce<any>((o, k) => o?.[k], catalogues[lang]) ?? {};

const LISTS: Record<Vocabulary, readonly string[]> = {
  stage: STAGES,
  risk: RISK_LEVELS,
  entryPoint: ENTRY_POINTS,
  role: ROLES,
  service: SERVICES,
  referralStatus: REFERRAL_STATUSES,
};

/** The event types the case workflow writes on its timeline: note('X') and fact('X'), REFERRAL_<status> for the referral notes. */
function timelineTypes(): string[] {
  const dir = join(__dirname, '../../../workflows');
  const files = (d: string): string[] => readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? files(join(d, f)) : f.endsWith('.ts') && !f.includes('.spec.') && !f.includes('.test.') ? [join(d, f)] : []));
  const types = new Set<string>();
  for (const f of files(dir)) {
    for (const m of readFileSync(f, 'utf8').matchAll(/\b(?:note|fact)\(\s*'([A-Z0-9_]+)'/g)) types.add(m[1]);
  }
  for (const s of REFERRAL_STATUSES) types.add(`REFERRAL_${s}`);
  return [...types].sort();
}

describe.each(['ar', 'fr'])('the %s catalogue', (lang) => {
  test.each(Object.keys(LISTS) as Vocabulary[])('labels exactly the codes of %s in libs/domain', (vocabulary) => {
    const labels = section(lang, VOCABULARY_KEYS[vocabulary]);
    expect(Object.keys(labels).sort()).toEqual([...LISTS[vocabulary]].sort());
    for (const code of LISTS[vocabulary]) expect(labels[code]).toMatch(/\S/);
  });

  test('labels every event type the case workflow notes on its timeline', () => {
    const types = timelineTypes();
    expect(types.length).toBeGreaterThan(40);
    const labels = section(lang, 'event');
    expect(types.filter((type) => !labels[type])).toEqual([]);
  });

  test('labels every kind of record entry and every field of their bodies', () => {
    const kinds = ['REPORT', ...Object.keys(RECORD_KINDS)];
    expect(kinds.filter((k) => !section(lang, 'recordKind')[k])).toEqual([]);
    const fields = new Set(['entryPoint', 'category', 'riskLevel', 'narrative']);
    for (const spec of Object.values(RECORD_KINDS)) for (const f of Object.keys((spec.schema as unknown as { shape: object }).shape)) fields.add(f);
    expect([...fields].filter((f) => !section(lang, 'field')[f])).toEqual([]);
  });
});

describe('labels in use', () => {
  const i18n = i18next.createInstance();
  void i18n.init({ resources: { ar: { translation: ar }, fr: { translation: fr } }, lng: 'ar', fallbackLng: false, interpolation: { escapeValue: false }, initAsync: false });
  const inAr = i18n.getFixedT('ar') as TFunction;
  const inFr = i18n.getFixedT('fr') as TFunction;
  const province = (code: string) => (code === 'TANGER_ASSILAH' ? 'طنجة أصيلة' : code);

  test('a timeline event, a stage move and an unknown type read in the language, never as their code', () => {
    expect(eventLabel(inAr, 'ACKNOWLEDGED')).toBe('التكفل بالملف');
    expect(eventLabel(inAr, 'STAGE:ASSESSMENT')).toBe('الانتقال إلى مرحلة: تقييم');
    expect(eventLabel(inFr, 'STAGE:ASSESSMENT')).toBe('Passage à l’étape : Évaluation');
    expect(eventLabel(inAr, 'SOMETHING_NEW')).toBe('حدث آخر');
  });

  test('a record entry: its kind, its field names and its coded values', () => {
    expect(recordKindLabel(inAr, 'REPORT')).toBe('تبليغ');
    expect(fieldLabel(inAr, 'entryPoint')).toBe('نقطة الدخول');
    expect(fieldValue(inAr, 'ar', 'entryPoint', 'SCHOOL', province)).toBe('المدرسة');
    expect(fieldValue(inAr, 'ar', 'category', 'NEGLECT', province)).toBe('الإهمال');
    expect(fieldValue(inFr, 'fr', 'riskLevel', 'MEDIUM', province)).toBe('Moyen');
    expect(fieldValue(inFr, 'fr', 'needs', ['HEALTH', 'SCHOOLING'], province)).toBe(`${section('fr', 'service').HEALTH}, ${section('fr', 'service').SCHOOLING}`);
    expect(fieldValue(inAr, 'ar', 'medicalCare', true, province)).toBe('نعم');
    expect(fieldValue(inAr, 'ar', 'toProvinceCode', 'TANGER_ASSILAH', province)).toBe('طنجة أصيلة');
    expect(fieldValue(inAr, 'ar', 'narrative', 'Absences répétées', province)).toBe('Absences répétées');
    expect(codeLabel(inAr, 'role', 'NOT_A_ROLE')).toBe('غير معروف');
  });
});
