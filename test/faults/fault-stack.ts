// The stack for fault tests: the worker runs as a child process (so it can be
// killed with SIGKILL), the API and the notifier run in-process, alerts go to
// an SMTP sink the test can take away and bring back on the same port, and the
// API can reach PostgreSQL through a proxy the test can cut.
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createApp } from '../../apps/api/src/app';
import { apiConfigSchema } from '../../apps/api/src/config';
import { notifierConfigSchema } from '../../apps/notifier/src/config';
import { silentLog } from '../../apps/notifier/src/log';
import { startNotifier, type Notifier } from '../../apps/notifier/src/notifier';
import { parseConfig } from '../../libs/config/load';
import { createDb, type Db } from '../../libs/db/prisma';
import { startSmtpSink, type SmtpSink } from '../../libs/notify/testing';
import { processEnv, QUICK_RECOVERY } from '../support/process-env';
import { ROOT } from '../support/run-context';
import { http } from '../support/http';
import { signTestToken } from '../support/tokens';
import { parkLeftoverDeliveries } from '../support/deliveries';

const JWT_SECRET = 'fault-tests-secret-at-least-32-characters';
export const RETRY = { attempts: 8, backoff: { type: 'exponential' as const, delay: 500 } };

export async function freePort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', () => r()));
  const { port } = srv.address() as AddressInfo;
  await new Promise((r) => srv.close(r));
  return port;
}

/** A process of ours (the worker), started with swc-node, ready when it says so. */
export class AppProcess {
  child?: ChildProcess;
  output = '';
  constructor(
    private readonly entry: string,
    private readonly env: NodeJS.ProcessEnv,
    private readonly readyLine: RegExp,
  ) {}

