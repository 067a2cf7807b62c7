// Turns a case's Temporal history (every run, across continue-as-new) into a
// readable timeline for supervisors: payloads are decrypted with Masar's
// codec and converted with the default payload converter (public SDK APIs).
// Every payload Masar writes is encrypted: one that is not was sent by someone
// who reached Temporal without the API, and the pathway refused it
// (workflows/trust.interceptors.ts); the timeline says so instead of showing
// its content as if it were a fact.
import { defaultPayloadConverter, type Payload } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import type { Client } from '@temporalio/client';
import { isEncrypted, type AesGcmCodec } from '../../../../libs/temporal/codec';

export const REFUSED_PAYLOAD = '(unauthenticated payload: refused by the pathway)';

type HistoryEvent = temporal.api.history.v1.IHistoryEvent;
const EventType = temporal.api.enums.v1.EventType;

export interface TimelineEntry {
  runId: string;
  eventId: number;
  at: string | null;
  type: string;
  summary: string;
  details?: unknown;
}

function isPayload(v: unknown): v is Payload {
  return !!v && typeof v === 'object' && 'metadata' in v && !!(v as Payload).metadata?.encoding;
}

/** Decodes every payload found in the event, in place of the encrypted bytes. */
async function decodeDeep(value: unknown, codec: AesGcmCodec): Promise<unknown> {
  if (isPayload(value)) {
    if (!isEncrypted(value)) return REFUSED_PAYLOAD;
    const [plain] = await codec.decode([value]);
    try {
      return defaultPayloadConverter.fromPayload(plain);
    } catch {
      return '(undecodable payload)';
    }
  }
  if (Array.isArray(value)) return Promise.all(value.map((v) => decodeDeep(v, codec)));
  if (value && typeof value === 'object' && !(value instanceof Uint8Array)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = await decodeDeep(v, codec);
    return out;
  }
  return value;
}

const first = (payloads: unknown): unknown => (Array.isArray(payloads) ? (payloads.length === 1 ? payloads[0] : payloads) : payloads);

function toMillis(d: unknown): number | null {
  if (!d || typeof d !== 'object') return null;
  const { seconds, nanos } = d as { seconds?: number | { toNumber(): number }; nanos?: number };
  const s = typeof seconds === 'number' ? seconds : seconds?.toNumber() ?? 0;
  return s * 1000 + Math.round((nanos ?? 0) / 1e6);
}

