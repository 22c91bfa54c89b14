import ICAL from 'ical.js';
import { Temporal } from 'temporal-polyfill';
import { SchedulingInputError } from '../errors.js';
import { compareNs, NS_PER_DAY, NS_PER_SECOND } from '../instants.js';
import { parseTimeZone } from '../parse.js';
import type { TimeSpan } from '../types.js';
import type { Expansion } from './recurrence.js';
import { ExpansionBudget, MAX_FEED_OCCURRENCES, recurrences } from './recurrence.js';
import type { Zone } from './zones.js';
import { FeedZones } from './zones.js';
import { startOfDay, wallOf } from './wall.js';

export interface BusyFromIcsOptions {
  /**
   * The calendar owner's IANA time zone: floating times are read in it and all-day events fill
   * its days. Default `UTC`.
   */
  defaultTimeZone?: string;
  /** Overrides `MAX_FEED_OCCURRENCES`, the most recurrence steps the feed may cost. */
  maxOccurrences?: number;
}

const FEED = 'calendar feed';

/** Zone offsets are under a day, so a wall reading is within a day of its instant; with slack. */
const OFFSET_SLACK = 2n * NS_PER_DAY;

interface Span {
  start: bigint;
  end: bigint;
}

/**
 * The busy time in an iCalendar feed (as Google, Outlook and Apple publish them) that overlaps
 * `range`: whole events, not clipped, ascending by start then end; events of no length are left
 * out. Recurring events are expanded (RRULE, RDATE, EXDATE), and an event with a RECURRENCE-ID
 * replaces the occurrence it names, so moved and cancelled occurrences come out right.
 * Cancelled and transparent ("free") events are not busy.
 *
 * Throws `SchedulingInputError` ("calendar feed: …") for a feed that cannot be read, an unknown
 * time zone, or rules that expand past `maxOccurrences`.
 */
export function busyFromIcs(
  icsText: string,
  range: TimeSpan,
  options: BusyFromIcsOptions = {},
): TimeSpan[] {
  const defaultTimeZone = parseTimeZone(options.defaultTimeZone ?? 'UTC', 'defaultTimeZone');
  const maxOccurrences = options.maxOccurrences ?? MAX_FEED_OCCURRENCES;
  if (!Number.isSafeInteger(maxOccurrences) || maxOccurrences < 1) {
    throw new SchedulingInputError('maxOccurrences', `must be a whole number ≥ 1`);
  }
  const window: Span = { start: range.start.epochNanoseconds, end: range.end.epochNanoseconds };
  if (window.end < window.start) {
    throw new SchedulingInputError('range', `end ${range.end} is before start ${range.start}`);
  }

  const calendars = parseCalendars(icsText);
  const budget = new ExpansionBudget(maxOccurrences);
  const feed: Feed = {
    zones: new FeedZones(calendars, defaultTimeZone, window, budget),
    budget,
    window,
  };
  const events = calendars.flatMap((calendar) => calendar.getAllSubcomponents('vevent'));

  // An event with a RECURRENCE-ID replaces the occurrence it names, whatever its own status.
  const overrideIdsByUid = new Map<string, ICAL.Property[]>();
  for (const event of events) {
    const uid = uidOf(event);
    const recurrenceId = event.getFirstProperty('recurrence-id');
    if (uid === undefined || recurrenceId === null) continue;
    const ids = overrideIdsByUid.get(uid);
    if (ids === undefined) overrideIdsByUid.set(uid, [recurrenceId]);
    else ids.push(recurrenceId);
  }

  const spans: Span[] = [];
  for (const event of events) {
    if (!isBusy(event)) continue;
    withEventContext(event, () => {
      const uid = uidOf(event);
      const overrideIds = (uid === undefined ? undefined : overrideIdsByUid.get(uid)) ?? [];
      spans.push(...busySpansOf(event, overrideIds, feed));
    });
  }
  spans.sort((a, b) => compareNs(a.start, b.start) || compareNs(a.end, b.end));
  return spans.map(({ start, end }) => ({
    start: Temporal.Instant.fromEpochNanoseconds(start),
    end: Temporal.Instant.fromEpochNanoseconds(end),
  }));
}

interface Feed {
  zones: FeedZones;
  budget: ExpansionBudget;
  window: Span;
}

