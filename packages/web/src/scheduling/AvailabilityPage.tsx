import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Context } from '@ringfence/policy';
import { ApiError, api, errorText } from '../api/client';
import type { Session } from '../api/types';
import { CheckedField } from '../composer/CheckedField';
import { Alert, ErrorText, Loading, PageHead } from '../ui/bits';
import { useLoad } from '../ui/hooks';
import { formatDateTime } from '../ui/labels';
import { readJson, writeJson } from '../ui/store';
import {
  browserZone,
  minutesLabel,
  WEEKDAY_NAME,
  WEEKDAYS,
  type Availability,
  type AvailabilitySettings,
  type CalendarFeed,
  type Range,
  type Weekday,
} from './types';
import { ZoneSelect } from './ZoneSelect';

const DRAFT_KEY = 'rf:availability-draft';
const LENGTHS = [15, 30, 45, 60];
const PRESET_REMINDERS: Array<[number, string]> = [
  [0, 'At booking'],
  [1440, '24 hours before'],
  [120, '2 hours before'],
];

interface TypeRow {
  id: string;
  name: string;
  minutes: string;
  custom: boolean;
}

interface OverrideRow {
  key: string;
  date: string;
  off: boolean;
  ranges: Range[];
}

/** The form as typed: numbers stay text until saving, so nothing typed is lost or rewritten. */
interface Form {
  timeZone: string;
  weekly: Record<Weekday, Range[]>;
  overrides: OverrideRow[];
  meetingTypes: TypeRow[];
  minNoticeMinutes: string;
  windowDays: string;
  bufferBeforeMinutes: string;
  bufferAfterMinutes: string;
  dailyCap: string;
  stepMinutes: string;
  reminderOffsets: number[];
  confirmationLine: string;
}

// A range can end at midnight ("24:00"); a time input cannot hold that, so it shows 00:00.
const endIn = (end: string) => (end === '24:00' ? '00:00' : end);
const endOut = (end: string) => (end === '00:00' ? '24:00' : end);

let counter = 0;
const newKey = (prefix: string) =>
  `${prefix}-${Date.now().toString(36)}-${(counter++).toString(36)}`;

function toForm(settings: AvailabilitySettings, configured: boolean): Form {
  const weekly = {} as Record<Weekday, Range[]>;
  for (const day of WEEKDAYS) {
    weekly[day] = (settings.weekly[day] ?? []).map(([a, b]) => [a, endIn(b)] as Range);
  }
  return {
    timeZone: configured ? settings.timeZone : browserZone(),
    weekly,
    overrides: settings.overrides.map((o) => ({
      key: newKey('o'),
      date: o.date,
      off: o.ranges.length === 0,
      ranges: o.ranges.map(([a, b]) => [a, endIn(b)] as Range),
    })),
    meetingTypes: settings.meetingTypes.map((t) => ({
      id: t.id,
      name: t.name,
      minutes: String(t.minutes),
      custom: !LENGTHS.includes(t.minutes),
    })),
    minNoticeMinutes: String(settings.minNoticeMinutes),
    windowDays: String(settings.windowDays),
    bufferBeforeMinutes: String(settings.bufferBeforeMinutes),
    bufferAfterMinutes: String(settings.bufferAfterMinutes),
    dailyCap: settings.dailyCap === null ? '' : String(settings.dailyCap),
    stepMinutes: settings.stepMinutes === null ? '' : String(settings.stepMinutes),
    reminderOffsets: [...settings.reminderOffsets],
    confirmationLine: settings.confirmationLine,
  };
}

