import { busyFromIcs, parseSlotRequest, SchedulingInputError } from '@ringfence/scheduling';
import { randomBytes } from 'node:crypto';
import { Temporal } from 'temporal-polyfill';
import type { AvailabilitySettings } from '../db/schema.js';
import { FeedError } from '../calendar/feed-fetcher.js';
import type { Domain } from './context.js';
import { enforce } from './enforcement.js';
import { notFound, ServiceError } from './errors.js';

const MAX_FEEDS = 10;
/** Busy times are kept for this far ahead: the longest booking window allowed. */
const FEED_HORIZON_DAYS = 366;

export const DEFAULT_AVAILABILITY: AvailabilitySettings = {
  timeZone: 'UTC',
  weekly: {
    mon: [['09:00', '17:00']],
    tue: [['09:00', '17:00']],
    wed: [['09:00', '17:00']],
    thu: [['09:00', '17:00']],
    fri: [['09:00', '17:00']],
  },
  overrides: [],
  meetingTypes: [
    { id: 'intro', name: 'Introductory call', minutes: 30 },
    { id: 'interview', name: 'Interview', minutes: 60 },
  ],
  minNoticeMinutes: 240,
  windowDays: 30,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 15,
  dailyCap: null,
  stepMinutes: 30,
  reminderOffsets: [0, 1440, 120],
  confirmationLine: '',
};

export async function getAvailability(domain: Domain, memberId: string) {
  const row = await domain.db
    .selectFrom('availabilities')
    .selectAll()
    .where('member_id', '=', memberId)
    .executeTakeFirst();
  const feeds = await domain.db
    .selectFrom('calendar_feeds')
    .select(['id', 'url', 'fetched_at', 'last_error', 'busy'])
    .where('member_id', '=', memberId)
    .orderBy('created_at')
    .execute();
  return {
    configured: row !== undefined,
    settings: row?.settings ?? DEFAULT_AVAILABILITY,
    feeds: feeds.map((feed) => ({
      id: feed.id,
      url: feed.url,
      fetchedAt: feed.fetched_at?.toISOString() ?? null,
      lastError: feed.last_error,
      busyCount: feed.busy.length,
    })),
    // The member's own feed of booked interviews, to subscribe to from any calendar app.
    feedUrl: row
      ? `${domain.calendars.publicUrl}/v1/calendars/${memberId}/${row.feed_secret}.ics`
      : null,
  };
}

/**
 * Saves a host's availability after validating it with the same parser the slot engine uses, so
 * overlapping or inverted ranges, unknown time zones and impossible rules are refused up front.
 */
export async function putAvailability(domain: Domain, memberId: string, input: unknown) {
  const settings = validateSettings(input);
  // The confirmation line is mailed to clients before any contract: the same gate as a profile.
  if (settings.confirmationLine !== '') {
    await enforce(domain, settings.confirmationLine, {
      memberId,
      surface: 'profile',
      contract: 'none',
      plan: 'basic',
    });
  }
  await domain.db
    .insertInto('availabilities')
    .values({
      member_id: memberId,
      settings: JSON.stringify(settings),
      feed_secret: randomBytes(18).toString('base64url'),
    })
    .onConflict((oc) =>
      oc
        .column('member_id')
        .doUpdateSet({ settings: JSON.stringify(settings), updated_at: domain.now() }),
    )
    .execute();
  return getAvailability(domain, memberId);
}

