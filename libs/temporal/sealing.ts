// The one sealing primitive of Masar: AES-256-GCM, a random 12-byte IV, and
// what the sealed bytes belong to (a workflow id, a row id) as additional
// data, so that bytes moved elsewhere do not open. The layout is
// IV ‖ ciphertext ‖ 16-byte tag, as Temporal payloads and sealed rows have
// always been stored. Keys come from MASAR_CODEC_KEYS: the codec uses them as
// they are, other uses derive their own (HKDF-SHA256, one label per use).
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const IV = 12;
const TAG = 16;

export function seal(key: Buffer, plain: Uint8Array, boundTo?: string | null): Buffer {
  const iv = randomBytes(IV);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  if (boundTo) cipher.setAAD(Buffer.from(boundTo, 'utf8'));
  return Buffer.concat([iv, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
}

/** Throws when the bytes were not sealed under this key for `boundTo`, or were altered. */
export function unseal(key: Buffer, sealed: Uint8Array, boundTo?: string | null): Buffer {
  const data = Buffer.from(sealed);
  if (data.length < IV + TAG) throw new Error('the ciphertext is too short');
  const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(0, IV));
  if (boundTo) decipher.setAAD(Buffer.from(boundTo, 'utf8'));
  decipher.setAuthTag(data.subarray(data.length - TAG));
  return Buffer.concat([decipher.update(data.subarray(IV, data.length - TAG)), decipher.final()]);
}

/** A 32-byte key of its own for one use of a codec key (`label` names the use, e.g. masar:case-person:v1). */
export const deriveKey = (key: Buffer, label: string): Buffer => Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), label, 32));
