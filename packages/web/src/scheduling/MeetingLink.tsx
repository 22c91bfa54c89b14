import { useCallback, useEffect, useState } from 'react';
import { ApiError, api, errorText } from '../api/client';
import { Alert, Badge, Loading, PageHead } from '../ui/bits';
import { useStore } from '../ui/hooks';
import { SlotPicker } from './SlotPicker';
import {
  formatDayLong,
  formatMeeting,
  formatSlot,
  setViewerZone,
  zoneAbbreviation,
  zoneStore,
  type Booking,
  type Slots,
} from './types';
import { SLOT_TAKEN } from './SchedulerPanel';
import { ZoneSelect } from './ZoneSelect';

interface LinkData {
  action: 'cancel' | 'reschedule';
  booking: Booking;
  slots: Slots | null;
}

/** What each refusal of a mail link means, for the person holding it. */
const LINK_PROBLEM: Record<string, { title: string; text: string }> = {
  link_tampered: {
    title: 'This link is not valid',
    text: 'It was changed, or it is not a Ringfence meeting link. Open the link from the e-mail again, or manage the meeting in the conversation.',
  },
  link_malformed: {
    title: 'This link is incomplete',
    text: 'Part of it is missing — some e-mail apps cut long links. Copy the whole link from the e-mail, or manage the meeting in the conversation.',
  },
  link_expired: {
    title: 'This link has expired',
    text: 'Meeting links stop working a day after the meeting. To meet again, book a new time in the conversation.',
  },
  already_cancelled: {
    title: 'This meeting was already cancelled',
    text: 'Its time is free again. To meet, book a new time in the conversation.',
  },
  not_found: {
    title: 'This meeting no longer exists',
    text: 'Manage your meetings in the conversation.',
  },
};

