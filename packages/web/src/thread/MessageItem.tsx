import type { Message, Thread } from '../api/types';
import { formatDateTime, formatTime } from '../ui/labels';
import { MaskedText, hasMarkers } from './MaskedText';

const EVENT_TEXT: Record<string, string> = {
  contract_offered: 'Contract offered',
  contract_started: 'Contract started',
  contract_paused: 'Contract paused',
  contract_resumed: 'Contract resumed',
  contract_ended: 'Contract ended',
  availability_shared: 'Free times shared',
  booking_confirmed: 'Meeting booked',
  booking_cancelled: 'Meeting cancelled',
  booking_rescheduled: 'Meeting moved',
};

export function senderName(thread: Thread, senderId: string | null): string {
  if (senderId === thread.client.id) return thread.client.name;
  if (senderId === thread.freelancer.id) return thread.freelancer.name;
  return 'Ringfence';
}

export function MessageItem({
  message,
  thread,
  me,
  reported,
  seen,
  onReport,
  onSchedule,
}: {
  message: Message;
  thread: Thread;
  me: string;
  reported: boolean;
  seen: boolean;
  onReport: (message: Message) => void;
  onSchedule: () => void;
}) {
  if (message.kind === 'event') {
    const label = EVENT_TEXT[message.event ?? ''] ?? message.text;
    if (message.event === 'contract_started') {
      return (
        <li
          className="divider"
          data-seq={message.seq}
          aria-label={`${label}, ${formatDateTime(message.createdAt)}`}
        >
          <span className="divider-line" aria-hidden="true" />
          <span className="divider-label">
            <strong>{label}</strong>
            <span className="divider-sub">{formatDateTime(message.createdAt)}</span>
            <span className="divider-sub">Same conversation, now under contract</span>
          </span>
          <span className="divider-line" aria-hidden="true" />
        </li>
      );
    }
    const scheduling =
      message.event?.startsWith('booking_') || message.event === 'availability_shared';
    return (
      <li className="event-line" data-seq={message.seq}>
        <span title={message.text}>
          {label} · {formatTime(message.createdAt)}
        </span>
        {scheduling ? (
          <button type="button" className="link-button small event-action" onClick={onSchedule}>
            {message.event === 'availability_shared' ? 'Pick a time' : 'Open scheduler'}
          </button>
        ) : null}
      </li>
    );
  }
  const mine = message.senderId === me;
  const name = mine ? 'You' : senderName(thread, message.senderId);
  const deleted = Boolean(message.deletedAt);
  const showMasked = message.masked || (!mine && hasMarkers(message.text));
  return (
    <li className={`message ${mine ? 'mine' : 'theirs'}`} data-seq={message.seq}>
      <article className="bubble" aria-label={`${name}, ${formatDateTime(message.createdAt)}`}>
        <p className="message-meta">
          <span className="message-sender">{name}</span>
          <time dateTime={message.createdAt}>{formatTime(message.createdAt)}</time>
          {message.editedAt && !deleted ? <span className="muted"> · edited</span> : null}
        </p>
        {deleted ? (
          <p className="message-text muted">
            <em>Message deleted</em>
          </p>
        ) : (
          <p className="message-text">
            {showMasked ? <MaskedText text={message.text} /> : message.text}
          </p>
        )}
        {showMasked && !deleted ? (
          <p className="message-note note-masked">
            {mine
              ? 'Contact details hidden from the other side until a contract starts.'
              : 'Contact details hidden: they can be shared once a contract starts.'}
          </p>
        ) : null}
        {message.held ? (
          <p className="message-note note-held">
            Held for review: only you can see this until a moderator looks at it.
          </p>
        ) : null}
      </article>
      <div className="message-actions">
        {mine && seen ? <span className="muted small">Seen</span> : null}
        {!mine && !deleted ? (
          reported ? (
            <span className="small report-received" role="status">
              Report received — thank you
            </span>
          ) : (
            <button
              type="button"
              className="link-button small"
              onClick={() => onReport(message)}
              aria-label={`Report message from ${name} sent ${formatDateTime(message.createdAt)}`}
            >
              Report
            </button>
          )
        ) : null}
      </div>
    </li>
  );
}
