// One of the stack's child processes (an app, the dev server): started from the
// repository's root, its output kept in a log file and its last lines in memory,
// ready when a line says so, stopped with SIGTERM then SIGKILL.
import fs from 'node:fs';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';

export const ROOT = path.resolve(__dirname, '..', '..');

export class AppProcess {
  child?: ChildProcess;
  private tail: string[] = [];
  private logStream: fs.WriteStream;
  exited = false;
  onUnexpectedExit?: (name: string, code: number | null, tail: string) => void;

  constructor(
    readonly name: string,
    private readonly cmd: string,
    private readonly args: string[],
    private readonly env: NodeJS.ProcessEnv,
    logFile: string,
  ) {
    this.logStream = fs.createWriteStream(logFile, { flags: 'a' });
  }

  get pid(): number | undefined {
    return this.exited ? undefined : this.child?.pid;
  }

  lastLines(): string {
    return this.tail.join('\n');
  }

  /** Starts the process; resolves when a line matches `ready`. */
  async start(ready: RegExp | null, timeoutMs: number): Promise<void> {
    const child = spawn(this.cmd, this.args, { cwd: ROOT, env: this.env, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    let buffered = '';
    let resolveReady: () => void = () => undefined;
    const readyP = new Promise<void>((r) => (resolveReady = r));
    const onData = (b: Buffer) => {
      this.logStream.write(b);
      buffered += b.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        this.tail.push(line);
        if (this.tail.length > 40) this.tail.shift();
        if (ready?.test(line)) resolveReady();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    const exitP = new Promise<never>((_, reject) =>
      child.once('exit', (code, signal) => {
        this.exited = true;
        const msg = `${this.name} exited (${signal ?? code}):\n${this.lastLines()}`;
        this.onUnexpectedExit?.(this.name, code, this.lastLines());
        reject(new Error(msg));
      }),
    );
    exitP.catch(() => undefined);
    if (!ready) return;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${this.name} not ready in ${timeoutMs / 1000} s:\n${this.lastLines()}`)), timeoutMs);
    });
    try {
      await Promise.race([readyP, exitP, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** SIGTERM, then SIGKILL after `graceMs`. */
  async stop(graceMs: number): Promise<void> {
    const child = this.child;
    this.onUnexpectedExit = undefined;
    if (child && !this.exited && child.exitCode === null && child.signalCode === null) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      });
    }
    await new Promise<void>((r) => this.logStream.end(() => r()));
  }
}
