// The audit trail is tamper-evident: the API runs as a role that can only
// append to it (no ownership, no superuser: it cannot disable the triggers or
// replication-role them away), each entry is chained to the one before it by
// SHA-256 in the database, npm run audit:verify names the first broken link,
// and refusals (403) and list reads are in the trail.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { Client } from 'pg';
import { verifyAuditChain, type Verdict } from '../../libs/db/audit-chain';
import { http } from '../support/http';
import { ROOT } from '../support/run-context';
import { startStack, type Stack } from '../support/stack';

let stack: Stack;
let api: ReturnType<typeof http>;
let runtime: Client;
let owner: Client;

beforeAll(async () => {
  stack = await startStack({ worker: false });
  api = http(stack.baseUrl);
  runtime = new Client({ connectionString: stack.config.DATABASE_URL });
  owner = new Client({ connectionString: process.env.MIGRATION_DATABASE_URL });
  await Promise.all([runtime.connect(), owner.connect()]);
});
afterAll(async () => {
  await Promise.all([runtime?.end(), owner?.end()]);
  await stack?.stop();
});

/** The audit entries one request left (its X-Request-Id). */
const entriesOf = (requestId: string) => stack.db.auditEntry.findMany({ where: { requestId }, orderBy: { id: 'asc' } });

/** npm run audit:verify, as the runtime role (it may read the trail). */
function verifyCommand(): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'audit-verify.js')], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: stack.config.DATABASE_URL },
    encoding: 'utf8',
  });
  return { status: r.status, out: `${r.stdout}${r.stderr}`.trim() };
}

