import { Temporal } from 'temporal-polyfill';
import { SchedulingInputError } from './errors.js';
import { MINUTES_PER_DAY, timeZoneId } from './instants.js';
import type { SlotRequest, TimeSpan, WallRange, Weekday } from './types.js';
import { WEEKDAYS } from './types.js';

/** The longest window a request may ask for, so one request cannot demand unbounded work. */
export const MAX_WINDOW_DAYS = 366;
const DEFAULT_WINDOW_DAYS = 60;

type JsonObject = Record<string, unknown>;

/**
 * Validates a JSON slot request (already parsed from text) and fills in defaults.
 * Throws `SchedulingInputError` naming the first offending field; unknown fields are ignored.
 */
export function parseSlotRequest(json: unknown): SlotRequest {
  if (!isObject(json)) fail('request', `expected a JSON object, got ${describe(json)}`);
  // Fields are checked in the documented order, so the first error reported is predictable.
  const timeZone = parseTimeZone(json.timeZone, 'timeZone');
  const weekly = parseWeekly(json.weekly);
  const overrides = parseOverrides(json.overrides);
  const duration = wholeNumber(json.duration, 'duration', 'minutes', 1);
  const step = optional(json.step, duration, (value) => wholeNumber(value, 'step', 'minutes', 1));
  const minNoticeMinutes = minutes(json.minNoticeMinutes, 'minNoticeMinutes');
  const windowDays = optional(json.windowDays, DEFAULT_WINDOW_DAYS, (value) =>
    wholeNumber(value, 'windowDays', 'days', 1, MAX_WINDOW_DAYS),
  );
  const bufferBeforeMinutes = minutes(json.bufferBeforeMinutes, 'bufferBeforeMinutes');
  const bufferAfterMinutes = minutes(json.bufferAfterMinutes, 'bufferAfterMinutes');
  const dailyCap = optional(json.dailyCap, null, (value) =>
    wholeNumber(value, 'dailyCap', 'bookings', 0),
  );
  const busy = parseSpans(json.busy, 'busy');
  const bookings = parseSpans(json.bookings, 'bookings');
  const now = parseNow(json.now, windowDays);
  const bookerTimeZone = optional(json.bookerTimeZone, timeZone, (value) =>
    parseTimeZone(value, 'bookerTimeZone'),
  );
  return {
    timeZone,
    weekly,
    overrides,
    duration,
    step,
    minNoticeMinutes,
    windowDays,
    bufferBeforeMinutes,
    bufferAfterMinutes,
    dailyCap,
    busy,
    bookings,
    now,
    bookerTimeZone,
  };
}

function fail(path: string, detail: string): never {
  throw new SchedulingInputError(path, detail);
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The offending value for a message, cut short so a huge input cannot flood it. */
function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/** Optional fields may be left out or null. */
function optional<T, D>(value: unknown, fallback: D, parse: (value: unknown) => T): T | D {
  return value === undefined || value === null ? fallback : parse(value);
}

function wholeNumber(
  value: unknown,
  path: string,
  unit: string,
  min: number,
  max?: number,
): number {
  if (
    typeof value !== 'number' ||
    !Number.isSafeInteger(value) ||
    value < min ||
    (max !== undefined && value > max)
  ) {
    const bounds = max === undefined ? `at least ${min}` : `from ${min} to ${max}`;
    fail(path, `must be a whole number of ${unit}, ${bounds}; got ${describe(value)}`);
  }
  return value;
}

function minutes(value: unknown, path: string): number {
  return optional(value, 0, (present) => wholeNumber(present, path, 'minutes', 0));
}

export function parseTimeZone(value: unknown, path: string): string {
  if (typeof value !== 'string') {
    fail(path, `expected an IANA time zone name such as "Europe/London", got ${describe(value)}`);
  }
  const id = timeZoneId(value);
  if (id === undefined) fail(path, `unknown time zone ${JSON.stringify(value)}`);
  return id;
}

function parseNow(value: unknown, windowDays: number): Temporal.Instant {
  if (value === undefined || value === null) {
    fail('now', 'is required: the current instant, e.g. "2026-03-30T09:00:00Z"');
  }
  const now = parseInstant(value, 'now');
  // Dates a few days either side of the window get read; they must stay within Temporal's range.
  try {
    now.subtract({ hours: 4 * 24 });
    now.add({ hours: (windowDays + 4) * 24 });
  } catch {
    fail('now', `${JSON.stringify(value)} is too close to the limits of representable time`);
  }
  return now;
}

function parseInstant(value: unknown, path: string): Temporal.Instant {
  if (typeof value !== 'string') {
    fail(
      path,
      `expected an ISO 8601 instant such as "2026-03-30T09:00:00Z", got ${describe(value)}`,
    );
  }
  try {
    return Temporal.Instant.from(value);
  } catch {
    // explained below
  }
  let local = false;
  try {
    Temporal.PlainDateTime.from(value);
    local = true;
  } catch {
    // not even a local date-time
  }
  fail(
    path,
    local
      ? `${JSON.stringify(value)} has no UTC offset or Z, so the instant is ambiguous`
      : `${JSON.stringify(value)} is not an ISO 8601 instant such as "2026-03-30T09:00:00Z"`,
  );
}

function parseSpans(value: unknown, field: 'busy' | 'bookings'): TimeSpan[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) fail(field, 'expected a list of {"start", "end"} entries');
  return value.map((entry: unknown, index) => {
    const path = `${field}[${index}]`;
    if (!isObject(entry)) {
      fail(path, `expected an object with "start" and "end", got ${describe(entry)}`);
    }
    const start = parseInstant(entry.start, `${path}.start`);
    const end = parseInstant(entry.end, `${path}.end`);
    if (Temporal.Instant.compare(end, start) < 0) {
      fail(path, `end ${String(entry.end)} is before start ${String(entry.start)}`);
    }
    return { start, end };
  });
}

