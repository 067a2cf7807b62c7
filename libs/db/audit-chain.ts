// Verification of the audit trail's hash chain (npm run audit:verify).
// The database computes each entry's hash on insert (migration
// 20261202091834_audit_chain_runtime_role); this walks the entries in id order
// and recomputes every hash on its own, so a row rewritten by the owner (with
// the append-only trigger disabled), a row deleted from the middle, or a
// chain function replaced in the database is found as the first broken link.
// Deleting the newest entries leaves a shorter intact chain: compare the head
// this prints with one recorded elsewhere (a daily log line, a signed note).
import { createHash } from 'node:crypto';

/** What the verifier needs of a PostgreSQL client (pg's Client or Pool). */
export interface Queryable {
  query<R>(text: string, values?: unknown[]): Promise<{ rows: R[] }>;
}

export interface AuditRow {
  id: string;
  at: string;
  actorId: string;
  actorRole: string;
  action: string;
  caseId: string | null;
  resource: string | null;
  requestId: string | null;
  sourceIp: string | null;
  outcome: string;
  detail: string | null;
  prevHash: string;
  hash: string;
}

export const GENESIS = '0'.repeat(64);

/** The canonical JSON of an entry: sorted keys, no spaces, each value a string or null (the same text the database hashes). */
export function canonicalEntry(e: Omit<AuditRow, 'prevHash' | 'hash'>): string {
  return JSON.stringify({
    action: e.action,
    actorId: e.actorId,
    actorRole: e.actorRole,
    at: e.at,
    caseId: e.caseId,
    detail: e.detail,
    id: e.id,
    outcome: e.outcome,
    requestId: e.requestId,
    resource: e.resource,
    sourceIp: e.sourceIp,
  });
}

export function entryHash(prevHash: string, e: Omit<AuditRow, 'prevHash' | 'hash'>): string {
  return createHash('sha256').update(prevHash + canonicalEntry(e), 'utf8').digest('hex');
}

export type Verdict =
  | { intact: true; entries: number; head: { id: string; hash: string } | null }
  | { intact: false; entries: number; broken: { id: string; field: 'prevHash' | 'hash'; expected: string; found: string } };

// `at` as text, formatted exactly as the database's canonical form does (independent of DateStyle);
// ordered by the column e.id, not by the output column id (text: '10' < '8').
const SELECT = `SELECT e.id::text AS id, to_char("at", 'YYYY-MM-DD"T"HH24:MI:SS.US') AS at, "actorId", "actorRole", action, "caseId",
                       resource, "requestId", "sourceIp", outcome, detail, "prevHash", hash
                  FROM "AuditEntry" e WHERE e.id > $1::bigint ORDER BY e.id LIMIT $2`;

/** Walks the chain from the first entry; stops at the first broken link. `entries`: how many were checked (intact ones before the break). */
export async function verifyAuditChain(db: Queryable, options: { batchSize?: number } = {}): Promise<Verdict> {
  const batch = options.batchSize ?? 5000;
  let prev = GENESIS;
  let head: { id: string; hash: string } | null = null;
  let after = '0';
  let entries = 0;
  for (;;) {
    const { rows } = await db.query<AuditRow>(SELECT, [after, batch]);
    for (const row of rows) {
      if (row.prevHash !== prev) return { intact: false, entries, broken: { id: row.id, field: 'prevHash', expected: prev, found: row.prevHash } };
      const expected = entryHash(prev, row);
      if (row.hash !== expected) return { intact: false, entries, broken: { id: row.id, field: 'hash', expected, found: row.hash } };
      prev = row.hash;
      head = { id: row.id, hash: row.hash };
      after = row.id;
      entries++;
    }
    if (rows.length < batch) return { intact: true, entries, head };
  }
}

/** One line for a person (and a log). */
export function describeVerdict(v: Verdict): string {
  if (v.intact) return `chain intact (${v.entries} entries${v.head ? `, head ${v.head.id} ${v.head.hash}` : ''})`;
  const b = v.broken;
  return `chain broken at entry ${b.id} (${v.entries} entries intact before it): ${b.field} expected ${b.expected}, found ${b.found}`;
}
