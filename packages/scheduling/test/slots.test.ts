import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  computeSlots,
  parseSlotRequest,
  SchedulingInputError,
  type SlotResult,
} from '@ringfence/scheduling';

// Calendar used below: 2026-03-01 is a Sunday, so 2026-03-02 is a Monday. Europe/London moves
// to BST on Sunday 2026-03-29 (01:00 GMT → 02:00 BST) and back on Sunday 2026-10-25 (02:00 BST →
// 01:00 GMT). America/New_York moves to EDT on 2026-03-08 at 07:00Z. Every expected instant is
// worked out by hand from those offsets.

type Request = Record<string, unknown>;

function slotsFor(request: Request): SlotResult {
  return computeSlots(parseSlotRequest(request));
}

/** A UTC host with Monday hours, asked on Monday 2026-03-02 at 00:00Z for one day. */
function utcMonday(overrides: Request): Request {
  return {
    timeZone: 'UTC',
    weekly: { mon: [['09:00', '11:00']] },
    duration: 30,
    now: '2026-03-02T00:00:00Z',
    windowDays: 1,
    ...overrides,
  };
}

interface StartsCase {
  name: string;
  request: Request;
  starts: string[];
}

function runStartsCases(cases: StartsCase[]): void {
  for (const { name, request, starts } of cases) {
    it(name, () => {
      assert.deepEqual(
        slotsFor(request).slots.map((slot) => slot.start),
        starts,
      );
    });
  }
}

interface SlotsCase {
  name: string;
  request: Request;
  slots: [start: string, end: string][];
}

function runSlotsCases(cases: SlotsCase[]): void {
  for (const { name, request, slots } of cases) {
    it(name, () => {
      assert.deepEqual(
        slotsFor(request).slots,
        slots.map(([start, end]) => ({ start, end })),
      );
    });
  }
}

interface DaysCase {
  name: string;
  request: Request;
  days: Record<string, string[]>;
}

function runDaysCases(cases: DaysCase[]): void {
  for (const { name, request, days } of cases) {
    it(name, () => {
      const result = slotsFor(request);
      assert.deepEqual(result.days, days);
      // "days" regroups exactly the listed slots.
      assert.deepEqual(
        Object.values(result.days).flat(),
        result.slots.map((slot) => slot.start),
      );
    });
  }
}

