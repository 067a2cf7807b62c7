// POST endpoints honour Idempotency-Key: the first answer is stored with a
// hash of the request; a retry with the same key and body gets that answer
// again, a reuse of the key for another request is refused. A key belongs to
// its caller and its operation: another caller's same key is another request.
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

/** Whose key, for which operation: the caller's identity id, the endpoint's namespace, the header. */
export interface IdempotencyId {
  callerId: string;
  scope: string;
  key: string;
}

@Injectable()
export class IdempotencyStore {
  constructor(@Inject(DB) private readonly db: Db) {}

  /** The stored answer for this caller's key in this scope, if any (throws if the request differs). */
  async find<T>(id: IdempotencyId, hash: string): Promise<StoredAnswer<T> | null> {
    // through the pool, not Prisma's query compiler (libs/db/prisma.ts)
    const { rows } = await this.db.pg.query<{ requestHash: string; status: number; body: unknown }>(
      'SELECT "requestHash", "status", "body" FROM "IdempotencyRecord" WHERE "callerId" = $1 AND "scope" = $2 AND "key" = $3',
      [id.callerId, id.scope, id.key],
    );
    const row = rows[0];
    if (!row) return null;
    if (row.requestHash !== hash) {
      throw new UnprocessableError('this Idempotency-Key was already used for a different request', [
        { field: 'Idempotency-Key', message: 'already used with another body' },
      ]);
    }
    return { status: row.status, body: row.body as T };
  }

  /** Saves the answer inside the caller's transaction, so it exists iff the writes do. */
  async save(tx: Tx, id: IdempotencyId, hash: string, answer: StoredAnswer<unknown>): Promise<void> {
    await tx.idempotencyRecord.create({
      data: { ...id, requestHash: hash, status: answer.status, body: answer.body as Prisma.InputJsonValue },
    });
  }

  isDuplicate(e: unknown): boolean {
    return e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002';
  }
}
