import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { unreadMessages } from '../domain/threads.js';
import type { Mail } from '../mail/mailer.js';

/** One member's unread mail for one thread, due now. */
export interface UnreadMailDue {
  threadId: string;
  recipientId: string;
}

/**
 * Claims up to `limit` unread mails that have fallen due, deleting their rows. Rows another
 * process is claiming are skipped, so two sweepers never claim the same mail.
 */
export async function claimDueUnreadMail(
  db: Kysely<Database>,
  limit: number,
): Promise<UnreadMailDue[]> {
  const { rows } = await sql<{ thread_id: string; member_id: string }>`
    delete from unread_mail_due
    where (thread_id, member_id) in (
      select thread_id, member_id from unread_mail_due
      where due_at <= now()
      order by due_at
      limit ${limit}
      for update skip locked
    )
    returning thread_id, member_id`.execute(db);
  return rows.map((row) => ({ threadId: row.thread_id, recipientId: row.member_id }));
}

/**
 * The e-mail for a thread whose messages to `recipientId` are still unread when their delay is
 * up, or nothing: read meanwhile, or deleted.
 */
export async function unreadNotification(
  db: Kysely<Database>,
  { threadId, recipientId }: UnreadMailDue,
): Promise<Mail | undefined> {
  const row = await db
    .selectFrom('threads')
    .innerJoin('jobs', 'jobs.id', 'threads.job_id')
    .innerJoin('members as recipient', (join) => join.on('recipient.id', '=', recipientId))
    .leftJoin('thread_reads', (join) =>
      join
        .onRef('thread_reads.thread_id', '=', 'threads.id')
        .on('thread_reads.member_id', '=', recipientId),
    )
    .select((eb) => [
      'jobs.title',
      'recipient.email',
      'recipient.name',
      // The newest unread message names its sender in the subject.
      unreadMessages(db, recipientId)
        .innerJoin('members as sender', 'sender.id', 'messages.sender_id')
        .select('sender.name')
        .orderBy('messages.seq', 'desc')
        .limit(1)
        .as('sender_name'),
      unreadMessages(db, recipientId).select(eb.fn.countAll<string>().as('unread')).as('unread'),
    ])
    .where('threads.id', '=', threadId)
    .executeTakeFirst();
  const unread = Number(row?.unread ?? 0);
  if (!row || unread === 0) return undefined;
  const sender = row.sender_name ?? 'Someone';
  return {
    memberId: recipientId,
    to: row.email,
    subject: `New message from ${sender} about “${row.title}”`,
    text: [
      `Hello ${row.name},`,
      '',
      `${sender} wrote to you about “${row.title}”. You have ${unread} unread message${unread === 1 ? '' : 's'} in this conversation.`,
      '',
      `Read and reply in Ringfence: {{baseUrl}}/#/threads/${threadId}`,
    ].join('\n'),
  };
}
