// The one way a POST that writes rows honours Idempotency-Key:
//  - a key is the caller's own, per operation: another caller's same key is a
//    request of its own (checked by that caller's permissions), never a replay;
//  - same key, same request: the stored answer, and nothing is written again;
//  - same key, another request: refused (422, by the store);
//  - otherwise the checks, then the writes and the stored answer in one
//    transaction, so the answer exists iff the rows do (or in one SQL
//    statement, for a writer that can: `statement`);
//  - two requests with one key at once: the second writer's insert of the key
//    waits for the first transaction and fails on the unique key; it then
//    reads and returns the first answer (never a 500).
// What must happen after the commit (starting a workflow) is the caller's:
// `after` carries what the writes produced; on a replay the caller redoes it
// from the stored answer (it must be idempotent).
import { Inject, Injectable } from '@nestjs/common';
import type { Db, Prisma } from '../../../../libs/db/prisma';
import { IdempotencyStore, requestHash } from './idempotency';
import { DB } from './tokens';

export interface IdempotentRequest {
  /** the endpoint's namespace for keys ('reports', 'complaints') */
  scope: string;
  /** who sends the key (Identity.userId): keys are never shared between callers */
  caller: string;
  /** the Idempotency-Key header, if any */
  key: string | undefined;
  /** the validated body: hashed to tell a retry from a reuse of the key */
  body: unknown;
}

export interface FirstAnswer<T, A> {
  status: number;
  body: T;
  /** what the writes produced for the caller's work after the commit */
  after: A;
}

export type IdempotentOutcome<T, A> = ({ replayed: true } & { status: number; body: T }) | ({ replayed: false } & FirstAnswer<T, A>);

/** The stored answer's row, for a writer that inserts it in its own statement. */
export interface IdempotencyInsert {
  callerId: string;
  scope: string;
  key: string;
  requestHash: string;
}

export interface IdempotentSteps<T, A> {
  /** checks before the first write (not run for a replay): throw to refuse */
  check?: () => Promise<void> | void;
  /**
   * The writes and the answer in ONE SQL statement, when this request can (run
   * after check): the statement inserts `idem` (when given) with ON CONFLICT DO
   * NOTHING and writes nothing else when the key is taken. Returns null on that
   * conflict (the stored answer is then returned), undefined when this request
   * needs `write`'s transaction instead.
   */
  statement?: (idem: IdempotencyInsert | null) => Promise<FirstAnswer<T, A> | null | undefined>;
  /** the writes, in the transaction that also stores the answer */
  write: (tx: Prisma.TransactionClient) => Promise<FirstAnswer<T, A>>;
}

@Injectable()
export class IdempotentPost {
  constructor(
    @Inject(DB) private readonly db: Db,
    private readonly store: IdempotencyStore,
  ) {}

  async run<T, A = undefined>(req: IdempotentRequest, steps: IdempotentSteps<T, A>): Promise<IdempotentOutcome<T, A>> {
    const hash = requestHash(req.body);
    const id = req.key ? { callerId: req.caller, scope: req.scope, key: req.key } : null;
    const stored = () => (id ? this.store.find<T>(id, hash) : Promise.resolve(null));
    const earlier = await stored();
    if (earlier) return { replayed: true, ...earlier };
    await steps.check?.();
    const single = await steps.statement?.(id ? { ...id, requestHash: hash } : null);
    if (single) return { replayed: false, ...single };
    if (single === null) {
      // Another request with this key won between the look-up and the statement.
      const winner = await stored();
      if (winner) return { replayed: true, ...winner };
      throw new Error('the Idempotency-Key was taken, but its answer is not stored');
    }
    try {
      return await this.db.$transaction(async (tx) => {
        const first = await steps.write(tx);
        if (id) await this.store.save(tx, id, hash, { status: first.status, body: first.body });
        return { replayed: false as const, ...first };
      });
    } catch (e) {
      // Two requests with one key at once: the loser returns the winner's answer.
      if (id && this.store.isDuplicate(e)) {
        const winner = await stored();
        if (winner) return { replayed: true, ...winner };
      }
      throw e;
    }
  }
}
