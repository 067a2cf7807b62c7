// Where the built console is (dist/console, written by `npm run build`), and
// the Content-Security-Policy of its pages: this origin only, no inline
// script or style, the identity provider reachable for the token exchange.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ApiConfig } from '../config';

/** The console's folder, or null when it was not built (the API then serves no console). */
export function consoleDir(config: Pick<ApiConfig, 'CONSOLE_DIR'>): string | null {
  const candidates = config.CONSOLE_DIR
    ? [resolve(config.CONSOLE_DIR)]
    : [
        // compiled: dist/apps/api/src/session -> dist/console
        resolve(__dirname, '..', '..', '..', '..', 'console'),
        // from source (tests): apps/api/src/session -> dist/console
        resolve(__dirname, '..', '..', '..', '..', 'dist', 'console'),
      ];
  return candidates.find((dir) => existsSync(join(dir, 'index.html'))) ?? null;
}

export function consoleCsp(config: Pick<ApiConfig, 'CONSOLE_OIDC_AUTHORITY'>): string {
  const connect = ["'self'"];
  if (config.CONSOLE_OIDC_AUTHORITY) connect.push(new URL(config.CONSOLE_OIDC_AUTHORITY).origin);
  return [
    "default-src 'self'",
    "base-uri 'self'",
    `connect-src ${connect.join(' ')}`,
    "font-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "img-src 'self' data:",
    "object-src 'none'",
    "script-src 'self'",
    "script-src-attr 'none'",
    "style-src 'self'",
  ].join('; ');
}
