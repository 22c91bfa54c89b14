import { useEffect, useRef, useState } from 'react';
import { ApiError, api, errorText, listOf } from '../api/client';
import type { Thread } from '../api/types';
import { Badge } from '../ui/bits';
import { useLoad, useStore } from '../ui/hooks';
import { href } from '../ui/router';
import { formatMeeting, zoneAbbreviation, zoneStore, type Booking } from './types';

/** "Join call" opens this long before the start, and stays until the end. */
const JOIN_EARLY_MS = 10 * 60_000;
/** Cancelled meetings stay on show for a day after the change. */
const SHOW_CANCELLED_MS = 24 * 3_600_000;

function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

function lastChange(booking: Booking): number {
  const at = booking.history?.[booking.history.length - 1]?.at;
  return at ? Date.parse(at) : 0;
}

/** The thread's meetings as cards, above the messages: upcoming ones, and recent cancellations. */
export function ThreadMeetings({
  thread,
  me,
  refreshKey,
  onReschedule,
  onChanged,
}: {
  thread: Thread;
  me: string;
  refreshKey: unknown;
  onReschedule: (booking: Booking) => void;
  onChanged: () => void;
}) {
  const bookings = useLoad(
    () =>
      api
        .get<unknown>(`/v1/threads/${encodeURIComponent(thread.id)}/bookings`)
        .then((d) => listOf<Booking>(d, 'bookings')),
    [thread.id, refreshKey],
  );
  const now = useNow();
  const shown = (bookings.data ?? []).filter((b) =>
    b.status === 'cancelled'
      ? now - lastChange(b) < SHOW_CANCELLED_MS
      : Date.parse(b.end) > now - 3_600_000,
  );
  if (shown.length === 0) return null;
  return (
    <section className="meetings" aria-label="Meetings in this conversation">
      <ul className="meeting-list">
        {shown.map((b) => (
          <li key={b.id}>
            <BookingCard
              booking={b}
              thread={thread}
              me={me}
              now={now}
              onReschedule={() => onReschedule(b)}
              onChanged={() => {
                bookings.reload();
                onChanged();
              }}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}

export function BookingCard({
  booking,
  thread,
  me,
  now,
  onReschedule,
  onChanged,
}: {
  booking: Booking;
  thread: Thread;
  me: string;
  now: number;
  onReschedule: () => void;
  onChanged: () => void;
}) {
  const zone = useStore(zoneStore);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const yes = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const start = Date.parse(booking.start);
  const end = Date.parse(booking.end);
  const cancelled = booking.status === 'cancelled';
  const ended = !cancelled && end <= now;
  const joinable = !cancelled && now >= start - JOIN_EARLY_MS && now < end;
  const when = formatMeeting(booking, zone);
  const other = me === thread.client.id ? thread.freelancer.name : thread.client.name;
  const moved = (booking.sequence ?? 0) > 0 && !cancelled;

  useEffect(() => {
    if (confirming) yes.current?.focus();
  }, [confirming]);

  function cancel(): void {
    setBusy(true);
    setError(null);
    api.post(`/v1/bookings/${encodeURIComponent(booking.id)}/cancel`).then(
      () => {
        setBusy(false);
        setConfirming(false);
        onChanged();
      },
      (err: unknown) => {
        setBusy(false);
        setConfirming(false);
        setError(
          err instanceof ApiError && err.code === 'already_cancelled'
            ? 'This meeting was already cancelled.'
            : errorText(err),
        );
        onChanged();
      },
    );
  }

  return (
    <article
      className={`booking-card${cancelled ? ' booking-cancelled' : ''}`}
      aria-label={`${booking.meetingType} with ${other}, ${when}, ${cancelled ? 'cancelled' : ended ? 'ended' : 'confirmed'}`}
    >
      <div className="booking-main">
        <p className="booking-title">
          <strong>{booking.meetingType}</strong>{' '}
          {cancelled ? (
            <Badge tone="danger">Cancelled</Badge>
          ) : ended ? (
            <Badge>Ended</Badge>
          ) : joinable ? (
            <Badge tone="ok">Now</Badge>
          ) : (
            <Badge tone="ok">Confirmed</Badge>
          )}
          {moved ? <span className="muted small"> · moved</span> : null}
        </p>
        <p className="booking-when">
          <time dateTime={new Date(booking.start).toISOString()}>{when}</time>{' '}
          <span className="muted small">{zoneAbbreviation(zone, new Date(start))}</span>
        </p>
        {booking.guests?.length ? (
          <p className="muted small">Guests: {booking.guests.map((g) => g.name).join(', ')}</p>
        ) : null}
      </div>
      {!cancelled && !ended ? (
        <div className="booking-actions">
          {joinable ? (
            <a className="button button-small" href={href(`/threads/${thread.id}/call`)}>
              Join call
            </a>
          ) : (
            <button
              type="button"
              className="button button-small"
              disabled
              title="Opens 10 minutes before the start"
            >
              Join call
            </button>
          )}
          <button
            type="button"
            className="button button-ghost button-small"
            onClick={onReschedule}
            disabled={busy}
          >
            Reschedule
          </button>
          <button
            ref={cancelButton}
            type="button"
            className="button button-ghost button-small"
            onClick={() => setConfirming(true)}
            disabled={busy || confirming}
            aria-expanded={confirming}
          >
            Cancel
          </button>
        </div>
      ) : null}
      {confirming ? (
        <div className="booking-confirm" role="group" aria-label="Cancel this meeting?">
          <p>Cancel this meeting? {other} gets a cancellation and the time is free again.</p>
          <div className="button-row-plain">
            <button
              ref={yes}
              type="button"
              className="button button-danger button-small"
              disabled={busy}
              onClick={cancel}
            >
              {busy ? 'Cancelling…' : 'Yes, cancel the meeting'}
            </button>
            <button
              type="button"
              className="button button-ghost button-small"
              disabled={busy}
              onClick={() => {
                setConfirming(false);
                setTimeout(() => cancelButton.current?.focus(), 0);
              }}
            >
              Keep it
            </button>
          </div>
        </div>
      ) : null}
      {error ? (
        <p className="error-text small" role="alert">
          {error}
        </p>
      ) : null}
      {!cancelled && !ended && !joinable ? (
        <p className="muted small booking-hint">“Join call” opens 10 minutes before the start.</p>
      ) : null}
    </article>
  );
}
