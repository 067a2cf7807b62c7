// The history of a 5-year case: one case is carried through the API from the
// report to follow-up (acknowledgement, assessment and its approval, care plan
// and its approval), then through 60 monthly case reviews, with a
// province policy in which a CASE_REVIEW deadline of 2 seconds stands for a
// month. Every sixth review is recorded late, after its deadline, so the
// ladder's first level alerts the coordinator (10 late reviews in 5 years).
// Then the case's runs (continue-as-new) are listed and each run's history is
// fetched: events and encoded bytes per run.
import { temporal } from '@temporalio/proto';
import type { Api } from '../lib/api';
import { reportBody } from '../lib/api';
import type { Stack } from '../lib/stack';
import { log, round, sleep, until } from '../lib/util';

export const LONG_CASE_PROVINCE = 'TANGER_ASSILAH';

export interface RunHistory {
  runId: string;
  status: string;
  events: number;
  bytes: number;
  /** events by type, most frequent first */
  byType: Record<string, number>;
}

export interface LongCaseResult {
  caseId: string;
  reviews: number;
  lateReviews: number;
  months: number;
  seconds: number;
  runs: RunHistory[];
  totalEvents: number;
  maxEventsPerRun: number;
  maxBytesPerRun: number;
  escalations: number;
  limits: { eventsPerRun: number; bytesPerRun: number; continueAsNewSuggestedAt: number; caseWorkflowHistoryLimit: number };
  note: string;
}

/** A case carried through the API from the report to follow-up (care plan approved); `act` posts its next actions. */
export async function caseInFollowUp(api: Api, i: number) {
  const must = async (what: string, p: Promise<{ status: number; body: any }>, status = 200) => {
    const r = await p;
    if (r.status !== status) throw new Error(`case ${i}: ${what}: ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
    return r.body;
  };
  const created = await must('report', api.post('/api/v1/reports', reportBody(LONG_CASE_PROVINCE, i, 'MEDIUM'), 'u-tanger-intake'), 201);
  const caseId: string = created.caseId;
  const workflowId: string = created.workflowId;
  const act = (path: string, body: unknown, user: string) => must(path, api.post(`/api/v1/cases/${caseId}/${path}`, body, user));
  // The acknowledgement step exists once the pathway's first task has run (an update that
  // arrives together with that task is refused: see the results' notes).
  await until(
    `the acknowledgement step of case ${i}`,
    async () => {
      const r = await api.get(`/api/v1/cases/${caseId}`, 'u-tanger-coordinator');
      return r.status === 200 && r.body.pathway?.openSteps?.some((x: { step: string }) => x.step === 'ACKNOWLEDGEMENT');
    },
    60_000,
    200,
  );
  await act('acknowledge', {}, 'u-tanger-coordinator');
  await act('assessment', { summary: 'Évaluation: négligence confirmée, scolarité à soutenir', needs: ['PSYCHOLOGICAL', 'SCHOOLING'] }, 'u-tanger-coordinator');
  await act('approve', { subject: 'ASSESSMENT' }, 'u-tanger-head');
  await act('care-plan', { objectives: ['Retour à l’école', 'Soutien parental'], placement: 'FAMILY' }, 'u-tanger-coordinator');
  const followUp = await act('approve', { subject: 'CARE_PLAN' }, 'u-tanger-head');
  if (followUp.stage !== 'FOLLOW_UP') throw new Error(`case ${i}: expected FOLLOW_UP, got ${followUp.stage}`);
  return { caseId, workflowId, act };
}

export async function measureLongCase(stack: Stack, api: Api, o: { reviews: number; lateEvery: number }): Promise<LongCaseResult> {
  const started = Date.now();
  await api.policy(LONG_CASE_PROVINCE, 'CASE_REVIEW', 'PT2S');
  await api.policy(LONG_CASE_PROVINCE, 'ESCALATION_INTERVAL', 'PT1H');
  const { caseId, workflowId, act } = await caseInFollowUp(api, 7);

  let late = 0;
  for (let i = 1; i <= o.reviews; i++) {
    stack.check();
    const isLate = i % o.lateEvery === 0;
    if (isLate) {
      late++;
      // Past the deadline: wait for the ladder's alert to be recorded.
      const before = await escalations(stack, caseId);
      await until('the late review alert', async () => (await escalations(stack, caseId)) > before, 30_000, 200);
    } else {
      await sleep(300);
    }
    await act('reviews', { kind: 'CASE', summary: `Révision mensuelle ${i}` }, 'u-tanger-coordinator');
  }
  await sleep(1000);

  // Every run of the case workflow (continue-as-new starts a new run under the same id).
  const runs: RunHistory[] = [];
  for await (const ex of stack.client!.workflow.list({ query: `WorkflowId = '${workflowId}'` })) {
    const history = await stack.client!.workflow.getHandle(workflowId, ex.runId).fetchHistory();
    const bytes = temporal.api.history.v1.History.encode(history).finish().length;
    const byType = new Map<string, number>();
    for (const e of history.events ?? []) {
      const name = (temporal.api.enums.v1.EventType[e.eventType ?? 0] ?? String(e.eventType)).replace(/^EVENT_TYPE_/, '');
      byType.set(name, (byType.get(name) ?? 0) + 1);
    }
    runs.push({ runId: ex.runId, status: ex.status.name, events: history.events?.length ?? 0, bytes, byType: Object.fromEntries([...byType].sort((a, b) => b[1] - a[1])) });
  }
  runs.reverse(); // oldest first
  const totalEvents = runs.reduce((a, r) => a + r.events, 0);
  const result: LongCaseResult = {
    caseId,
    reviews: o.reviews,
    lateReviews: late,
    months: o.reviews,
    seconds: round((Date.now() - started) / 1000, 1),
    runs,
    totalEvents,
    maxEventsPerRun: Math.max(...runs.map((r) => r.events)),
    maxBytesPerRun: Math.max(...runs.map((r) => r.bytes)),
    escalations: await escalations(stack, caseId),
    limits: { eventsPerRun: 51_200, bytesPerRun: 50 * 1024 * 1024, continueAsNewSuggestedAt: 4_096, caseWorkflowHistoryLimit: 2_000 },
    note: `One case through the API from report to follow-up, then ${o.reviews} monthly case reviews (a CASE_REVIEW deadline of 2 s stands for a month), every ${o.lateEvery}th one late so the first level alerts. No referral, court order or placement review: a busier case adds events (about 10 per action).`,
  };
  log(`5-year case: ${runs.length} run(s), ${totalEvents} events, largest run ${result.maxEventsPerRun} events / ${result.maxBytesPerRun} bytes`);
  return result;
}

async function escalations(stack: Stack, caseId: string): Promise<number> {
  return Number((await stack.pg!.query(`SELECT count(*) AS n FROM "Escalation" WHERE "caseId" = $1`, [caseId])).rows[0].n);
}
