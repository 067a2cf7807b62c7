// Checks that run before anything else, with Node built-ins only: are the
// dependencies installed, do PostgreSQL and Redis answer?
'use strict';
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const root = path.resolve(__dirname, '..', '..');

function ensureDependencies(log = console.log) {
  const lock = path.join(root, 'package-lock.json');
  const marker = path.join(root, 'node_modules', '.package-lock.json');
  const fresh = fs.existsSync(marker) && fs.statSync(marker).mtimeMs >= fs.statSync(lock).mtimeMs;
  if (fresh) return;
  // npm install, not npm ci: both install what package-lock.json pins, but
  // npm install keeps the node_modules already there and adds what is missing
  // (npm ci deletes node_modules first).
  log('Installing npm dependencies (npm install, as pinned by package-lock.json) ...');
  const r = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('npm install failed: see the output above.');
}

function reachable(urlText, defaultPort, timeoutMs = 2000) {
  return new Promise((resolve) => {
    let url;
    try {
      url = new URL(urlText);
    } catch {
      resolve(false);
      return;
    }
    const socket = net.connect({ host: url.hostname || '127.0.0.1', port: Number(url.port || defaultPort) });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

const HOW_TO_START = {
  postgres: 'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start',
  redis: 'redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no',
};

/** Resolves to a list of one-sentence problems (empty when both answer). */
async function checkServices(env) {
  const problems = [];
  if (!(await reachable(env.DATABASE_URL, 5432))) {
    problems.push(`PostgreSQL does not answer at DATABASE_URL=${redact(env.DATABASE_URL)}: start it (for example: ${HOW_TO_START.postgres}) or point DATABASE_URL at a running server.`);
  }
  if (!(await reachable(env.REDIS_URL, 6379))) {
    problems.push(`Redis does not answer at REDIS_URL=${redact(env.REDIS_URL)}: start it (for example: ${HOW_TO_START.redis}) or point REDIS_URL at a running server.`);
  }
  return problems;
}

function redact(u) {
  try {
    const url = new URL(u);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return String(u);
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

function portInUse(port, host = '127.0.0.1') {
  return reachable(`tcp://${host}:${port}`, port, 500);
}

module.exports = { root, ensureDependencies, checkServices, reachable, freePort, portInUse, HOW_TO_START };
