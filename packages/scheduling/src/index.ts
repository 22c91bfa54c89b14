export { computeSlots } from './slots.js';
export { MAX_WINDOW_DAYS, parseSlotRequest } from './parse.js';
export { SchedulingInputError } from './errors.js';
export { WEEKDAYS } from './types.js';
export type { Slot, SlotRequest, SlotResult, TimeSpan, WallRange, Weekday } from './types.js';
export { busyFromIcs } from './calendar/busy.js';
export type { BusyFromIcsOptions } from './calendar/busy.js';
export { MAX_FEED_OCCURRENCES } from './calendar/recurrence.js';
export { buildFeed, buildInvite } from './calendar/invite.js';
export type {
  Attendee,
  AttendeeResponse,
  CalendarEvent,
  FeedMeeting,
  Invite,
  Participant,
} from './calendar/invite.js';
export { addToCalendarLinks } from './calendar/links.js';
export type { CalendarLinkEvent, CalendarLinks } from './calendar/links.js';
export { MAX_REMINDER_OFFSET_MINUTES, reminderSchedule } from './calendar/reminders.js';
export type { ReminderRequest } from './calendar/reminders.js';
export { LinkError, MIN_LINK_SECRET_BYTES, signLink, verifyLink } from './calendar/signed-links.js';
export type { LinkAction, LinkClaims, LinkErrorReason } from './calendar/signed-links.js';
