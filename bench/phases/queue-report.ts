// The results' rows and notes for starts, reports, the alert queue and its
// catch-up, and the cold action (run.ts assembles them with the others).
import { row, type Row } from '../lib/report';
import type { CatchUpResult } from './alert-catch-up';
import type { AlertQueueResult } from './alert-queue';
import type { ColdActionResult } from './cold-action';
import type { ReportCostResult } from './report-cost';
import type { ScaleOutResult } from './scale-out';
import type { StartResult } from './start-throughput';

export function startRows(start: StartResult): Row[] {
  return [
    row('API start rate (reports/s, HTTP + validation + DB write + workflow start, until the first step is open)', `${start.api.rate}/s (answered at ${start.api.answeredRate}/s; p50 ${start.api.latencyMs.p50} ms, p99 ${start.api.latencyMs.p99} ms)`),
    row('Direct Temporal client start rate (same input, until the first step is open)', `${start.direct.rate}/s (answered at ${start.direct.answeredRate}/s; p50 ${start.direct.latencyMs.p50} ms, p99 ${start.direct.latencyMs.p99} ms)`),
    row('API / direct start rate, like for like (both include the worker’s first tasks)', `${start.ratio}`, '≥ 0.8', start.ratio >= 0.8),
    row('Dev server alone (starts, no worker polling)', `${start.serverOnly.rate}/s`),
  ];
}

export function reportCostRows(r: ReportCostResult): Row[] {
  return [
    row(
      `API CPU per report (POST /api/v1/reports, new child, ${r.reports} reports at concurrency ${r.concurrency})`,
      `${r.apiCpuMsPerReport} ms (${r.ratePerSecond}/s; the API's own histogram: mean ${r.apiMeanMs} ms; machine ${r.machineBusyPercent} % busy)`,
      '≤ 6 ms',
      r.apiCpuMsPerReport <= 6,
    ),
  ];
}

export function alertRows(q: AlertQueueResult): Row[] {
  const l = q.latency;
  return [
    row(`Alert emails through the queue (activity → BullMQ → notifier → SMTP accepted), ${q.queue.count} emails`, `${q.queue.rate}/s (recorded and enqueued at ${q.queue.producerRate}/s)${q.queue.errors ? `, ${q.queue.errors} errors` : ''}`),
    row(`Alert emails through the same books without the queue (activity → the notifier's send use case in process → SMTP accepted), ${q.direct.count} emails`, `${q.direct.rate}/s${q.direct.errors ? `, ${q.direct.errors} errors` : ''}`),
    row('Queue / direct (same books) alert email rate', `${q.ratio}`, '≥ 0.8', q.ratio >= 0.8 && q.queue.errors === 0),
    row(`Bare sends (nodemailer pool of ${q.smtpPool}, no rows), ${q.bare.count} emails`, `${q.bare.rate}/s`),
    row(
      `Alert enqueue → SMTP accepted at ${l.targetRate}/s for ${l.seconds} s, p50 / p95 / p99 / max`,
      `${l.enqueueToAcceptMs.p50} / ${l.enqueueToAcceptMs.p95} / ${l.enqueueToAcceptMs.p99} / ${l.enqueueToAcceptMs.max} ms; ${l.arrived}/${l.sent} arrived`,
      'p99 < 500 ms at 50/s',
      l.targetRate >= 50 ? l.enqueueToAcceptMs.p99 < 500 && l.arrived === l.sent : null,
    ),
    row(`Alert activity start → SMTP accepted at ${l.targetRate}/s, p50 / p99 (activity alone p50 / p99)`, `${l.activityToAcceptMs.p50} / ${l.activityToAcceptMs.p99} ms (${l.activityMs.p50} / ${l.activityMs.p99} ms)`),
  ];
}

export function alertNote(q: AlertQueueResult): string {
  const l = q.latency;
  return (
    `**Alert queue** — ${q.note} Rounds: ${q.rounds.map((r) => `${r.mode} ${r.rate}/s`).join(', ')}. ` +
    `Latency run breakdown p50/p99: enqueue → the notifier claims the row ${l.queueWaitMs.p50}/${l.queueWaitMs.p99} ms, claim → sent ${l.sendMs.p50}/${l.sendMs.p99} ms; the benchmark's event-loop delay (it hosts the sink) p99 ${l.benchLoopDelayMs.p99} ms. ` +
    `CPU (% of one core): notifier ${l.resources.procs.notifier?.cpuPercent} (${l.cpuMsPerAlert.notifier} ms per alert), bench (activity + SMTP sink) ${l.resources.procs.bench?.cpuPercent} (${l.cpuMsPerAlert.bench} ms per alert), machine ${l.resources.machineBusyPercent} % of all cores.`
  );
}

export function catchUpRows(c: CatchUpResult): Row[] {
  return [
    row(
      `Catch-up after an SMTP outage: ${c.alerts} alerts queued while the server refused (${c.outageSeconds} s), server back → last accepted`,
      `${c.drainSeconds} s (${c.drainRate}/s once retried); ${c.accepted} accepted, ${c.lost} lost, ${c.duplicates} sent twice; queued at ${c.enqueueRate}/s, ${c.refusedAttempts} refused attempts`,
      'none lost, none twice',
      c.lost === 0 && c.duplicates === 0,
    ),
  ];
}

export function coldActionRows(c: ColdActionResult): Row[] {
  return [
    row(
      `Cold action (not in the worker's cache): 5-year case (runs of ${Math.min(...c.mature.runEvents)}–${Math.max(...c.mature.runEvents)} events replayed) / new case (${c.fresh.events} events), p50 answer time and worker CPU, ${c.samples} samples each`,
      `${c.mature.latencyMs.p50} / ${c.fresh.latencyMs.p50} ms = ${c.latencyRatio}× (worker CPU ${c.mature.workerCpuMs.p50} / ${c.fresh.workerCpuMs.p50} ms = ${c.workerCpuRatio}×)`,
      '≤ 2×',
      c.latencyRatio <= 2,
    ),
  ];
}

export function scaleOutRows(r: ScaleOutResult): Row[] {
  const pair = <T extends { name: string }>(xs: T[], n: (x: T) => number) => xs.map((x) => `${x.name} ${n(x)}`).join(', ');
  return [
    row(
      `Scale-out: two APIs, two workers, two notifiers (${r.reports} reports and acknowledgements, ${r.alerts} alerts), from each process's metrics`,
      `requests ${pair(r.apis, (a) => a.requests)}; workflow tasks + activities ${pair(r.workers, (w) => w.tasks)}; alerts sent ${pair(r.notifiers, (n) => n.sent)}; smaller share ${r.minShare.api} / ${r.minShare.worker} / ${r.minShare.notifier}`,
      'work on both of each pair',
      r.minShare.api > 0.2 && r.minShare.worker > 0.2 && r.minShare.notifier > 0.2,
    ),
  ];
}
