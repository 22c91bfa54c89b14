import ICAL from 'ical.js';
import { Temporal } from 'temporal-polyfill';
import { compareNs, NS_PER_DAY, NS_PER_SECOND, timeZoneId } from '../instants.js';
import type { ExpansionBudget } from './recurrence.js';
import { recurrences } from './recurrence.js';
import { wallFields, wallOf } from './wall.js';

/** A clock: converts between wall readings (see wall.ts) and instants, both in nanoseconds. */
export interface Zone {
  /**
   * The instant of a wall reading. As with Temporal's `compatible` disambiguation, a reading in a
   * spring-forward gap moves forward by the gap and one in a fall-back overlap takes the earlier
   * instant.
   */
  instant(wall: bigint): bigint;
  /** The wall reading at an instant. */
  wall(instant: bigint): bigint;
}

const UTC_ZONE: Zone = { instant: (wall) => wall, wall: (instant) => instant };

function ianaZone(id: string): Zone {
  return {
    instant: (wall) => {
      const { year, month, day, hour, minute, second } = wallFields(wall);
      return new Temporal.PlainDateTime(year, month, day, hour, minute, second).toZonedDateTime(
        id,
        { disambiguation: 'compatible' },
      ).epochNanoseconds;
    },
    wall: (instant) =>
      instant +
      BigInt(
        Temporal.Instant.fromEpochNanoseconds(instant).toZonedDateTimeISO(id).offsetNanoseconds,
      ),
  };
}

/** The years a VTIMEZONE's onsets are expanded for. */
interface Years {
  first: number;
  last: number;
}

/** The zones of one feed's date-times: by TZID, with floating times and dates in a default zone. */
export class FeedZones {
  private readonly byTzid = new Map<string, Zone>();
  private readonly defaultZone: Zone;
  private readonly years: Years;

  /**
   * A VTIMEZONE's rules are expanded from the year before `window` to the year after it; earlier
   * and later readings keep the offsets in force at those ends. That is exact for occurrences near
   * the window, and an old event's length still comes out right unless it spans a clock change.
   */
  constructor(
    private readonly calendars: readonly ICAL.Component[],
    defaultTimeZone: string,
    window: { start: bigint; end: bigint },
    private readonly budget: ExpansionBudget,
  ) {
    this.defaultZone = ianaZone(defaultTimeZone);
    this.years = {
      first: wallFields(window.start - NS_PER_DAY).year - 1,
      last: wallFields(window.end + NS_PER_DAY).year + 1,
    };
  }

  /** The zone `value`, a value of `property`, is read in. */
  of(property: ICAL.Property, value: ICAL.Time): Zone {
    if (value.zone === ICAL.Timezone.utcTimezone) return UTC_ZONE;
    // A date is a whole day wherever the calendar's owner is, whatever TZID it carries.
    const tzid = value.isDate ? undefined : property.getFirstParameter('tzid');
    if (!tzid) return this.defaultZone;
    let zone = this.byTzid.get(tzid);
    if (zone === undefined) {
      zone = this.resolve(tzid);
      this.byTzid.set(tzid, zone);
    }
    return zone;
  }

  private resolve(tzid: string): Zone {
    // The IANA database wins for a name it knows: a feed's VTIMEZONE is a copy taken when the event
    // was made and goes stale when the zone's rules change (Mexico dropped daylight time in 2022).
    const id = timeZoneId(tzid);
    if (id !== undefined) return ianaZone(id);
    const definition = this.calendars
      .flatMap((calendar) => calendar.getAllSubcomponents('vtimezone'))
      .find((vtimezone) => vtimezone.getFirstPropertyValue('tzid') === tzid);
    if (definition === undefined) {
      throw new Error(
        `time zone ${JSON.stringify(tzid)} has no VTIMEZONE and is not an IANA time zone`,
      );
    }
    return vtimezoneZone(definition, tzid, this.years, this.budget);
  }
}

/** A change of UTC offset: at instant `at` the offset goes from `before` to `after`. */
interface Transition {
  at: bigint;
  before: bigint;
  after: bigint;
}

