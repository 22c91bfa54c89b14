import type { ApiDecision, MemberAction, Message } from '../api/types';

export interface QueueEntry {
  id: string;
  source: 'automatic' | 'report';
  reason: string;
  status: 'open' | 'claimed' | 'closed';
  member: { id: string; name: string };
  threadId: string | null;
  messageId: string | null;
  decision: string | null;
  claimedBy: string | null;
  createdAt: string;
}

export interface ItemDetail {
  item: {
    id: string;
    source: string;
    reason: string;
    status: string;
    decision: string | null;
    createdAt: string;
  };
  report: { reason: string; note: string; createdAt: string } | null;
  original: {
    text: string;
    surface: string;
    action: string;
    policyVersion: string | null;
    decision: ApiDecision | null;
    context: { surface?: string; contract?: string; plan?: string } | null;
    createdAt: string;
  } | null;
  thread: Array<Message & { reported?: boolean; senderName?: string | null }>;
  member: {
    id: string;
    name: string;
    email: string;
    badges?: string[];
    actions: MemberAction[];
    enforcement: Record<string, number>;
  };
  events: AuditEvent[];
}

export interface AuditEvent {
  id: string;
  kind: string;
  actorId: string | null;
  actor?: string;
  member?: string | null;
  queueItemId: string | null;
  appealId: string | null;
  memberId: string | null;
  reason: string;
  detail: unknown;
  at: string;
}

export const DECISIONS = [
  ['dismiss', 'Dismiss', 'Nothing wrong; close the item.'],
  ['confirm', 'Confirm', 'The automatic decision was right; no further action.'],
  ['warn', 'Warn', 'A warning on the member’s account.'],
  ['restrict', 'Restrict', 'Pause pre-contract messaging for a number of hours.'],
  ['suspend', 'Suspend', 'Suspend the account.'],
  ['remove_badge', 'Remove badge', 'Take away the member’s badges.'],
] as const;

export type ModerationDecision = (typeof DECISIONS)[number][0];
