// The notifier's log: one line per event, never a personal detail beyond ids.
export interface NotifierLog {
  info(msg: string): void;
  warn(msg: string): void;
  error(msg: string): void;
}

export const consoleLog: NotifierLog = {
  info: (m) => console.log(`notifier: ${m}`),
  warn: (m) => console.warn(`notifier: ${m}`),
  error: (m) => console.error(`notifier: ${m}`),
};

export const silentLog: NotifierLog = { info: () => undefined, warn: () => undefined, error: () => undefined };
