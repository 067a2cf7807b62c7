// Servers of a fault test's own, which it may kill with any signal and start
// again on the same port and the same files: a Temporal dev server over a
// SQLite file, and a Redis with or without its append-only file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { Redis } from 'ioredis';
import { SEARCH_ATTRIBUTES_CLI } from '../../workflows/search-attributes';
import { eventually } from '../support/eventually';
import { freePort } from './fault-stack';

/** Sends `signal` and waits for the exit (a no-op when the process is gone). */
function stop(p: ChildProcess | undefined, signal: NodeJS.Signals): Promise<void> {
  if (!p || p.exitCode !== null || p.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    p.once('exit', () => resolve());
    p.kill(signal);
  });
}

export class TemporalDevServer {
  readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'masar-temporal-'));
  readonly namespace = 'faults';
  port = 0;
  private process?: ChildProcess;

  get address(): string {
    return `127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const cli = process.env.MASAR_TEMPORAL_CLI_PATH;
    if (!cli) throw new Error('the Temporal CLI is needed (npm test installs it from PyPI)');
    this.port ||= await freePort();
    this.process = spawn(cli, [
      'server', 'start-dev', '--headless', '--ip', '127.0.0.1', '--port', String(this.port), '--ui-port', String(await freePort()),
      '--db-filename', path.join(this.dir, 'temporal.db'), '--sqlite-pragma', 'journal_mode=WAL', '--sqlite-pragma', 'synchronous=NORMAL',
      '--namespace', this.namespace, '--log-level', 'error', ...SEARCH_ATTRIBUTES_CLI,
    ], { stdio: 'ignore' });
    const { Connection } = await import('@temporalio/client');
    await eventually(async () => {
      const c = await Connection.connect({ address: this.address, connectTimeout: 500 });
      try {
        await c.workflowService.describeNamespace({ namespace: this.namespace });
      } finally {
        await c.close();
      }
      return true;
    }, { timeoutMs: 30_000, intervalMs: 300 });
  }

  kill(signal: NodeJS.Signals): Promise<void> {
    return stop(this.process, signal);
  }

  async dispose(): Promise<void> {
    await this.kill('SIGKILL');
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

export class RedisServer {
  readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'masar-redis-'));
  port = 0;
  private process?: ChildProcess;
  output = '';

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** Starts on the same port and directory as before; `appendonly` says whether it keeps (and reloads) an append-only file. */
  async start(o: { appendonly: boolean }): Promise<void> {
    this.port ||= await freePort();
    this.output = '';
    const p = spawn('redis-server', [
      '--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', o.appendonly ? 'yes' : 'no',
      '--appendfsync', 'everysec', '--dir', this.dir,
    ], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.process = p;
    p.stdout!.on('data', (b: Buffer) => (this.output += b.toString()));
    p.stderr!.on('data', (b: Buffer) => (this.output += b.toString()));
    await eventually(async () => {
      if (p.exitCode !== null) throw new Error(`redis-server exited (${p.exitCode}):\n${this.output}`);
      const c = new Redis(this.url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
      try {
        await c.connect();
        return (await c.ping()) === 'PONG';
      } finally {
        c.disconnect();
      }
    }, { timeoutMs: 15_000, intervalMs: 100 });
  }

  kill(signal: NodeJS.Signals): Promise<void> {
    return stop(this.process, signal);
  }

  /** What the append-only files hold (empty when there are none). */
  appendOnlyText(): string {
    const aofDir = path.join(this.dir, 'appendonlydir');
    if (!fs.existsSync(aofDir)) return '';
    return fs.readdirSync(aofDir).map((f) => fs.readFileSync(path.join(aofDir, f), 'latin1')).join('\n');
  }

  async dispose(): Promise<void> {
    await this.kill('SIGKILL');
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
