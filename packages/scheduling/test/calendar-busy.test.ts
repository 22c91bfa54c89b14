import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import ICAL from 'ical.js';
import { Temporal } from 'temporal-polyfill';
import {
  busyFromIcs,
  type BusyFromIcsOptions,
  SchedulingInputError,
  type TimeSpan,
} from '@ringfence/scheduling';

// Calendar used below: 2026-03-01 is a Sunday, so the Mondays of March 2026 are the 2nd, 9th,
// 16th, 23rd and 30th. America/New_York is UTC−5 until 2026-03-08 02:00, then UTC−4 (until
// 2026-11-01 02:00). Europe/London and Europe/Paris move forward on 2026-03-29 (London 01:00 GMT
// → 02:00 BST; Paris UTC+1 → UTC+2). Asia/Tokyo is UTC+9 and Mexico City UTC−6 all year. Every
// expected instant is worked out by hand from those offsets.

type Lines = string[];

/** A feed: the VEVENTs given by their properties, and any other components given whole. */
function feed(...components: Lines[]): string {
  const body = components.flatMap((lines) =>
    lines[0]?.startsWith('BEGIN:') ? lines : ['BEGIN:VEVENT', ...lines, 'END:VEVENT'],
  );
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//test//EN',
    ...body,
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

// The VTIMEZONE Outlook writes for its "Eastern Standard Time", which is no IANA name.
const OUTLOOK_EASTERN = [
  'BEGIN:VTIMEZONE',
  'TZID:Eastern Standard Time',
  'BEGIN:STANDARD',
  'DTSTART:16010101T020000',
  'TZOFFSETFROM:-0400',
  'TZOFFSETTO:-0500',
  'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11',
  'END:STANDARD',
  'BEGIN:DAYLIGHT',
  'DTSTART:16010101T020000',
  'TZOFFSETFROM:-0500',
  'TZOFFSETTO:-0400',
  'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3',
  'END:DAYLIGHT',
  'END:VTIMEZONE',
];

// Mexico City's rules before 2023, with daylight time from the first Sunday in April: stale.
const STALE_MEXICO_CITY = [
  'BEGIN:VTIMEZONE',
  'TZID:America/Mexico_City',
  'BEGIN:DAYLIGHT',
  'DTSTART:19700405T020000',
  'TZOFFSETFROM:-0600',
  'TZOFFSETTO:-0500',
  'RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'DTSTART:19701025T020000',
  'TZOFFSETFROM:-0500',
  'TZOFFSETTO:-0600',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

function span(start: string, end: string): TimeSpan {
  return { start: Temporal.Instant.from(start), end: Temporal.Instant.from(end) };
}

const MARCH = span('2026-03-01T00:00:00Z', '2026-04-01T00:00:00Z');

function busy(ics: string, range = MARCH, options?: BusyFromIcsOptions): [string, string][] {
  return busyFromIcs(ics, range, options).map(({ start, end }) => [
    start.toString(),
    end.toString(),
  ]);
}

interface BusyCase {
  name: string;
  ics: string;
  range?: TimeSpan;
  options?: BusyFromIcsOptions;
  busy: [start: string, end: string][];
}

function runBusyCases(cases: BusyCase[]): void {
  for (const testCase of cases) {
    it(testCase.name, () => {
      assert.deepEqual(busy(testCase.ics, testCase.range, testCase.options), testCase.busy);
    });
  }
}

describe('recurring events', () => {
  runBusyCases([
    {
      name: 'weekly in New York: EXDATE drops one, a RECURRENCE-ID moves one, DST keeps 09:00',
      ics: feed(
        [
          'UID:standup',
          'DTSTART;TZID=America/New_York:20260302T090000',
          'DTEND;TZID=America/New_York:20260302T100000',
          'RRULE:FREQ=WEEKLY;COUNT=5',
          'EXDATE;TZID=America/New_York:20260316T090000',
        ],
        [
          'UID:standup',
          'RECURRENCE-ID;TZID=America/New_York:20260309T090000',
          'DTSTART;TZID=America/New_York:20260310T140000',
          'DTEND;TZID=America/New_York:20260310T150000',
        ],
      ),
      busy: [
        ['2026-03-02T14:00:00Z', '2026-03-02T15:00:00Z'],
        ['2026-03-10T18:00:00Z', '2026-03-10T19:00:00Z'],
        ['2026-03-23T13:00:00Z', '2026-03-23T14:00:00Z'],
        ['2026-03-30T13:00:00Z', '2026-03-30T14:00:00Z'],
      ],
    },
    {
      name: 'COUNT counts DTSTART as the first occurrence',
      ics: feed([
        'UID:c',
        'DTSTART:20260305T100000Z',
        'DURATION:PT30M',
        'RRULE:FREQ=DAILY;COUNT=3',
      ]),
      busy: [
        ['2026-03-05T10:00:00Z', '2026-03-05T10:30:00Z'],
        ['2026-03-06T10:00:00Z', '2026-03-06T10:30:00Z'],
        ['2026-03-07T10:00:00Z', '2026-03-07T10:30:00Z'],
      ],
    },
    {
      name: 'a UTC UNTIL is compared as an instant (09:00 in Tokyo is 00:00Z, included)',
      ics: feed([
        'UID:u',
        'DTSTART;TZID=Asia/Tokyo:20260302T090000',
        'DTEND;TZID=Asia/Tokyo:20260302T100000',
        'RRULE:FREQ=WEEKLY;UNTIL=20260316T000000Z',
      ]),
      busy: [
        ['2026-03-02T00:00:00Z', '2026-03-02T01:00:00Z'],
        ['2026-03-09T00:00:00Z', '2026-03-09T01:00:00Z'],
        ['2026-03-16T00:00:00Z', '2026-03-16T01:00:00Z'],
      ],
    },
    {
      name: 'a date UNTIL includes its day',
      ics: feed(['UID:d', 'DTSTART;VALUE=DATE:20260302', 'RRULE:FREQ=DAILY;UNTIL=20260304']),
      busy: [
        ['2026-03-02T00:00:00Z', '2026-03-03T00:00:00Z'],
        ['2026-03-03T00:00:00Z', '2026-03-04T00:00:00Z'],
        ['2026-03-04T00:00:00Z', '2026-03-05T00:00:00Z'],
      ],
    },
    {
      name: 'RDATE adds date-times and periods (with a duration or an end) to DTSTART',
      ics: feed([
        'UID:r',
        'DTSTART:20260303T100000Z',
        'DURATION:PT1H',
        'RDATE:20260305T150000Z',
        'RDATE;VALUE=PERIOD:20260306T080000Z/PT2H,20260307T080000Z/20260307T083000Z',
      ]),
      busy: [
        ['2026-03-03T10:00:00Z', '2026-03-03T11:00:00Z'],
        ['2026-03-05T15:00:00Z', '2026-03-05T16:00:00Z'],
        ['2026-03-06T08:00:00Z', '2026-03-06T10:00:00Z'],
        ['2026-03-07T08:00:00Z', '2026-03-07T08:30:00Z'],
      ],
    },
    {
      name: 'a date EXDATE removes that day’s occurrence of a timed series',
      ics: feed([
        'UID:x',
        'DTSTART:20260302T100000Z',
        'DURATION:PT1H',
        'RRULE:FREQ=DAILY;COUNT=4',
        'EXDATE;VALUE=DATE:20260303',
      ]),
      busy: [
        ['2026-03-02T10:00:00Z', '2026-03-02T11:00:00Z'],
        ['2026-03-04T10:00:00Z', '2026-03-04T11:00:00Z'],
        ['2026-03-05T10:00:00Z', '2026-03-05T11:00:00Z'],
      ],
    },
    {
      name: 'a RECURRENCE-ID in UTC matches the occurrence of a series in Berlin at that instant',
      ics: feed(
        [
          'UID:b',
          'DTSTART;TZID=Europe/Berlin:20260304T100000',
          'DURATION:PT1H',
          'RRULE:FREQ=DAILY;COUNT=2',
        ],
        ['UID:b', 'RECURRENCE-ID:20260305T090000Z', 'DTSTART:20260305T150000Z', 'DURATION:PT1H'],
      ),
      busy: [
        ['2026-03-04T09:00:00Z', '2026-03-04T10:00:00Z'],
        ['2026-03-05T15:00:00Z', '2026-03-05T16:00:00Z'],
      ],
    },
    {
      name: 'an override moved into the range counts even though its original is outside',
      ics: feed(
        ['UID:m', 'DTSTART:20260220T100000Z', 'DURATION:PT1H', 'RRULE:FREQ=WEEKLY;COUNT=2'],
        ['UID:m', 'RECURRENCE-ID:20260227T100000Z', 'DTSTART:20260302T100000Z', 'DURATION:PT1H'],
      ),
      busy: [['2026-03-02T10:00:00Z', '2026-03-02T11:00:00Z']],
    },
    {
      name: 'an override whose series is not in the feed is an event of its own',
      ics: feed([
        'UID:orphan',
        'RECURRENCE-ID:20260302T100000Z',
        'DTSTART:20260303T100000Z',
        'DURATION:PT1H',
      ]),
      busy: [['2026-03-03T10:00:00Z', '2026-03-03T11:00:00Z']],
    },
    {
      name: 'DTEND gives every occurrence the first one’s exact length, across the London change',
      ics: feed([
        'UID:e',
        'DTSTART;TZID=Europe/London:20260321T120000',
        'DTEND;TZID=Europe/London:20260322T120000',
        'RRULE:FREQ=WEEKLY;COUNT=2',
      ]),
      busy: [
        ['2026-03-21T12:00:00Z', '2026-03-22T12:00:00Z'],
        ['2026-03-28T12:00:00Z', '2026-03-29T12:00:00Z'],
      ],
    },
    {
      name: 'DURATION:P1D is nominal: 12:00 GMT to 12:00 BST is 23 hours',
      ics: feed(['UID:n', 'DTSTART;TZID=Europe/London:20260328T120000', 'DURATION:P1D']),
      busy: [['2026-03-28T12:00:00Z', '2026-03-29T11:00:00Z']],
    },
    {
      name: 'a series started years ago comes out right in the range',
      ics: feed([
        'UID:old',
        'DTSTART;TZID=America/New_York:20110110T090000',
        'DURATION:PT30M',
        'RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO',
      ]),
      // 2011-01-10 is a Monday; 2026-03-02 is 790 weeks later, an even number.
      busy: [
        ['2026-03-02T14:00:00Z', '2026-03-02T14:30:00Z'],
        ['2026-03-16T13:00:00Z', '2026-03-16T13:30:00Z'],
        ['2026-03-30T13:00:00Z', '2026-03-30T13:30:00Z'],
      ],
    },
  ]);
});

describe('time zones', () => {
  runBusyCases([
    {
      name: 'a Windows TZID is read from its VTIMEZONE, across the DST change, with a UTC UNTIL',
      ics: feed(OUTLOOK_EASTERN, [
        'UID:o',
        'DTSTART;TZID=Eastern Standard Time:20190107T090000',
        'DTEND;TZID=Eastern Standard Time:20190107T093000',
        'RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20260317T000000Z',
      ]),
      busy: [
        ['2026-03-02T14:00:00Z', '2026-03-02T14:30:00Z'],
        ['2026-03-09T13:00:00Z', '2026-03-09T13:30:00Z'],
        ['2026-03-16T13:00:00Z', '2026-03-16T13:30:00Z'],
      ],
    },
    {
      name: 'a VTIMEZONE of one fixed offset, as Outlook writes for India',
      ics: feed(
        [
          'BEGIN:VTIMEZONE',
          'TZID:India Standard Time',
          'BEGIN:STANDARD',
          'DTSTART:16010101T000000',
          'TZOFFSETFROM:+0530',
          'TZOFFSETTO:+0530',
          'END:STANDARD',
          'END:VTIMEZONE',
        ],
        ['UID:in', 'DTSTART;TZID=India Standard Time:20260305T090000', 'DURATION:PT1H'],
      ),
      busy: [['2026-03-05T03:30:00Z', '2026-03-05T04:30:00Z']],
    },
    {
      name: 'an IANA TZID needs no VTIMEZONE; 02:30 in the spring-forward gap becomes 03:30 EDT',
      ics: feed(['UID:g', 'DTSTART;TZID=America/New_York:20260308T023000', 'DURATION:PT1H']),
      busy: [['2026-03-08T07:30:00Z', '2026-03-08T08:30:00Z']],
    },
    {
      name: 'a VTIMEZONE zone treats the gap the same way',
      ics: feed(OUTLOOK_EASTERN, [
        'UID:g',
        'DTSTART;TZID=Eastern Standard Time:20260308T023000',
        'DURATION:PT1H',
      ]),
      busy: [['2026-03-08T07:30:00Z', '2026-03-08T08:30:00Z']],
    },
    {
      name: '01:30 in the fall-back overlap takes the earlier instant (EDT), IANA and VTIMEZONE',
      ics: feed(
        OUTLOOK_EASTERN,
        ['UID:i', 'DTSTART;TZID=America/New_York:20261101T013000', 'DURATION:PT20M'],
        ['UID:v', 'DTSTART;TZID=Eastern Standard Time:20261101T013000', 'DURATION:PT30M'],
      ),
      range: span('2026-11-01T00:00:00Z', '2026-11-02T00:00:00Z'),
      busy: [
        ['2026-11-01T05:30:00Z', '2026-11-01T05:50:00Z'],
        ['2026-11-01T05:30:00Z', '2026-11-01T06:00:00Z'],
      ],
    },
    {
      name: 'an IANA TZID follows the IANA rules, not a stale VTIMEZONE copy',
      ics: feed(STALE_MEXICO_CITY, [
        'UID:mx',
        'DTSTART;TZID=America/Mexico_City:20260406T090000',
        'DURATION:PT1H',
      ]),
      range: span('2026-04-01T00:00:00Z', '2026-05-01T00:00:00Z'),
      busy: [['2026-04-06T15:00:00Z', '2026-04-06T16:00:00Z']],
    },
    {
      name: 'floating times are read in defaultTimeZone',
      ics: feed(['UID:f', 'DTSTART:20260305T090000', 'DTEND:20260305T100000']),
      options: { defaultTimeZone: 'America/New_York' },
      busy: [['2026-03-05T14:00:00Z', '2026-03-05T15:00:00Z']],
    },
    {
      name: 'floating times are UTC without defaultTimeZone',
      ics: feed(['UID:f', 'DTSTART:20260305T090000', 'DTEND:20260305T100000']),
      busy: [['2026-03-05T09:00:00Z', '2026-03-05T10:00:00Z']],
    },
  ]);
});

describe('all-day events', () => {
  runBusyCases([
    {
      name: 'a date without DTEND fills its day in defaultTimeZone',
      ics: feed(['UID:a', 'DTSTART;VALUE=DATE:20260310']),
      options: { defaultTimeZone: 'Europe/Paris' },
      busy: [['2026-03-09T23:00:00Z', '2026-03-10T23:00:00Z']],
    },
    {
      name: 'a two-day event over the London change lasts from midnight to midnight: 47 hours',
      ics: feed(['UID:a', 'DTSTART;VALUE=DATE:20260328', 'DTEND;VALUE=DATE:20260330']),
      options: { defaultTimeZone: 'Europe/London' },
      busy: [['2026-03-28T00:00:00Z', '2026-03-29T23:00:00Z']],
    },
  ]);
});

describe('which events are busy', () => {
  runBusyCases([
    {
      name: 'transparent and cancelled events are free; a cancelled override frees its occurrence',
      ics: feed(
        ['UID:t', 'DTSTART:20260303T090000Z', 'DURATION:PT1H', 'TRANSP:TRANSPARENT'],
        ['UID:c', 'DTSTART:20260304T090000Z', 'DURATION:PT1H', 'STATUS:CANCELLED'],
        ['UID:maybe', 'DTSTART:20260305T090000Z', 'DURATION:PT1H', 'STATUS:TENTATIVE'],
        ['UID:w', 'DTSTART:20260302T120000Z', 'DURATION:PT1H', 'RRULE:FREQ=WEEKLY;COUNT=3'],
        [
          'UID:w',
          'RECURRENCE-ID:20260309T120000Z',
          'DTSTART:20260309T120000Z',
          'DURATION:PT1H',
          'STATUS:CANCELLED',
        ],
      ),
      busy: [
        ['2026-03-02T12:00:00Z', '2026-03-02T13:00:00Z'],
        ['2026-03-05T09:00:00Z', '2026-03-05T10:00:00Z'],
        ['2026-03-16T12:00:00Z', '2026-03-16T13:00:00Z'],
      ],
    },
    {
      name: 'events overlapping the range are returned whole, sorted; touching or empty ones are not',
      ics: feed(
        ['UID:late', 'DTSTART:20260310T233000Z', 'DTEND:20260311T020000Z'],
        ['UID:long', 'DTSTART:20260309T220000Z', 'DTEND:20260310T010000Z'],
        ['UID:touch-before', 'DTSTART:20260309T200000Z', 'DTEND:20260310T000000Z'],
        ['UID:touch-after', 'DTSTART:20260311T000000Z', 'DTEND:20260311T010000Z'],
        ['UID:empty', 'DTSTART:20260310T120000Z'],
        ['UID:short', 'DTSTART:20260309T220000Z', 'DTEND:20260310T003000Z'],
      ),
      range: span('2026-03-10T00:00:00Z', '2026-03-11T00:00:00Z'),
      busy: [
        ['2026-03-09T22:00:00Z', '2026-03-10T00:30:00Z'],
        ['2026-03-09T22:00:00Z', '2026-03-10T01:00:00Z'],
        ['2026-03-10T23:30:00Z', '2026-03-11T02:00:00Z'],
      ],
    },
    {
      name: 'a byte-order mark and bare LF line ends are accepted',
      ics: `\uFEFF${feed(['UID:1', 'DTSTART:20260303T090000Z', 'DURATION:PT1H']).replaceAll('\r\n', '\n')}`,
      busy: [['2026-03-03T09:00:00Z', '2026-03-03T10:00:00Z']],
    },
    {
      name: 'every VCALENDAR of the text is read',
      ics:
        feed(['UID:1', 'DTSTART:20260303T090000Z', 'DURATION:PT1H']) +
        feed(['UID:2', 'DTSTART:20260302T090000Z', 'DURATION:PT1H']),
      busy: [
        ['2026-03-02T09:00:00Z', '2026-03-02T10:00:00Z'],
        ['2026-03-03T09:00:00Z', '2026-03-03T10:00:00Z'],
      ],
    },
  ]);
});

describe('expanding from near the range gives what expanding from DTSTART gives', () => {
  const range = span('2027-06-01T00:00:00Z', '2028-06-01T00:00:00Z');

  /** Occurrence starts in the range, straight from ical.js, walking from DTSTART. */
  function reference(dtstart: string, rule: string): string[] {
    const iterator = ICAL.Recur.fromString(rule).iterator(ICAL.Time.fromDateTimeString(dtstart));
    const starts: string[] = [];
    for (let time: ICAL.Time | null = iterator.next(); time; time = iterator.next()) {
      const start = Temporal.Instant.from(time.toString());
      if (Temporal.Instant.compare(start, range.end) >= 0) break;
      if (Temporal.Instant.compare(start, range.start) >= 0) starts.push(start.toString());
    }
    return starts;
  }

  for (const [dtstart, rule] of [
    ['2019-01-02T09:00:00Z', 'FREQ=DAILY;INTERVAL=3'],
    ['2019-01-02T09:00:00Z', 'FREQ=WEEKLY'],
    ['2019-01-02T09:00:00Z', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH'],
    ['2019-01-02T09:00:00Z', 'FREQ=WEEKLY;COUNT=450'],
    ['2019-01-02T09:00:00Z', 'FREQ=DAILY;INTERVAL=2;UNTIL=20270615T000000Z'],
    ['2019-01-31T09:00:00Z', 'FREQ=MONTHLY'],
    ['2019-01-31T09:00:00Z', 'FREQ=MONTHLY;INTERVAL=5;BYMONTHDAY=15,-1'],
    ['2019-01-02T09:00:00Z', 'FREQ=MONTHLY;BYDAY=-1FR'],
    ['2019-01-02T09:00:00Z', 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1'],
    ['2016-02-29T09:00:00Z', 'FREQ=YEARLY'],
    ['2016-03-13T09:00:00Z', 'FREQ=YEARLY;INTERVAL=3;BYMONTH=3;BYDAY=2SU'],
    ['2019-01-02T09:00:00Z', 'FREQ=HOURLY;INTERVAL=7;BYDAY=MO'],
  ] as const) {
    it(`${rule} from ${dtstart}`, () => {
      const ics = feed([
        'UID:r',
        `DTSTART:${dtstart.replaceAll('-', '').replaceAll(':', '')}`,
        'DURATION:PT1H',
        `RRULE:${rule}`,
      ]);
      const starts = busyFromIcs(ics, range).map(({ start }) => start.toString());
      assert.ok(starts.length > 0);
      assert.deepEqual(starts, reference(dtstart, rule));
    });
  }
});

describe('malformed feeds', () => {
  const cases: [
    name: string,
    ics: string,
    message: string | RegExp,
    options?: BusyFromIcsOptions,
  ][] = [
    ['not iCalendar', 'hello', /^calendar feed: is not iCalendar text: invalid line/],
    ['empty', '', 'calendar feed: has no VCALENDAR'],
    [
      'an unclosed component',
      'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n',
      /^calendar feed: is not iCalendar text/,
    ],
    [
      'a bare VEVENT',
      'BEGIN:VEVENT\r\nUID:x\r\nEND:VEVENT\r\n',
      'calendar feed: expected a VCALENDAR, found VEVENT',
    ],
    ['an event without DTSTART', feed(['UID:x']), 'calendar feed: event "x": has no DTSTART'],
    [
      'an event ending before it starts',
      feed(['UID:x', 'DTSTART:20260302T100000Z', 'DTEND:20260302T090000Z']),
      'calendar feed: event "x": ends before it starts',
    ],
    [
      'a negative duration',
      feed(['UID:x', 'DTSTART:20260302T100000Z', 'DURATION:-PT1H']),
      'calendar feed: event "x": has a negative duration -PT1H',
    ],
    [
      'an unknown TZID',
      feed(['UID:x', 'DTSTART;TZID=Mars/Olympus:20260302T100000']),
      'calendar feed: event "x": time zone "Mars/Olympus" has no VTIMEZONE and is not an IANA time zone',
    ],
    [
      'a broken date-time',
      feed(['UID:x', 'DTSTART:20260302T100000Z', 'DTEND:2026']),
      /^calendar feed: event "x": invalid date-time value/,
    ],
    [
      'an invalid RRULE',
      feed(['UID:x', 'DTSTART:20260302T100000Z', 'RRULE:FREQ=WEEKLY;BYMONTHDAY=3']),
      /^calendar feed: event "x": For WEEKLY recurrences neither BYMONTHDAY/,
    ],
    [
      'an unknown defaultTimeZone',
      feed(),
      'defaultTimeZone: unknown time zone "Mars/Olympus"',
      { defaultTimeZone: 'Mars/Olympus' },
    ],
    ['maxOccurrences 0', feed(), /^maxOccurrences: /, { maxOccurrences: 0 }],
  ];
  for (const [name, ics, message, options] of cases) {
    it(name, () => {
      assert.throws(() => busyFromIcs(ics, MARCH, options), {
        name: 'SchedulingInputError',
        message,
      });
    });
  }

  it('a range that ends before it starts', () => {
    assert.throws(() => busyFromIcs(feed(), span('2026-03-02T00:00:00Z', '2026-03-01T00:00:00Z')), {
      name: 'SchedulingInputError',
      message: 'range: end 2026-03-01T00:00:00Z is before start 2026-03-02T00:00:00Z',
    });
  });
});

describe('the occurrence cap', () => {
  const cases: [name: string, rule: string, options?: BusyFromIcsOptions][] = [
    ['a rule that never ends in time (SECONDLY from 1970)', 'FREQ=SECONDLY;COUNT=100000000'],
    // ical.js alone would loop for ever looking for 30 February.
    ['a rule that can never match', 'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30', { maxOccurrences: 5000 }],
    ['a lower cap', 'FREQ=DAILY', { maxOccurrences: 10 }],
  ];
  for (const [name, rule, options] of cases) {
    it(name, () => {
      const ics = feed(['UID:x', 'DTSTART:19700101T000000Z', 'DURATION:PT1S', `RRULE:${rule}`]);
      const limit = options?.maxOccurrences ?? 50_000;
      assert.throws(() => busyFromIcs(ics, MARCH, options), {
        name: 'SchedulingInputError',
        message: `calendar feed: its recurrence rules expand to more than ${limit} occurrences`,
      });
    });
  }

  it('a daily series over a year, started years ago, is well within it', () => {
    const ics = feed(['UID:x', 'DTSTART:20100101T090000Z', 'DURATION:PT1H', 'RRULE:FREQ=DAILY']);
    const year = span('2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z');
    assert.equal(busyFromIcs(ics, year).length, 365);
  });
});

describe('results do not depend on the process time zone', () => {
  const original = process.env.TZ;
  after(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  const ics = feed(
    OUTLOOK_EASTERN,
    ['UID:f', 'DTSTART:20260305T090000', 'DTEND:20260305T100000'],
    ['UID:a', 'DTSTART;VALUE=DATE:20260328', 'DTEND;VALUE=DATE:20260330'],
    [
      'UID:w',
      'DTSTART;TZID=Eastern Standard Time:20260302T090000',
      'DURATION:PT1H',
      'RRULE:FREQ=WEEKLY;COUNT=2',
    ],
  );
  for (const tz of ['UTC', 'Pacific/Kiritimati', 'America/St_Johns', 'Asia/Kathmandu']) {
    it(`TZ=${tz}`, () => {
      process.env.TZ = tz;
      assert.deepEqual(busy(ics, MARCH, { defaultTimeZone: 'Europe/London' }), [
        ['2026-03-02T14:00:00Z', '2026-03-02T15:00:00Z'],
        ['2026-03-05T09:00:00Z', '2026-03-05T10:00:00Z'],
        ['2026-03-09T13:00:00Z', '2026-03-09T14:00:00Z'],
        ['2026-03-28T00:00:00Z', '2026-03-29T23:00:00Z'],
      ]);
    });
  }
});

it('errors are SchedulingInputError', () => {
  assert.throws(() => busyFromIcs('nope', MARCH), SchedulingInputError);
});