  async start(timeoutMs = 30_000): Promise<void> {
    this.output = '';
    const child = spawn(process.execPath, ['-r', '@swc-node/register', path.join(ROOT, this.entry)], { cwd: ROOT, env: this.env, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.entry} not ready in ${timeoutMs} ms:\n${this.output}`)), timeoutMs);
      const onData = (b: Buffer) => {
        this.output += b.toString();
        if (this.readyLine.test(this.output)) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', onData);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`${this.entry} exited (${code}):\n${this.output}`));
      });
    });
  }

  kill(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      child.removeAllListeners('exit');
      child.once('exit', () => resolve());
      child.kill(signal);
    });
  }
}

/** A TCP proxy (to PostgreSQL, to Redis) that a test can cut (every connection dropped, new ones refused) and restore. */
export class CuttableProxy {
  private server?: net.Server;
  private sockets = new Set<net.Socket>();
  private stalled = false;
  port = 0;
  constructor(private readonly target: { host: string; port: number }) {}

  async open(port = this.port): Promise<void> {
    this.server = net.createServer((client) => {
      const upstream = net.connect(this.target);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
      if (this.stalled) {
        client.pause();
        upstream.pause();
      }
    });
    await new Promise<void>((r) => this.server!.listen(port, '127.0.0.1', () => r()));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async cut(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
    await new Promise((r) => this.server?.close(r));
  }

  /** Holds every byte in both directions (connections stay open, new ones wait): a peer that stops answering. */
  stall(): void {
    for (const s of this.sockets) s.pause();
    this.stalled = true;
  }

  resume(): void {
    this.stalled = false;
    for (const s of this.sockets) s.resume();
  }

  /** Drops every connection, and what a stall held back with it; new connections pass again. */
  drop(): void {
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
    this.stalled = false;
  }

  /** A URL like `url` whose host and port are this proxy's. */
  url(url: string): string {
    const u = new URL(url);
    u.hostname = '127.0.0.1';
    u.port = String(this.port);
    return u.toString();
  }
}

export interface FaultStack {
  db: Db;
  smtp: SmtpSink;
  smtpPort: number;
  worker: AppProcess;
  notifier: Notifier;
  app: NestExpressApplication;
  api: ReturnType<typeof http>;
  env: NodeJS.ProcessEnv;
  token(userId: string): Promise<string>;
  restartSmtp(): Promise<void>;
  /** every mail received, across SMTP restarts */
  mails(): import('../../libs/notify/testing').ReceivedMail[];
  stop(): Promise<void>;
}

/** What one process of the stack sees differently (a proxy in front of PostgreSQL or Redis). */
export interface FaultStackOptions {
  /** the worker process's environment over the stack's */
  worker?: NodeJS.ProcessEnv;
  /** the notifier's environment over the stack's */
  notifier?: NodeJS.ProcessEnv;
}

export async function startFaultStack(over: NodeJS.ProcessEnv = {}, options: FaultStackOptions = {}): Promise<FaultStack> {
  const smtpPort = await freePort();
  let smtp = await startSmtpSink({ port: smtpPort });
  const archived: import('../../libs/notify/testing').ReceivedMail[] = [];
  const env = processEnv({ name: 'faults', jwtSecret: JWT_SECRET, smtpUrl: `smtp://127.0.0.1:${smtpPort}` }, { PORT: '1', ...QUICK_RECOVERY, ...over });
  const parker = createDb(env.DATABASE_URL!, { poolSize: 1 });
  await parkLeftoverDeliveries(parker);
  await parker.$disconnect();
  const worker = new AppProcess('apps/worker/src/main.ts', { ...env, ...options.worker }, /worker: polling/);
  await worker.start();
  const notifier = await startNotifier(parseConfig(notifierConfigSchema, { ...env, ...options.notifier }), { log: silentLog, jobOptions: RETRY });
  // API_DATABASE_URL (tests only): the API alone reaches PostgreSQL through a proxy.
  const app = await createApp(parseConfig(apiConfigSchema, { ...env, DATABASE_URL: env.API_DATABASE_URL ?? env.DATABASE_URL }), { logger: false });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const db = createDb(env.DATABASE_URL!, { poolSize: 3 });
  const stack: FaultStack = {
    db,
    get smtp() {
      return smtp;
    },
    smtpPort,
    worker,
    notifier,
    app,
    api: http(`http://127.0.0.1:${port}`),
    env,
    token: (userId) => signTestToken(JWT_SECRET, userId),
    async restartSmtp() {
      archived.push(...smtp.messages);
      smtp = await startSmtpSink({ port: smtpPort });
    },
    mails: () => [...archived, ...smtp.messages],
    async stop() {
      await worker.kill('SIGTERM');
      await stack.notifier.close(); // a test may have replaced it
      await smtp.stop().catch(() => undefined);
      await app.close();
      await db.$disconnect();
    },
  };
  return stack;
}

/** Sets a policy of seconds for a province (deadline and ladder interval). */
export async function secondsPolicy(s: FaultStack, provinceCode: string, riskLevel: string, ackSeconds: number, intervalSeconds: number): Promise<void> {
  const admin = await s.token('u-national-admin');
  for (const [step, secs] of [['ACKNOWLEDGEMENT', ackSeconds], ['ESCALATION_INTERVAL', intervalSeconds]] as const) {
    const r = await s.api.put('/api/v1/policies', { provinceCode, step, riskLevel, duration: `PT${secs}S` }, admin);
    if (r.status !== 200) throw new Error(`policy: ${r.status} ${r.text}`);
  }
}

export async function fileReports(s: FaultStack, provinceSlug: string, provinceCode: string, count: number, riskLevel = 'IMMINENT'): Promise<{ caseId: string; reference: string }[]> {
  const token = await s.token(`u-${provinceSlug}-intake`);
  const out = [];
  for (let i = 0; i < count; i++) {
    const r = await s.api.post('/api/v1/reports', { provinceCode, entryPoint: 'GREEN_LINE', category: 'NEGLECT', riskLevel, narrative: `fault test ${i}`, child: { estimatedAge: 10 } }, token);
    if (r.status !== 201) throw new Error(`report: ${r.status} ${r.text}`);
    out.push({ caseId: r.body.caseId, reference: r.body.reference });
  }
  return out;
}

/** Every email the sink received, counted per Message-ID: exactly once means 1 each. */
export function mailsByMessageId(s: FaultStack, references: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of s.mails()) {
    if (!references.some((r) => m.mail.subject?.includes(r))) continue;
    const id = m.mail.messageId ?? '(none)';
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
