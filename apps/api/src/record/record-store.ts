// The case's record in PostgreSQL: entries are written by the API in the
// request that performs the action, one row per version (a correction is a
// new row superseding the last version, never an UPDATE), keyed by the
// action's update id so a retried request writes once; read back by time
// with their versions. The record is never read from workflow histories.
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Db, Prisma } from '../../../../libs/db/prisma';
import { discloses } from '../../../../libs/domain/permissions';
import type { Identity } from '../auth/identity';
import { ConflictError, NotFoundError, UnprocessableError } from '../common/errors';
import { DB } from '../infra/tokens';
import { bodyFor, canonicalJson, changedFields, parseBody, type EntryDraft } from './record-kinds';
import type { EntryVersion, RecordEntry } from './schemas';
import { lockCases } from '../cases/case-lock';

type Tx = Prisma.TransactionClient;
type EntryRow = Awaited<ReturnType<Db['recordEntry']['findFirstOrThrow']>>;

export interface NewEntry extends EntryDraft {
  caseId: string;
  who: Pick<Identity, 'userId' | 'role'>;
  /** the action's update id (or Idempotency-Key): the same key writes once */
  key?: string | null;
  /** an explicit correction: the version it supersedes (must be the last version of its entry) */
  supersedesId?: string;
}

const iso = (d: Date) => d.toISOString();

@Injectable()
export class RecordStore {
  constructor(@Inject(DB) private readonly db: Db) {}

  /** Writes the entry (a new version when it corrects one); a key already written returns that entry. */
  async write(entry: NewEntry, tx?: Tx): Promise<EntryRow> {
    const body = parseBody(entry.kind, entry.body) as Prisma.InputJsonValue;
    if (entry.key) {
      const done = await (tx ?? this.db).recordEntry.findUnique({ where: { key: entry.key } });
      if (done) return this.sameRequest(done, entry);
    }
    const run = async (t: Tx): Promise<EntryRow> => {
      // One writer of a case's record at a time: versions are numbered without gaps or forks.
      await lockCases(t, entry.caseId);
      const previous = await this.previous(t, entry);
      const id = randomUUID();
      return t.recordEntry.create({
        data: {
          id,
          caseId: entry.caseId,
          kind: entry.kind,
          body,
          authorId: entry.who.userId,
          authorRole: entry.who.role,
          version: previous ? previous.version + 1 : 1,
          rootId: previous?.rootId ?? id,
          supersedesId: previous?.id ?? null,
          key: entry.key ?? null,
          referralId: entry.referralId ?? null,
        },
      });
    };
    try {
      return tx ? await run(tx) : await this.db.$transaction(run);
    } catch (e) {
      // The same key written at the same moment by a concurrent retry: the first one stands.
      if (entry.key && !tx && (e as { code?: string }).code === 'P2002') {
        const done = await this.db.recordEntry.findUnique({ where: { key: entry.key } });
        if (done) return this.sameRequest(done, entry);
      }
      throw e;
    }
  }

  /** The version a new entry supersedes: the one named, or the case's last of its kind for a resubmission. */
  private async previous(t: Tx, entry: NewEntry): Promise<EntryRow | null> {
    if (entry.supersedesId) {
      const named = await t.recordEntry.findUnique({ where: { id: entry.supersedesId } });
      if (!named || named.caseId !== entry.caseId || named.kind !== entry.kind) {
        throw new UnprocessableError('nothing to correct', [{ field: 'supersedes', message: `no ${entry.kind.toLowerCase()} ${entry.supersedesId} in this case` }]);
      }
      const later = await t.recordEntry.findUnique({ where: { supersedesId: named.id } });
      if (later) throw new ConflictError('version_superseded', `version ${named.version} was already corrected by version ${later.version} (${later.id}): correct the last version`);
      return named;
    }
    if (!entry.supersedesLast) return null;
    return t.recordEntry.findFirst({ where: { caseId: entry.caseId, kind: entry.kind }, orderBy: [{ createdAt: 'desc' }, { version: 'desc' }] });
  }

