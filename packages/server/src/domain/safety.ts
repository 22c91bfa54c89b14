import { sql } from 'kysely';
import type { MemberActionKind } from '../db/schema.js';
import type { Domain } from './context.js';
import { notFound, ServiceError } from './errors.js';
import { openQueueItem, recordEvent } from './trust-records.js';
import { counterpartOf, mailIfUnread, messageView, publishMessage, threadFor } from './threads.js';

export const REPORT_REASONS = [
  'off_platform',
  'contact_details',
  'off_platform_payment',
  'scam',
  'other',
] as const;
export const DECISIONS = [
  'dismiss',
  'confirm',
  'warn',
  'restrict',
  'suspend',
  'remove_badge',
] as const;
export type ModerationDecision = (typeof DECISIONS)[number];

/** What each decision does to the member; `dismiss` and `confirm` only close the item. */
const ACTION_OF: Partial<Record<ModerationDecision, MemberActionKind>> = {
  warn: 'warning',
  restrict: 'restriction',
  suspend: 'suspension',
  remove_badge: 'badge_removed',
};

/** A participant reports a message of the other side; it lands in the moderators' queue. */
export async function report(
  domain: Domain,
  reporterId: string,
  input: { messageId: string; reason: string; note?: string },
) {
  const message = await domain.db
    .selectFrom('messages')
    .selectAll()
    .where('id', '=', input.messageId)
    .executeTakeFirst();
  if (!message) throw notFound('message');
  await threadFor(domain, reporterId, message.thread_id);
  if (message.sender_id === null || message.sender_id === reporterId) {
    throw new ServiceError(409, 'conflict', 'You can report messages from the other side only.');
  }
  const senderId = message.sender_id;
  const created = await domain.db.transaction().execute(async (tx) => {
    const row = await tx
      .insertInto('reports')
      .values({
        reporter_id: reporterId,
        message_id: message.id,
        reason: input.reason,
        note: input.note ?? '',
      })
      .returning(['id', 'created_at'])
      .executeTakeFirstOrThrow();
    await openQueueItem(tx, {
      source: 'report',
      reason: input.reason,
      memberId: senderId,
      threadId: message.thread_id,
      messageId: message.id,
      reportId: row.id,
    });
    return row;
  });
  return {
    report: { id: created.id, status: 'received', createdAt: created.created_at.toISOString() },
  };
}

/** Warnings, restrictions and suspensions that concern the member, with any appeal. */
export async function actionsFor(domain: Domain, memberId: string) {
  const rows = await domain.db
    .selectFrom('member_actions')
    .leftJoin('appeals', 'appeals.action_id', 'member_actions.id')
    .select([
      'member_actions.id',
      'member_actions.kind',
      'member_actions.reason',
      'member_actions.created_at',
      'member_actions.ends_at',
      'member_actions.revoked_at',
      'appeals.id as appeal_id',
      'appeals.status as appeal_status',
      'appeals.text as appeal_text',
      'appeals.decision_reason as appeal_reason',
    ])
    .where('member_actions.member_id', '=', memberId)
    .orderBy('member_actions.created_at', 'desc')
    .execute();
  const now = domain.now();
  return {
    actions: rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      reason: row.reason,
      createdAt: row.created_at.toISOString(),
      endsAt: row.ends_at?.toISOString() ?? null,
      active: row.revoked_at === null && (row.ends_at === null || row.ends_at > now),
      revokedAt: row.revoked_at?.toISOString() ?? null,
      appeal: row.appeal_id
        ? {
            id: row.appeal_id,
            status: row.appeal_status,
            text: row.appeal_text,
            reason: row.appeal_reason,
          }
        : null,
    })),
  };
}

export async function appeal(domain: Domain, memberId: string, actionId: string, text: string) {
  const action = await domain.db
    .selectFrom('member_actions')
    .select(['id'])
    .where('id', '=', actionId)
    .where('member_id', '=', memberId)
    .executeTakeFirst();
  if (!action) throw notFound('action');
  const created = await domain.db
    .insertInto('appeals')
    .values({
      action_id: actionId,
      member_id: memberId,
      text,
      decided_by: null,
      decision_reason: null,
    })
    .onConflict((oc) => oc.column('action_id').doNothing())
    .returning(['id'])
    .executeTakeFirst();
  if (!created) throw new ServiceError(409, 'conflict', 'This action has already been appealed.');
  await recordEvent(domain.db, {
    actorId: null,
    kind: 'appeal_opened',
    appealId: created.id,
    memberId,
    reason: text,
  });
  return { appeal: { id: created.id, status: 'open' } };
}

