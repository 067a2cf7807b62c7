// The codec session over HTTP (what the Temporal UI's browser relies on):
// opened only with a token of a user the table admits to codec.decode, a
// cookie for /codec only, accepted by /codec/decode, unable to open another
// session, refused once ended or once its user is deactivated; CORS admits
// credentials from the Temporal UI's origin only.
import { startStack, type Stack } from '../support/stack';

let stack: Stack;
const json = { 'content-type': 'application/json' };
const empty = JSON.stringify({ payloads: [] });

async function open(userId: string): Promise<Response> {
  return fetch(`${stack.baseUrl}/codec/session`, { method: 'POST', headers: { authorization: `Bearer ${await stack.token(userId)}` } });
}

const ticketOf = (res: Response) => /^masar_codec=([\w-]+);/.exec(res.headers.get('set-cookie') ?? '')?.[1];
const decode = (ticket: string) => fetch(`${stack.baseUrl}/codec/decode`, { method: 'POST', headers: { ...json, cookie: `masar_codec=${ticket}` }, body: empty });

beforeAll(async () => {
  stack = await startStack({ worker: false });
});

afterAll(async () => {
  await stack?.stop();
});

test('a supervisor’s token opens a 15-minute HttpOnly cookie for /codec only, which decodes and cannot open another session', async () => {
  const res = await open('u-national-supervisor');
  expect(res.status).toBe(201);
  const cookie = res.headers.get('set-cookie') ?? '';
  expect(cookie).toMatch(/^masar_codec=[\w-]{43}; Path=\/codec; HttpOnly; SameSite=Strict; Max-Age=900$/);
  expect(await res.json()).toMatchObject({ temporalUi: { origin: stack.config.TEMPORAL_UI_ORIGIN, namespace: stack.config.TEMPORAL_NAMESPACE } });
  const ticket = ticketOf(res)!;
  expect((await decode(ticket)).status).toBe(200);
  const again = await fetch(`${stack.baseUrl}/codec/session`, { method: 'POST', headers: { cookie: `masar_codec=${ticket}` } });
  expect(again.status).toBe(401);
  expect(again.headers.get('set-cookie')).toBeNull();
});

test('a coordinator’s token opens nothing (403), and an unknown or ended ticket decodes nothing (401)', async () => {
  const refused = await open('u-tanger-coordinator');
  expect(refused.status).toBe(403);
  expect(refused.headers.get('set-cookie')).toBeNull();
  expect((await decode('A'.repeat(43))).status).toBe(401);
  const ticket = ticketOf(await open('u-national-supervisor'))!;
  const ended = await fetch(`${stack.baseUrl}/codec/session`, { method: 'DELETE', headers: { cookie: `masar_codec=${ticket}` } });
  expect(ended.status).toBe(204);
  expect(ended.headers.get('set-cookie')).toMatch(/^masar_codec=; Path=\/codec; HttpOnly; SameSite=Strict; Max-Age=0$/);
  const after = await decode(ticket);
  expect(after.status).toBe(401);
  expect(((await after.json()) as { detail: string }).detail).toMatch(/codec session has expired/);
});

test('a deactivated supervisor’s session decodes nothing from the next request on', async () => {
  const ticket = ticketOf(await open('u-national-supervisor'))!;
  expect((await decode(ticket)).status).toBe(200);
  await stack.db.user.update({ where: { id: 'u-national-supervisor' }, data: { active: false } });
  try {
    const res = await decode(ticket);
    expect(res.status).toBe(401);
    expect(((await res.json()) as { detail: string }).detail).toMatch(/no active user/);
  } finally {
    await stack.db.user.update({ where: { id: 'u-national-supervisor' }, data: { active: true } });
  }
});

test('CORS on /codec admits credentials from the Temporal UI’s origin only', async () => {
  const preflight = (origin: string) =>
    fetch(`${stack.baseUrl}/codec/decode`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,x-namespace' } });
  const ui = await preflight(stack.config.TEMPORAL_UI_ORIGIN);
  expect(ui.headers.get('access-control-allow-origin')).toBe(stack.config.TEMPORAL_UI_ORIGIN);
  expect(ui.headers.get('access-control-allow-credentials')).toBe('true');
  const other = await preflight('http://127.0.0.1:9');
  expect(other.headers.get('access-control-allow-origin')).toBeNull();
  expect(other.headers.get('access-control-allow-credentials')).toBeNull();
});
