import { Temporal } from 'temporal-polyfill';
import { SchedulingInputError } from '../errors.js';
import { compareNs, minutesToNs } from '../instants.js';

/** The earliest reminder a host may ask for: 30 days before the meeting. */
export const MAX_REMINDER_OFFSET_MINUTES = 43_200;

export interface ReminderRequest {
  /** When the meeting starts. */
  start: Temporal.Instant;
  /** When it was booked (or last rescheduled). */
  bookedAt: Temporal.Instant;
  /** Minutes before the start; 0 means "at booking". */
  offsetsMinutes: readonly number[];
  now: Temporal.Instant;
}

/**
 * When to send a meeting's reminder e-mails, ascending and without repeats. Offset 0 is the
 * confirmation sent at `bookedAt`; any other offset is `start` minus that many minutes. A reminder
 * that would fall before the booking is dropped (booked 1 h ahead, a 24 h reminder makes no
 * sense), and so is one before `now`, which is already due or sent.
 */
export function reminderSchedule(request: ReminderRequest): Temporal.Instant[] {
  const { start, bookedAt, offsetsMinutes, now } = request;
  if (Temporal.Instant.compare(bookedAt, start) > 0) {
    throw new SchedulingInputError('bookedAt', `${bookedAt} is after the meeting's start ${start}`);
  }
  const booked = bookedAt.epochNanoseconds;
  const earliest = booked > now.epochNanoseconds ? booked : now.epochNanoseconds;
  const due = new Set<bigint>();
  offsetsMinutes.forEach((offset, index) => {
    if (!Number.isSafeInteger(offset) || offset < 0 || offset > MAX_REMINDER_OFFSET_MINUTES) {
      throw new SchedulingInputError(
        `offsetsMinutes[${index}]`,
        `must be a whole number of minutes from 0 to ${MAX_REMINDER_OFFSET_MINUTES}, got ${offset}`,
      );
    }
    const at = offset === 0 ? booked : start.epochNanoseconds - minutesToNs(offset);
    if (at >= earliest) due.add(at);
  });
  return [...due].sort(compareNs).map((at) => Temporal.Instant.fromEpochNanoseconds(at));
}
