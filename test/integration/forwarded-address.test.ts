// The source address the rate limit counts and the audit records: the
// connection's peer, unless that peer is a proxy listed in TRUST_PROXY (none
// by default) — then the client it names in X-Forwarded-For.
import type { Redis } from 'ioredis';
import { apiConfigSchema } from '../../apps/api/src/config';
import { REDIS } from '../../apps/api/src/infra/tokens';
import { parseConfig } from '../../libs/config/load';
import { http } from '../support/http';
import { startStack, type Stack } from '../support/stack';

const FORGED = '203.0.113.7';

/** Opens an audited board session with a forged X-Forwarded-For; returns the source address the audit recorded. */
async function auditedSource(stack: Stack, forwardedFor: string): Promise<string | null> {
  const api = http(stack.baseUrl);
  const requestId = `fwd-${Math.random().toString(36).slice(2)}`;
  const r = await api.post('/api/v1/admin/queue-board/session', {}, await stack.token('u-national-admin'), { 'x-forwarded-for': forwardedFor, 'x-request-id': requestId });
  expect(r.status).toBe(201);
  const entry = await stack.db.auditEntry.findFirstOrThrow({ where: { requestId } });
  return entry.sourceIp;
}

describe('by default no proxy is trusted', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ worker: false, env: { API_RATE_LIMIT_ANON_PER_MINUTE: '2' } });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  test('X-Forwarded-For from loopback is ignored: the audit records the peer', async () => {
    expect(stack.config.TRUST_PROXY).toEqual([]);
    expect(await auditedSource(stack, FORGED)).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
  });

  test('a new X-Forwarded-For on each request does not give a new rate-limit bucket', async () => {
    const api = http(stack.baseUrl);
    const statuses: number[] = [];
    for (let i = 1; i <= 4; i++) statuses.push((await api.get('/api/v1/provinces', undefined, { 'x-forwarded-for': `198.51.100.${i}` })).status);
    expect(statuses).toEqual([401, 401, 429, 429]);
    const keys = await stack.app.get<Redis>(REDIS).keys(`${stack.config.MASAR_REDIS_PREFIX}:rate:ip:*`);
    expect(keys.every((k) => !k.includes('198.51.100.'))).toBe(true);
  });
});

describe('a listed proxy', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ worker: false, env: { TRUST_PROXY: '127.0.0.1, ::1, ::ffff:127.0.0.1' } });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  test('its X-Forwarded-For names the client, for the audit', async () => {
    expect(await auditedSource(stack, FORGED)).toBe(FORGED);
  });
});

test('TRUST_PROXY is validated: addresses, CIDR ranges or named ranges', () => {
  const base = { JWT_SECRET: 'x'.repeat(32), JWT_ALLOW_HS256: 'true', MASAR_CODEC_KEYS: 'k:x' };
  expect(parseConfig(apiConfigSchema, { ...base, TRUST_PROXY: '10.0.0.0/8, fd00::/8,loopback' }).TRUST_PROXY).toEqual(['10.0.0.0/8', 'fd00::/8', 'loopback']);
  for (const bad of ['*', 'true', '10.0.0.0/33', 'proxy.example.ma']) {
    expect(() => parseConfig(apiConfigSchema, { ...base, TRUST_PROXY: bad })).toThrow(/TRUST_PROXY: must be comma-separated IP addresses or CIDR ranges/);
  }
});
