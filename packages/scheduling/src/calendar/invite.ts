import type { ICalAttendeeData, ICalCalendar, ICalEventData } from 'ical-generator';
import ical, {
  escape,
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  ICalEventStatus,
} from 'ical-generator';
import { Temporal } from 'temporal-polyfill';
import { SchedulingInputError } from '../errors.js';

/** Someone named in an invite. */
export interface Participant {
  name: string;
  email: string;
}

/** An attendee's answer to the invite so far. */
export type AttendeeResponse = 'needs-action' | 'accepted' | 'declined' | 'tentative';

export interface Attendee extends Participant {
  /** Default `needs-action`: the calendar asks them to reply. */
  response?: AttendeeResponse;
}

/** The fields a meeting has in an invite and in a feed. */
export interface CalendarEvent {
  /** Stays the same through every change and the cancellation, e.g. `booking-42@ringfence`. */
  uid: string;
  /** 0 when booked, raised on every change, so calendars replace their older copy. */
  sequence: number;
  start: Temporal.Instant;
  end: Temporal.Instant;
  summary: string;
  description?: string;
  /** Free text; the in-platform call link, so calendar apps offer to open it. */
  location?: string;
  /** An http(s) link to the meeting on the platform. */
  url?: string;
}

/** One version of a booked meeting, to be mailed to its participants. */
export interface Invite extends CalendarEvent {
  /** `REQUEST` for a new or changed meeting, `CANCEL` once it is cancelled. */
  method: 'REQUEST' | 'CANCEL';
  /** When the invite is made: its DTSTAMP. */
  now: Temporal.Instant;
  organizer: Participant;
  attendees: readonly Attendee[];
}

/** A meeting in a member's feed. */
export interface FeedMeeting extends CalendarEvent {
  status: 'confirmed' | 'cancelled';
}

// PRODID:-//Ringfence//Scheduler//EN
const PRODUCT_ID = { company: 'Ringfence', product: 'Scheduler', language: 'EN' };

const PARTSTAT: Record<AttendeeResponse, ICalAttendeeStatus> = {
  'needs-action': ICalAttendeeStatus.NEEDSACTION,
  accepted: ICalAttendeeStatus.ACCEPTED,
  declined: ICalAttendeeStatus.DECLINED,
  tentative: ICalAttendeeStatus.TENTATIVE,
};

/**
 * The .ics file for one version of a meeting (RFC 5545, iTIP RFC 5546): METHOD:REQUEST with
 * STATUS:CONFIRMED, or METHOD:CANCEL with STATUS:CANCELLED. Times are in UTC and DTSTAMP is
 * `now`. Calendars match the file to their copy of the meeting by UID and keep the version with
 * the highest SEQUENCE.
 */
