import type { Via } from './context.js';

/** A moderation event: append-only (a trigger refuses changes); who did what, to what, and why. */
export interface ModerationEvent {
  /** Null when the service itself acted (an automatic restriction). */
  actorId: string | null;
  kind: string;
  queueItemId?: string;
  appealId?: string;
  memberId?: string;
  reason?: string;
  detail?: Record<string, unknown>;
}

export async function recordEvent(db: Via, event: ModerationEvent): Promise<void> {
  await db
    .insertInto('moderation_events')
    .values({
      actor_id: event.actorId,
      kind: event.kind,
      queue_item_id: event.queueItemId ?? null,
      appeal_id: event.appealId ?? null,
      member_id: event.memberId ?? null,
      reason: event.reason ?? '',
      detail: JSON.stringify(event.detail ?? {}),
    })
    .execute();
}

/** An item for the moderators' queue: an automatic flag or a member's report. */
export interface NewQueueItem {
  source: 'automatic' | 'report';
  reason: string;
  /** The member whose words or conduct are in question. */
  memberId: string;
  threadId?: string | null;
  messageId?: string | null;
  recordId?: string | null;
  reportId?: string | null;
}

export async function openQueueItem(db: Via, item: NewQueueItem): Promise<string> {
  const row = await db
    .insertInto('queue_items')
    .values({
      source: item.source,
      reason: item.reason,
      member_id: item.memberId,
      thread_id: item.threadId ?? null,
      message_id: item.messageId ?? null,
      record_id: item.recordId ?? null,
      report_id: item.reportId ?? null,
      claimed_by: null,
      decision: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
