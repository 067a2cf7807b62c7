/**
 * @jest-environment ./apps/console/jest-jsdom-env.js
 */
// The court exchange on a case page against a fake API: the coordinator
// writes the report the pathway owes on an order (its fields sent as the API
// takes them, a field problem under its field), the head of centre approves
// the written report, the judicial liaison records the judge's decision on
// the report sent, and the sent report's PDF is downloaded; each form only
// for the role the permission table allows.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Role } from '../../../../libs/domain/taxonomy';
import type { CaseDetail } from '../api/types';
import { CasePage } from '../pages/CasePage';
import { fakeApi, meOf, renderIn, type Route } from '../testing';

const CASE_ID = '33333333-3333-4333-8333-333333333333';

function kase(steps: { step: string; ref: string }[], order: Record<string, unknown>): CaseDetail {
  return {
    id: CASE_ID,
    reference: 'MSR-2026-00C0FFEE',
    provinceCode: 'TANGER_ASSILAH',
    category: 'NEGLECT',
    riskLevel: 'HIGH',
    track: 'JUDICIAL',
    stage: 'FOLLOW_UP',
    status: 'OPEN',
    openedAt: '2026-01-10T10:00:00.000Z',
    closedAt: null,
    workflowId: 'case-x',
    mergedIntoId: null,
    mergedAt: null,
    merged: [],
    child: { initials: 'Y. B.', sex: 'F', dobEstimated: false, adultAt: null },
    pathway: {
      stage: 'FOLLOW_UP',
      assigneeId: null,
      openSteps: steps.map((s, i) => ({ key: `1:${s.step}:${i}`, step: s.step, ref: s.ref, dueAt: '2026-03-01T10:00:00.000Z', level: -1, overdue: false })),
      referrals: [],
      assessment: 'APPROVED',
      carePlan: 'APPROVED',
      prosecutorReported: true,
      courtOrders: [{ orderId: 'TPI-1', measures: ['HEALTH'], closedAt: null, ...order }],
    } as unknown as CaseDetail['pathway'],
  };
}

function api(c: CaseDetail, more: Route[] = []) {
  return fakeApi([
    ...more,
    ['GET', /\/api\/v1\/cases\/[\w-]+$/, () => ({ status: 200, body: c })],
    ['GET', /\/record$/, () => ({ status: 200, body: { entries: [] } })],
    ['GET', /\/timeline$/, () => ({ status: 200, body: { items: [{ at: '2026-02-01T10:00:00.000Z', type: 'COURT_REPORT_SENT', data: { orderId: 'TPI-1', report: 1, documentId: 'doc-1' } }] } })],
    ['GET', /\/persons$/, () => ({ status: 200, body: { persons: [] } })],
  ]);
}

const page = (role: Role) => renderIn('fr', <CasePage id={CASE_ID} me={meOf(role)} />);
const form = (name: string) => screen.findByRole('form', { name }, { timeout: 10_000 });

test('the coordinator writes the report owed on the order; a field problem shows under its field; no approval is offered to them', async () => {
  const sent = api(kase([{ step: 'COURT_REPORT', ref: 'TPI-1' }], { reportsSent: 0 }), [
    ['POST', /\/court-orders\/TPI-1\/reports$/, (_s, n) => (n === 1 ? { status: 400, body: { status: 400, title: 'invalid', errors: [{ field: 'summary', message: 'Too small', code: 'too_small' }] } } : { status: 200, body: {} })],
  ]);
  const user = userEvent.setup();
  await page('COORDINATOR');
  const report = await form('Rapport au tribunal (ordonnance TPI-1)');
  expect((within(report).getByLabelText(/^Langue/) as HTMLSelectElement).value).toBe('fr');
  await user.click(within(report).getByRole('button', { name: 'Soumettre le rapport au tribunal' }));
  await waitFor(() => expect(within(report).getByLabelText(/^Synthèse/).getAttribute('aria-invalid')).toBe('true'));
  expect(within(report).getByText('Ce champ est obligatoire.')).toBeTruthy();

  await user.selectOptions(within(report).getByLabelText(/^Langue/), 'ar');
  await user.type(within(report).getByLabelText(/^Synthèse/), 'Scolarité reprise');
  await user.type(within(report).getByLabelText(/^Exécution des mesures/), 'Suivi familial tous les quinze jours');
  await user.click(within(report).getByRole('button', { name: 'Soumettre le rapport au tribunal' }));
  await within(report).findByText('Enregistré.');
  const posts = sent.filter((s) => s.method === 'POST');
  expect(posts).toHaveLength(2);
  expect(posts[1].body).toEqual({ language: 'ar', summary: 'Scolarité reprise', progress: 'Suivi familial tous les quinze jours' });
  expect(posts[1].key).toMatch(/\S{8,}/);
  expect(screen.queryByRole('form', { name: /^Approuver/ })).toBeNull();
  expect(screen.queryByRole('form', { name: /^Décision du juge/ })).toBeNull();
});

