import { useState } from 'react';
import { api, errorText } from '../api/client';
import { Alert, ErrorText, Loading, PageHead } from '../ui/bits';
import { useLoad } from '../ui/hooks';
import { formatDay, formatMeeting, formatSlot, localZone, type Booking, type Slots } from './types';

/** A cancel / reschedule link from a booking mail: works without signing in. */
export function MeetingLink({ token }: { token: string }) {
  const link = useLoad(
    () =>
      api.get<{ action: 'cancel' | 'reschedule'; booking: Booking; slots: Slots | null }>(
        `/v1/meeting-links/${encodeURIComponent(token)}`,
        { quiet401: true },
      ),
    [token],
  );
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const data = link.data;
  const zone = data?.booking.bookerTimeZone ?? localZone();

  function run(path: string, body?: unknown, message?: string): void {
    setBusy(true);
    setError(null);
    api.post(path, body).then(
      () => {
        setBusy(false);
        setDone(message ?? 'Done.');
        link.reload();
      },
      (err: unknown) => {
        setBusy(false);
        setError(errorText(err));
      },
    );
  }

  return (
    <div className="page page-narrow">
      <PageHead title={data?.action === 'reschedule' ? 'Move the meeting' : 'Cancel the meeting'} />
      {link.loading && !data ? <Loading /> : null}
      <ErrorText>{link.error}</ErrorText>
      {data ? (
        <div className="card">
          <p>
            <strong>{formatMeeting(data.booking)}</strong> · {data.booking.status}
          </p>
          {done ? (
            <Alert tone="ok" role="status">
              {done}
            </Alert>
          ) : null}
          {data.booking.status !== 'confirmed' ? (
            <p className="muted">This meeting is no longer booked; its time is free again.</p>
          ) : data.action === 'cancel' ? (
            <button
              type="button"
              className="button button-danger"
              disabled={busy}
              onClick={() =>
                run(
                  `/v1/meeting-links/${encodeURIComponent(token)}/cancel`,
                  undefined,
                  'The meeting is cancelled and the time is free again.',
                )
              }
            >
              Cancel the meeting
            </button>
          ) : (
            <div className="slot-days">
              {Object.entries(data.slots?.days ?? {})
                .slice(0, 7)
                .map(([day, starts]) => (
                  <section key={day} className="slot-day" aria-label={formatDay(day)}>
                    <h3>{formatDay(day)}</h3>
                    <ul>
                      {starts.map((start) => (
                        <li key={start}>
                          <button
                            type="button"
                            className="slot"
                            disabled={busy}
                            aria-label={`Move to ${formatDay(day)} at ${formatSlot(start, zone)}`}
                            onClick={() =>
                              run(
                                `/v1/meeting-links/${encodeURIComponent(token)}/reschedule`,
                                { start },
                                'The meeting is moved; both calendars get the update.',
                              )
                            }
                          >
                            {formatSlot(start, zone)}
                          </button>
                        </li>
                      ))}
                    </ul>
                  </section>
                ))}
            </div>
          )}
          {error ? (
            <p className="error-text" role="alert">
              {error}
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