describe('the runtime role', () => {
  test('is what the API connects as: no superuser, no replication, owns no table', async () => {
    const { rows } = await runtime.query<{ user: string; rolsuper: boolean; rolreplication: boolean; rolbypassrls: boolean; owned: string }>(
      `SELECT current_user AS user, rolsuper, rolreplication, rolbypassrls,
              (SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user)::text AS owned
         FROM pg_roles WHERE rolname = current_user`,
    );
    expect(rows[0]).toEqual({ user: 'masar_app', rolsuper: false, rolreplication: false, rolbypassrls: false, owned: '0' });
    expect(new URL(stack.config.DATABASE_URL).username).toBe('masar_app');
  });

  test.each([
    ['disable the triggers', 'ALTER TABLE "AuditEntry" DISABLE TRIGGER ALL', /must be owner of table AuditEntry/],
    ['turn triggers off with session_replication_role', 'SET session_replication_role = replica', /permission denied to set parameter "session_replication_role"/],
    ['update', `UPDATE "AuditEntry" SET outcome = 'OK' WHERE outcome <> 'OK'`, /permission denied for table AuditEntry/],
    ['delete', 'DELETE FROM "AuditEntry"', /permission denied for table AuditEntry/],
    ['truncate', 'TRUNCATE "AuditEntry"', /permission denied for table AuditEntry/],
    ['drop the chain trigger', 'DROP TRIGGER "AuditEntry_chain" ON "AuditEntry"', /must be owner of relation AuditEntry/],
  ])('cannot %s', async (_what, sql, refusal) => {
    const before = await stack.db.auditEntry.count();
    await expect(runtime.query(sql)).rejects.toThrow(refusal);
    expect(await stack.db.auditEntry.count()).toBe(before);
  });

  test('may insert, but not choose its own id or hashes: the database chains the entry', async () => {
    type Inserted = { id: string; prevHash: string; hash: string };
    const insert = (sql: string, values: unknown[] = []) => runtime.query<Inserted>(`${sql} RETURNING id::text, "prevHash", hash`, values);
    const first = (await insert(`INSERT INTO "AuditEntry" ("actorId", "actorRole", action) VALUES ('ops', 'ADMIN', 'test.plain')`)).rows[0];
    // the id of an existing entry and made-up hashes: all three replaced (else a duplicate key)
    const forged = (await insert(`INSERT INTO "AuditEntry" (id, "actorId", "actorRole", action, "prevHash", hash) VALUES ($1, 'ops', 'ADMIN', 'test.forged', 'forged', 'forged')`, [first.id])).rows[0];
    expect(BigInt(forged.id)).toBeGreaterThan(BigInt(first.id));
    expect(forged.prevHash).toBe(first.hash);
    expect(forged.hash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('refusals and list reads are audited', () => {
  test('a 403 from the guard: one entry with the action, the caller, the target and REFUSED', async () => {
    const token = await stack.token('u-tanger-coordinator');
    const r = await api.get('/api/v1/audit?action=case.read', token, { 'x-request-id': 'chain-403-guard' });
    expect(r.status).toBe(403);
    const rows = await entriesOf('chain-403-guard');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorId: 'u-tanger-coordinator', actorRole: 'COORDINATOR', action: 'audit.read', resource: 'GET /api/v1/audit', outcome: 'REFUSED' });
    expect(rows[0].detail).toBe(r.body.detail);
  });

  test("a 403 from a use case (another province's overdue steps): one entry", async () => {
    const token = await stack.token('u-tanger-delegate');
    const r = await api.get('/api/v1/supervision/overdue?provinceCode=SALE', token, { 'x-request-id': 'chain-403-use-case' });
    expect(r.status).toBe(403);
    const rows = await entriesOf('chain-403-use-case');
    expect(rows.map((e) => [e.actorId, e.action, e.outcome])).toEqual([['u-tanger-delegate', 'supervision.overdue', 'REFUSED']]);
  });

  test.each([
    ['/api/v1/supervision/overdue', 'supervision.overdue', 'u-tanger-delegate', '{}'],
    ['/api/v1/supervision/escalations?period=week', 'supervision.escalations', 'u-national-supervisor', '{"period":"week"}'],
    ['/api/v1/indicators?from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z', 'indicators.read', 'u-tanger-head', '{"from":"2026-01-01T00:00:00Z","to":"2026-02-01T00:00:00Z"}'],
    ['/api/v1/cases?limit=5', 'case.list', 'u-tanger-coordinator', null],
    ['/api/v1/complaints', 'complaint.list', 'u-tanger-delegate', null],
  ])('GET %s leaves one %s entry', async (url, action, userId, detail) => {
    const requestId = `chain-list-${action}`;
    const r = await api.get(url, await stack.token(userId), { 'x-request-id': requestId });
    expect(r.status).toBe(200);
    const rows = await entriesOf(requestId);
    expect(rows.map((e) => [e.actorId, e.action, e.outcome])).toEqual([[userId, action, 'OK']]);
    if (detail !== null) expect(rows[0].detail).toBe(detail);
  });
});

describe('the hash chain', () => {
  test('stays one chain under a burst of concurrent audited requests', async () => {
    const users = ['u-tanger-coordinator', 'u-tanger-delegate', 'u-national-supervisor', 'u-tanger-head'];
    const tokens = await Promise.all(users.map((u) => stack.token(u)));
    const before = await stack.db.auditEntry.count();
    const calls = Array.from({ length: 60 }, (_, i) => {
      const token = tokens[i % tokens.length];
      const headers = { 'x-request-id': `chain-burst-${i}` };
      // list reads (200) and refusals (403: the audit is the auditor's) interleaved
      return i % 3 === 0 ? api.get('/api/v1/audit', token, headers) : api.get('/api/v1/cases?limit=1', token, headers);
    });
    const answers = await Promise.all(calls);
    expect(answers.filter((a) => a.status === 403)).toHaveLength(20);
    expect(answers.filter((a) => a.status === 200)).toHaveLength(40);
    expect(await stack.db.auditEntry.count({ where: { requestId: { startsWith: 'chain-burst-' } } })).toBe(60);

    const verdict = await verifyAuditChain(owner);
    expect(verdict).toMatchObject({ intact: true, entries: before + 60 });
    // every entry's prevHash is the hash of the one before it, in id order, with no fork
    const { rows } = await owner.query<{ forks: string }>(
      `SELECT count(*)::text AS forks FROM (SELECT "prevHash", lag(hash) OVER (ORDER BY id) AS previous FROM "AuditEntry") c WHERE previous IS NOT NULL AND "prevHash" <> previous`,
    );
    expect(rows[0].forks).toBe('0');

    const cmd = verifyCommand();
    expect(cmd.out).toMatch(new RegExp(`^chain intact \\(${before + 60} entries, head \\d+ [0-9a-f]{64}\\)$`));
    expect(cmd.status).toBe(0);
  });

  test('a row the owner rewrites (triggers disabled) is the first broken link the verifier reports', async () => {
    const token = await stack.token('u-tanger-coordinator');
    await api.get('/api/v1/cases?limit=2', token, { 'x-request-id': 'chain-tampered' });
    await api.get('/api/v1/cases?limit=3', token, { 'x-request-id': 'chain-after-tampered' });
    const [target] = await entriesOf('chain-tampered');
    expect((await verifyAuditChain(owner)).intact).toBe(true);

    const rewrite = async (detail: string | null) => {
      await owner.query('BEGIN');
      await owner.query('ALTER TABLE "AuditEntry" DISABLE TRIGGER "AuditEntry_no_update"');
      await owner.query('UPDATE "AuditEntry" SET detail = $1 WHERE id = $2', [detail, target.id.toString()]);
      await owner.query('ALTER TABLE "AuditEntry" ENABLE TRIGGER "AuditEntry_no_update"');
      await owner.query('COMMIT');
    };
    await rewrite('{"limit":200}');
    try {
      const verdict: Verdict = await verifyAuditChain(owner);
      expect(verdict.intact).toBe(false);
      if (verdict.intact) return;
      expect(verdict.broken).toMatchObject({ id: target.id.toString(), field: 'hash', found: target.hash });
      expect(verdict.broken.expected).not.toBe(target.hash);

      const cmd = verifyCommand();
      expect(cmd.out).toContain(`chain broken at entry ${target.id} `);
      expect(cmd.out).toContain(`expected ${verdict.broken.expected}, found ${target.hash}`);
      expect(cmd.status).toBe(1);
    } finally {
      // the run's other test files share this database: put the entry back as it was
      await rewrite(target.detail);
    }
    expect(await verifyAuditChain(owner)).toMatchObject({ intact: true });
  });
});
