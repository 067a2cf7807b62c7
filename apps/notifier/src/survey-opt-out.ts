// The numbers that answered STOP to a survey (SurveyOptOut), kept as an
// HMAC-SHA256 of the number under a key derived from each codec key of
// MASAR_CODEC_KEYS (libs/temporal/sealing.ts), so the list reads as no number
// and, unlike a plain digest, cannot be reversed by hashing every mobile
// number. A number is written under the first key and looked up under every
// key, so a rotation forgets nobody.
//
// Rows written before the key (a plain SHA-256 of `masar-survey-opt-out:<number>`)
// are honoured as they are: a lookup asks for that form too. They are not
// rewritten by a migration, which has no key, and a number that answers STOP
// again is written under the key beside its old row.
import { createHash, createHmac } from 'node:crypto';
import type { Db } from '../../../libs/db/prisma';
import { parseCodecKeys } from '../../../libs/temporal/codec';
import { deriveKey } from '../../../libs/temporal/sealing';

const LABEL = 'masar:survey-opt-out:v1';

/** The form of the rows written before the key. */
export const unkeyedOptOutDigest = (phone: string): string => createHash('sha256').update(`masar-survey-opt-out:${phone}`).digest('hex');

export interface SurveyOptOuts {
  /** the digest a new opt-out is written under */
  digest(phone: string): string;
  /** every digest the number may have been written under */
  digests(phone: string): string[];
  has(db: Db, phone: string): Promise<boolean>;
  add(db: Db, phone: string): Promise<void>;
}

export function surveyOptOuts(codecKeys: string): SurveyOptOuts {
  const keys = parseCodecKeys(codecKeys).map((k) => deriveKey(k.key, LABEL));
  const keyed = (key: Buffer, phone: string) => createHmac('sha256', key).update(phone).digest('hex');
  const digest = (phone: string) => keyed(keys[0], phone);
  const digests = (phone: string) => [...keys.map((k) => keyed(k, phone)), unkeyedOptOutDigest(phone)];
  return {
    digest,
    digests,
    async has(db, phone) {
      return (await db.surveyOptOut.count({ where: { phoneHash: { in: digests(phone) } } })) > 0;
    },
    async add(db, phone) {
      await db.surveyOptOut.upsert({ where: { phoneHash: digest(phone) }, create: { phoneHash: digest(phone) }, update: {} });
    },
  };
}
