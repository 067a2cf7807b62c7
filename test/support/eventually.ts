// The one polling helper of the test tree, for tests of real processes
// (integration, notifier, faults, and the workflow specs that run on the dev
// server) where pathways and deliveries move on their own in real time.
// Workflow specs on the time-skipping server never poll: they advance
// workflow time and then read (test/workflows/harness.ts).

export interface EventuallyOptions {
  /** give up after this long (default 20 s) */
  timeoutMs?: number;
  /** pause between two checks (default 150 ms) */
  intervalMs?: number;
  /** one check that takes longer counts as failed (default 5 s): a call left unanswered never stalls the wait */
  attemptMs?: number;
}

/** Checks until `check` returns a truthy value, and returns it. */
export async function eventually<T>(
  check: () => T | Promise<T>,
  options: number | EventuallyOptions = {},
): Promise<Exclude<T, false | null | undefined>> {
  const { timeoutMs = 20_000, intervalMs = 150, attemptMs = 5_000 } = typeof options === 'number' ? { timeoutMs: options } : options;
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    let timer: NodeJS.Timeout | undefined;
    try {
      const v = await Promise.race([
        Promise.resolve().then(check),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`a check took over ${attemptMs} ms`)), attemptMs);
        }),
      ]);
      if (v) return v as Exclude<T, false | null | undefined>;
      last = `the check returned ${String(v)}`;
    } catch (e) {
      last = e;
    } finally {
      clearTimeout(timer);
    }
    if (Date.now() > deadline) throw new Error(`condition not met in ${timeoutMs} ms${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
