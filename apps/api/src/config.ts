import { z } from 'zod';
import { bool, databaseEnv, port, redisEnv, temporalEnv, url } from '../../../libs/config/load';

/** `scheme://host[:port]` and nothing more: what a browser sends as Origin. */
const isOrigin = (v: string): boolean => {
  try {
    const u = new URL(v);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.origin === v;
  } catch {
    return false;
  }
};

export const apiConfigSchema = z
  .object({
    ...databaseEnv,
    ...redisEnv,
    ...temporalEnv,
    PORT: port.default(3000),
    HOST: z.string().default('127.0.0.1'),
    API_DB_POOL: z.coerce.number().int().min(1).default(10),
    /** HS256 secret for development and tests (at least 32 characters). */
    JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    /** RS256 tokens of a real identity provider, verified against its JWKS. */
    JWT_JWKS_URL: url(['https', 'http']).optional(),
    JWT_ISSUER: z.string().optional(),
    JWT_AUDIENCE: z.string().default('masar'),
    /** Origin of the Temporal UI allowed to call the codec endpoint. */
    TEMPORAL_UI_ORIGIN: z.string().default('http://127.0.0.1:8233'),
    /** Browser origins (comma-separated) allowed to call /api/v1; none by default. */
    API_CORS_ORIGINS: z
      .string()
      .transform((v) => v.split(',').map((o) => o.trim()).filter(Boolean))
      .refine((list) => list.every(isOrigin), 'must be comma-separated origins such as https://portal.example.ma (no path, no trailing slash)')
      .default([]),
    /** Requests per minute per identity (user or API key), and per source address without one; 0 turns a limit off. */
    API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(600),
    API_RATE_LIMIT_ANON_PER_MINUTE: z.coerce.number().int().min(0).default(60),
    MASAR_TIME_ZONE: z.string().default('Africa/Casablanca'),
    API_DOCS: bool.default(true),
    /** Largest document attached to a case (bytes): a larger upload is a 413 and stores nothing. */
    DOCUMENT_MAX_BYTES: z.coerce.number().int().min(1024).max(50 * 1024 * 1024).default(5 * 1024 * 1024),
  })
  .refine((c) => c.JWT_SECRET || c.JWT_JWKS_URL, {
    message: 'set JWT_SECRET (development) or JWT_JWKS_URL (identity provider)',
    path: ['JWT_SECRET'],
  });
export type ApiConfig = z.infer<typeof apiConfigSchema>;
export const API_CONFIG = Symbol('API_CONFIG');