function validateSettings(input: unknown): AvailabilitySettings {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new ServiceError(400, 'invalid', 'availability must be a JSON object');
  }
  const merged = { ...DEFAULT_AVAILABILITY, ...(input as Partial<AvailabilitySettings>) };
  const types = merged.meetingTypes;
  if (!Array.isArray(types) || types.length === 0 || types.length > 10) {
    throw new ServiceError(400, 'invalid', 'meetingTypes: give from 1 to 10 meeting types');
  }
  const ids = new Set<string>();
  for (const [index, type] of types.entries()) {
    if (typeof type?.id !== 'string' || !/^[a-z0-9-]{1,40}$/.test(type.id) || ids.has(type.id)) {
      throw new ServiceError(
        400,
        'invalid',
        `meetingTypes.${index}.id: a unique short id of lower-case letters, digits and dashes`,
      );
    }
    ids.add(type.id);
    if (typeof type.name !== 'string' || type.name.trim() === '' || type.name.length > 80) {
      throw new ServiceError(
        400,
        'invalid',
        `meetingTypes.${index}.name: a name of up to 80 characters`,
      );
    }
    if (!Number.isInteger(type.minutes) || type.minutes < 5 || type.minutes > 480) {
      throw new ServiceError(
        400,
        'invalid',
        `meetingTypes.${index}.minutes: a whole number from 5 to 480`,
      );
    }
  }
  const offsets = merged.reminderOffsets;
  if (
    !Array.isArray(offsets) ||
    offsets.length > 6 ||
    !offsets.every((o) => Number.isInteger(o) && o >= 0 && o <= 43_200)
  ) {
    throw new ServiceError(
      400,
      'invalid',
      'reminderOffsets: up to 6 whole numbers of minutes before the meeting (0 = at booking), at most 30 days',
    );
  }
  if (
    typeof merged.confirmationLine !== 'string' ||
    merged.confirmationLine.length > 300 ||
    /[\r\n]/.test(merged.confirmationLine)
  ) {
    throw new ServiceError(400, 'invalid', 'confirmationLine: one line of up to 300 characters');
  }
  if (
    merged.stepMinutes !== null &&
    (!Number.isInteger(merged.stepMinutes) || merged.stepMinutes < 5)
  ) {
    throw new ServiceError(400, 'invalid', 'stepMinutes: a whole number of at least 5, or null');
  }
  try {
    // The slot engine's own validation, with a sample meeting length and instant.
    parseSlotRequest(
      slotRequestFields(merged, types[0]!.minutes, Temporal.Now.instant().toString()),
    );
  } catch (error) {
    if (error instanceof SchedulingInputError)
      throw new ServiceError(400, 'invalid', error.message);
    throw error;
  }
  return {
    timeZone: merged.timeZone,
    weekly: merged.weekly,
    overrides: merged.overrides,
    meetingTypes: types.map(({ id, name, minutes }) => ({ id, name: name.trim(), minutes })),
    minNoticeMinutes: merged.minNoticeMinutes,
    windowDays: merged.windowDays,
    bufferBeforeMinutes: merged.bufferBeforeMinutes,
    bufferAfterMinutes: merged.bufferAfterMinutes,
    dailyCap: merged.dailyCap,
    stepMinutes: merged.stepMinutes,
    reminderOffsets: [...new Set(offsets)].sort((a, b) => a - b),
    confirmationLine: merged.confirmationLine.trim(),
  };
}

/** The slots request (see docs/scheduling.md) that the settings describe. */
export function slotRequestFields(settings: AvailabilitySettings, minutes: number, now: string) {
  return {
    timeZone: settings.timeZone,
    weekly: settings.weekly,
    overrides: settings.overrides,
    duration: minutes,
    step: settings.stepMinutes ?? minutes,
    minNoticeMinutes: settings.minNoticeMinutes,
    windowDays: settings.windowDays,
    bufferBeforeMinutes: settings.bufferBeforeMinutes,
    bufferAfterMinutes: settings.bufferAfterMinutes,
    dailyCap: settings.dailyCap,
    now,
  };
}

