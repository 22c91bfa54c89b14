import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import {
  Kysely,
  Migrator,
  PostgresDialect,
  type PostgresPool,
  type PostgresPoolClient,
} from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import { mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { lock } from 'proper-lockfile';
import { migrationProvider } from './migrations.js';
import type { Database } from './schema.js';

/** Runs raw SQL for libraries that bring their own (the job queue). */
export type ExecuteSql = (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }>;

/** An open database: the typed query builder plus what the edges of the service need. */
export interface Store {
  db: Kysely<Database>;
  kind: 'pglite' | 'postgres';
  executeSql: ExecuteSql;
  /** A PostgreSQL connection string for LISTEN/NOTIFY fan-out; absent for the embedded database. */
  url?: string;
  close(): Promise<void>;
}

export type StoreLocation = { dataDir: string } | { url: string };

/**
 * Opens the embedded PGlite database in `dataDir`, or a PostgreSQL server at `url`, and brings
 * its schema up to date. Both run the same migrations and the same queries.
 */
export async function openStore(location: StoreLocation): Promise<Store> {
  const store = 'url' in location ? openPostgres(location.url) : await openPglite(location.dataDir);
  try {
    await migrate(store.db);
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

/** Refused when another process has the embedded database open. */
export class DataDirInUseError extends Error {
  override name = 'DataDirInUseError';
}

async function openPglite(dataDir: string): Promise<Store> {
  // PGlite belongs to one process: a second one writing the same files corrupts them, so the
  // folder is locked first. A crashed holder's lock goes stale (and is taken over) in seconds.
  let release: () => Promise<void>;
  try {
    mkdirSync(dataDir, { recursive: true });
    release = await lock(dataDir, { lockfilePath: join(dataDir, 'ringfence.lock'), stale: 10_000 });
  } catch (error) {
    if ((error as { code?: string }).code === 'ELOCKED') {
      throw new DataDirInUseError(
        `${dataDir} is in use by another Ringfence process; stop it first`,
      );
    }
    throw error;
  }
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(dataDir, { extensions: { btree_gist } });
  } catch (error) {
    await release();
    throw error;
  }
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  return {
    db,
    kind: 'pglite',
    executeSql(text, values) {
      // Through Kysely's one connection, so the queue's statements never run (and commit)
      // inside a transaction the service has open. PGlite prepares parameterised statements
      // one at a time; scripts without parameters (the queue's schema) take the simple path.
      return db.connection().execute(async () => {
        if (values === undefined || values.length === 0) {
          const results = await pglite.exec(text);
          return { rows: results.at(-1)?.rows ?? [] };
        }
        const result = await pglite.query(text, values);
        return { rows: result.rows };
      });
    },
    async close() {
      await db.destroy();
      if (!pglite.closed) await pglite.close();
      await release();
    },
  };
}

/**
 * Connections to PostgreSQL: two per core keeps the server busy without its processes taking
 * the processor from each other; on 2 cores, 10 connections answered slower than 4.
 */
const POOL_SIZE = Math.max(4, availableParallelism() * 2);

function openPostgres(url: string): Store {
  const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE });
  // An idle connection the server closes is replaced on next use; it is not a crash.
  pool.on('error', (error) => console.error('database pool:', error.message));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: preparing(pool) }) });
  return {
    db,
    kind: 'postgres',
    url,
    async executeSql(text, values) {
      const result = await pool.query(text, values);
      return { rows: result.rows as unknown[] };
    },
    async close() {
      await db.destroy();
    },
  };
}

/** Statements prepared under a name; beyond this many distinct texts, the rest run unnamed. */
const MAX_PREPARED = 1000;

/**
 * Runs each parameterised statement as a named prepared statement of its connection, so
 * PostgreSQL parses and plans the service's queries once per connection instead of on every
 * call: parsing and planning were most of the database's time per message sent.
 */
function preparing(pool: pg.Pool): PostgresPool {
  const names = new Map<string, string>();
  const nameOf = (text: string): string | undefined => {
    let name = names.get(text);
    if (name === undefined && names.size < MAX_PREPARED) {
      name = `rf_${names.size}`;
      names.set(text, name);
    }
    return name;
  };
  return {
    async connect() {
      const client = await pool.connect();
      const query = (sql: string | pg.Submittable, parameters?: ReadonlyArray<unknown>) => {
        // Cursors (streamed results) pass through as they are.
        if (typeof sql !== 'string') return client.query(sql);
        const values = [...(parameters ?? [])];
        // Statements without parameters are transaction control and DDL: nothing to reuse.
        const name = values.length > 0 ? nameOf(sql) : undefined;
        return client.query(name ? { name, text: sql, values } : { text: sql, values });
      };
      // One function serves both of the interface's overloads, which TypeScript cannot check.
      return { query, release: () => client.release() } as unknown as PostgresPoolClient;
    },
    end: () => pool.end(),
  };
}

async function migrate(db: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName;
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`database migration ${failed ?? ''} failed: ${reason}`);
  }
}
