import { z } from 'zod';
import { bool, databaseEnv, redisEnv, temporalEnv, temporalTlsEnv, temporalTlsRule } from '../../../libs/config/load';
import { METRICS_PORTS, observabilityEnv } from '../../../libs/observability/config';

export const workerConfigSchema = z.object({
  ...databaseEnv,
  ...redisEnv,
  ...temporalEnv,
  ...temporalTlsEnv,
  ...observabilityEnv(METRICS_PORTS.worker),
  /** Workflows kept in memory; idle pathways replay their short history when woken. */
  WORKER_MAX_CACHED_WORKFLOWS: z.coerce.number().int().min(0).default(250),
  WORKER_MAX_WORKFLOW_TASKS: z.coerce.number().int().min(1).default(10),
  WORKER_MAX_ACTIVITIES: z.coerce.number().int().min(1).default(50),
  WORKER_DB_POOL: z.coerce.number().int().min(1).default(10),
  /** Frames a workflow's stack traces keep (UI stack trace, workflow task failures): each promise a workflow makes captures one (libs/temporal/stack-frames.ts). */
  WORKFLOW_STACK_FRAMES: z.coerce.number().int().min(0).max(100).default(4),
  /** The alert channels delivered (the notifier reads the same two). */
  EMAIL_ENABLED: bool.default(true),
  SMS_ENABLED: bool.default(true),
  /** First retry of a failed delivery (doubling each attempt); production keeps 15 s. */
  ALERT_RETRY_BASE_MS: z.coerce.number().int().min(100).default(15_000),
  /** A prebuilt workflow bundle (npm run build writes dist/workflow-bundle.js). */
  WORKER_BUNDLE_PATH: z.string().optional(),
}).superRefine(temporalTlsRule);
export type WorkerConfig = z.infer<typeof workerConfigSchema>;
