// Sealed persons stay readable: a row sealed before the sealing primitive was
// shared with the codec opens, and a seal opens for its own row only.
import type { ApiConfig } from '../config';
import { PersonSeal } from './person-seal';

const config = { MASAR_CODEC_KEYS: `k1:${Buffer.alloc(32, 3).toString('base64')}` } as ApiConfig;
const PERSON = '7c1f1d0e-3a43-4a6e-9a47-0d2f5b8e6a11';
const DETAILS = { firstName: 'Fatima', lastName: 'Alaoui', phone: '+212600000001', address: 'Derb Sidi Bouknadel, Salé' };
/** Sealed under k1 by PersonSeal's own AES-GCM code, before it used libs/temporal/sealing.ts. */
const SEALED_BEFORE =
  'cch/tHUCaORTfi5AtdIOEZCs+VgYzYE/kfiqmVYYNV8Al5TeOCuzVT3n1Ve2J1N+mSQFGTVQw040stQjTGjjwHZrGuhZfKgNQlZxp2XpSjxTnH8C4EGi3s37QUiLcJLBiqgiKZXxHsqjAt3d6138J0kGREby2mVrunHMLAzYr10DiXAW3w==';

test('a person sealed before opens as it was', () => {
  expect(new PersonSeal(config).open(PERSON, 'k1', Buffer.from(SEALED_BEFORE, 'base64'))).toEqual(DETAILS);
});

test('a seal opens for its own row, not for another, and holds no clear text', () => {
  const seal = new PersonSeal(config);
  const { keyId, sealed } = seal.seal(PERSON, DETAILS);
  expect(keyId).toBe('k1');
  expect(sealed.toString('latin1')).not.toContain('Alaoui');
  expect(seal.open(PERSON, keyId, sealed)).toEqual(DETAILS);
  expect(() => seal.open('another-person', keyId, sealed)).toThrow(/authenticate/);
  expect(() => seal.open(PERSON, 'k0', sealed)).toThrow(/no longer configured/);
});