/** Whole numbers go as numbers; anything else goes as typed, so the server names the field. */
function num(value: string): number | string {
  const trimmed = value.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

function fromForm(form: Form): Record<string, unknown> {
  const ranges = (list: Range[]) => list.map(([a, b]) => [a, endOut(b)]);
  const weekly: Record<string, unknown> = {};
  for (const day of WEEKDAYS) if (form.weekly[day].length) weekly[day] = ranges(form.weekly[day]);
  return {
    timeZone: form.timeZone,
    weekly,
    overrides: form.overrides.map((o) => ({ date: o.date, ranges: o.off ? [] : ranges(o.ranges) })),
    meetingTypes: form.meetingTypes.map((t) => ({
      id: t.id,
      name: t.name,
      minutes: num(t.minutes),
    })),
    minNoticeMinutes: num(form.minNoticeMinutes),
    windowDays: num(form.windowDays),
    bufferBeforeMinutes: num(form.bufferBeforeMinutes),
    bufferAfterMinutes: num(form.bufferAfterMinutes),
    dailyCap: form.dailyCap.trim() === '' ? null : num(form.dailyCap),
    stepMinutes: form.stepMinutes.trim() === '' ? null : num(form.stepMinutes),
    reminderOffsets: form.reminderOffsets,
    confirmationLine: form.confirmationLine,
  };
}

/** `meetingTypes.0.name: …` → `meetingTypes[0].name`, the form's own way to name a field. */
function errorPath(message: string): string | null {
  const match = /^([A-Za-z][\w.[\]]*): /.exec(message);
  return match ? match[1]!.replace(/\.(\d+)/g, '[$1]') : null;
}

function slug(name: string, taken: Set<string>): string {
  const base =
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 30) || 'meeting';
  let id = base;
  for (let i = 2; taken.has(id); i++) id = `${base}-${i}`;
  return id;
}

/** A booking rule's number field; `alias` is the engine's name for it in error paths. */
interface RuleField {
  key:
    | 'minNoticeMinutes'
    | 'windowDays'
    | 'bufferBeforeMinutes'
    | 'bufferAfterMinutes'
    | 'dailyCap'
    | 'stepMinutes';
  label: string;
  unit: string;
  hint: string;
  alias?: string;
}

const RULE_FIELDS: readonly RuleField[] = [
  {
    key: 'minNoticeMinutes',
    label: 'Minimum notice',
    unit: 'minutes',
    hint: 'How soon a meeting can start after booking (240 = 4 hours).',
  },
  {
    key: 'windowDays',
    label: 'Booking window',
    unit: 'days',
    hint: 'How far ahead clients can book (1–366).',
  },
  {
    key: 'bufferBeforeMinutes',
    label: 'Buffer before',
    unit: 'minutes',
    hint: 'Kept free before each meeting.',
  },
  {
    key: 'bufferAfterMinutes',
    label: 'Buffer after',
    unit: 'minutes',
    hint: 'Kept free after each meeting.',
  },
  {
    key: 'dailyCap',
    label: 'Daily cap',
    unit: 'meetings',
    hint: 'At most this many a day. Empty: no cap.',
  },
  {
    key: 'stepMinutes',
    label: 'Slot step',
    unit: 'minutes',
    hint: 'Minutes between start times. Empty: the meeting’s length.',
    alias: 'step',
  },
];

