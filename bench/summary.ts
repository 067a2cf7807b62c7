// The Markdown summary of a benchmark run, from its results alone (the JSON file
// beside it): the table of every measure with its target, and the notes. A run
// writes both; a summary can be rendered again from a JSON file.
import { hostSpeedLine, type Machine } from './lib/machine';
import { row, table, type Row } from './lib/report';
import type { WindowStats } from './lib/proc';
import type { Summary } from './lib/stats';
import { TEMPORAL_PRAGMAS, TUNING_VARS } from './lib/stack';
import { round } from './lib/util';
import type { Options } from './options';
import type { ActionsResult } from './phases/actions';
import { actionNotes, actionRows } from './phases/actions-report';
import type { AlertQueueResult } from './phases/alert-queue';
import type { CatchUpResult } from './phases/alert-catch-up';
import type { ColdActionResult } from './phases/cold-action';
import { QUIET_DEADLINE, type BuildResult, type EscalationResult } from './phases/escalation';
import type { IdentificationResult } from './phases/identification';
import { identificationNote, identificationRows } from './phases/identification-report';
import type { LongCaseResult } from './phases/long-case';
import type { PopulationResult } from './phases/population';
import { alertNote, alertRows, catchUpRows, coldActionRows, reportCostRows, scaleOutRows, startRows } from './phases/queue-report';
import type { ReportCostResult } from './phases/report-cost';
import type { ScaleOutResult } from './phases/scale-out';
import type { StartResult } from './phases/start-throughput';

export interface SizeResult {
  size: number;
  openPathways: number | null;
  build: Omit<BuildResult, 'pathways'> & { quiet: unknown; firing: unknown };
  escalation: EscalationResult;
  population: Omit<PopulationResult, 'caseIds'> | null;
  /** raw Temporal timers due at the same instants, on the same server, in the same window */
  rawTimerLag: { count: number; lagMs: Summary } | null;
  actions: ActionsResult | null;
  idle: WindowStats;
  worker: { rssPeakMb: number; rssIdleMb: number; cpuWindowPercent: number; cpuIdlePercent: number; cpuBuildPercent: number };
}

/** Everything a run measured, as the JSON file holds it. */
export interface RunResult {
  date: string;
  commit: string;
  /** the command line's arguments (absent in files written before it was kept) */
  argv?: string[];
  dirtyWorkingTree: boolean;
  runSeconds: number;
  machine: Machine;
  settings: { worker: Record<string, unknown> } & Record<string, unknown>;
  options: Options;
  start: StartResult | null;
  startResources: WindowStats | null;
  reportCost: ReportCostResult | null;
  alertQueue: AlertQueueResult | null;
  catchUp: CatchUpResult | null;
  scaleOut: ScaleOutResult | null;
  sizes: SizeResult[];
  longCase: LongCaseResult | null;
  longCaseError: string | null;
  coldAction: ColdActionResult | null;
  coldActionError: string | null;
  identification: IdentificationResult | null;
}

