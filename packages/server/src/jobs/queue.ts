import PgBoss from 'pg-boss';
import type { Store } from '../db/database.js';
import type { Jobs } from '../domain/context.js';
import type { Mailer } from '../mail/mailer.js';
import { unreadNotification } from './notifications.js';

const NOTIFY_UNREAD = 'notify-unread';

export interface JobQueue extends Jobs {
  stop(): Promise<void>;
}

/**
 * Background work on pg-boss, in the same database as everything else, so a restart loses
 * nothing: a job is a row until a worker completes it. On PGlite the queue talks through the
 * embedded connection; on PostgreSQL through its own pool.
 */
export async function startJobQueue(
  store: Store,
  mailer: Mailer,
  options: { pollingIntervalSeconds?: number } = {},
): Promise<JobQueue> {
  const boss =
    store.url !== undefined
      ? new PgBoss({ connectionString: store.url, max: 3 })
      : new PgBoss({ db: { executeSql: store.executeSql } });
  boss.on('error', (error) => console.error('job queue:', error.message));
  await boss.start();
  await boss.createQueue(NOTIFY_UNREAD);
  await boss.work<{ messageId: string; recipientId: string }>(
    NOTIFY_UNREAD,
    { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 },
    async (jobs) => {
      for (const job of jobs) {
        const mail = await unreadNotification(store.db, job.data);
        if (mail) await mailer.send(mail);
      }
    },
  );
  return {
    async notifyUnread(input, delayMinutes) {
      await boss.send(NOTIFY_UNREAD, input, { startAfter: Math.round(delayMinutes * 60) });
    },
    async stop() {
      await boss.stop({ graceful: true, wait: true });
    },
  };
}