/** A cancel / reschedule link from a booking mail: works without signing in. */
export function MeetingLink({ token }: { token: string }) {
  const [data, setData] = useState<LinkData | null>(null);
  const [problem, setProblem] = useState<{ code: string; message: string } | null>(null);
  const [loading, setLoading] = useState(true);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [selected, setSelected] = useState<{ start: string; day: string } | null>(null);
  const zone = useStore(zoneStore);
  const path = `/v1/meeting-links/${encodeURIComponent(token)}`;

  const load = useCallback(() => {
    setLoading(true);
    api.get<LinkData>(path, { quiet401: true }).then(
      (value) => {
        setData(value);
        setProblem(null);
        setLoading(false);
      },
      (err: unknown) => {
        setProblem({
          code: err instanceof ApiError ? err.code : 'error',
          message: errorText(err),
        });
        setLoading(false);
      },
    );
  }, [path]);
  useEffect(load, [load]);

  function run(action: 'cancel' | 'reschedule', body: unknown, message: string): void {
    setBusy(true);
    setError(null);
    api.post(`${path}/${action}`, body, { quiet401: true }).then(
      () => {
        setBusy(false);
        setDone(message);
        setConfirming(false);
        setSelected(null);
        load();
      },
      (err: unknown) => {
        setBusy(false);
        setConfirming(false);
        setSelected(null);
        if (err instanceof ApiError && err.code === 'slot_taken') setError(SLOT_TAKEN);
        else if (err instanceof ApiError && LINK_PROBLEM[err.code])
          setError(`${LINK_PROBLEM[err.code]!.title}. ${LINK_PROBLEM[err.code]!.text}`);
        else setError(errorText(err));
        load();
      },
    );
  }

  const booking = data?.booking;
  const cancelled = booking?.status === 'cancelled';
  const ended = booking ? Date.parse(booking.end) <= Date.now() : false;
  const known = problem ? LINK_PROBLEM[problem.code] : undefined;
  const days = data?.slots?.days ?? {};
  const minutes = booking ? (Date.parse(booking.end) - Date.parse(booking.start)) / 60_000 : 30;
  const endOf = (start: string) =>
    new Date(new Date(start).getTime() + minutes * 60_000).toISOString();

  return (
    <div className="page page-narrow meeting-link">
      <PageHead
        title={
          problem
            ? (known?.title ?? 'This link does not work')
            : data?.action === 'reschedule'
              ? 'Move or cancel the meeting'
              : 'Cancel the meeting'
        }
      />
      {loading && !data && !problem ? <Loading label="Opening the meeting…" /> : null}
      {problem ? (
        <Alert tone={problem.code === 'already_cancelled' ? 'info' : 'warn'} role="alert">
          <p>{known?.text ?? problem.message}</p>
        </Alert>
      ) : null}
      {booking && !problem ? (
        <div className="card">
          <p className="booking-title">
            <strong>{booking.meetingType}</strong>{' '}
            {cancelled ? (
              <Badge tone="danger">Cancelled</Badge>
            ) : ended ? (
              <Badge>Ended</Badge>
            ) : (
              <Badge tone="ok">Confirmed</Badge>
            )}
          </p>
          <p className="booking-when">
            <time dateTime={new Date(booking.start).toISOString()}>
              {formatMeeting(booking, zone)}
            </time>{' '}
            <span className="muted small">{zoneAbbreviation(zone, new Date(booking.start))}</span>
          </p>
          <p className="muted small">
            No sign-in needed: this link from your e-mail is enough. The other side gets an update
            either way.
          </p>
          {done ? (
            <Alert tone="ok" role="status">
              <p>{done}</p>
            </Alert>
          ) : null}
          {error ? (
            <p className="error-text" role="alert">
              {error}
            </p>
          ) : null}
          {cancelled ? (
            <p>This meeting is no longer booked; its time is free again.</p>
          ) : ended ? (
            <p>This meeting is over.</p>
          ) : (
            <>
              {data?.action === 'reschedule' ? (
                <section className="meeting-move" aria-labelledby="move-title">
                  <h2 id="move-title">Pick a new time</h2>
                  <ZoneSelect label="Your time zone" value={zone} onChange={setViewerZone} />
                  {data.slots && !data.slots.configured ? (
                    <p className="muted">
                      No bookable hours right now. Cancel, or write in the conversation.
                    </p>
                  ) : (
                    <SlotPicker
                      days={days}
                      zone={zone}
                      selected={selected?.start ?? null}
                      onSelect={(start, day) => setSelected({ start, day })}
                      disabled={busy}
                      label="Free times to move the meeting to"
                    />
                  )}
                  {selected ? (
                    <div className="confirm-bar">
                      <strong>
                        {formatMeeting({ start: selected.start, end: endOf(selected.start) }, zone)}
                      </strong>
                      <button
                        type="button"
                        className="button"
                        disabled={busy}
                        onClick={() =>
                          run(
                            'reschedule',
                            { start: selected.start },
                            'The meeting is moved; both calendars get the update.',
                          )
                        }
                      >
                        {busy
                          ? 'Moving…'
                          : `Move to ${formatDayLong(selected.day)} at ${formatSlot(selected.start, zone)}`}
                      </button>
                    </div>
                  ) : null}
                </section>
              ) : null}
              <div className="meeting-cancel">
                {confirming ? (
                  <div className="booking-confirm" role="group" aria-label="Cancel this meeting?">
                    <p>Cancel this meeting? The other side is told and the time is free again.</p>
                    <div className="button-row-plain">
                      <button
                        type="button"
                        className="button button-danger"
                        disabled={busy}
                        autoFocus
                        onClick={() =>
                          run(
                            'cancel',
                            undefined,
                            'The meeting is cancelled and the time is free again.',
                          )
                        }
                      >
                        {busy ? 'Cancelling…' : 'Yes, cancel the meeting'}
                      </button>
                      <button
                        type="button"
                        className="button button-ghost"
                        disabled={busy}
                        onClick={() => setConfirming(false)}
                      >
                        Keep it
                      </button>
                    </div>
                  </div>
                ) : (
                  <button
                    type="button"
                    className={
                      data?.action === 'cancel' ? 'button button-danger' : 'button button-ghost'
                    }
                    disabled={busy}
                    onClick={() => setConfirming(true)}
                  >
                    Cancel the meeting
                  </button>
                )}
              </div>
            </>
          )}
        </div>
      ) : null}
    </div>
  );
}
