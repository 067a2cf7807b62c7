// For the console's component tests: a fake API (fetch answered by method and
// path, every request kept), a signed-in user whose permitted actions are the
// permission table's for their role (as GET /me computes them), and a render
// inside the catalogues and a fresh query cache.
import { render } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { ACTIONS, DISCLOSURES, discloses, refusal, type Disclosure } from '../../../libs/domain/permissions';
import type { Role } from '../../../libs/domain/taxonomy';
import type { Me } from './api/types';
import { initI18n, setLanguage, type Language } from './i18n';

export type Sent = { method: string; path: string; search: string; body: unknown; key: string | null };
type Answer = { status: number; body?: unknown; blob?: Blob };
export type Route = [method: string, path: RegExp, answer: (sent: Sent, n: number) => Answer];

/** fetch answered by the first route matching method and path; anything else is a 404 problem. */
export function fakeApi(routes: Route[]): Sent[] {
  const sent: Sent[] = [];
  const calls = new Map<Route, number>();
  global.fetch = jest.fn(async (input: RequestInfo | URL) => {
    const req = input as Request;
    const url = new URL(req.url);
    const text = req.method === 'GET' ? '' : await req.text();
    const s: Sent = { method: req.method, path: url.pathname, search: url.search, body: text ? JSON.parse(text) : undefined, key: req.headers.get('Idempotency-Key') };
    sent.push(s);
    const route = routes.find(([m, p]) => m === req.method && p.test(url.pathname));
    if (!route) return new Response(JSON.stringify({ status: 404, title: 'Not found' }), { status: 404, headers: { 'content-type': 'application/problem+json' } });
    const n = (calls.get(route) ?? 0) + 1;
    calls.set(route, n);
    const a = route[2](s, n);
    if (a.blob) return new Response(a.blob, { status: a.status, headers: { 'content-type': a.blob.type } });
    return new Response(JSON.stringify(a.body ?? {}), { status: a.status, headers: { 'content-type': a.status >= 400 ? 'application/problem+json' : 'application/json' } });
  }) as never;
  return sent;
}

/** A user of the role, with what the permission table lets them do in their own scope. */
export function meOf(role: Role, provinceCode: string | null = 'TANGER_ASSILAH', organisationId: string | null = null): Me {
  const acting = { role, provinceCode, organisationId };
  return {
    id: `u-${role.toLowerCase()}`,
    role,
    provinceCode,
    organisationId,
    displayName: role,
    email: null,
    phone: null,
    language: 'fr',
    channelOrder: ['EMAIL', 'SMS'],
    permittedActions: ACTIONS.filter((a) => refusal(a, acting) === null),
    disclosures: (Object.keys(DISCLOSURES) as Disclosure[]).filter((d) => discloses(d, role)),
  };
}

export async function renderIn(lang: Language, ui: ReactElement) {
  const i18n = initI18n(lang);
  if (i18n.language !== lang) await setLanguage(lang);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={client}>{ui}</QueryClientProvider>
    </I18nextProvider>,
  );
}
