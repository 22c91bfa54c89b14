import { useId } from 'react';
import type { Context } from '@ringfence/policy';
import type { ApiDecision } from '../api/types';
import { useDebounced } from '../ui/hooks';
import { Findings } from './Findings';
import { usePrecheck } from './precheck';

/**
 * A form field checked live with the same code the server enforces with; `serverDecision` is
 * what the server answered when it refused the last submit.
 */
export function CheckedField({
  label,
  value,
  onChange,
  context,
  multiline = true,
  rows = 5,
  hint,
  required,
  serverDecision,
  country,
  name,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  context: Context;
  multiline?: boolean;
  rows?: number;
  hint?: string;
  required?: boolean;
  serverDecision?: ApiDecision | null;
  country?: string | null;
  name?: string;
}) {
  const id = useId();
  const findingsId = useId();
  const hintId = useId();
  const checked = useDebounced(value, 300);
  const local = usePrecheck({ text: checked, context, country: country ?? null });
  const server =
    serverDecision && serverDecision.findings.some((f) => f.action !== 'allow')
      ? serverDecision
      : null;
  const showLocal =
    value.trim() !== '' && local !== null && local.findings.some((f) => f.action !== 'allow');
  const describedBy = [hint ? hintId : '', showLocal || server ? findingsId : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {multiline ? (
        <textarea
          id={id}
          name={name}
          rows={rows}
          value={value}
          required={required}
          onChange={(event) => onChange(event.target.value)}
          aria-describedby={describedBy || undefined}
          aria-invalid={showLocal && local?.action === 'block' ? true : undefined}
        />
      ) : (
        <input
          id={id}
          name={name}
          value={value}
          required={required}
          onChange={(event) => onChange(event.target.value)}
          aria-describedby={describedBy || undefined}
          aria-invalid={showLocal && local?.action === 'block' ? true : undefined}
        />
      )}
      {showLocal ? (
        <Findings id={findingsId} text={checked} decision={local!} mode="preview" />
      ) : server ? (
        <Findings id={findingsId} text={value} decision={server} mode="blocked" />
      ) : null}
    </div>
  );
}