function parseWeekly(value: unknown): Record<Weekday, WallRange[]> {
  if (value !== undefined && value !== null && !isObject(value)) {
    fail('weekly', `expected an object keyed by ${WEEKDAYS.join(', ')}`);
  }
  const days: JsonObject = isObject(value) ? value : {};
  const weekly = {} as Record<Weekday, WallRange[]>;
  for (const day of WEEKDAYS) {
    weekly[day] = optional(days[day], [], (ranges) => parseRanges(ranges, `weekly.${day}`));
  }
  return weekly;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function parseOverrides(value: unknown): Map<string, WallRange[]> {
  const overrides = new Map<string, WallRange[]>();
  if (value === undefined || value === null) return overrides;
  if (!Array.isArray(value)) fail('overrides', 'expected a list of {"date", "ranges"} entries');
  const firstIndex = new Map<string, number>();
  value.forEach((entry: unknown, index) => {
    const path = `overrides[${index}]`;
    if (!isObject(entry)) {
      fail(path, `expected an object with "date" and "ranges", got ${describe(entry)}`);
    }
    const date = entry.date;
    if (typeof date !== 'string' || !DATE.test(date)) {
      fail(`${path}.date`, `expected a date as YYYY-MM-DD, got ${describe(date)}`);
    }
    try {
      Temporal.PlainDate.from(date);
    } catch {
      fail(`${path}.date`, `${date} is not a date in the calendar`);
    }
    const earlier = firstIndex.get(date);
    if (earlier !== undefined) {
      fail(`${path}.date`, `${date} already has an override at overrides[${earlier}]`);
    }
    firstIndex.set(date, index);
    if (!Array.isArray(entry.ranges)) {
      fail(`${path}.ranges`, 'expected a list of ["HH:MM", "HH:MM"] ranges ([] for a day off)');
    }
    overrides.set(date, parseRanges(entry.ranges, `${path}.ranges`));
  });
  return overrides;
}

/** A day's ranges, sorted by start; touching ranges are fine, overlapping ones are refused. */
function parseRanges(value: unknown, path: string): WallRange[] {
  if (!Array.isArray(value)) fail(path, 'expected a list of ["HH:MM", "HH:MM"] ranges');
  const ranges = value.map((item: unknown, index) => ({
    index,
    range: parseRange(item, `${path}[${index}]`),
  }));
  ranges.sort((a, b) => a.range.startMinute - b.range.startMinute);
  for (let i = 1; i < ranges.length; i++) {
    const first = ranges[i - 1];
    const second = ranges[i];
    if (first && second && second.range.startMinute < first.range.endMinute) {
      const [earlier, later] = first.index < second.index ? [first, second] : [second, first];
      fail(
        `${path}[${later.index}]`,
        `${formatRange(later.range)} overlaps ${path}[${earlier.index}] ${formatRange(earlier.range)}`,
      );
    }
  }
  return ranges.map(({ range }) => range);
}

function parseRange(value: unknown, path: string): WallRange {
  if (!Array.isArray(value) || value.length !== 2) {
    fail(path, `expected a ["HH:MM", "HH:MM"] pair, got ${describe(value)}`);
  }
  const startMinute = parseWallTime(value[0], path, 'start');
  const endMinute = parseWallTime(value[1], path, 'end');
  if (endMinute <= startMinute) {
    fail(
      path,
      `end ${formatWallTime(endMinute)} is not after start ${formatWallTime(startMinute)}`,
    );
  }
  return { startMinute, endMinute };
}

const WALL_TIME = /^(\d{2}):(\d{2})$/;

/** Minutes after midnight; "24:00" is accepted only as an end. */
function parseWallTime(value: unknown, path: string, which: 'start' | 'end'): number {
  const match = typeof value === 'string' ? WALL_TIME.exec(value) : null;
  if (!match) fail(path, `${which} ${describe(value)} is not a time as HH:MM`);
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  if (hour === 24 && minute === 0) {
    if (which === 'end') return MINUTES_PER_DAY;
    fail(path, 'start 24:00 is allowed only as an end');
  }
  if (hour > 23 || minute > 59) {
    const allowed = which === 'end' ? '00:00 to 23:59, or 24:00' : '00:00 to 23:59';
    fail(path, `${which} ${describe(value)} is not a time of day (${allowed})`);
  }
  return hour * 60 + minute;
}

function formatWallTime(minute: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;
}

function formatRange(range: WallRange): string {
  return `${formatWallTime(range.startMinute)}-${formatWallTime(range.endMinute)}`;
}
