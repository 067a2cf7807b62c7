// A person's names and contacts at rest, sealed (libs/temporal/sealing.ts)
// under a key derived from each codec key of MASAR_CODEC_KEYS, so the database
// holds ciphertext only and the key rotates with the codec's (the first seals,
// every key opens). The seal is bound to the row's id: sealed bytes copied onto
// another person do not open.
import { Inject, Injectable } from '@nestjs/common';
import { parseCodecKeys } from '../../../../libs/temporal/codec';
import { deriveKey, seal as sealBytes, unseal } from '../../../../libs/temporal/sealing';
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
    this.keys = new Map(codec.map((k) => [k.id, deriveKey(k.key, INFO)]));
    this.active = codec[0].id;
  }

  seal(personId: string, details: PersonDetails): { keyId: string; sealed: Buffer } {
    return { keyId: this.active, sealed: sealBytes(this.keys.get(this.active)!, Buffer.from(JSON.stringify(details), 'utf8'), personId) };
  }

  open(personId: string, keyId: string, sealed: Uint8Array): PersonDetails {
    const key = this.keys.get(keyId);
    if (!key) throw new Error(`person ${personId} is sealed under key ${keyId}, which is no longer configured`);
    return JSON.parse(unseal(key, sealed, personId).toString('utf8')) as PersonDetails;
  }
}
