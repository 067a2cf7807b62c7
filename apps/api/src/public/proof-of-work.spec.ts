import { createHash } from 'node:crypto';
import { checkChallenge, issueChallenge, leadingZeroBits, solveChallenge, workDigest } from './proof-of-work';

const key = createHash('sha256').update('test key').digest();

test('leading zero bits of a digest', () => {
  expect(leadingZeroBits(Buffer.from([0x00, 0x00, 0xff]))).toBe(16);
  expect(leadingZeroBits(Buffer.from([0x00, 0x10]))).toBe(11);
  expect(leadingZeroBits(Buffer.from([0x80]))).toBe(0);
  expect(leadingZeroBits(Buffer.from([0x01]))).toBe(7);
});

test('a solved challenge passes; forged, expired, unsolved or malformed ones say why', () => {
  const now = Date.UTC(2026, 11, 2, 10, 0, 0);
  const c = issueChallenge(key, 10, 600, now);
  const counter = solveChallenge(c.nonce, c.difficulty);
  expect(leadingZeroBits(workDigest(c.nonce, counter))).toBeGreaterThanOrEqual(10);
  expect(checkChallenge(key, c.nonce, counter, 10, now)).toBeNull();
  expect(checkChallenge(createHash('sha256').update('another key').digest(), c.nonce, counter, 10, now)).toBe('forged');
  expect(checkChallenge(key, c.nonce.replace(/\.10\./, '.2.'), counter, 10, now)).toBe('forged');
  expect(checkChallenge(key, c.nonce, counter, 10, now + 601_000)).toBe('expired');
  let lazy = 0;
  while (leadingZeroBits(workDigest(c.nonce, lazy)) >= 10) lazy++;
  expect(checkChallenge(key, c.nonce, String(lazy), 10, now)).toBe('insufficient work');
  // the configured difficulty wins over an easier one signed earlier
  const easy = issueChallenge(key, 0, 600, now);
  expect(checkChallenge(key, easy.nonce, '0', 30, now)).toBe('insufficient work');
  expect(checkChallenge(key, 'not-a-nonce', '0', 10, now)).toBe('malformed');
  expect(checkChallenge(key, c.nonce, '-1', 10, now)).toBe('malformed');
});