export async function queue(domain: Domain, status: string | undefined) {
  const rows = await domain.db
    .selectFrom('queue_items')
    .innerJoin('members', 'members.id', 'queue_items.member_id')
    .leftJoin('members as claimer', 'claimer.id', 'queue_items.claimed_by')
    .select([
      'queue_items.id',
      'queue_items.source',
      'queue_items.reason',
      'queue_items.status',
      'queue_items.thread_id',
      'queue_items.message_id',
      'queue_items.decision',
      'queue_items.created_at',
      'members.id as member_id',
      'members.name as member_name',
      'claimer.name as claimed_by_name',
    ])
    .where(
      'queue_items.status',
      'in',
      status === 'closed'
        ? ['closed']
        : status === 'all'
          ? ['open', 'claimed', 'closed']
          : ['open', 'claimed'],
    )
    .orderBy('queue_items.created_at', 'asc')
    .limit(500)
    .execute();
  return {
    items: rows.map((row) => ({
      id: row.id,
      source: row.source,
      reason: row.reason,
      status: row.status,
      member: { id: row.member_id, name: row.member_name },
      threadId: row.thread_id,
      messageId: row.message_id,
      decision: row.decision,
      claimedBy: row.claimed_by_name,
      createdAt: row.created_at.toISOString(),
    })),
  };
}

/** Everything a moderator needs to decide: the original, the thread around it, the history. */
export async function queueItem(domain: Domain, itemId: string) {
  const item = await domain.db
    .selectFrom('queue_items')
    .selectAll()
    .where('id', '=', itemId)
    .executeTakeFirst();
  if (!item) throw notFound('queue item');
  const record = item.record_id
    ? await domain.db
        .selectFrom('enforcement_records')
        .selectAll()
        .where('id', '=', item.record_id)
        .executeTakeFirst()
    : item.message_id
      ? await domain.db
          .selectFrom('enforcement_records')
          .selectAll()
          .where('subject_id', '=', item.message_id)
          .orderBy('created_at', 'desc')
          .executeTakeFirst()
      : undefined;
  const message = item.message_id
    ? await domain.db
        .selectFrom('messages')
        .selectAll()
        .where('id', '=', item.message_id)
        .executeTakeFirst()
    : undefined;
  const around = message
    ? await domain.db
        .selectFrom('messages')
        .selectAll()
        .where('thread_id', '=', message.thread_id)
        .where('seq', '>=', message.seq - 10)
        .where('seq', '<=', message.seq + 5)
        .orderBy('seq')
        .execute()
    : [];
  const senders = [
    ...new Set(around.map((m) => m.sender_id).filter((id): id is string => id !== null)),
  ];
  const names = new Map(
    senders.length === 0
      ? []
      : (
          await domain.db
            .selectFrom('members')
            .select(['id', 'name'])
            .where('id', 'in', senders)
            .execute()
        ).map((m) => [m.id, m.name] as const),
  );
  const [member, reportRow, history, blocks, events] = await Promise.all([
    domain.db
      .selectFrom('members')
      .select(['id', 'name', 'email', 'badges'])
      .where('id', '=', item.member_id)
      .executeTakeFirstOrThrow(),
    item.report_id
      ? domain.db
          .selectFrom('reports')
          .selectAll()
          .where('id', '=', item.report_id)
          .executeTakeFirst()
      : undefined,
    actionsFor(domain, item.member_id),
    domain.db
      .selectFrom('enforcement_records')
      .select(['action', sql<string>`count(*)`.as('count')])
      .where('member_id', '=', item.member_id)
      .groupBy('action')
      .execute(),
    domain.db
      .selectFrom('moderation_events')
      .selectAll()
      .where('queue_item_id', '=', itemId)
      .orderBy('id')
      .execute(),
  ]);
  return {
    item: {
      id: item.id,
      source: item.source,
      reason: item.reason,
      status: item.status,
      decision: item.decision,
      createdAt: item.created_at.toISOString(),
    },
    report: reportRow
      ? {
          reason: reportRow.reason,
          note: reportRow.note,
          createdAt: reportRow.created_at.toISOString(),
        }
      : null,
    original: record
      ? {
          text: record.original,
          surface: record.surface,
          action: record.action,
          policyVersion: record.policy_version,
          decision: record.decision,
          context: record.context,
          createdAt: record.created_at.toISOString(),
        }
      : message
        ? {
            text: message.text,
            surface: 'message',
            action: 'allow',
            policyVersion: null,
            decision: null,
            context: null,
            createdAt: message.created_at.toISOString(),
          }
        : null,
    // Moderators read the words as written: the sender's own view of each message.
    thread: around.map((m) => ({
      ...messageView(m, m.sender_id ?? ''),
      senderName: names.get(m.sender_id ?? '') ?? null,
      reported: m.id === item.message_id,
    })),
    member: {
      ...member,
      actions: history.actions,
      enforcement: Object.fromEntries(blocks.map((b) => [b.action, Number(b.count)])),
    },
    events: events.map(eventView),
  };
}

