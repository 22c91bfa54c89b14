import type { ApiFinding } from '../api/types';
import { CATEGORY_LABEL, severity } from '../ui/labels';

interface Segment {
  text: string;
  finding?: ApiFinding;
}

/** Splits text at finding boundaries; where spans overlap, the most severe one colours it. */
export function segments(text: string, findings: readonly ApiFinding[]): Segment[] {
  const shown = findings.filter((f) => f.end > f.start && f.start < text.length);
  if (!shown.length) return [{ text }];
  const cuts = new Set<number>([0, text.length]);
  for (const f of shown) {
    cuts.add(Math.max(0, f.start));
    cuts.add(Math.min(text.length, f.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    const covering = shown
      .filter((f) => f.start <= start && f.end >= end)
      .sort((a, b) => severity(b.action) - severity(a.action))[0];
    const piece = text.slice(start, end);
    const last = out[out.length - 1];
    if (last && last.finding === covering) last.text += piece;
    else out.push(covering ? { text: piece, finding: covering } : { text: piece });
  }
  return out;
}

/** The text again, with what would be stopped marked in place. */
export function Highlight({
  text,
  findings,
  label,
}: {
  text: string;
  findings: readonly ApiFinding[];
  label?: string;
}) {
  const stopped = findings.filter((f) => f.action !== 'allow');
  return (
    <p className="mirror" aria-label={label}>
      {segments(text, stopped).map((segment, i) =>
        segment.finding ? (
          <mark
            key={i}
            className={`hl hl-${segment.finding.action}`}
            title={CATEGORY_LABEL[segment.finding.category]}
          >
            {segment.text}
            <span className="sr-only"> ({CATEGORY_LABEL[segment.finding.category]})</span>
          </mark>
        ) : (
          <span key={i}>{segment.text}</span>
        ),
      )}
    </p>
  );
}
