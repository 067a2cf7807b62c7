// The API's outer wall: security headers (and the two pages they must not
// break, Swagger UI and Bull Board), rate limits per verified identity and
// per address (shared in Redis; when Redis is down, open for verified callers
// and closed for the others), the body limit,
// no stack traces in answers, CORS from an allow-list, and Bull Board for
// administrators only, read-only, over this installation's alert queues.
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Redis } from 'ioredis';
import { BOARD_PATH, QueueBoard } from '../../apps/api/src/admin/queue-board';
import { apiConfigSchema } from '../../apps/api/src/config';
import { AuditLog } from '../../apps/api/src/infra/audit-log';
import { REDIS } from '../../apps/api/src/infra/tokens';
import { parseConfig } from '../../libs/config/load';
import { ALERT_QUEUES, enqueueDelivery, openAlertOutbox } from '../../libs/notify/queues';
import { http, type HttpResult } from '../support/http';
import { eventually, startStack, type Stack } from '../support/stack';

const PORTAL = 'https://portal.example.ma';
let stack: Stack;
let api: ReturnType<typeof http>;
let stopped = false;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  stack = await startStack({ worker: false, env: { API_CORS_ORIGINS: PORTAL } });
  api = http(stack.baseUrl);
  for (const u of ['u-tanger-intake', 'u-tanger-coordinator', 'u-national-supervisor', 'u-national-admin']) tokens[u] = await stack.token(u);
});
afterAll(async () => {
  if (!stopped) await stack?.stop();
});