export function buildInvite(invite: Invite): string {
  const cancel = invite.method === 'CANCEL';
  if (!cancel && invite.method !== 'REQUEST') {
    throw new SchedulingInputError('method', `must be "REQUEST" or "CANCEL", got ${invite.method}`);
  }
  const event = eventData(invite, cancel, invite.now, '');
  if (invite.attendees.length === 0) {
    throw new SchedulingInputError('attendees', 'an invite needs at least one attendee');
  }
  checkParticipant(invite.organizer, 'organizer');
  invite.attendees.forEach((attendee, index) => checkParticipant(attendee, `attendees[${index}]`));
  const calendar = ical({
    prodId: PRODUCT_ID,
    method: cancel ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  calendar.createEvent({
    ...event,
    organizer: { name: paramText(invite.organizer.name), email: invite.organizer.email },
    attendees: invite.attendees.map((attendee) => attendeeData(attendee, cancel)),
  });
  return text(calendar);
}

/**
 * A member's own calendar feed of booked meetings (METHOD:PUBLISH), for their calendar app to
 * subscribe to. Cancelled meetings are left out, so they disappear on the app's next refresh.
 */
export function buildFeed(
  name: string,
  meetings: readonly FeedMeeting[],
  now: Temporal.Instant,
): string {
  // ical-generator writes the calendar's name (NAME, X-WR-CALNAME) as it is, unlike event texts.
  const calendar = ical({
    prodId: PRODUCT_ID,
    method: ICalCalendarMethod.PUBLISH,
    name: escape(name, false),
  });
  meetings.forEach((meeting, index) => {
    const event = eventData(meeting, meeting.status === 'cancelled', now, `meetings[${index}].`);
    if (meeting.status === 'confirmed') calendar.createEvent(event);
  });
  return text(calendar);
}

// Values ical-generator writes unescaped must not be able to start a new line or property.
const UID = /^[\x21-\x7e]{1,255}$/;
const UID_SPECIALS = /[",;\\]/;
const EMAIL = /^[^\s"(),:;<>@[\\\]]+@[^\s"(),:;<>@[\\\]]+$/;
const CONTROL = /\p{Cc}/u;

/** The event's own fields, checked; `prefix` leads the paths in error messages. */
function eventData(
  event: CalendarEvent,
  cancelled: boolean,
  now: Temporal.Instant,
  prefix: string,
): ICalEventData {
  const fail = (field: string, detail: string) => {
    throw new SchedulingInputError(`${prefix}${field}`, detail);
  };
  if (!UID.test(event.uid) || UID_SPECIALS.test(event.uid)) {
    fail('uid', 'must be 1 to 255 visible ASCII characters, without " , ; or \\');
  }
  if (!Number.isSafeInteger(event.sequence) || event.sequence < 0) {
    fail('sequence', `must be a whole number ≥ 0, got ${event.sequence}`);
  }
  if (Temporal.Instant.compare(event.end, event.start) <= 0) {
    fail('end', `${event.end} is not after start ${event.start}`);
  }
  // The parsed form: the URL parser drops the tabs and line breaks a raw string may hold.
  const url = event.url === undefined ? null : httpUrl(event.url);
  if (url === undefined) fail('url', `${JSON.stringify(event.url)} is not an http(s) URL`);
  return {
    id: event.uid,
    sequence: event.sequence,
    stamp: now,
    start: event.start,
    end: event.end,
    summary: event.summary,
    description: event.description ?? null,
    location: event.location ?? null,
    url: url ?? null,
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  };
}

function httpUrl(text: string): string | undefined {
  const url = URL.canParse(text) ? new URL(text) : undefined;
  return url?.protocol === 'https:' || url?.protocol === 'http:' ? url.href : undefined;
}

function checkParticipant(person: Participant, path: string): void {
  if (CONTROL.test(person.name)) {
    throw new SchedulingInputError(`${path}.name`, 'contains a control character');
  }
  if (!EMAIL.test(person.email)) {
    throw new SchedulingInputError(
      `${path}.email`,
      `${JSON.stringify(person.email)} is not an e-mail address`,
    );
  }
}

function attendeeData(attendee: Attendee, cancelled: boolean): ICalAttendeeData {
  const data: ICalAttendeeData = {
    name: paramText(attendee.name),
    email: attendee.email,
    role: ICalAttendeeRole.REQ,
  };
  // A cancellation asks nobody for an answer.
  if (cancelled) return data;
  const response = attendee.response ?? 'needs-action';
  return { ...data, status: PARTSTAT[response], rsvp: response === 'needs-action' };
}

/** Every content line ends in CRLF (RFC 5545 §3.1); ical-generator leaves off the last one. */
function text(calendar: ICalCalendar): string {
  return `${calendar.toString()}\r\n`;
}

/**
 * A name for a quoted parameter (CN). A parameter value cannot hold a double quote (RFC 5545
 * §3.2), and ical-generator's backslash escape for one breaks parsers, so it becomes a single one.
 */
function paramText(name: string): string {
  return name.replaceAll('"', "'");
}
