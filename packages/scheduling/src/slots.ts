import { Temporal } from 'temporal-polyfill';
import { SchedulingInputError } from './errors.js';
import {
  compareNs,
  formatInstant,
  localDateReader,
  minutesToNs,
  NS_PER_DAY,
  wallTimeToNs,
} from './instants.js';
import { OccupiedTime } from './occupied.js';
import type { Slot, SlotRequest, SlotResult, TimeSpan, Weekday } from './types.js';
import { WEEKDAYS } from './types.js';

/**
 * The bookable slots for a validated request (see `parseSlotRequest`).
 *
 * Each host-local date's ranges (its override, else its weekday's hours) become instants; slots
 * start at a range's start plus whole steps of real time and must end within the range. A slot
 * is offered when it starts in [now + minNotice, now + windowDays × 24 h), its buffered span
 * overlaps no busy event and no buffered booking, and its date is below the daily cap.
 */
export function computeSlots(request: SlotRequest): SlotResult {
  // The type cannot carry parseSlotRequest's bounds; a hand-built step below 1 would never finish.
  if (!Number.isSafeInteger(request.step) || request.step < 1) {
    throw new SchedulingInputError(
      'step',
      `must be a whole number of minutes, at least 1; got ${request.step}`,
    );
  }
  const { timeZone } = request;
  const now = request.now.epochNanoseconds;
  const earliest = now + minutesToNs(request.minNoticeMinutes);
  const windowEnd = now + BigInt(request.windowDays) * NS_PER_DAY;
  const duration = minutesToNs(request.duration);
  const step = minutesToNs(request.step);
  const before = minutesToNs(request.bufferBeforeMinutes);
  const after = minutesToNs(request.bufferAfterMinutes);

  const occupied = new OccupiedTime([
    ...request.busy.map((event) => toNs(event, 0n, 0n)),
    ...request.bookings.map((booking) => toNs(booking, before, after)),
  ]);
  const { dailyCap } = request;
  const bookingsByDate =
    dailyCap === null ? new Map<string, number>() : countByDate(request.bookings, timeZone);

  // One date either side covers ranges reaching across midnight ("24:00", offset changes).
  const lastDate = Temporal.Instant.fromEpochNanoseconds(windowEnd)
    .toZonedDateTimeISO(timeZone)
    .toPlainDate()
    .add({ days: 1 });
  const starts: bigint[] = [];
  for (
    let date = request.now.toZonedDateTimeISO(timeZone).toPlainDate().subtract({ days: 1 });
    Temporal.PlainDate.compare(date, lastDate) <= 0;
    date = date.add({ days: 1 })
  ) {
    const key = date.toString();
    if (dailyCap !== null && (bookingsByDate.get(key) ?? 0) >= dailyCap) continue;
    for (const range of request.overrides.get(key) ?? request.weekly[weekdayOf(date)]) {
      const rangeStart = wallTimeToNs(date, range.startMinute, timeZone);
      const rangeEnd = wallTimeToNs(date, range.endMinute, timeZone);
      const skippedSteps = earliest > rangeStart ? ceilDiv(earliest - rangeStart, step) : 0n;
      for (
        let start = rangeStart + skippedSteps * step;
        start + duration <= rangeEnd && start < windowEnd;
        start += step
      ) {
        if (!occupied.overlaps(start - before, start + duration + after)) starts.push(start);
      }
    }
  }

  // Wall-clock ranges can map to overlapping instants around a spring-forward gap, so sort and
  // drop repeats rather than trust the order of generation.
  starts.sort(compareNs);
  const bookerDate = localDateReader(request.bookerTimeZone);
  const slots: Slot[] = [];
  const days: Record<string, string[]> = {};
  let previous: bigint | undefined;
  for (const start of starts) {
    if (start === previous) continue;
    previous = start;
    const iso = formatInstant(start);
    slots.push({ start: iso, end: formatInstant(start + duration) });
    (days[bookerDate(start)] ??= []).push(iso);
  }
  return { slots, days };
}

function toNs(span: TimeSpan, before: bigint, after: bigint): { start: bigint; end: bigint } {
  return { start: span.start.epochNanoseconds - before, end: span.end.epochNanoseconds + after };
}

/** Bookings per host-local date of their start. */
function countByDate(bookings: readonly TimeSpan[], timeZone: string): Map<string, number> {
  const hostDate = localDateReader(timeZone);
  const starts = bookings.map((booking) => booking.start.epochNanoseconds);
  starts.sort(compareNs);
  const counts = new Map<string, number>();
  for (const start of starts) {
    const date = hostDate(start);
    counts.set(date, (counts.get(date) ?? 0) + 1);
  }
  return counts;
}

function weekdayOf(date: Temporal.PlainDate): Weekday {
  return WEEKDAYS[date.dayOfWeek - 1] as Weekday;
}

function ceilDiv(a: bigint, b: bigint): bigint {
  return (a + b - 1n) / b;
}