test('the head of centre approves the written report; the approval goes to the court report’s own route', async () => {
  const sent = api(kase([{ step: 'APPROVAL', ref: 'COURT_REPORT' }], { reportsSent: 1, pendingReport: { n: 2, language: 'fr', submittedAt: '2026-02-20T10:00:00.000Z', dueAt: null } }), [
    ['POST', /\/court-reports\/approve$/, () => ({ status: 200, body: {} })],
  ]);
  const user = userEvent.setup();
  await page('HEAD_OF_CENTRE');
  const approve = await form('Approuver le rapport n° 2 au tribunal (ordonnance TPI-1)');
  // the generic approval (assessment, plan, closure) is not what this step awaits
  expect(screen.queryByRole('form', { name: 'Approuver' })).toBeNull();
  expect(screen.getByRole('form', { name: 'Renvoyer le rapport n° 2 à réécrire (ordonnance TPI-1)' })).toBeTruthy();
  expect(screen.getByText(/Rapport n° 2 écrit le .*, en attente de l’approbation du chef de centre/)).toBeTruthy();
  await user.click(within(approve).getByRole('button', { name: 'Approuver' }));
  await within(approve).findByText('Enregistré.');
  const post = sent.find((s) => s.method === 'POST');
  expect(post?.path).toBe(`/api/v1/cases/${CASE_ID}/court-reports/approve`);
  expect(post?.body).toEqual({});
});

test('the judicial liaison records the judge’s decision on the report sent, and downloads its PDF', async () => {
  const sent = api(kase([], { reportsSent: 1, decisions: [] }), [
    ['POST', /\/court-orders\/TPI-1\/decisions$/, () => ({ status: 409, body: { status: 409, title: 'Conflict', code: 'court_decision_exists', detail: 'the decision on report 1 is already recorded' } })],
    ['GET', /\/documents\/doc-1$/, () => ({ status: 200, blob: new Blob(['%PDF-1.7'], { type: 'application/pdf' }) })],
  ]);
  const saved: string[] = [];
  URL.createObjectURL = jest.fn(() => 'blob:pdf');
  URL.revokeObjectURL = jest.fn();
  const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push(this.download);
  });
  const user = userEvent.setup();
  await page('JUDICIAL_LIAISON');
  const decision = await form('Décision du juge sur le rapport n° 1 (ordonnance TPI-1)');
  await user.selectOptions(within(decision).getByLabelText(/^Décision/), 'MODIFY');
  await user.type(within(decision).getByLabelText(/^Périodicité des rapports/), 'P3M');
  await user.click(within(decision).getByRole('button', { name: 'Enregistrer la décision du juge' }));
  expect((await within(decision).findByRole('alert')).textContent).toBe('La décision sur ce rapport est déjà enregistrée.');
  expect(sent.find((s) => s.method === 'POST')?.body).toEqual({ report: 1, decision: 'MODIFY', reportEvery: 'P3M' });

  await user.click(await screen.findByRole('button', { name: 'Télécharger le rapport n° 1 (ordonnance TPI-1, PDF)' }));
  await waitFor(() => expect(saved).toEqual(['MSR-2026-00C0FFEE-1.pdf']));
  expect(sent.some((s) => s.method === 'GET' && s.path === `/api/v1/cases/${CASE_ID}/documents/doc-1`)).toBe(true);
  click.mockRestore();
});