describe('weekly hours', () => {
  runSlotsCases([
    {
      name: 'a UTC host offers back-to-back slots through the range',
      request: utcMonday({}),
      slots: [
        ['2026-03-02T09:00:00Z', '2026-03-02T09:30:00Z'],
        ['2026-03-02T09:30:00Z', '2026-03-02T10:00:00Z'],
        ['2026-03-02T10:00:00Z', '2026-03-02T10:30:00Z'],
        ['2026-03-02T10:30:00Z', '2026-03-02T11:00:00Z'],
      ],
    },
    {
      name: 'hours are read in the host zone (New York, EST = UTC−5)',
      request: {
        timeZone: 'America/New_York',
        weekly: { mon: [['09:00', '10:00']] },
        duration: 30,
        now: '2026-03-02T00:00:00Z',
        windowDays: 2,
      },
      slots: [
        ['2026-03-02T14:00:00Z', '2026-03-02T14:30:00Z'],
        ['2026-03-02T14:30:00Z', '2026-03-02T15:00:00Z'],
      ],
    },
  ]);

  runStartsCases([
    {
      name: 'a weekday without hours offers nothing',
      request: utcMonday({ weekly: { tue: [['09:00', '11:00']] } }),
      starts: [],
    },
    {
      name: 'missing weekly hours offer nothing',
      request: utcMonday({ weekly: undefined }),
      starts: [],
    },
    {
      name: 'ranges are never merged: 09:00–10:15 and 10:15–11:00 give 09:00, 09:30 and 10:15',
      request: utcMonday({
        weekly: {
          mon: [
            ['09:00', '10:15'],
            ['10:15', '11:00'],
          ],
        },
      }),
      starts: ['2026-03-02T09:00:00Z', '2026-03-02T09:30:00Z', '2026-03-02T10:15:00Z'],
    },
    {
      name: 'no slot straddles the lunch gap, and each range restarts the step grid',
      request: utcMonday({
        weekly: {
          mon: [
            ['13:00', '14:00'],
            ['09:00', '12:00'],
          ],
        },
        duration: 60,
        step: 45,
      }),
      starts: [
        '2026-03-02T09:00:00Z',
        '2026-03-02T09:45:00Z',
        '2026-03-02T10:30:00Z',
        '2026-03-02T13:00:00Z',
      ],
    },
    {
      name: 'step defaults to the duration',
      request: utcMonday({ duration: 45 }),
      starts: ['2026-03-02T09:00:00Z', '2026-03-02T09:45:00Z'],
    },
    {
      name: 'a step smaller than the duration gives overlapping slots',
      request: utcMonday({ weekly: { mon: [['09:00', '10:30']] }, duration: 60, step: 15 }),
      starts: ['2026-03-02T09:00:00Z', '2026-03-02T09:15:00Z', '2026-03-02T09:30:00Z'],
    },
    {
      name: 'a step larger than the duration leaves gaps',
      request: utcMonday({ step: 45 }),
      starts: ['2026-03-02T09:00:00Z', '2026-03-02T09:45:00Z', '2026-03-02T10:30:00Z'],
    },
    {
      name: '"24:00" ends the day at the next midnight',
      request: {
        timeZone: 'UTC',
        weekly: { sun: [['23:00', '24:00']] },
        duration: 30,
        now: '2026-03-01T00:00:00Z',
        windowDays: 1,
      },
      starts: ['2026-03-01T23:00:00Z', '2026-03-01T23:30:00Z'],
    },
    {
      name: 'windowDays defaults to 60 (Mondays up to 2026-04-27)',
      request: utcMonday({ weekly: { mon: [['09:00', '09:30']] }, windowDays: undefined }),
      starts: [
        '2026-03-02T09:00:00Z',
        '2026-03-09T09:00:00Z',
        '2026-03-16T09:00:00Z',
        '2026-03-23T09:00:00Z',
        '2026-03-30T09:00:00Z',
        '2026-04-06T09:00:00Z',
        '2026-04-13T09:00:00Z',
        '2026-04-20T09:00:00Z',
        '2026-04-27T09:00:00Z',
      ],
    },
  ]);
});

describe('overrides', () => {
  runStartsCases([
    {
      name: 'an override replaces the weekday hours, [] is a day off, and it can open a free day',
      request: {
        timeZone: 'UTC',
        weekly: { mon: [['09:00', '10:00']] },
        overrides: [
          { date: '2026-03-02', ranges: [['14:00', '15:00']] },
          { date: '2026-03-08', ranges: [['10:00', '11:00']] },
          { date: '2026-03-09', ranges: [] },
        ],
        duration: 30,
        now: '2026-03-02T00:00:00Z',
        windowDays: 10,
      },
      starts: [
        '2026-03-02T14:00:00Z',
        '2026-03-02T14:30:00Z',
        '2026-03-08T10:00:00Z',
        '2026-03-08T10:30:00Z',
      ],
    },
    {
      name: 'override dates are host-local dates (Kiritimati, UTC+14)',
      request: {
        timeZone: 'Pacific/Kiritimati',
        overrides: [{ date: '2026-03-03', ranges: [['09:00', '10:00']] }],
        duration: 60,
        now: '2026-03-01T00:00:00Z',
        windowDays: 5,
      },
      starts: ['2026-03-02T19:00:00Z'],
    },
  ]);
});

