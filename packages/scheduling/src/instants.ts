import { Temporal } from 'temporal-polyfill';

// Instants are compared as epoch nanoseconds (bigint): exact for any input precision.
export const NS_PER_MINUTE = 60_000_000_000n;
export const NS_PER_DAY = 24n * 60n * NS_PER_MINUTE;
export const NS_PER_SECOND = 1_000_000_000n;
export const NS_PER_MS = 1_000_000n;

export const MINUTES_PER_DAY = 24 * 60;

export function compareNs(a: bigint, b: bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function minutesToNs(minutes: number): bigint {
  return BigInt(minutes) * NS_PER_MINUTE;
}

/** The instant of a host wall-clock time; gaps move forward, overlaps take the earlier instant. */
export function wallTimeToNs(date: Temporal.PlainDate, minute: number, timeZone: string): bigint {
  // 24:00 is the next day's midnight.
  const day = minute === MINUTES_PER_DAY ? date.add({ days: 1 }) : date;
  const time = minute % MINUTES_PER_DAY;
  return day
    .toPlainDateTime({ hour: Math.floor(time / 60), minute: time % 60 })
    .toZonedDateTime(timeZone, { disambiguation: 'compatible' }).epochNanoseconds;
}

/**
 * The canonical id of a time zone Temporal knows (an IANA name, matched case-insensitively, or a
 * fixed offset such as `+05:30`), or undefined.
 */
export function timeZoneId(name: string): string | undefined {
  let id: string;
  try {
    id = Temporal.Instant.fromEpochNanoseconds(0n).toZonedDateTimeISO(name).timeZoneId;
  } catch {
    return undefined;
  }
  // Temporal also reads a zone out of a whole date-time string; only a zone name itself counts.
  return id.toLowerCase() === name.toLowerCase() ? id : undefined;
}

/** ISO 8601 in UTC, exactly as `Temporal.Instant#toString` writes it. */
export function formatInstant(ns: bigint): string {
  // Date's UTC formatter is an order of magnitude faster than the polyfill's and prints the same
  // text for whole seconds in four-digit years; anything else goes to Temporal.
  if (ns % NS_PER_SECOND === 0n) {
    const iso = new Date(Number(ns / NS_PER_MS)).toISOString();
    if (iso.length === 24) return `${iso.slice(0, 19)}Z`;
  }
  return Temporal.Instant.fromEpochNanoseconds(ns).toString();
}

const EPOCH_DATE = Temporal.PlainDate.from('1970-01-01');

export function floorDiv(a: bigint, b: bigint): bigint {
  const quotient = a / b;
  return a % b < 0n ? quotient - 1n : quotient;
}

/**
 * Returns a function giving the local date (YYYY-MM-DD) of an instant in `timeZone`.
 * Fed ascending instants it asks Temporal again only after a UTC-offset change, which keeps
 * grouping hundreds of slots cheap; out-of-order instants are still answered correctly.
 */
export function localDateReader(timeZone: string): (ns: bigint) => string {
  let from = 0n;
  let until: bigint | null = -1n; // empty until the first call
  let offset = 0n;
  const dateByEpochDay = new Map<bigint, string>();
  return (ns) => {
    if (ns < from || (until !== null && ns >= until)) {
      const zoned = Temporal.Instant.fromEpochNanoseconds(ns).toZonedDateTimeISO(timeZone);
      from = ns;
      until = zoned.getTimeZoneTransition('next')?.epochNanoseconds ?? null;
      offset = BigInt(zoned.offsetNanoseconds);
    }
    const epochDay = floorDiv(ns + offset, NS_PER_DAY);
    let date = dateByEpochDay.get(epochDay);
    if (date === undefined) {
      date = EPOCH_DATE.add({ days: Number(epochDay) }).toString();
      dateByEpochDay.set(epochDay, date);
    }
    return date;
  };
}
