// Alert activities: one delivery row per recipient and channel, and its
// BullMQ job, for the channels the notifier delivers (same EMAIL_ENABLED /
// SMS_ENABLED as the notifier, or rows for a disabled channel would wait forever).
import { createAlertActivities } from '../../../activities/alerts';
import type { Db } from '../../../libs/db/prisma';
import type { Channel } from '../../../libs/notify/channels';
import { openAlertOutbox } from '../../../libs/notify/queues';
import type { WorkerConfig } from './config';
import { createAlertPorts } from './ports/alert-ports';

export async function alertActivities(config: WorkerConfig, db: Db) {
  const channels: Channel[] = [...(config.EMAIL_ENABLED ? (['EMAIL'] as const) : []), ...(config.SMS_ENABLED ? (['SMS'] as const) : [])];
  const outbox = openAlertOutbox({
    redisUrl: config.REDIS_URL,
    prefix: config.MASAR_REDIS_PREFIX,
    channels,
    jobOptions: { backoff: { type: 'exponential', delay: config.ALERT_RETRY_BASE_MS } },
  });
  const ports = createAlertPorts(db, outbox);
  return { activities: createAlertActivities(ports), ports, close: () => outbox.close() };
}
