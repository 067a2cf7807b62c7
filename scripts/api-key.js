#!/usr/bin/env node
// `npm run api-key -- --name "green line" --role INTAKE [--province CODE]`:
// creates an API key for a machine client (the green-line system, a court
// system) and prints it once; only its SHA-256 is stored.
'use strict';
const crypto = require('node:crypto');
const { Client } = require('pg');

function arg(name) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

async function main() {
  const name = arg('name');
  const role = arg('role');
  const province = arg('province') ?? null;
  const roles = ['INTAKE', 'COORDINATOR', 'JUDICIAL_LIAISON', 'SUPERVISOR', 'AUDITOR'];
  if (!name || !roles.includes(role)) {
    console.error(`usage: npm run api-key -- --name "<client>" --role <${roles.join('|')}> [--province CODE]`);
    process.exit(1);
  }
  const key = `msk_${crypto.randomBytes(24).toString('base64url')}`;
  const id = crypto.randomUUID();
  const db = new Client({ connectionString: process.env.DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/masar' });
  await db.connect();
  if (province) {
    const { rowCount } = await db.query('SELECT 1 FROM "Province" WHERE code = $1', [province]);
    if (!rowCount) throw new Error(`unknown province ${province}`);
  }
  await db.query('INSERT INTO "ApiKey" (id, name, hash, role, "provinceCode") VALUES ($1, $2, $3, $4, $5)', [id, name, crypto.createHash('sha256').update(key).digest('hex'), role, province]);
  await db.end();
  console.log(`API key ${id} for ${name} (${role}${province ? `, ${province}` : ', national'}):\n${key}\nSend it as the X-Api-Key header. It is not shown again.`);
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
