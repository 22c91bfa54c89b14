import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { slotsCommand } from '../src/commands/slots.js';
import { runCli } from './run-cli.js';

const runSlots = (stdin: string, args: string[] = []) => runCli(['slots', ...args], stdin);

// London is on BST (UTC+1) from 2026-03-29; Kolkata is UTC+5:30. The window ends 2026-04-11T12:00Z,
// so of the Mondays only 03-30 counts (04-06 is a day off).
const request = {
  timeZone: 'Europe/London',
  weekly: {
    mon: [
      ['09:00', '10:00'],
      ['13:00', '14:00'],
    ],
  },
  overrides: [
    { date: '2026-03-29', ranges: [['10:00', '11:00']] },
    { date: '2026-04-06', ranges: [] },
  ],
  duration: 30,
  busy: [{ start: '2026-03-30T09:30:00+01:00', end: '2026-03-30T10:00:00+01:00' }],
  now: '2026-03-28T12:00:00Z',
  windowDays: 14,
  bookerTimeZone: 'Asia/Kolkata',
};

describe('ringfence slots', () => {
  it('prints the slots and the booker’s days as one JSON line', async () => {
    const { code, stdout, stderr } = await runSlots(JSON.stringify(request));
    assert.equal(code, 0);
    assert.equal(stderr, '');
    assert.match(stdout, /^\{.*\}\n$/);
    assert.deepEqual(JSON.parse(stdout), {
      slots: [
        { start: '2026-03-29T09:00:00Z', end: '2026-03-29T09:30:00Z' },
        { start: '2026-03-29T09:30:00Z', end: '2026-03-29T10:00:00Z' },
        { start: '2026-03-30T08:00:00Z', end: '2026-03-30T08:30:00Z' },
        { start: '2026-03-30T12:00:00Z', end: '2026-03-30T12:30:00Z' },
        { start: '2026-03-30T12:30:00Z', end: '2026-03-30T13:00:00Z' },
      ],
      days: {
        '2026-03-29': ['2026-03-29T09:00:00Z', '2026-03-29T09:30:00Z'],
        '2026-03-30': ['2026-03-30T08:00:00Z', '2026-03-30T12:00:00Z', '2026-03-30T12:30:00Z'],
      },
    });
  });

  it('refuses arguments: the request comes on standard input', async () => {
    const { code, stdout, stderr } = await runSlots(JSON.stringify(request), ['request.json']);
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.match(stderr, /unexpected argument "request\.json"/);
  });

  it('has help text naming every request field', () => {
    for (const field of Object.keys(request)) assert.match(slotsCommand.help, new RegExp(field));
  });
});

const valid = JSON.stringify(request);
const withField = (field: string, value: unknown) => JSON.stringify({ ...request, [field]: value });
const withMonday = (ranges: unknown) => withField('weekly', { mon: ranges });
const without = (field: string) => JSON.stringify({ ...request, [field]: undefined });

