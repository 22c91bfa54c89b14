import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { computeSlots, parseSlotRequest } from '@ringfence/scheduling';

// The scheduling core never reads the process time zone; this proves it by changing TZ (which
// Node applies to Date at once) around a computation that crosses DST in host and booker zones.
const request = {
  timeZone: 'Europe/London',
  overrides: [
    { date: '2026-03-29', ranges: [['00:30', '03:00']] },
    { date: '2026-10-25', ranges: [['01:30', '02:30']] },
  ],
  weekly: { mon: [['23:00', '24:00']] },
  duration: 60,
  now: '2026-03-28T12:00:00Z',
  windowDays: 211,
  bookerTimeZone: 'America/St_Johns',
};

// London: 2026-03-29 00:30 GMT–03:00 BST (00:30Z–02:00Z); Mondays 23:00–24:00 BST (22:00Z–23:00Z)
// from 2026-03-30 through 2026-10-19; 2026-10-25 01:30 BST–02:30 GMT (00:30Z–02:30Z). Window ends
// 2026-10-25T12:00Z. St John's is UTC−2:30 in summer, so 22:00Z is 19:30 the same date.
// prettier-ignore
const mondays = [
  '03-30', '04-06', '04-13', '04-20', '04-27', '05-04', '05-11', '05-18', '05-25', '06-01',
  '06-08', '06-15', '06-22', '06-29', '07-06', '07-13', '07-20', '07-27', '08-03', '08-10',
  '08-17', '08-24', '08-31', '09-07', '09-14', '09-21', '09-28', '10-05', '10-12', '10-19',
];
const expectedStarts = [
  '2026-03-29T00:30:00Z',
  ...mondays.map((day) => `2026-${day}T22:00:00Z`),
  '2026-10-25T00:30:00Z',
  '2026-10-25T01:30:00Z',
];

describe('results do not depend on the process time zone', () => {
  const original = process.env.TZ;
  after(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  for (const tz of [
    'UTC',
    'Pacific/Kiritimati',
    'America/St_Johns',
    'Asia/Kathmandu',
    'Etc/GMT+12',
  ]) {
    it(`TZ=${tz}`, () => {
      process.env.TZ = tz;
      const result = computeSlots(parseSlotRequest(request));
      assert.deepEqual(
        result.slots.map((slot) => slot.start),
        expectedStarts,
      );
      // St John's is on NDT (UTC−2:30) from 2026-03-08 to 2026-11-01: 03-29 00:30Z is 22:00 on
      // 03-28, and 10-25 00:30Z and 01:30Z are 22:00 and 23:00 on 10-24.
      assert.deepEqual(result.days['2026-03-28'], ['2026-03-29T00:30:00Z']);
      assert.deepEqual(result.days['2026-10-24'], ['2026-10-25T00:30:00Z', '2026-10-25T01:30:00Z']);
      assert.equal(Object.keys(result.days).length, 32);
    });
  }
});
