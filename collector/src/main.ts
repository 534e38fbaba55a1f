// `npm run collector`: runs the collector with the configuration from the environment until
// SIGINT or SIGTERM, then finishes the requests in flight and closes the database.
import { readConfig } from './config';
import { startCollector } from './server';

const config = readConfig(process.env);
const collector = await startCollector(config);
const storage = config.databaseUrl === null ? `PGlite in ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)';
console.log(`collector listening on ${collector.url} (${storage})`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await collector.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
