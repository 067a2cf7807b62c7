// The notifier process: delivers alert emails and SMS from the BullMQ queues
// until SIGTERM or SIGINT, then stops taking jobs, lets in-flight ones finish
// (SHUTDOWN_GRACE_MS) and exits. A second signal exits at once. JSON logs on
// stdout; Prometheus metrics on METRICS_HOST:METRICS_PORT; traces when configured.
import { loadConfigOrExit } from '../../../libs/config/load';
import { notifierConfigSchema } from './config';
import { createLog } from '../../../libs/observability/log';
import { serveMetrics } from '../../../libs/observability/metrics';
import { startTracing } from '../../../libs/observability/tracing';
import type { NotifierLog } from './log';
import { startNotifier, type Notifier } from './notifier';

export interface ShutdownHooks {
  signals: Pick<NodeJS.Process, 'once'>;
  exit(code: number): void;
  log: NotifierLog;
}

/** Closes the notifier on the first SIGTERM/SIGINT, then exits. */
export function stopOnSignal(notifier: Pick<Notifier, 'close'>, hooks: ShutdownHooks): void {
  let stopping = false;
  const onSignal = (signal: string) => {
    if (stopping) {
      hooks.log.warn(`${signal} again: exiting now`);
      hooks.exit(1);
      return;
    }
    stopping = true;
    hooks.log.info(`${signal}: finishing in-flight deliveries`);
    notifier.close().then(
      () => hooks.exit(0),
      (e: Error) => {
        hooks.log.error(`stop failed: ${e.message}`);
        hooks.exit(1);
      },
    );
    hooks.signals.once(signal as NodeJS.Signals, () => onSignal(signal));
  };
  hooks.signals.once('SIGTERM', () => onSignal('SIGTERM'));
  hooks.signals.once('SIGINT', () => onSignal('SIGINT'));
}

async function main(): Promise<void> {
  const config = loadConfigOrExit(notifierConfigSchema);
  const log = createLog('notifier', config);
  const tracing = startTracing('notifier', config);
  const notifier = await startNotifier(config, { log });
  const metrics = await serveMetrics(notifier.metrics, config, log);
  const stop = async () => {
    await notifier.close();
    await Promise.allSettled([metrics?.close(), tracing?.shutdown()]);
  };
  stopOnSignal({ close: stop }, { signals: process, exit: (code) => process.exit(code), log });
}

if (require.main === module) {
  main().catch((err) => {
    console.error('notifier: fatal', err);
    process.exit(1);
  });
}
