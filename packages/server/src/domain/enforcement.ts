import {
  decisionSummary,
  type ContractState,
  type Decision,
  type Plan,
  type Surface,
} from '@ringfence/policy';
import { sql, type Kysely } from 'kysely';
import type { Database, MemberActionKind } from '../db/schema.js';
import type { Domain, Rules, Via } from './context.js';
import { ServiceError } from './errors.js';
import { openQueueItem, recordEvent } from './trust-records.js';

/** Where and by whom something is written: what the policy needs to decide. */
export interface WriteContext {
  memberId: string;
  surface: Surface;
  contract: ContractState;
  plan: Plan;
  /** The thread it belongs to, when it belongs to one. */
  threadId?: string;
  /** The same sender's recent messages in the thread, oldest first, for split contact details. */
  earlier?: readonly string[];
  country?: string | null;
  /** The member's restrictions in force, when the caller has read them already. */
  standing?: readonly StandingAction[];
}

/** What a write may do after enforcement. */
export interface Verdict {
  decision: Decision;
  /** What recipients see: the masked text when the policy masks. */
  delivered: string;
  masked: boolean;
  /** Held for a moderator (action `review`): only its sender sees it until then. */
  held: boolean;
  /** The moderator-only record of the original, when one was written. */
  recordId?: string;
}

/**
 * The one gate every write passes: profile, job post, proposal, invite, message and edit.
 * It refuses a restricted member, decides with the policy, keeps the original of anything
 * stopped, masked or held for trust and safety, opens queue items, escalates repeated blocks,
 * and throws a `blocked` error carrying the findings so the app can highlight them.
 */
export async function enforce(
  domain: Domain,
  text: string,
  context: WriteContext,
): Promise<Verdict> {
  await assertMayWrite(domain, context);
  const decision = await domain.decideText(
    text,
    { surface: context.surface, contract: context.contract, plan: context.plan },
    {
      earlier: context.earlier ?? [],
      countries: context.country ? [context.country] : [],
    },
  );
  const stopped = decision.action !== 'allow' && decision.action !== 'nudge';
  let recordId: string | undefined;
  if (stopped || decision.queue) {
    recordId = await keepOriginal(domain, text, context, decision);
  }
  if (decision.queue || decision.action === 'review') {
    await openQueueItem(domain.db, {
      source: 'automatic',
      reason: reasonOf(decision),
      memberId: context.memberId,
      threadId: context.threadId ?? null,
      recordId: recordId ?? null,
    });
  }
  if (decision.action === 'block') {
    await escalateRepeatedBlocks(domain, context.memberId);
    throw new ServiceError(
      422,
      'blocked',
      'This was not sent: it contains contact details or an off-platform request that are not allowed here yet.',
      { decision: decisionSummary(decision) },
    );
  }
  return {
    decision,
    delivered: decision.action === 'mask' ? (decision.masked ?? text) : text,
    masked: decision.action === 'mask',
    held: decision.action === 'review',
    ...(recordId ? { recordId } : {}),
  };
}

/**
 * How a message carries the verdict: the masked text for recipients, whether it is held, and
 * when its recipient is mailed if it stays unread (a held message reaches no one, so never).
 */
export function deliveryOf(
  verdict: Verdict,
  rules: Rules,
): { maskedText: string | null; held: boolean; unreadMailAfterMinutes?: number } {
  return {
    maskedText: verdict.masked ? verdict.delivered : null,
    held: verdict.held,
    ...(verdict.held ? {} : { unreadMailAfterMinutes: rules.notifyDelayMinutes }),
  };
}

