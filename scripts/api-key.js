#!/usr/bin/env node
// API keys for machine clients (the green line's system, a court system, a
// hospital's referral desk). Each key states its scope, expires, and is shown
// once: only its SHA-256 and a short public prefix are stored.
//
//   npm run api-key -- --name "court system" --role JUDICIAL_LIAISON --province TANGER_ASSILAH [--days 90]
//   npm run api-key -- --name "hospital desk" --role PROVIDER --organisation org-tanger-hospital
//   npm run api-key -- --name "green line" --role INTAKE --national
//   npm run api-key -- --list
//   npm run api-key -- --revoke <id or prefix> [--by <who>]
//
// --national is accepted only for a role that acts nationally in the
// permission table (the API checks it again on every request). A revocation
// is written to the audit trail. DATABASE_URL names the database.
'use strict';
const crypto = require('node:crypto');
const os = require('node:os');
const { Client } = require('pg');

const ROLES = ['INTAKE', 'COORDINATOR', 'JUDICIAL_LIAISON', 'PROVIDER', 'SUPERVISOR', 'AUDITOR'];
/** The roles a key may hold nationally: NATIONAL_KEY_ROLES of apps/api/src/auth/authenticator.ts, which checks it on every request. */
const NATIONAL_ROLES = ['INTAKE', 'SUPERVISOR', 'AUDITOR'];
const MAX_DAYS = 365;

const USAGE = `usage:
  npm run api-key -- --name "<client>" --role <${ROLES.join('|')}> (--province CODE | --organisation ID | --national) [--days 1-${MAX_DAYS}, default 90]
  npm run api-key -- --list
  npm run api-key -- --revoke <id or prefix> [--by <who>]`;

function arg(name) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}
const flag = (name) => process.argv.includes(`--${name}`);

class UsageError extends Error {}

async function create(db) {
  const name = arg('name');
  const role = arg('role');
  const province = arg('province');
  const organisation = arg('organisation');
  const national = flag('national');
  const days = Number(arg('days') ?? 90);
  if (!name || !ROLES.includes(role)) throw new UsageError('--name and --role are required');
  if ([province, organisation, national].filter(Boolean).length !== 1) throw new UsageError('state exactly one scope: --province, --organisation or --national');
  if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS) throw new UsageError(`--days must be a whole number from 1 to ${MAX_DAYS}`);
  if (national && !NATIONAL_ROLES.includes(role)) throw new UsageError(`a ${role} key cannot be national: name its --province${role === 'PROVIDER' ? ' or --organisation' : ''}`);
  if (organisation && role !== 'PROVIDER') throw new UsageError('an --organisation key is for the PROVIDER role');
  if (role === 'PROVIDER' && !organisation) throw new UsageError('a PROVIDER key names its --organisation');

  let scope = 'NATIONAL';
  let provinceCode = null;
  if (province) {
    const { rowCount } = await db.query('SELECT 1 FROM "Province" WHERE code = $1', [province]);
    if (!rowCount) throw new UsageError(`unknown province ${province}`);
    scope = 'PROVINCE';
    provinceCode = province;
  }
  if (organisation) {
    const { rows } = await db.query('SELECT "provinceCode" FROM "Organisation" WHERE id = $1 AND active', [organisation]);
    if (!rows.length) throw new UsageError(`unknown or inactive organisation ${organisation}`);
    scope = 'ORGANISATION';
    provinceCode = rows[0].provinceCode;
  }
  const prefix = crypto.randomBytes(4).toString('hex');
  const key = `msk_${prefix}_${crypto.randomBytes(24).toString('base64url')}`;
  const id = crypto.randomUUID();
  const expiresAt = new Date(Date.now() + days * 86_400_000);
  await db.query(
    'INSERT INTO "ApiKey" (id, name, hash, prefix, role, scope, "provinceCode", "organisationId", "createdBy", "expiresAt") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)',
    [id, name, crypto.createHash('sha256').update(key).digest('hex'), prefix, role, scope, provinceCode, organisation ?? null, `cli:${os.userInfo().username}`, expiresAt],
  );
  const where = scope === 'NATIONAL' ? 'national' : scope === 'PROVINCE' ? provinceCode : `${organisation}, ${provinceCode}`;
  console.log(`API key ${id} (prefix ${prefix}) for ${name}: ${role}, ${where}, expires ${expiresAt.toISOString()}`);
  console.log(key);
  console.log('Send it as the X-Api-Key header. It is not shown again.');
}

async function list(db) {
  const { rows } = await db.query('SELECT id, prefix, name, role, scope, "provinceCode", "organisationId", "expiresAt", "revokedAt" FROM "ApiKey" ORDER BY "createdAt"');
  for (const r of rows) {
    const state = r.revokedAt ? `revoked ${r.revokedAt.toISOString()}` : r.expiresAt <= new Date() ? 'expired' : `expires ${r.expiresAt.toISOString()}`;
    console.log([r.id, r.prefix, r.name, r.role, r.scope, r.organisationId ?? r.provinceCode ?? '-', state].join('\t'));
  }
}

async function revoke(db, which) {
  const by = arg('by') ?? `cli:${os.userInfo().username}`;
  await db.query('BEGIN');
  const { rows } = await db.query('UPDATE "ApiKey" SET "revokedAt" = now(), "revokedBy" = $2 WHERE (id = $1 OR prefix = $1) AND "revokedAt" IS NULL RETURNING id, prefix', [which, by]);
  if (rows.length !== 1) {
    await db.query('ROLLBACK');
    throw new UsageError(`no unrevoked key with id or prefix ${which}`);
  }
  await db.query('INSERT INTO "AuditEntry" ("actorId", "actorRole", action, resource, outcome) VALUES ($1, $2, $3, $4, $5)', [by, 'ADMIN', 'admin.api-keys.revoke', `api-key:${rows[0].id}`, 'OK']);
  await db.query('COMMIT');
  console.log(`API key ${rows[0].id} (prefix ${rows[0].prefix}) is revoked.`);
}

async function main() {
  const db = new Client({ connectionString: process.env.DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/masar' });
  await db.connect();
  try {
    if (flag('list')) await list(db);
    else if (arg('revoke')) await revoke(db, arg('revoke'));
    else await create(db);
  } finally {
    await db.end();
  }
}

main().catch((e) => {
  console.error(e instanceof UsageError ? `${e.message}\n${USAGE}` : e.message);
  process.exit(1);
});
