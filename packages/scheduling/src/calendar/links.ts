import { Temporal } from 'temporal-polyfill';
import { SchedulingInputError } from '../errors.js';

/** What an "add to calendar" link fills in. */
export interface CalendarLinkEvent {
  title: string;
  start: Temporal.Instant;
  end: Temporal.Instant;
  details?: string;
  location?: string;
}

export interface CalendarLinks {
  google: string;
  outlook: string;
}

/**
 * "Add to calendar" links that open a prefilled new event in Google Calendar and in Outlook on
 * the web, for people whose mail app does not offer to add the .ics invite. Times are whole
 * seconds in UTC.
 */
export function addToCalendarLinks(event: CalendarLinkEvent): CalendarLinks {
  if (Temporal.Instant.compare(event.end, event.start) < 0) {
    throw new SchedulingInputError('end', `${event.end} is before start ${event.start}`);
  }
  const start = utcSeconds(event.start);
  const end = utcSeconds(event.end);
  const compact = (iso: string) => iso.replaceAll('-', '').replaceAll(':', '');
  return {
    google: `https://calendar.google.com/calendar/render?${query([
      ['action', 'TEMPLATE'],
      ['text', event.title],
      ['dates', `${compact(start)}/${compact(end)}`],
      ['details', event.details],
      ['location', event.location],
    ])}`,
    outlook: `https://outlook.live.com/calendar/0/deeplink/compose?${query([
      ['subject', event.title],
      ['startdt', start],
      ['enddt', end],
      ['body', event.details],
      ['location', event.location],
      ['path', '/calendar/action/compose'],
      ['rru', 'addevent'],
    ])}`,
  };
}

/** e.g. `2026-03-30T09:00:00Z` */
function utcSeconds(instant: Temporal.Instant): string {
  return instant.toString({ smallestUnit: 'second', roundingMode: 'floor' });
}

/** A query string; absent values are left out. `/` and `:` need no escape in a query. */
function query(parameters: [name: string, value: string | undefined][]): string {
  return parameters
    .filter((parameter): parameter is [string, string] => parameter[1] !== undefined)
    .map(
      ([name, value]) =>
        `${name}=${encodeURIComponent(value).replace(/%2F|%3A/g, decodeURIComponent)}`,
    )
    .join('&');
}
