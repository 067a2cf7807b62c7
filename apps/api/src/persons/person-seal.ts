// A person's names and contacts at rest: AES-256-GCM under a key derived
// (HKDF-SHA256) from each codec key of MASAR_CODEC_KEYS, so the database holds
// ciphertext only and the key rotates with the codec's (the first seals, every
// key opens). The seal is bound to the row's id (GCM additional data): sealed
// bytes copied onto another person do not open.
import { Inject, Injectable } from '@nestjs/common';
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { parseCodecKeys } from '../../../../libs/temporal/codec';
import { API_CONFIG, type ApiConfig } from '../config';

/** What is sealed: everything that names or reaches the person. */
export interface PersonDetails {
  firstName: string;
  lastName?: string;
  phone?: string;
  address?: string;
}

const INFO = 'masar:case-person:v1';

@Injectable()
export class PersonSeal {
  private readonly keys: Map<string, Buffer>;
  private readonly active: string;

  constructor(@Inject(API_CONFIG) config: ApiConfig) {
    const codec = parseCodecKeys(config.MASAR_CODEC_KEYS);
    this.keys = new Map(codec.map((k) => [k.id, Buffer.from(hkdfSync('sha256', k.key, Buffer.alloc(0), INFO, 32))]));
    this.active = codec[0].id;
  }

  seal(personId: string, details: PersonDetails): { keyId: string; sealed: Buffer } {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.keys.get(this.active)!, iv);
    cipher.setAAD(Buffer.from(personId));
    const body = Buffer.concat([cipher.update(JSON.stringify(details), 'utf8'), cipher.final()]);
    return { keyId: this.active, sealed: Buffer.concat([iv, body, cipher.getAuthTag()]) };
  }

  open(personId: string, keyId: string, sealed: Uint8Array): PersonDetails {
    const key = this.keys.get(keyId);
    if (!key) throw new Error(`person ${personId} is sealed under key ${keyId}, which is no longer configured`);
    const buf = Buffer.from(sealed);
    const decipher = createDecipheriv('aes-256-gcm', key, buf.subarray(0, 12));
    decipher.setAAD(Buffer.from(personId));
    decipher.setAuthTag(buf.subarray(buf.length - 16));
    return JSON.parse(Buffer.concat([decipher.update(buf.subarray(12, buf.length - 16)), decipher.final()]).toString('utf8')) as PersonDetails;
  }
}
