import {
  computeSlots,
  parseSlotRequest,
  signLink,
  verifyLink,
  LinkError,
} from '@ringfence/scheduling';
import { sql } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import type { BookingChange, BookingRow, ThreadRow } from '../db/schema.js';
import { DEFAULT_AVAILABILITY, slotRequestFields } from './availability.js';
import type { Domain } from './context.js';
import { notFound, ServiceError } from './errors.js';
import { appendMessage, publishMessage, threadFor } from './threads.js';

/** How long the cancel and reschedule links in mail stay valid after the meeting. */
const LINK_GRACE_DAYS = 1;

async function hostSettings(domain: Domain, hostId: string) {
  const row = await domain.db
    .selectFrom('availabilities')
    .select('settings')
    .where('member_id', '=', hostId)
    .executeTakeFirst();
  return row?.settings;
}

function meetingType(settings: NonNullable<Awaited<ReturnType<typeof hostSettings>>>, id: unknown) {
  const type =
    settings.meetingTypes.find((t) => t.id === id) ??
    (id === undefined ? settings.meetingTypes[0] : undefined);
  if (!type)
    throw new ServiceError(
      400,
      'invalid',
      `meetingType: one of ${settings.meetingTypes.map((t) => t.id).join(', ')}`,
    );
  return type;
}

function zoneOf(value: unknown, fallback: string): string {
  if (value === undefined || value === null || value === '') return fallback;
  if (typeof value !== 'string')
    throw new ServiceError(400, 'invalid', 'timeZone: an IANA time zone such as Europe/Paris');
  try {
    return Temporal.Now.zonedDateTimeISO(value).timeZoneId;
  } catch {
    throw new ServiceError(400, 'invalid', `timeZone: unknown time zone "${value}"`);
  }
}

export interface SlotQuery {
  meetingType?: unknown;
  timeZone?: unknown;
  /** A booking being rescheduled: its own time does not block, and its length is used. */
  moving?: BookingRow;
}

/**
 * The host's free slots for this thread's booker, in the booker's zone: weekly hours and
 * overrides, minus calendar-feed busy times and other bookings, with notice, window, buffers and
 * the daily cap applied by the pure slot engine.
 */
export async function slotsFor(domain: Domain, thread: ThreadRow, input: SlotQuery) {
  const settings = await hostSettings(domain, thread.freelancer_id);
  if (!settings) {
    return {
      configured: false,
      meetingTypes: DEFAULT_AVAILABILITY.meetingTypes,
      slots: [],
      days: {},
      hostTimeZone: null,
    };
  }
  // A meeting being moved keeps its own length, whatever the host's types say now.
  const type = input.moving
    ? {
        id: 'current',
        name: input.moving.meeting_type,
        minutes: (input.moving.ends_at.getTime() - input.moving.starts_at.getTime()) / 60_000,
      }
    : meetingType(settings, input.meetingType);
  const bookerTimeZone = zoneOf(input.timeZone, settings.timeZone);
  const [feeds, bookings] = await Promise.all([
    domain.db
      .selectFrom('calendar_feeds')
      .select('busy')
      .where('member_id', '=', thread.freelancer_id)
      .execute(),
    domain.db
      .selectFrom('bookings')
      .select(['id', 'starts_at', 'ends_at'])
      .where('host_id', '=', thread.freelancer_id)
      .where('status', '=', 'confirmed')
      .where('ends_at', '>', new Date(domain.now().getTime() - 86_400_000))
      .execute(),
  ]);
  const request = parseSlotRequest({
    ...slotRequestFields(settings, type.minutes, domain.now().toISOString()),
    busy: feeds.flatMap((feed) => feed.busy),
    bookings: bookings
      .filter((b) => b.id !== input.moving?.id)
      .map((b) => ({ start: b.starts_at.toISOString(), end: b.ends_at.toISOString() })),
    bookerTimeZone,
  });
  const result = computeSlots(request);
  return {
    configured: true,
    meetingType: type,
    meetingTypes: settings.meetingTypes,
    hostTimeZone: settings.timeZone,
    bookerTimeZone,
    ...result,
  };
}

export async function threadSlots(
  domain: Domain,
  memberId: string,
  threadId: string,
  input: { meetingType?: unknown; timeZone?: unknown; moving?: unknown },
) {
  const thread = await threadFor(domain, memberId, threadId);
  let moving: BookingRow | undefined;
  if (typeof input.moving === 'string') {
    moving = await domain.db
      .selectFrom('bookings')
      .selectAll()
      .where('id', '=', input.moving)
      .where('thread_id', '=', threadId)
      .where('status', '=', 'confirmed')
      .executeTakeFirst();
    if (!moving) throw notFound('meeting');
  }
  return slotsFor(domain, thread, {
    meetingType: input.meetingType,
    timeZone: input.timeZone ?? moving?.booker_time_zone,
    ...(moving ? { moving } : {}),
  });
}

