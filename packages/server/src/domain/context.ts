import type { Policy } from '@ringfence/policy';
import type { Kysely } from 'kysely';
import type { Checks } from '../checking/checks.js';
import type { GroupCommit } from '../db/group-commit.js';
import type { Database, Queryable } from '../db/schema.js';
import type { FetchFeed } from '../calendar/feed-fetcher.js';
import type { Fanout } from '../realtime/fanout.js';

/** Settings of the rules the service applies around the policy. */
export interface Rules {
  /** Blocks in `escalationWindowHours` that restrict pre-contract messaging. */
  escalationBlocks: number;
  escalationWindowHours: number;
  restrictionHours: number;
  /** Minutes before an unread message is mailed to its recipient. */
  notifyDelayMinutes: number;
}

export const DEFAULT_RULES: Rules = {
  escalationBlocks: 3,
  escalationWindowHours: 24,
  restrictionHours: 24,
  notifyDelayMinutes: 10,
};

/** Where a job is recorded: pass the open transaction so the job commits with the change. */
export type Via = Queryable;

/** Background work the domain asks for; the job queue does it durably. */
export interface Jobs {
  /** Mails the change of a booking (invite, update or cancellation) and plans its reminders. */
  bookingChanged(input: { bookingId: string; sequence: number }, via?: Via): Promise<void>;
}

/** What scheduling needs from the outside world. */
export interface Calendars {
  fetchFeed: FetchFeed;
  /** Signs cancel and reschedule links in mail. */
  linkSecret: Uint8Array;
  /** The address members use, for links. */
  publicUrl: string;
  /** The organiser's address in invites: the service's own, never a member's. */
  organizerEmail: string;
}

/** What every domain operation needs: the database and the edges, passed in so tests can swap them. */
export interface Domain {
  db: Kysely<Database>;
  /** Commits the hot path's short writes (sends) together with concurrent ones. */
  groupCommit: GroupCommit;
  policy: Policy;
  /** Decides a write's text under `policy`: on the check workers, beside the event loop. */
  decideText: Checks['decideText'];
  rules: Rules;
  fanout: Fanout;
  jobs: Jobs;
  calendars: Calendars;
  now(): Date;
}
