#!/usr/bin/env node
// `npm start`: the whole of Masar on one machine, from a fresh clone.
// Installs what is missing, starts an embedded Temporal dev server (unless
// TEMPORAL_ADDRESS names one), prepares the database, then runs the API, the
// worker and the notifier as child processes until Ctrl-C or SIGTERM. A child
// that dies is started again after a backoff (scripts/lib/supervise.js).
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');
const { spawn, spawnSync } = require('node:child_process');
const { root, ensureDependencies, checkServices, reachable, portInUse, freePort } = require('./lib/preflight');
const { ensureTemporalBinaries } = require('./lib/temporal-bin');
const { supervise } = require('./lib/supervise');
const { prepareDataDir, devSettings, smppDevCredentials } = require('./lib/dev-env');
const { startTemporalUiProxy } = require('./lib/temporal-ui-proxy');

const dataDir = path.join(root, '.data');
const children = [];
let stopping = false;

function log(msg) {
  console.log(`[masar] ${msg}`);
}

function fail(sentence) {
  console.error(`[masar] ${sentence}`);
  process.exit(1);
}

/** A secret kept in .data so that restarts keep reading the same histories. */
function persistentSecret(file, make) {
  const p = path.join(dataDir, file);
  if (!fs.existsSync(p)) fs.writeFileSync(p, make(), { mode: 0o600 });
  return fs.readFileSync(p, 'utf8').trim();
}

