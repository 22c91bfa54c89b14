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
  callUrl?: string;
}

export function localZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
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

export function formatMeeting(b: { start: string; end: string }): string {
  const start = new Date(b.start);
  return `${start.toLocaleDateString([], { weekday: 'short', day: 'numeric', month: 'short' })}, ${formatSlot(b.start)}–${formatSlot(b.end)}`;
}
