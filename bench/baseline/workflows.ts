// The raw Temporal baseline: minimal workflows on the same dev server, worker
// settings and payload codec as Masar, receiving the same kind of update.
//
// rawShapedWorkflow has a case's event shape for an acknowledgement: it waits
// for the update on a timer (the step's deadline), and the update cancels it,
// runs `localActivities` local activities one after the other (Masar's
// projection writes: the benchmark sets the count it measured on Masar's own
// history), starts the next step's timer and answers a small state.
// rawTrivialWorkflow answers the update at once: Temporal's floor.
import { condition, defineUpdate, proxyLocalActivities, setHandler, sleep } from '@temporalio/workflow';

export interface RawState {
  acknowledged: boolean;
  stage: string;
  writes: number;
}

export const rawAcknowledgeUpdate = defineUpdate<RawState, [{ actor: string }]>('acknowledge');

const { noop } = proxyLocalActivities<{ noop(x: unknown): Promise<null> }>({ startToCloseTimeout: '30 seconds' });

export async function rawShapedWorkflow(input: { localActivities: number }): Promise<void> {
  const state: RawState = { acknowledged: false, stage: 'REPORTED', writes: 0 };
  setHandler(
    rawAcknowledgeUpdate,
    async ({ actor }) => {
      state.acknowledged = true;
      for (let i = 0; i < input.localActivities; i++) {
        await noop({ actor, i });
        state.writes++;
      }
      state.stage = 'ASSESSMENT';
      return state;
    },
    {
      validator: (a) => {
        if (typeof a?.actor !== 'string') throw new Error('the action carries no acting user');
      },
    },
  );
  await condition(() => state.acknowledged, '6 hours');
  await condition(() => false, '14 days');
}

export async function rawTrivialWorkflow(): Promise<void> {
  let n = 0;
  setHandler(rawAcknowledgeUpdate, () => ({ acknowledged: true, stage: 'ASSESSMENT', writes: ++n }));
  await condition(() => false, '14 days');
}

/** A raw timer due at `dueAt` (epoch ms): answers how late its workflow woke (workflow time − due). */
export async function rawTimerWorkflow(dueAt: number): Promise<number> {
  const wait = dueAt - Date.now();
  if (wait > 0) await sleep(wait);
  return Date.now() - dueAt;
}
