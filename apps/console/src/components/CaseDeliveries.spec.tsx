/**
 * @jest-environment ./apps/console/jest-jsdom-env.js
 */
// A case's alert deliveries against a fake API (fetch): each delivery with its
// step, level, the role the ladder alerts, channel, status (a retried one
// says so) and its time in Africa/Casablanca, in French and in Arabic; older
// alerts on demand (the cursor the API gave); a failed load is a sentence and
// a retry that loads again.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { initI18n } from '../i18n';
import { CaseDeliveries, type AlertView } from './CaseDeliveries';

const CASE_ID = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';

const delivery = (over: Partial<AlertView['deliveries'][number]>) => ({
  recipientId: 'u-tanger-head',
  channel: 'EMAIL',
  address: 'h***@masar.example.ma',
  status: 'QUEUED',
  attempts: 1,
  lastError: null,
  createdAt: '2026-11-23T09:00:00.000Z',
  sentAt: null,
  deliveredAt: null,
  failedAt: null,
  ...over,
});

const ESCALATION: AlertView = {
  alertKey: 'case-1:ASSESSMENT:1',
  step: 'ASSESSMENT',
  level: 1,
  ladderRole: 'HEAD_OF_CENTRE',
  alertedAt: '2026-11-23T09:00:00.000Z',
  deliveries: [
    // 09:00 UTC is 10:00 in Casablanca (UTC+1 all year)
    delivery({ channel: 'EMAIL', status: 'SENT', sentAt: '2026-11-23T09:01:00.000Z' }),
    delivery({ channel: 'SMS', address: '+2126****12', status: 'FAILED', attempts: 3, failedAt: '2026-11-23T09:20:00.000Z' }),
  ],
};
const OLDER: AlertView = {
  alertKey: 'case-1:ASSESSMENT:0',
  step: 'ASSESSMENT',
  level: 0,
  ladderRole: 'ASSIGNEE',
  alertedAt: '2026-11-22T08:00:00.000Z',
  deliveries: [delivery({ recipientId: 'u-tanger-coordinator', status: 'DELIVERED', deliveredAt: '2026-11-22T08:05:00.000Z', channel: 'SMS', address: '+2126****01' })],
};

type Answer = { status: number; body: unknown };

/** The fake API: answers in turn, and the URLs asked. */
function fakeApi(...answers: Answer[]) {
  const asked: string[] = [];
  global.fetch = jest.fn(async (input: RequestInfo | URL) => {
    const req = input as Request;
    asked.push(req.url);
    const a = answers[Math.min(asked.length - 1, answers.length - 1)];
    return new Response(JSON.stringify(a.body), { status: a.status, headers: { 'content-type': a.status >= 400 ? 'application/problem+json' : 'application/json' } });
  }) as never;
  return asked;
}

async function renderIn(lang: 'ar' | 'fr') {
  const i18n = initI18n(lang);
  await i18n.changeLanguage(lang);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={client}>
        <CaseDeliveries caseId={CASE_ID} />
      </QueryClientProvider>
    </I18nextProvider>,
  );
}

const rowTexts = async () => {
  const table = await screen.findByRole('table');
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) => within(r).getAllByRole('cell').map((c) => c.textContent));
};

test('each delivery in French: step and level, the role alerted, channel, status, a retry, times in Casablanca; older alerts on demand', async () => {
  const asked = fakeApi({ status: 200, body: { caseId: CASE_ID, items: [ESCALATION], nextCursor: 'CUR-1' } }, { status: 200, body: { caseId: CASE_ID, items: [OLDER], nextCursor: null } });
  await renderIn('fr');
  expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Alertes envoyées');
  const rows = await rowTexts();
  expect(rows).toHaveLength(2);
  expect(rows[0][1]).toBe('Diagnostic de la situationniveau 1');
  expect(rows[0].slice(2)).toEqual(['Chef de centreu-tanger-head · h***@masar.example.ma', 'Courriel', 'Envoyée', expect.stringContaining('10:01')]);
  expect(rows[0][0]).toMatch(/23 nov\. 2026.*10:00/);
  expect(rows[1].slice(3, 5)).toEqual(['SMS', 'Échec après les tentativesréessayée (3 tentatives)']);
  expect(rows[1][5]).toContain('10:20');
  expect(asked[0]).toMatch(new RegExp(`/api/v1/cases/${CASE_ID}/deliveries\\?limit=20$`));

  await userEvent.setup().click(screen.getByRole('button', { name: 'Alertes plus anciennes' }));
  await screen.findByText('Remise (accusé de réception)');
  expect(asked[1]).toMatch(/[?&]cursor=CUR-1(&|$)/);
  const all = await rowTexts();
  expect(all).toHaveLength(3);
  expect(all[2][2]).toBe('Chargé du dossieru-tanger-coordinator · +2126****01');
  expect(screen.queryByRole('button', { name: 'Alertes plus anciennes' })).toBeNull();
});

test('the same deliveries read in Arabic, with no Latin word but the recipient and address the API sent', async () => {
  fakeApi({ status: 200, body: { caseId: CASE_ID, items: [ESCALATION], nextCursor: null } });
  await renderIn('ar');
  expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('التنبيهات المرسلة');
  const rows = await rowTexts();
  expect(rows[0].slice(3, 5)).toEqual(['البريد الإلكتروني', 'أُرسل']);
  expect(rows[1].slice(3, 5)).toEqual(['رسالة قصيرة', 'فشل بعد المحاولاتأعيدت المحاولة (3 محاولات)']);
  expect(rows[0][2]).toBe('رئيس المركزu-tanger-head · h***@masar.example.ma');
  const words = rows.flat().join(' ').replace(/u-tanger-head|h\*\*\*@masar\.example\.ma|\+2126\*\*\*\*12/g, '');
  expect(words).not.toMatch(/[A-Za-z]/);
});

test('no alert yet reads as a sentence; a failed load is a sentence and a retry that loads again', async () => {
  fakeApi({ status: 503, body: { status: 503, title: 'unavailable', detail: 'Temporal is not reachable' } }, { status: 200, body: { caseId: CASE_ID, items: [], nextCursor: null } });
  await renderIn('fr');
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toContain('Impossible de charger cette page : Un service est indisponible : réessayez dans un instant.');
  await userEvent.setup().click(within(alert).getByRole('button', { name: 'Réessayer' }));
  await screen.findByText('Aucune alerte n’a été envoyée pour ce dossier.');
  expect(screen.queryByRole('table')).toBeNull();
});