/** A zone defined by a VTIMEZONE block: the onsets of its STANDARD and DAYLIGHT observances. */
function vtimezoneZone(
  definition: ICAL.Component,
  tzid: string,
  years: Years,
  budget: ExpansionBudget,
): Zone {
  const transitions: Transition[] = [];
  for (const observance of definition.getAllSubcomponents()) {
    if (observance.name !== 'standard' && observance.name !== 'daylight') continue;
    const before = offsetOf(observance, 'tzoffsetfrom', tzid);
    const after = offsetOf(observance, 'tzoffsetto', tzid);
    // Onsets are wall readings on the clock in force before them.
    for (const onset of onsetsOf(observance, before, years, budget)) {
      transitions.push({ at: onset - before, before, after });
    }
  }
  const first = transitions.sort((a, b) => compareNs(a.at, b.at))[0];
  if (first === undefined) {
    throw new Error(`VTIMEZONE ${JSON.stringify(tzid)} has no STANDARD or DAYLIGHT onset`);
  }

  const offsetAt = (instant: bigint): bigint => {
    // The last transition at or before the instant.
    let low = 0;
    let high = transitions.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((transitions[middle]?.at ?? 0n) <= instant) low = middle + 1;
      else high = middle;
    }
    return transitions[low - 1]?.after ?? first.before;
  };

  return {
    instant: (wall) => {
      // Offsets change at most once a day, so the offsets a day either side are the candidates.
      const before = offsetAt(wall - NS_PER_DAY);
      const after = offsetAt(wall + NS_PER_DAY);
      const early = wall - before;
      // The only reading, or the earlier of two in an overlap.
      if (offsetAt(early) === before) return early;
      const late = wall - after;
      // Otherwise the reading is in a gap, and `early` is it moved forward by the gap.
      return offsetAt(late) === after ? late : early;
    },
    wall: (instant) => instant + offsetAt(instant),
  };
}

function offsetOf(observance: ICAL.Component, name: string, tzid: string): bigint {
  const offset = observance.getFirstPropertyValue(name);
  if (!(offset instanceof ICAL.UtcOffset)) {
    throw new Error(`VTIMEZONE ${JSON.stringify(tzid)} has a ${observance.name} without ${name}`);
  }
  return BigInt(offset.toSeconds()) * NS_PER_SECOND;
}

/**
 * An observance's onsets up to the end of `years`, as wall readings: its RDATEs, and its RRULE
 * dates from the start of `years` on, or else its DTSTART. With a rule, DTSTART is the rule's
 * first onset (Outlook writes 1601-01-01 there), so it comes out of the rule's expansion.
 */
function* onsetsOf(
  observance: ICAL.Component,
  before: bigint,
  years: Years,
  budget: ExpansionBudget,
): Generator<bigint> {
  const dtstart = observance.getFirstPropertyValue('dtstart');
  if (!(dtstart instanceof ICAL.Time)) throw new Error(`${observance.name} has no DTSTART`);
  const start = wallOf(dtstart);
  const wallAt = (instant: bigint) => instant + before;
  const rules = observance.getAllProperties('rrule');
  const onsets = rules.length === 0 ? [start] : [];
  for (const property of observance.getAllProperties('rdate')) {
    for (const value of property.getValues()) {
      const time = value instanceof ICAL.Period ? value.start : value;
      if (!(time instanceof ICAL.Time)) throw new Error(`${observance.name} has a malformed RDATE`);
      onsets.push(time.zone === ICAL.Timezone.utcTimezone ? wallAt(wallOf(time)) : wallOf(time));
    }
  }
  yield* onsets.filter((onset) => wallFields(onset).year <= years.last);
  const from = wallOf({ year: years.first, month: 1, day: 1, hour: 0, minute: 0, second: 0 });
  for (const property of rules) {
    const rule = property.getFirstValue();
    if (!(rule instanceof ICAL.Recur)) throw new Error(`${observance.name} has a malformed RRULE`);
    for (const onset of recurrences(rule, { start, isDate: false, from, wallAt, budget })) {
      if (wallFields(onset).year > years.last) break;
      yield onset;
    }
  }
}
