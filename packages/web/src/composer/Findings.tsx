import type { Alternative, ApiDecision, ApiFinding } from '../api/types';
import { ACTION_BEFORE, ALTERNATIVE_LABEL, CATEGORY_LABEL } from '../ui/labels';
import { href } from '../ui/router';
import { Highlight } from './Highlight';

export type FindingsMode = 'preview' | 'blocked';

const HEADLINE: Record<string, string> = {
  block: 'This would not be sent as written',
  mask: 'Part of this will be hidden from the other side',
  review: 'This will be held for a moderator before it is delivered',
  nudge: 'A gentle reminder before you send',
};

/** Dedupe explanations so three spans of one phone number do not repeat the same words. */
function grouped(findings: ApiFinding[]): ApiFinding[][] {
  const groups = new Map<string, ApiFinding[]>();
  for (const f of findings) {
    const key = `${f.category}:${f.action}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.values()];
}

/**
 * What the pre-send check (or the server) found: the text with the spans marked, then for each
 * kind of finding what was seen, why, what to do instead, and buttons for the in-platform way.
 */
export function Findings({
  text,
  decision,
  mode,
  onAlternative,
  id,
}: {
  text: string;
  decision: ApiDecision;
  mode: FindingsMode;
  onAlternative?: (alternative: Alternative) => void;
  id?: string;
}) {
  const stopped = decision.findings.filter((f) => f.action !== 'allow');
  if (!stopped.length) return null;
  const tone =
    decision.action === 'nudge' ? 'nudge' : decision.action === 'mask' ? 'mask' : 'block';
  const headline =
    mode === 'blocked'
      ? 'Not sent: the highlighted part is not allowed here yet'
      : (HEADLINE[decision.action] ?? 'Check before sending');
  return (
    <section
      id={id}
      className={`findings findings-${tone}`}
      aria-label={mode === 'blocked' ? 'Why this was not sent' : 'Pre-send check'}
      aria-live={mode === 'blocked' ? 'assertive' : 'polite'}
    >
      <p className="findings-title">{headline}</p>
      <Highlight
        text={text}
        findings={stopped}
        label="Your text, with what would be stopped highlighted"
      />
      <ul className="finding-list">
        {grouped(stopped).map((group) => {
          const first = group[0]!;
          const explanation = first.explanation;
          return (
            <li key={`${first.category}:${first.action}`} className="finding">
              <div className="finding-head">
                <span className={`chip chip-${first.action}`}>
                  {CATEGORY_LABEL[first.category]}
                </span>
                <span className="finding-spans">
                  {group.map((f, i) => (
                    <q key={i} className={`hl hl-${f.action}`}>
                      {f.text}
                    </q>
                  ))}
                </span>
                <span className="finding-action">
                  {mode === 'blocked' && first.action === 'block'
                    ? 'Not sent'
                    : ACTION_BEFORE[first.action]}
                </span>
              </div>
              {explanation ? (
                <div className="finding-why">
                  <p>
                    <strong>{explanation.what}</strong> {explanation.why}
                  </p>
                  <p className="finding-instead">{explanation.instead}</p>
                  {onAlternative && explanation.alternatives.length ? (
                    <div className="button-row">
                      {explanation.alternatives.map((alternative) =>
                        alternative === 'appeal' ? (
                          <a
                            key={alternative}
                            className="button button-link"
                            href={href('/notices')}
                          >
                            {ALTERNATIVE_LABEL.appeal}
                          </a>
                        ) : (
                          <button
                            key={alternative}
                            type="button"
                            className="button button-small"
                            onClick={() => onAlternative(alternative)}
                          >
                            {ALTERNATIVE_LABEL[alternative]}
                          </button>
                        ),
                      )}
                    </div>
                  ) : null}
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