/** Either side shares the freelancer's availability in the thread; the client then picks. */
export async function shareAvailability(domain: Domain, memberId: string, threadId: string) {
  const thread = await threadFor(domain, memberId, threadId);
  const message = await domain.db.transaction().execute((tx) =>
    appendMessage(tx, {
      threadId,
      senderId: memberId,
      kind: 'event',
      event: 'availability_shared',
      text: 'Pick a time for a call: the scheduler shows the freelancer’s free slots in your time zone.',
    }),
  );
  await publishMessage(domain, thread, message, 'message');
  return { messageId: message.id };
}

function occupiedRange(
  settings: { bufferBeforeMinutes: number; bufferAfterMinutes: number },
  start: Date,
  end: Date,
): string {
  const from = new Date(start.getTime() - settings.bufferBeforeMinutes * 60_000).toISOString();
  const to = new Date(end.getTime() + settings.bufferAfterMinutes * 60_000).toISOString();
  return `[${from},${to})`;
}

/** Postgres refuses the second of two overlapping bookings of one host (exclusion constraint). */
const isOverlap = (error: unknown): boolean =>
  typeof error === 'object' &&
  error !== null &&
  'code' in error &&
  (error as { code: unknown }).code === '23P01';

const slotTaken = () =>
  new ServiceError(409, 'slot_taken', 'That time was just taken. Please pick another slot.');

async function requireOpenSlot(
  domain: Domain,
  thread: ThreadRow,
  start: unknown,
  input: SlotQuery,
) {
  if (typeof start !== 'string' || Number.isNaN(Date.parse(start))) {
    throw new ServiceError(
      400,
      'invalid',
      'start: an ISO 8601 instant such as 2026-03-30T09:00:00Z',
    );
  }
  const offered = await slotsFor(domain, thread, input);
  if (!('meetingType' in offered))
    throw new ServiceError(409, 'conflict', 'The freelancer has not set their availability yet.');
  const wanted = new Date(start).getTime();
  const slot = offered.slots.find((s) => Date.parse(s.start) === wanted);
  if (!slot) throw slotTaken();
  const settings = (await hostSettings(domain, thread.freelancer_id))!;
  return { slot, settings, type: offered.meetingType, bookerTimeZone: offered.bookerTimeZone };
}

