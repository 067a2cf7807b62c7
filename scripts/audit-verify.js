#!/usr/bin/env node
// `npm run audit:verify`: walks the audit trail's hash chain and prints
// "chain intact (N entries, head <id> <hash>)" or the first broken link (the
// entry's id, the expected and the found hash); exits 1 on a break, 2 when it
// cannot read the trail. AUDIT_VERIFY_DATABASE_URL, else DATABASE_URL, names
// the database (any role that may SELECT the audit table: the runtime role does).
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { Client } = require('pg');

const root = path.resolve(__dirname, '..');

/** The compiled module (a built tree, the production image), else the TypeScript source (a checkout). */
function chainModule() {
  const built = path.join(root, 'dist', 'libs', 'db', 'audit-chain.js');
  if (fs.existsSync(built)) return require(built);
  require('@swc-node/register');
  return require(path.join(root, 'libs', 'db', 'audit-chain.ts'));
}

async function main() {
  const { verifyAuditChain, describeVerdict } = chainModule();
  const db = new Client({ connectionString: process.env.AUDIT_VERIFY_DATABASE_URL || process.env.DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/masar' });
  await db.connect();
  try {
    const verdict = await verifyAuditChain(db);
    console.log(describeVerdict(verdict));
    return verdict.intact ? 0 : 1;
  } finally {
    await db.end();
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`audit:verify could not read the audit trail: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(2);
  },
);