export async function addFeed(domain: Domain, memberId: string, url: unknown) {
  if (typeof url !== 'string' || url.length > 2000 || !/^(https?|webcal):\/\//i.test(url)) {
    throw new ServiceError(
      400,
      'invalid',
      'url: an https://, http:// or webcal:// address of an iCalendar feed',
    );
  }
  const count = await domain.db
    .selectFrom('calendar_feeds')
    .select('id')
    .where('member_id', '=', memberId)
    .execute();
  if (count.length >= MAX_FEEDS)
    throw new ServiceError(409, 'conflict', `At most ${MAX_FEEDS} calendar feeds.`);
  // Fetched before saving: a feed that cannot be read is refused with the reason, and nothing changes.
  const busy = await readFeed(domain, url, await ownerZone(domain, memberId));
  const row = await domain.db
    .insertInto('calendar_feeds')
    .values({
      member_id: memberId,
      url,
      busy: JSON.stringify(busy),
      fetched_at: domain.now(),
      last_error: null,
    })
    .onConflict((oc) =>
      oc
        .columns(['member_id', 'url'])
        .doUpdateSet({ busy: JSON.stringify(busy), fetched_at: domain.now(), last_error: null }),
    )
    .returning('id')
    .executeTakeFirstOrThrow();
  return { feed: { id: row.id, url, busyCount: busy.length } };
}

export async function removeFeed(domain: Domain, memberId: string, feedId: string) {
  const deleted = await domain.db
    .deleteFrom('calendar_feeds')
    .where('id', '=', feedId)
    .where('member_id', '=', memberId)
    .executeTakeFirst();
  if (deleted.numDeletedRows === 0n) throw notFound('calendar feed');
}

/**
 * Refreshes every feed (the job queue runs this on a schedule). A feed that fails keeps its
 * last good busy times; the error is recorded for its owner to see.
 */
export async function refreshFeeds(domain: Domain): Promise<{ refreshed: number; failed: number }> {
  const feeds = await domain.db
    .selectFrom('calendar_feeds')
    .select(['id', 'url', 'member_id'])
    .execute();
  let failed = 0;
  for (const feed of feeds) {
    try {
      const busy = await readFeed(domain, feed.url, await ownerZone(domain, feed.member_id));
      await domain.db
        .updateTable('calendar_feeds')
        .set({ busy: JSON.stringify(busy), fetched_at: domain.now(), last_error: null })
        .where('id', '=', feed.id)
        .execute();
    } catch (error) {
      failed += 1;
      const message = error instanceof ServiceError ? error.message : String(error);
      await domain.db
        .updateTable('calendar_feeds')
        .set({ last_error: message })
        .where('id', '=', feed.id)
        .execute();
    }
  }
  return { refreshed: feeds.length - failed, failed };
}

/** All-day and floating events are read in the calendar owner's zone. */
async function ownerZone(domain: Domain, memberId: string): Promise<string> {
  const row = await domain.db
    .selectFrom('availabilities')
    .select('settings')
    .where('member_id', '=', memberId)
    .executeTakeFirst();
  return row?.settings.timeZone ?? DEFAULT_AVAILABILITY.timeZone;
}

async function readFeed(domain: Domain, url: string, timeZone: string) {
  let text: string;
  try {
    text = await domain.calendars.fetchFeed(url);
  } catch (error) {
    if (error instanceof FeedError)
      throw new ServiceError(
        422,
        'feed_unreadable',
        `The calendar feed could not be read: ${error.message}.`,
      );
    throw error;
  }
  const now = Temporal.Instant.fromEpochMilliseconds(domain.now().getTime());
  try {
    const spans = busyFromIcs(
      text,
      {
        start: now.subtract({ hours: 24 }),
        end: now.add({ hours: 24 * FEED_HORIZON_DAYS }),
      },
      { defaultTimeZone: timeZone },
    );
    return spans.map((span) => ({ start: span.start.toString(), end: span.end.toString() }));
  } catch (error) {
    if (error instanceof SchedulingInputError) {
      throw new ServiceError(
        422,
        'feed_unreadable',
        `The calendar feed is not valid iCalendar: ${error.message}.`,
      );
    }
    throw error;
  }
}
