import { UsageError, type Command } from '../io.js';

const HELP = `Usage: ringfence serve [--port N] [--data-dir DIR]

Starts the service (HTTP API, WebSocket and web app) — the same as \`npm start\`
after a build. Settings come from the environment (see docs/service.md):
PORT, DATA_DIR, DATABASE_URL, POLICY_FILE, SMTP_URL, MAIL_FROM, PUBLIC_URL,
NOTIFY_DELAY_MINUTES, DEMO, ALLOW_PRIVATE_FEEDS. The options override PORT and
DATA_DIR. Runs until SIGTERM or SIGINT; a bad setting exits with status 2.
`;

/** Maps `--port` and `--data-dir` onto the environment variables the service reads. */
export function serviceEnv(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  command: string,
): NodeJS.ProcessEnv {
  const result = { ...env };
  for (let i = 0; i < args.length; i += 1) {
    const option = args[i]!;
    const value = args[i + 1];
    const variable =
      option === '--port' ? 'PORT' : option === '--data-dir' ? 'DATA_DIR' : undefined;
    if (variable === undefined)
      throw new UsageError(`ringfence ${command}: unknown option "${option}"`);
    if (value === undefined) throw new UsageError(`ringfence ${command}: ${option} needs a value`);
    result[variable] = value;
    i += 1;
  }
  return result;
}

export const serveCommand: Command = {
  help: HELP,
  async run(args) {
    const env = serviceEnv(args, process.env, 'serve');
    // Loaded only when serving: the other commands stay light.
    const { runService } = await import('@ringfence/server');
    await runService(env);
    // The service runs until a signal; it exits the process itself.
    return new Promise<number>(() => {});
  },
};
