import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Temporal } from 'temporal-polyfill';
import { reminderSchedule, type ReminderRequest } from '@ringfence/scheduling';

// The meeting starts on 2026-03-30 at 09:00Z throughout.
const start = Temporal.Instant.from('2026-03-30T09:00:00Z');
const before = (hours: number) => start.subtract({ minutes: hours * 60 }).toString();

/** A request with defaults: offsets at booking, 24 h and 2 h before; now is the booking time. */
type Case = Omit<Partial<ReminderRequest>, 'bookedAt'> & { bookedAt: string };

function schedule(request: Case): string[] {
  const bookedAt = Temporal.Instant.from(request.bookedAt);
  return reminderSchedule({
    start,
    offsetsMinutes: [0, 1440, 120],
    now: bookedAt,
    ...request,
    bookedAt,
  }).map(String);
}

describe('reminderSchedule', () => {
  const cases: [name: string, request: Case, due: string[]][] = [
    [
      'booked three days ahead: at booking, 24 h and 2 h before',
      { bookedAt: before(72) },
      [before(72), before(24), before(2)],
    ],
    ['booked 1 h ahead: only the one at booking', { bookedAt: before(1) }, [before(1)]],
    [
      'booked 3 h ahead: the 24 h reminder would come before the booking',
      { bookedAt: before(3) },
      [before(3), before(2)],
    ],
    [
      'booked exactly 2 h ahead: the 2 h reminder is the booking one',
      { bookedAt: before(2) },
      [before(2)],
    ],
    [
      'repeated and unsorted offsets come out once, ascending',
      { bookedAt: before(72), offsetsMinutes: [120, 1440, 120, 30] },
      [before(24), before(2), before(0.5)],
    ],
    [
      'planned again later: reminders before now are already due',
      { bookedAt: before(72), now: Temporal.Instant.from(before(3)) },
      [before(2)],
    ],
    [
      'the earliest offset, 30 days',
      { bookedAt: before(1000), offsetsMinutes: [43_200] },
      [before(720)],
    ],
    ['no offsets, no reminders', { bookedAt: before(72), offsetsMinutes: [] }, []],
    ['booked at the start', { bookedAt: before(0) }, [before(0)]],
  ];
  for (const [name, request, due] of cases) {
    it(name, () => assert.deepEqual(schedule(request), due));
  }

  const refused: [name: string, request: Case, message: string][] = [
    [
      'an offset over 30 days',
      { bookedAt: before(72), offsetsMinutes: [0, 43_201] },
      'offsetsMinutes[1]: must be a whole number of minutes from 0 to 43200, got 43201',
    ],
    [
      'a negative offset',
      { bookedAt: before(72), offsetsMinutes: [-5] },
      'offsetsMinutes[0]: must be a whole number of minutes from 0 to 43200, got -5',
    ],
    [
      'a fractional offset',
      { bookedAt: before(72), offsetsMinutes: [1.5] },
      'offsetsMinutes[0]: must be a whole number of minutes from 0 to 43200, got 1.5',
    ],
    [
      'NaN',
      { bookedAt: before(72), offsetsMinutes: [Number.NaN] },
      'offsetsMinutes[0]: must be a whole number of minutes from 0 to 43200, got NaN',
    ],
    [
      'a booking after the start',
      { bookedAt: '2026-03-30T09:00:01Z' },
      "bookedAt: 2026-03-30T09:00:01Z is after the meeting's start 2026-03-30T09:00:00Z",
    ],
  ];
  for (const [name, request, message] of refused) {
    it(`refuses ${name}`, () => {
      assert.throws(() => schedule(request), { name: 'SchedulingInputError', message });
    });
  }
});
