// The open population, built through the Temporal client (as the issue
// allows, to save time): the child, case and report rows an API report
// writes, inserted in bulk, then the same workflow start the API makes, 32 in
// flight, with Masar's worker running every pathway's first workflow task
// (case projection, acknowledgement step and its timer). Built until the
// population is reached or the time budget is spent; the size reached is
// what the results report. Temporal's database size per pathway is read
// from the dev server's SQLite file when it has one.
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../libs/db/prisma';
import type { Stack } from '../lib/stack';
import { log, mapLimit, round, sleep } from '../lib/util';
import { directStart, prepareDirect } from './start-throughput';

export const POPULATION_PROVINCE = 'SALE';
export const POPULATION_COORDINATOR = 'u-sale-coordinator';

export interface PopulationResult {
  requested: number;
  built: number;
  seconds: number;
  rate: number;
  capped: boolean;
  /** why the build stopped before its size or its budget: a start Temporal refused (the server's last log lines are in the run's log) */
  stoppedBy?: string;
  /** case ids, oldest first (their acknowledgement step is open) */
  caseIds: string[];
  temporalDbMb: number | null;
  temporalDbBytesPerPathway: number | null;
}

const CHUNK = 1000;

export function temporalDbBytes(stack: Stack): number | null {
  const file = path.join(stack.tmp, 'temporal.db');
  if (!fs.existsSync(file)) return null;
  return ['', '-wal', '-shm'].reduce((a, suffix) => a + (fs.existsSync(file + suffix) ? fs.statSync(file + suffix).size : 0), 0);
}

async function openSteps(stack: Stack): Promise<number> {
  return Number((await stack.pg!.query(`SELECT count(*) AS n FROM "OpenStep" WHERE "provinceCode" = $1`, [POPULATION_PROVINCE])).rows[0].n);
}

export async function buildPopulationDirect(stack: Stack, db: Db, o: { count: number; maxSeconds: number; offset: number }): Promise<PopulationResult> {
  const t0 = performance.now();
  const bytes0 = temporalDbBytes(stack);
  const base = await openSteps(stack);
  const caseIds: string[] = [];
  let capped = false;
  let stoppedBy: string | undefined;
  for (let done = 0; done < o.count && !stoppedBy; done += CHUNK) {
    stack.check();
    if ((performance.now() - t0) / 1000 > o.maxSeconds) {
      capped = true;
      break;
    }
    const prepared = await prepareDirect(db, Math.min(CHUNK, o.count - done), o.offset + done, POPULATION_PROVINCE);
    // A refused start ends the build at the size reached (the pathways started are kept): the
    // phases after it then measure that population, and the run says why it is smaller.
    const started = await mapLimit(prepared, 32, (p) =>
      directStart(stack.client!, p.input, stack.taskQueue).then(
        () => p.input.caseId,
        (e: Error) => {
          stoppedBy ??= `${e.name}: ${e.message}`;
          return null;
        },
      ),
    );
    caseIds.push(...started.filter((id): id is string => id !== null));
    if (stoppedBy) {
      log(`population: a start failed after ${caseIds.length} pathways (${stoppedBy}); the dev server's last log lines:\n${stack.temporal?.lastLines() ?? '(none)'}`);
      await sleep(10_000); // what the server does next, in its log, before the next phase
      log(`population: the dev server's log 10 s later:\n${stack.temporal?.lastLines() ?? '(none)'}`);
    }
    // the worker keeps up (or the backlog shows): at most two chunks of first tasks outstanding
    // (a process that exited fails the run here: a dead server would leave these first tasks undone for good)
    while ((await openSteps(stack)) - base < caseIds.length - 2 * CHUNK) {
      stack.check();
      await sleep(250);
    }
    if (caseIds.length % 10_000 === 0) log(`population: ${caseIds.length} started in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  }
  while ((await openSteps(stack)) - base < caseIds.length) {
    stack.check();
    if ((performance.now() - t0) / 1000 > o.maxSeconds + 300) break;
    await sleep(500);
  }
  const seconds = (performance.now() - t0) / 1000;
  const bytes1 = temporalDbBytes(stack);
  const grown = bytes0 !== null && bytes1 !== null ? bytes1 - bytes0 : null;
  log(`population: ${caseIds.length} pathways in ${seconds.toFixed(0)} s (${(caseIds.length / seconds).toFixed(1)}/s)${capped ? ', time budget spent' : ''}`);
  return {
    requested: o.count,
    built: caseIds.length,
    seconds: round(seconds),
    rate: round(caseIds.length / seconds),
    capped,
    stoppedBy,
    caseIds,
    temporalDbMb: bytes1 === null ? null : round(bytes1 / 1024 / 1024),
    temporalDbBytesPerPathway: grown === null || caseIds.length === 0 ? null : Math.round(grown / caseIds.length),
  };
}
