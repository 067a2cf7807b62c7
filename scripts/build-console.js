#!/usr/bin/env node
// Builds the console (apps/console, React + Vite) into dist/console, which the
// API serves at / of its origin: the third part of `npm run build`. Vite does
// not check types: the console's tsconfig is checked first.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const root = path.resolve(__dirname, '..');
const bin = (pkg, file) => path.join(root, 'node_modules', pkg, file);

function run(args, what) {
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`console: ${what} failed`);
    process.exit(r.status ?? 1);
  }
}

/** Newest modification time under the console's sources and the domain modules it bundles. */
function newest(dir) {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

if (process.argv.includes('--if-stale')) {
  const index = path.join(root, 'dist', 'console', 'index.html');
  const sources = Math.max(newest(path.join(root, 'apps', 'console')), newest(path.join(root, 'libs', 'domain')));
  if (fs.existsSync(index) && fs.statSync(index).mtimeMs >= sources) process.exit(0);
}

const started = Date.now();
run([bin('typescript', 'bin/tsc'), '-p', 'apps/console/tsconfig.json', '--noEmit'], 'type check');
run([bin('vite', 'bin/vite.js'), 'build', '--config', 'apps/console/vite.config.mts'], 'vite build');
console.log(`console: dist/console in ${((Date.now() - started) / 1000).toFixed(1)} s`);
