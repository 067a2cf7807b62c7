// The machine a run measured, and how fast it was while it ran. The same host
// has answered the same code at half its speed on another hour (a raw Temporal
// capacity of 63.6/s where it had been 147.3/s): absolute figures of two runs
// compare only when the host ran at the same speed, ratios of one run always.
// The probe is a fixed CPU workload, run in a process of its own at the start
// and at the end of a run: replays of the raw trivial workflow's recorded
// history (bench/histories), whose CPU per replay depends on the host alone.
// It sees only part of a slow hour: a JavaScript replay ran 1.2-1.4 times
// slower where the dev server alone started workflows 2-3 times slower. The
// start-throughput phase's "dev server alone" rate is the other gauge.
import { execFile, execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from './app-process';
import { round } from './util';

export interface Machine {
  cpus: number;
  model: string;
  memoryGb: number;
  node: string;
  os: string;
  temporal: string;
  /** CPU ms per replay of the probe's history, at the start and at the end of the run (absent in files written before it) */
  hostSpeed?: { startMs: number | null; endMs: number | null; replays: number };
}

export const PROBE_REPLAYS = 200;

/** CPU milliseconds per replay of the raw trivial history, in a process of its own (null when the probe failed). */
export async function hostSpeed(): Promise<number | null> {
  const args = ['-r', '@swc-node/register', path.join(ROOT, 'bench', 'replay-profile.ts'), path.join(ROOT, 'bench', 'histories', 'raw-trivial-acknowledged.json'), String(PROBE_REPLAYS), '--raw'];
  try {
    const { stdout } = await promisify(execFile)(process.execPath, args, { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
    const m = /([\d.]+) ms CPU each/.exec(stdout);
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

function temporalVersion(): string {
  try {
    return execFileSync(path.join(ROOT, '.tools', 'temporal', 'bin', 'temporal'), ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

export function describeMachine(speed: { startMs: number | null; endMs: number | null }): Machine {
  return {
    cpus: os.cpus().length,
    model: os.cpus()[0]?.model ?? 'unknown',
    memoryGb: round(os.totalmem() / 1024 ** 3, 1),
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    temporal: temporalVersion(),
    hostSpeed: { ...speed, replays: PROBE_REPLAYS },
  };
}

/** The host's speed as the summary's Machine line ends (nothing for files written before the probe). */
export function hostSpeedLine(machine: Machine): string {
  const h = machine.hostSpeed;
  if (!h) return '';
  const ms = (x: number | null) => (x === null ? 'failed' : `${x} ms`);
  return ` Host speed (CPU per replay of bench/histories/raw-trivial-acknowledged.json, ${h.replays} in a process of their own; lower is faster): ${ms(h.startMs)} at the start of the run, ${ms(h.endMs)} at its end.`;
}
