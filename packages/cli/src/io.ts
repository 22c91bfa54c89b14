import type { Readable, Writable } from 'node:stream';

/** The process edges a command touches, injected so tests run commands in-process. */
export interface CommandIO {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

export interface Command {
  /** Full `--help` text. */
  help: string;
  /** Runs the command; resolves to the process exit code. */
  run(args: string[], io: CommandIO): Promise<number>;
}

/** Exit codes shared by every command. */
export const EXIT = {
  ok: 0,
  /** The command ran, but some input was invalid (e.g. a scan line that was not JSON). */
  inputErrors: 1,
  /** The call itself was wrong: unknown flag, missing file, invalid policy. */
  usage: 2,
} as const;

export function write(stream: Writable, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (stream.write(text)) resolve();
    else {
      stream.once('drain', resolve);
      stream.once('error', reject);
    }
  });
}

/**
 * A mistake in the call itself (a flag, a path, a policy or ratchet file). Its message is the
 * whole line for standard error; the command exits with EXIT.usage.
 */
export class UsageError extends Error {
  override name = 'UsageError';
}
