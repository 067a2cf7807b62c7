import { COURT_MEASURE_INFO } from '../domain/court';
import { SERVICES } from '../domain/taxonomy';
import { courtReportEmail, courtReportHtml, type CourtReportDocument } from './template';

const doc = (over: Partial<CourtReportDocument> = {}): CourtReportDocument => ({
  language: 'ar',
  caseReference: 'MSR-2026-000042',
  province: { ar: 'مكناس', fr: 'Meknès' },
  orderId: 'TPI-MKN-7',
  report: 2,
  child: { name: 'سلمى الإدريسي', dateOfBirth: '2014-05-02', sex: 'F' },
  measures: ['SUPERVISED_FREEDOM', 'PLACEMENT'],
  summary: 'الطفلة تتابع دراستها',
  writtenBy: 'Coordinatrice',
  approvedBy: 'Chef du centre',
  approvedAt: '2026-03-01T10:00:00Z',
  ...over,
});

test('every measure is delivered by a service of the directory and named in both languages', () => {
  for (const info of Object.values(COURT_MEASURE_INFO)) {
    expect(SERVICES).toContain(info.service);
    expect(info.ar).toMatch(/[\u0600-\u06FF]/);
    expect(info.fr).toMatch(/[a-zé]/);
  }
  expect(COURT_MEASURE_INFO.SUPERVISED_FREEDOM.ar).toBe('نظام الحرية المحروسة');
});

test('the Arabic report reads right to left with the measures in Arabic; the French one left to right', () => {
  const ar = courtReportHtml(doc());
  expect(ar).toContain('<html lang="ar" dir="rtl">');
  expect(ar).toContain('نظام الحرية المحروسة، الإيداع بمؤسسة للرعاية الاجتماعية');
  expect(ar).toContain('سلمى الإدريسي (أنثى)');
  const fr = courtReportHtml(doc({ language: 'fr', summary: 'Scolarité suivie' }));
  expect(fr).toContain('<html lang="fr" dir="ltr">');
  expect(fr).toContain('Liberté surveillée, Placement en établissement de protection sociale');
  expect(fr).not.toContain('الحرية');
});

test('what was written is escaped, paragraph by paragraph', () => {
  const html = courtReportHtml(doc({ summary: '<script>x()</script>\nsecond "line"' }));
  expect(html).not.toContain('<script>');
  expect(html).toContain('<p>&lt;script&gt;x()&lt;/script&gt;</p><p>second &quot;line&quot;</p>');
});

test('the email names the case, the order and the report, never the child', () => {
  const m = courtReportEmail({ language: 'fr', caseReference: 'MSR-2026-000042', orderId: 'TPI/MKN 7', report: 2 });
  expect(m.subject).toBe('Rapport d’évolution n° 2 — ordonnance TPI/MKN 7 — dossier MSR-2026-000042');
  expect(m.filename).toBe('MSR-2026-000042-TPI_MKN_7-2.pdf');
  expect(`${m.subject}${m.text}${m.html}`).not.toContain('Salma');
});
