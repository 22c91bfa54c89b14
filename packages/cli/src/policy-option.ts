import { loadPolicy, PolicyError, type Policy } from '@ringfence/policy';
import { readFile } from 'node:fs/promises';
import { UsageError } from './io.js';

/**
 * Reads and validates a `--policy` file.
 *
 * @example
 * const policy = await readPolicyFile('policy.json'); // throws UsageError("ringfence: policy …")
 */
export async function readPolicyFile(file: string): Promise<Policy> {
  let document: unknown;
  try {
    document = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`ringfence: cannot read policy ${file}: ${(error as Error).message}`);
  }
  try {
    return loadPolicy(document);
  } catch (error) {
    if (error instanceof PolicyError) throw new UsageError(`ringfence: ${error.message}`);
    throw error;
  }
}
