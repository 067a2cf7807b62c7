// Typed configuration from the environment, validated at boot with zod. A bad
// value stops the process with one clear line per variable, never a stack.
import { z } from 'zod';

export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

export function parseConfig<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> {
  // An empty variable (compose's `${X:-}`) counts as unset.
  const given = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const result = schema.safeParse(given);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => {
    const name = i.path.join('.') || '(environment)';
    const value = env[String(i.path[0])];
    const shown = value === undefined ? 'not set' : `got ${JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value)}`;
    return `${name}: ${i.message} (${shown})`;
  });
  throw new ConfigError(problems);
}

/** For a process entry point: print the problems and exit 1. */
export function loadConfigOrExit<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> {
  try {
    return parseConfig(schema, env);
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
}

// Fragments shared by the apps' schemas.
export const url = (protocols: string[]) =>
  z.string().refine((v) => {
    try {
      return protocols.includes(new URL(v).protocol.replace(/:$/, ''));
    } catch {
      return false;
    }
  }, `must be a URL (${protocols.join(', ')})`);

export const port = z.coerce.number().int().min(1).max(65535);
export const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

export const databaseEnv = {
  DATABASE_URL: url(['postgresql', 'postgres']).default('postgresql://postgres@127.0.0.1:5432/masar'),
};
export const redisEnv = {
  REDIS_URL: url(['redis', 'rediss']).default('redis://127.0.0.1:6379'),
  MASAR_REDIS_PREFIX: z.string().regex(/^[\w:.-]+$/, 'letters, digits, _ : . - only').default('masar'),
};
export const temporalEnv = {
  TEMPORAL_ADDRESS: z.string().regex(/^[\w.-]+:\d+$/, 'must be host:port').default('127.0.0.1:7233'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('masar-pathways'),
  /** key-id:base64-32-bytes, comma-separated; the first encrypts, all decrypt */
  MASAR_CODEC_KEYS: z.string().min(1, 'is required: key-id:base64 (32 bytes), comma-separated'),
};

/**
 * TLS to Temporal (PEM files): a client certificate and key make it mutual
 * (production); a CA file verifies a private CA; the server name overrides
 * the host checked. Any of them turns TLS on; TEMPORAL_TLS alone, with the
 * system's CAs. Check with temporalTlsRule (cert and key go together).
 */
export const temporalTlsEnv = {
  TEMPORAL_TLS: bool.optional(),
  TEMPORAL_TLS_CERT: z.string().min(1).optional(),
  TEMPORAL_TLS_KEY: z.string().min(1).optional(),
  TEMPORAL_TLS_CA: z.string().min(1).optional(),
  TEMPORAL_TLS_SERVER_NAME: z.string().min(1).optional(),
};

export function temporalTlsRule(c: { TEMPORAL_TLS_CERT?: string; TEMPORAL_TLS_KEY?: string }, ctx: z.RefinementCtx): void {
  if (c.TEMPORAL_TLS_CERT && !c.TEMPORAL_TLS_KEY) ctx.addIssue({ code: 'custom', path: ['TEMPORAL_TLS_KEY'], message: 'is required with TEMPORAL_TLS_CERT (the client certificate and its key go together)' });
  if (c.TEMPORAL_TLS_KEY && !c.TEMPORAL_TLS_CERT) ctx.addIssue({ code: 'custom', path: ['TEMPORAL_TLS_CERT'], message: 'is required with TEMPORAL_TLS_KEY (the client certificate and its key go together)' });
}
