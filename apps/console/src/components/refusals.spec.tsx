/**
 * @jest-environment ./apps/console/jest-jsdom-env.js
 */
// A refusal reads as the sentence of its code in the user's language, never as
// the API's English detail: a known code has its own sentence in both
// catalogues, an unknown one (a newer API) the generic sentence of the
// language. The catalogues hold a sentence for exactly the codes of
// libs/domain/refusals.ts.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { REFUSAL_CODES } from '../../../../libs/domain/refusals';
import { initI18n } from '../i18n';
import ar from '../i18n/ar.json';
import fr from '../i18n/fr.json';
import { ActionForm } from './ActionForm';

const ENGLISH_DETAIL = 'the case is closed';

function fakeApi(status: number, body: Record<string, unknown>) {
  global.fetch = jest.fn(
    async () => new Response(JSON.stringify({ status, title: 'Conflicts with the state of the pathway', detail: ENGLISH_DETAIL, ...body }), { status, headers: { 'content-type': 'application/problem+json' } }),
  ) as never;
}

/** Sends the one-field form and returns what the alert says. */
async function refusalShown(lang: 'ar' | 'fr'): Promise<string | null> {
  const i18n = initI18n(lang);
  await i18n.changeLanguage(lang);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const view = render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={client}>
        <ActionForm title="Action" path="/api/v1/cases/c-1/closure" fields={[{ name: 'note', label: 'Note', kind: 'text' }]} submitLabel="OK" onDone={jest.fn()} />
      </QueryClientProvider>
    </I18nextProvider>,
  );
  await userEvent.setup().click(screen.getByRole('button', { name: 'OK' }));
  const text = (await screen.findByRole('alert')).textContent;
  view.unmount();
  return text;
}

test.each([
  ['fr', 'case_closed', 'Le dossier est clôturé : aucune action n’y est plus possible.'],
  ['ar', 'case_closed', 'الملف مغلق: لم يعد أي إجراء ممكناً عليه.'],
  ['fr', 'not_a_code_this_console_knows', 'L’action a été refusée : elle ne correspond pas à l’état actuel. Actualisez la page.'],
  ['ar', 'not_a_code_this_console_knows', 'رُفض الإجراء: لا يوافق الحالة الراهنة. حدّث الصفحة.'],
] as const)('a 409 in %s with code %s reads as its sentence', async (lang, code, sentence) => {
  fakeApi(409, { code });
  const shown = await refusalShown(lang);
  expect(shown).toBe(sentence);
  expect(shown).not.toContain(ENGLISH_DETAIL);
});

test.each(['ar', 'fr'] as const)('a 409 without a code, and a 422 without one, never show English (%s)', async (lang) => {
  fakeApi(409, {});
  expect(await refusalShown(lang)).toBe((lang === 'fr' ? fr : ar).refusal.unknown);
  fakeApi(422, { detail: 'unknown organisation' });
  const shown = await refusalShown(lang);
  expect(shown).toBe((lang === 'fr' ? fr : ar).problem['422']);
  expect(shown).not.toMatch(/unknown|organisation/);
});

test.each(['ar', 'fr'] as const)('the %s catalogue has a sentence for exactly the refusal codes, and a generic one', (lang) => {
  const sentences = (lang === 'fr' ? fr : ar).refusal as Record<string, string>;
  expect(Object.keys(sentences).sort()).toEqual([...REFUSAL_CODES, 'unknown'].sort());
  for (const s of Object.values(sentences)) expect(s).toMatch(lang === 'ar' ? /^[^A-Za-z]+$/ : /\S/);
  // no two codes share a sentence but those that mean the same to a user
  expect(new Set(Object.values(sentences)).size).toBe(Object.keys(sentences).length);
});
