import { useId } from 'react';
import { timeZones } from './types';

/** An IANA time zone picker (the browser's list), labelled for people and screen readers. */
export function ZoneSelect({
  value,
  onChange,
  label,
  id,
  invalid,
  describedBy,
}: {
  value: string;
  onChange: (zone: string) => void;
  label: string;
  id?: string;
  invalid?: boolean;
  describedBy?: string;
}) {
  const fallback = useId();
  const selectId = id ?? fallback;
  return (
    <div className="field zone-field">
      <label htmlFor={selectId}>{label}</label>
      <select
        id={selectId}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
      >
        {timeZones(value).map((zone) => (
          <option key={zone} value={zone}>
            {zone.replace(/_/g, ' ')}
          </option>
        ))}
      </select>
    </div>
  );
}
