import type { Action, Alternative, ExceptionKind, Explanation, Plan } from '@ringfence/policy';
import type { Category } from '@ringfence/detect';

export type StaffRole = 'moderator' | 'admin';

export interface Member {
  id: string;
  name: string;
  email: string;
  staffRole: StaffRole | null;
  headline: string;
  bio: string;
  country: string | null;
}

export type OrgRole = 'client' | 'freelancer' | 'agency_member';

export interface Organisation {
  id: string;
  name: string;
  plan: Plan;
  kind: 'personal' | 'agency' | 'company';
  role: OrgRole;
}

export interface Session {
  member: Member;
  organisations: Organisation[];
  csrfToken: string;
}

export interface DemoLogin {
  email: string;
  password: string;
  name: string;
  description: string;
}

export interface Rules {
  policyVersion: string;
  notice: { preContract: string; contract: string };
  full: string | string[];
}

export type ContractState = 'none' | 'active' | 'ended';

export interface ContractRef {
  id: string;
  state: 'offered' | 'active' | 'paused' | 'ended';
}

export interface Thread {
  id: string;
  job: { id: string; title: string };
  client: { id: string; name: string };
  freelancer: { id: string; name: string };
  organisation: { id: string; name: string; plan: Plan };
  contract: ContractRef | null;
  contractState: ContractState;
  lastReadSeq: number;
  lastSeq: number;
}

export interface InboxEntry {
  id: string;
  job: { id: string; title: string };
  counterpart: { id: string; name: string };
  organisation: { id: string; name: string };
  contractState: ContractState;
  lastMessage: null | {
    text: string;
    at: string;
    senderId: string | null;
    kind?: 'text' | 'event';
  };
  unread: number;
  lastSeq: number;
}

export type EventKind =
  | 'contract_offered'
  | 'contract_started'
  | 'contract_paused'
  | 'contract_resumed'
  | 'contract_ended'
  | 'availability_shared'
  | 'booking_confirmed'
  | 'booking_cancelled'
  | 'booking_rescheduled';

export interface Message {
  id: string;
  threadId: string;
  seq: number;
  senderId: string | null;
  kind: 'text' | 'event';
  event?: EventKind | null;
  text: string;
  masked: boolean;
  held: boolean;
  editedAt: string | null;
  deletedAt: string | null;
  createdAt: string;
}

/** A finding as the API returns it in `decision.findings`. */
export interface ApiFinding {
  category: Category;
  start: number;
  end: number;
  text: string;
  action: Action;
  exception?: ExceptionKind;
  explanation?: Explanation;
}

export interface ApiDecision {
  action: Action;
  policyVersion: string;
  categories?: Category[];
  exception?: ExceptionKind;
  findings: ApiFinding[];
}

export type { Action, Alternative, Category, Explanation, Plan };

export interface Job {
  id: string;
  title: string;
  description: string;
  organisation?: { id: string; name: string; plan?: Plan };
  organisationId?: string;
  client?: { id: string; name: string };
  clientId?: string;
  status?: string;
  createdAt?: string;
}

export interface Freelancer {
  id: string;
  name: string;
  headline?: string;
  country?: string | null;
}

export interface Proposal {
  id: string;
  jobId?: string;
  threadId?: string;
  freelancer?: { id: string; name: string };
  freelancerId?: string;
  coverLetter: string;
  portfolioLinks?: string[];
  held?: boolean;
  createdAt?: string;
}

export type ReportReason =
  'off_platform' | 'contact_details' | 'off_platform_payment' | 'scam' | 'other';

export interface MemberAction {
  id: string;
  kind: 'warning' | 'restriction' | 'suspension' | 'badge_removed';
  reason: string;
  createdAt: string;
  endsAt: string | null;
  revokedAt?: string | null;
  active?: boolean;
  appeal?: {
    id: string;
    status: 'open' | 'upheld' | 'overturned';
    text?: string;
    reason?: string | null;
  } | null;
}

/** An appeal as moderators list it. */
export interface Appeal {
  id: string;
  text: string;
  status: 'open' | 'upheld' | 'overturned';
  createdAt: string;
  action?: { kind: string; reason: string };
  member?: { id: string; name: string };
}

export type WsEvent =
  | { type: 'message'; message: Message }
  | { type: 'message_updated'; message: Message }
  | { type: 'read'; threadId: string; memberId: string; seq: number }
  | { type: 'typing'; threadId: string; memberId: string }
  | { type: 'thread_updated'; threadId: string }
  | { type: 'actions_updated' }
  | { type: 'ack'; idempotencyKey: string; message: Message; decision: ApiDecision }
  | {
      type: 'rejected';
      idempotencyKey: string;
      error: string;
      code: string;
      decision?: ApiDecision;
    };
