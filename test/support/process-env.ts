// The environment of a stack whose API, worker and notifier run as processes
// of their own (or beside the test): one task queue and one Redis prefix per
// stack, so that stacks never share work; HS256 test tokens; alerts by email
// to the test's SMTP sink, fast; no rate limit in the way.
import { runContext } from './run-context';

export interface ProcessEnvOptions {
  /** names the stack's task queue and Redis prefix (a random suffix keeps each run apart) */
  name: string;
  jwtSecret: string;
  smtpUrl: string;
}

/** Retries and reconciliation in seconds rather than minutes: for the tests that take a process or a server away. */
export const QUICK_RECOVERY: NodeJS.ProcessEnv = {
  ALERT_RETRY_BASE_MS: '500',
  RECONCILE_INTERVAL_MS: '1000',
  RECONCILE_AFTER_MS: '3000',
};

export function processEnv(o: ProcessEnvOptions, over: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const suffix = Math.random().toString(36).slice(2, 8);
  return {
    ...process.env,
    TZ: 'UTC',
    JWT_SECRET: o.jwtSecret,
    JWT_ALLOW_HS256: 'true',
    TEMPORAL_TASK_QUEUE: `${o.name}-${suffix}`,
    MASAR_REDIS_PREFIX: `${process.env.MASAR_REDIS_PREFIX}-${o.name}-${suffix}`,
    WORKER_BUNDLE_PATH: runContext().workflowBundlePath,
    EMAIL_ENABLED: 'true',
    SMS_ENABLED: 'false',
    SMTP_URL: o.smtpUrl,
    EMAIL_RATE_PER_SECOND: '500',
    // The suites send hundreds of requests per user and from one address: the
    // limiter runs, far above that (a test that needs a small limit sets one).
    API_RATE_LIMIT_PER_MINUTE: '1000000',
    API_RATE_LIMIT_ANON_PER_MINUTE: '1000000',
    ...over,
  };
}
