// A proof-of-work challenge that needs no captcha service and works offline:
// the server hands out a nonce signed with HMAC-SHA256 (random bytes, expiry,
// difficulty), the client finds a counter such that SHA-256("<nonce>:<counter>")
// starts with `difficulty` zero bits, and the server checks the signature, the
// expiry and the work without keeping any state; only the nonce's single use
// is remembered (Redis SET NX until it expires, and the complaint's unique
// intakeKey). Pure functions: the browser page, the tests and the API share them.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export interface Challenge {
  nonce: string;
  difficulty: number;
  expiresAt: string;
  algorithm: 'sha256-leading-zero-bits';
}

export type ChallengeRefusal = 'malformed' | 'forged' | 'expired' | 'insufficient work';

const b64 = (b: Buffer) => b.toString('base64url');
const sign = (key: Buffer, payload: string) => b64(createHmac('sha256', key).update(`masar-pow:${payload}`).digest());

/** A nonce "<random>.<expiry s>.<difficulty>.<hmac>". */
export function issueChallenge(key: Buffer, difficulty: number, ttlSeconds: number, now = Date.now()): Challenge {
  const expires = Math.floor(now / 1000) + ttlSeconds;
  const payload = `${b64(randomBytes(16))}.${expires}.${difficulty}`;
  return { nonce: `${payload}.${sign(key, payload)}`, difficulty, expiresAt: new Date(expires * 1000).toISOString(), algorithm: 'sha256-leading-zero-bits' };
}

/** The number of leading zero bits of a digest. */
export function leadingZeroBits(digest: Buffer): number {
  let bits = 0;
  for (const byte of digest) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

export const workDigest = (nonce: string, counter: string | number) => createHash('sha256').update(`${nonce}:${counter}`).digest();

/** What the client does: the first counter whose digest has enough leading zero bits. */
export function solveChallenge(nonce: string, difficulty: number): string {
  for (let c = 0; ; c++) if (leadingZeroBits(workDigest(nonce, c)) >= difficulty) return String(c);
}

/** Checks a solved challenge; returns why it is refused, or null. Says nothing of its single use. */
export function checkChallenge(key: Buffer, nonce: string, counter: string, minDifficulty: number, now = Date.now()): ChallengeRefusal | null {
  const parts = nonce.split('.');
  if (parts.length !== 4 || !/^\d{1,12}$/.test(parts[1]) || !/^\d{1,2}$/.test(parts[2]) || !/^\d{1,20}$/.test(counter)) return 'malformed';
  const payload = parts.slice(0, 3).join('.');
  const given = Buffer.from(parts[3]);
  const expected = Buffer.from(sign(key, payload));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'forged';
  if (Number(parts[1]) * 1000 <= now) return 'expired';
  // The difficulty signed into the nonce, never less than the configured one.
  const difficulty = Math.max(Number(parts[2]), minDifficulty);
  if (leadingZeroBits(workDigest(nonce, counter)) < difficulty) return 'insufficient work';
  return null;
}

/** Seconds the nonce is still valid (for the single-use marker's lifetime). */
export const secondsLeft = (nonce: string, now = Date.now()) => Math.max(1, Number(nonce.split('.')[1]) - Math.floor(now / 1000));

/** The key of a nonce's single use (no nonce itself in Redis or the database). */
export const nonceKey = (nonce: string) => createHash('sha256').update(nonce).digest('hex');
