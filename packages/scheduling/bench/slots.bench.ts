// Times computeSlots on a realistic month: run with
//   node --conditions=source --import tsx packages/scheduling/bench/slots.bench.ts
import { computeSlots, parseSlotRequest } from '@ringfence/scheduling';
import { formatTiming, timeRuns } from './timing.js';

const RUNS = 200;
const WARMUP = 20;
const BUSY_EVENTS = 500;

const workday = [
  ['09:00', '12:00'],
  ['13:00', '17:00'],
];
const now = Date.parse('2026-03-02T06:00:00Z');

// A fixed pseudo-random sequence keeps every run of the benchmark on the same data.
let seed = 42;
function random(): number {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
}

const busy = Array.from({ length: BUSY_EVENTS }, () => {
  // Start on a quarter hour anywhere in the 30 days; last 15 to 120 minutes.
  const start = now + Math.floor(random() * 30 * 24 * 4) * 15 * 60_000;
  const end = start + (1 + Math.floor(random() * 8)) * 15 * 60_000;
  return { start: new Date(start).toISOString(), end: new Date(end).toISOString() };
});

const request = parseSlotRequest({
  timeZone: 'Europe/London',
  weekly: { mon: workday, tue: workday, wed: workday, thu: workday, fri: workday },
  duration: 30,
  bufferBeforeMinutes: 10,
  bufferAfterMinutes: 10,
  windowDays: 30,
  busy,
  bookings: busy.slice(0, 40).map(({ start }) => ({
    start,
    end: new Date(Date.parse(start) + 30 * 60_000).toISOString(),
  })),
  now: new Date(now).toISOString(),
  bookerTimeZone: 'America/New_York',
});

let slotCount = 0;
const timing = timeRuns(RUNS, WARMUP, () => {
  slotCount = computeSlots(request).slots.length;
});

console.log(
  `computeSlots: 30-day window, Mon–Fri 09:00–12:00 + 13:00–17:00 (Europe/London), ` +
    `${BUSY_EVENTS} busy events + 40 bookings, 30-min slots, 10-min buffers`,
);
console.log(`slots: ${slotCount}`);
console.log(formatTiming('computation', timing));
