import { once } from 'node:events';
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

/** Writes `text`, waiting for the stream to drain when its buffer is full. */
export async function write(stream: Writable, text: string): Promise<void> {
  // once() rejects on 'error' and removes both its listeners either way, so that a long scan
  // does not pile up a listener per write.
  if (!stream.write(text)) await once(stream, 'drain');
}

/**
 * A mistake in the call itself (a flag, a path, a policy or ratchet file). Its message is the
 * whole line for standard error; the command exits with EXIT.usage.
 */
export class UsageError extends Error {
  override name = 'UsageError';
}
