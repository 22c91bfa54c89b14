import { rulesStore } from '../auth/session';
import { Loading, PageHead } from './bits';
import { useStore } from './hooks';

export function RulesPage() {
  const rules = useStore(rulesStore);
  const full = rules?.full as unknown;
  const paragraphs = Array.isArray(full)
    ? (full as string[])
    : typeof full === 'string'
      ? full.split(/\n{2,}/)
      : [];
  return (
    <div className="page page-narrow">
      <PageHead title="The communication rule" />
      {!rules ? <Loading /> : null}
      {rules ? (
        <>
          <p className="lead">{rules.notice.preContract}</p>
          <ol className="rule-list">
            {paragraphs.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ol>
          <p className="muted small">Policy version {rules.policyVersion}</p>
        </>
      ) : null}
    </div>
  );
}