/** A freelancer's bookable hours, rules, reminders and calendars. */
export function AvailabilityPage({ session }: { session: Session }) {
  const loaded = useLoad(() => api.get<Availability>('/v1/availability'), []);
  const [form, setFormState] = useState<Form | null>(null);
  const [restored, setRestored] = useState(false);
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<{ message: string; path: string | null } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const data = loaded.data;

  // The form starts from the saved settings, or from a draft this tab was typing.
  useEffect(() => {
    if (!data || form) return;
    const draft = readJson<Form | null>(sessionStorage, `${DRAFT_KEY}:${session.member.id}`, null);
    if (draft && draft.weekly && draft.meetingTypes) {
      setFormState(draft);
      setRestored(true);
    } else setFormState(toForm(data.settings, data.configured));
  }, [data, form, session.member.id]);

  const setForm = (update: (old: Form) => Form) => {
    setFormState((old) => {
      if (!old) return old;
      const next = update(old);
      writeJson(sessionStorage, `${DRAFT_KEY}:${session.member.id}`, next);
      return next;
    });
    setStatus(null);
  };

  // After a refused save, move to the field the server named.
  useEffect(() => {
    if (!saveError) return;
    const field = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (field ?? summaryRef.current)?.focus();
  }, [saveError]);

  const errorFor = (prefix: string): string | null => {
    const path = saveError?.path;
    if (!path || !saveError) return null;
    if (path === prefix || path.startsWith(`${prefix}[`) || path.startsWith(`${prefix}.`))
      return saveError.message;
    return null;
  };

  function save(): void {
    if (!form) return;
    setSaving(true);
    setStatus(null);
    setSaveError(null);
    // New meeting types get a short id from their name.
    const taken = new Set(
      form.meetingTypes.map((t) => t.id).filter((id) => !id.startsWith('new-')),
    );
    const typed: Form = {
      ...form,
      meetingTypes: form.meetingTypes.map((t) => {
        if (!t.id.startsWith('new-')) return t;
        const id = slug(t.name, taken);
        taken.add(id);
        return { ...t, id };
      }),
    };
    api.put<Availability>('/v1/availability', fromForm(typed)).then(
      (saved) => {
        setSaving(false);
        sessionStorage.removeItem(`${DRAFT_KEY}:${session.member.id}`);
        setRestored(false);
        setFormState(toForm(saved.settings, true));
        loaded.setData(() => saved);
        setStatus('Saved. Clients see these times in their own time zone.');
      },
      (err: unknown) => {
        setSaving(false);
        const message = errorText(err);
        setSaveError({
          message,
          path: err instanceof ApiError && err.status === 400 ? errorPath(message) : null,
        });
      },
    );
  }

  if (!data || !form) {
    return (
      <div className="page page-narrow">
        <PageHead title="Availability" />
        {loaded.loading ? <Loading /> : null}
        <ErrorText>{loaded.error}</ErrorText>
      </div>
    );
  }

  const known = [
    'timeZone',
    'weekly',
    'overrides',
    'meetingTypes',
    'minNoticeMinutes',
    'windowDays',
    'bufferBeforeMinutes',
    'bufferAfterMinutes',
    'dailyCap',
    'stepMinutes',
    'step',
    'reminderOffsets',
    'confirmationLine',
  ];
  const unplaced =
    saveError && !known.some((k) => saveError.path === k || saveError.path?.startsWith(k))
      ? saveError.message
      : null;

  return (
    <div className="page page-narrow availability">
      <PageHead title="Availability" />
      <p className="muted">
        Clients book interviews with you inside the conversation, in their own time zone — no
        booking link needed. Set when you can meet, then save.
      </p>
      {restored ? (
        <Alert tone="info" role="status">
          <p>Your unsaved changes from earlier are back.</p>
          <button
            type="button"
            className="button button-ghost button-small"
            onClick={() => {
              sessionStorage.removeItem(`${DRAFT_KEY}:${session.member.id}`);
              setFormState(toForm(data.settings, data.configured));
              setRestored(false);
              setSaveError(null);
            }}
          >
            Discard them
          </button>
        </Alert>
      ) : null}
      {!data.configured ? (
        <Alert tone="info">
          <p>
            You have not saved your hours yet. Until you do, clients are asked to suggest times in
            the conversation.
          </p>
        </Alert>
      ) : null}
      <form
        ref={formRef}
        className="availability-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <Card title="Time zone">
          <ZoneSelect
            id="av-zone"
            label="Your time zone"
            value={form.timeZone}
            onChange={(timeZone) => setForm((f) => ({ ...f, timeZone }))}
            invalid={Boolean(errorFor('timeZone'))}
            describedBy={errorFor('timeZone') ? 'av-zone-error' : undefined}
          />
          <FieldError id="av-zone-error">{errorFor('timeZone')}</FieldError>
          {form.timeZone !== browserZone() ? (
            <p className="field-hint">
              This browser is in {browserZone()}.{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => setForm((f) => ({ ...f, timeZone: browserZone() }))}
              >
                Use {browserZone()}
              </button>
            </p>
          ) : null}
        </Card>

        <Card title="Weekly hours" hint="Hours in your time zone. Several ranges a day are fine.">
          <ul className="week">
            {WEEKDAYS.map((day) => (
              <li key={day} className="week-day">
                <RangesEditor
                  label={WEEKDAY_NAME[day]}
                  ranges={form.weekly[day]}
                  pathPrefix={`weekly.${day}`}
                  errorFor={errorFor}
                  emptyText="Unavailable"
                  onChange={(ranges) =>
                    setForm((f) => ({ ...f, weekly: { ...f.weekly, [day]: ranges } }))
                  }
                  extra={
                    form.weekly[day].length ? (
                      <button
                        type="button"
                        className="link-button small"
                        aria-label={`Copy ${WEEKDAY_NAME[day]}’s hours to every day`}
                        onClick={() =>
                          setForm((f) => {
                            const weekly = { ...f.weekly };
                            for (const d of WEEKDAYS)
                              weekly[d] = f.weekly[day].map((r) => [...r] as Range);
                            return { ...f, weekly };
                          })
                        }
                      >
                        Copy to all days
                      </button>
                    ) : null
                  }
                />
              </li>
            ))}
          </ul>
          <p className="field-hint">An end of 00:00 means midnight, the end of the day.</p>
        </Card>

        <Card
          title="Date overrides"
          hint="Other hours on a particular date, or a day off. They replace that date’s weekly hours."
        >
          <FieldError>{saveError?.path === 'overrides' ? saveError.message : null}</FieldError>
          {form.overrides.length === 0 ? <p className="muted small">No overrides.</p> : null}
          <ul className="overrides">
            {form.overrides.map((o, index) => (
              <OverrideEditor
                key={o.key}
                row={o}
                index={index}
                errorFor={errorFor}
                onChange={(row) =>
                  setForm((f) => ({
                    ...f,
                    overrides: f.overrides.map((x) => (x.key === o.key ? row : x)),
                  }))
                }
                onRemove={() =>
                  setForm((f) => ({ ...f, overrides: f.overrides.filter((x) => x.key !== o.key) }))
                }
              />
            ))}
          </ul>
          <button
            type="button"
            className="button button-ghost button-small"
            onClick={() =>
              setForm((f) => ({
                ...f,
                overrides: [...f.overrides, { key: newKey('o'), date: '', off: true, ranges: [] }],
              }))
            }
          >
            Add a date
          </button>
        </Card>

        <Card title="Meeting types" hint="What clients can book, and how long it lasts.">
          <FieldError>{saveError?.path === 'meetingTypes' ? saveError.message : null}</FieldError>
          <ul className="types">
            {form.meetingTypes.map((t, index) => (
              <TypeEditor
                key={t.id}
                row={t}
                index={index}
                canRemove={form.meetingTypes.length > 1}
                errorFor={errorFor}
                onChange={(row) =>
                  setForm((f) => ({
                    ...f,
                    meetingTypes: f.meetingTypes.map((x) => (x.id === t.id ? row : x)),
                  }))
                }
                onRemove={() =>
                  setForm((f) => ({
                    ...f,
                    meetingTypes: f.meetingTypes.filter((x) => x.id !== t.id),
                  }))
                }
              />
            ))}
          </ul>
          {form.meetingTypes.length < 10 ? (
            <button
              type="button"
              className="button button-ghost button-small"
              onClick={() =>
                setForm((f) => ({
                  ...f,
                  meetingTypes: [
                    ...f.meetingTypes,
                    { id: newKey('new'), name: '', minutes: '30', custom: false },
                  ],
                }))
              }
            >
              Add a meeting type
            </button>
          ) : null}
        </Card>

        <Card title="Rules">
          <div className="rules-grid">
            {RULE_FIELDS.map((rule) => (
              <NumberField
                key={rule.key}
                label={rule.label}
                unit={rule.unit}
                hint={rule.hint}
                value={form[rule.key]}
                error={errorFor(rule.key) ?? (rule.alias ? errorFor(rule.alias) : null)}
                onChange={(v) => setForm((f) => ({ ...f, [rule.key]: v }))}
              />
            ))}
          </div>
        </Card>

        <Card title="Reminders" hint="E-mails to both of you. Up to 6.">
          <Reminders
            offsets={form.reminderOffsets}
            error={errorFor('reminderOffsets')}
            onChange={(reminderOffsets) => setForm((f) => ({ ...f, reminderOffsets }))}
          />
        </Card>

        <Card title="Confirmation e-mail">
          <CheckedField
            label="Your line in the confirmation"
            hint="One line added to the booking e-mail, e.g. what to prepare. No contact details: the call happens here."
            multiline={false}
            value={form.confirmationLine}
            onChange={(confirmationLine) => setForm((f) => ({ ...f, confirmationLine }))}
            context={CONFIRMATION_CONTEXT}
            country={session.member.country}
          />
          <FieldError>{errorFor('confirmationLine')}</FieldError>
        </Card>

        <div className="save-bar">
          <div ref={summaryRef} tabIndex={-1} className="save-messages">
            {status ? (
              <p className="ok-text" role="status">
                {status}
              </p>
            ) : null}
            {saveError ? (
              <p className="error-text" role="alert">
                Not saved: {unplaced ?? saveError.message}
                {unplaced ? '' : ' (the field is marked above).'}
              </p>
            ) : null}
          </div>
          <button type="submit" className="button" disabled={saving}>
            {saving ? 'Saving…' : 'Save availability'}
          </button>
        </div>
      </form>

      <Feeds
        feeds={data.feeds}
        onChanged={() =>
          api.get<Availability>('/v1/availability').then(
            (fresh) => loaded.setData(() => fresh),
            () => loaded.reload(),
          )
        }
      />
      <OwnFeed url={data.feedUrl} />
    </div>
  );
}

