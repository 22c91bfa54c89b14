import { benchCommand } from './commands/bench.js';
import { evalCommand } from './commands/eval.js';
import { migrateCommand } from './commands/migrate.js';
import { scanCommand } from './commands/scan.js';
import { serveCommand } from './commands/serve.js';
import { slotsCommand } from './commands/slots.js';
import { EXIT, UsageError, write, type Command, type CommandIO } from './io.js';

const COMMANDS: readonly Command[] = [
  scanCommand,
  evalCommand,
  benchCommand,
  slotsCommand,
  serveCommand,
  migrateCommand,
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
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    await write(io.stderr, `ringfence: unknown command "${name}"\n\n${usage()}`);
    return EXIT.usage;
  }
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
