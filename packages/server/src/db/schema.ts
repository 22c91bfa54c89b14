import type { ColumnType, Generated, Kysely, Selectable, Transaction } from 'kysely';

/** Timestamps are written as Date or ISO strings and read back as Date. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<
  Date | null,
  Date | string | null | undefined,
  Date | string | null
>;
type Json<T> = ColumnType<T, string, string>;

export type PlanName = 'basic' | 'business' | 'enterprise';
export type MembershipRole = 'client' | 'freelancer' | 'agency_member';
export type StaffRole = 'moderator' | 'admin';
export type ContractStateName = 'offered' | 'active' | 'paused' | 'ended';
export type MemberActionKind = 'warning' | 'restriction' | 'suspension' | 'badge_removed';

export interface Database {
  organisations: {
    id: Generated<string>;
    name: string;
    kind: 'personal' | 'agency' | 'company';
    plan: Generated<PlanName>;
    created_at: Generated<Date>;
  };
  members: {
    id: Generated<string>;
    email: string;
    name: string;
    password_hash: string;
    staff_role: StaffRole | null;
    headline: Generated<string>;
    bio: Generated<string>;
    country: string | null;
    badges: ColumnType<string[], string | undefined, string>;
    created_at: Generated<Date>;
  };
  memberships: { organisation_id: string; member_id: string; role: MembershipRole };
  sessions: {
    token_hash: string;
    member_id: string;
    csrf_token: string;
    created_at: Generated<Date>;
    expires_at: Timestamp;
  };
  jobs: {
    id: Generated<string>;
    organisation_id: string;
    client_id: string;
    title: string;
    description: string;
    status: Generated<'open' | 'closed'>;
    acknowledged_at: Timestamp;
    acknowledged_policy_version: string;
    created_at: Generated<Date>;
  };
  threads: {
    id: Generated<string>;
    job_id: string;
    client_id: string;
    freelancer_id: string;
    freelancer_organisation_id: string;
    last_seq: Generated<number>;
    last_message_at: Generated<Date>;
    created_at: Generated<Date>;
  };
  thread_reads: {
    thread_id: string;
    member_id: string;
    last_read_seq: number;
    read_at: Generated<Date>;
  };
  unread_mail_due: { thread_id: string; member_id: string; due_at: Timestamp };
  proposals: {
    id: Generated<string>;
    job_id: string;
    thread_id: string;
    freelancer_id: string;
    organisation_id: string;
    cover_letter: string;
    portfolio_links: Json<string[]>;
    held: Generated<boolean>;
    created_at: Generated<Date>;
  };
  invites: {
    id: Generated<string>;
    job_id: string;
    thread_id: string;
    client_id: string;
    freelancer_id: string;
    text: string;
    created_at: Generated<Date>;
  };
  contracts: {
    id: Generated<string>;
    thread_id: string;
    state: ContractStateName;
    offered_at: Generated<Date>;
    started_at: NullableTimestamp;
    ended_at: NullableTimestamp;
  };
  messages: {
    id: Generated<string>;
    thread_id: string;
    seq: number;
    sender_id: string | null;
    kind: 'text' | 'event';
    event: string | null;
    text: string;
    masked_text: string | null;
    held: Generated<boolean>;
    idempotency_key: string | null;
    edited_at: NullableTimestamp;
    deleted_at: NullableTimestamp;
    created_at: Generated<Date>;
  };
  enforcement_records: {
    id: Generated<string>;
    member_id: string;
    surface: string;
    subject_id: string | null;
    thread_id: string | null;
    original: string;
    action: string;
    policy_version: string;
    decision: Json<unknown>;
    context: Json<unknown>;
    created_at: Generated<Date>;
  };
  reports: {
    id: Generated<string>;
    reporter_id: string;
    message_id: string;
    reason: string;
    note: Generated<string>;
    created_at: Generated<Date>;
  };
  queue_items: {
    id: Generated<string>;
    source: 'automatic' | 'report';
    reason: string;
    status: Generated<'open' | 'claimed' | 'closed'>;
    member_id: string;
    thread_id: string | null;
    message_id: string | null;
    record_id: string | null;
    report_id: string | null;
    claimed_by: string | null;
    decision: string | null;
    created_at: Generated<Date>;
    closed_at: NullableTimestamp;
  };
  member_actions: {
    id: Generated<string>;
    member_id: string;
    kind: MemberActionKind;
    reason: string;
    queue_item_id: string | null;
    created_by: string | null;
    created_at: Generated<Date>;
    ends_at: NullableTimestamp;
    revoked_at: NullableTimestamp;
  };
  appeals: {
    id: Generated<string>;
    action_id: string;
    member_id: string;
    text: string;
    status: Generated<'open' | 'upheld' | 'overturned'>;
    decided_by: string | null;
    decision_reason: string | null;
    created_at: Generated<Date>;
    decided_at: NullableTimestamp;
  };
  moderation_events: {
    id: Generated<string>;
    actor_id: string | null;
    kind: string;
    queue_item_id: string | null;
    appeal_id: string | null;
    member_id: string | null;
    reason: Generated<string>;
    detail: ColumnType<unknown, string | undefined, never>;
    created_at: Generated<Date>;
  };
  availabilities: {
    member_id: string;
    settings: Json<AvailabilitySettings>;
    feed_secret: string;
    updated_at: Generated<Date>;
  };
  calendar_feeds: {
    id: Generated<string>;
    member_id: string;
    url: string;
    busy: ColumnType<{ start: string; end: string }[], string | undefined, string>;
    fetched_at: NullableTimestamp;
    last_error: string | null;
    created_at: Generated<Date>;
  };
  bookings: {
    id: Generated<string>;
    thread_id: string;
    host_id: string;
    booker_id: string;
    booker_time_zone: string;
    meeting_type: string;
    starts_at: Timestamp;
    ends_at: Timestamp;
    /** `[start − buffer before, end + buffer after)`, as a tstzrange literal. */
    occupied: string;
    status: Generated<'confirmed' | 'cancelled'>;
    sequence: Generated<number>;
    guests: ColumnType<{ id: string; name: string; email: string }[], string | undefined, string>;
    history: ColumnType<BookingChange[], string | undefined, string>;
    created_at: Generated<Date>;
    updated_at: Generated<Date>;
  };
  service_secrets: { name: string; value: string };
  booking_reminders: {
    booking_id: string;
    sequence: number;
    offset_minutes: number;
    sent_at: Generated<Date>;
  };
  outbox: {
    id: Generated<string>;
    member_id: string | null;
    to_address: string;
    subject: string;
    text: string;
    ics: string | null;
    delivered_via: 'smtp' | 'outbox';
    created_at: Generated<Date>;
  };
}

/** What a host sets about their availability; the slots request without its per-call fields. */
export interface AvailabilitySettings {
  timeZone: string;
  weekly: Record<string, [string, string][]>;
  overrides: { date: string; ranges: [string, string][] }[];
  meetingTypes: { id: string; name: string; minutes: number }[];
  minNoticeMinutes: number;
  windowDays: number;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  dailyCap: number | null;
  /** Minutes between slot starts; null means the meeting's length. */
  stepMinutes: number | null;
  /** Minutes before the meeting; 0 means at booking. */
  reminderOffsets: number[];
  /** One line of the confirmation mail the host writes. */
  confirmationLine: string;
}

export interface BookingChange {
  at: string;
  by: string | null;
  change: 'booked' | 'rescheduled' | 'cancelled';
  startsAt: string;
  endsAt: string;
}

export type MemberRow = Selectable<Database['members']>;
export type ThreadRow = Selectable<Database['threads']>;
export type MessageRow = Selectable<Database['messages']>;
export type BookingRow = Selectable<Database['bookings']>;

/** The database, or a transaction open on it: where a statement runs. */
export type Queryable = Kysely<Database> | Transaction<Database>;
