// The notifier's log: one line per event, never a personal detail beyond ids.
// The process's JSON log (libs/observability/log.ts) is one; tests pass silentLog.
export interface NotifierLog {
  info(msg: string): void;
  warn(msg: string): void;
  error(msg: string): void;
}

export const silentLog: NotifierLog = { info: () => undefined, warn: () => undefined, error: () => undefined };
