import { useEffect, useState } from 'react';
import { ApiError, api, errorText } from '../api/client';
import type { Thread } from '../api/types';
import { Alert, ErrorText } from '../ui/bits';
import { useLoad, useStore } from '../ui/hooks';
import { Modal } from '../ui/Modal';
import { SlotPicker } from './SlotPicker';
import {
  formatDayLong,
  formatMeeting,
  formatSlot,
  setViewerZone,
  zoneAbbreviation,
  zoneStore,
  type Booking,
  type MeetingType,
  type Slots,
} from './types';
import { ZoneSelect } from './ZoneSelect';

export const SLOT_TAKEN = 'That time was just taken — pick another.';

/**
 * The in-platform scheduler in a thread: the freelancer's free slots in the viewer's own time
 * zone, grouped by the viewer's days. The client picks a slot and books it; either side can
 * share the availability in the thread. With `reschedule`, it moves that meeting instead.
 */
export function SchedulerPanel({
  thread,
  me,
  onClose,
  reschedule,
  onChanged,
}: {
  thread: Thread;
  me: string;
  onClose: () => void;
  /** Move this meeting to the slot picked, instead of booking a new one. */
  reschedule?: Booking;
  /** A booking was made, moved or cancelled. */
  onChanged?: () => void;
}) {
  const zone = useStore(zoneStore);
  const [type, setType] = useState<string>('');
  const [selected, setSelected] = useState<{ start: string; day: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const isClient = thread.client.id === me;
  const canPick = isClient || reschedule !== undefined;
  // Moving a meeting asks for slots at its own length, with its own time free again.
  const query = reschedule
    ? `&moving=${encodeURIComponent(reschedule.id)}`
    : type
      ? `&meetingType=${encodeURIComponent(type)}`
      : '';
  const slots = useLoad(
    () =>
      api.get<Slots>(
        `/v1/threads/${encodeURIComponent(thread.id)}/slots?timeZone=${encodeURIComponent(zone)}${query}`,
      ),
    [thread.id, query, zone],
  );
  const colleagues = useLoad(
    () =>
      isClient && !reschedule
        ? api.get<{ guests: { id: string; name: string }[] }>(
            `/v1/threads/${encodeURIComponent(thread.id)}/guests`,
          )
        : Promise.resolve({ guests: [] }),
    [thread.id, isClient, reschedule?.id],
  );
  const [guests, setGuests] = useState<string[]>([]);
  const data = slots.data;
  const current: MeetingType | undefined =
    typeof data?.meetingType === 'object'
      ? data.meetingType
      : data?.meetingTypes.find((t) => t.id === (data?.meetingType ?? type));

  // A slot that is no longer offered cannot stay picked.
  const offered = data?.slots.some((s) => s.start === selected?.start) ?? false;
  useEffect(() => {
    if (selected && data && !slots.loading && !offered) setSelected(null);
  }, [selected, data, slots.loading, offered]);

  const minutes = current?.minutes ?? 30;
  const endOf = (start: string) =>
    new Date(new Date(start).getTime() + minutes * 60_000).toISOString();

  async function confirm(start: string): Promise<void> {
    setBusy(true);
    setError(null);
    setStatus(null);
    try {
      if (reschedule) {
        await api.post(`/v1/bookings/${encodeURIComponent(reschedule.id)}/reschedule`, { start });
        setStatus(
          `Moved to ${formatMeeting({ start, end: endOf(start) }, zone)}. Both of you get the update.`,
        );
      } else {
        await api.post(`/v1/threads/${encodeURIComponent(thread.id)}/bookings`, {
          start,
          timeZone: zone,
          ...(current ? { meetingType: current.id } : {}),
          ...(guests.length > 0 ? { guests } : {}),
        });
        setStatus(
          `Booked for ${formatMeeting({ start, end: endOf(start) }, zone)}. Both of you get an invitation.`,
        );
      }
      setSelected(null);
      onChanged?.();
    } catch (err) {
      if (err instanceof ApiError && err.code === 'slot_taken') {
        setSelected(null);
        setError(SLOT_TAKEN);
      } else setError(errorText(err));
    } finally {
      setBusy(false);
      slots.reload();
    }
  }

  function share(): void {
    setError(null);
    api.post(`/v1/threads/${encodeURIComponent(thread.id)}/availability`).then(
      () =>
        setStatus(
          isClient
            ? 'Shared in the thread: the free times are there for both of you.'
            : 'Your free times are shared in the thread; the client picks one.',
        ),
      (err: unknown) => setError(errorText(err)),
    );
  }

  const title = reschedule ? 'Move the meeting' : 'Book a time in this thread';
  const loadingNow = slots.loading;
  return (
    <Modal title={title} onClose={onClose} wide>
      <div className="scheduler">
        {reschedule ? (
          <p className="muted">
            Now: <strong>{formatMeeting(reschedule, zone)}</strong> ({reschedule.meetingType}). Pick
            the new time; the old one is freed.
          </p>
        ) : null}
        <div className="scheduler-head">
          {data?.configured && data.meetingTypes.length > 0 && !reschedule ? (
            <div className="field">
              <label htmlFor="meeting-type">Meeting</label>
              <select
                id="meeting-type"
                value={current?.id ?? type}
                onChange={(e) => {
                  setSelected(null);
                  setType(e.target.value);
                }}
              >
                {data.meetingTypes.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name} ({t.minutes} min)
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <ZoneSelect
            label="Your time zone"
            value={zone}
            onChange={(next) => {
              setSelected(null);
              setViewerZone(next);
            }}
          />
        </div>
        {data?.configured ? (
          <p className="muted small scheduler-zone-note">
            Times are shown in {zone.replace(/_/g, ' ')} ({zoneAbbreviation(zone)})
            {data.hostTimeZone && data.hostTimeZone !== zone
              ? `; ${thread.freelancer.name} is in ${data.hostTimeZone.replace(/_/g, ' ')}`
              : ''}
            .
          </p>
        ) : null}
        {status ? (
          <Alert tone="ok" role="status">
            <p className="ok-text">{status}</p>
          </Alert>
        ) : null}
        {error ? (
          <p className="error-text" role="alert">
            {error}
          </p>
        ) : null}
        <p className={loadingNow ? 'loading slot-loading' : 'sr-only'} role="status">
          {loadingNow ? 'Finding free times…' : data ? 'Free times loaded.' : ''}
        </p>
        <ErrorText>{slots.error}</ErrorText>
        {data && !data.configured ? (
          <div className="alt-panel">
            <p>
              Scheduling happens in this thread. {thread.freelancer.name} has not set up bookable
              hours yet, so suggest a few times here (with your time zone) and hold the interview as
              a call in this conversation — no outside booking link needed.
            </p>
            {!isClient ? (
              <p className="muted small">
                Set your hours on the <a href="#/availability">Availability</a> page and clients can
                pick a slot here in their own time zone.
              </p>
            ) : null}
          </div>
        ) : null}
        {data?.configured ? (
          <SlotPicker
            days={data.days}
            zone={zone}
            selected={selected?.start ?? null}
            onSelect={(start, day) => {
              setError(null);
              setSelected({ start, day });
            }}
            loading={loadingNow}
            disabled={busy}
            readOnly={!canPick}
            label={`Free times of ${thread.freelancer.name}`}
          />
        ) : null}
        {colleagues.data && colleagues.data.guests.length > 0 && data?.configured ? (
          <fieldset className="field guest-list">
            <legend>Also invite from your organisation</legend>
            {colleagues.data.guests.map((g) => (
              <label key={g.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={guests.includes(g.id)}
                  onChange={(e) =>
                    setGuests((list) =>
                      e.target.checked ? [...list, g.id] : list.filter((id) => id !== g.id),
                    )
                  }
                />{' '}
                {g.name}
              </label>
            ))}
          </fieldset>
        ) : null}
        {canPick && data?.configured ? (
          <div className="confirm-bar" aria-live="polite">
            {selected ? (
              <>
                <span>
                  <strong>
                    {formatMeeting({ start: selected.start, end: endOf(selected.start) }, zone)}
                  </strong>
                  {current ? <span className="muted"> · {current.name}</span> : null}
                </span>
                <button
                  type="button"
                  className="button"
                  disabled={busy}
                  onClick={() => void confirm(selected.start)}
                >
                  {busy
                    ? reschedule
                      ? 'Moving…'
                      : 'Booking…'
                    : `${reschedule ? 'Move to' : 'Book'} ${formatDayLong(selected.day)} at ${formatSlot(selected.start, zone)}`}
                </button>
              </>
            ) : (
              <span className="muted small">
                {reschedule ? 'Pick the new time above.' : 'Pick a time above, then book it.'}
              </span>
            )}
          </div>
        ) : null}
        {!reschedule && data?.configured ? (
          <div className="share-row">
            <button type="button" className="button button-ghost button-small" onClick={share}>
              Share availability in the thread
            </button>
            <span className="muted small">
              {isClient
                ? 'Posts the free times in the conversation.'
                : 'The client picks a time; you both get the invitation.'}
            </span>
          </div>
        ) : null}
      </div>
    </Modal>
  );
}