/** The client books one of the freelancer's slots; the booking appears in the thread for both. */
export async function book(
  domain: Domain,
  memberId: string,
  threadId: string,
  input: { start?: unknown; meetingType?: unknown; timeZone?: unknown; guests?: unknown },
) {
  const thread = await threadFor(domain, memberId, threadId);
  if (thread.client_id !== memberId)
    throw new ServiceError(
      403,
      'forbidden',
      'The client picks the time; share your availability instead.',
    );
  const { slot, settings, type, bookerTimeZone } = await requireOpenSlot(
    domain,
    thread,
    input.start,
    input,
  );
  const guests = await guestsFrom(domain, thread, input.guests);
  const start = new Date(slot.start);
  const end = new Date(slot.end);
  const change: BookingChange = {
    at: domain.now().toISOString(),
    by: memberId,
    change: 'booked',
    startsAt: slot.start,
    endsAt: slot.end,
  };
  let created: { booking: BookingRow; message: Awaited<ReturnType<typeof appendMessage>> };
  try {
    created = await domain.db.transaction().execute(async (tx) => {
      const booking = await tx
        .insertInto('bookings')
        .values({
          thread_id: threadId,
          host_id: thread.freelancer_id,
          booker_id: memberId,
          booker_time_zone: bookerTimeZone,
          meeting_type: type.name,
          starts_at: start,
          ends_at: end,
          occupied: occupiedRange(settings, start, end),
          guests: JSON.stringify(guests),
          history: JSON.stringify([change]),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      const message = await appendMessage(tx, {
        threadId,
        senderId: memberId,
        kind: 'event',
        event: 'booking_confirmed',
        text: `${type.name} booked for ${slot.start}.`,
      });
      // The mail job commits with the booking, or not at all.
      await domain.jobs.bookingChanged({ bookingId: booking.id, sequence: 0 }, tx);
      return { booking, message };
    });
  } catch (error) {
    if (isOverlap(error)) throw slotTaken();
    throw error;
  }
  await publishMessage(domain, thread, created.message, 'message');
  return { booking: bookingView(domain, created.booking) };
}

async function guestsFrom(domain: Domain, thread: ThreadRow, value: unknown) {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > 5 || !value.every((v) => typeof v === 'string')) {
    throw new ServiceError(
      400,
      'invalid',
      'guests: up to 5 member ids from the client’s organisation',
    );
  }
  if (value.length === 0) return [];
  const job = await domain.db
    .selectFrom('jobs')
    .select('organisation_id')
    .where('id', '=', thread.job_id)
    .executeTakeFirstOrThrow();
  const rows = await domain.db
    .selectFrom('memberships')
    .innerJoin('members', 'members.id', 'memberships.member_id')
    .select(['members.id', 'members.name', 'members.email'])
    .where('memberships.organisation_id', '=', job.organisation_id)
    .where('members.id', 'in', value as string[])
    .execute();
  if (rows.length !== new Set(value).size)
    throw new ServiceError(
      400,
      'invalid',
      'guests: only members of the client’s organisation can be added',
    );
  return rows.map((row) => ({ id: row.id, name: row.name, email: row.email }));
}

/** The client's colleagues (their organisation's other members) who may join a meeting. */
export async function possibleGuests(domain: Domain, memberId: string, threadId: string) {
  const thread = await threadFor(domain, memberId, threadId);
  if (thread.client_id !== memberId) return [];
  const job = await domain.db
    .selectFrom('jobs')
    .select('organisation_id')
    .where('id', '=', thread.job_id)
    .executeTakeFirstOrThrow();
  return domain.db
    .selectFrom('memberships')
    .innerJoin('members', 'members.id', 'memberships.member_id')
    .select(['members.id', 'members.name'])
    .where('memberships.organisation_id', '=', job.organisation_id)
    .where('members.id', '<>', memberId)
    .orderBy('members.name')
    .execute();
}

export async function threadBookings(domain: Domain, memberId: string, threadId: string) {
  await threadFor(domain, memberId, threadId);
  const rows = await domain.db
    .selectFrom('bookings')
    .selectAll()
    .where('thread_id', '=', threadId)
    .orderBy('starts_at')
    .execute();
  return { bookings: rows.map((row) => bookingView(domain, row)) };
}

async function participantBooking(domain: Domain, memberId: string, bookingId: string) {
  const booking = await domain.db
    .selectFrom('bookings')
    .selectAll()
    .where('id', '=', bookingId)
    .executeTakeFirst();
  if (!booking) throw notFound('booking');
  const thread = await threadFor(domain, memberId, booking.thread_id);
  return { booking, thread };
}

/** Cancels a booking; the slot frees at once (the exclusion constraint covers confirmed ones only). */
export async function cancelBooking(
  domain: Domain,
  actorId: string | null,
  booking: BookingRow,
  thread: ThreadRow,
) {
  if (booking.status === 'cancelled')
    throw new ServiceError(409, 'already_cancelled', 'This meeting was already cancelled.');
  const change: BookingChange = {
    at: domain.now().toISOString(),
    by: actorId,
    change: 'cancelled',
    startsAt: booking.starts_at.toISOString(),
    endsAt: booking.ends_at.toISOString(),
  };
  const { updated, message } = await domain.db.transaction().execute(async (tx) => {
    const updated = await tx
      .updateTable('bookings')
      .set({
        status: 'cancelled',
        sequence: sql<number>`sequence + 1`,
        history: sql<string>`history || ${JSON.stringify([change])}::jsonb`,
        updated_at: domain.now(),
      })
      .where('id', '=', booking.id)
      .where('status', '=', 'confirmed')
      .returningAll()
      .executeTakeFirst();
    if (!updated)
      throw new ServiceError(409, 'already_cancelled', 'This meeting was already cancelled.');
    const message = await appendMessage(tx, {
      threadId: thread.id,
      senderId: actorId ?? booking.booker_id,
      kind: 'event',
      event: 'booking_cancelled',
      text: `The ${booking.meeting_type.toLowerCase()} on ${booking.starts_at.toISOString()} was cancelled.`,
    });
    await domain.jobs.bookingChanged({ bookingId: updated.id, sequence: updated.sequence }, tx);
    return { updated, message };
  });
  await publishMessage(domain, thread, message, 'message');
  return { booking: bookingView(domain, updated) };
}

/** Moves a booking to another free slot; it keeps its id, history and links. */
export async function rescheduleBooking(
  domain: Domain,
  actorId: string | null,
  booking: BookingRow,
  thread: ThreadRow,
  start: unknown,
) {
  if (booking.status === 'cancelled')
    throw new ServiceError(409, 'already_cancelled', 'This meeting was cancelled; book a new one.');
  const { slot, settings: current } = await requireOpenSlot(domain, thread, start, {
    timeZone: booking.booker_time_zone,
    moving: booking,
  });
  const change: BookingChange = {
    at: domain.now().toISOString(),
    by: actorId,
    change: 'rescheduled',
    startsAt: slot.start,
    endsAt: slot.end,
  };
  const newStart = new Date(slot.start);
  const newEnd = new Date(slot.end);
  let moved: { updated: BookingRow; message: Awaited<ReturnType<typeof appendMessage>> };
  try {
    moved = await domain.db.transaction().execute(async (tx) => {
      const updated = await tx
        .updateTable('bookings')
        .set({
          starts_at: newStart,
          ends_at: newEnd,
          occupied: occupiedRange(current, newStart, newEnd),
          sequence: sql<number>`sequence + 1`,
          history: sql<string>`history || ${JSON.stringify([change])}::jsonb`,
          updated_at: domain.now(),
        })
        .where('id', '=', booking.id)
        .where('status', '=', 'confirmed')
        .where('sequence', '=', booking.sequence)
        .returningAll()
        .executeTakeFirst();
      if (!updated)
        throw new ServiceError(
          409,
          'conflict',
          'The meeting changed meanwhile; reload and try again.',
        );
      const message = await appendMessage(tx, {
        threadId: thread.id,
        senderId: actorId ?? booking.booker_id,
        kind: 'event',
        event: 'booking_rescheduled',
        text: `The ${booking.meeting_type.toLowerCase()} moved to ${slot.start}.`,
      });
      await domain.jobs.bookingChanged({ bookingId: updated.id, sequence: updated.sequence }, tx);
      return { updated, message };
    });
  } catch (error) {
    if (isOverlap(error)) throw slotTaken();
    throw error;
  }
  await publishMessage(domain, thread, moved.message, 'message');
  return { booking: bookingView(domain, moved.updated) };
}

export async function cancelAsParticipant(domain: Domain, memberId: string, bookingId: string) {
  const { booking, thread } = await participantBooking(domain, memberId, bookingId);
  return cancelBooking(domain, memberId, booking, thread);
}

export async function rescheduleAsParticipant(
  domain: Domain,
  memberId: string,
  bookingId: string,
  start: unknown,
) {
  const { booking, thread } = await participantBooking(domain, memberId, bookingId);
  return rescheduleBooking(domain, memberId, booking, thread, start);
}

/** The signed links of a booking for mail: they name the booking, not a time, so they follow reschedules. */
export function bookingLinks(domain: Domain, booking: BookingRow) {
  const expires = new Date(booking.ends_at.getTime() + LINK_GRACE_DAYS * 86_400_000).toISOString();
  const token = (action: 'cancel' | 'reschedule') =>
    signLink(
      { bookingId: booking.id, action, sequence: booking.sequence, expires },
      domain.calendars.linkSecret,
    );
  const base = domain.calendars.publicUrl;
  return {
    cancel: `${base}/#/meeting/${token('cancel')}`,
    reschedule: `${base}/#/meeting/${token('reschedule')}`,
  };
}

/** A mail link's booking, or a clear refusal: tampered, expired, or for a booking that is gone. */
export async function bookingFromLink(domain: Domain, token: string) {
  let claims: { bookingId: string; action: 'cancel' | 'reschedule' };
  try {
    claims = verifyLink(
      token,
      domain.calendars.linkSecret,
      Temporal.Instant.fromEpochMilliseconds(domain.now().getTime()),
    );
  } catch (error) {
    if (error instanceof LinkError) {
      const why = {
        malformed: 'This link is incomplete.',
        tampered: 'This link is not valid.',
        expired: 'This link has expired.',
      }[error.reason];
      throw new ServiceError(error.reason === 'expired' ? 410 : 400, `link_${error.reason}`, why);
    }
    throw error;
  }
  const booking = await domain.db
    .selectFrom('bookings')
    .selectAll()
    .where('id', '=', claims.bookingId)
    .executeTakeFirst();
  if (!booking) throw notFound('booking');
  const thread = await domain.db
    .selectFrom('threads')
    .selectAll()
    .where('id', '=', booking.thread_id)
    .executeTakeFirstOrThrow();
  return { booking, thread, action: claims.action };
}

export function bookingView(domain: Domain, booking: BookingRow) {
  return {
    id: booking.id,
    threadId: booking.thread_id,
    hostId: booking.host_id,
    bookerId: booking.booker_id,
    meetingType: booking.meeting_type,
    // Written like the slots' instants, so a booking's start compares equal to its slot's.
    start: instantText(booking.starts_at),
    end: instantText(booking.ends_at),
    bookerTimeZone: booking.booker_time_zone,
    status: booking.status,
    sequence: booking.sequence,
    // Names only: a guest's address is for the service's mail, not for the other side.
    guests: booking.guests.map(({ id, name }) => ({ id, name })),
    history: booking.history,
    // The in-platform call of the thread: the "join call" action at meeting time.
    callUrl: `${domain.calendars.publicUrl}/#/threads/${booking.thread_id}/call`,
  };
}

const instantText = (date: Date): string =>
  Temporal.Instant.fromEpochMilliseconds(date.getTime()).toString();
