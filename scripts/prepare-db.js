#!/usr/bin/env node
// As the owner of the schema (MIGRATION_DATABASE_URL, else DATABASE_URL):
// creates the database if absent, applies migrations (prisma migrate deploy:
// they also create the runtime role masar_app and its grants) and seeds
// reference data idempotently. When DATABASE_URL (the runtime connection)
// names another user with a password, that password is set on the role, so
// the apps' configuration is the one place it is written.
'use strict';
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { Client } = require('pg');

const root = path.resolve(__dirname, '..');

async function main() {
  const ownerUrl = process.env.MIGRATION_DATABASE_URL || process.env.DATABASE_URL;
  const url = new URL(ownerUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  if (!rowCount) {
    await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
    console.log(`created database ${name}`);
  }
  await client.end();
  const asOwner = { ...process.env, DATABASE_URL: ownerUrl };
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules', 'prisma', 'build', 'index.js'), 'migrate', 'deploy'], { cwd: root, env: asOwner, encoding: 'utf8' });
  if (r.status !== 0) {
    console.error(r.stdout, r.stderr);
    process.exit(1);
  }
  await setRuntimePassword(ownerUrl, process.env.DATABASE_URL);
  const seed = spawnSync(process.execPath, [path.join(root, 'dist', 'prisma', 'seed.js')], { cwd: root, env: asOwner, stdio: 'inherit' });
  process.exit(seed.status ?? 1);
}

/** The runtime role's password from its connection string (production); nothing for trust authentication (development). */
async function setRuntimePassword(ownerUrl, runtimeUrl) {
  if (!runtimeUrl || runtimeUrl === ownerUrl) return;
  const runtime = new URL(runtimeUrl);
  const user = decodeURIComponent(runtime.username);
  if (!runtime.password || !user || user === decodeURIComponent(new URL(ownerUrl).username)) return;
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query(`ALTER ROLE ${client.escapeIdentifier(user)} WITH LOGIN PASSWORD ${client.escapeLiteral(decodeURIComponent(runtime.password))}`);
  } finally {
    await client.end();
  }
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
