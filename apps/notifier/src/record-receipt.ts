// A delivery receipt from the SMS provider: "delivered" or "undeliverable" for
// a message we sent. Recorded before the receipt is acknowledged, so a crash
// in between makes the provider deliver it again rather than lose it.
import type { SmsReceipt } from '../../../libs/notify/channels';
import { DELIVERY_STATUS, type DeliveryStore } from './delivery-store';
import type { ReportFailure } from './report-failure';

/** Resolves false when no delivery knows the id (yet): the provider should try again later. */
export type RecordReceipt = (receipt: SmsReceipt) => Promise<boolean>;

export function createRecordReceipt(deps: { store: DeliveryStore; reportFailure: ReportFailure }): RecordReceipt {
  return async (receipt) => {
    const row = await deps.store.findByProviderMessageId(receipt.providerMessageId);
    if (!row) return false;
    if (receipt.outcome === 'DELIVERED') await deps.store.markDelivered(row.key, receipt.detail);
    else if (receipt.outcome === 'UNDELIVERABLE') {
      // One lost part is a lost message, even after another part was delivered.
      await deps.reportFailure(row, DELIVERY_STATUS.UNDELIVERABLE, [DELIVERY_STATUS.SENT, DELIVERY_STATUS.DELIVERED], `receipt ${receipt.detail}`.trim());
    }
    return true;
  };
}
