import type { Temporal } from 'temporal-polyfill';

/** Weekday keys of the weekly hours, in ISO order (Monday = 1). */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * Available hours within one host-local day, in minutes after midnight.
 * `endMinute` 1440 is "24:00", the start of the next day.
 */
export interface WallRange {
  startMinute: number;
  endMinute: number;
}

/** A stretch of real time: an outside busy event or a booking. `end` may equal `start`. */
export interface TimeSpan {
  start: Temporal.Instant;
  end: Temporal.Instant;
}

/** A validated slot request, as `parseSlotRequest` returns it; every default is filled in. */
export interface SlotRequest {
  /** The host's time zone; weekly hours and overrides are wall-clock times in it. */
  timeZone: string;
  /** Each weekday's ranges, sorted and non-overlapping; an empty list means no hours. */
  weekly: Readonly<Record<Weekday, readonly WallRange[]>>;
  /** Host-local date (YYYY-MM-DD) → ranges that replace that date's weekly hours; empty = day off. */
  overrides: ReadonlyMap<string, readonly WallRange[]>;
  /** Meeting length in minutes. */
  duration: number;
  /** Minutes of real time between consecutive slot starts within a range. */
  step: number;
  minNoticeMinutes: number;
  /** Slots start before now + windowDays × 24 h. */
  windowDays: number;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  /** Most bookings per host-local day; a day at the cap offers nothing. `null` = no cap. */
  dailyCap: number | null;
  /** Outside calendar events; slots (with their buffers) must not overlap them. */
  busy: readonly TimeSpan[];
  /** Meetings already booked; they carry the same buffers as an offered slot. */
  bookings: readonly TimeSpan[];
  now: Temporal.Instant;
  /** The booker's time zone, used only to group slots by the booker's local date. */
  bookerTimeZone: string;
}

/** A bookable slot, as ISO 8601 UTC instants (e.g. `2026-03-30T09:00:00Z`). */
export interface Slot {
  start: string;
  end: string;
}

export interface SlotResult {
  /** Ascending by start. */
  slots: Slot[];
  /** Booker-local date (YYYY-MM-DD) → the starts of that date's slots, ascending; only dates with slots. */
  days: Record<string, string[]>;
}
