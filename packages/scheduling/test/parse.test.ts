import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseSlotRequest, SchedulingInputError } from '@ringfence/scheduling';

const minimal = { timeZone: 'Europe/London', duration: 30, now: '2026-03-30T08:00:00+01:00' };

describe('parseSlotRequest', () => {
  it('fills in every default', () => {
    const request = parseSlotRequest(minimal);
    assert.equal(request.timeZone, 'Europe/London');
    assert.equal(request.bookerTimeZone, 'Europe/London');
    assert.equal(request.now.toString(), '2026-03-30T07:00:00Z');
    assert.deepEqual(
      {
        step: request.step,
        minNoticeMinutes: request.minNoticeMinutes,
        windowDays: request.windowDays,
        bufferBeforeMinutes: request.bufferBeforeMinutes,
        bufferAfterMinutes: request.bufferAfterMinutes,
        dailyCap: request.dailyCap,
        busy: request.busy,
        bookings: request.bookings,
        overrides: request.overrides.size,
      },
      {
        step: 30,
        minNoticeMinutes: 0,
        windowDays: 60,
        bufferBeforeMinutes: 0,
        bufferAfterMinutes: 0,
        dailyCap: null,
        busy: [],
        bookings: [],
        overrides: 0,
      },
    );
    assert.deepEqual(request.weekly, {
      mon: [],
      tue: [],
      wed: [],
      thu: [],
      fri: [],
      sat: [],
      sun: [],
    });
  });

  it('reads ranges as minutes after midnight, sorted, with "24:00" as 1440', () => {
    const request = parseSlotRequest({
      ...minimal,
      weekly: {
        fri: [
          ['13:00', '24:00'],
          ['09:00', '12:30'],
        ],
      },
      overrides: [{ date: '2026-04-03', ranges: [] }],
    });
    assert.deepEqual(request.weekly.fri, [
      { startMinute: 540, endMinute: 750 },
      { startMinute: 780, endMinute: 1440 },
    ]);
    assert.deepEqual([...request.overrides], [['2026-04-03', []]]);
  });

  it('treats null optional fields as absent and ignores unknown fields', () => {
    const request = parseSlotRequest({ ...minimal, step: null, windowDays: null, note: 'hi' });
    assert.equal(request.step, 30);
    assert.equal(request.windowDays, 60);
  });

  const errors: { name: string; input: unknown; path: string; message: string }[] = [
    {
      name: 'an inverted range',
      input: {
        ...minimal,
        weekly: {
          mon: [
            ['09:00', '10:00'],
            ['12:00', '09:00'],
          ],
        },
      },
      path: 'weekly.mon[1]',
      message: 'weekly.mon[1]: end 09:00 is not after start 12:00',
    },
    {
      name: 'an override range',
      input: { ...minimal, overrides: [{ date: '2026-04-03', ranges: [['10:00', '10:00']] }] },
      path: 'overrides[0].ranges[0]',
      message: 'overrides[0].ranges[0]: end 10:00 is not after start 10:00',
    },
    {
      name: 'a busy event',
      input: { ...minimal, busy: [{ start: '2026-03-30T09:00:00Z', end: 'soon' }] },
      path: 'busy[0].end',
      message: 'busy[0].end: "soon" is not an ISO 8601 instant such as "2026-03-30T09:00:00Z"',
    },
    {
      name: 'a request that is not an object',
      input: [minimal],
      path: 'request',
      message:
        'request: expected a JSON object, got [{"timeZone":"Europe/London","duration":30,"now":"2026-03-3…',
    },
  ];
  for (const { name, input, path, message } of errors) {
    it(`names the field in its error: ${name}`, () => {
      assert.throws(() => parseSlotRequest(input), { name: 'SchedulingInputError', path, message });
      assert.throws(() => parseSlotRequest(input), SchedulingInputError);
    });
  }
});
