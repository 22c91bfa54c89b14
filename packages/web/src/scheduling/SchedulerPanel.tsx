import { useState } from 'react';
import { api, errorText, listOf } from '../api/client';
import type { Thread } from '../api/types';
import { ErrorText, Loading } from '../ui/bits';
import { useLoad } from '../ui/hooks';
import { Modal } from '../ui/Modal';
import { formatDay, formatMeeting, formatSlot, localZone, type Booking, type Slots } from './types';

/**
 * The in-platform scheduler in a thread: the freelancer's free slots in the viewer's own time
 * zone; the client books one, and the meeting becomes a call in this thread.
 */
export function SchedulerPanel({
  thread,
  me,
  onClose,
}: {
  thread: Thread;
  me: string;
  onClose: () => void;
}) {
  const zone = localZone();
  const [type, setType] = useState<string>('');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const isClient = thread.client.id === me;
  const slots = useLoad(
    () =>
      api.get<Slots>(
        `/v1/threads/${encodeURIComponent(thread.id)}/slots?timeZone=${encodeURIComponent(zone)}${type ? `&meetingType=${encodeURIComponent(type)}` : ''}`,
      ),
    [thread.id, type],
  );
  const bookings = useLoad(
    () =>
      api
        .get<unknown>(`/v1/threads/${encodeURIComponent(thread.id)}/bookings`)
        .then((d) => listOf<Booking>(d, 'bookings')),
    [thread.id],
  );
  const upcoming = (bookings.data ?? []).filter(
    (b) => b.status === 'confirmed' && new Date(b.end).getTime() > Date.now(),
  );
  const data = slots.data;
  const days = Object.entries(data?.days ?? {}).slice(0, 7);
  const currentType =
    typeof data?.meetingType === 'object' ? data.meetingType.id : (data?.meetingType ?? type);

  async function book(start: string): Promise<void> {
    setBusy(start);
    setError(null);
    try {
      await api.post(`/v1/threads/${encodeURIComponent(thread.id)}/bookings`, {
        start,
        timeZone: zone,
        ...(currentType ? { meetingType: currentType } : {}),
      });
      const minutes =
        data?.meetingTypes.find((t) => t.id === currentType)?.minutes ??
        (typeof data?.meetingType === 'object' ? data.meetingType.minutes : 30);
      const end = new Date(new Date(start).getTime() + minutes * 60_000).toISOString();
      setStatus(`Booked for ${formatMeeting({ start, end })}. Both of you get an invitation.`);
      bookings.reload();
      slots.reload();
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(null);
    }
  }

  return (
    <Modal title="Book a time in this thread" onClose={onClose} wide>
      {status ? (
        <p className="ok-text" role="status">
          {status}
        </p>
      ) : null}
      {error ? (
        <p className="error-text" role="alert">
          {error}
        </p>
      ) : null}
      {upcoming.length ? (
        <section aria-labelledby="booked-title" className="booked">
          <h3 id="booked-title">Booked</h3>
          <ul className="booked-list">
            {upcoming.map((b) => (
              <li key={b.id}>
                <span>
                  <strong>{formatMeeting(b)}</strong> · call in this thread
                </span>
                <button
                  type="button"
                  className="button button-ghost button-small"
                  disabled={busy === b.id}
                  onClick={() => {
                    setBusy(b.id);
                    api.post(`/v1/bookings/${encodeURIComponent(b.id)}/cancel`).then(
                      () => {
                        setBusy(null);
                        bookings.reload();
                        slots.reload();
                      },
                      (err: unknown) => {
                        setBusy(null);
                        setError(errorText(err));
                      },
                    );
                  }}
                >
                  Cancel meeting
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {slots.loading && !data ? <Loading label="Finding free times…" /> : null}
      <ErrorText>{slots.error}</ErrorText>
      {data && !data.configured ? (
        <div className="alt-panel">
          <p>
            Scheduling happens in this thread. {thread.freelancer.name} has not set up bookable
            hours yet, so suggest a few times here (with your time zone) and hold the interview as a
            call in this conversation — no outside booking link needed.
          </p>
          {!isClient ? (
            <p className="muted small">
              Set your weekly hours once and clients can pick a slot here in their own time zone.
            </p>
          ) : null}
        </div>
      ) : null}
      {data?.configured ? (
        <>
          <div className="scheduler-head">
            {data.meetingTypes.length > 1 ? (
              <div className="field field-inline">
                <label htmlFor="meeting-type">Meeting</label>
                <select
                  id="meeting-type"
                  value={currentType}
                  onChange={(e) => setType(e.target.value)}
                >
                  {data.meetingTypes.map((t) => (
                    <option key={t.id} value={t.id}>
                      {t.name} ({t.minutes} min)
                    </option>
                  ))}
                </select>
              </div>
            ) : null}
            <p className="muted small">
              Times in your zone, {zone}
              {data.hostTimeZone && data.hostTimeZone !== zone
                ? ` (${thread.freelancer.name} is in ${data.hostTimeZone})`
                : ''}
              .
            </p>
          </div>
          {days.length === 0 ? (
            <p className="empty">No free times in the booking window.</p>
          ) : (
            <div className="slot-days">
              {days.map(([day, starts]) => (
                <section key={day} className="slot-day" aria-label={formatDay(day)}>
                  <h3>{formatDay(day)}</h3>
                  <ul>
                    {starts.map((start) => (
                      <li key={start}>
                        {isClient ? (
                          <button
                            type="button"
                            className="slot"
                            disabled={busy !== null}
                            onClick={() => void book(start)}
                            aria-label={`Book ${formatDay(day)} at ${formatSlot(start, zone)}`}
                          >
                            {formatSlot(start, zone)}
                          </button>
                        ) : (
                          <span className="slot slot-view">{formatSlot(start, zone)}</span>
                        )}
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
            </div>
          )}
          {!isClient ? (
            <div className="button-row">
              <button
                type="button"
                className="button button-small"
                onClick={() =>
                  api.post(`/v1/threads/${encodeURIComponent(thread.id)}/availability`).then(
                    () => setStatus('Your free times are shared in the thread.'),
                    (err: unknown) => setError(errorText(err)),
                  )
                }
              >
                Share these times in the thread
              </button>
              <span className="muted small">The client picks; you both get the invitation.</span>
            </div>
          ) : null}
        </>
      ) : null}
    </Modal>
  );
}
