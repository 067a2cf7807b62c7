/**
 * @jest-environment ./apps/console/jest-jsdom-env.js
 */
// The report form against a fake API (fetch): one Idempotency-Key for a double
// click, field problems of a 400 under their fields in Arabic, candidates of a
// 409 offered for attachment with the chosen case sent as attachToCaseId.
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { initI18n } from '../i18n';
import { ReportForm } from './ReportForm';

type Sent = { url: string; body: Record<string, unknown>; key: string | null };

function fakeApi(answers: ((body: Record<string, unknown>) => { status: number; body: unknown })[]) {
  const sent: Sent[] = [];
  const provinces = { items: [{ provinces: [{ code: 'TANGER_ASSILAH', nameFr: 'Tanger-Assilah', nameAr: 'طنجة أصيلة' }] }] };
  global.fetch = jest.fn(async (input: RequestInfo | URL) => {
    const req = input as Request;
    if (req.url.endsWith('/api/v1/provinces')) return new Response(JSON.stringify(provinces), { status: 200, headers: { 'content-type': 'application/json' } });
    const body = JSON.parse(await req.text());
    sent.push({ url: req.url, body, key: req.headers.get('Idempotency-Key') });
    const answer = answers[Math.min(sent.length - 1, answers.length - 1)](body);
    await new Promise((r) => setTimeout(r, 20));
    return new Response(JSON.stringify(answer.body), { status: answer.status, headers: { 'content-type': answer.status >= 400 ? 'application/problem+json' : 'application/json' } });
  }) as never;
  return sent;
}

function renderForm() {
  const i18n = initI18n('ar');
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={client}>
        <ReportForm defaultProvince="TANGER_ASSILAH" />
      </QueryClientProvider>
    </I18nextProvider>,
  );
}

async function fillRequired(user: ReturnType<typeof userEvent.setup>) {
  // the first render of a run can take seconds on a loaded machine
  await screen.findByRole('option', { name: 'طنجة أصيلة' }, { timeout: 10_000 });
  await user.selectOptions(screen.getByLabelText(/^الصنف/), 'NEGLECT');
  await user.selectOptions(screen.getByLabelText(/^مستوى الخطر/), 'HIGH');
  await user.type(screen.getByLabelText(/^مضمون التبليغ/), 'Enfant seul la nuit');
  await user.type(screen.getByLabelText(/^الاسم الشخصي/), 'Yasmine');
}

const created = { status: 201, body: { caseId: '11111111-1111-4111-8111-111111111111', reference: 'MSR-2026-1A2B3C4D', attached: false } };

test('a double click sends the same Idempotency-Key, and the form says which case was filed', async () => {
  const sent = fakeApi([() => created]);
  const user = userEvent.setup();
  renderForm();
  await fillRequired(user);
  await user.dblClick(screen.getByRole('button', { name: 'تسجيل التبليغ' }));
  await screen.findByText('سُجّل التبليغ: الملف MSR-2026-1A2B3C4D.');
  expect(sent.length).toBeGreaterThanOrEqual(1);
  expect(new Set(sent.map((s) => s.key)).size).toBe(1);
  expect(sent[0].key).toMatch(/^[\w-]{8,}$/);
  expect(sent[0].body).toMatchObject({ provinceCode: 'TANGER_ASSILAH', entryPoint: 'GREEN_LINE', category: 'NEGLECT', riskLevel: 'HIGH', child: { firstName: 'Yasmine' } });
});

test('field problems of a 400 appear under their fields, in Arabic; a corrected report gets a new key', async () => {
  const sent = fakeApi([
    () => ({ status: 400, body: { status: 400, title: 'The request is not valid', errors: [{ field: 'child.estimatedAge', message: 'give either dateOfBirth or estimatedAge, not both', code: 'custom' }, { field: 'narrative', message: 'Too small', code: 'too_small' }] } }),
    () => created,
  ]);
  const user = userEvent.setup();
  renderForm();
  await fillRequired(user);
  await user.click(screen.getByRole('button', { name: 'تسجيل التبليغ' }));
  const age = screen.getByLabelText(/^السن التقديري/);
  await waitFor(() => expect(age.getAttribute('aria-invalid')).toBe('true'));
  expect(document.getElementById(age.getAttribute('aria-describedby')!)?.textContent).toBe('أدخل تاريخ الازدياد أو السن التقديري، لا كليهما.');
  const narrative = screen.getByLabelText(/^مضمون التبليغ/);
  expect(document.getElementById(narrative.getAttribute('aria-describedby')!)?.textContent).toBe('هذا الحقل إجباري.');
  expect(screen.getByRole('alert').textContent).toBe('صحّح الحقول المشار إليها.');
  await user.type(narrative, ' encore');
  await user.click(screen.getByRole('button', { name: 'تسجيل التبليغ' }));
  await screen.findByText('سُجّل التبليغ: الملف MSR-2026-1A2B3C4D.');
  expect(sent).toHaveLength(2);
  expect(sent[1].key).not.toBe(sent[0].key);
});

test('a 409 with candidates offers them; attaching sends attachToCaseId', async () => {
  const candidate = { caseId: '22222222-2222-4222-8222-222222222222', reference: 'MSR-2025-0000ABCD', provinceCode: 'TANGER_ASSILAH', initials: 'ي.ب', age: 11, ageEstimated: false, match: 'PROBABLE', score: 0.91, reasons: ['name similar 0.91'] };
  const sent = fakeApi([
    () => ({ status: 409, body: { status: 409, title: 'probable match', detail: 'the child may be known', threshold: 0.8, candidates: [candidate] } }),
    (body) => ({ status: 201, body: { caseId: body.attachToCaseId, reference: 'MSR-2025-0000ABCD', attached: true } }),
  ]);
  const user = userEvent.setup();
  renderForm();
  await fillRequired(user);
  await user.click(screen.getByRole('button', { name: 'تسجيل التبليغ' }));
  await screen.findByText('قد يكون هذا الطفل معروفاً');
  await user.click(screen.getByRole('button', { name: 'إلحاق بـ MSR-2025-0000ABCD' }));
  await screen.findByText('أُلحق التبليغ بالملف الموجود MSR-2025-0000ABCD.');
  expect(sent[1].body.attachToCaseId).toBe(candidate.caseId);
  expect(sent[1].body.fileAsNew).toBeUndefined();
  expect(sent[1].key).not.toBe(sent[0].key);
});
