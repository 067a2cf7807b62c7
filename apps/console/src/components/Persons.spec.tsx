/**
 * @jest-environment ./apps/console/jest-jsdom-env.js
 */
// The persons of a case against a fake API: names and contacts shown only
// when the API returns them (a delegate reads the relation and the initials,
// and may add no one), a person added by the coordinator (a field problem
// under its field, then the list read again), a person referred with the
// template's proposed service first.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CaseDetail, Organisation } from '../api/types';
import { fakeApi, meOf, renderIn } from '../testing';
import { PersonsSection } from './Persons';

const CASE_ID = '44444444-4444-4444-8444-444444444444';
const MOTHER = '55555555-5555-4555-8555-555555555555';

const c = {
  id: CASE_ID,
  reference: 'MSR-2026-0000BEEF',
  provinceCode: 'TANGER_ASSILAH',
  status: 'OPEN',
  pathway: { openSteps: [], familyProposals: [{ personId: MOTHER, service: 'PARENTING_SUPPORT', proposedAt: '2026-01-01T00:00:00.000Z', referralId: null }] },
} as unknown as CaseDetail;

const organisations: Organisation[] = [{ id: 'org-tanger-upe', provinceCode: 'TANGER_ASSILAH', kind: 'UPE', nameFr: 'UPE Tanger', nameAr: 'وحدة حماية الطفولة طنجة', services: ['PARENTING_SUPPORT'], active: true }];

const mother = { id: MOTHER, relation: 'MOTHER', mayContact: true, initials: 'F. A.', firstName: 'Fatima', lastName: 'Alaoui', phone: '+212 600 000 000', address: null, referrals: [] };
const father = { id: '66666666-6666-4666-8666-666666666666', relation: 'FATHER', mayContact: false, initials: 'A. A.', firstName: 'Ahmed', lastName: null, phone: null, address: null, referrals: [] };

test('a delegate reads the relation and the initials the API returns, and is offered no form', async () => {
  fakeApi([['GET', /\/persons$/, () => ({ status: 200, body: { persons: [{ id: MOTHER, relation: 'MOTHER', mayContact: true, initials: 'F. A.', referrals: ['r-1'] }] } })]]);
  await renderIn('fr', <PersonsSection c={c} me={meOf('DELEGATE')} organisations={organisations} />);
  const item = (await screen.findByText('Mère', { selector: 'strong' }, { timeout: 10_000 })).closest('li')!;
  expect(item.textContent).toContain('initiales F. A.');
  expect(item.textContent).toContain('orientations : 1');
  expect(item.textContent).not.toContain('Fatima');
  expect(screen.queryByRole('form')).toBeNull();
});

test('the coordinator adds a person: a field problem under its field, then the person in the list', async () => {
  const sent = fakeApi([
    ['GET', /\/persons$/, (_s, n) => ({ status: 200, body: { persons: n === 1 ? [mother] : [mother, father] } })],
    ['POST', /\/persons$/, (_s, n) => (n === 1 ? { status: 400, body: { status: 400, title: 'invalid', errors: [{ field: 'phone', message: 'a telephone number', code: 'invalid_format' }] } } : { status: 201, body: { person: father, proposals: [] } })],
  ]);
  const user = userEvent.setup();
  await renderIn('fr', <PersonsSection c={c} me={meOf('COORDINATOR')} organisations={organisations} />);
  const item = (await screen.findByText('Mère', { selector: 'strong' }, { timeout: 10_000 })).closest('li')!;
  expect(item.textContent).toContain('Fatima Alaoui');
  expect(item.textContent).toContain('Téléphone : +212 600 000 000');
  expect(item.textContent).toContain(`Proposé par le parcours : ${'Soutien à la parentalité'}`);

  const add = screen.getByRole('form', { name: 'Ajouter une personne' });
  await user.selectOptions(within(add).getByLabelText(/^Lien avec l’enfant/), 'FATHER');
  await user.type(within(add).getByLabelText(/^Prénom/), 'Ahmed');
  await user.type(within(add).getByLabelText(/^Téléphone/), '12');
  await user.click(within(add).getByRole('button', { name: 'Ajouter une personne' }));
  await waitFor(() => expect(within(add).getByLabelText(/^Téléphone/).getAttribute('aria-invalid')).toBe('true'));
  expect(within(add).getByText('Format non valide.')).toBeTruthy();

  await user.clear(within(add).getByLabelText(/^Téléphone/));
  await user.type(within(add).getByLabelText(/^Téléphone/), '+212 611 111 111');
  await user.click(within(add).getByLabelText('Les services peuvent contacter cette personne'));
  await user.click(within(add).getByRole('button', { name: 'Ajouter une personne' }));
  await screen.findByText('Père', { selector: 'strong' });
  const posts = sent.filter((s) => s.method === 'POST');
  expect(posts[1].body).toEqual({ relation: 'FATHER', firstName: 'Ahmed', phone: '+212 611 111 111', mayContact: true });
  expect(posts[1].key).not.toBe(posts[0].key);
});

test('a person is referred to a provider, the service the template proposes for them first', async () => {
  const sent = fakeApi([
    ['GET', /\/persons$/, () => ({ status: 200, body: { persons: [mother, father] } })],
    ['POST', /\/referrals$/, () => ({ status: 201, body: { referralId: 'r-2' } })],
  ]);
  const user = userEvent.setup();
  await renderIn('fr', <PersonsSection c={c} me={meOf('COORDINATOR')} organisations={organisations} />);
  const refer = await screen.findByRole('form', { name: 'Orienter Mère (Fatima Alaoui) vers un prestataire' }, { timeout: 10_000 });
  expect((within(refer).getByLabelText(/^Service/) as HTMLSelectElement).value).toBe('PARENTING_SUPPORT');
  await user.click(within(refer).getByRole('button', { name: 'Orienter' }));
  await within(refer).findByText('Enregistré.');
  const post = sent.find((s) => s.method === 'POST')!;
  expect(post.path).toBe(`/api/v1/cases/${CASE_ID}/persons/${MOTHER}/referrals`);
  expect(post.body).toEqual({ organisationId: 'org-tanger-upe', service: 'PARENTING_SUPPORT', sharesInformation: false });

  await user.selectOptions(screen.getByLabelText('Personne à orienter'), father.id);
  expect(await screen.findByRole('form', { name: 'Orienter Père (Ahmed) vers un prestataire' })).toBeTruthy();
});
