import type { Action, Alternative, Category } from '../api/types';

export const CATEGORY_LABEL: Record<Category, string> = {
  phone: 'Phone number',
  email: 'E-mail address',
  address: 'Street address',
  link: 'Outside link',
  handle: 'Messaging or social ID',
  request: 'Request to move elsewhere',
  payment: 'Payment outside the platform',
};

/** What will happen to a span, told to the writer before sending. */
export const ACTION_BEFORE: Record<Action, string> = {
  allow: 'Allowed',
  nudge: 'Goes through, with a reminder',
  mask: 'Will be hidden from the other side',
  block: 'Will not be sent',
  review: 'Held for a moderator first',
};

export const ALTERNATIVE_LABEL: Record<Alternative, string> = {
  platform_call: 'Call in this thread',
  scheduler: 'Book a time here',
  file_upload: 'Upload a file',
  platform_payment: 'Agree terms in an offer',
  appeal: 'How to appeal',
};

export const ACTION_KIND_LABEL: Record<string, string> = {
  warning: 'Warning',
  restriction: 'Restriction',
  suspension: 'Suspension',
  badge_removed: 'Badge removed',
};

export const REASON_LABEL: Record<string, string> = {
  off_platform: 'Asks to move off the platform',
  contact_details: 'Shares or asks for contact details',
  off_platform_payment: 'Asks to pay or be paid outside',
  scam: 'Looks like a scam',
  other: 'Something else',
  held_for_review: 'Held for review',
  repeated_attempts: 'Repeated attempts',
};

const SEVERITY: Action[] = ['allow', 'nudge', 'mask', 'block', 'review'];
export const severity = (action: Action): number => SEVERITY.indexOf(action);

export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const now = new Date();
  const sameDay = date.toDateString() === now.toDateString();
  return sameDay
    ? date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })
    : date.toLocaleDateString([], { day: 'numeric', month: 'short' }) +
        ' ' +
        date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return date.toLocaleString([], {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
}

export function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase())
    .join('');
}
