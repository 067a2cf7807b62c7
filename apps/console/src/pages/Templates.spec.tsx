/**
 * @jest-environment ./apps/console/jest-jsdom-env.js
 */
// The templates page against a fake API: the versions listed, one read with
// its steps in the user's language, a draft published (and the list read
// again), a new version refused with the reasons by path, text that is not
// JSON never sent; a committee may not publish a national draft.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { TemplateVersion } from '../api/case-extras';
import { codifiedTemplate, genericTemplate } from '../../../../libs/domain/templates';
import { fakeApi, meOf, renderIn } from '../testing';
import { Templates } from './Templates';

const V1 = '77777777-7777-4777-8777-777777777771';
const V2 = '77777777-7777-4777-8777-777777777772';
const row = (id: string, version: number, status: TemplateVersion['status'], template: TemplateVersion['template']): TemplateVersion => ({
  id,
  category: 'NEGLECT',
  provinceCode: null,
  version,
  status,
  createdBy: 'u-national-admin',
  createdAt: '2026-01-05T10:00:00.000Z',
  publishedAt: status === 'PUBLISHED' ? '2026-01-06T10:00:00.000Z' : null,
  publishedBy: null,
  template,
});
const v1 = row(V1, 1, 'PUBLISHED', genericTemplate('NEGLECT'));
const v2 = row(V2, 2, 'DRAFT', { ...codifiedTemplate('NEGLECT'), version: 2 });

function api(publishedAfter = false) {
  return fakeApi([
    ['GET', /\/admin\/templates$/, (_s, n) => ({ status: 200, body: publishedAfter && n > 1 ? [{ ...v1, status: 'RETIRED' }, { ...v2, status: 'PUBLISHED' }] : [v1, v2] })],
    ['GET', new RegExp(`/admin/templates/${V2}$`), () => ({ status: 200, body: v2 })],
    ['POST', new RegExp(`/admin/templates/${V2}/publish$`), () => ({ status: 200, body: { ...v2, status: 'PUBLISHED' } })],
    [
      'POST',
      /\/admin\/templates$/,
      () => ({
        status: 422,
        body: {
          status: 422,
          title: 'Semantic error',
          detail: 'the template is refused',
          errors: [
            { field: 'phases[1].step', message: 'CHILD_SEEN cannot be reached from the report' },
            { field: 'phases', message: 'the pathway never closes: no phase leads to CLOSE' },
          ],
        },
      }),
    ],
    ['GET', /\/api\/v1\/provinces$/, () => ({ status: 200, body: { items: [{ provinces: [{ code: 'TANGER_ASSILAH', nameFr: 'Tanger-Assilah', nameAr: 'طنجة أصيلة' }] }] } })],
  ]);
}

test('an administrator reads a draft’s steps in French and publishes it; the list is read again', async () => {
  const sent = api(true);
  const user = userEvent.setup();
  await renderIn('fr', <Templates me={meOf('ADMIN', null)} />);
  await user.click(await screen.findByRole('button', { name: 'Voir Négligence, version 2 (National)' }, { timeout: 10_000 }));
  const version = await screen.findByRole('region', { name: 'Version 2' });
  const phases = within(version).getByRole('list', { name: 'Étapes du parcours' });
  expect(within(phases).getAllByRole('listitem')[0].textContent).toMatch(/^Accusé de réception du signalement/);
  expect(phases.textContent).toContain('clôture');
  expect(phases.textContent).not.toMatch(/ACKNOWLEDGEMENT|CLOSE\b/);

  await user.click(within(version).getByRole('button', { name: 'Publier la version 2' }));
  await within(version).findByText('Version 2 publiée : les nouveaux dossiers la suivent.');
  expect(sent.filter((s) => s.method === 'POST').map((s) => s.path)).toEqual([`/api/v1/admin/templates/${V2}/publish`]);
  await waitFor(() => expect(sent.filter((s) => s.method === 'GET' && s.path === '/api/v1/admin/templates').length).toBeGreaterThanOrEqual(2));
  await screen.findByText('Retirée');
});

test('a new version refused by the API shows its reasons by path, in French; text that is not JSON is never sent', async () => {
  const sent = api();
  const user = userEvent.setup();
  await renderIn('fr', <Templates me={meOf('ADMIN', null)} />);
  await user.click(await screen.findByRole('button', { name: 'Voir Négligence, version 2 (National)' }, { timeout: 10_000 }));
  await user.click(await screen.findByRole('button', { name: 'Nouvelle version à partir de la version 2' }));
  const editor = screen.getByRole('form', { name: 'Nouvelle version' });
  const json = within(editor).getByLabelText(/^Le modèle \(JSON\)/) as HTMLTextAreaElement;
  const draft = JSON.parse(json.value);
  expect(draft.version).toBeUndefined();
  expect(draft).toMatchObject({ category: 'NEGLECT', provinceCode: null });

  fireEvent.change(json, { target: { value: '{ "category": ' } });
  await user.click(within(editor).getByRole('button', { name: 'Enregistrer le brouillon' }));
  expect(await within(editor).findByText('Ce texte n’est pas du JSON valide.')).toBeTruthy();
  expect(sent.filter((s) => s.method === 'POST')).toHaveLength(0);

  fireEvent.change(json, { target: { value: JSON.stringify({ ...draft, phases: [draft.phases[0], { step: 'CHILD_SEEN', next: [] }] }) } });
  await user.click(within(editor).getByRole('button', { name: 'Enregistrer le brouillon' }));
  const alert = await within(editor).findByRole('alert');
  const reasons = within(alert).getAllByRole('listitem').map((li) => li.textContent);
  expect(reasons).toEqual(['phases[1].step : L’étape Accueil de l’enfant ne peut pas être atteinte depuis le signalement.', 'phases : Le parcours ne se clôt jamais : aucune étape ne mène à la clôture.']);
  expect(sent.filter((s) => s.method === 'POST')[0].body).toMatchObject({ category: 'NEGLECT', phases: [draft.phases[0], { step: 'CHILD_SEEN', next: [] }] });
});

test('a committee may not publish a national draft, and writes its own version for its province', async () => {
  api();
  const user = userEvent.setup();
  await renderIn('fr', <Templates me={meOf('COMMITTEE')} />);
  await user.click(await screen.findByRole('button', { name: /^Voir Négligence, version 2/ }, { timeout: 10_000 }));
  const version = await screen.findByRole('region', { name: 'Version 2' });
  expect(within(version).queryByRole('button', { name: /^Publier/ })).toBeNull();
  await user.click(within(version).getByRole('button', { name: 'Nouvelle version à partir de la version 2' }));
  expect(JSON.parse((screen.getByLabelText(/^Le modèle \(JSON\)/) as HTMLTextAreaElement).value).provinceCode).toBe('TANGER_ASSILAH');
  // national users choose a province; a committee reads its own
  expect(screen.queryByLabelText(/^Province/)).toBeNull();
});
