// The API process: validated configuration, then listen; SIGTERM/SIGINT close
// the server and the clients (Nest shutdown hooks).
import 'reflect-metadata';
import { loadConfigOrExit } from '../../../libs/config/load';
import { createApp } from './app';
import { apiConfigSchema } from './config';

async function main(): Promise<void> {
  const config = loadConfigOrExit(apiConfigSchema);
  const app = await createApp(config);
  await app.listen(config.PORT, config.HOST);
  console.log(`api: listening on http://${config.HOST}:${config.PORT} (docs at /api/docs)`);
}

main().catch((err) => {
  console.error('api: fatal', err);
  process.exit(1);
});
