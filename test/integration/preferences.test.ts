// A user's own profile and notification preferences: the order of channels
// for non-urgent notices, and the language of their alerts.
import { startStack, type Stack } from '../support/stack';
import { http } from '../support/http';

let stack: Stack;
let api: ReturnType<typeof http>;

beforeAll(async () => {
  stack = await startStack({ worker: false });
  api = http(stack.baseUrl);
});
afterAll(async () => {
  await stack?.stop();
});

test('a provider reads their profile and puts SMS first for notices; bad orders are refused field by field', async () => {
  const token = await stack.token('u-sale-provider-upe');
  const before = await api.get('/api/v1/me', token);
  expect(before.status).toBe(200);
  expect(before.body).toMatchObject({ id: 'u-sale-provider-upe', role: 'PROVIDER', organisationId: 'org-sale-upe', channelOrder: ['EMAIL', 'SMS'] });

  const put = await api.put('/api/v1/me/preferences', { channelOrder: ['SMS'], language: 'fr' }, token);
  expect(put.status).toBe(200);
  expect(put.body).toMatchObject({ channelOrder: ['SMS', 'EMAIL'], language: 'fr' });
  expect(await stack.db.user.findUniqueOrThrow({ where: { id: 'u-sale-provider-upe' } })).toMatchObject({ channelOrder: ['SMS', 'EMAIL'], language: 'fr' });
  expect(await stack.db.auditEntry.count({ where: { actorId: 'u-sale-provider-upe', action: 'me.preferences' } })).toBe(1);

  for (const body of [{ channelOrder: ['SMS', 'SMS'] }, { channelOrder: ['FAX'] }, { channelOrder: [] }, {}, { language: 'en' }]) {
    const bad = await api.put('/api/v1/me/preferences', body, token);
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
  }
  expect((await api.get('/api/v1/me', token)).body.channelOrder).toEqual(['SMS', 'EMAIL']);
  expect((await api.get('/api/v1/me')).status).toBe(401);
});
