// Credentials a caller cannot stretch: API keys state their scope (a national
// key only when asked for, for a role that acts nationally), expire, are
// stored as a hash and a public prefix, and are revoked by an administrator
// (audited); bearer tokens must carry an expiry within the configured
// lifetime, and HS256 is refused unless explicitly enabled.
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { SignJWT } from 'jose';
import { apiConfigSchema } from '../../apps/api/src/config';
import { parseConfig } from '../../libs/config/load';
import { http } from '../support/http';
import { ROOT } from '../support/run-context';
import { startStack, TEST_JWT_SECRET, type Stack } from '../support/stack';

let stack: Stack;
let api: ReturnType<typeof http>;
const SCRIPT = path.join(ROOT, 'scripts', 'api-key.js');

beforeAll(async () => {
  stack = await startStack({ worker: false });
  api = http(stack.baseUrl);
});
afterAll(async () => {
  await stack?.stop();
});

/** Runs the api-key command: its exit status and what it printed. */
function apiKeyCommand(...args: string[]): { status: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [SCRIPT, ...args], { env: process.env, encoding: 'utf8' });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

/** Makes a key with the command and returns it with its id and prefix. */
function makeKey(...args: string[]): { key: string; id: string; prefix: string } {
  const r = apiKeyCommand(...args);
  expect([r.status, r.err]).toEqual([0, '']);
  const key = r.out.split('\n').find((l) => l.startsWith('msk_'))!;
  const [, id, prefix] = r.out.match(/^API key (\S+) \(prefix (\w+)\)/)!;
  return { key, id, prefix };
}

const asKey = (key: string) => ({ 'X-Api-Key': key });
const report = (provinceCode: string) => ({ provinceCode, entryPoint: 'GREEN_LINE', category: 'NEGLECT', riskLevel: 'LOW', narrative: 'keys and tokens', receivedAt: new Date(Date.now() + 3_600_000).toISOString(), child: { estimatedAge: 8 } });