export function summary(result: RunResult): string {
  const { options: o, machine, sizes, start, reportCost, alertQueue, catchUp, scaleOut, longCase, longCaseError, coldAction, coldActionError, identification, commit, runSeconds } = result;
  const date = result.date.slice(0, 10);
  const tuning = Object.fromEntries(TUNING_VARS.map((k) => [k, result.settings.worker[k] ?? 'default']));
  const rows: Row[] = [];
  if (start) rows.push(...startRows(start));
  if (reportCost) rows.push(...reportCostRows(reportCost));
  if (alertQueue) rows.push(...alertRows(alertQueue));
  if (catchUp) rows.push(...catchUpRows(catchUp));
  if (scaleOut) rows.push(...scaleOutRows(scaleOut));
  for (const s of sizes) {
    const e = s.escalation;
    const at = `at ${s.openPathways ?? s.size} open`;
    rows.push(row(`Population build through the API ${at} (reports answered and first step open)`, `${s.build.built} in ${s.build.seconds} s = ${s.build.rate}/s${s.build.capped ? ' (capped)' : ''}`));
    const is10k = (s.openPathways ?? s.size) >= 10_000;
    rows.push(
      row(
        `Escalation delay ${at} (deadline → email accepted), p50 / p95 / p99 / max`,
        `${e.delayMs.p50} / ${e.delayMs.p95} / ${e.delayMs.p99} / ${e.delayMs.max} ms; ${e.arrived}/${e.expected} alerts at ${e.fireRatePerSecond}/s`,
        'p99 ≤ 1000 ms at 10,000',
        is10k ? e.delayMs.p99 <= 1000 && e.arrived === e.expected : null,
      ),
    );
    if (s.rawTimerLag) {
      const raw = s.rawTimerLag.lagMs;
      rows.push(
        row(
          `Raw Temporal timer lag in the same window (${s.rawTimerLag.count} timers), p50 / p99; Masar's own timer lag p50 / p99`,
          `${raw.p50} / ${raw.p99} ms; ${e.breakdownMs.timerLag.p50} / ${e.breakdownMs.timerLag.p99} ms`,
        ),
      );
      rows.push(row(`Escalation delay p99 − raw timer lag p99 ${at}`, `${e.delayMs.p99 - raw.p99} ms`, '≤ 200 ms', e.delayMs.p99 - raw.p99 <= 200 && e.arrived === e.expected));
    }
    if (s.population) rows.push(row(`Population built through the Temporal client ${at}`, `${s.population.built} in ${s.population.seconds} s = ${s.population.rate}/s${s.population.capped ? ' (time budget spent)' : ''}${s.population.stoppedBy ? ` (stopped: a start failed, ${s.population.stoppedBy})` : ''}${s.population.temporalDbBytesPerPathway !== null ? `; Temporal database ${s.population.temporalDbBytesPerPathway} bytes per pathway` : ''}`));
    if (s.actions) rows.push(...actionRows(s.actions));
    rows.push(
      row(
        `Worker RSS ${at}: peak / at rest`,
        `${s.worker.rssPeakMb} / ${s.worker.rssIdleMb} MB`,
        '≤ 600 MB at 100,000',
        (s.openPathways ?? s.size) >= 100_000 ? s.worker.rssPeakMb <= 600 : null,
      ),
    );
    rows.push(row(`Worker CPU ${at}: building / escalation window / at rest (% of one core)`, `${s.worker.cpuBuildPercent} / ${s.worker.cpuWindowPercent} / ${s.worker.cpuIdlePercent} %`));
  }
  if (longCase) {
    rows.push(
      row(
        '5-year case (60 monthly reviews): runs, events per run, largest run',
        `${longCase.runs.length} run(s): ${longCase.runs.map((r) => r.events).join(' + ')} events; largest ${longCase.maxEventsPerRun} events, ${round(longCase.maxBytesPerRun / 1024)} KiB`,
        '< 51,200 events and 50 MB per run',
        longCase.maxEventsPerRun < 51_200 && longCase.maxBytesPerRun < 50 * 1024 * 1024,
      ),
    );
  }
  if (coldAction) rows.push(...coldActionRows(coldAction));
  if (identification) rows.push(...identificationRows(identification));
  const largest = sizes[sizes.length - 1];
  const notes: string[] = [];
  if (longCaseError) notes.push(`The 5-year case failed: ${longCaseError}`);
  if (coldActionError) notes.push(`The cold action failed: ${coldActionError}`);
  if (largest && (largest.openPathways ?? largest.size) < Math.max(...o.sizes)) notes.push(`The largest size requested (${Math.max(...o.sizes)}) was not reached: ${largest.openPathways} open pathways were built within the ${o.maxBuildMinutes}-minute budget (API build rate ${largest.build.rate}/s; the dev server alone starts ${start?.serverOnly.rate}/s).`);
  for (const s of sizes) if (s.escalation.dueBeforeBuildEnd > 0) notes.push(`Size ${s.size}: ${s.escalation.dueBeforeBuildEnd} deadlines fell before the population was complete.`);
  const md = [
    `# Masar benchmark — ${date}, commit ${commit}${result.dirtyWorkingTree ? ' (working tree had uncommitted changes)' : ''}`,
    '',
    `Machine: ${machine.cpus} × ${machine.model}, ${machine.memoryGb} GB, Node ${machine.node}, ${machine.os}. ${machine.temporal}.` + hostSpeedLine(machine),
    `Temporal dev server: ${o.temporalDb === 'file' ? `SQLite file with pragmas ${TEMPORAL_PRAGMAS.join(', ')} (not in memory)` : 'SQLite in memory'}, headless, search attributes registered.`,
    `Worker: --max-old-space-size=${o.workerHeapMb}; ${Object.entries(tuning).map(([k, v]) => `${k}=${v}`).join(', ')}.`,
    `Run: ${Math.round(runSeconds / 60)} min (${runSeconds} s); \`npm run bench -- ${(result.argv ?? []).join(' ')}\`.` +
      (o.sizes.length ? ` Escalation: up to ${o.fireCount} new pathways per size are opened through the API ${o.openRate > 0 ? `at ${o.openRate}/s` : 'as fast as they are taken'} and have deadlines spread at ${o.fireRate}/s after the population is built, the others hold acknowledgement timers ${QUIET_DEADLINE} away; actions: capacity (closed loop, ${o.actionConcurrency.join('/')} clients × ${o.actionStepSeconds} s), then ${o.actionRates.join(', ')}/s × ${o.actionSeconds} s, Masar and raw Temporal; ${o.idleSeconds} s at rest per size.` : ''),
    '',
    table(rows),
    '',
    ...(alertQueue ? [alertNote(alertQueue), ''] : []),
    ...(catchUp ? [`**Catch-up** — ${catchUp.note}`, ''] : []),
    ...(scaleOut ? [`**Scale-out** — ${scaleOut.note}`, ''] : []),
    ...(coldAction ? [`**Cold action** — ${coldAction.note}`, ''] : []),
    ...sizes.flatMap((s) => [
      `**At ${s.openPathways ?? s.size} open pathways** — escalation breakdown p50/p99: timer lag ${s.escalation.breakdownMs.timerLag.p50}/${s.escalation.breakdownMs.timerLag.p99} ms, alert activity ${s.escalation.breakdownMs.alertActivity.p50}/${s.escalation.breakdownMs.alertActivity.p99} ms, delivery ${s.escalation.breakdownMs.delivery.p50}/${s.escalation.breakdownMs.delivery.p99} ms; ` +
        `window CPU (% of one core): worker ${s.escalation.resources.procs.worker?.cpuPercent}, temporal ${s.escalation.resources.procs.temporal?.cpuPercent}, notifier ${s.escalation.resources.procs.notifier?.cpuPercent}, api ${s.escalation.resources.procs.api?.cpuPercent}, machine ${s.escalation.resources.machineBusyPercent} % of all cores.` +
        (s.population ? ` Population through the Temporal client: ${s.population.built} in ${s.population.seconds} s (${s.population.rate}/s)${s.population.temporalDbBytesPerPathway !== null ? `, Temporal database ${s.population.temporalDbMb} MB, ${s.population.temporalDbBytesPerPathway} bytes per pathway` : ''}.` : ''),
      '',
      ...(s.actions ? actionNotes(s.actions) : []),
      '',
    ]),
    ...(identification ? [identificationNote(identification), ''] : []),
    ...(notes.length ? ['Notes:', ...notes.map((n) => `- ${n}`), ''] : []),
    'Details (every figure, the breakdowns, CPU and memory of each process): the JSON file beside this one. How it is measured: bench/README.md.',
    '',
  ].join('\n');
  return md;
}

// `node -r @swc-node/register bench/summary.ts <results.json>` prints a run's summary again.
if (require.main === module) {
  const file = process.argv[2];
  if (!file) throw new Error('usage: bench/summary.ts <results.json>');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  console.log(summary(JSON.parse(require('node:fs').readFileSync(file, 'utf8')) as RunResult));
}
