// Tells a pathway workflow that nobody at a ladder level could be alerted, so
// it climbs at once. A workflow that has ended no longer cares.
import type { Client } from '@temporalio/client';
import { WorkflowNotFoundError } from '@temporalio/common';
import { alertDeliveryFailedSignal, type AlertDeliveryFailed } from '../../../workflows/alert-signal';

export interface PathwaySignals {
  /** resolves false when the workflow no longer exists */
  alertDeliveryFailed(workflowId: string, payload: AlertDeliveryFailed): Promise<boolean>;
}

/** `client` is awaited at each signal: the notifier connects to Temporal only when first needed. */
export function createPathwaySignals(client: () => Promise<Client>): PathwaySignals {
  return {
    async alertDeliveryFailed(workflowId, payload) {
      try {
        await (await client()).workflow.getHandle(workflowId).signal(alertDeliveryFailedSignal, payload);
        return true;
      } catch (e) {
        if (e instanceof WorkflowNotFoundError) return false;
        throw e;
      }
    },
  };
}
