#!/usr/bin/env node
// Creates the database named by DATABASE_URL if absent, applies migrations
// (prisma migrate deploy) and seeds reference data idempotently.
'use strict';
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { Client } = require('pg');

const root = path.resolve(__dirname, '..');

async function main() {
  const url = new URL(process.env.DATABASE_URL);
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
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules', 'prisma', 'build', 'index.js'), 'migrate', 'deploy'], { cwd: root, env: process.env, encoding: 'utf8' });
  if (r.status !== 0) {
    console.error(r.stdout, r.stderr);
    process.exit(1);
  }
  const seed = spawnSync(process.execPath, [path.join(root, 'dist', 'prisma', 'seed.js')], { cwd: root, env: process.env, stdio: 'inherit' });
  process.exit(seed.status ?? 1);
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
