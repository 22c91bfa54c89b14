import { buildFeed } from '@ringfence/scheduling';
import { timingSafeEqual } from 'node:crypto';
import { Temporal } from 'temporal-polyfill';
import type { Domain } from './context.js';
import { notFound } from './errors.js';

/** A member's booked meetings (as host or booker) as an iCalendar feed behind a secret URL. */
export async function memberFeed(
  domain: Domain,
  memberId: string,
  secret: string,
): Promise<string> {
  const row = await domain.db
    .selectFrom('availabilities')
    .innerJoin('members', 'members.id', 'availabilities.member_id')
    .select(['availabilities.feed_secret', 'members.name'])
    .where('member_id', '=', memberId)
    .executeTakeFirst();
  const given = Buffer.from(secret);
  if (
    !row ||
    given.length !== row.feed_secret.length ||
    !timingSafeEqual(given, Buffer.from(row.feed_secret))
  ) {
    throw notFound('calendar');
  }
  const bookings = await domain.db
    .selectFrom('bookings')
    .innerJoin('threads', 'threads.id', 'bookings.thread_id')
    .innerJoin('jobs', 'jobs.id', 'threads.job_id')
    .selectAll('bookings')
    .select('jobs.title')
    .where((eb) =>
      eb.or([eb('bookings.host_id', '=', memberId), eb('bookings.booker_id', '=', memberId)]),
    )
    .where('bookings.status', '=', 'confirmed')
    .execute();
  const instant = (date: Date) => Temporal.Instant.fromEpochMilliseconds(date.getTime());
  return buildFeed(
    `${row.name} — Ringfence meetings`,
    bookings.map((b) => ({
      uid: `${b.id}@ringfence`,
      sequence: b.sequence,
      start: instant(b.starts_at),
      end: instant(b.ends_at),
      summary: `${b.meeting_type}: ${b.title}`,
      url: `${domain.calendars.publicUrl}/#/threads/${b.thread_id}`,
      status: 'confirmed' as const,
    })),
    instant(domain.now()),
  );
}
