import { loadPolicy, PolicyError, type Policy } from '@ringfence/policy';
import { readFile } from 'node:fs/promises';
import { write, type CommandIO } from './io.js';

/**
 * Reads `--policy FILE`. Returns undefined when no file was named (use the default policy) and
 * null after telling the user why the file was refused.
 */
export async function readPolicyOption(
  file: string | undefined,
  io: CommandIO,
): Promise<Policy | undefined | null> {
  if (file === undefined) return undefined;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    await write(
      io.stderr,
      `ringfence: cannot read policy ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`,
    );
    return null;
  }
  try {
    return loadPolicy(JSON.parse(text));
  } catch (error) {
    const reason =
      error instanceof PolicyError || error instanceof SyntaxError ? error.message : String(error);
    await write(io.stderr, `ringfence: invalid policy ${file}: ${reason}\n`);
    return null;
  }
}