  /** A key already written: the same request again, or a key reused for something else (422). */
  private sameRequest(done: EntryRow, entry: NewEntry): EntryRow {
    if (done.caseId !== entry.caseId || done.kind !== entry.kind || canonicalJson(done.body) !== canonicalJson(parseBody(entry.kind, entry.body))) {
      throw new UnprocessableError('this Idempotency-Key was used for another request', [{ field: 'Idempotency-Key', message: 'already used for another entry of the record' }]);
    }
    return done;
  }

  /** Every entry of the case (its last version, with the list of versions) and the reports filed, by time. */
  async list(who: Pick<Identity, 'role'>, caseId: string): Promise<RecordEntry[]> {
    const text = discloses('child.identity', who.role);
    const [rows, reports] = await Promise.all([
      this.db.recordEntry.findMany({ where: { caseId }, orderBy: [{ createdAt: 'asc' }, { version: 'asc' }] }),
      this.db.report.findMany({ where: { caseId }, orderBy: { receivedAt: 'asc' } }),
    ]);
    const chains = new Map<string, EntryRow[]>();
    for (const r of rows) chains.set(r.rootId, [...(chains.get(r.rootId) ?? []), r]);
    const entries = [...chains.values()].map((versions) => {
      const first = versions[0];
      const last = versions[versions.length - 1];
      const { body, withheld } = bodyFor(last.kind, last.body, text);
      return {
        id: last.id,
        rootId: first.id,
        kind: last.kind,
        version: last.version,
        createdAt: iso(first.createdAt),
        author: { userId: first.authorId, role: first.authorRole },
        updatedAt: iso(last.createdAt),
        updatedBy: { userId: last.authorId, role: last.authorRole },
        referralId: last.referralId,
        body,
        withheld,
        versions: versions.map((v) => ({ id: v.id, version: v.version, createdAt: iso(v.createdAt), author: { userId: v.authorId, role: v.authorRole } })),
      };
    });
    // The reports are the record's first entries: the narrative only to readers who may see identifying data.
    const filed = reports.map((r) => {
      const facts = { entryPoint: r.entryPoint, category: r.category, riskLevel: r.riskLevel };
      return {
        id: r.id,
        rootId: r.id,
        kind: 'REPORT',
        version: 1,
        createdAt: iso(r.receivedAt),
        author: { userId: r.filedBy, role: null },
        updatedAt: iso(r.receivedAt),
        updatedBy: { userId: r.filedBy, role: null },
        referralId: null,
        body: text ? { ...facts, narrative: r.narrative } : facts,
        withheld: text ? [] : ['narrative'],
        versions: [{ id: r.id, version: 1, createdAt: iso(r.receivedAt), author: { userId: r.filedBy, role: null } }],
      };
    });
    return [...filed, ...entries].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  /** Every version of the entry that `entryId` is a version of, oldest first, each with what it changed. */
  async versions(who: Pick<Identity, 'role'>, caseId: string, entryId: string): Promise<EntryVersion[]> {
    const one = await this.db.recordEntry.findUnique({ where: { id: entryId } });
    if (!one || one.caseId !== caseId) throw new NotFoundError(`no entry ${entryId} in the record of case ${caseId}`);
    const chain = await this.db.recordEntry.findMany({ where: { rootId: one.rootId }, orderBy: { version: 'asc' } });
    const text = discloses('child.identity', who.role);
    return chain.map((v, i) => {
      const { body, withheld } = bodyFor(v.kind, v.body, text);
      return {
        id: v.id,
        kind: v.kind,
        version: v.version,
        supersedes: v.supersedesId,
        createdAt: iso(v.createdAt),
        author: { userId: v.authorId, role: v.authorRole },
        changed: i === 0 ? [] : changedFields(chain[i - 1].body, v.body),
        body,
        withheld,
      };
    });
  }

  /** The whole record as the export gives it: every version in full (the export's readers see identifying data). */
  async all(caseId: string) {
    const rows = await this.db.recordEntry.findMany({ where: { caseId }, orderBy: [{ createdAt: 'asc' }, { version: 'asc' }] });
    return rows.map((v) => ({
      id: v.id,
      rootId: v.rootId,
      kind: v.kind,
      version: v.version,
      supersedes: v.supersedesId,
      createdAt: iso(v.createdAt),
      author: { userId: v.authorId, role: v.authorRole },
      referralId: v.referralId,
      body: v.body,
    }));
  }
}
