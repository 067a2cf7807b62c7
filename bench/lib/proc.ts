// Resident memory and CPU of the processes under test, from /proc (Linux):
// VmRSS from /proc/<pid>/status, utime + stime from /proc/<pid>/stat, and the
// whole machine's busy time from /proc/stat (to show what else ran).
import fs from 'node:fs';
import { execFileSync } from 'node:child_process';

export interface Sample {
  at: number;
  /** per process name: resident set (KiB) and CPU time so far (clock ticks) */
  procs: Record<string, { rssKb: number; ticks: number } | undefined>;
  /** machine: busy and total jiffies (all cores) */
  busy: number;
  total: number;
}

export interface WindowStats {
  seconds: number;
  /** per process: CPU as a percentage of one core, RSS max and last (MiB) */
  procs: Record<string, { cpuPercent: number; rssMaxMb: number; rssLastMb: number }>;
  /** the whole machine, all cores together (100 = every core busy) */
  machineBusyPercent: number;
}

let clkTck = 100;
try {
  clkTck = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
} catch {
  // 100 on every Linux we know
}

function readProc(pid: number): { rssKb: number; ticks: number } | undefined {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const rss = /VmRSS:\s+(\d+) kB/.exec(status);
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may contain spaces) start at ")".
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const utime = Number(rest[11]);
    const stime = Number(rest[12]);
    return { rssKb: rss ? Number(rss[1]) : 0, ticks: utime + stime };
  } catch {
    return undefined;
  }
}

function readMachine(): { busy: number; total: number } {
  const line = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0];
  const v = line.trim().split(/\s+/).slice(1).map(Number);
  const total = v.reduce((a, b) => a + b, 0);
  const idle = (v[3] ?? 0) + (v[4] ?? 0);
  return { busy: total - idle, total };
}

export class ProcSampler {
  readonly samples: Sample[] = [];
  private timer?: NodeJS.Timeout;
  private pids: Record<string, () => number | undefined> = {};

  track(name: string, pid: () => number | undefined): void {
    this.pids[name] = pid;
  }

  sample(): Sample {
    const procs: Sample['procs'] = {};
    for (const [name, pid] of Object.entries(this.pids)) {
      const p = pid();
      procs[name] = p ? readProc(p) : undefined;
    }
    const s = { at: Date.now(), procs, ...readMachine() };
    this.samples.push(s);
    return s;
  }

  start(intervalMs = 1000): void {
    this.sample();
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** CPU and memory between two instants (takes a fresh sample for `to` = now). */
  window(from: number, to = Date.now()): WindowStats {
    if (to >= Date.now() - 50) this.sample();
    const inside = this.samples.filter((s) => s.at >= from - 1000 && s.at <= to + 1000);
    const first = inside[0];
    const last = inside[inside.length - 1];
    const out: WindowStats = { seconds: 0, procs: {}, machineBusyPercent: NaN };
    if (!first || !last || last.at <= first.at) return out;
    const secs = (last.at - first.at) / 1000;
    out.seconds = Math.round(secs);
    for (const name of Object.keys(this.pids)) {
      const a = first.procs[name];
      const b = last.procs[name];
      const rss = inside.map((s) => s.procs[name]?.rssKb ?? 0);
      out.procs[name] = {
        cpuPercent: a && b ? Math.round(((b.ticks - a.ticks) / clkTck / secs) * 1000) / 10 : NaN,
        rssMaxMb: Math.round(Math.max(...rss) / 1024),
        rssLastMb: Math.round((b?.rssKb ?? 0) / 1024),
      };
    }
    out.machineBusyPercent = Math.round(((last.busy - first.busy) / Math.max(1, last.total - first.total)) * 1000) / 10;
    return out;
  }

  /** The highest RSS seen for a process since `from` (MiB). */
  peakRssMb(name: string, from = 0): number {
    return Math.round(Math.max(0, ...this.samples.filter((s) => s.at >= from).map((s) => s.procs[name]?.rssKb ?? 0)) / 1024);
  }
}

/** CPU time of each process between two samples (ms), and the machine's busy share (% of all cores). */
export function cpuMsBetween(a: Sample, b: Sample): { procs: Record<string, number>; machineBusyPercent: number } {
  const procs: Record<string, number> = {};
  for (const name of Object.keys(b.procs)) {
    const x = a.procs[name];
    const y = b.procs[name];
    if (x && y) procs[name] = ((y.ticks - x.ticks) / clkTck) * 1000;
  }
  return { procs, machineBusyPercent: Math.round(((b.busy - a.busy) / Math.max(1, b.total - a.total)) * 1000) / 10 };
}
