import { addToCalendarLinks, buildInvite, reminderSchedule } from '@ringfence/scheduling';
import { Temporal } from 'temporal-polyfill';
import type { BookingRow } from '../db/schema.js';
import type { Domain } from '../domain/context.js';
import { bookingLinks } from '../domain/bookings.js';
import type { Mail } from '../mail/mailer.js';

interface Person {
  id: string;
  name: string;
  email: string;
  timeZone: string;
}

/** A time as a person reads it: their own zone, named. */
function when(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(instant);
}

async function peopleOf(domain: Domain, booking: BookingRow) {
  const settings = await domain.db
    .selectFrom('availabilities')
    .select('settings')
    .where('member_id', '=', booking.host_id)
    .executeTakeFirst();
  const hostZone = settings?.settings.timeZone ?? 'UTC';
  const members = await domain.db
    .selectFrom('members')
    .select(['id', 'name', 'email'])
    .where('id', 'in', [booking.host_id, booking.booker_id])
    .execute();
  const find = (id: string) => members.find((m) => m.id === id)!;
  const host: Person = { ...find(booking.host_id), timeZone: hostZone };
  const booker: Person = { ...find(booking.booker_id), timeZone: booking.booker_time_zone };
  const guests: Person[] = booking.guests.map((g) => ({
    ...g,
    timeZone: booking.booker_time_zone,
  }));
  const job = await domain.db
    .selectFrom('threads')
    .innerJoin('jobs', 'jobs.id', 'threads.job_id')
    .select('jobs.title')
    .where('threads.id', '=', booking.thread_id)
    .executeTakeFirstOrThrow();
  return {
    host,
    booker,
    guests,
    title: `${booking.meeting_type}: ${job.title}`,
    confirmationLine: settings?.settings.confirmationLine ?? '',
  };
}

/**
 * The mails for one version of a booking: an invite (METHOD:REQUEST, SEQUENCE = version) or a
 * cancellation (METHOD:CANCEL) to the host, the booker and the guests, each in their own zone.
 */
export async function bookingMails(domain: Domain, booking: BookingRow): Promise<Mail[]> {
  const { host, booker, guests, title, confirmationLine } = await peopleOf(domain, booking);
  const cancelled = booking.status === 'cancelled';
  const rescheduled = !cancelled && booking.sequence > 0;
  const view = `${domain.calendars.publicUrl}/#/threads/${booking.thread_id}`;
  const callUrl = `${view}/call`;
  const everyone = [host, booker, ...guests];
  // Each person's invite names only them: members' addresses must not reach the other side
  // before a contract, so the platform is the organiser and the others appear by name only.
  const inviteFor = (person: Person) =>
    buildInvite({
      uid: `${booking.id}@ringfence`,
      sequence: booking.sequence,
      method: cancelled ? 'CANCEL' : 'REQUEST',
      start: Temporal.Instant.fromEpochMilliseconds(booking.starts_at.getTime()),
      end: Temporal.Instant.fromEpochMilliseconds(booking.ends_at.getTime()),
      now: Temporal.Instant.fromEpochMilliseconds(domain.now().getTime()),
      summary: title,
      description: [
        `With ${everyone
          .filter((p) => p.id !== person.id)
          .map((p) => p.name)
          .join(', ')}.`,
        `Join the call in Ringfence: ${callUrl}`,
      ].join('\n'),
      location: callUrl,
      url: view,
      organizer: { name: `${host.name} via Ringfence`, email: domain.calendars.organizerEmail },
      attendees: [{ name: person.name, email: person.email }],
    });
  const calendarLinks = addToCalendarLinks({
    title,
    start: Temporal.Instant.fromEpochMilliseconds(booking.starts_at.getTime()),
    end: Temporal.Instant.fromEpochMilliseconds(booking.ends_at.getTime()),
    details: `Join the call in Ringfence: ${callUrl}`,
    location: callUrl,
  });
  const links = bookingLinks(domain, booking);
  return everyone.map((person) => {
    const subject = cancelled
      ? `Cancelled: ${title}`
      : `${rescheduled ? 'Moved' : 'Booked'}: ${title} — ${when(booking.starts_at, person.timeZone)}`;
    const lines = cancelled
      ? [
          `The meeting "${title}" on ${when(booking.starts_at, person.timeZone)} was cancelled. The time is free again.`,
          '',
          `Conversation: ${view}`,
        ]
      : [
          `${rescheduled ? 'Your meeting moved' : 'Your meeting is booked'}: ${title}`,
          `When: ${when(booking.starts_at, person.timeZone)} (${(booking.ends_at.getTime() - booking.starts_at.getTime()) / 60_000} minutes)`,
          `With: ${everyone
            .filter((p) => p.id !== person.id)
            .map((p) => p.name)
            .join(', ')}`,
          ...(confirmationLine ? ['', confirmationLine] : []),
          '',
          `Join the call at meeting time: ${callUrl}`,
          `Add to Google Calendar: ${calendarLinks.google}`,
          `Add to Outlook: ${calendarLinks.outlook}`,
          '',
          `Reschedule: ${links.reschedule}`,
          `Cancel: ${links.cancel}`,
        ];
    return {
      memberId: person.id,
      to: person.email,
      subject,
      text: lines.join('\n'),
      ics: { method: cancelled ? 'CANCEL' : 'REQUEST', content: inviteFor(person) },
    } satisfies Mail;
  });
}

/** When each reminder of this booking version is due; the at-booking one is the confirmation itself. */
export async function reminderTimes(
  domain: Domain,
  booking: BookingRow,
): Promise<{ offset: number; at: Date }[]> {
  if (booking.status !== 'confirmed') return [];
  const settings = await domain.db
    .selectFrom('availabilities')
    .select('settings')
    .where('member_id', '=', booking.host_id)
    .executeTakeFirst();
  const offsets = (settings?.settings.reminderOffsets ?? [0, 1440, 120]).filter((o) => o > 0);
  const now = Temporal.Instant.fromEpochMilliseconds(domain.now().getTime());
  const start = Temporal.Instant.fromEpochMilliseconds(booking.starts_at.getTime());
  const due = reminderSchedule({ start, bookedAt: now, offsetsMinutes: offsets, now });
  return due.map((instant) => ({
    offset: Math.round(start.since(instant).total('minutes')),
    at: new Date(instant.epochMilliseconds),
  }));
}

export async function reminderMails(domain: Domain, booking: BookingRow): Promise<Mail[]> {
  const { host, booker, guests, title } = await peopleOf(domain, booking);
  const callUrl = `${domain.calendars.publicUrl}/#/threads/${booking.thread_id}/call`;
  return [host, booker, ...guests].map((person) => ({
    memberId: person.id,
    to: person.email,
    subject: `Reminder: ${title} — ${when(booking.starts_at, person.timeZone)}`,
    text: [
      `Reminder: ${title}`,
      `When: ${when(booking.starts_at, person.timeZone)}`,
      '',
      `Join the call at meeting time: ${callUrl}`,
    ].join('\n'),
  }));
}