describe('daylight saving time in the host zone', () => {
  runSlotsCases([
    {
      name: 'spring forward: 00:30–03:00 on 2026-03-29 is 90 real minutes',
      request: {
        timeZone: 'Europe/London',
        overrides: [{ date: '2026-03-29', ranges: [['00:30', '03:00']] }],
        duration: 30,
        now: '2026-03-28T00:00:00Z',
        windowDays: 3,
      },
      slots: [
        ['2026-03-29T00:30:00Z', '2026-03-29T01:00:00Z'],
        ['2026-03-29T01:00:00Z', '2026-03-29T01:30:00Z'],
        ['2026-03-29T01:30:00Z', '2026-03-29T02:00:00Z'],
      ],
    },
    {
      name: 'spring forward: a range starting in the gap moves forward by the gap',
      request: {
        timeZone: 'Europe/London',
        // 01:15 does not exist: it becomes 02:15 BST (01:15Z); 02:45 BST is 01:45Z.
        overrides: [{ date: '2026-03-29', ranges: [['01:15', '02:45']] }],
        duration: 30,
        step: 15,
        now: '2026-03-28T00:00:00Z',
        windowDays: 3,
      },
      slots: [['2026-03-29T01:15:00Z', '2026-03-29T01:45:00Z']],
    },
    {
      name: 'spring forward: a range the gap turns inside out offers nothing',
      request: {
        timeZone: 'Europe/London',
        // 01:30 → 01:30Z, but 02:15 BST is 01:15Z.
        overrides: [{ date: '2026-03-29', ranges: [['01:30', '02:15']] }],
        duration: 15,
        now: '2026-03-28T00:00:00Z',
        windowDays: 3,
      },
      slots: [],
    },
    {
      name: 'spring forward: ranges that meet in real time across the gap list each slot once',
      request: {
        timeZone: 'Europe/London',
        // 01:00–01:30 is 01:00Z–01:30Z; 02:00–03:00 BST is 01:00Z–02:00Z.
        overrides: [
          {
            date: '2026-03-29',
            ranges: [
              ['01:00', '01:30'],
              ['02:00', '03:00'],
            ],
          },
        ],
        duration: 30,
        now: '2026-03-28T00:00:00Z',
        windowDays: 3,
      },
      slots: [
        ['2026-03-29T01:00:00Z', '2026-03-29T01:30:00Z'],
        ['2026-03-29T01:30:00Z', '2026-03-29T02:00:00Z'],
      ],
    },
    {
      name: 'fall back: ambiguous 01:30 is the earlier (BST) instant; the range is 120 real minutes',
      request: {
        timeZone: 'Europe/London',
        overrides: [{ date: '2026-10-25', ranges: [['01:30', '02:30']] }],
        duration: 30,
        now: '2026-10-24T00:00:00Z',
        windowDays: 3,
      },
      slots: [
        ['2026-10-25T00:30:00Z', '2026-10-25T01:00:00Z'],
        ['2026-10-25T01:00:00Z', '2026-10-25T01:30:00Z'],
        ['2026-10-25T01:30:00Z', '2026-10-25T02:00:00Z'],
        ['2026-10-25T02:00:00Z', '2026-10-25T02:30:00Z'],
      ],
    },
    {
      name: 'fall back: steps count real minutes through the repeated hour',
      request: {
        timeZone: 'Europe/London',
        // 00:00 BST = 2026-10-24T23:00Z to 03:00 GMT = 03:00Z: four real hours.
        overrides: [{ date: '2026-10-25', ranges: [['00:00', '03:00']] }],
        duration: 60,
        step: 90,
        now: '2026-10-24T00:00:00Z',
        windowDays: 3,
      },
      slots: [
        ['2026-10-24T23:00:00Z', '2026-10-25T00:00:00Z'],
        ['2026-10-25T00:30:00Z', '2026-10-25T01:30:00Z'],
        ['2026-10-25T02:00:00Z', '2026-10-25T03:00:00Z'],
      ],
    },
    {
      name: '"24:00" on the eve of fall back is the next midnight in BST',
      request: {
        timeZone: 'Europe/London',
        weekly: { sat: [['23:00', '24:00']] },
        duration: 30,
        now: '2026-10-24T00:00:00Z',
        windowDays: 1,
      },
      slots: [
        ['2026-10-24T22:00:00Z', '2026-10-24T22:30:00Z'],
        ['2026-10-24T22:30:00Z', '2026-10-24T23:00:00Z'],
      ],
    },
  ]);
});