function parseCalendars(icsText: string): ICAL.Component[] {
  let jCal: unknown;
  try {
    // Feeds saved by Windows tools may start with a byte-order mark, which ical.js chokes on.
    jCal = ICAL.parse(icsText.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new SchedulingInputError(FEED, `is not iCalendar text: ${messageOf(error)}`);
  }
  // ical.js returns one component, or a list when the text holds several (or none).
  const roots: unknown[] = Array.isArray(jCal) && typeof jCal[0] !== 'string' ? jCal : [jCal];
  if (roots.length === 0) throw new SchedulingInputError(FEED, 'has no VCALENDAR');
  return roots.map((root) => {
    const component = new ICAL.Component(root as unknown[]);
    if (component.name !== 'vcalendar') {
      throw new SchedulingInputError(
        FEED,
        `expected a VCALENDAR, found ${component.name.toUpperCase()}`,
      );
    }
    return component;
  });
}

/** Runs `read` on one event, turning ical.js's errors about it into a `SchedulingInputError`. */
function withEventContext(event: ICAL.Component, read: () => void): void {
  try {
    read();
  } catch (error) {
    if (error instanceof SchedulingInputError) throw error;
    const uid = uidOf(event);
    const name = uid === undefined ? 'an event without UID' : `event ${clip(JSON.stringify(uid))}`;
    throw new SchedulingInputError(FEED, `${name}: ${messageOf(error)}`);
  }
}

function messageOf(error: unknown): string {
  return clip(error instanceof Error ? error.message : String(error));
}

/** Feed text is echoed in messages; keep a hostile feed from making them huge. */
function clip(text: string): string {
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}

function uidOf(event: ICAL.Component): string | undefined {
  const uid = event.getFirstPropertyValue('uid');
  return typeof uid === 'string' ? uid : undefined;
}

function isBusy(event: ICAL.Component): boolean {
  const upper = (name: string) => String(event.getFirstPropertyValue(name) ?? '').toUpperCase();
  return upper('status') !== 'CANCELLED' && upper('transp') !== 'TRANSPARENT';
}

/** A value of a date or date-time property, by default its first. */
function timeOf(property: ICAL.Property, value: unknown = property.getFirstValue()): ICAL.Time {
  if (!(value instanceof ICAL.Time)) {
    throw new Error(`${property.name.toUpperCase()} is not a date or date-time`);
  }
  return value;
}

/** An occurrence's start: its wall reading and the instant that is. */
interface Occurrence {
  wall: bigint;
  instant: bigint;
}

/**
 * Occurrences of a recurring event named by EXDATE or RECURRENCE-ID: date-times by instant, dates
 * by the day they name.
 */
class OccurrenceIds {
  private readonly instants = new Set<bigint>();
  private readonly days = new Set<bigint>();

  add(property: ICAL.Property, zones: FeedZones): void {
    for (const value of property.getValues()) {
      const time = timeOf(property, value);
      const wall = wallOf(time);
      if (time.isDate) this.days.add(wall);
      else this.instants.add(zones.of(property, time).instant(wall));
    }
  }

  has(start: Occurrence): boolean {
    return this.instants.has(start.instant) || this.days.has(startOfDay(start.wall));
  }
}

/** When an occurrence ends, from its start on the clock the event is read on. */
type EndOf = (start: Occurrence, zone: Zone) => bigint;

/**
 * The event's busy spans that overlap the window. `overrideIds` are the RECURRENCE-IDs of the
 * events that replace some of its occurrences.
 */
function busySpansOf(event: ICAL.Component, overrideIds: ICAL.Property[], feed: Feed): Span[] {
  const { window, zones } = feed;
  const startProperty = event.getFirstProperty('dtstart');
  if (startProperty === null) throw new Error('has no DTSTART');
  const dtstart = timeOf(startProperty);
  const zone = zones.of(startProperty, dtstart);
  const first = occurrence(wallOf(dtstart), zone);
  const endOf = endOfEvent(event, dtstart, first, zones);

  const spans: Span[] = [];
  const keep = (start: Occurrence, end: bigint) => {
    if (end > start.instant && end > window.start && start.instant < window.end) {
      spans.push({ start: start.instant, end });
    }
  };
  // An override is the one occurrence it replaces, even if it repeats its master's rules.
  if (event.hasProperty('recurrence-id')) {
    keep(first, endOf(first, zone));
    return spans;
  }

  const skipped = new OccurrenceIds();
  for (const property of [...event.getAllProperties('exdate'), ...overrideIds]) {
    skipped.add(property, zones);
  }
  const seen = new Set<bigint>();
  const add = (start: Occurrence, end: bigint) => {
    if (seen.has(start.instant) || skipped.has(start)) return;
    seen.add(start.instant);
    keep(start, end);
  };

  const rules = event.getAllProperties('rrule');
  // With rules, DTSTART comes out of them as their first occurrence.
  if (rules.length === 0) add(first, endOf(first, zone));
  // Occurrences are chosen on their wall readings, with slack for the zone's offset, so that
  // only those near the window pay for a time-zone conversion.
  const expansion: Expansion = {
    start: first.wall,
    isDate: dtstart.isDate,
    from: window.start - (endOf(first, zone) - first.instant) - OFFSET_SLACK,
    wallAt: zone.wall,
    budget: feed.budget,
  };
  for (const property of rules) {
    const rule = property.getFirstValue();
    if (!(rule instanceof ICAL.Recur)) throw new Error('has a malformed RRULE');
    for (const wall of recurrences(rule, expansion)) {
      if (wall - OFFSET_SLACK >= window.end) break;
      const start = occurrence(wall, zone);
      add(start, endOf(start, zone));
    }
  }
  for (const property of event.getAllProperties('rdate')) {
    for (const value of property.getValues()) {
      if (value instanceof ICAL.Period) {
        const periodZone = zones.of(property, value.start);
        const start = occurrence(wallOf(value.start), periodZone);
        add(
          start,
          value.end
            ? instantOf(property, value.end, zones)
            : durationEnd(value.duration)(start, periodZone),
        );
      } else if (value instanceof ICAL.Time) {
        const rdateZone = zones.of(property, value);
        const start = occurrence(wallOf(value), rdateZone);
        add(start, endOf(start, rdateZone));
      } else {
        throw new Error('has a malformed RDATE');
      }
    }
  }
  return spans;
}

function occurrence(wall: bigint, zone: Zone): Occurrence {
  return { wall, instant: zone.instant(wall) };
}

/** The instant a date-time value of `property` names. */
function instantOf(property: ICAL.Property, value: ICAL.Time, zones: FeedZones): bigint {
  return zones.of(property, value).instant(wallOf(value));
}

/**
 * How long each occurrence lasts (RFC 5545 §3.8.5.3): DTEND gives every occurrence the exact
 * length of the first (in whole days for an all-day event); DURATION is nominal, so "P1D" keeps the
 * wall time across a clock change. Without either, an all-day event lasts its day and a timed one
 * takes no time.
 */
function endOfEvent(
  event: ICAL.Component,
  dtstart: ICAL.Time,
  first: Occurrence,
  zones: FeedZones,
): EndOf {
  const endProperty = event.getFirstProperty('dtend');
  const duration = event.getFirstPropertyValue('duration');
  if (endProperty !== null) {
    const dtend = timeOf(endProperty);
    if (dtstart.isDate) {
      const days = wallOf(dtend) - first.wall;
      if (days < 0n) throw new Error('ends before it starts');
      return (start, zone) => zone.instant(start.wall + days);
    }
    const length = instantOf(endProperty, dtend, zones) - first.instant;
    if (length < 0n) throw new Error('ends before it starts');
    return (start) => start.instant + length;
  }
  if (duration instanceof ICAL.Duration) return durationEnd(duration);
  if (duration !== null) throw new Error('has a malformed DURATION');
  return dtstart.isDate
    ? (start, zone) => zone.instant(start.wall + NS_PER_DAY)
    : (start) => start.instant;
}

/** Days and weeks are added on the wall clock, hours, minutes and seconds as elapsed time. */
function durationEnd(duration: ICAL.Duration): EndOf {
  if (duration.isNegative) throw new Error(`has a negative duration ${duration.toString()}`);
  const days = BigInt(duration.weeks * 7 + duration.days) * NS_PER_DAY;
  const elapsed =
    BigInt(duration.hours * 3600 + duration.minutes * 60 + duration.seconds) * NS_PER_SECOND;
  return (start, zone) => (days === 0n ? start.instant : zone.instant(start.wall + days)) + elapsed;
}
