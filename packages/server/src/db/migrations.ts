import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';

/**
 * The schema, as plain PostgreSQL that runs unchanged on PGlite and on a PostgreSQL server.
 * Each migration is a list of single statements: PGlite's extended protocol takes one at a time.
 */
const MIGRATIONS: Record<string, readonly string[]> = {
  '0001_marketplace': [
    `create table organisations (
      id uuid primary key default gen_random_uuid(),
      name text not null,
      kind text not null check (kind in ('personal', 'agency', 'company')),
      plan text not null default 'basic' check (plan in ('basic', 'business', 'enterprise')),
      created_at timestamptz not null default now()
    )`,
    `create table members (
      id uuid primary key default gen_random_uuid(),
      email text not null unique,
      name text not null,
      password_hash text not null,
      staff_role text check (staff_role in ('moderator', 'admin')),
      headline text not null default '',
      bio text not null default '',
      country text,
      badges jsonb not null default '[]',
      created_at timestamptz not null default now()
    )`,
    `create table memberships (
      organisation_id uuid not null references organisations(id),
      member_id uuid not null references members(id),
      role text not null check (role in ('client', 'freelancer', 'agency_member')),
      primary key (organisation_id, member_id)
    )`,
    `create table sessions (
      token_hash text primary key,
      member_id uuid not null references members(id),
      csrf_token text not null,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null
    )`,
    `create table jobs (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations(id),
      client_id uuid not null references members(id),
      title text not null,
      description text not null,
      status text not null default 'open' check (status in ('open', 'closed')),
      acknowledged_at timestamptz not null,
      acknowledged_policy_version text not null,
      created_at timestamptz not null default now()
    )`,
    // One thread per job and freelancer (a job has one client): proposals, invites, messages
    // and the contract all live in it.
    `create table threads (
      id uuid primary key default gen_random_uuid(),
      job_id uuid not null references jobs(id),
      client_id uuid not null references members(id),
      freelancer_id uuid not null references members(id),
      freelancer_organisation_id uuid not null references organisations(id),
      last_seq integer not null default 0,
      last_message_at timestamptz not null default now(),
      created_at timestamptz not null default now(),
      unique (job_id, freelancer_id)
    )`,
    `create table thread_reads (
      thread_id uuid not null references threads(id),
      member_id uuid not null references members(id),
      last_read_seq integer not null default 0,
      read_at timestamptz not null default now(),
      primary key (thread_id, member_id)
    )`,
    `create table proposals (
      id uuid primary key default gen_random_uuid(),
      job_id uuid not null references jobs(id),
      thread_id uuid not null references threads(id),
      freelancer_id uuid not null references members(id),
      organisation_id uuid not null references organisations(id),
      cover_letter text not null,
      portfolio_links jsonb not null default '[]',
      held boolean not null default false,
      created_at timestamptz not null default now()
    )`,
    `create table invites (
      id uuid primary key default gen_random_uuid(),
      job_id uuid not null references jobs(id),
      thread_id uuid not null references threads(id),
      client_id uuid not null references members(id),
      freelancer_id uuid not null references members(id),
      text text not null,
      created_at timestamptz not null default now()
    )`,
    `create table contracts (
      id uuid primary key default gen_random_uuid(),
      thread_id uuid not null references threads(id),
      state text not null check (state in ('offered', 'active', 'paused', 'ended')),
      offered_at timestamptz not null default now(),
      started_at timestamptz,
      ended_at timestamptz
    )`,
    // At most one contract in progress per thread; ended ones stay as history.
    `create unique index contracts_one_open on contracts (thread_id) where state <> 'ended'`,
    `create table messages (
      id uuid primary key default gen_random_uuid(),
      thread_id uuid not null references threads(id),
      seq integer not null,
      sender_id uuid references members(id),
      kind text not null check (kind in ('text', 'event')),
      event text,
      text text not null,
      masked_text text,
      held boolean not null default false,
      idempotency_key text,
      edited_at timestamptz,
      deleted_at timestamptz,
      created_at timestamptz not null default now(),
      unique (thread_id, seq),
      unique (sender_id, idempotency_key)
    )`,
    // The original of everything stopped, masked or held, with what was decided and why.
    `create table enforcement_records (
      id uuid primary key default gen_random_uuid(),
      member_id uuid not null references members(id),
      surface text not null,
      subject_id uuid,
      thread_id uuid references threads(id),
      original text not null,
      action text not null,
      policy_version text not null,
      decision jsonb not null,
      context jsonb not null,
      created_at timestamptz not null default now()
    )`,
    `create index enforcement_records_member on enforcement_records (member_id, created_at)`,
    `create table reports (
      id uuid primary key default gen_random_uuid(),
      reporter_id uuid not null references members(id),
      message_id uuid not null references messages(id),
      reason text not null check (reason in ('off_platform', 'contact_details', 'off_platform_payment', 'scam', 'other')),
      note text not null default '',
      created_at timestamptz not null default now()
    )`,
    `create table queue_items (
      id uuid primary key default gen_random_uuid(),
      source text not null check (source in ('automatic', 'report')),
      reason text not null,
      status text not null default 'open' check (status in ('open', 'claimed', 'closed')),
      member_id uuid not null references members(id),
      thread_id uuid references threads(id),
      message_id uuid references messages(id),
      record_id uuid references enforcement_records(id),
      report_id uuid references reports(id),
      claimed_by uuid references members(id),
      decision text,
      created_at timestamptz not null default now(),
      closed_at timestamptz
    )`,
    `create index queue_items_status on queue_items (status, created_at)`,
    `create table member_actions (
      id uuid primary key default gen_random_uuid(),
      member_id uuid not null references members(id),
      kind text not null check (kind in ('warning', 'restriction', 'suspension', 'badge_removed')),
      reason text not null,
      queue_item_id uuid references queue_items(id),
      created_by uuid references members(id),
      created_at timestamptz not null default now(),
      ends_at timestamptz,
      revoked_at timestamptz
    )`,
    `create index member_actions_member on member_actions (member_id)`,
    `create table appeals (
      id uuid primary key default gen_random_uuid(),
      action_id uuid not null unique references member_actions(id),
      member_id uuid not null references members(id),
      text text not null,
      status text not null default 'open' check (status in ('open', 'upheld', 'overturned')),
      decided_by uuid references members(id),
      decision_reason text,
      created_at timestamptz not null default now(),
      decided_at timestamptz
    )`,
    // Append-only: who did what to which item, when and why. The trigger below refuses edits.
    `create table moderation_events (
      id bigserial primary key,
      actor_id uuid references members(id),
      kind text not null,
      queue_item_id uuid references queue_items(id),
      appeal_id uuid references appeals(id),
      member_id uuid references members(id),
      reason text not null default '',
      detail jsonb not null default '{}',
      created_at timestamptz not null default now()
    )`,
    `create function refuse_change() returns trigger language plpgsql as $$
      begin raise exception 'moderation events are append-only'; end $$`,
    `create trigger moderation_events_append_only before update or delete on moderation_events
      for each row execute function refuse_change()`,
    `create table outbox (
      id uuid primary key default gen_random_uuid(),
      member_id uuid references members(id),
      to_address text not null,
      subject text not null,
      text text not null,
      ics text,
      delivered_via text not null check (delivered_via in ('smtp', 'outbox')),
      created_at timestamptz not null default now()
    )`,
  ],
  '0002_scheduling': [
    // Bookings of one host must not overlap: an exclusion constraint, not a check-then-insert.
    `create extension if not exists btree_gist`,
    // The host's availability, in the shape of the slots request (see docs/scheduling.md).
    `create table availabilities (
      member_id uuid primary key references members(id),
      settings jsonb not null,
      feed_secret text not null,
      updated_at timestamptz not null default now()
    )`,
    `create table calendar_feeds (
      id uuid primary key default gen_random_uuid(),
      member_id uuid not null references members(id),
      url text not null,
      busy jsonb not null default '[]',
      fetched_at timestamptz,
      last_error text,
      created_at timestamptz not null default now(),
      unique (member_id, url)
    )`,
    `create table bookings (
      id uuid primary key default gen_random_uuid(),
      thread_id uuid not null references threads(id),
      host_id uuid not null references members(id),
      booker_id uuid not null references members(id),
      booker_time_zone text not null,
      meeting_type text not null,
      starts_at timestamptz not null,
      ends_at timestamptz not null,
      occupied tstzrange not null,
      status text not null default 'confirmed' check (status in ('confirmed', 'cancelled')),
      sequence integer not null default 0,
      guests jsonb not null default '[]',
      history jsonb not null default '[]',
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (ends_at > starts_at),
      exclude using gist (host_id with =, occupied with &&) where (status = 'confirmed')
    )`,
    `create index bookings_thread on bookings (thread_id)`,
    // Secrets every server process must share, such as the key that signs links in mail.
    `create table service_secrets (name text primary key, value text not null)`,
    // A reminder is mailed once per booking version and offset: the key is claimed before sending.
    `create table booking_reminders (
      booking_id uuid not null references bookings(id),
      sequence integer not null,
      offset_minutes integer not null,
      sent_at timestamptz not null default now(),
      primary key (booking_id, sequence, offset_minutes)
    )`,
  ],
  // When each member's unread mail for a thread falls due. The message's own statement moves it
  // (one row per thread and recipient, so a burst of messages makes one mail); a sweep claims
  // the due rows and queues their mail. Claimed rows go, so the table stays small and is read
  // whole; `due_at` has no index, which lets every send update its row in place (HOT).
  '0003_unread_mail': [
    `create table unread_mail_due (
      thread_id uuid not null references threads(id),
      member_id uuid not null references members(id),
      due_at timestamptz not null,
      primary key (thread_id, member_id)
    )`,
  ],
  // Every send reads its thread's latest contract: without this, a scan of all contracts.
  '0004_contracts_by_thread': [
    `create index contracts_thread on contracts (thread_id, offered_at desc)`,
  ],
  // Every send reads its sender's last words in the thread (for split contact details). Without
  // this the database intersects all of the sender's messages with all of the thread's, which
  // grows with both; with it, it reads those few rows newest first.
  '0005_messages_by_thread_sender': [
    `create index messages_thread_sender on messages (thread_id, sender_id, seq desc)
      where kind = 'text' and deleted_at is null`,
  ],
};

export const migrationProvider: MigrationProvider = {
  getMigrations() {
    const migrations: Record<string, Migration> = {};
    for (const [name, statements] of Object.entries(MIGRATIONS)) {
      migrations[name] = {
        async up(db: Kysely<unknown>) {
          for (const statement of statements) await sql.raw(statement).execute(db);
        },
      };
    }
    return Promise.resolve(migrations);
  },
};
