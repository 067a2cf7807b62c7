// What `npm start` does for the processes it runs (scripts/lib): a crashed
// child is restarted with backoff and the console says so, .data/ is private
// (0700, files 0600, also for files its children create), alert links follow
// the real port, HS256 demo tokens are enabled there only, and the embedded
// SMSC binds with credentials generated for the run.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { notifierConfigSchema } from '../../apps/notifier/src/config';
import { parseConfig } from '../../libs/config/load';
import { ROOT } from '../support/run-context';
import { eventually } from '../support/eventually';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { supervise } = require(path.join(ROOT, 'scripts', 'lib', 'supervise.js'));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { devSettings, smppDevCredentials } = require(path.join(ROOT, 'scripts', 'lib', 'dev-env.js'));

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'masar-start-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const mode = (p: string) => statSync(p).mode & 0o777;

test('a child that dies is restarted with a growing backoff, said on the console; stop() ends it for good', async () => {
  // exits with 3 on its first two runs, then stays up
  const counter = path.join(dir, 'runs');
  writeFileSync(counter, '0');
  const script = `const fs=require('fs');const n=Number(fs.readFileSync(${JSON.stringify(counter)},'utf8'))+1;fs.writeFileSync(${JSON.stringify(counter)},String(n));if(n<=2)process.exit(3);setInterval(()=>{},1000);`;
  const lines: string[] = [];
  const supervised = supervise({ name: 'api', start: () => spawn(process.execPath, ['-e', script], { stdio: 'ignore' }), log: (l: string) => lines.push(l), minBackoffMs: 50, maxBackoffMs: 1000 });
  await eventually(async () => readFileSync(counter, 'utf8') === '3' && supervised.child.pid !== undefined, 5000);
  expect(lines).toEqual(['api exited (code 3); restarting it in 0.05 s (restart 1)', 'api exited (code 3); restarting it in 0.1 s (restart 2)']);
  const running = supervised.child;
  expect(running.exitCode).toBeNull();
  await supervised.stop(2000);
  expect(running.signalCode).toBe('SIGTERM');
  await new Promise((r) => setTimeout(r, 200));
  expect(readFileSync(counter, 'utf8')).toBe('3');
  expect(supervised.restarts).toBe(2);
});

test('.data/ is private: the folder 0700, files 0600, including those created afterwards by child processes', () => {
  const data = path.join(dir, '.data');
  mkdirSync(path.join(data, 'nested'), { recursive: true });
  writeFileSync(path.join(data, 'temporal.db'), 'x');
  writeFileSync(path.join(data, 'nested', 'old'), 'x');
  chmodSync(path.join(data, 'temporal.db'), 0o644);
  chmodSync(path.join(data, 'nested', 'old'), 0o666);
  chmodSync(data, 0o755);
  // in a process of its own, as npm start: prepare, then a child (the Temporal server) creates its files
  const later = path.join(data, 'temporal.db-wal');
  execFileSync(process.execPath, [
    '-e',
    `require(${JSON.stringify(path.join(ROOT, 'scripts', 'lib', 'dev-env.js'))}).prepareDataDir(${JSON.stringify(data)});
     require('child_process').execFileSync(process.execPath, ['-e', 'require("fs").writeFileSync(${JSON.stringify(later)}, "x")']);`,
  ]);
  expect([mode(data), mode(path.join(data, 'nested')), mode(path.join(data, 'temporal.db')), mode(path.join(data, 'nested', 'old')), mode(later)]).toEqual([0o700, 0o700, 0o600, 0o600, 0o600]);
});

test('alert links follow the real port; HS256 demo tokens are enabled by npm start only without an identity provider', () => {
  expect(devSettings({}, '4123')).toEqual({ MASAR_PUBLIC_URL: 'http://127.0.0.1:4123', JWT_ALLOW_HS256: 'true', MASAR_DEV_SIGN_IN: 'true' });
  expect(devSettings({ MASAR_PUBLIC_URL: 'https://masar.example.ma' }, '4123').MASAR_PUBLIC_URL).toBe('https://masar.example.ma');
  expect(devSettings({ JWT_JWKS_URL: 'https://idp.example.ma/certs' }, '3000').JWT_ALLOW_HS256).toBe('false');
  expect(devSettings({ JWT_JWKS_URL: 'https://idp.example.ma/certs' }, '3000').MASAR_DEV_SIGN_IN).toBe('false');
});

test('the embedded SMSC gets credentials of its own, new at each start, that the notifier accepts', () => {
  const a = smppDevCredentials();
  const b = smppDevCredentials();
  expect(a.SMPP_PASSWORD).not.toBe(b.SMPP_PASSWORD);
  expect(a.SMPP_PASSWORD).not.toBe('masar');
  const c = parseConfig(notifierConfigSchema, { MASAR_CODEC_KEYS: `k1:${Buffer.alloc(32).toString('base64')}`, ...a });
  expect(c).toMatchObject(a);
});
