// A child process of `npm start` kept running: when it dies, it is started
// again after a backoff (1 s, doubling to 30 s; back to 1 s once a run lasted
// a minute), and the console says so. Only stop() ends it (Ctrl-C, SIGTERM).
'use strict';

/**
 * @param {{ name: string, start: () => import('node:child_process').ChildProcess, log: (line: string) => void,
 *           minBackoffMs?: number, maxBackoffMs?: number, stableMs?: number }} o
 */
function supervise(o) {
  const min = o.minBackoffMs ?? 1_000;
  const max = o.maxBackoffMs ?? 30_000;
  const stableMs = o.stableMs ?? 60_000;
  let backoff = min;
  let restarts = 0;
  let stopping = false;
  let timer = null;
  let child = null;

  const run = () => {
    timer = null;
    const startedAt = Date.now();
    child = o.start();
    child.once('exit', (code, signal) => {
      if (stopping) return;
      if (Date.now() - startedAt >= stableMs) backoff = min;
      restarts += 1;
      o.log(`${o.name} exited (${signal ?? `code ${code}`}); restarting it in ${backoff / 1000} s (restart ${restarts})`);
      timer = setTimeout(run, backoff);
      backoff = Math.min(backoff * 2, max);
    });
  };
  run();

  return {
    name: o.name,
    get child() {
      return child;
    },
    get restarts() {
      return restarts;
    },
    /** SIGTERM, then SIGKILL after graceMs; no restart afterwards. */
    stop(graceMs) {
      stopping = true;
      if (timer) clearTimeout(timer);
      return new Promise((resolve) => {
        if (!child || child.exitCode !== null || child.signalCode !== null) return resolve();
        const kill = setTimeout(() => child.kill('SIGKILL'), graceMs);
        child.once('exit', () => {
          clearTimeout(kill);
          resolve();
        });
        child.kill('SIGTERM');
      });
    },
  };
}

module.exports = { supervise };