function run(cmd, args, env, what) {
  const r = spawnSync(cmd, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0) fail(`${what} failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'generated' || entry.name.startsWith('.')) continue;
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

function buildIfStale(env) {
  const stamp = path.join(root, 'dist', '.built');
  const sources = Math.max(...['apps', 'workflows', 'activities', 'libs', 'prisma'].map((d) => newestMtime(path.join(root, d))));
  if (fs.existsSync(stamp) && fs.statSync(stamp).mtimeMs >= sources) return;
  log('Building (prisma generate, then npm run build: tsc and the workflow bundle) ...');
  run(process.execPath, [path.join(root, 'node_modules', 'prisma', 'build', 'index.js'), 'generate'], env, 'prisma generate');
  run('npm', ['run', '-s', 'build'], env, 'npm run build');
  fs.writeFileSync(stamp, new Date().toISOString());
}

/** A process's compiled entry, where nest-cli.json declares it: dist/<sourceRoot>/<entryFile>.js. */
function entryOf(project) {
  const { projects } = JSON.parse(fs.readFileSync(path.join(root, 'nest-cli.json'), 'utf8'));
  const { sourceRoot, entryFile } = projects[project];
  return path.join(root, 'dist', sourceRoot, `${entryFile}.js`);
}

function spawnChild(name, cmd, args, env) {
  const start = () => {
    const child = spawn(cmd, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const prefix = (stream, out) =>
      stream.on('data', (buf) => {
        for (const line of buf.toString().split('\n')) if (line.trim()) out.write(`[${name}] ${line}\n`);
      });
    prefix(child.stdout, process.stdout);
    prefix(child.stderr, process.stderr);
    return child;
  };
  // A crashed child is restarted with backoff, and the console says so; only Ctrl-C/SIGTERM stop the stack.
  children.push(supervise({ name, start, log }));
}

async function waitFor(url, port, seconds, what) {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    if (await reachable(url, port, 500)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  fail(`${what} did not come up within ${seconds} s.`);
}

async function shutdown(code = 0) {
  if (stopping) return;
  stopping = true;
  log('Stopping ...');
  // Apps first (they drain in-flight work), the Temporal server last.
  const apps = children.filter((c) => c.name !== 'temporal');
  const temporal = children.filter((c) => c.name === 'temporal');
  await stopAll(apps, 15_000);
  await stopAll(temporal, 10_000);
  log('Stopped.');
  process.exit(code);
}

function stopAll(list, graceMs) {
  return Promise.all(list.map((supervised) => supervised.stop(graceMs)));
}

/**
 * The owner's connection (MIGRATION_DATABASE_URL; else DATABASE_URL, as before
 * there were two) and the runtime one (DATABASE_URL when both are set; else
 * the owner's server and database as masar_app, which local trust
 * authentication admits without a password).
 */
function databaseUrls(given) {
  const owner = given.MIGRATION_DATABASE_URL || given.DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/masar';
  if (given.MIGRATION_DATABASE_URL && given.DATABASE_URL) return { owner, runtime: given.DATABASE_URL };
  const runtime = new URL(owner);
  runtime.username = 'masar_app';
  runtime.password = '';
  return { owner, runtime: runtime.toString() };
}

async function main() {
  process.on('SIGINT', () => shutdown(0));
  process.on('SIGTERM', () => shutdown(0));
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });

  // PostgreSQL: migrations and the seed as the owner of the schema, the apps as
  // the runtime role the migrations create (it may only append to the audit trail).
  const { owner, runtime } = databaseUrls(process.env);
  const env = {
    ...process.env,
    TZ: 'UTC',
    MIGRATION_DATABASE_URL: owner,
    DATABASE_URL: runtime,
    REDIS_URL: process.env.REDIS_URL || 'redis://127.0.0.1:6379',
    PORT: process.env.PORT || '3000',
  };
  Object.assign(env, devSettings(process.env, env.PORT));
  const problems = await checkServices(env);
  if (problems.length) fail(problems.join('\n[masar] '));

  ensureDependencies(log);
  const bins = ensureTemporalBinaries({ log });

  env.MASAR_CODEC_KEYS = process.env.MASAR_CODEC_KEYS || persistentSecret('codec-keys', () => `local-1:${crypto.randomBytes(32).toString('base64')}`);
  if (!process.env.JWT_SECRET && !process.env.JWT_JWKS_URL) env.JWT_SECRET = persistentSecret('jwt-secret', () => crypto.randomBytes(32).toString('hex'));
  env.WORKER_BUNDLE_PATH = path.join(root, 'dist', 'workflow-bundle.js');

  buildIfStale(env);
  log('Preparing the database (create if absent, migrate, seed) ...');
  run(process.execPath, [path.join(root, 'scripts', 'prepare-db.js')], env, 'database preparation');

  // .data/ holds secrets and the Temporal histories: 0700, its files 0600, and a umask
  // the children inherit (temporal.db and its WAL are created 0600).
  prepareDataDir(dataDir);

  // Temporal: an external cluster, or the embedded dev server persisting to .data/.
  let temporalUi = process.env.TEMPORAL_UI_URL || null;
  if (!process.env.TEMPORAL_ADDRESS) {
    if (!bins) fail('The Temporal CLI is not installed and pip is not available: set TEMPORAL_ADDRESS to an existing Temporal server.');
    const port = Number(process.env.TEMPORAL_PORT || 7233);
    const uiPort = Number(process.env.TEMPORAL_UI_PORT || 8233);
    const tPort = (await portInUse(port)) ? await freePort() : port;
    const tUiPort = (await portInUse(uiPort)) ? await freePort() : uiPort;
    // The dev server's own UI listens inside; the proxy in front sets its codec settings (scripts/lib/temporal-ui-proxy.js).
    const innerUiPort = await freePort();
    const { SEARCH_ATTRIBUTES_CLI } = require(path.join(root, 'dist', 'workflows', 'search-attributes.js'));
    env.TEMPORAL_ADDRESS = `127.0.0.1:${tPort}`;
    temporalUi = `http://127.0.0.1:${tUiPort}`;
    spawnChild('temporal', bins.cli, [
      'server', 'start-dev',
      '--ip', '127.0.0.1', '--port', String(tPort), '--ui-port', String(innerUiPort),
      '--db-filename', path.join(dataDir, 'temporal.db'),
      '--sqlite-pragma', 'journal_mode=WAL', '--sqlite-pragma', 'synchronous=NORMAL',
      '--namespace', env.TEMPORAL_NAMESPACE || 'default',
      '--ui-codec-endpoint', `http://127.0.0.1:${env.PORT}/codec`,
      '--log-level', 'warn',
      ...SEARCH_ATTRIBUTES_CLI,
    ], env);
    await waitFor(`tcp://127.0.0.1:${tPort}`, tPort, 60, 'The Temporal dev server');
    await startTemporalUiProxy({ target: `http://127.0.0.1:${innerUiPort}`, port: tUiPort, codecEndpoint: () => `http://127.0.0.1:${env.PORT}/codec` });
    env.TEMPORAL_UI_ORIGIN = temporalUi;
  }

  // Alert peers: a local SMTP sink and SMPP peer unless real ones are configured.
  const embedded = path.join(root, 'dist', 'libs', 'notify', 'testing', 'embedded.js');
  let alertInbox = null;
  if ((!process.env.SMTP_URL || !process.env.SMPP_URL) && fs.existsSync(embedded)) {
    const smtpPort = Number(process.env.SMTP_SINK_PORT || 2525);
    const smppPort = Number(process.env.SMPP_PEER_PORT || 2775);
    env.SMTP_SINK_PORT = String((await portInUse(smtpPort)) ? await freePort() : smtpPort);
    env.SMPP_PEER_PORT = String((await portInUse(smppPort)) ? await freePort() : smppPort);
    const inboxPort = Number(process.env.ALERT_PEERS_HTTP_PORT || 8025);
    env.ALERT_PEERS_HTTP_PORT = String((await portInUse(inboxPort)) ? await freePort() : inboxPort);
    alertInbox = `http://127.0.0.1:${env.ALERT_PEERS_HTTP_PORT}`;
    // The embedded SMSC binds with credentials of this run only (no password in code).
    const peerCredentials = smppDevCredentials();
    spawnChild('alert-peers', process.execPath, [embedded], { ...env, ...peerCredentials });
    if (!process.env.SMPP_URL) Object.assign(env, peerCredentials);
    env.SMTP_URL = process.env.SMTP_URL || `smtp://127.0.0.1:${env.SMTP_SINK_PORT}`;
    env.SMPP_URL = process.env.SMPP_URL || `smpp://127.0.0.1:${env.SMPP_PEER_PORT}`;
    await waitFor(env.SMTP_URL, env.SMTP_SINK_PORT, 20, 'The embedded SMTP sink');
  }

  spawnChild('worker', process.execPath, ['--max-old-space-size=1024', entryOf('worker')], env);
  spawnChild('notifier', process.execPath, [entryOf('notifier')], env);
  spawnChild('api', process.execPath, [entryOf('api')], env);
  await waitFor(`tcp://127.0.0.1:${env.PORT}`, env.PORT, 60, 'The API');

  log('Masar is running:');
  log(`  Console      http://127.0.0.1:${env.PORT}/ (sign in as a demo user)`);
  log(`  API          http://127.0.0.1:${env.PORT}/api/v1`);
  log(`  OpenAPI docs http://127.0.0.1:${env.PORT}/api/docs`);
  log(`  Health       http://127.0.0.1:${env.PORT}/health`);
  if (temporalUi) log(`  Temporal UI  ${temporalUi} (decodes for a supervisor signed in to the console in the same browser)`);
  if (alertInbox) log(`  Alert inbox  ${alertInbox} (what the local SMTP sink and SMSC received)`);
  log(`  A token for a demo user: npm run token -- u-tanger-coordinator`);
  log('Ctrl-C stops everything.');
}

main().catch((e) => fail(e instanceof Error ? e.message : String(e)));
