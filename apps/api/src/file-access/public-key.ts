// The HMAC key of the public pages' secrets (own-file requests, survey links):
// derived from PUBLIC_CHALLENGE_SECRET, else JWT_SECRET, with a label of its
// own so that no secret of one kind is valid as another; else one per process.
import { Logger } from '@nestjs/common';
import { createHash, createHmac, randomBytes, randomInt } from 'node:crypto';
import type { ApiConfig } from '../config';

export function publicSecretKey(config: ApiConfig, label: string): Buffer {
  const base = config.PUBLIC_CHALLENGE_SECRET ?? config.JWT_SECRET;
  if (base) return createHash('sha256').update(`masar-${label}:${base}`).digest();
  new Logger(label).warn('PUBLIC_CHALLENGE_SECRET is not set: links and secrets hold only until this process stops');
  return randomBytes(32);
}

export const hmac = (key: Buffer, what: string): string => createHmac('sha256', key).update(what).digest('base64url');
export const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** <prefix>-XXXXXXXX (Crockford base 32, 40 bits). */
export function newReference(prefix: string): string {
  let s = '';
  for (let i = 0; i < 8; i++) s += ALPHABET[randomInt(32)];
  return `${prefix}-${s}`;
}
