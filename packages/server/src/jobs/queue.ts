import PgBoss from 'pg-boss';
import { CompiledQuery } from 'kysely';
import type { ExecuteSql, Store } from '../db/database.js';
import type { Domain, Jobs, Via } from '../domain/context.js';
import { refreshFeeds } from '../domain/availability.js';
import type { Mailer } from '../mail/mailer.js';
import { bookingMails, reminderMails, reminderTimes } from './booking-mail.js';
import { claimDueUnreadMail, unreadNotification, type UnreadMailDue } from './notifications.js';

const MAIL_UNREAD = 'mail-unread';
/** Due unread mails claimed per transaction of the sweep. */
const UNREAD_BATCH = 100;
const BOOKING_CHANGED = 'booking-changed';
const BOOKING_REMINDER = 'booking-reminder';
const REFRESH_FEEDS = 'refresh-feeds';

export interface JobQueue extends Jobs {
  /** Starts the workers; they need the domain, which needs the queue to send jobs. */
  work(domain: Domain): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Background work on pg-boss, in the same database as everything else, so a restart loses
 * nothing: a job is a row until a worker completes it, and a failed job is retried. On PGlite
 * the queue talks through the embedded connection; on PostgreSQL through its own pool.
 */
export async function startJobQueue(
  store: Store,
  mailer: Mailer,
  options: { pollingIntervalSeconds?: number; feedRefreshCron?: string } = {},
): Promise<JobQueue> {
  const boss =
    store.url !== undefined
      ? new PgBoss({ connectionString: store.url, max: 3 })
      : new PgBoss({ db: { executeSql: store.executeSql } });
  boss.on('error', (error) => console.error('job queue:', error.message));
  await boss.start();
  for (const queue of [MAIL_UNREAD, BOOKING_CHANGED, BOOKING_REMINDER, REFRESH_FEEDS])
    await boss.createQueue(queue);
  const polling = { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 };

  // Unread mail falls due in a table the message's own statement writes (no job per message,
  // which was most of a send's database time); the sweep turns due rows into mail jobs, in
  // one transaction per batch so a claimed row always leaves a job behind.
  async function sweepUnreadMail(): Promise<void> {
    let claimed: UnreadMailDue[];
    do {
      claimed = await store.db.transaction().execute(async (tx) => {
        const due = await claimDueUnreadMail(tx, UNREAD_BATCH);
        for (const mail of due) await boss.send(MAIL_UNREAD, mail, executorOf(tx));
        return due;
      });
    } while (claimed.length === UNREAD_BATCH);
  }
  let sweepTimer: NodeJS.Timeout | undefined;
  let sweeping: Promise<void> = Promise.resolve();

  return {
    async bookingChanged(input, via) {
      await boss.send(BOOKING_CHANGED, input, executorOf(via));
    },
    async work(domain) {
      await boss.work<UnreadMailDue>(MAIL_UNREAD, polling, async (jobs) => {
        for (const job of jobs) {
          const mail = await unreadNotification(store.db, job.data);
          if (mail) await mailer.send(mail);
        }
      });
      sweepTimer = setInterval(() => {
        // One sweep at a time; a failed one is retried on the next tick.
        sweeping = sweeping
          .then(sweepUnreadMail)
          .catch((error: Error) => console.error('unread mail sweep:', error.message));
      }, polling.pollingIntervalSeconds * 1000);
      await boss.work<{ bookingId: string; sequence: number }>(
        BOOKING_CHANGED,
        polling,
        async (jobs) => {
          for (const job of jobs) {
            // A later change supersedes this one: its own job mails the newest version.
            const booking = await currentVersion(store, job.data);
            if (!booking) continue;
            for (const mail of await bookingMails(domain, booking)) await mailer.send(mail);
            for (const { offset, at } of await reminderTimes(domain, booking)) {
              await boss.send(
                BOOKING_REMINDER,
                { bookingId: booking.id, sequence: booking.sequence, offset },
                { startAfter: at },
              );
            }
          }
        },
      );
      await boss.work<{ bookingId: string; sequence: number; offset: number }>(
        BOOKING_REMINDER,
        polling,
        async (jobs) => {
          for (const job of jobs) {
            // Not for cancelled or moved meetings: the moved one has reminders of its own.
            const booking = await currentVersion(store, job.data);
            if (!booking || booking.status !== 'confirmed') continue;
            // Claimed before sending, so a retried job never mails twice.
            const claimed = await store.db
              .insertInto('booking_reminders')
              .values({
                booking_id: booking.id,
                sequence: booking.sequence,
                offset_minutes: job.data.offset,
              })
              .onConflict((oc) => oc.doNothing())
              .returning('booking_id')
              .executeTakeFirst();
            if (!claimed) continue;
            for (const mail of await reminderMails(domain, booking)) await mailer.send(mail);
          }
        },
      );
      await boss.work(REFRESH_FEEDS, polling, async () => {
        await refreshFeeds(domain);
      });
      await boss.schedule(REFRESH_FEEDS, options.feedRefreshCron ?? '*/15 * * * *');
    },
    async stop() {
      clearInterval(sweepTimer);
      await sweeping;
      await boss.stop({ graceful: true, wait: true });
    },
  };
}

/** pg-boss runs its insert through the caller's transaction, so the job commits with it. */
function executorOf(via: Via | undefined): { db?: { executeSql: ExecuteSql } } {
  if (via === undefined) return {};
  return {
    db: {
      async executeSql(text, values) {
        const result = await via.executeQuery(CompiledQuery.raw(text, values ?? []));
        return { rows: result.rows as unknown[] };
      },
    },
  };
}

/** The booking if it is still at the version a job was queued for. */
async function currentVersion(store: Store, version: { bookingId: string; sequence: number }) {
  const booking = await store.db
    .selectFrom('bookings')
    .selectAll()
    .where('id', '=', version.bookingId)
    .executeTakeFirst();
  return booking?.sequence === version.sequence ? booking : undefined;
}
