import ICAL from 'ical.js';
import { floorDiv, NS_PER_DAY, NS_PER_MS } from '../instants.js';

/*
 * A wall-clock reading ("9:00 on 30 March") is held as the nanoseconds from 1970-01-01T00:00 to it
 * on the same clock, i.e. the epoch nanoseconds it would be if the clock were UTC. Readings on
 * one clock then add and compare as plain numbers; only a Zone (zones.ts) turns them into
 * instants. Nothing here reads the process time zone: Date is used through its UTC methods only.
 */

/** The fields of a wall reading. */
export interface WallFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall reading of some fields, such as an ical.js date or date-time (its zone is ignored). */
export function wallOf(fields: WallFields): bigint {
  const date = new Date(0);
  // Unlike Date.UTC, setUTCFullYear keeps years 0–99 as they are.
  date.setUTCFullYear(fields.year, fields.month - 1, fields.day);
  date.setUTCHours(fields.hour, fields.minute, fields.second);
  return BigInt(date.getTime()) * NS_PER_MS;
}

/** Midnight at the start of a wall reading's day. */
export function startOfDay(wall: bigint): bigint {
  return floorDiv(wall, NS_PER_DAY) * NS_PER_DAY;
}

/** The calendar fields of a wall reading. */
export function wallFields(wall: bigint): WallFields {
  const date = new Date(Number(floorDiv(wall, NS_PER_MS)));
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
  };
}

/**
 * A floating ical.js time (no zone) for a wall reading. ical.js compares floating times as if
 * they were UTC, so recurrence rules run on the wall clock with no time-zone arithmetic.
 */
export function floatingTime(wall: bigint, isDate: boolean): ICAL.Time {
  const fields = wallFields(isDate ? startOfDay(wall) : wall);
  return new ICAL.Time({ ...fields, isDate }, ICAL.Timezone.localTimezone);
}
