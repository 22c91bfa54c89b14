import type { Kysely } from 'kysely';
import type { Database, Queryable } from './schema.js';

/** A short write that may share its transaction with other requests' writes. */
export type SharedWrite<T> = (db: Queryable) => Promise<T>;

/**
 * Commits the short writes of concurrent requests together: the writes that arrive while one
 * transaction is committing run in the next one, so a burst of sends pays for one commit (one
 * flush of the write-ahead log to disk) instead of one each. Nobody waits for a batch to fill:
 * an idle database starts the first write at once. Each caller still hears back only once its
 * write is committed.
 */
export interface GroupCommit {
  /**
   * Commits `write` with whatever else is waiting. A write of one statement (`oneStatement`)
   * that finds nothing else waiting runs as it is, without a transaction around it: that saves
   * two round trips to the database, which most sends of a quiet moment are.
   */
  run<T>(write: SharedWrite<T>, options?: { oneStatement?: boolean }): Promise<T>;
}

/** Writes in one transaction at most; a long batch would hold its first writers back. */
const MAX_BATCH = 64;

interface Waiting {
  write: SharedWrite<unknown>;
  oneStatement: boolean;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

export function createGroupCommit(db: Kysely<Database>): GroupCommit {
  let waiting: Waiting[] = [];
  let committing = false;

  async function commitWaiting(): Promise<void> {
    committing = true;
    while (waiting.length > 0) {
      const batch = waiting.slice(0, MAX_BATCH);
      waiting = waiting.slice(MAX_BATCH);
      await commitBatch(batch);
    }
    committing = false;
  }

  async function commitBatch(batch: Waiting[]): Promise<void> {
    if (batch.length === 1) return commitAlone(batch[0]!);
    let results: unknown[];
    try {
      results = await db.transaction().execute(async (tx) => {
        const done: unknown[] = [];
        for (const { write } of batch) done.push(await write(tx));
        return done;
      });
    } catch {
      // One write's failure undid them all: each runs again alone, so that only the failing
      // one hears of its error (a duplicate idempotency key, say) and the others commit.
      for (const item of batch) await commitAlone(item);
      return;
    }
    batch.forEach((item, index) => item.resolve(results[index]));
  }

  async function commitAlone({ write, oneStatement, resolve, reject }: Waiting): Promise<void> {
    try {
      resolve(await (oneStatement ? write(db) : db.transaction().execute(write)));
    } catch (error) {
      reject(error);
    }
  }

  return {
    run<T>(write: SharedWrite<T>, options: { oneStatement?: boolean } = {}): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        waiting.push({
          write,
          oneStatement: options.oneStatement ?? false,
          resolve: resolve as (value: unknown) => void,
          reject,
        });
        if (!committing) void commitWaiting();
      });
    },
  };
}