describe('API keys', () => {
  test('a key states its scope: without one it is refused, and a national key only for a role that acts nationally', () => {
    const none = apiKeyCommand('--name', 'no scope', '--role', 'COORDINATOR');
    expect(none.status).toBe(1);
    expect(none.err).toMatch(/state exactly one scope: --province, --organisation or --national/);
    const nationalCoordinator = apiKeyCommand('--name', 'national coordinator', '--role', 'COORDINATOR', '--national');
    expect(nationalCoordinator.status).toBe(1);
    expect(nationalCoordinator.err).toMatch(/a COORDINATOR key cannot be national/);
    const providerByProvince = apiKeyCommand('--name', 'provider', '--role', 'PROVIDER', '--province', 'TANGER_ASSILAH');
    expect(providerByProvince.status).toBe(1);
    expect(providerByProvince.err).toMatch(/names its --organisation/);
    expect(apiKeyCommand('--name', 'too long', '--role', 'INTAKE', '--national', '--days', '400').err).toMatch(/--days must be a whole number from 1 to 365/);
  });

  test('only a hash and the public prefix are stored; the key is printed once', async () => {
    const { key, id, prefix } = makeKey('--name', 'court system', '--role', 'JUDICIAL_LIAISON', '--province', 'TANGER_ASSILAH', '--days', '30');
    expect(key).toMatch(new RegExp(`^msk_${prefix}_[\\w-]{32}$`));
    const row = await stack.db.apiKey.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ prefix, role: 'JUDICIAL_LIAISON', scope: 'PROVINCE', provinceCode: 'TANGER_ASSILAH', organisationId: null, revokedAt: null });
    expect(JSON.stringify(row)).not.toContain(key.slice(13));
    expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
    const days = (row.expiresAt.getTime() - row.createdAt.getTime()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThan(30.1);

    expect((await api.get('/api/v1/cases', undefined, asKey(key))).status).toBe(200);
    expect((await api.get('/api/v1/cases?provinceCode=MEKNES', undefined, asKey(key))).status).toBe(403);
  });

  test("an organisation's key acts for that organisation only, within its province", async () => {
    const { key, id } = makeKey('--name', 'shelter desk', '--role', 'PROVIDER', '--organisation', 'org-tanger-upe');
    const row = await stack.db.apiKey.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ scope: 'ORGANISATION', organisationId: 'org-tanger-upe', provinceCode: 'TANGER_ASSILAH' });
    const me = await api.get('/api/v1/referrals', undefined, asKey(key));
    expect(me.status).toBe(200);
    // a complaint is filed in the key's province, not in another
    expect((await api.post('/api/v1/complaints', { provinceCode: 'MEKNES', channel: 'API', text: 'keys' }, undefined, asKey(key))).status).toBe(403);
  });

  test('the national green line: an INTAKE key stated national files for every province, and nothing provincial', async () => {
    const { key } = makeKey('--name', 'green line', '--role', 'INTAKE', '--national');
    // received in the future: admitted, then a 422 on the field (nothing is written)
    for (const province of ['TANGER_ASSILAH', 'MEKNES']) expect((await api.post('/api/v1/reports', report(province), undefined, asKey(key))).status).toBe(422);
    expect((await api.post('/api/v1/complaints', { provinceCode: 'MEKNES', channel: 'API', text: 'keys' }, undefined, asKey(key))).status).toBe(403);
  });

  test('a key whose row states no scope its role may have is refused, whatever the database says', async () => {
    const { key, id } = makeKey('--name', 'tampered', '--role', 'COORDINATOR', '--province', 'TANGER_ASSILAH');
    // the CHECK constraint refuses a national row with a province; a national COORDINATOR row passes it, the API does not
    await expect(stack.db.apiKey.update({ where: { id }, data: { scope: 'NATIONAL' } })).rejects.toThrow(/ApiKey_scope_check/);
    await stack.db.$executeRawUnsafe(`UPDATE "ApiKey" SET scope = 'NATIONAL', "provinceCode" = NULL WHERE id = $1`, id);
    const refused = await api.get('/api/v1/cases', undefined, asKey(key));
    expect(refused.status).toBe(401);
    expect(refused.body.detail).toMatch(/states no scope its role may have/);
  });

  test('an expired key is refused', async () => {
    const { key, id, prefix } = makeKey('--name', 'old system', '--role', 'INTAKE', '--province', 'MEKNES');
    expect((await api.get('/api/v1/provinces', undefined, asKey(key))).status).toBe(200);
    await stack.db.apiKey.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const expired = await api.get('/api/v1/provinces', undefined, asKey(key));
    expect(expired.status).toBe(401);
    expect(expired.body.detail).toContain(`API key ${prefix} expired`);
  });

  test('an administrator lists keys (never a hash) and revokes one: refused at once, audited', async () => {
    const admin = await stack.token('u-national-admin');
    const { key, id, prefix } = makeKey('--name', 'to revoke', '--role', 'AUDITOR', '--national');
    expect((await api.get('/api/v1/audit?limit=1', undefined, asKey(key))).status).toBe(200);

    const listed = await api.get('/api/v1/admin/api-keys', admin);
    expect(listed.status).toBe(200);
    expect(listed.body.items).toEqual(expect.arrayContaining([expect.objectContaining({ id, prefix, role: 'AUDITOR', scope: 'NATIONAL', state: 'ACTIVE' })]));
    expect(listed.text).not.toMatch(/"hash"|msk_/);

    expect((await api.post(`/api/v1/admin/api-keys/${id}/revoke`, undefined, await stack.token('u-national-supervisor'))).status).toBe(403);
    const revoked = await api.post(`/api/v1/admin/api-keys/${id}/revoke`, undefined, admin);
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({ id, state: 'REVOKED' });
    expect((await api.get('/api/v1/audit?limit=1', undefined, asKey(key))).status).toBe(401);
    expect(await stack.db.apiKey.findUniqueOrThrow({ where: { id } })).toMatchObject({ revokedBy: 'u-national-admin' });
    expect(await stack.db.auditEntry.count({ where: { action: 'admin.api-keys.revoke', resource: `api-key:${id}`, actorId: 'u-national-admin' } })).toBe(1);
    expect((await api.post('/api/v1/admin/api-keys/00000000-0000-4000-8000-000000000000/revoke', undefined, admin)).status).toBe(404);
  });

  test('the command revokes too (by prefix), and writes the audit entry', async () => {
    const { key, id, prefix } = makeKey('--name', 'cli revoke', '--role', 'SUPERVISOR', '--national');
    expect((await api.get('/api/v1/cases', undefined, asKey(key))).status).toBe(200);
    const out = execFileSync(process.execPath, [SCRIPT, '--revoke', prefix, '--by', 'ops:amina'], { env: process.env, encoding: 'utf8' });
    expect(out).toContain(`API key ${id} (prefix ${prefix}) is revoked.`);
    expect((await api.get('/api/v1/cases', undefined, asKey(key))).status).toBe(401);
    expect(await stack.db.auditEntry.count({ where: { action: 'admin.api-keys.revoke', resource: `api-key:${id}`, actorId: 'ops:amina' } })).toBe(1);
    expect(apiKeyCommand('--revoke', prefix).err).toMatch(/no unrevoked key/);
  });
});

