import { buildApp } from './app.js';
import { ConfigError, loadConfig, type ServiceConfig } from './config.js';

/** Starts the service: validated config, then listen on 0.0.0.0:PORT until SIGTERM/SIGINT. */
async function main(): Promise<void> {
  let config: ServiceConfig;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`ringfence: bad configuration: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }

  const app = buildApp({ ...(config.policy ? { policy: config.policy } : {}), logger: true });
  let stopping = false;
  const stop = (signal: string): void => {
    // A second signal means the operator does not want to wait for in-flight requests.
    if (stopping) process.exit(1);
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        app.log.error({ err: error }, 'error while shutting down');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));

  await app.listen({ host: '0.0.0.0', port: config.port });
  console.log(
    `ringfence service listening on http://localhost:${config.port} (data in ${config.dataDir})`,
  );
}

main().catch((error: unknown) => {
  console.error('ringfence: cannot start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
