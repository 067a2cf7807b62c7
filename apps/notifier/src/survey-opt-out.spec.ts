import { surveyOptOuts, unkeyedOptOutDigest } from './survey-opt-out';

const key = (n: number) => Buffer.alloc(32, n).toString('base64');
const PHONE = '+212612345678';

test('a number is kept under a keyed digest: not the number, not its plain digest, and another key gives another', () => {
  const list = surveyOptOuts(`k1:${key(1)}`);
  expect(list.digest(PHONE)).toMatch(/^[0-9a-f]{64}$/);
  expect(list.digest(PHONE)).not.toBe(unkeyedOptOutDigest(PHONE));
  expect(list.digest(PHONE)).not.toContain('612345678');
  expect(surveyOptOuts(`k2:${key(2)}`).digest(PHONE)).not.toBe(list.digest(PHONE));
});

test('a lookup asks for the number under every key and in the form written before the key', () => {
  const rotated = surveyOptOuts(`k2:${key(2)},k1:${key(1)}`);
  expect(rotated.digests(PHONE)).toEqual([surveyOptOuts(`k2:${key(2)}`).digest(PHONE), surveyOptOuts(`k1:${key(1)}`).digest(PHONE), unkeyedOptOutDigest(PHONE)]);
});
