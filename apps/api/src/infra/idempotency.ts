// POST endpoints honour Idempotency-Key: the first answer is stored with a
// hash of the request; a retry with the same key and body gets that answer
// again, a reuse of the key for another request is refused.
import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { Prisma, type Db } from '../../../../libs/db/prisma';
import { UnprocessableError } from '../common/errors';
import { DB } from './tokens';

export interface StoredAnswer<T> {
  status: number;
  body: T;
}

export const requestHash = (value: unknown): string => createHash('sha256').update(JSON.stringify(value)).digest('hex');

type Tx = Prisma.TransactionClient;

@Injectable()
export class IdempotencyStore {
  constructor(@Inject(DB) private readonly db: Db) {}

  /** The stored answer for this key and scope, if any (throws if the request differs). */
  async find<T>(key: string, scope: string, hash: string): Promise<StoredAnswer<T> | null> {
    const row = await this.db.idempotencyRecord.findUnique({ where: { key: `${scope}:${key}` } });
    if (!row) return null;
    if (row.requestHash !== hash) {
      throw new UnprocessableError('this Idempotency-Key was already used for a different request', [
        { field: 'Idempotency-Key', message: 'already used with another body' },
      ]);
    }
    return { status: row.status, body: row.body as T };
  }

  /** Saves the answer inside the caller's transaction, so it exists iff the writes do. */
  async save(tx: Tx, key: string, scope: string, hash: string, answer: StoredAnswer<unknown>): Promise<void> {
    await tx.idempotencyRecord.create({
      data: { key: `${scope}:${key}`, scope, requestHash: hash, status: answer.status, body: answer.body as Prisma.InputJsonValue },
    });
  }

  isDuplicate(e: unknown): boolean {
    return e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002';
  }
}
