// Solves a public challenge the way a browser does, without holding the event
// loop: the API under test runs in this process, and a solve of a second or
// more would stall its sockets (keep-alive races end as "fetch failed").
import { leadingZeroBits, workDigest } from '../../apps/api/src/public/proof-of-work';

export async function solveWithoutBlocking(nonce: string, difficulty: number): Promise<string> {
  for (let c = 0; ; c++) {
    if (leadingZeroBits(workDigest(nonce, c)) >= difficulty) return String(c);
    if (c % 2_000 === 1_999) await new Promise((resolve) => setImmediate(resolve));
  }
}
