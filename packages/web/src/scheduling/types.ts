import { createStore } from '../ui/store';

export interface MeetingType {
  id: string;
  name: string;
  minutes: number;
}

export interface Slots {
  configured: boolean;
  meetingType?: MeetingType | string;
  meetingTypes: MeetingType[];
  hostTimeZone: string | null;
  bookerTimeZone?: string;
  slots: Array<{ start: string; end: string }>;
  days: Record<string, string[]>;
}

export interface BookingChange {
  at: string;
  by: string | null;
  change: 'booked' | 'rescheduled' | 'cancelled' | string;
  startsAt: string;
  endsAt: string;
}

export interface Booking {
  id: string;
  threadId: string;
  hostId: string;
  bookerId: string;
  meetingType: string;
  start: string;
  end: string;
  bookerTimeZone: string;
  status: 'confirmed' | 'cancelled' | string;
  sequence?: number;
  guests?: Array<{ id: string; name: string; email?: string }>;
  history?: BookingChange[];
  callUrl?: string;
}

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const WEEKDAY_NAME: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

export type Range = [string, string];

export interface AvailabilitySettings {
  timeZone: string;
  weekly: Partial<Record<Weekday, Range[]>>;
  overrides: Array<{ date: string; ranges: Range[] }>;
  meetingTypes: MeetingType[];
  minNoticeMinutes: number;
  windowDays: number;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  dailyCap: number | null;
  stepMinutes: number | null;
  reminderOffsets: number[];
  confirmationLine: string;
}

export interface CalendarFeed {
  id: string;
  url: string;
  fetchedAt?: string | null;
  lastError?: string | null;
  busyCount: number;
}

export interface Availability {
  configured: boolean;
  settings: AvailabilitySettings;
  feeds: CalendarFeed[];
  feedUrl: string | null;
}

export function browserZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

const ZONE_KEY = 'rf:time-zone';

function storedZone(): string {
  try {
    return localStorage.getItem(ZONE_KEY) || browserZone();
  } catch {
    return browserZone();
  }
}

/** The zone the viewer reads meeting times in: the browser's, unless they picked another. */
export const zoneStore = createStore<string>(storedZone());

export function setViewerZone(zone: string): void {
  try {
    if (zone === browserZone()) localStorage.removeItem(ZONE_KEY);
    else localStorage.setItem(ZONE_KEY, zone);
  } catch {
    // private mode: the choice lasts for this page only
  }
  zoneStore.set(zone);
}

/** The viewer's zone right now. */
export function localZone(): string {
  return zoneStore.get();
}

let zoneList: string[] | null = null;
/** IANA zones the browser knows, with `extra` (the current value) always in the list. */
export function timeZones(extra?: string): string[] {
  if (!zoneList) {
    try {
      zoneList = Intl.supportedValuesOf('timeZone');
    } catch {
      zoneList = [];
    }
    if (!zoneList.includes('UTC')) zoneList = ['UTC', ...zoneList];
  }
  return extra && !zoneList.includes(extra) ? [extra, ...zoneList] : zoneList;
}

export function formatSlot(iso: string, timeZone?: string): string {
  return new Date(iso).toLocaleTimeString([], {
    hour: '2-digit',
    minute: '2-digit',
    ...(timeZone ? { timeZone } : {}),
  });
}

export function formatDay(date: string): string {
  // A plain calendar date: read it at noon UTC so no zone moves it to another day.
  return new Date(`${date}T12:00:00Z`).toLocaleDateString([], {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
}

/** Long form of a calendar date, for labels read aloud. */
export function formatDayLong(date: string): string {
  return new Date(`${date}T12:00:00Z`).toLocaleDateString([], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  });
}

export function formatMeeting(b: { start: string; end: string }, timeZone?: string): string {
  const start = new Date(b.start);
  const day = start.toLocaleDateString([], {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(timeZone ? { timeZone } : {}),
  });
  return `${day}, ${formatSlot(b.start, timeZone)}–${formatSlot(b.end, timeZone)}`;
}

/** "GMT+3" style name of a zone at an instant, to show next to times. */
export function zoneAbbreviation(timeZone: string, at = new Date()): string {
  try {
    const part = new Intl.DateTimeFormat([], { timeZone, timeZoneName: 'short' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName');
    return part?.value ?? timeZone;
  } catch {
    return timeZone;
  }
}

export function minutesLabel(minutes: number): string {
  if (minutes === 0) return 'at booking';
  if (minutes % 1440 === 0) return `${minutes / 1440} day${minutes === 1440 ? '' : 's'} before`;
  if (minutes % 60 === 0) return `${minutes / 60} h before`;
  return `${minutes} min before`;
}
