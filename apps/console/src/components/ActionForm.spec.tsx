/**
 * @jest-environment ./apps/console/jest-jsdom-env.js
 */
// The generic action form against a fake API (fetch): lists (ticked codes,
// one line each) and yes/no sent as the API's types, empty fields left out;
// a 409 shown as the sentence of its refusal code, a 400 on a list's item under that list.
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { initI18n } from '../i18n';
import { ActionForm, type FieldSpec } from './ActionForm';

type Sent = { url: string; body: Record<string, unknown>; key: string | null };

function fakeApi(answer: { status: number; body: unknown }) {
  const sent: Sent[] = [];
  global.fetch = jest.fn(async (input: RequestInfo | URL) => {
    const req = input as Request;
    sent.push({ url: req.url, body: JSON.parse(await req.text()), key: req.headers.get('Idempotency-Key') });
    return new Response(JSON.stringify(answer.body), { status: answer.status, headers: { 'content-type': answer.status >= 400 ? 'application/problem+json' : 'application/json' } });
  }) as never;
  return sent;
}

const FIELDS: FieldSpec[] = [
  { name: 'orderId', label: 'Ordonnance', kind: 'text', required: true },
  { name: 'measures', label: 'Mesures', kind: 'several', options: [{ value: 'HEALTH', label: 'Soins' }, { value: 'SCHOOLING', label: 'Scolarité' }, { value: 'PLACEMENT', label: 'Placement' }] },
  { name: 'goals', label: 'Objectifs', kind: 'lines' },
  { name: 'sharesInformation', label: 'Partage', kind: 'yesno', initial: true },
  { name: 'note', label: 'Note', kind: 'textarea' },
];

function renderForm(onDone = jest.fn()) {
  const i18n = initI18n('fr');
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={client}>
        <ActionForm title="Décision du juge" path="/api/v1/cases/c-1/court-orders" fields={FIELDS} submitLabel="Enregistrer" fixed={{ kind: 'CASE' }} onDone={onDone} />
      </QueryClientProvider>
    </I18nextProvider>,
  );
  return onDone;
}

test('ticked codes and lines go as lists, yes/no as a boolean, empty fields are left out', async () => {
  const sent = fakeApi({ status: 201, body: { orderId: 'TPI-1' } });
  const user = userEvent.setup();
  const onDone = renderForm();
  await user.type(screen.getByLabelText(/^Ordonnance/), ' TPI-1 ');
  await user.click(screen.getByLabelText('Soins'));
  await user.click(screen.getByLabelText('Placement'));
  await user.click(screen.getByLabelText('Scolarité'));
  await user.click(screen.getByLabelText('Scolarité'));
  await user.type(screen.getByLabelText(/^Objectifs/), 'Logement{enter}{enter}  Formation  ');
  await user.selectOptions(screen.getByLabelText(/^Partage/), 'no');
  await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
  await screen.findByText('Enregistré.');
  expect(sent).toHaveLength(1);
  expect(sent[0].url).toMatch(/\/api\/v1\/cases\/c-1\/court-orders$/);
  expect(sent[0].body).toEqual({ kind: 'CASE', orderId: 'TPI-1', measures: ['HEALTH', 'PLACEMENT'], goals: ['Logement', 'Formation'], sharesInformation: false });
  expect(sent[0].key).toMatch(/\S{8,}/);
  expect(onDone).toHaveBeenCalledTimes(1);
});

test('a 409 reads as the pathway’s sentence; a 400 on a list’s item is shown under the list', async () => {
  fakeApi({ status: 409, body: { status: 409, title: 'Conflict', detail: 'court order TPI-1 is already recorded', code: 'court_order_exists' } });
  const user = userEvent.setup();
  const onDone = renderForm();
  await user.type(screen.getByLabelText(/^Ordonnance/), 'TPI-1');
  await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
  expect((await screen.findByRole('alert')).textContent).toBe('Cette ordonnance est déjà enregistrée.');
  expect(onDone).not.toHaveBeenCalled();

  fakeApi({ status: 400, body: { status: 400, title: 'invalid', errors: [{ field: 'goals.1', message: 'Too big', code: 'too_big' }] } });
  await user.type(screen.getByLabelText(/^Objectifs/), 'a{enter}b');
  await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
  await waitFor(() => expect(screen.getByLabelText(/^Objectifs/).getAttribute('aria-invalid')).toBe('true'));
  expect(screen.getByText('Trop long.')).toBeTruthy();
  expect(screen.getByRole('alert').textContent).toBe('Corrigez les champs signalés.');
});
