// Payload encryption for everything Masar stores in Temporal (inputs, results,
// signals, updates, queries, failures): AES-256-GCM with a 12-byte IV and the
// key id in the payload metadata, so keys can rotate (the first key encrypts,
// every configured key decrypts).
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Payload, PayloadCodec } from '@temporalio/common';
import { temporal } from '@temporalio/proto';

const ENCODING = 'binary/encrypted';
const KEY_ID = 'encryption-key-id';
const enc = new TextEncoder();
const dec = new TextDecoder();

export interface CodecKey {
  id: string;
  key: Buffer;
}

/** Parses `id:base64,id2:base64`; every key must be 32 bytes. */
export function parseCodecKeys(spec: string): CodecKey[] {
  const keys = spec
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((entry) => {
      const i = entry.indexOf(':');
      if (i <= 0) throw new Error('each codec key is written id:base64');
      const id = entry.slice(0, i);
      const key = Buffer.from(entry.slice(i + 1), 'base64');
      if (key.length !== 32) throw new Error(`codec key ${id} must be 32 bytes (base64), got ${key.length}`);
      return { id, key };
    });
  if (keys.length === 0) throw new Error('at least one codec key is required');
  return keys;
}

export class AesGcmCodec implements PayloadCodec {
  private readonly byId: Map<string, Buffer>;
  private readonly active: CodecKey;

  constructor(keys: CodecKey[]) {
    this.active = keys[0];
    this.byId = new Map(keys.map((k) => [k.id, k.key]));
  }

  async encode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', this.active.key, iv);
      const plain = temporal.api.common.v1.Payload.encode(payload).finish();
      const data = Buffer.concat([iv, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
      return {
        metadata: { encoding: enc.encode(ENCODING), [KEY_ID]: enc.encode(this.active.id) },
        data,
      };
    });
  }

  async decode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => {
      if (!payload.metadata || dec.decode(payload.metadata.encoding ?? new Uint8Array()) !== ENCODING) return payload;
      const keyId = dec.decode(payload.metadata[KEY_ID] ?? new Uint8Array());
      const key = this.byId.get(keyId);
      if (!key) throw new Error(`no codec key with id ${JSON.stringify(keyId)} is configured`);
      const data = Buffer.from(payload.data ?? new Uint8Array());
      const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(0, 12));
      decipher.setAuthTag(data.subarray(data.length - 16));
      const plain = Buffer.concat([decipher.update(data.subarray(12, data.length - 16)), decipher.final()]);
      return temporal.api.common.v1.Payload.decode(plain);
    });
  }
}