const CONFIRMATION_CONTEXT: Context = { surface: 'message', contract: 'none', plan: 'basic' };

function Card({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="card av-card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {hint ? <p className="field-hint">{hint}</p> : null}
      {children}
    </section>
  );
}

function FieldError({ id, children }: { id?: string; children: ReactNode }) {
  return children ? (
    <p id={id} className="error-text field-error">
      {children}
    </p>
  ) : null;
}

function RangesEditor({
  label,
  ranges,
  pathPrefix,
  errorFor,
  onChange,
  emptyText,
  extra,
}: {
  label: string;
  ranges: Range[];
  pathPrefix: string;
  errorFor: (prefix: string) => string | null;
  onChange: (ranges: Range[]) => void;
  emptyText: string;
  extra?: ReactNode;
}) {
  const id = useId();
  const dayError = errorFor(pathPrefix);
  const set = (index: number, which: 0 | 1, value: string) =>
    onChange(ranges.map((r, i) => (i === index ? (which ? [r[0], value] : [value, r[1]]) : r)));
  const last = ranges[ranges.length - 1];
  return (
    <div className="ranges" role="group" aria-labelledby={id}>
      <span id={id} className="ranges-label">
        {label}
      </span>
      <div className="ranges-body">
        {ranges.length === 0 ? <span className="muted small">{emptyText}</span> : null}
        <ul className="range-list">
          {ranges.map((range, index) => {
            const invalid = Boolean(errorFor(`${pathPrefix}[${index}]`));
            return (
              <li key={index} className="range">
                <input
                  type="time"
                  value={range[0]}
                  aria-label={`${label}, range ${index + 1} start`}
                  aria-invalid={invalid || undefined}
                  aria-describedby={invalid ? `${id}-error` : undefined}
                  onChange={(e) => set(index, 0, e.target.value)}
                />
                <span aria-hidden="true">–</span>
                <input
                  type="time"
                  value={range[1]}
                  aria-label={`${label}, range ${index + 1} end`}
                  aria-invalid={invalid || undefined}
                  aria-describedby={invalid ? `${id}-error` : undefined}
                  onChange={(e) => set(index, 1, e.target.value)}
                />
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Remove ${label} ${range[0]}–${range[1]}`}
                  onClick={() => onChange(ranges.filter((_, i) => i !== index))}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
        <FieldError id={`${id}-error`}>{dayError}</FieldError>
        <div className="ranges-actions">
          <button
            type="button"
            className="link-button small"
            aria-label={`Add hours on ${label}`}
            onClick={() =>
              onChange([
                ...ranges,
                last ? [last[1] === '00:00' ? '09:00' : last[1], '00:00'] : ['09:00', '17:00'],
              ])
            }
          >
            + Add hours
          </button>
          {extra}
        </div>
      </div>
    </div>
  );
}

function OverrideEditor({
  row,
  index,
  errorFor,
  onChange,
  onRemove,
}: {
  row: OverrideRow;
  index: number;
  errorFor: (prefix: string) => string | null;
  onChange: (row: OverrideRow) => void;
  onRemove: () => void;
}) {
  const id = useId();
  const dateError =
    errorFor(`overrides[${index}].date`) ??
    (errorFor(`overrides[${index}].ranges`) ? null : errorFor(`overrides[${index}]`));
  const label = row.date ? formatDateLabel(row.date) : `Date ${index + 1}`;
  return (
    <li className="override">
      <div className="override-head">
        <div className="field">
          <label htmlFor={`${id}-date`}>Date</label>
          <input
            id={`${id}-date`}
            type="date"
            value={row.date}
            aria-invalid={dateError ? true : undefined}
            aria-describedby={dateError ? `${id}-date-error` : undefined}
            onChange={(e) => onChange({ ...row, date: e.target.value })}
          />
          <FieldError id={`${id}-date-error`}>{dateError}</FieldError>
        </div>
        <label className="radio">
          <input
            type="checkbox"
            checked={row.off}
            onChange={(e) =>
              onChange({
                ...row,
                off: e.target.checked,
                ranges:
                  !e.target.checked && row.ranges.length === 0 ? [['09:00', '17:00']] : row.ranges,
              })
            }
          />
          Day off
        </label>
        <button
          type="button"
          className="button button-ghost button-small"
          aria-label={`Remove the override for ${label}`}
          onClick={onRemove}
        >
          Remove
        </button>
      </div>
      {!row.off ? (
        <RangesEditor
          label={`Hours on ${label}`}
          ranges={row.ranges}
          pathPrefix={`overrides[${index}].ranges`}
          errorFor={errorFor}
          emptyText="No hours: a day off"
          onChange={(ranges) => onChange({ ...row, ranges })}
        />
      ) : null}
    </li>
  );
}

function formatDateLabel(date: string): string {
  const parsed = new Date(`${date}T12:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return parsed.toLocaleDateString([], {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

function TypeEditor({
  row,
  index,
  canRemove,
  errorFor,
  onChange,
  onRemove,
}: {
  row: TypeRow;
  index: number;
  canRemove: boolean;
  errorFor: (prefix: string) => string | null;
  onChange: (row: TypeRow) => void;
  onRemove: () => void;
}) {
  const id = useId();
  const nameError =
    errorFor(`meetingTypes[${index}].name`) ?? errorFor(`meetingTypes[${index}].id`);
  const minutesError = errorFor(`meetingTypes[${index}].minutes`);
  const name = row.name.trim() || `meeting type ${index + 1}`;
  return (
    <li className="type-row">
      <div className="field type-name">
        <label htmlFor={`${id}-name`}>Name</label>
        <input
          id={`${id}-name`}
          value={row.name}
          maxLength={80}
          aria-invalid={nameError ? true : undefined}
          aria-describedby={nameError ? `${id}-name-error` : undefined}
          onChange={(e) => onChange({ ...row, name: e.target.value })}
        />
        <FieldError id={`${id}-name-error`}>{nameError}</FieldError>
      </div>
      <div className="field type-length">
        <label htmlFor={`${id}-length`}>Length</label>
        <select
          id={`${id}-length`}
          value={row.custom ? 'custom' : row.minutes}
          onChange={(e) =>
            e.target.value === 'custom'
              ? onChange({ ...row, custom: true })
              : onChange({ ...row, custom: false, minutes: e.target.value })
          }
        >
          {LENGTHS.map((m) => (
            <option key={m} value={String(m)}>
              {m} min
            </option>
          ))}
          <option value="custom">Custom…</option>
        </select>
      </div>
      {row.custom ? (
        <div className="field type-custom">
          <label htmlFor={`${id}-minutes`}>Minutes</label>
          <input
            id={`${id}-minutes`}
            type="number"
            inputMode="numeric"
            min={5}
            max={480}
            value={row.minutes}
            aria-invalid={minutesError ? true : undefined}
            aria-describedby={minutesError ? `${id}-minutes-error` : undefined}
            onChange={(e) => onChange({ ...row, minutes: e.target.value })}
          />
          <FieldError id={`${id}-minutes-error`}>{minutesError}</FieldError>
        </div>
      ) : (
        <FieldError>{minutesError}</FieldError>
      )}
      {canRemove ? (
        <button
          type="button"
          className="button button-ghost button-small type-remove"
          aria-label={`Remove ${name}`}
          onClick={onRemove}
        >
          Remove
        </button>
      ) : null}
    </li>
  );
}

function NumberField({
  label,
  unit,
  hint,
  value,
  error,
  onChange,
}: {
  label: string;
  unit: string;
  hint: string;
  value: string;
  error: string | null;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>
        {label} <span className="muted small">({unit})</span>
      </label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={0}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        onChange={(e) => onChange(e.target.value)}
      />
      <p id={`${id}-hint`} className="field-hint">
        {hint}
      </p>
      <FieldError id={`${id}-error`}>{error}</FieldError>
    </div>
  );
}

function Reminders({
  offsets,
  error,
  onChange,
}: {
  offsets: number[];
  error: string | null;
  onChange: (offsets: number[]) => void;
}) {
  const id = useId();
  const [amount, setAmount] = useState('');
  const [unit, setUnit] = useState('60');
  const [local, setLocal] = useState<string | null>(null);
  const presets = PRESET_REMINDERS.map(([m]) => m);
  const custom = offsets.filter((o) => !presets.includes(o));
  const toggle = (minutes: number, on: boolean) =>
    onChange(on ? [...offsets, minutes] : offsets.filter((o) => o !== minutes));
  return (
    <fieldset className="reminders" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="sr-only">When reminders go out</legend>
      {PRESET_REMINDERS.map(([minutes, label]) => (
        <label key={minutes} className="radio">
          <input
            type="checkbox"
            checked={offsets.includes(minutes)}
            aria-invalid={error ? true : undefined}
            onChange={(e) => toggle(minutes, e.target.checked)}
          />
          {label}
        </label>
      ))}
      {custom.length ? (
        <ul className="chips">
          {custom.map((m) => (
            <li key={m} className="chip chip-allow">
              {minutesLabel(m)}
              <button
                type="button"
                className="chip-remove"
                aria-label={`Remove the reminder ${minutesLabel(m)}`}
                onClick={() => toggle(m, false)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="reminder-add">
        <label htmlFor={`${id}-amount`} className="inline-label">
          Other
        </label>
        <input
          id={`${id}-amount`}
          type="number"
          inputMode="numeric"
          min={1}
          value={amount}
          onChange={(e) => {
            setAmount(e.target.value);
            setLocal(null);
          }}
        />
        <select aria-label="Unit" value={unit} onChange={(e) => setUnit(e.target.value)}>
          <option value="1">minutes before</option>
          <option value="60">hours before</option>
          <option value="1440">days before</option>
        </select>
        <button
          type="button"
          className="button button-ghost button-small"
          onClick={() => {
            const n = Number(amount);
            if (!Number.isInteger(n) || n < 1) {
              setLocal('Give a whole number.');
              return;
            }
            const minutes = n * Number(unit);
            if (!offsets.includes(minutes)) onChange([...offsets, minutes]);
            setAmount('');
          }}
        >
          Add reminder
        </button>
      </div>
      <FieldError id={`${id}-error`}>{local ?? error}</FieldError>
    </fieldset>
  );
}

function Feeds({ feeds, onChanged }: { feeds: CalendarFeed[]; onChanged: () => Promise<unknown> }) {
  const id = useId();
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const sorted = useMemo(() => feeds, [feeds]);
  return (
    <section className="card av-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Calendar feeds</h2>
      <p className="field-hint">
        Busy times from your own calendars are kept free. Paste the secret iCal address (Google:
        “Secret address in iCal format”; Outlook: “Publish calendar” → ICS). Refreshed every 15
        minutes; nothing is saved until the feed can be read.
      </p>
      {sorted.length ? (
        <ul className="feed-list">
          {sorted.map((feed) => (
            <li key={feed.id} className="feed">
              <div className="feed-main">
                <span className="feed-url" title={feed.url}>
                  {feed.url}
                </span>
                <span className="muted small">
                  {feed.busyCount} busy {feed.busyCount === 1 ? 'time' : 'times'}
                  {feed.fetchedAt ? ` · last read ${formatDateTime(feed.fetchedAt)}` : ''}
                </span>
                {feed.lastError ? (
                  <span className="error-text small">Last refresh failed: {feed.lastError}</span>
                ) : null}
              </div>
              <button
                type="button"
                className="button button-ghost button-small"
                aria-label={`Remove the calendar feed ${feed.url}`}
                disabled={busy}
                onClick={() => {
                  setBusy(true);
                  setError(null);
                  api
                    .del(`/v1/availability/feeds/${encodeURIComponent(feed.id)}`)
                    .then(() => onChanged())
                    .then(
                      () => {
                        setBusy(false);
                        setStatus('Feed removed.');
                      },
                      (err: unknown) => {
                        setBusy(false);
                        setError(errorText(err));
                      },
                    );
                }}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted small">No calendar feeds yet.</p>
      )}
      <form
        className="feed-add"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setBusy(true);
          setError(null);
          setStatus(null);
          api
            .post<{ feed: CalendarFeed }>('/v1/availability/feeds', { url: url.trim() })
            .then(async (result) => {
              await onChanged();
              return result;
            })
            .then(
              (result) => {
                setBusy(false);
                setUrl('');
                setStatus(
                  `Feed added: ${result.feed.busyCount} busy ${result.feed.busyCount === 1 ? 'time' : 'times'} found.`,
                );
              },
              (err: unknown) => {
                setBusy(false);
                setError(errorText(err));
              },
            );
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-url`}>Feed address</label>
          <div className="feed-add-row">
            <input
              id={`${id}-url`}
              type="url"
              inputMode="url"
              placeholder="https://calendar.example/…/basic.ics"
              value={url}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
              onChange={(e) => {
                setUrl(e.target.value);
                setError(null);
              }}
            />
            <button type="submit" className="button button-small" disabled={busy || !url.trim()}>
              {busy ? 'Reading…' : 'Add feed'}
            </button>
          </div>
          <FieldError id={`${id}-error`}>{error}</FieldError>
          {status ? (
            <p className="ok-text" role="status">
              {status}
            </p>
          ) : null}
        </div>
      </form>
    </section>
  );
}

function OwnFeed({ url }: { url: string | null }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<string | null>(null);
  return (
    <section className="card av-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Your meetings in your calendar</h2>
      {url ? (
        <>
          <p className="field-hint">
            Subscribe to this address in Google Calendar, Outlook or Apple Calendar to see the
            interviews booked here. Keep it private: anyone with it can read your meeting times.
          </p>
          <div className="feed-add-row">
            <input
              ref={input}
              id={`${id}-url`}
              readOnly
              value={url}
              aria-label="Your calendar subscription address"
              onFocus={(e) => e.target.select()}
            />
            <button
              type="button"
              className="button button-ghost button-small"
              onClick={() => {
                const fallback = () => {
                  input.current?.select();
                  const ok = document.execCommand?.('copy') ?? false;
                  setCopied(ok ? 'Copied.' : 'Selected: press Ctrl+C (⌘C) to copy.');
                };
                if (navigator.clipboard?.writeText) {
                  navigator.clipboard.writeText(url).then(() => setCopied('Copied.'), fallback);
                } else fallback();
              }}
            >
              Copy
            </button>
          </div>
          <p className="ok-text small" role="status">
            {copied ?? ''}
          </p>
        </>
      ) : (
        <p className="muted small">Save your availability once to get your own calendar address.</p>
      )}
    </section>
  );
}
