import { loadPolicy, PolicyError, type Policy } from '@ringfence/policy';
import { accessSync, constants, mkdirSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

/** The service's settings, read once at start from the environment. */
export interface ServiceConfig {
  port: number;
  /** Absolute path of the embedded data folder; created if missing, empty until persistence lands. */
  dataDir: string;
  /** The operator's policy from POLICY_FILE; absent means the built-in default policy. */
  policy?: Policy;
}

/** A setting the service cannot start with; `variable` names the offending environment variable. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads and validates the environment. Synchronous on purpose: it runs once, before listening,
 * and a bad setting should stop the process before anything else happens.
 *
 * @example
 * const config = loadConfig({ PORT: '8080', DATA_DIR: '/var/lib/ringfence' });
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServiceConfig {
  const port = parsePort(env.PORT);
  const dataDir = prepareDataDir(env.DATA_DIR);
  const policyFile = env.POLICY_FILE;
  return {
    port,
    dataDir,
    ...(policyFile !== undefined && policyFile !== '' ? { policy: readPolicy(policyFile) } : {}),
  };
}

function parsePort(value: string | undefined): number {
  if (value === undefined || value === '') return 3000;
  const port = /^\d+$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ConfigError('PORT', `must be an integer from 1 to 65535, got "${value}"`);
  }
  return port;
}

function prepareDataDir(value: string | undefined): string {
  const dir = resolve(value === undefined || value === '' ? './data' : value);
  try {
    mkdirSync(dir, { recursive: true });
    if (!statSync(dir).isDirectory()) throw new Error('not a folder');
    accessSync(dir, constants.W_OK);
  } catch (error) {
    throw new ConfigError('DATA_DIR', `${dir} is not a writable folder (${reason(error)})`);
  }
  return dir;
}

function readPolicy(file: string): Policy {
  let document: unknown;
  try {
    document = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigError('POLICY_FILE', `cannot read policy ${file}: ${reason(error)}`);
  }
  try {
    return loadPolicy(document);
  } catch (error) {
    // PolicyError's message already names the offending field ("policy categories.phone: …").
    if (error instanceof PolicyError) throw new ConfigError('POLICY_FILE', error.message);
    throw error;
  }
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