async function describe(e: HistoryEvent, codec: AesGcmCodec): Promise<Omit<TimelineEntry, 'runId' | 'eventId' | 'at'> | null> {
  const type = EventType[e.eventType ?? 0]?.replace(/^EVENT_TYPE_/, '') ?? String(e.eventType);
  const a = e as Record<string, any>;
  switch (e.eventType) {
    case EventType.EVENT_TYPE_WORKFLOW_EXECUTION_STARTED: {
      const attrs = a.workflowExecutionStartedEventAttributes;
      const input = await decodeDeep(attrs.input?.payloads, codec);
      return { type, summary: attrs.continuedExecutionRunId ? 'pathway continued in a new run (continue-as-new)' : `pathway started (${attrs.workflowType?.name})`, details: { input: first(input) } };
    }
    case EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW:
      return { type, summary: 'run closed: the pathway continues in a new run (continue-as-new)' };
    case EventType.EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED:
      return { type, summary: 'pathway closed', details: { result: first(await decodeDeep(a.workflowExecutionCompletedEventAttributes.result?.payloads, codec)) } };
    case EventType.EVENT_TYPE_TIMER_STARTED: {
      const attrs = a.timerStartedEventAttributes;
      const ms = toMillis(attrs.startToFireTimeout);
      return { type, summary: `timer ${attrs.timerId} set for ${ms !== null ? `${Math.round(ms / 1000)} s` : '?'}`, details: { timerId: attrs.timerId, seconds: ms !== null ? ms / 1000 : null } };
    }
    case EventType.EVENT_TYPE_TIMER_FIRED:
      return { type, summary: `timer ${a.timerFiredEventAttributes.timerId} fired (a deadline or an escalation interval passed)` };
    case EventType.EVENT_TYPE_TIMER_CANCELED:
      return { type, summary: `timer ${a.timerCanceledEventAttributes.timerId} cancelled (the awaited action arrived)` };
    case EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED: {
      const attrs = a.activityTaskScheduledEventAttributes;
      const input = first(await decodeDeep(attrs.input?.payloads, codec)) as Record<string, unknown> | undefined;
      const name = attrs.activityType?.name;
      const summary =
        name === 'sendAlert' && input
          ? `alert: ${input.step} level ${input.level} (${input.ladderRole})`
          : `activity ${name}`;
      return { type, summary, details: { activity: name, input } };
    }
    case EventType.EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED: {
      const attrs = a.workflowExecutionSignaledEventAttributes;
      const input = first(await decodeDeep(attrs.input?.payloads, codec));
      const refused = Array.isArray(input) ? input.includes(REFUSED_PAYLOAD) : input === REFUSED_PAYLOAD;
      return { type, summary: `signal ${attrs.signalName}${refused ? ' (unauthenticated: ignored)' : ''}`, details: { input } };
    }
    case EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED: {
      const req = a.workflowExecutionUpdateAcceptedEventAttributes.acceptedRequest;
      const args = first(await decodeDeep(req?.input?.args?.payloads, codec)) as { actor?: { userId: string; role: string } } | undefined;
      const by = args?.actor ? ` by ${args.actor.userId} (${args.actor.role})` : '';
      return { type, summary: `action ${req?.input?.name}${by}`, details: { update: req?.input?.name, args } };
    }
    case EventType.EVENT_TYPE_START_CHILD_WORKFLOW_EXECUTION_INITIATED: {
      const attrs = a.startChildWorkflowExecutionInitiatedEventAttributes;
      return { type, summary: `child pathway ${attrs.workflowId} started (${attrs.workflowType?.name})` };
    }
    case EventType.EVENT_TYPE_UPSERT_WORKFLOW_SEARCH_ATTRIBUTES:
    case EventType.EVENT_TYPE_WORKFLOW_TASK_SCHEDULED:
    case EventType.EVENT_TYPE_WORKFLOW_TASK_STARTED:
    case EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED:
    case EventType.EVENT_TYPE_ACTIVITY_TASK_STARTED:
    case EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_COMPLETED:
      return null; // mechanics, not pathway facts
    case EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED:
      return null;
    case EventType.EVENT_TYPE_ACTIVITY_TASK_FAILED:
      return { type, summary: 'an activity attempt failed (retried)' };
    default:
      return { type, summary: type.toLowerCase().replace(/_/g, ' ') };
  }
}

/** Every run of the workflow, oldest first (walking back along continue-as-new). */
async function runsOf(client: Client, workflowId: string): Promise<{ runId: string; events: HistoryEvent[] }[]> {
  const runs: { runId: string; events: HistoryEvent[] }[] = [];
  let runId: string | undefined;
  for (let guard = 0; guard < 1000; guard++) {
    const handle = client.workflow.getHandle(workflowId, runId);
    const history = await handle.fetchHistory();
    const events = history.events ?? [];
    const started = events[0]?.workflowExecutionStartedEventAttributes;
    const id = runId ?? (await handle.describe()).runId;
    runs.unshift({ runId: id, events });
    runId = started?.continuedExecutionRunId || undefined;
    if (!runId) break;
  }
  return runs;
}

export async function caseTimeline(client: Client, codec: AesGcmCodec, workflowId: string): Promise<TimelineEntry[]> {
  const entries: TimelineEntry[] = [];
  for (const run of await runsOf(client, workflowId)) {
    for (const e of run.events) {
      const d = await describe(e, codec);
      if (!d) continue;
      const ms = toMillis(e.eventTime);
      entries.push({ runId: run.runId, eventId: Number(e.eventId ?? 0), at: ms !== null ? new Date(ms).toISOString() : null, ...d });
    }
  }
  return entries;
}
