import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { formatDay, formatDayLong, formatSlot } from './types';

const DAYS_PER_PAGE = 7;

/**
 * Free slots grouped by the booker's days, as buttons. One slot is in the Tab order (roving
 * focus); the arrow keys move up and down a day and across days, Home and End jump to a day's
 * first and last time, and Enter or Space picks.
 */
export function SlotPicker({
  days,
  zone,
  selected,
  onSelect,
  loading = false,
  disabled = false,
  readOnly = false,
  label = 'Free times',
}: {
  days: Record<string, string[]>;
  zone: string;
  selected: string | null;
  onSelect: (start: string, day: string) => void;
  loading?: boolean;
  disabled?: boolean;
  /** Show the times without letting this viewer pick one. */
  readOnly?: boolean;
  label?: string;
}) {
  const helpId = useId();
  const entries = Object.entries(days).filter(([, starts]) => starts.length > 0);
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(entries.length / DAYS_PER_PAGE));
  const current = Math.min(page, pages - 1);
  const shown = entries.slice(current * DAYS_PER_PAGE, (current + 1) * DAYS_PER_PAGE);
  const grid = useRef<HTMLDivElement>(null);
  const [focusKey, setFocusKey] = useState<string | null>(null);

  // The one tabbable slot: the selected one if it is shown, else the first.
  const shownStarts = shown.flatMap(([, starts]) => starts);
  const tabbable =
    (focusKey && shownStarts.includes(focusKey) && focusKey) ||
    (selected && shownStarts.includes(selected) && selected) ||
    shownStarts[0] ||
    null;

  useEffect(() => {
    if (page > pages - 1) setPage(pages - 1);
  }, [page, pages]);

  function focusSlot(start: string): void {
    setFocusKey(start);
    grid.current?.querySelector<HTMLButtonElement>(`[data-start="${start}"]`)?.focus();
  }

  function onKey(event: KeyboardEvent<HTMLButtonElement>, col: number, row: number): void {
    const column = shown[col]?.[1] ?? [];
    let target: string | undefined;
    switch (event.key) {
      case 'ArrowDown':
        target = column[row + 1];
        break;
      case 'ArrowUp':
        target = column[row - 1];
        break;
      case 'ArrowRight': {
        const next = shown[col + 1]?.[1];
        target = next ? next[Math.min(row, next.length - 1)] : undefined;
        break;
      }
      case 'ArrowLeft': {
        const prev = shown[col - 1]?.[1];
        target = prev ? prev[Math.min(row, prev.length - 1)] : undefined;
        break;
      }
      case 'Home':
        target = column[0];
        break;
      case 'End':
        target = column[column.length - 1];
        break;
      default:
        return;
    }
    event.preventDefault();
    if (target) focusSlot(target);
  }

  if (entries.length === 0) {
    return loading ? null : <p className="empty">No free times in the booking window.</p>;
  }
  const first = shown[0]?.[0];
  const last = shown[shown.length - 1]?.[0];
  return (
    <div className="slot-picker" aria-busy={loading || undefined}>
      {pages > 1 ? (
        <div className="slot-pager">
          <button
            type="button"
            className="button button-ghost button-small"
            disabled={current === 0}
            onClick={() => setPage(current - 1)}
          >
            ← Earlier days
          </button>
          <span className="muted small" aria-live="polite">
            {first && last ? `${formatDay(first)} – ${formatDay(last)}` : ''}
          </span>
          <button
            type="button"
            className="button button-ghost button-small"
            disabled={current >= pages - 1}
            onClick={() => setPage(current + 1)}
          >
            Later days →
          </button>
        </div>
      ) : null}
      <p id={helpId} className="sr-only">
        Use the arrow keys to move between times and days, Enter to pick a time.
      </p>
      <div
        ref={grid}
        className={loading ? 'slot-days slot-days-loading' : 'slot-days'}
        role="group"
        aria-label={label}
        aria-describedby={readOnly ? undefined : helpId}
      >
        {shown.map(([day, starts], col) => (
          <section key={day} className="slot-day" aria-label={formatDayLong(day)}>
            <h3>{formatDay(day)}</h3>
            {/* Out of the Tab order: the arrow keys move within it (Chrome would make a scroller a Tab stop). */}
            <ul tabIndex={-1}>
              {starts.map((start, row) => (
                <li key={start}>
                  {readOnly ? (
                    <span className="slot slot-view">{formatSlot(start, zone)}</span>
                  ) : (
                    <button
                      type="button"
                      className={start === selected ? 'slot slot-selected' : 'slot'}
                      data-start={start}
                      tabIndex={start === tabbable ? 0 : -1}
                      aria-pressed={start === selected}
                      aria-label={`${formatDayLong(day)}, ${formatSlot(start, zone)}`}
                      disabled={disabled}
                      onFocus={() => setFocusKey(start)}
                      onKeyDown={(event) => onKey(event, col, row)}
                      onClick={() => onSelect(start, day)}
                    >
                      {formatSlot(start, zone)}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}
