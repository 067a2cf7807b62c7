// The actions' rows: every Masar figure with the raw Temporal figure beside
// it and their ratio, and the issue's targets.
import { row, type Row } from '../lib/report';
import { round } from '../lib/util';
import type { ActionsResult, LoadStep, SystemResult } from './actions';

/** Processes that are Masar (or, for the raw baseline, Temporal and its worker); the benchmark itself apart. */
const MASAR_PROCS = ['worker', 'api', 'temporal', 'notifier'];
const RAW_PROCS = ['raw-worker', 'temporal'];

const sum = (s: LoadStep, procs: string[]) => round(procs.reduce((a, p) => a + (s.cpuMsPerAction[p] ?? 0), 0), 1);
const workerMs = (sys: SystemResult, s: LoadStep) => s.cpuMsPerAction[sys.system === 'masar' ? 'worker' : 'raw-worker'] ?? NaN;
const ratio = (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? round(a / b, 2) : NaN);
const find = (sys: SystemResult | undefined, targets: 'cached' | 'evicted', rate?: number) => sys?.fixed.find((f) => f.targets === targets && (rate === undefined || f.targetRate === rate));

export function actionRows(a: ActionsResult): Row[] {
  const by = (name: string) => a.systems.find((s) => s.system === name);
  const masar = by('masar');
  const shaped = by('raw-shaped');
  const trivial = by('raw-trivial');
  if (!masar) return [];
  const rows: Row[] = [];
  const at = `at ${a.openPathways} open`;
  rows.push(
    row(
      `Action shape: events (local activities) per acknowledgement — Masar / raw same shape / raw trivial`,
      `${masar.eventsPerAction} (${masar.localActivitiesPerAction}) / ${shaped?.eventsPerAction} (${shaped?.localActivitiesPerAction}) / ${trivial?.eventsPerAction} (${trivial?.localActivitiesPerAction})`,
    ),
  );
  rows.push(
    row(
      `Capacity ${at} (closed loop, evicted pathways): Masar / raw same shape / raw trivial (p99 at the knee)`,
      `${masar.capacity.rate}/s (${masar.capacity.p99Ms} ms) / ${shaped?.capacity.rate}/s (${shaped?.capacity.p99Ms} ms) / ${trivial?.capacity.rate}/s (${trivial?.capacity.p99Ms} ms); Masar / raw shape ${ratio(masar.capacity.rate, shaped?.capacity.rate ?? NaN)}`,
      '≥ 40 actions/s',
      masar.capacity.rate >= 40,
    ),
  );
  for (const f of masar.fixed) {
    const rs = find(shaped, f.targets, f.targetRate);
    const rt = find(trivial, f.targets, f.targetRate);
    const is15 = f.targets === 'evicted' && f.targetRate === 15;
    rows.push(
      row(
        `Action latency ${at}, ${f.targets}, ${f.targetRate}/s (open loop): Masar p50 / p99 (raw same shape, raw trivial p99)`,
        `${f.latencyMs.p50} / ${f.latencyMs.p99} ms (${rs?.latencyMs.p99 ?? '–'}, ${rt?.latencyMs.p99 ?? '–'} ms); ${f.count} ok, ${f.failed} failed` +
          // results before 2026-12-04 read after each fixed-rate action (and counted it in the action)
          (f.readMs ? `; then GET /cases/:id p50 / p99 ${f.readMs.p50} / ${f.readMs.p99} ms, ${f.staleReads} stale` : ''),
        is15 ? 'p99 ≤ 150 ms at 15/s' : '',
        is15 ? f.latencyMs.p99 <= 150 && f.failed === 0 : undefined,
      ),
    );
    const w = workerMs(masar, f);
    const rw = rs ? workerMs(shaped!, rs) : NaN;
    const limit = f.targets === 'cached' ? 1.3 : 1.5;
    rows.push(
      row(
        `Worker CPU per ${f.targets} acknowledgement (${f.targetRate}/s): Masar / raw same shape / raw trivial`,
        `${w} / ${rw} / ${rt ? workerMs(trivial!, rt) : NaN} ms; ratio to the same shape ${ratio(w, rw)}`,
        `≤ ${limit}× the raw same-shape update`,
        Number.isFinite(ratio(w, rw)) ? ratio(w, rw) <= limit : null,
      ),
    );
    const total = sum(f, MASAR_PROCS);
    rows.push(
      row(
        `Total CPU per action (${f.targets}, ${f.targetRate}/s): Masar (worker + API + Temporal + notifier) / raw same shape (worker + Temporal)`,
        `${total} ms (${MASAR_PROCS.map((p) => `${p} ${f.cpuMsPerAction[p] ?? 0}`).join(', ')}) / ${rs ? sum(rs, RAW_PROCS) : NaN} ms; load generator ${f.cpuMsPerAction.bench ?? 0} ms (Masar) and ${rs?.cpuMsPerAction.bench ?? '–'} ms (raw)`,
        '≤ 35 ms',
        total <= 35,
      ),
    );
  }
  const r = masar.readAfterAction;
  if (r?.readMs) {
    rows.push(
      row(
        `Read after an action ${at} (cached, ${r.targetRate}/s, its own run): GET /cases/:id right after each acknowledgement answered, p50 / p99; stale reads`,
        `${r.readMs.p50} / ${r.readMs.p99} ms; ${r.staleReads} stale of ${r.count} (the acknowledgements p50 / p99 ${r.latencyMs.p50} / ${r.latencyMs.p99} ms, API CPU ${r.cpuMsPerAction.api ?? NaN} ms per acknowledgement and read)`,
      ),
    );
  }
  return rows;
}

export function actionNotes(a: ActionsResult): string[] {
  const lines = [`**Actions at ${a.openPathways} open pathways** — ${a.note}`, ''];
  for (const s of a.systems) {
    lines.push(
      `- ${s.system}: capacity steps ${s.capacity.steps.map((x) => `c=${x.concurrency} ${x.rate}/s p99 ${x.latencyMs.p99} ms`).join('; ')}; ` +
        `fixed ${s.fixed.map((x) => `${x.targets} ${x.targetRate}/s p50/p99 ${x.latencyMs.p50}/${x.latencyMs.p99} ms (machine ${x.machineBusyPercent} %)`).join('; ')}.`,
    );
  }
  lines.push('');
  return lines;
}
