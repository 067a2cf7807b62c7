// Load for the actions phase: a pool of targets, each acted on once, and the two
// ways of sending actions at it: a closed loop (c clients, each sends its next
// action when its last one answered: capacity) and an open loop (the k-th action
// leaves at t0 + k/rate whatever happened to the others: latency at a fixed rate).
import { sleep } from './util';

/** One action on a target; a Masar action may read the case back after it (readMs, stale). */
export type Act = (target: string) => Promise<{ ok: boolean; readMs?: number; stale?: boolean }>;

/** The targets of a run, each used once. */
export class Pool {
  private i = 0;
  constructor(private readonly ids: string[]) {}
  next(): string | undefined {
    return this.ids[this.i++];
  }
  get left(): number {
    return this.ids.length - this.i;
  }
}

export async function closedLoop(pool: Pool, act: Act, concurrency: number, seconds: number): Promise<{ lat: number[]; reads: number[]; stale: number; failed: number; seconds: number }> {
  const lat: number[] = [];
  const reads: number[] = [];
  let failed = 0;
  let stale = 0;
  const t0 = performance.now();
  const end = t0 + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (;;) {
        if (performance.now() >= end) return;
        const id = pool.next();
        if (!id) return;
        const s = performance.now();
        const r = await act(id).catch(() => ({ ok: false }) as Awaited<ReturnType<Act>>);
        if (r.ok) lat.push(performance.now() - s);
        else failed++;
        if (r.readMs !== undefined) reads.push(r.readMs);
        if (r.stale) stale++;
      }
    }),
  );
  return { lat, reads, stale, failed, seconds: (performance.now() - t0) / 1000 };
}

export async function openLoop(pool: Pool, act: Act, rate: number, seconds: number): Promise<{ lat: number[]; reads: number[]; stale: number; failed: number; seconds: number }> {
  const lat: number[] = [];
  const reads: number[] = [];
  let failed = 0;
  let stale = 0;
  const n = Math.round(rate * seconds);
  const t0 = performance.now() + 50;
  const inflight: Promise<void>[] = [];
  for (let k = 0; k < n; k++) {
    const id = pool.next();
    if (!id) break;
    const scheduled = t0 + (k * 1000) / rate;
    const wait = scheduled - performance.now();
    if (wait > 1) await sleep(wait);
    inflight.push(
      act(id)
        .catch(() => ({ ok: false }) as Awaited<ReturnType<Act>>)
        .then((r) => {
          if (r.ok) lat.push(performance.now() - scheduled);
          else failed++;
          if (r.readMs !== undefined) reads.push(r.readMs);
          if (r.stale) stale++;
        }),
    );
  }
  await Promise.all(inflight);
  return { lat, reads, stale, failed, seconds: (performance.now() - t0) / 1000 };
}
