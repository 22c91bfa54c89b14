import ICAL from 'ical.js';
import { SchedulingInputError } from '../errors.js';
import { NS_PER_DAY, NS_PER_SECOND } from '../instants.js';
import { floatingTime, wallFields, wallOf } from './wall.js';

/**
 * How many candidate occurrences the recurrence rules of one feed may examine. Expansion starts
 * shortly before the range asked for, so a rule costs about as many as it has occurrences in the
 * range (a daily meeting over a year: 366), unless it has a COUNT, which is counted from its very
 * start. A monthly candidate costs 31: ical.js scans the month's days for it. A feed that asks for
 * more, such as FREQ=SECONDLY with a COUNT of millions, is refused within a second of work.
 */
export const MAX_FEED_OCCURRENCES = 50_000;

/** The work left for expanding one feed's recurrence rules; running out fails the feed. */
export class ExpansionBudget {
  private remaining: number;

  constructor(readonly limit: number) {
    this.remaining = limit;
  }

  spend(cost: number): void {
    this.remaining -= cost;
    if (this.remaining < 0) {
      throw new SchedulingInputError(
        'calendar feed',
        `its recurrence rules expand to more than ${this.limit} occurrences`,
      );
    }
  }
}

type StepMethod =
  | 'next_second'
  | 'next_minute'
  | 'next_hour'
  | 'next_day'
  | 'next_week'
  | 'next_month'
  | 'next_year';

// The RecurIterator method that advances to the next candidate, by frequency.
const STEP_METHOD: Partial<Record<string, StepMethod>> = {
  SECONDLY: 'next_second',
  MINUTELY: 'next_minute',
  HOURLY: 'next_hour',
  DAILY: 'next_day',
  WEEKLY: 'next_week',
  MONTHLY: 'next_month',
  YEARLY: 'next_year',
};

/** Where a rule's expansion starts and what it may skip. */
export interface Expansion {
  /** DTSTART as a wall reading. */
  start: bigint;
  /** Whether DTSTART is a date (all-day) rather than a date-time. */
  isDate: boolean;
  /** Occurrences before this wall reading are not wanted. */
  from: bigint;
  /** Reads an instant on the rule's clock; it places a UTC UNTIL on the wall clock. */
  wallAt: (instant: bigint) => bigint;
  budget: ExpansionBudget;
}

/**
 * The starts of a rule's occurrences at or after `from`, as wall readings on the clock DTSTART is
 * read on, ascending; DTSTART itself counts (RFC 5545: it is always the first instance). The rule
 * runs zone-free on that clock. A date UNTIL on a date-time rule includes that whole day.
 */
export function* recurrences(rule: ICAL.Recur, expansion: Expansion): Generator<bigint> {
  const { start, isDate, from, wallAt, budget } = expansion;
  const floating = rule.clone();
  const until = rule.until;
  if (until) {
    let wall = wallOf(until);
    if (until.zone === ICAL.Timezone.utcTimezone) wall = wallAt(wall);
    else if (until.isDate && !isDate) wall += NS_PER_DAY - NS_PER_SECOND;
    floating.until = floatingTime(wall, isDate);
  }
  const iterator = floating.iterator(floatingTime(movedStart(floating, start, from), isDate));
  // ical.js loops without bound inside next() when no date can match (FREQ=DAILY;BYMONTH=2;
  // BYMONTHDAY=30 never returns), so every candidate it examines is charged, not just each result.
  const method = STEP_METHOD[floating.freq];
  if (method !== undefined) {
    const cost = floating.freq === 'MONTHLY' ? 31 : 1;
    const steps = iterator as unknown as Record<StepMethod, () => number>;
    const step = steps[method].bind(iterator);
    steps[method] = () => {
      budget.spend(cost);
      return step();
    };
  }
  // next() is typed as always returning a Time, but returns null once the rule is exhausted.
  for (let time: ICAL.Time | null = iterator.next(); time; time = iterator.next()) {
    const wall = wallOf(time);
    if (wall >= from) yield wall;
  }
}

const FIXED_PERIOD: Partial<Record<string, bigint>> = {
  SECONDLY: NS_PER_SECOND,
  MINUTELY: 60n * NS_PER_SECOND,
  HOURLY: 3600n * NS_PER_SECOND,
  DAILY: NS_PER_DAY,
  WEEKLY: 7n * NS_PER_DAY,
};

/**
 * DTSTART moved forward by whole periods of the rule (whole months for monthly and yearly rules)
 * to before `from`, so that expanding a years-old series does not walk through its history. The
 * time of day, weekday, day of the month and phase within INTERVAL that a rule takes from DTSTART
 * stay the same, so from there on the occurrences are the same; only the moved start itself may
 * not be one, and it lies before `from`. A COUNT is counted from the real DTSTART, so such rules
 * are not moved.
 */
function movedStart(rule: ICAL.Recur, start: bigint, from: bigint): bigint {
  if (rule.count || from <= start) return start;
  const interval = Math.max(1, rule.interval);
  const fixed = FIXED_PERIOD[rule.freq];
  if (fixed !== undefined) {
    const period = fixed * BigInt(interval);
    return start + ((from - start - 1n) / period) * period;
  }
  const period = rule.freq === 'MONTHLY' ? interval : rule.freq === 'YEARLY' ? 12 * interval : 0;
  if (period === 0) return start;
  const fields = wallFields(start);
  const target = wallFields(from);
  const month = fields.year * 12 + fields.month - 1;
  const lastMonth = target.year * 12 + target.month - 2; // the month before `from`'s
  // Go back further while the month is too short for the day (the 31st, or 29 February outside
  // leap years).
  for (let moves = Math.floor((lastMonth - month) / period); moves > 0; moves--) {
    const moved = month + moves * period;
    const year = Math.floor(moved / 12);
    if (fields.day <= ICAL.Time.daysInMonth((moved % 12) + 1, year)) {
      return wallOf({ ...fields, year, month: (moved % 12) + 1 });
    }
  }
  return start;
}
