import { defaultPolicy, type Policy } from '@ringfence/policy';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import { createGroupCommit } from './db/group-commit.js';
import { openStore, type Store } from './db/database.js';
import { DEMO_LOGINS, seedDemo } from './demo/seed.js';
import { DEFAULT_RULES, type Domain, type Rules } from './domain/context.js';
import { startJobQueue, type JobQueue } from './jobs/queue.js';
import { startCheckWorkers } from './checking/checks.js';
import { createMailer } from './mail/mailer.js';
import { createLocalFanout, createPostgresFanout } from './realtime/fanout.js';
import { createFeedFetcher } from './calendar/feed-fetcher.js';
import { randomBytes } from 'node:crypto';

const DEFAULT_FROM = 'Ringfence <no-reply@ringfence.localhost>';
/** The bare address of a "Name <address>" sender. */
const addressOf = (from: string): string => /<([^>]+)>/.exec(from)?.[1] ?? from.trim();

/** Jobs for seeding: the demo's messages and meetings should not mail anyone. */
const QUIET_JOBS = {
  bookingChanged: () => Promise.resolve(),
};

export interface ServiceOptions {
  /** The embedded database folder, used unless `databaseUrl` is given. */
  dataDir: string;
  databaseUrl?: string;
  policy?: Policy;
  smtpUrl?: string;
  mailFrom?: string;
  demo?: boolean;
  publicUrl?: string;
  rules?: Partial<Rules>;
  /** Allow calendar feeds on loopback and private networks (tests, an operator's own server). */
  allowPrivateFeeds?: boolean;
  /** How often the job queue looks for due work (seconds; default 2). */
  pollingIntervalSeconds?: number;
  logger?: boolean;
  now?: () => Date;
}

export interface Service {
  app: FastifyInstance;
  domain: Domain;
  store: Store;
  /** True when this start filled an empty database with the demo marketplace. */
  seeded: boolean;
  close(): Promise<void>;
}

/**
 * Opens the database (migrating it), starts the job queue and real-time fan-out, seeds the demo
 * on first start, and builds the HTTP app. The caller listens; `close` stops it all in order.
 */
export async function startService(options: ServiceOptions): Promise<Service> {
  const store = await openStore(
    options.databaseUrl ? { url: options.databaseUrl } : { dataDir: options.dataDir },
  );
  const closers: (() => Promise<void>)[] = [() => store.close()];
  const close = async () => {
    for (const closer of closers.reverse()) await closer();
  };
  try {
    const fanout = store.url ? await createPostgresFanout(store.url) : createLocalFanout();
    closers.push(() => fanout.close());
    const mailer = createMailer(store.db, {
      ...(options.smtpUrl ? { smtpUrl: options.smtpUrl } : {}),
      from: options.mailFrom ?? DEFAULT_FROM,
      baseUrl: options.publicUrl ?? 'http://localhost:3000',
    });
    const queue: JobQueue = await startJobQueue(store, mailer, {
      ...(options.pollingIntervalSeconds
        ? { pollingIntervalSeconds: options.pollingIntervalSeconds }
        : {}),
    });
    closers.push(() => queue.stop());
    const checks = await startCheckWorkers(options.policy ? { policy: options.policy } : {});
    closers.push(() => checks.close());
    const domain: Domain = {
      db: store.db,
      groupCommit: createGroupCommit(store.db),
      policy: options.policy ?? defaultPolicy,
      decideText: (text, context, textOptions) => checks.decideText(text, context, textOptions),
      rules: { ...DEFAULT_RULES, ...options.rules },
      fanout,
      jobs: queue,
      calendars: {
        fetchFeed: createFeedFetcher({ allowPrivate: options.allowPrivateFeeds ?? false }),
        linkSecret: await sharedSecret(store, 'meeting-links'),
        publicUrl: options.publicUrl ?? 'http://localhost:3000',
        organizerEmail: addressOf(options.mailFrom ?? DEFAULT_FROM),
      },
      now: options.now ?? (() => new Date()),
    };
    const demo = options.demo ?? false;
    // Demo threads should not mail anyone: seed without the queue, and before its workers start,
    // forgetting the unread mail the demo's messages set up.
    const seeded = demo ? await seedDemo({ ...domain, jobs: QUIET_JOBS }) : false;
    if (seeded) await store.db.deleteFrom('unread_mail_due').execute();
    await queue.work(domain);
    const app = buildApp({
      domain,
      checks,
      ...(options.policy ? { policy: options.policy } : {}),
      ...(demo ? { demoLogins: DEMO_LOGINS } : {}),
      secureCookies: (options.publicUrl ?? '').startsWith('https:'),
      logger: options.logger ?? false,
    });
    closers.push(() => app.close());
    return { app, domain, store, seeded, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** A random secret made on first start and shared by every process on the same database. */
async function sharedSecret(store: Store, name: string): Promise<Uint8Array> {
  await store.db
    .insertInto('service_secrets')
    .values({ name, value: randomBytes(32).toString('base64') })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await store.db
    .selectFrom('service_secrets')
    .select('value')
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  return new Uint8Array(Buffer.from(row.value, 'base64'));
}