describe('grouping by the booker’s local date', () => {
  runDaysCases([
    {
      name: 'host without DST (Kolkata), booker with DST (New York, EDT from 2026-03-08)',
      request: {
        timeZone: 'Asia/Kolkata',
        // 10:00–11:00 IST is 04:30Z–05:30Z every day.
        weekly: {
          sat: [['10:00', '11:00']],
          sun: [['10:00', '11:00']],
          mon: [['10:00', '11:00']],
        },
        duration: 30,
        now: '2026-03-07T00:00:00Z',
        windowDays: 3,
        bookerTimeZone: 'America/New_York',
      },
      days: {
        '2026-03-06': ['2026-03-07T04:30:00Z'],
        '2026-03-07': ['2026-03-07T05:00:00Z', '2026-03-08T04:30:00Z'],
        '2026-03-08': ['2026-03-08T05:00:00Z'],
        '2026-03-09': ['2026-03-09T04:30:00Z', '2026-03-09T05:00:00Z'],
      },
    },
    {
      name: 'host with DST (London), booker without (Tokyo): two host days land on one booker day',
      request: {
        timeZone: 'Europe/London',
        weekly: { sat: [['15:00', '16:00']], sun: [['15:00', '16:00']] },
        duration: 30,
        now: '2026-03-28T00:00:00Z',
        windowDays: 2,
        bookerTimeZone: 'Asia/Tokyo',
      },
      days: {
        '2026-03-29': [
          '2026-03-28T15:00:00Z',
          '2026-03-28T15:30:00Z',
          '2026-03-29T14:00:00Z',
          '2026-03-29T14:30:00Z',
        ],
      },
    },
    {
      name: 'host UTC+14 (Kiritimati), booker UTC−12: Monday hours fall on the booker’s Sunday',
      request: {
        timeZone: 'Pacific/Kiritimati',
        weekly: { mon: [['09:00', '10:00']] },
        duration: 30,
        now: '2026-03-01T00:00:00Z',
        windowDays: 2,
        bookerTimeZone: 'Etc/GMT+12',
      },
      days: { '2026-03-01': ['2026-03-01T19:00:00Z', '2026-03-01T19:30:00Z'] },
    },
    {
      name: 'host UTC−12, booker UTC+14 (Kiritimati): Monday evening is the booker’s Tuesday',
      request: {
        timeZone: 'Etc/GMT+12',
        weekly: { mon: [['20:00', '21:00']] },
        duration: 30,
        now: '2026-03-02T00:00:00Z',
        windowDays: 2,
        bookerTimeZone: 'Pacific/Kiritimati',
      },
      days: { '2026-03-03': ['2026-03-03T08:00:00Z', '2026-03-03T08:30:00Z'] },
    },
    {
      name: 'host +5:45 (Kathmandu), booker +5:30 (Kolkata)',
      request: {
        timeZone: 'Asia/Kathmandu',
        weekly: { mon: [['09:00', '10:00']] },
        duration: 30,
        now: '2026-03-01T00:00:00Z',
        windowDays: 2,
        bookerTimeZone: 'Asia/Kolkata',
      },
      days: { '2026-03-02': ['2026-03-02T03:15:00Z', '2026-03-02T03:45:00Z'] },
    },
    {
      name: 'host Los Angeles, booker Kolkata: one host day splits across booker midnight',
      request: {
        timeZone: 'America/Los_Angeles',
        // PST (UTC−8): 10:00 is 18:00Z = 23:30 IST; 20:00 is 04:00Z next day = 09:30 IST.
        weekly: {
          mon: [
            ['10:00', '11:00'],
            ['20:00', '21:00'],
          ],
        },
        duration: 30,
        now: '2026-03-02T00:00:00Z',
        windowDays: 2,
        bookerTimeZone: 'Asia/Kolkata',
      },
      days: {
        '2026-03-02': ['2026-03-02T18:00:00Z'],
        '2026-03-03': ['2026-03-02T18:30:00Z', '2026-03-03T04:00:00Z', '2026-03-03T04:30:00Z'],
      },
    },
    {
      name: 'booker zone falling back across midnight (Beirut, 00:00 +03 → 23:00 +02)',
      request: {
        timeZone: 'UTC',
        weekly: { sat: [['20:00', '23:00']] },
        duration: 30,
        now: '2026-10-24T00:00:00Z',
        windowDays: 1,
        bookerTimeZone: 'Asia/Beirut',
      },
      days: {
        '2026-10-24': [
          '2026-10-24T20:00:00Z',
          '2026-10-24T20:30:00Z',
          '2026-10-24T21:00:00Z',
          '2026-10-24T21:30:00Z',
        ],
        '2026-10-25': ['2026-10-24T22:00:00Z', '2026-10-24T22:30:00Z'],
      },
    },
    {
      name: 'bookerTimeZone defaults to the host zone',
      request: {
        timeZone: 'Pacific/Kiritimati',
        weekly: { mon: [['09:00', '10:00']] },
        duration: 60,
        now: '2026-03-01T00:00:00Z',
        windowDays: 2,
      },
      days: { '2026-03-02': ['2026-03-01T19:00:00Z'] },
    },
  ]);
});