const invalid: { name: string; stdin: string; error: string | RegExp }[] = [
  {
    name: 'not JSON',
    stdin: valid.slice(0, 20),
    // The detail is V8's own wording, which changes between Node versions.
    error: /^request is not valid JSON: Unterminated string/,
  },
  {
    name: 'empty input',
    stdin: '',
    error: /^request is not valid JSON: Unexpected end of JSON input/,
  },
  { name: 'a JSON array', stdin: '[]', error: 'request: expected a JSON object, got []' },
  {
    name: 'an unknown time zone',
    stdin: withField('timeZone', 'Mars/Olympus_Mons'),
    error: 'timeZone: unknown time zone "Mars/Olympus_Mons"',
  },
  {
    name: 'a date-time instead of a time zone',
    stdin: withField('timeZone', '2026-03-30T09:00:00Z'),
    error: 'timeZone: unknown time zone "2026-03-30T09:00:00Z"',
  },
  {
    name: 'a missing time zone',
    stdin: without('timeZone'),
    error: 'timeZone: expected an IANA time zone name such as "Europe/London", got nothing',
  },
  {
    name: 'an unknown booker time zone',
    stdin: withField('bookerTimeZone', 'Asia/Bombay City'),
    error: 'bookerTimeZone: unknown time zone "Asia/Bombay City"',
  },
  {
    name: 'weekly hours that are not an object',
    stdin: withField('weekly', [['09:00', '17:00']]),
    error: 'weekly: expected an object keyed by mon, tue, wed, thu, fri, sat, sun',
  },
  {
    name: 'a weekday that is not a list',
    stdin: withMonday('09:00-17:00'),
    error: 'weekly.mon: expected a list of ["HH:MM", "HH:MM"] ranges',
  },
  {
    name: 'a range that is not a pair',
    stdin: withMonday([['09:00']]),
    error: 'weekly.mon[0]: expected a ["HH:MM", "HH:MM"] pair, got ["09:00"]',
  },
  {
    name: 'a time without two-digit hours',
    stdin: withMonday([['9:00', '12:00']]),
    error: 'weekly.mon[0]: start "9:00" is not a time as HH:MM',
  },
  {
    name: 'a time that is not a string',
    stdin: withMonday([[900, '12:00']]),
    error: 'weekly.mon[0]: start 900 is not a time as HH:MM',
  },
  {
    name: 'hour 25',
    stdin: withMonday([['09:00', '25:00']]),
    error: 'weekly.mon[0]: end "25:00" is not a time of day (00:00 to 23:59, or 24:00)',
  },
  {
    name: 'minute 60',
    stdin: withMonday([['09:60', '12:00']]),
    error: 'weekly.mon[0]: start "09:60" is not a time of day (00:00 to 23:59)',
  },
  {
    name: '23:60, which is not 24:00',
    stdin: withMonday([['23:00', '23:60']]),
    error: 'weekly.mon[0]: end "23:60" is not a time of day (00:00 to 23:59, or 24:00)',
  },
  {
    name: '24:00 as a start',
    stdin: withMonday([['24:00', '24:00']]),
    error: 'weekly.mon[0]: start 24:00 is allowed only as an end',
  },
  {
    name: 'an end past 24:00',
    stdin: withMonday([['23:00', '24:30']]),
    error: 'weekly.mon[0]: end "24:30" is not a time of day (00:00 to 23:59, or 24:00)',
  },
  {
    name: 'an inverted range',
    stdin: withMonday([
      ['08:00', '09:00'],
      ['12:00', '09:00'],
    ]),
    error: 'weekly.mon[1]: end 09:00 is not after start 12:00',
  },
  {
    name: 'an empty range',
    stdin: withMonday([['10:00', '10:00']]),
    error: 'weekly.mon[0]: end 10:00 is not after start 10:00',
  },
  {
    name: 'overlapping ranges on one day',
    stdin: withMonday([
      ['09:00', '12:00'],
      ['11:30', '13:00'],
    ]),
    error: 'weekly.mon[1]: 11:30-13:00 overlaps weekly.mon[0] 09:00-12:00',
  },
  {
    name: 'overlapping ranges listed out of order',
    stdin: withMonday([
      ['13:00', '17:00'],
      ['09:00', '12:00'],
      ['10:00', '10:30'],
    ]),
    error: 'weekly.mon[2]: 10:00-10:30 overlaps weekly.mon[1] 09:00-12:00',
  },
  {
    name: 'overrides that are not a list',
    stdin: withField('overrides', { '2026-03-29': [] }),
    error: 'overrides: expected a list of {"date", "ranges"} entries',
  },
  {
    name: 'an override date not as YYYY-MM-DD',
    stdin: withField('overrides', [{ date: '2026-3-29', ranges: [] }]),
    error: 'overrides[0].date: expected a date as YYYY-MM-DD, got "2026-3-29"',
  },
  {
    name: 'an override date that does not exist',
    stdin: withField('overrides', [{ date: '2026-02-29', ranges: [] }]),
    error: 'overrides[0].date: 2026-02-29 is not a date in the calendar',
  },
  {
    name: 'duplicate override dates',
    stdin: withField('overrides', [
      { date: '2026-03-29', ranges: [] },
      { date: '2026-03-30', ranges: [] },
      { date: '2026-03-29', ranges: [['10:00', '11:00']] },
    ]),
    error: 'overrides[2].date: 2026-03-29 already has an override at overrides[0]',
  },
  {
    name: 'an override without ranges',
    stdin: withField('overrides', [{ date: '2026-03-29' }]),
    error: 'overrides[0].ranges: expected a list of ["HH:MM", "HH:MM"] ranges ([] for a day off)',
  },
  {
    name: 'overlapping override ranges',
    stdin: withField('overrides', [
      {
        date: '2026-03-29',
        ranges: [
          ['10:00', '11:00'],
          ['10:30', '12:00'],
        ],
      },
    ]),
    error: 'overrides[0].ranges[1]: 10:30-12:00 overlaps overrides[0].ranges[0] 10:00-11:00',
  },
  {
    name: 'a missing duration',
    stdin: without('duration'),
    error: 'duration: must be a whole number of minutes, at least 1; got nothing',
  },
  {
    name: 'a zero duration',
    stdin: withField('duration', 0),
    error: 'duration: must be a whole number of minutes, at least 1; got 0',
  },
  {
    name: 'a fractional duration',
    stdin: withField('duration', 30.5),
    error: 'duration: must be a whole number of minutes, at least 1; got 30.5',
  },
  {
    name: 'a duration given as a string',
    stdin: withField('duration', '30'),
    error: 'duration: must be a whole number of minutes, at least 1; got "30"',
  },
  {
    name: 'a zero step',
    stdin: withField('step', 0),
    error: 'step: must be a whole number of minutes, at least 1; got 0',
  },
  {
    name: 'a negative step',
    stdin: withField('step', -15),
    error: 'step: must be a whole number of minutes, at least 1; got -15',
  },
  {
    name: 'negative notice',
    stdin: withField('minNoticeMinutes', -1),
    error: 'minNoticeMinutes: must be a whole number of minutes, at least 0; got -1',
  },
  {
    name: 'a negative buffer before',
    stdin: withField('bufferBeforeMinutes', -5),
    error: 'bufferBeforeMinutes: must be a whole number of minutes, at least 0; got -5',
  },
  {
    name: 'a negative buffer after',
    stdin: withField('bufferAfterMinutes', -5),
    error: 'bufferAfterMinutes: must be a whole number of minutes, at least 0; got -5',
  },
  {
    name: 'a zero window',
    stdin: withField('windowDays', 0),
    error: 'windowDays: must be a whole number of days, from 1 to 366; got 0',
  },
  {
    name: 'a window beyond the cap',
    stdin: withField('windowDays', 367),
    error: 'windowDays: must be a whole number of days, from 1 to 366; got 367',
  },
  {
    name: 'a negative daily cap',
    stdin: withField('dailyCap', -1),
    error: 'dailyCap: must be a whole number of bookings, at least 0; got -1',
  },
  {
    name: 'a fractional daily cap',
    stdin: withField('dailyCap', 1.5),
    error: 'dailyCap: must be a whole number of bookings, at least 0; got 1.5',
  },
  {
    name: 'busy events that are not a list',
    stdin: withField('busy', { start: '2026-03-30T09:00:00Z', end: '2026-03-30T10:00:00Z' }),
    error: 'busy: expected a list of {"start", "end"} entries',
  },
  {
    name: 'a busy event ending before it starts',
    stdin: withField('busy', [{ start: '2026-03-30T10:00:00Z', end: '2026-03-30T10:00:00+01:00' }]),
    error: 'busy[0]: end 2026-03-30T10:00:00+01:00 is before start 2026-03-30T10:00:00Z',
  },
  {
    name: 'a busy event with an invalid instant',
    stdin: withField('busy', [{ start: '2026-03-30T25:00:00Z', end: '2026-03-30T10:00:00Z' }]),
    error:
      'busy[0].start: "2026-03-30T25:00:00Z" is not an ISO 8601 instant such as "2026-03-30T09:00:00Z"',
  },
  {
    name: 'a busy event without an offset',
    stdin: withField('busy', [{ start: '2026-03-30T09:00:00Z', end: '2026-03-30T10:00:00' }]),
    error: 'busy[0].end: "2026-03-30T10:00:00" has no UTC offset or Z, so the instant is ambiguous',
  },
  {
    name: 'a booking ending before it starts',
    stdin: withField('bookings', [
      { start: '2026-03-30T09:00:00Z', end: '2026-03-30T10:00:00Z' },
      { start: '2026-03-30T12:00:00Z', end: '2026-03-30T11:00:00Z' },
    ]),
    error: 'bookings[1]: end 2026-03-30T11:00:00Z is before start 2026-03-30T12:00:00Z',
  },
  {
    name: 'a booking that is not an object',
    stdin: withField('bookings', ['2026-03-30T09:00:00Z']),
    error: 'bookings[0]: expected an object with "start" and "end", got "2026-03-30T09:00:00Z"',
  },
  {
    name: 'a missing now',
    stdin: without('now'),
    error: 'now: is required: the current instant, e.g. "2026-03-30T09:00:00Z"',
  },
  {
    name: 'now without an offset',
    stdin: withField('now', '2026-03-28T12:00:00'),
    error: 'now: "2026-03-28T12:00:00" has no UTC offset or Z, so the instant is ambiguous',
  },
  {
    name: 'now at the end of representable time',
    stdin: withField('now', '+275760-09-13T00:00:00Z'),
    error: 'now: "+275760-09-13T00:00:00Z" is too close to the limits of representable time',
  },
];

describe('ringfence slots refuses invalid requests with {"error"} and exit code 1', () => {
  for (const { name, stdin, error } of invalid) {
    it(name, async () => {
      const result = await runSlots(stdin);
      assert.equal(result.code, 1);
      const output: unknown = JSON.parse(result.stdout);
      assert.deepEqual(Object.keys(output as object), ['error']);
      const { error: message } = output as { error: unknown };
      assert.equal(typeof message, 'string');
      if (typeof error === 'string') assert.equal(message, error);
      else assert.match(message as string, error);
      assert.equal(result.stderr, '');
    });
  }
});
