import { ConfigError, parseConfig } from '../config/load';
import { workerConfigSchema } from '../../apps/worker/src/config';
import { connectionOptions, temporalTls } from './connection';

const base = { MASAR_CODEC_KEYS: 'k1:' + Buffer.alloc(32, 1).toString('base64') };
const files: Record<string, Buffer> = { '/tls/worker.crt': Buffer.from('CERT'), '/tls/worker.key': Buffer.from('KEY'), '/tls/ca.pem': Buffer.from('CA') };
const read = (f: string) => {
  if (!files[f]) throw new Error(`no file ${f}`);
  return files[f];
};

test('no TLS setting: a plaintext connection (development)', () => {
  expect(temporalTls({}, read)).toBeUndefined();
  expect(connectionOptions('temporal:7233', {})).toEqual({ address: 'temporal:7233' });
});

test('client certificate, key, CA and server name make mutual TLS', () => {
  expect(temporalTls({ TEMPORAL_TLS_CERT: '/tls/worker.crt', TEMPORAL_TLS_KEY: '/tls/worker.key', TEMPORAL_TLS_CA: '/tls/ca.pem', TEMPORAL_TLS_SERVER_NAME: 'temporal.masar.internal' }, read)).toEqual({
    serverNameOverride: 'temporal.masar.internal',
    serverRootCACertificate: Buffer.from('CA'),
    clientCertPair: { crt: Buffer.from('CERT'), key: Buffer.from('KEY') },
  });
  expect(temporalTls({ TEMPORAL_TLS: true }, read)).toEqual({});
});

test('each app config refuses a client certificate without its key, and the other way round', () => {
  for (const [given, missing] of [
    [{ TEMPORAL_TLS_CERT: '/tls/worker.crt' }, 'TEMPORAL_TLS_KEY'],
    [{ TEMPORAL_TLS_KEY: '/tls/worker.key' }, 'TEMPORAL_TLS_CERT'],
  ] as const) {
    try {
      parseConfig(workerConfigSchema, { ...base, ...given });
      throw new Error('should have failed');
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      expect((e as ConfigError).problems).toEqual([expect.stringMatching(new RegExp(`^${missing}: is required with`))]);
    }
  }
  expect(parseConfig(workerConfigSchema, { ...base, TEMPORAL_TLS_CERT: '/a', TEMPORAL_TLS_KEY: '/b', TEMPORAL_TLS: 'true' })).toMatchObject({ TEMPORAL_TLS_CERT: '/a', TEMPORAL_TLS_KEY: '/b', TEMPORAL_TLS: true });
});
