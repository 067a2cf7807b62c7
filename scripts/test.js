#!/usr/bin/env node
// `npm test`: every test the project has (unit, workflow on the time-skipping
// server, integration against real PostgreSQL, Redis and Temporal), in one
// jest run that ends with jest's summary. Extra arguments go to jest.
'use strict';
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { root, ensureDependencies, checkServices } = require('./lib/preflight');
const { ensureTemporalBinaries } = require('./lib/temporal-bin');

async function main() {
  const env = {
    ...process.env,
    TZ: 'UTC',
    MASAR_TEST_DATABASE_URL: process.env.MASAR_TEST_DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/postgres',
    MASAR_TEST_REDIS_URL: process.env.MASAR_TEST_REDIS_URL || 'redis://127.0.0.1:6379',
  };
  const problems = await checkServices({ DATABASE_URL: env.MASAR_TEST_DATABASE_URL, REDIS_URL: env.MASAR_TEST_REDIS_URL });
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  ensureDependencies();
  ensureTemporalBinaries();
  // The Prisma client is generated code (not committed); DATABASE_URL keeps the CLI offline.
  const gen = spawnSync(process.execPath, [path.join(root, 'node_modules', 'prisma', 'build', 'index.js'), 'generate'], {
    cwd: root,
    env: { ...env, DATABASE_URL: process.env.DATABASE_URL || env.MASAR_TEST_DATABASE_URL },
    encoding: 'utf8',
  });
  if (gen.status !== 0) {
    console.error(gen.stdout, gen.stderr);
    process.exit(1);
  }
  // The console's browser tests run over the built console (dist/console): built here when missing or older than its sources.
  const built = spawnSync(process.execPath, [path.join(root, 'scripts', 'build-console.js'), '--if-stale'], { cwd: root, env, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
  const jest = spawnSync(process.execPath, [path.join(root, 'node_modules', 'jest', 'bin', 'jest.js'), '--maxWorkers=1', ...process.argv.slice(2)], {
    cwd: root,
    env,
    stdio: 'inherit',
  });
  process.exit(jest.status ?? 1);
}

main();
