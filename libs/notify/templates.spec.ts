import type { AlertFacts } from './alert-message';
import { ageAt, initialsOf } from './alert-message';
import { lateness, renderAlertEmail, renderAlertSms } from './templates';

const facts: AlertFacts = {
  alertKey: 'case-1:ASSESSMENT:1',
  workflowId: 'case-1',
  caseWorkflowId: 'case-1',
  caseId: 'c-1',
  caseReference: 'MKN-2026-0007',
  initials: 'ي. ب.',
  ageYears: 9,
  ageEstimated: true,
  provinceCode: 'MEKNES',
  provinceName: { fr: 'Meknès', ar: 'مكناس' },
  category: 'BEGGING_EXPLOITATION',
  step: 'ASSESSMENT',
  stepKey: 'ASSESSMENT',
  level: 1,
  ladderRole: 'HEAD_OF_CENTRE',
  dueAt: '2026-03-01T08:00:00Z',
  alertedAt: '2026-03-03T09:00:00Z',
};

test('lateness in French and in Arabic counted forms', () => {
  const at = (ms: number) => ({ dueAt: '2026-01-01T00:00:00Z', alertedAt: new Date(Date.parse('2026-01-01T00:00:00Z') + ms).toISOString() });
  const H = 3_600_000;
  expect(lateness(at(2 * 24 * H + H), 'fr')).toBe('2 j 1 h');
  expect(lateness(at(2 * 24 * H + H), 'ar')).toBe('يومان وساعة');
  expect(lateness(at(5 * H), 'ar')).toBe('5 ساعات');
  expect(lateness(at(11 * 24 * H), 'ar')).toBe('11 يوما');
  expect(lateness(at(45 * 60_000), 'fr')).toBe('45 min');
});

test('the Arabic email is right-to-left and escapes what it interpolates', () => {
  const m = renderAlertEmail({ ...facts, caseReference: '<R&1>' }, 'ar', 'https://masar.example.ma/');
  expect(m.html).toContain('dir="rtl"');
  expect(m.html).toContain('&lt;R&amp;1&gt;');
  expect(m.html).toContain('href="https://masar.example.ma/cases/c-1"');
  expect(m.subject).toBe('[مسار] الملف <R&1> - تشخيص الوضعية متأخرة بـيومان وساعة - تصعيد - المستوى 1');
  expect(m.text).toContain('حوالي 9 سنة');
  expect(m.text).toContain('الاستغلال في التسول');
});

test('the SMS says who, what and where to act in a few words', () => {
  expect(renderAlertSms({ ...facts, initials: 'Y. B.', ageEstimated: false }, 'fr', 'https://m.ma')).toBe(
    'Masar - Escalade niv. 1: dossier MKN-2026-0007 (Y. B., 9 ans, Meknès). Diagnostic de la situation en retard de 2 j 1 h. A faire: compléter le diagnostic selon le protocole. https://m.ma/cases/c-1',
  );
});

test('initials and age, never more', () => {
  expect(initialsOf('yasmine', 'benali')).toBe('Y. B.');
  expect(initialsOf(null, ' ')).toBeNull();
  expect(ageAt(new Date('2015-03-10'), new Date('2026-03-09T23:00:00Z'))).toBe(10);
  expect(ageAt(new Date('2015-03-10'), new Date('2026-03-10T00:00:00Z'))).toBe(11);
  expect(ageAt(null, new Date())).toBeNull();
});

test('a notice says what is now expected and by when, not that anything is late', () => {
  const notice: AlertFacts = { ...facts, step: 'REFERRAL_ACCEPTANCE', level: -1, ladderRole: 'ASSIGNEE', notice: true, alertedAt: '2026-02-27T08:00:00Z' };
  const fr = renderAlertEmail(notice, 'fr', 'https://masar.example.ma');
  expect(fr.subject).toMatch(/^\[Masar\] Dossier MKN-2026-0007 – nouvelle tâche : Acceptation de l’orientation, avant le /);
  expect(fr.subject).not.toMatch(/retard|escalade/);
  expect(fr.text).toContain('accepter ou refuser l’orientation avant l’échéance');
  const ar = renderAlertEmail(notice, 'ar', 'https://masar.example.ma');
  expect(ar.subject).toContain('مهمة جديدة: قبول الإحالة');
  expect(ar.html).toContain('dir="rtl"');
  expect(renderAlertSms(notice, 'fr', 'https://masar.example.ma')).toMatch(/^Masar - Nouvelle tâche: dossier MKN-2026-0007 \(ي\. ب\., environ 9 ans, Meknès\)\. Acceptation de l’orientation avant le .+ https:\/\/masar\.example\.ma\/cases\/c-1$/);
  expect(renderAlertSms(notice, 'ar', 'https://masar.example.ma')).toContain('مسار - مهمة جديدة: الملف MKN-2026-0007');
});

test('a complaint from outside reads as a complaint: its own reference, no child, no category code, no link to a case', () => {
  const complaint: AlertFacts = { ...facts, caseId: '', caseReference: 'PLT-7K2M9QXA', initials: null, ageYears: null, category: 'PUBLIC_COMPLAINT', step: 'COMPLAINT_RESPONSE', ladderRole: 'DELEGATE' };
  for (const lang of ['fr', 'ar'] as const) {
    for (const f of [{ ...complaint, notice: true, level: -1 }, { ...complaint, level: 0 }]) {
      const m = renderAlertEmail(f, lang, 'https://masar.example.ma');
      const sms = renderAlertSms(f, lang, 'https://masar.example.ma');
      for (const text of [m.subject, m.text, m.html, sms]) {
        expect(text).toContain('PLT-7K2M9QXA');
        expect(text).not.toContain('PUBLIC_COMPLAINT');
        expect(text).not.toContain('/cases/');
      }
      expect(m.subject).toMatch(lang === 'fr' ? /^\[Masar\] (URGENT )?Réclamation PLT-7K2M9QXA/ : /^\[مسار\] الشكاية PLT-7K2M9QXA/);
      expect(m.text).not.toMatch(lang === 'fr' ? /Enfant|Dossier/ : /الطفل|الملف/);
    }
  }
  expect(renderAlertEmail({ ...complaint, notice: true, level: -1 }, 'fr', 'https://masar.example.ma').text).toContain('la réponse est transmise au plaignant');
});
