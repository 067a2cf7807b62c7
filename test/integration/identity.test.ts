// Identity for a real deployment: RS256 tokens of an identity provider checked
// against its JWKS, and API keys for machine clients made by the api-key command.
import http from 'node:http';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type KeyLike } from 'jose';
import { startStack, type Stack } from '../support/stack';
import { http as client } from '../support/http';
import { ROOT } from '../support/run-context';

let stack: Stack;
let jwks: http.Server;
let privateKey: KeyLike;
const ISSUER = 'https://idp.masar.test/realms/masar';

beforeAll(async () => {
  const pair = await generateKeyPair('RS256');
  privateKey = pair.privateKey;
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'key-1', alg: 'RS256', use: 'sig' };
  jwks = http.createServer((_, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((r) => jwks.listen(0, '127.0.0.1', () => r()));
  const url = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/certs`;
  stack = await startStack({ worker: false, env: { JWT_SECRET: '', JWT_JWKS_URL: url, JWT_ISSUER: ISSUER } });
});
afterAll(async () => {
  await stack?.stop();
  await new Promise((r) => jwks?.close(r));
});

const rs256 = (sub: string, key: KeyLike, issuer = ISSUER) =>
  new SignJWT({}).setProtectedHeader({ alg: 'RS256', kid: 'key-1' }).setSubject(sub).setIssuer(issuer).setAudience('masar').setExpirationTime('5m').sign(key);

test('an RS256 token of the identity provider is accepted; another key, issuer or an HS256 token is not', async () => {
  const api = client(stack.baseUrl);
  expect((await api.get('/api/v1/cases', await rs256('u-tanger-coordinator', privateKey))).status).toBe(200);
  const other = await generateKeyPair('RS256');
  expect((await api.get('/api/v1/cases', await rs256('u-tanger-coordinator', other.privateKey))).status).toBe(401);
  expect((await api.get('/api/v1/cases', await rs256('u-tanger-coordinator', privateKey, 'https://elsewhere'))).status).toBe(401);
  const hs = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject('u-tanger-coordinator').setAudience('masar').sign(new TextEncoder().encode('x'.repeat(40)));
  expect((await api.get('/api/v1/cases', hs)).status).toBe(401);
});

test('the api-key command makes a key that identifies a machine client, with its role and province', () => {
  const out = execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'api-key.js'), '--name', 'court system', '--role', 'JUDICIAL_LIAISON', '--province', 'TANGER_ASSILAH'], { env: process.env, encoding: 'utf8' });
  const key = out.split('\n').find((l) => l.startsWith('msk_'))!;
  expect(key).toBeTruthy();
  return (async () => {
    const api = client(stack.baseUrl);
    expect((await api.get('/api/v1/cases', undefined, { 'X-Api-Key': key })).status).toBe(200);
    expect((await api.get('/api/v1/cases?provinceCode=MEKNES', undefined, { 'X-Api-Key': key })).status).toBe(403);
    expect((await api.get('/api/v1/cases', undefined, { 'X-Api-Key': `${key}x` })).status).toBe(401);
  })();
});
