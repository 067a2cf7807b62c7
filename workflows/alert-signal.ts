// The one definition of the notifier's signal to a pathway: every delivery of
// an alert failed for good, so the ladder climbs to the next level at once.
// The case, referral and complaint workflows all handle it; the notifier sends it.
import { defineSignal } from '@temporalio/workflow';
import type { AlertDeliveryFailed } from '../activities/alert-contract';

export type { AlertDeliveryFailed } from '../activities/alert-contract';

export const alertDeliveryFailedSignal = defineSignal<[AlertDeliveryFailed]>('alertDeliveryFailed');
