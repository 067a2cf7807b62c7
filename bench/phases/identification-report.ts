// The identification phase's results: its rows in the benchmark's table, its
// note, and the files of an `--only identification` run.
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { row, table, writeResults, type Row, type Written } from '../lib/report';
import type { IdentificationResult } from './identification';

/** The rows of the results table (bench/lib/report). */
export function identificationRows(x: IdentificationResult): Row[] {
  const a = x.atThreshold;
  return [
    row(`Identification precision at ${x.threshold} (${x.options.children} children, ${a.positives} variant queries, ${a.negatives} non-matches)`, `${a.precision} (${a.truePositives} true, ${a.falsePositives} false candidates)`, '≥ 0.9', a.precision >= 0.9),
    row(`Identification recall at ${x.threshold}`, `${a.recall}`, '≥ 0.9', a.recall >= 0.9),
    row('Identification precision at the same threshold, a homonym counted as a fair candidate', `${a.precisionHomonymsFair} (${a.homonyms} of the false candidates are homonyms)`, '≥ 0.9', a.precisionHomonymsFair >= 0.9),
    row('Non-matches that get a candidate (a 409 at intake with a full name); homonyms fair', `${a.falseAlarmRate}; ${a.falseAlarmRateHomonymsFair}`),
    row('Identification lookup (exact then probable, one at a time)', `p50 ${x.lookupMs.p50} ms, p95 ${x.lookupMs.p95} ms, p99 ${x.lookupMs.p99} ms`, 'p99 < 100 ms', x.lookupMs.p99 < 100),
  ];
}

export function identificationNote(x: IdentificationResult): string {
  return (
    `**Identification** — recall / precision by variant at ${x.threshold}: ${Object.entries(x.byVariant).map(([v, s]) => `${v} ${s.recall} / ${s.precision} (${s.queries})`).join(', ')}. ` +
    `Precision / recall / false alarms by threshold: ${x.byThreshold.map((t) => `${t.threshold}: ${t.precision} / ${t.recall} / ${t.falseAlarmRate}`).join('; ')}. ` +
    `Indexes in the plan of a name query: ${x.indexesUsed.join(', ') || 'none'}. Population inserted in ${x.insertSeconds} s.`
  );
}

/** The results of `--only identification`: JSON and Markdown under the output folder, with the machine and the commit. */
export function writeIdentificationResults(outDir: string, x: IdentificationResult, runSeconds: number, argv: string[]): Written {
  const git = (args: string[]) => {
    try {
      return execFileSync('git', args, { cwd: path.resolve(__dirname, '..', '..'), encoding: 'utf8' }).trim();
    } catch {
      return 'unknown';
    }
  };
  const commit = git(['rev-parse', '--short', 'HEAD']);
  const dirty = git(['status', '--porcelain']).length > 0;
  const date = new Date().toISOString().slice(0, 10);
  const machine = { cpus: os.cpus().length, model: os.cpus()[0]?.model ?? 'unknown', memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10, node: process.version, os: `${os.type()} ${os.release()} ${os.arch()}` };
  const md = [
    `# Masar benchmark (identification) — ${date}, commit ${commit}${dirty ? ' (working tree had uncommitted changes)' : ''}`,
    '',
    `Machine: ${machine.cpus} × ${machine.model}, ${machine.memoryGb} GB, Node ${machine.node}, ${machine.os}. PostgreSQL: ${x.postgres}.`,
    `Run: ${runSeconds} s; \`npm run bench -- ${argv.join(' ')}\`. Children generated with seed ${x.options.seed}: Moroccan given, family and mothers' names, 40 % in Arabic script, 10 % with an estimated date of birth, six provinces.`,
    '',
    table(identificationRows(x)),
    '',
    identificationNote(x),
    '',
    'How it is measured: bench/phases/identification.ts (header) and bench/README.md.',
    '',
  ].join('\n');
  return writeResults(outDir, `${date}-${commit}-identification`, { date: new Date().toISOString(), commit, dirtyWorkingTree: dirty, runSeconds, machine, identification: x }, md, false);
}