export async function claim(domain: Domain, moderatorId: string, itemId: string) {
  const updated = await domain.db
    .updateTable('queue_items')
    .set({ status: 'claimed', claimed_by: moderatorId })
    .where('id', '=', itemId)
    .where('status', '=', 'open')
    .returning('id')
    .executeTakeFirst();
  if (!updated) {
    const exists = await domain.db
      .selectFrom('queue_items')
      .select('status')
      .where('id', '=', itemId)
      .executeTakeFirst();
    if (!exists) throw notFound('queue item');
    throw new ServiceError(409, 'conflict', `This item is already ${exists.status}.`);
  }
  await recordEvent(domain.db, { actorId: moderatorId, kind: 'claimed', queueItemId: itemId });
  return { item: { id: itemId, status: 'claimed' } };
}

/** Decides an item; the decision, and any action on the member, is an append-only event. */
export async function decideItem(
  domain: Domain,
  moderatorId: string,
  itemId: string,
  input: { decision: ModerationDecision; hours?: number; reason: string },
) {
  const item = await domain.db
    .selectFrom('queue_items')
    .selectAll()
    .where('id', '=', itemId)
    .executeTakeFirst();
  if (!item) throw notFound('queue item');
  if (item.status === 'closed')
    throw new ServiceError(409, 'conflict', 'This item has already been decided.');
  if (input.decision === 'restrict' && !(input.hours && input.hours > 0)) {
    throw new ServiceError(400, 'invalid', 'A restriction needs a number of hours.');
  }
  const kind = ACTION_OF[input.decision];
  const now = domain.now();
  const endsAt =
    input.decision === 'restrict' || (input.decision === 'suspend' && input.hours)
      ? new Date(now.getTime() + (input.hours ?? 0) * 3_600_000)
      : null;
  const actionId = await domain.db.transaction().execute(async (tx) => {
    const closed = await tx
      .updateTable('queue_items')
      .set({ status: 'closed', decision: input.decision, closed_at: now, claimed_by: moderatorId })
      .where('id', '=', itemId)
      .where('status', '<>', 'closed')
      .returning('id')
      .executeTakeFirst();
    if (!closed) throw new ServiceError(409, 'conflict', 'This item has already been decided.');
    let actionId: string | null = null;
    if (kind) {
      const action = await tx
        .insertInto('member_actions')
        .values({
          member_id: item.member_id,
          kind,
          reason: input.reason,
          queue_item_id: itemId,
          created_by: moderatorId,
          ends_at: endsAt,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      actionId = action.id;
      if (kind === 'badge_removed') {
        await tx
          .updateTable('members')
          .set({ badges: '[]' })
          .where('id', '=', item.member_id)
          .execute();
      }
    }
    await recordEvent(tx, {
      actorId: moderatorId,
      kind: `decided_${input.decision}`,
      queueItemId: itemId,
      memberId: item.member_id,
      reason: input.reason,
      detail: { actionId, endsAt: endsAt?.toISOString() ?? null },
    });
    return actionId;
  });
  if (actionId) await domain.fanout.publish([item.member_id], { type: 'actions_updated' });
  // Held content waits for this decision: dismissing the flag delivers it, anything else keeps it held.
  if (input.decision === 'dismiss' && item.message_id) await releaseHeld(domain, item.message_id);
  return { item: { id: itemId, status: 'closed', decision: input.decision }, actionId };
}

export async function appeals(domain: Domain) {
  const rows = await domain.db
    .selectFrom('appeals')
    .innerJoin('member_actions', 'member_actions.id', 'appeals.action_id')
    .innerJoin('members', 'members.id', 'appeals.member_id')
    .select([
      'appeals.id',
      'appeals.text',
      'appeals.status',
      'appeals.created_at',
      'member_actions.kind',
      'member_actions.reason as action_reason',
      'members.id as member_id',
      'members.name as member_name',
    ])
    .orderBy('appeals.created_at', 'desc')
    .limit(500)
    .execute();
  return {
    appeals: rows.map((row) => ({
      id: row.id,
      text: row.text,
      status: row.status,
      createdAt: row.created_at.toISOString(),
      action: { kind: row.kind, reason: row.action_reason },
      member: { id: row.member_id, name: row.member_name },
    })),
  };
}

/** Overturning an appeal lifts the action; upholding keeps it. Either way it is final. */
export async function decideAppeal(
  domain: Domain,
  moderatorId: string,
  appealId: string,
  input: { decision: 'uphold' | 'overturn'; reason: string },
) {
  const row = await domain.db
    .selectFrom('appeals')
    .selectAll()
    .where('id', '=', appealId)
    .executeTakeFirst();
  if (!row) throw notFound('appeal');
  const action = await domain.db
    .selectFrom('member_actions')
    .select('created_by')
    .where('id', '=', row.action_id)
    .executeTakeFirstOrThrow();
  // An appeal is a second look: whoever made the decision does not judge it.
  if (action.created_by === moderatorId) {
    throw new ServiceError(
      409,
      'conflict',
      'Another moderator decides appeals of your own decisions.',
    );
  }
  const now = domain.now();
  await domain.db.transaction().execute(async (tx) => {
    const updated = await tx
      .updateTable('appeals')
      .set({
        status: input.decision === 'uphold' ? 'upheld' : 'overturned',
        decided_by: moderatorId,
        decision_reason: input.reason,
        decided_at: now,
      })
      .where('id', '=', appealId)
      .where('status', '=', 'open')
      .returning('id')
      .executeTakeFirst();
    if (!updated) throw new ServiceError(409, 'conflict', 'This appeal has already been decided.');
    if (input.decision === 'overturn') {
      await tx
        .updateTable('member_actions')
        .set({ revoked_at: now })
        .where('id', '=', row.action_id)
        .execute();
    }
    await recordEvent(tx, {
      actorId: moderatorId,
      kind: `appeal_${input.decision === 'uphold' ? 'upheld' : 'overturned'}`,
      appealId,
      memberId: row.member_id,
      reason: input.reason,
      detail: { actionId: row.action_id },
    });
  });
  await domain.fanout.publish([row.member_id], { type: 'actions_updated' });
  return {
    appeal: { id: appealId, status: input.decision === 'uphold' ? 'upheld' : 'overturned' },
  };
}

export async function audit(domain: Domain) {
  const rows = await domain.db
    .selectFrom('moderation_events')
    .leftJoin('members as actor', 'actor.id', 'moderation_events.actor_id')
    .leftJoin('members as subject', 'subject.id', 'moderation_events.member_id')
    .selectAll('moderation_events')
    .select(['actor.name as actor_name', 'subject.name as member_name'])
    .orderBy('moderation_events.id', 'desc')
    .limit(500)
    .execute();
  return {
    events: rows.map((row) => ({
      ...eventView(row),
      actor: row.actor_name ?? 'system',
      member: row.member_name,
    })),
  };
}

function eventView(row: {
  id: string;
  kind: string;
  actor_id: string | null;
  queue_item_id: string | null;
  appeal_id: string | null;
  member_id: string | null;
  reason: string;
  detail: unknown;
  created_at: Date;
}) {
  return {
    id: String(row.id),
    kind: row.kind,
    actorId: row.actor_id,
    queueItemId: row.queue_item_id,
    appealId: row.appeal_id,
    memberId: row.member_id,
    reason: row.reason,
    detail: row.detail,
    at: row.created_at.toISOString(),
  };
}

/** Delivers a held message: to the recipient's socket now, and by mail if it stays unread. */
async function releaseHeld(domain: Domain, messageId: string): Promise<void> {
  const released = await domain.db.transaction().execute(async (tx) => {
    const message = await tx
      .updateTable('messages')
      .set({ held: false })
      .where('id', '=', messageId)
      .where('held', '=', true)
      .returningAll()
      .executeTakeFirst();
    if (!message) return undefined;
    const thread = await tx
      .selectFrom('threads')
      .selectAll()
      .where('id', '=', message.thread_id)
      .executeTakeFirstOrThrow();
    await mailIfUnread(tx, {
      threadId: thread.id,
      recipientId: counterpartOf(thread, message.sender_id!),
      afterMinutes: domain.rules.notifyDelayMinutes,
    });
    return { message, thread };
  });
  if (released) await publishMessage(domain, released.thread, released.message, 'message');
}