describe('busy events, bookings and buffers', () => {
  runStartsCases([
    {
      name: 'busy events remove the slots they overlap; touching and zero-length edges do not',
      request: utcMonday({
        weekly: { mon: [['09:00', '12:00']] },
        busy: [
          { start: '2026-03-02T10:45:00Z', end: '2026-03-02T11:15:00Z' },
          { start: '2026-03-02T09:10:00Z', end: '2026-03-02T09:20:00Z' },
          { start: '2026-03-02T09:15:00Z', end: '2026-03-02T09:25:00Z' },
          { start: '2026-03-02T10:15:00Z', end: '2026-03-02T10:15:00Z' },
          { start: '2026-03-02T09:30:00Z', end: '2026-03-02T09:30:00Z' },
        ],
      }),
      starts: ['2026-03-02T09:30:00Z', '2026-03-02T11:30:00Z'],
    },
    {
      name: 'busy events given with offsets are compared as instants',
      request: utcMonday({
        busy: [{ start: '2026-03-02T10:00:00+01:00', end: '2026-03-02T04:30:00-05:00' }],
      }),
      starts: ['2026-03-02T09:30:00Z', '2026-03-02T10:00:00Z', '2026-03-02T10:30:00Z'],
    },
    {
      name: 'buffers on both sides of a booking; touching is fine and buffers may leave the hours',
      request: utcMonday({
        weekly: { mon: [['09:00', '12:00']] },
        bufferBeforeMinutes: 15,
        bufferAfterMinutes: 15,
        // Occupies 09:45–10:45 with its own buffers.
        bookings: [{ start: '2026-03-02T10:00:00Z', end: '2026-03-02T10:30:00Z' }],
      }),
      starts: ['2026-03-02T09:00:00Z', '2026-03-02T11:00:00Z', '2026-03-02T11:30:00Z'],
    },
    {
      name: 'a buffer before the slot against a busy event (busy events carry no buffers)',
      request: utcMonday({
        weekly: { mon: [['09:00', '11:30']] },
        bufferBeforeMinutes: 30,
        busy: [{ start: '2026-03-02T10:00:00Z', end: '2026-03-02T10:30:00Z' }],
      }),
      // 09:30 occupies 09:00–10:00 and 11:00 occupies 10:30–11:30: both touch the event.
      starts: ['2026-03-02T09:00:00Z', '2026-03-02T09:30:00Z', '2026-03-02T11:00:00Z'],
    },
    {
      name: 'a buffer after the slot against a busy event',
      request: utcMonday({
        weekly: { mon: [['09:00', '11:30']] },
        bufferAfterMinutes: 30,
        busy: [{ start: '2026-03-02T10:00:00Z', end: '2026-03-02T10:30:00Z' }],
      }),
      starts: ['2026-03-02T09:00:00Z', '2026-03-02T10:30:00Z', '2026-03-02T11:00:00Z'],
    },
    {
      name: 'a booking before the hours still blocks them through its after-buffer',
      request: {
        timeZone: 'UTC',
        weekly: { mon: [['09:00', '10:00']] },
        duration: 30,
        bufferAfterMinutes: 30,
        bookings: [{ start: '2026-03-02T08:00:00Z', end: '2026-03-02T08:45:00Z' }],
        now: '2026-03-02T00:00:00Z',
        windowDays: 1,
      },
      // The booking occupies 08:00–09:15, so 09:00 goes; 09:30 is free.
      starts: ['2026-03-02T09:30:00Z'],
    },
  ]);
});

