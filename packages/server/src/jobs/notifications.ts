import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Mail } from '../mail/mailer.js';

/**
 * The e-mail for a message still unread when its delay is up, or nothing: read meanwhile,
 * deleted, or followed by a later unread message of the same sender (whose own job will mail
 * once for the lot).
 */
export async function unreadNotification(
  db: Kysely<Database>,
  input: { messageId: string; recipientId: string },
): Promise<Mail | undefined> {
  const message = await db
    .selectFrom('messages')
    .innerJoin('threads', 'threads.id', 'messages.thread_id')
    .innerJoin('jobs', 'jobs.id', 'threads.job_id')
    .leftJoin('members as sender', 'sender.id', 'messages.sender_id')
    .leftJoin('thread_reads', (join) =>
      join
        .onRef('thread_reads.thread_id', '=', 'threads.id')
        .on('thread_reads.member_id', '=', input.recipientId),
    )
    .select([
      'messages.seq',
      'messages.deleted_at',
      'messages.thread_id',
      'messages.sender_id',
      'threads.last_seq',
      'jobs.title',
      'sender.name as sender_name',
      'thread_reads.last_read_seq',
    ])
    .where('messages.id', '=', input.messageId)
    .executeTakeFirst();
  if (!message || message.deleted_at !== null) return undefined;
  if ((message.last_read_seq ?? 0) >= message.seq) return undefined;
  const later = await db
    .selectFrom('messages')
    .select('id')
    .where('thread_id', '=', message.thread_id)
    .where('seq', '>', message.seq)
    .where('sender_id', '=', message.sender_id)
    .where('held', '=', false)
    .executeTakeFirst();
  if (later) return undefined;
  const recipient = await db
    .selectFrom('members')
    .select(['email', 'name'])
    .where('id', '=', input.recipientId)
    .executeTakeFirst();
  if (!recipient) return undefined;
  const unread = message.last_seq - (message.last_read_seq ?? 0);
  return {
    memberId: input.recipientId,
    to: recipient.email,
    subject: `New message from ${message.sender_name ?? 'Ringfence'} about “${message.title}”`,
    text: [
      `Hello ${recipient.name},`,
      '',
      `${message.sender_name ?? 'Someone'} wrote to you about “${message.title}”. You have ${unread} unread message${unread === 1 ? '' : 's'} in this conversation.`,
      '',
      `Read and reply in Ringfence: {{baseUrl}}/#/threads/${message.thread_id}`,
    ].join('\n'),
  };
}
