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
  /** DATABASE_URL: a PostgreSQL server instead of the embedded database in `dataDir`. */
  databaseUrl?: string;
  /** SMTP_URL (e.g. smtp://user:pass@host:587): without it mail goes only to the outbox. */
  smtpUrl?: string;
  /** MAIL_FROM: the sender of the service's mail. */
  mailFrom: string;
  /** DEMO (on by default): seed demo data on first start and show demo logins and the outbox. */
  demo: boolean;
  /** NOTIFY_DELAY_MINUTES: how long a message stays unread before it is mailed (default 10). */
  notifyDelayMinutes: number;
  /** PUBLIC_URL: the address members use, for links in mail. */
  publicUrl: string;
  /** ALLOW_PRIVATE_FEEDS: calendar feeds may be on loopback or private networks (off by default). */
  allowPrivateFeeds: boolean;
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
  const databaseUrl = optional(env.DATABASE_URL);
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL', 'must be a postgres:// or postgresql:// URL');
  }
  const smtpUrl = optional(env.SMTP_URL);
  if (smtpUrl !== undefined && !/^smtps?:\/\//.test(smtpUrl)) {
    throw new ConfigError('SMTP_URL', 'must be an smtp:// or smtps:// URL');
  }
  const publicUrl = optional(env.PUBLIC_URL) ?? `http://localhost:${port}`;
  if (!URL.canParse(publicUrl)) throw new ConfigError('PUBLIC_URL', `"${publicUrl}" is not a URL`);
  return {
    port,
    dataDir,
    ...(policyFile !== undefined && policyFile !== '' ? { policy: readPolicy(policyFile) } : {}),
    ...(databaseUrl !== undefined ? { databaseUrl } : {}),
    ...(smtpUrl !== undefined ? { smtpUrl } : {}),
    mailFrom: optional(env.MAIL_FROM) ?? 'Ringfence <no-reply@ringfence.localhost>',
    demo: parseSwitch(env.DEMO, 'DEMO', true),
    notifyDelayMinutes: parseMinutes(env.NOTIFY_DELAY_MINUTES),
    publicUrl: publicUrl.replace(/\/$/, ''),
    allowPrivateFeeds: parseSwitch(env.ALLOW_PRIVATE_FEEDS, 'ALLOW_PRIVATE_FEEDS', false),
  };
}

const optional = (value: string | undefined): string | undefined =>
  value === undefined || value.trim() === '' ? undefined : value.trim();

function parseSwitch(value: string | undefined, variable: string, fallback: boolean): boolean {
  const v = optional(value)?.toLowerCase();
  if (v === undefined) return fallback;
  if (['1', 'true', 'on', 'yes'].includes(v)) return true;
  if (['0', 'false', 'off', 'no'].includes(v)) return false;
  throw new ConfigError(variable, `must be on or off, got "${value}"`);
}

function parseMinutes(value: string | undefined): number {
  const v = optional(value);
  if (v === undefined) return 10;
  const minutes = Number(v);
  if (!/^\d+(\.\d+)?$/.test(v) || minutes > 10_080) {
    throw new ConfigError(
      'NOTIFY_DELAY_MINUTES',
      `must be a number of minutes from 0 to 10080, got "${value}"`,
    );
  }
  return minutes;
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
