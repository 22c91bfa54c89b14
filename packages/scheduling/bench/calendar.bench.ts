// Times reading a calendar feed and computing slots from its busy times: run with
//   node --conditions=source --import tsx packages/scheduling/bench/calendar.bench.ts
import { Temporal } from 'temporal-polyfill';
import { busyFromIcs, computeSlots, parseSlotRequest } from '@ringfence/scheduling';
import { formatTiming, timeRuns } from './timing.js';

const RUNS = 100;
const WARMUP = 10;
const SINGLE_EVENTS = 350;
const SERIES = 130;
const MOVED_OCCURRENCES = 20; // the first series each have one occurrence moved

const now = Temporal.Instant.from('2026-03-02T06:00:00Z');
const range = { start: now, end: now.add({ hours: 30 * 24 }) };

// A fixed pseudo-random sequence keeps every run of the benchmark on the same data.
let seed = 42;
function random(below: number): number {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return Math.floor((seed / 2_147_483_648) * below);
}

const compact = (iso: string) => iso.replaceAll('-', '').replaceAll(':', '').slice(0, 15);
const zones = ['Europe/London', 'America/New_York', 'Eastern Standard Time'];

const OUTLOOK_EASTERN = [
  'BEGIN:VTIMEZONE',
  'TZID:Eastern Standard Time',
  'BEGIN:STANDARD',
  'DTSTART:16010101T020000',
  'TZOFFSETFROM:-0400',
  'TZOFFSETTO:-0500',
  'RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11',
  'END:STANDARD',
  'BEGIN:DAYLIGHT',
  'DTSTART:16010101T020000',
  'TZOFFSETFROM:-0500',
  'TZOFFSETTO:-0400',
  'RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3',
  'END:DAYLIGHT',
  'END:VTIMEZONE',
];

const events: string[][] = [];
for (let i = 0; i < SINGLE_EVENTS; i++) {
  // On a quarter hour anywhere in the 30 days, 15 to 120 minutes; half in UTC, half local.
  const start = now.add({ minutes: random(30 * 24 * 4) * 15 });
  const dtstart =
    i % 2 === 0
      ? `DTSTART:${compact(start.toString())}Z`
      : `DTSTART;TZID=America/New_York:${compact(start.toZonedDateTimeISO('America/New_York').toPlainDateTime().toString())}`;
  events.push([`UID:single-${i}`, dtstart, `DURATION:PT${(1 + random(8)) * 15}M`]);
}
// Running series and series that ended long ago, as an old calendar has them.
const rules = [
  'FREQ=WEEKLY;BYDAY=MO,WE',
  'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU',
  'FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR',
  'FREQ=MONTHLY;BYDAY=2TH',
  'FREQ=WEEKLY;COUNT=10',
  'FREQ=WEEKLY;BYDAY=FR;UNTIL=20251219T170000Z',
];
for (let i = 0; i < SERIES; i++) {
  // Series started between 2018 and 2025 at a local hour from 08:00 to 17:00.
  const zone = zones[i % zones.length] ?? 'UTC';
  const hour = String(8 + random(10)).padStart(2, '0');
  const start = `${2018 + random(8)}0${1 + random(9)}${10 + random(18)}T${hour}0000`;
  const series = [
    `UID:series-${i}`,
    `DTSTART;TZID=${zone}:${start}`,
    `DURATION:PT${(1 + random(4)) * 15}M`,
    `RRULE:${rules[i % rules.length]}`,
  ];
  if (i < MOVED_OCCURRENCES) {
    // The series' first occurrence, moved into the range.
    events.push(series, [
      `UID:series-${i}`,
      `RECURRENCE-ID;TZID=${zone}:${start}`,
      `DTSTART:${compact(now.add({ hours: 24 * (1 + random(28)) + 9 }).toString())}Z`,
      'DURATION:PT1H',
    ]);
  } else {
    // The series' first occurrence, deleted.
    events.push([...series, `EXDATE;TZID=${zone}:${start}`]);
  }
}
const ics = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//bench//EN',
  ...OUTLOOK_EASTERN,
  ...events.flatMap((lines) => ['BEGIN:VEVENT', ...lines, 'END:VEVENT']),
  'END:VCALENDAR',
  '',
].join('\r\n');

const workday = [
  ['09:00', '12:00'],
  ['13:00', '17:00'],
];
function slotsFor(busy: { start: Temporal.Instant; end: Temporal.Instant }[]) {
  return computeSlots(
    parseSlotRequest({
      timeZone: 'Europe/London',
      weekly: { mon: workday, tue: workday, wed: workday, thu: workday, fri: workday },
      duration: 30,
      bufferBeforeMinutes: 10,
      bufferAfterMinutes: 10,
      windowDays: 30,
      busy: busy.map(({ start, end }) => ({ start: start.toString(), end: end.toString() })),
      now: now.toString(),
      bookerTimeZone: 'America/New_York',
    }),
  );
}

const busy = busyFromIcs(ics, range, { defaultTimeZone: 'Europe/London' });
const slots = slotsFor(busy);
console.log(
  `calendar feed: ${events.length} VEVENTs (${SINGLE_EVENTS} single, ${SERIES} recurring ` +
    `series started 2018–2025, ${MOVED_OCCURRENCES} overrides), ${(ics.length / 1024).toFixed(0)} KiB`,
);
console.log(`busy spans in the 30-day range: ${busy.length}; slots: ${slots.slots.length}`);
const read = timeRuns(RUNS, WARMUP, () =>
  busyFromIcs(ics, range, { defaultTimeZone: 'Europe/London' }),
);
console.log(formatTiming('busyFromIcs', read));
const both = timeRuns(RUNS, WARMUP, () =>
  slotsFor(busyFromIcs(ics, range, { defaultTimeZone: 'Europe/London' })),
);
console.log(formatTiming('busyFromIcs + parseSlotRequest + computeSlots', both));