describe('daily cap', () => {
  const newYork = {
    timeZone: 'America/New_York',
    weekly: { mon: [['09:00', '10:00']], tue: [['09:00', '10:00']] },
    duration: 30,
    now: '2026-03-02T00:00:00Z',
    windowDays: 2,
    // Monday 13:00 EST, Monday 22:00 EST (already Tuesday in UTC), Tuesday 15:00 EST.
    bookings: [
      { start: '2026-03-02T18:00:00Z', end: '2026-03-02T18:30:00Z' },
      { start: '2026-03-03T03:00:00Z', end: '2026-03-03T03:30:00Z' },
      { start: '2026-03-03T20:00:00Z', end: '2026-03-03T20:30:00Z' },
    ],
  };
  runStartsCases([
    {
      name: 'a host day at the cap offers nothing; bookings count by host-local date',
      request: { ...newYork, dailyCap: 2 },
      starts: ['2026-03-03T14:00:00Z', '2026-03-03T14:30:00Z'],
    },
    {
      name: 'a cap above every day’s bookings changes nothing',
      request: { ...newYork, dailyCap: 3 },
      starts: [
        '2026-03-02T14:00:00Z',
        '2026-03-02T14:30:00Z',
        '2026-03-03T14:00:00Z',
        '2026-03-03T14:30:00Z',
      ],
    },
    {
      name: 'null means no cap',
      request: { ...newYork, dailyCap: null },
      starts: [
        '2026-03-02T14:00:00Z',
        '2026-03-02T14:30:00Z',
        '2026-03-03T14:00:00Z',
        '2026-03-03T14:30:00Z',
      ],
    },
    {
      name: 'a cap of 0 closes every day',
      request: { ...newYork, bookings: [], dailyCap: 0 },
      starts: [],
    },
  ]);
});

describe('notice and window', () => {
  runStartsCases([
    {
      name: 'minimum notice drops slots starting too soon',
      request: utcMonday({ now: '2026-03-02T08:50:00Z', minNoticeMinutes: 45 }),
      starts: ['2026-03-02T10:00:00Z', '2026-03-02T10:30:00Z'],
    },
    {
      name: 'a slot starting exactly at now + notice is offered',
      request: utcMonday({ now: '2026-03-02T08:30:00Z', minNoticeMinutes: 60 }),
      starts: ['2026-03-02T09:30:00Z', '2026-03-02T10:00:00Z', '2026-03-02T10:30:00Z'],
    },
    {
      name: 'the step grid stays anchored to the range start, not to now',
      request: utcMonday({ now: '2026-03-02T09:10:00Z' }),
      starts: ['2026-03-02T09:30:00Z', '2026-03-02T10:00:00Z', '2026-03-02T10:30:00Z'],
    },
    {
      name: 'slots start before now + windowDays × 24 h and may end after it',
      request: {
        timeZone: 'UTC',
        weekly: { mon: [['09:00', '11:00']], tue: [['09:00', '11:00']] },
        duration: 30,
        now: '2026-03-02T10:00:00Z',
        windowDays: 1,
      },
      starts: [
        '2026-03-02T10:00:00Z',
        '2026-03-02T10:30:00Z',
        '2026-03-03T09:00:00Z',
        '2026-03-03T09:30:00Z',
      ],
    },
    {
      name: 'the window is counted in real hours across a DST change',
      request: {
        timeZone: 'Europe/London',
        weekly: { mon: [['00:00', '02:00']] },
        duration: 30,
        // now + 2 × 24 h is 2026-03-30T00:30Z = 01:30 BST.
        now: '2026-03-28T00:30:00Z',
        windowDays: 2,
      },
      starts: ['2026-03-29T23:00:00Z', '2026-03-29T23:30:00Z', '2026-03-30T00:00:00Z'],
    },
  ]);
});

describe('computeSlots on a hand-built request', () => {
  it('refuses a step below one minute instead of looping forever', () => {
    const request = { ...parseSlotRequest(utcMonday({})), step: 0 };
    assert.throws(() => computeSlots(request), SchedulingInputError);
  });
});
