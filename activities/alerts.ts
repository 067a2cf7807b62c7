// The alert activity: for one ladder level of one step, find who must be told
// (the directory), write one delivery row per recipient and channel (unique
// on workflow id + step + level + recipient + channel) and enqueue its job
// under the same key; then return. Delivery is the notifier's job. A retried
// activity finds its rows and enqueues again only what is still queued, so it
// never creates a second delivery. The directory, the case facts and the
// outbox are ports (./ports.ts); apps/worker/src/ports/alert-ports.ts
// implements them with PostgreSQL and BullMQ.
import type { AlertFacts } from '../libs/notify/alert-message';
import { CHANNELS, type Channel } from '../libs/notify/channels';
import type { AlertInput, AlertOutcome } from './alert-contract';
import type { AlertCaseFacts, AlertPorts, AlertRecipient, NewDelivery } from './ports';

/** What a delivery row carries about its alert: the workflow's facts and the case's (never a name). */
export function alertFacts(input: AlertInput, facts: AlertCaseFacts): AlertFacts {
  if (input.feedback) {
    // The reporting structure learns that its report was received and how the case ended,
    // in general terms: nothing about the child (no initials, age or category).
    return {
      alertKey: input.key,
      workflowId: input.workflowId,
      caseWorkflowId: input.caseWorkflowId,
      caseId: input.caseId,
      caseReference: '',
      initials: null,
      ageYears: null,
      ageEstimated: false,
      provinceCode: input.provinceCode,
      provinceName: facts.provinceName,
      category: '',
      step: input.step,
      stepKey: input.stepKey,
      level: input.level,
      ladderRole: input.ladderRole,
      dueAt: input.dueAt,
      alertedAt: input.alertedAt,
      notice: true,
      feedback: { kind: input.feedback.kind, reportId: input.feedback.reportId, outcome: input.feedback.outcome ?? null },
    };
  }
  return {
    alertKey: input.key,
    workflowId: input.workflowId,
    caseWorkflowId: input.caseWorkflowId,
    caseId: input.caseId,
    caseReference: input.caseReference,
    provinceCode: input.provinceCode,
    category: input.category,
    step: input.step,
    stepKey: input.stepKey,
    level: input.level,
    ladderRole: input.ladderRole,
    dueAt: input.dueAt,
    alertedAt: input.alertedAt,
    ...(input.notice ? { notice: true } : {}),
    ...(input.urgent ? { urgent: true } : {}),
    ...facts,
  };
}

/** workflow id + step + level (the alert key) + recipient + channel */
function deliveryKey(alertKey: string, recipientId: string, channel: Channel): string {
  return `${alertKey}:${recipientId}:${channel}`;
}

function addressFor(r: AlertRecipient, channel: Channel): string | null {
  return channel === 'EMAIL' ? r.email : r.phone;
}

/** An escalation goes on every channel the recipient has; a notice on the first of their order. */
function channelsFor(r: AlertRecipient, delivered: readonly Channel[], notice: boolean): Channel[] {
  const usable = delivered.filter((ch) => addressFor(r, ch));
  if (!notice) return usable;
  const preferred = [...r.channelOrder, ...CHANNELS].find((ch) => usable.includes(ch));
  return preferred ? [preferred] : [];
}

export function createAlertActivities(ports: AlertPorts) {
  return {
    async sendAlert(input: AlertInput): Promise<AlertOutcome> {
      const found = await ports.directory.recipientsFor(input);
      // Someone without an address in any delivered channel cannot be told: the ladder climbs.
      const reachable = found.filter((r) => ports.outbox.channels.some((ch) => addressFor(r, ch)));
      if (reachable.length === 0) return { recipients: 0, deliveries: 0 };

      const payload = alertFacts(input, await ports.cases.factsFor(input));
      const wanted: NewDelivery[] = reachable.flatMap((r) =>
        channelsFor(r, ports.outbox.channels, (input.notice || !!input.feedback) && !input.urgent).map((channel) => ({
          key: deliveryKey(input.key, r.userId, channel),
          channel,
          recipientId: r.userId,
          address: addressFor(r, channel) as string,
          language: r.language,
          caseId: input.caseId,
          workflowId: input.workflowId,
          step: input.step,
          level: input.level,
          payload,
        })),
      );
      const rows = await ports.outbox.record(wanted);
      for (const row of rows) {
        // Sent, delivered or failed rows keep their outcome; only a queued one needs its job.
        if (row.status === 'QUEUED') await ports.outbox.dispatch(row.channel, row.key);
      }
      return { recipients: reachable.length, deliveries: rows.length };
    },
  };
}

export type AlertActivities = ReturnType<typeof createAlertActivities>;