/** An error answer: problem+json with the status, and nothing of the server's insides. */
function expectProblem(r: HttpResult, status: number): void {
  expect(r.status).toBe(status);
  expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(r.body).toMatchObject({ status, type: expect.stringMatching(/^https:\/\/masar\.ma\/problems\//) });
  expect(r.text).not.toMatch(/\bat .*:\d+:\d+|node_modules|[\w/]+\.[jt]s:\d+|"stack"/);
}

/** Same-origin scripts and styles a page references; a script without src must be a JSON data block (CSP runs no inline script). */
function assetsOf(page: HttpResult, pageUrl: string): string[] {
  for (const tag of page.text.match(/<script\b[^>]*>/g) ?? []) {
    if (!/\bsrc=/.test(tag)) expect(tag).toMatch(/type=["']application\/json["']/);
  }
  const base = page.text.match(/<base href="([^"]+)"/)?.[1] ?? pageUrl;
  const refs = [...page.text.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)=["']([^"']+)["']/g)].map((m) => new URL(m[1], new URL(base, stack.baseUrl)));
  return refs.filter((u) => u.origin === stack.baseUrl).map((u) => u.pathname);
}

describe('security headers', () => {
  test('every answer carries them, errors included, and names no framework', async () => {
    for (const r of [await api.get('/health'), await api.get('/api/v1/provinces'), await api.get('/api/v1/provinces', tokens['u-tanger-coordinator'])]) {
      const csp = r.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(csp).not.toContain('upgrade-insecure-requests');
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
      expect(r.headers.get('x-frame-options')).toBe('DENY');
      expect(r.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
      expect(r.headers.get('referrer-policy')).toBe('no-referrer');
      expect(r.headers.get('cross-origin-opener-policy')).toBe('same-origin');
      expect(r.headers.get('x-powered-by')).toBeNull();
    }
  });

  test('Swagger UI still loads: its page, scripts, styles and the document', async () => {
    const page = await api.get('/api/docs');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    const assets = assetsOf(page, '/api/docs');
    expect(assets).toEqual(expect.arrayContaining([expect.stringMatching(/swagger-ui-bundle\.js$/), expect.stringMatching(/swagger-ui-init\.js$/), expect.stringMatching(/swagger-ui\.css$/)]));
    for (const path of assets) expect([path, (await api.get(path)).status]).toEqual([path, 200]);
    expect((await api.get('/api/docs-json')).body.paths['/api/v1/admin/queue-board/session']).toBeDefined();
  });
});

describe('request body and errors', () => {
  test('a JSON body over 256 kB is refused with 413 before it is read; a smaller one reaches validation', async () => {
    const over = await api.post('/api/v1/reports', { narrative: 'x'.repeat(300 * 1024) }, tokens['u-tanger-intake']);
    expectProblem(over, 413);
    const under = await api.post('/api/v1/reports', { narrative: 'x'.repeat(200 * 1024) }, tokens['u-tanger-intake']);
    expectProblem(under, 400);
  });

  // Found by the hostile barrage (seed 85450798): POST /codec/session, whose body is optional,
  // opened a session for a text/plain body it never read.
  test('a body not sent as JSON is refused with 415, not ignored, where the body is optional too; an empty POST is no body', async () => {
    const supervisor = tokens['u-national-supervisor'];
    for (const type of ['text/plain', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded']) {
      const session = await api.post('/codec/session', '{}', supervisor, { 'content-type': type });
      expectProblem(session, 415);
      expect(session.headers.get('set-cookie')).toBeNull();
      expectProblem(await api.post('/api/v1/reports', '{}', tokens['u-tanger-intake'], { 'content-type': type }), 415);
    }
    const opened = await api.post('/codec/session', undefined, supervisor);
    expect(opened.status).toBe(201);
    expect(opened.headers.get('set-cookie')).toEqual(expect.any(String));
    expect((await api.post('/codec/session', {}, supervisor)).status).toBe(201);
  });

  test('no answer shows a stack trace or a source path, a 500 included', async () => {
    expectProblem(await api.post('/api/v1/reports', '{"narrative": ', tokens['u-tanger-intake']), 400);
    expectProblem(await api.get('/api/v1/cases/%E0%A4%A', tokens['u-tanger-coordinator']), 400);
    expectProblem(await api.get('/api/v1/no-such-thing', tokens['u-tanger-coordinator']), 404);
    expectProblem(await api.get('/api/v1/provinces', 'not-a-token'), 401);
    // An unexpected failure deep inside: the caller gets an error id, never the error.
    jest.spyOn(stack.app.get(AuditLog), 'append').mockRejectedValueOnce(new TypeError('cannot read "secret" of undefined at /srv/masar/apps/api/src/infra/audit-log.ts:27:11'));
    const failed = await api.post('/api/v1/admin/queue-board/session', {}, tokens['u-national-admin']);
    expectProblem(failed, 500);
    expect(failed.body.errorId).toEqual(expect.any(String));
    expect(failed.text).not.toContain('secret');
  });
});

describe('CORS', () => {
  const preflight = (path: string, origin: string) => api.options(path, { origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' });

  test('the API admits the configured origins only, and lets them read the rate-limit headers', async () => {
    const ok = await preflight('/api/v1/provinces', PORTAL);
    expect(ok.headers.get('access-control-allow-origin')).toBe(PORTAL);
    expect(ok.headers.get('access-control-allow-headers')).toContain('authorization');
    const get = await api.get('/api/v1/provinces', tokens['u-tanger-coordinator'], { origin: PORTAL });
    expect(get.headers.get('access-control-allow-origin')).toBe(PORTAL);
    expect(get.headers.get('access-control-expose-headers')).toContain('Retry-After');
    expect(get.headers.get('access-control-expose-headers')).toContain('RateLimit-Remaining');

    for (const origin of ['https://evil.example', `${PORTAL}.evil.example`, 'null']) {
      expect((await preflight('/api/v1/provinces', origin)).headers.get('access-control-allow-origin')).toBeNull();
      expect((await api.get('/api/v1/provinces', tokens['u-tanger-coordinator'], { origin })).headers.get('access-control-allow-origin')).toBeNull();
    }
    // Neither the board nor the docs are for other origins.
    expect((await preflight(BOARD_PATH, PORTAL)).headers.get('access-control-allow-origin')).toBeNull();
    expect((await preflight('/api/docs-json', PORTAL)).headers.get('access-control-allow-origin')).toBeNull();
  });

  test('API_CORS_ORIGINS is empty by default and validated, one line for the variable', () => {
    const base = { JWT_SECRET: 'x'.repeat(32), JWT_ALLOW_HS256: 'true', MASAR_CODEC_KEYS: 'k:x' };
    expect(parseConfig(apiConfigSchema, base).API_CORS_ORIGINS).toEqual([]);
    expect(parseConfig(apiConfigSchema, { ...base, API_CORS_ORIGINS: `${PORTAL}, http://127.0.0.1:5173` }).API_CORS_ORIGINS).toEqual([PORTAL, 'http://127.0.0.1:5173']);
    expect(() => parseConfig(apiConfigSchema, { ...base, API_CORS_ORIGINS: `${PORTAL}/app,*` })).toThrow(/^Invalid configuration:\n {2}- API_CORS_ORIGINS: must be comma-separated origins[^\n]*$/);
    expect(() => parseConfig(apiConfigSchema, { ...base, API_RATE_LIMIT_PER_MINUTE: '-1' })).toThrow(/API_RATE_LIMIT_PER_MINUTE/);
  });
});

describe('rate limits', () => {
  let limited: Stack;
  let lapi: ReturnType<typeof http>;
  beforeAll(async () => {
    limited = await startStack({ worker: false, env: { API_RATE_LIMIT_PER_MINUTE: '5', API_RATE_LIMIT_ANON_PER_MINUTE: '3' } });
    lapi = http(limited.baseUrl);
  });
  afterAll(async () => {
    await limited?.stop();
  });

  test('per verified identity: 429 with Retry-After past the limit, another identity unaffected', async () => {
    const tanger = await limited.token('u-tanger-coordinator');
    for (let i = 1; i <= 5; i++) {
      const r = await lapi.get('/api/v1/provinces', tanger);
      expect(r.status).toBe(200);
      expect(r.headers.get('ratelimit-limit')).toBe('5');
      expect(r.headers.get('ratelimit-remaining')).toBe(String(5 - i));
      expect(r.headers.get('ratelimit-policy')).toBe('5;w=60');
    }
    const refused = await lapi.get('/api/v1/provinces', tanger);
    expectProblem(refused, 429);
    expect(refused.body.title).toBe('Too many requests');
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.headers.get('ratelimit-remaining')).toBe('0');
    // The same user with another token is the same identity.
    expect((await lapi.get('/api/v1/provinces', await limited.token('u-tanger-coordinator'))).status).toBe(429);

    const meknes = await lapi.get('/api/v1/provinces', await limited.token('u-meknes-coordinator'));
    expect(meknes.status).toBe(200);
    expect(meknes.headers.get('ratelimit-remaining')).toBe('4');
  });

  test('without a verified identity, per address: forged credentials are counted there, not as someone', async () => {
    for (let i = 0; i < 3; i++) expect((await lapi.get('/api/v1/provinces')).status).toBe(401);
    expectProblem(await lapi.get('/api/v1/provinces'), 429);
    expectProblem(await lapi.get('/api/v1/provinces', 'forged.token.value'), 429);
    expectProblem(await lapi.get('/api/v1/provinces', undefined, { 'x-api-key': 'msk_forged' }), 429);
    expectProblem(await lapi.get('/health'), 429);
    // A verified identity from the same address has its own count.
    expect((await lapi.get('/api/v1/provinces', await limited.token('u-national-supervisor'))).status).toBe(200);
  });

  test('counters live in Redis under the installation prefix (shared by every API process)', async () => {
    const redis = limited.app.get<Redis>(REDIS);
    const prefix = `${limited.config.MASAR_REDIS_PREFIX}:rate:`;
    expect((await redis.keys(`${prefix}*`)).sort()).toEqual([`${prefix}id:u-meknes-coordinator`, `${prefix}id:u-national-supervisor`, `${prefix}id:u-tanger-coordinator`, `${prefix}ip:127.0.0.1`]);
    expect(Number(await redis.get(`${prefix}id:u-tanger-coordinator`))).toBe(6); // the 7th was refused from memory
  });

  test('Redis unreachable: verified callers pass uncounted, callers without an identity are refused (503)', async () => {
    const srv = net.createServer();
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', () => r()));
    const { port } = srv.address() as AddressInfo;
    await new Promise((r) => srv.close(r));
    const noRedis = await startStack({ worker: false, env: { REDIS_URL: `redis://127.0.0.1:${port}`, API_RATE_LIMIT_PER_MINUTE: '1', API_RATE_LIMIT_ANON_PER_MINUTE: '1' } });
    try {
      const napi = http(noRedis.baseUrl);
      const token = await noRedis.token('u-tanger-coordinator');
      for (let i = 0; i < 3; i++) {
        const started = Date.now();
        const r = await napi.get('/api/v1/provinces', token);
        expect(r.status).toBe(200);
        expect(r.headers.get('ratelimit-remaining')).toBeNull();
        expect(Date.now() - started).toBeLessThan(2000);
        const anonymous = await napi.get('/api/v1/provinces');
        expectProblem(anonymous, 503);
        expect(anonymous.headers.get('retry-after')).toBe('5');
        expectProblem(await napi.get('/api/v1/provinces', 'forged.token.value'), 503);
      }
    } finally {
      await noRedis.stop();
    }
  });
});

describe('Bull Board', () => {
  const board = (path: string, token?: string, headers?: Record<string, string>) => api.get(`${BOARD_PATH}${path}`, token, headers);

  test('refused without an identity (401) and to every role but ADMIN (403), as problem+json', async () => {
    for (const path of ['', '/', '/api/queues', '/static/css/x.css']) expectProblem(await board(path), 401);
    expectProblem(await board('/api/queues', 'forged'), 401);
    for (const u of ['u-tanger-coordinator', 'u-national-supervisor']) {
      expectProblem(await board('', tokens[u]), 403);
      expectProblem(await board('/api/queues', tokens[u]), 403);
    }
  });

  test("an administrator sees this installation's alert queues, read-only", async () => {
    // A job in this stack's prefix: the board reads the configured prefix, not the default.
    const outbox = openAlertOutbox({ redisUrl: stack.config.REDIS_URL, prefix: stack.config.MASAR_REDIS_PREFIX, channels: ['EMAIL'] });
    try {
      await enqueueDelivery(outbox, 'EMAIL', 'case-hardening:ACKNOWLEDGEMENT:0:u-x:EMAIL');
      const r = await board('/api/queues?activeQueue=alert-email&status=waiting', tokens['u-national-admin']);
      expect(r.status).toBe(200);
      const queues = r.body.queues as { name: string; readOnlyMode: boolean; counts: Record<string, number>; jobs: { data: unknown }[] }[];
      expect(queues.map((q) => q.name).sort()).toEqual(Object.values(ALERT_QUEUES).sort());
      expect(queues.every((q) => q.readOnlyMode)).toBe(true);
      const email = queues.find((q) => q.name === ALERT_QUEUES.EMAIL)!;
      expect(email.counts.waiting).toBe(1);
      expect(email.jobs.map((j) => j.data)).toEqual([{ deliveryKey: 'case-hardening:ACKNOWLEDGEMENT:0:u-x:EMAIL' }]);
    } finally {
      await outbox.queues.EMAIL!.obliterate({ force: true });
      await outbox.close();
    }
  });

  test('the page and its assets load for an administrator', async () => {
    const page = await board('', tokens['u-national-admin']);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(page.headers.get('x-powered-by')).toBeNull();
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const assets = assetsOf(page, `${BOARD_PATH}/`);
    expect(assets.some((a) => a.startsWith(`${BOARD_PATH}/static/js/`))).toBe(true);
    for (const path of assets) expect([path, (await api.get(path, tokens['u-national-admin'])).status]).toEqual([path, 200]);
  });

  test('no action goes through: every method but GET is refused with 405', async () => {
    const admin = tokens['u-national-admin'];
    const add = await api.post(`${BOARD_PATH}/api/queues/alert-email/add`, { name: 'x', data: {} }, admin);
    expectProblem(add, 405);
    expect(add.headers.get('allow')).toBe('GET, HEAD');
    for (const action of ['retry/failed', 'clean/completed', 'pause', 'empty', 'obliterate']) {
      expectProblem(await api.put(`${BOARD_PATH}/api/queues/alert-email/${action}`, {}, admin), 405);
    }
    expectProblem(await api.put(`${BOARD_PATH}/api/queues/pause`, {}, admin), 405);
  });

  test('a browser session: an administrator obtains a short-lived cookie for the board path only', async () => {
    expectProblem(await api.post('/api/v1/admin/queue-board/session', {}, tokens['u-national-supervisor']), 403);
    const opened = await api.post('/api/v1/admin/queue-board/session', {}, tokens['u-national-admin']);
    expect(opened.status).toBe(201);
    expect(opened.body.url).toBe(BOARD_PATH);
    const setCookie = opened.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(new RegExp(`^masar_board=[\\w-]{43}; Path=${BOARD_PATH}; HttpOnly; SameSite=Strict; Max-Age=900$`));
    const cookie = setCookie.split(';')[0];

    expect((await board('/api/queues', undefined, { cookie })).status).toBe(200);
    expect((await board('', undefined, { cookie })).status).toBe(200);
    // Only for the board, and never a way to act.
    expectProblem(await api.get('/api/v1/provinces', undefined, { cookie }), 401);
    expectProblem(await api.put(`${BOARD_PATH}/api/queues/alert-email/pause`, {}, undefined), 401);
    // A ticket that was never issued, or is malformed.
    expectProblem(await board('/api/queues', undefined, { cookie: `masar_board=${'A'.repeat(43)}` }), 401);
    expectProblem(await board('/api/queues', undefined, { cookie: 'masar_board=../../etc' }), 401);
  });

  test("the board's Redis connections close with the application", async () => {
    expect((await board('/api/queues', tokens['u-national-admin'])).status).toBe(200);
    const qb = stack.app.get(QueueBoard) as unknown as { redis: { status: string }; queues: { closing?: Promise<void> }[] };
    expect(qb.redis.status).toBe('ready');
    await stack.stop();
    stopped = true;
    await eventually(async () => qb.redis.status === 'end', 2000);
    expect(qb.queues.length).toBe(Object.keys(ALERT_QUEUES).length);
    expect(qb.queues.every((q) => q.closing)).toBe(true);
  });
});
