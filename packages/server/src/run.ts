import { ConfigError, loadConfig, type ServiceConfig } from './config.js';
import { openStore } from './db/database.js';
import { DEMO_LOGINS } from './demo/seed.js';
import { startService } from './service.js';

/**
 * Runs the service from environment settings: validated config, then listen on 0.0.0.0:PORT
 * until SIGTERM/SIGINT. A bad setting prints its reason and exits with status 2.
 */
export async function runService(env: NodeJS.ProcessEnv): Promise<void> {
  const config = readConfig(env);

  const service = await startService({
    dataDir: config.dataDir,
    ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}),
    ...(config.policy ? { policy: config.policy } : {}),
    ...(config.smtpUrl ? { smtpUrl: config.smtpUrl } : {}),
    mailFrom: config.mailFrom,
    demo: config.demo,
    publicUrl: config.publicUrl,
    allowPrivateFeeds: config.allowPrivateFeeds,
    rules: { notifyDelayMinutes: config.notifyDelayMinutes },
    logger: true,
  });
  const { app } = service;
  let stopping = false;
  const stop = (signal: string): void => {
    // A second signal means the operator does not want to wait for in-flight requests.
    if (stopping) process.exit(1);
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    service.close().then(
      () => process.exit(0),
      (error: unknown) => {
        app.log.error({ err: error }, 'error while shutting down');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));

  try {
    await app.listen({ host: '0.0.0.0', port: config.port });
  } catch (error) {
    // The port is taken (say): close the database cleanly before reporting it.
    await service.close();
    throw error;
  }
  const where = config.databaseUrl ? 'PostgreSQL at DATABASE_URL' : `data in ${config.dataDir}`;
  console.log(`ringfence service listening on ${config.publicUrl} (${where})`);
  if (config.demo) {
    console.log(`demo logins (password ${DEMO_LOGINS[0]?.password}):`);
    for (const login of DEMO_LOGINS)
      console.log(`  ${login.email.padEnd(28)} ${login.description}`);
  }
}

/** Brings the database's schema up to date and stops (`ringfence migrate`). */
export async function migrateDatabase(env: NodeJS.ProcessEnv): Promise<string> {
  const config = readConfig(env);
  const store = await openStore(
    config.databaseUrl ? { url: config.databaseUrl } : { dataDir: config.dataDir },
  );
  await store.close();
  return config.databaseUrl ? 'PostgreSQL at DATABASE_URL' : config.dataDir;
}

function readConfig(env: NodeJS.ProcessEnv): ServiceConfig {
  try {
    return loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`ringfence: bad configuration: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
}
