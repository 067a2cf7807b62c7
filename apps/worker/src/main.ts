// The worker process: runs pathway workflows and activities until SIGTERM or
// SIGINT, then lets in-flight tasks finish (Worker.run resolves on shutdown).
import { loadConfigOrExit } from '../../../libs/config/load';
import { createDb } from '../../../libs/db/prisma';
import { workerConfigSchema } from './config';
import { createPathwayWorker } from './worker';

async function main(): Promise<void> {
  const config = loadConfigOrExit(workerConfigSchema);
  const db = createDb(config.DATABASE_URL, { poolSize: config.WORKER_DB_POOL });
  const { worker, close } = await createPathwayWorker({ config, db });
  // The SDK installs SIGINT/SIGTERM handlers that call worker.shutdown().
  console.log(`worker: polling ${config.TEMPORAL_TASK_QUEUE} on ${config.TEMPORAL_ADDRESS} (${config.TEMPORAL_NAMESPACE})`);
  try {
    await worker.run();
  } finally {
    await close();
    await db.$disconnect();
  }
  console.log('worker: stopped');
}

main().catch((err) => {
  console.error('worker: fatal', err);
  process.exit(1);
});
