// The notifier's configuration, validated at boot. Defaults work on one
// machine (npm start runs a local SMTP sink on 2525 and SMSC on 2775); SMTP
// settings are only required when email is on, SMPP ones when SMS is on. No
// credential has a default: SMPP_SYSTEM_ID and SMPP_PASSWORD are required when
// SMS is on (npm start generates them for its embedded SMSC).
import { z } from 'zod';
import { bool, databaseEnv, redisEnv, temporalEnv, temporalTlsEnv, temporalTlsRule, url } from '../../../libs/config/load';
import { METRICS_PORTS, observabilityEnv } from '../../../libs/observability/config';

const ms = (fallback: number) => z.coerce.number().int().min(1).default(fallback);
const count = (fallback: number) => z.coerce.number().int().min(1).default(fallback);
/** An empty variable (compose's `${X:-}`) counts as unset. */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

export const notifierConfigSchema = z
  .object({
    ...databaseEnv,
    ...redisEnv,
    TEMPORAL_ADDRESS: temporalEnv.TEMPORAL_ADDRESS,
    TEMPORAL_NAMESPACE: temporalEnv.TEMPORAL_NAMESPACE,
    MASAR_CODEC_KEYS: temporalEnv.MASAR_CODEC_KEYS,
    ...temporalTlsEnv,
    ...observabilityEnv(METRICS_PORTS.notifier),
    NOTIFIER_DB_POOL: count(5),
    MASAR_PUBLIC_URL: url(['http', 'https']).default('http://127.0.0.1:3000'),

    EMAIL_ENABLED: bool.default(true),
    SMTP_URL: optional(url(['smtp', 'smtps'])),
    SMTP_FROM: z.string().regex(/@[^\s>]+>?\s*$/, 'must be an address, e.g. "Masar <no-reply@example.ma>"').default('Masar <no-reply@masar.localhost>'),
    SMTP_REQUIRE_TLS: bool.default(false),
    /** PEM file of the CA that signed the SMTP server's certificate, when it is not a public one. */
    SMTP_TLS_CA_FILE: optional(z.string()),
    EMAIL_RATE_PER_SECOND: count(10),
    EMAIL_CONCURRENCY: count(5),

    SMS_ENABLED: bool.default(true),
    SMPP_URL: optional(url(['smpp', 'ssmpp'])),
    /** PEM file of the CA that signed the SMSC's certificate (ssmpp://), when it is not a public one. */
    SMPP_TLS_CA_FILE: optional(z.string()),
    SMPP_SYSTEM_ID: optional(z.string().max(15, 'at most 15 characters (SMPP v3.4)')),
    SMPP_PASSWORD: optional(z.string().max(8, 'at most 8 characters (SMPP v3.4)')),
    SMPP_SYSTEM_TYPE: z.string().max(12).default(''),
    SMPP_SOURCE_ADDR: z.string().regex(/^(\+?\d{3,15}|[A-Za-z0-9 ]{1,11})$/, 'a number or up to 11 letters and digits').default('Masar'),
    SMPP_RESPONSE_TIMEOUT_MS: ms(10_000),
    SMPP_ENQUIRE_LINK_MS: ms(30_000),
    SMPP_RECONNECT_MIN_MS: ms(1_000),
    SMPP_RECONNECT_MAX_MS: ms(60_000),
    SMS_RATE_PER_SECOND: count(5),
    SMS_CONCURRENCY: count(5),
    /** Complaints by SMS to the service number: taken when true (the notifier then starts their workflows on this task queue). */
    PUBLIC_SMS_COMPLAINTS: bool.default(true),
    TEMPORAL_TASK_QUEUE: temporalEnv.TEMPORAL_TASK_QUEUE,
    /** the province whose delegate answers complaints by SMS (the SMS names none) */
    PUBLIC_SMS_PROVINCE: z.string().regex(/^[A-Z][A-Z0-9_]{1,63}$/).default('RABAT'),
    /** complaints taken from one number per hour; more are acknowledged to the SMSC and dropped */
    PUBLIC_COMPLAINTS_PER_HOUR: z.coerce.number().int().min(0).default(5),

    RECONCILE_INTERVAL_MS: ms(60_000),
    RECONCILE_AFTER_MS: ms(300_000),
    SHUTDOWN_GRACE_MS: ms(20_000),
  })
  .transform((c, ctx) => {
    // Local defaults only when nothing says otherwise; a server sets its own.
    const local = {
      SMTP_URL: c.SMTP_URL ?? 'smtp://127.0.0.1:2525',
      SMPP_URL: c.SMPP_URL ?? 'smpp://127.0.0.1:2775',
      SMPP_SYSTEM_ID: c.SMPP_SYSTEM_ID ?? '',
      SMPP_PASSWORD: c.SMPP_PASSWORD ?? '',
    };
    if (c.SMS_ENABLED) {
      for (const name of ['SMPP_SYSTEM_ID', 'SMPP_PASSWORD'] as const) {
        if (!c[name]) ctx.addIssue({ code: 'custom', path: [name], message: `required when SMS is on (the SMSC's bind credentials; there is no default)` });
      }
    }
    temporalTlsRule(c, ctx);
    if (!c.EMAIL_ENABLED && !c.SMS_ENABLED) {
      ctx.addIssue({ code: 'custom', path: ['EMAIL_ENABLED'], message: 'EMAIL_ENABLED and SMS_ENABLED are both false: the notifier would deliver nothing' });
    }
    return { ...c, ...local };
  });

export type NotifierConfig = z.infer<typeof notifierConfigSchema>;
