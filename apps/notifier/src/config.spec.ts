import { ConfigError, parseConfig } from '../../../libs/config/load';
import { notifierConfigSchema } from './config';

const base = { MASAR_CODEC_KEYS: `k1:${Buffer.alloc(32).toString('base64')}`, SMPP_SYSTEM_ID: 'masar-dev', SMPP_PASSWORD: 'x7Kq2mPz' };

test('defaults work on one machine', () => {
  const c = parseConfig(notifierConfigSchema, base);
  expect(c).toMatchObject({ SMTP_URL: 'smtp://127.0.0.1:2525', SMPP_URL: 'smpp://127.0.0.1:2775', EMAIL_ENABLED: true, SMS_ENABLED: true, MASAR_REDIS_PREFIX: 'masar' });
});

test('an empty variable counts as unset', () => {
  expect(parseConfig(notifierConfigSchema, { ...base, SMPP_URL: '', SMTP_URL: '' }).SMPP_URL).toBe('smpp://127.0.0.1:2775');
});

test('one clear line per invalid variable', () => {
  let err: ConfigError | undefined;
  try {
    parseConfig(notifierConfigSchema, { ...base, SMTP_URL: 'http://mail', SMPP_PASSWORD: 'far-too-long', EMAIL_RATE_PER_SECOND: '0' });
  } catch (e) {
    err = e as ConfigError;
  }
  expect(err?.problems).toHaveLength(3);
  expect(err?.problems.join('\n')).toMatch(/SMTP_URL: must be a URL \(smtp, smtps\)/);
  expect(err?.problems.join('\n')).toMatch(/SMPP_PASSWORD: .*8 characters/);
  expect(err?.problems.join('\n')).toMatch(/EMAIL_RATE_PER_SECOND/);
});

test('turning both channels off is refused', () => {
  expect(() => parseConfig(notifierConfigSchema, { ...base, EMAIL_ENABLED: 'false', SMS_ENABLED: 'false' })).toThrow(/deliver nothing/);
});

test('no default SMPP credentials: required when SMS is on, not when it is off', () => {
  const { SMPP_SYSTEM_ID: _id, SMPP_PASSWORD: _password, ...without } = base;
  let err: ConfigError | undefined;
  try {
    parseConfig(notifierConfigSchema, { ...without, SMPP_SYSTEM_ID: '' });
  } catch (e) {
    err = e as ConfigError;
  }
  expect(err?.problems).toEqual([expect.stringMatching(/^SMPP_SYSTEM_ID: required when SMS is on/), expect.stringMatching(/^SMPP_PASSWORD: required when SMS is on/)]);
  expect(parseConfig(notifierConfigSchema, { ...without, SMS_ENABLED: 'false' }).SMS_ENABLED).toBe(false);
});