describe('bearer tokens', () => {
  const secret = new TextEncoder().encode(TEST_JWT_SECRET);
  const base = () => new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject('u-tanger-coordinator').setAudience('masar');
  const now = () => Math.floor(Date.now() / 1000);

  test('a token without exp is refused', async () => {
    const forever = await base().setIssuedAt().sign(secret);
    const r = await api.get('/api/v1/provinces', forever);
    expect(r.status).toBe(401);
    expect(r.body.detail).toMatch(/"exp" claim/);
  });

  test('a token living longer than JWT_MAX_LIFETIME_SECONDS (12 h by default) is refused, with or without iat', async () => {
    expect(stack.config.JWT_MAX_LIFETIME_SECONDS).toBe(12 * 3600);
    const twelveHours = await base().setIssuedAt().setExpirationTime(now() + 12 * 3600).sign(secret);
    expect((await api.get('/api/v1/provinces', twelveHours)).status).toBe(200);
    const aYear = await base().setIssuedAt().setExpirationTime('365d').sign(secret);
    const refused = await api.get('/api/v1/provinces', aYear);
    expect(refused.status).toBe(401);
    expect(refused.body.detail).toMatch(/more than the 43200 s allowed/);
    const noIat = await base().setExpirationTime('13h').sign(secret);
    expect((await api.get('/api/v1/provinces', noIat)).status).toBe(401);
    // an old iat does not shorten the check into a pass: the lifetime is exp - iat
    const backdated = await base().setIssuedAt(now() - 30 * 3600).setExpirationTime(now() + 60).sign(secret);
    expect((await api.get('/api/v1/provinces', backdated)).status).toBe(401);
  });

  test('HS256 (JWT_SECRET) is refused unless explicitly enabled for development', () => {
    const env = { JWT_SECRET: 'x'.repeat(32), MASAR_CODEC_KEYS: 'k:x' };
    expect(() => parseConfig(apiConfigSchema, env)).toThrow(/JWT_SECRET: HS256 tokens are for development only/);
    expect(parseConfig(apiConfigSchema, { ...env, JWT_ALLOW_HS256: 'true' }).JWT_ALLOW_HS256).toBe(true);
    // with an identity provider, a leftover JWT_SECRET verifies nothing (identity.test.ts sends an HS256 token there)
    expect(parseConfig(apiConfigSchema, { ...env, JWT_JWKS_URL: 'https://idp.example.ma/certs' }).JWT_ALLOW_HS256).toBe(false);
    expect(() => parseConfig(apiConfigSchema, { ...env, JWT_ALLOW_HS256: 'true', JWT_MAX_LIFETIME_SECONDS: '10' })).toThrow(/JWT_MAX_LIFETIME_SECONDS/);
  });
});