async function keepOriginal(
  domain: Domain,
  text: string,
  context: WriteContext,
  decision: Decision,
): Promise<string> {
  const row = await domain.db
    .insertInto('enforcement_records')
    .values({
      member_id: context.memberId,
      surface: context.surface,
      subject_id: null,
      thread_id: context.threadId ?? null,
      original: text,
      action: decision.action,
      policy_version: decision.policyVersion,
      decision: JSON.stringify(decisionSummary(decision)),
      context: JSON.stringify({
        surface: context.surface,
        contract: context.contract,
        plan: context.plan,
      }),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Links the record to what was written once it exists (the message, job or proposal id). */
export async function attachRecord(
  db: Via,
  recordId: string,
  subjectId: string,
  messageId?: string,
): Promise<void> {
  await db
    .updateTable('enforcement_records')
    .set({ subject_id: subjectId })
    .where('id', '=', recordId)
    .execute();
  if (messageId !== undefined) {
    await db
      .updateTable('queue_items')
      .set({ message_id: messageId })
      .where('record_id', '=', recordId)
      .execute();
  }
}

function reasonOf(decision: Decision): string {
  if (decision.categories.includes('payment')) return 'off_platform_payment';
  if (decision.action === 'review') return 'held_for_review';
  return 'contact_details';
}

/** A restriction or suspension in force. */
export interface StandingAction {
  kind: MemberActionKind;
  ends_at: Date | null;
}

/**
 * The member's restrictions and suspensions in force: a query of its own, or a subquery of the
 * read that gathers a send's context (see threads.ts), so a send needs no extra round trip.
 */
export function standingActions(db: Kysely<Database>, memberId: string, now: Date) {
  return db
    .selectFrom('member_actions')
    .select(['kind', 'ends_at'])
    .where('member_id', '=', memberId)
    .where('kind', 'in', ['restriction', 'suspension'])
    .where('revoked_at', 'is', null)
    .where((eb) => eb.or([eb('ends_at', 'is', null), eb('ends_at', '>', now)]));
}

/** Active restrictions and suspensions stop writes before anything is decided. */
async function assertMayWrite(domain: Domain, context: WriteContext): Promise<void> {
  const actions =
    context.standing ??
    (await standingActions(domain.db, context.memberId, domain.now()).execute());
  const suspension = actions.find((action) => action.kind === 'suspension');
  if (suspension) {
    throw new ServiceError(403, 'restricted', 'Your account is suspended.', {
      until: suspension.ends_at?.toISOString() ?? null,
    });
  }
  const restriction = actions.find((action) => action.kind === 'restriction');
  // A restriction covers pre-contract messaging; work under a contract goes on.
  if (restriction && context.contract === 'none' && context.surface !== 'profile') {
    throw new ServiceError(
      403,
      'restricted',
      'Your pre-contract messaging is paused for now after repeated attempts to share contact details.',
      { until: restriction.ends_at?.toISOString() ?? null },
    );
  }
}

/** The third block in a day (by default) restricts pre-contract messaging and tells a moderator. */
async function escalateRepeatedBlocks(domain: Domain, memberId: string): Promise<void> {
  const { escalationBlocks, escalationWindowHours, restrictionHours } = domain.rules;
  const now = domain.now();
  const since = new Date(now.getTime() - escalationWindowHours * 3_600_000);
  const { count } = await domain.db
    .selectFrom('enforcement_records')
    .select(sql<string>`count(*)`.as('count'))
    .where('member_id', '=', memberId)
    .where('action', '=', 'block')
    .where('created_at', '>', since)
    .executeTakeFirstOrThrow();
  if (Number(count) < escalationBlocks) return;
  const existing = await domain.db
    .selectFrom('member_actions')
    .select('id')
    .where('member_id', '=', memberId)
    .where('kind', '=', 'restriction')
    .where('revoked_at', 'is', null)
    .where('ends_at', '>', now)
    .executeTakeFirst();
  if (existing) return;
  const endsAt = new Date(now.getTime() + restrictionHours * 3_600_000);
  const reason = `${count} blocked attempts to share contact details within ${escalationWindowHours} hours`;
  await domain.db.transaction().execute(async (tx) => {
    const itemId = await openQueueItem(tx, {
      source: 'automatic',
      reason: 'repeated_attempts',
      memberId,
    });
    const action = await tx
      .insertInto('member_actions')
      .values({
        member_id: memberId,
        kind: 'restriction',
        reason,
        queue_item_id: itemId,
        created_by: null,
        ends_at: endsAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordEvent(tx, {
      actorId: null,
      kind: 'restriction_applied',
      queueItemId: itemId,
      memberId,
      reason,
      detail: { actionId: action.id, endsAt: endsAt.toISOString() },
    });
  });
}
