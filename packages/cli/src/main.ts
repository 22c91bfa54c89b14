import { EXIT, UsageError, write, type Command, type CommandIO } from './io.js';

/**
 * The commands, each loaded only when it runs: `scan` then never reads the scheduling or
 * evaluation code, nor `slots` the detector, which keeps start-up short.
 */
const COMMANDS: ReadonlyArray<{ name: string; summary: string; load(): Promise<Command> }> = [
  {
    name: 'scan',
    summary: 'Check JSON lines from standard input; write one decision per line',
    load: async () => (await import('./commands/scan.js')).scanCommand,
  },
  {
    name: 'eval',
    summary: 'Score the detector and policy on labelled JSON-lines corpora',
    load: async () => (await import('./commands/eval.js')).evalCommand,
  },
  {
    name: 'bench',
    summary: 'Measure the checker’s throughput and latency',
    load: async () => (await import('./commands/bench.js')).benchCommand,
  },
  {
    name: 'slots',
    summary: 'List bookable meeting slots for a JSON availability request on stdin',
    load: async () => (await import('./commands/slots.js')).slotsCommand,
  },
  {
    name: 'serve',
    summary: 'Start the service: API, WebSocket and web app',
    load: async () => (await import('./commands/serve.js')).serveCommand,
  },
  {
    name: 'migrate',
    summary: 'Bring the database schema up to date',
    load: async () => (await import('./commands/migrate.js')).migrateCommand,
  },
];

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Usage: ringfence <command> [options]',
    '',
    'Keeps marketplace conversations on the platform before a contract starts.',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `ringfence <command> --help` for a command’s options.',
    '',
  ].join('\n');
}

/** Entry point: dispatches to a command and returns the exit code. */
export async function main(argv: string[], io: CommandIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    await write(name === undefined ? io.stderr : io.stdout, usage());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    await write(io.stderr, `ringfence: unknown command "${name}"\n\n${usage()}`);
    return EXIT.usage;
  }
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    await write(io.stdout, command.help);
    return EXIT.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    // A mistake in the call, raised anywhere in a command, is reported the same way for all.
    if (!(error instanceof UsageError)) throw error;
    await write(io.stderr, `${error.message}\n`);
    return EXIT.usage;
  }
}
