import { useMemo, useState } from 'react';
import type { ContractState, Plan, Surface } from '@ringfence/policy';
import { api, errorText } from '../api/client';
import type { Session } from '../api/types';
import { Highlight } from '../composer/Highlight';
import { usePrecheck } from '../composer/precheck';
import { Alert, Badge, ErrorText, Loading, PageHead } from '../ui/bits';
import { useLoad } from '../ui/hooks';
import { ACTION_KIND_LABEL, CATEGORY_LABEL, REASON_LABEL, formatDateTime } from '../ui/labels';
import { href } from '../ui/router';
import { DECISIONS, type ItemDetail, type ModerationDecision } from './types';

export function ItemView({ itemId, session }: { itemId: string; session: Session }) {
  const detail = useLoad(
    () => api.get<ItemDetail>(`/v1/moderation/items/${encodeURIComponent(itemId)}`),
    [itemId],
  );
  const [claimError, setClaimError] = useState<string | null>(null);
  const data = detail.data;
  // Without a stored decision (a reported message that went through), show what the detector sees.
  const ctx = data?.original?.context ?? {};
  const surface = (ctx.surface ?? data?.original?.surface ?? 'message') as Surface;
  const contract = (ctx.contract ?? 'none') as ContractState;
  const plan = (ctx.plan ?? 'basic') as Plan;
  const context = useMemo(() => ({ surface, contract, plan }), [surface, contract, plan]);
  const rechecked = usePrecheck({ text: data?.original?.text ?? '', context });
  const findings = data?.original?.decision?.findings?.length
    ? data.original.decision.findings
    : (rechecked?.findings ?? []);

  if (detail.loading && !data) return <Loading />;
  if (!data) return <ErrorText>{detail.error ?? 'Not found.'}</ErrorText>;
  const { item, member } = data;
  const open = item.status !== 'closed';

  return (
    <div className="item-view">
      <p>
        <a href={href('/moderation')}>← Queue</a>
      </p>
      <PageHead title={`${REASON_LABEL[item.reason] ?? item.reason}: ${member.name}`}>
        <Badge tone={item.source === 'report' ? 'warn' : 'info'}>
          {item.source === 'report' ? 'Report' : 'Automatic'}
        </Badge>
        <Badge tone={open ? 'neutral' : 'ok'}>
          {open ? (item.status === 'claimed' ? 'Claimed' : 'Open') : `Decided: ${item.decision}`}
        </Badge>
        {item.status === 'open' ? (
          <button
            type="button"
            className="button button-ghost button-small"
            onClick={() =>
              api.post(`/v1/moderation/items/${encodeURIComponent(itemId)}/claim`).then(
                () => detail.reload(),
                (err: unknown) => setClaimError(errorText(err)),
              )
            }
          >
            Claim
          </button>
        ) : null}
      </PageHead>
      <ErrorText>{claimError}</ErrorText>
      <div className="mod-grid">
        <div className="mod-main">
          {data.report ? (
            <section className="card" aria-labelledby="report-title">
              <h2 id="report-title" className="card-title">
                Report
              </h2>
              <p>
                <strong>{REASON_LABEL[data.report.reason] ?? data.report.reason}</strong> ·{' '}
                {formatDateTime(data.report.createdAt)}
              </p>
              {data.report.note ? (
                <blockquote className="quoted">{data.report.note}</blockquote>
              ) : null}
            </section>
          ) : null}
          {data.original ? (
            <section className="card" aria-labelledby="original-title">
              <h2 id="original-title" className="card-title">
                Original text
              </h2>
              <p className="muted small">
                {data.original.surface} · outcome {data.original.action}
                {data.original.policyVersion ? ` · policy ${data.original.policyVersion}` : ''}
                {data.original.context?.contract
                  ? ` · contract ${data.original.context.contract}`
                  : ''}
                {data.original.context?.plan ? ` · plan ${data.original.context.plan}` : ''}
              </p>
              <Highlight
                text={data.original.text}
                findings={findings}
                label="The original text with the findings highlighted"
              />
              {findings.length ? (
                <ul className="finding-tags">
                  {findings.map((f, i) => (
                    <li key={i}>
                      <span className={`chip chip-${f.action}`}>{CATEGORY_LABEL[f.category]}</span>{' '}
                      <q>{f.text}</q> → {f.action}
                      {f.exception ? ` (exception: ${f.exception})` : ''}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="muted small">The detector finds nothing in this text.</p>
              )}
              {!data.original.decision && findings.length ? (
                <p className="muted small">
                  This message went through; the highlights are what the detector sees in it now.
                </p>
              ) : null}
            </section>
          ) : null}
          {data.thread.length ? (
            <section className="card" aria-labelledby="context-title">
              <h2 id="context-title" className="card-title">
                The conversation around it
              </h2>
              <ol className="mod-thread">
                {data.thread.map((m) => (
                  <li key={m.id} className={`mod-message ${m.reported ? 'reported' : ''}`}>
                    <span className="mod-sender">
                      {m.kind === 'event'
                        ? 'Event'
                        : (m.senderName ?? (m.senderId === member.id ? member.name : 'Other side'))}
                    </span>
                    <span className="mod-text">
                      {m.kind === 'event' ? (m.event ?? m.text) : m.text || <em>deleted</em>}
                      {m.reported ? <Badge tone="warn">reported</Badge> : null}
                      {m.masked ? <Badge tone="info">masked for recipient</Badge> : null}
                    </span>
                    <time className="muted small" dateTime={m.createdAt}>
                      {formatDateTime(m.createdAt)}
                    </time>
                  </li>
                ))}
              </ol>
            </section>
          ) : null}
        </div>
        <div className="mod-side">
          <section className="card" aria-labelledby="member-title">
            <h2 id="member-title" className="card-title">
              {member.name}
            </h2>
            <p className="muted small">{member.email}</p>
            <p className="small">
              Automatic outcomes:{' '}
              {Object.entries(member.enforcement).length
                ? Object.entries(member.enforcement)
                    .map(([action, count]) => `${count} ${action}`)
                    .join(', ')
                : 'none'}
            </p>
            {member.badges?.length ? (
              <p className="small">Badges: {member.badges.join(', ')}</p>
            ) : null}
            <h3 className="subhead">History</h3>
            {member.actions.length ? (
              <ul className="history">
                {member.actions.map((a) => (
                  <li key={a.id}>
                    <strong>{ACTION_KIND_LABEL[a.kind] ?? a.kind}</strong> — {a.reason}
                    <span className="muted small">
                      {' '}
                      · {formatDateTime(a.createdAt)}
                      {a.endsAt ? ` → ${formatDateTime(a.endsAt)}` : ''}
                      {a.appeal ? ` · appeal ${a.appeal.status}` : ''}
                    </span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="small muted">No earlier actions.</p>
            )}
          </section>
          {open ? (
            <DecisionForm itemId={itemId} onDone={detail.reload} />
          ) : (
            <Alert tone="ok" title="Decided">
              <p>This item was decided: {item.decision}.</p>
            </Alert>
          )}
          {data.events.length ? (
            <section className="card" aria-labelledby="events-title">
              <h2 id="events-title" className="card-title">
                Audit of this item
              </h2>
              <ul className="history">
                {data.events.map((e) => (
                  <li key={e.id}>
                    {e.kind.replace(/_/g, ' ')}
                    {e.reason ? ` — ${e.reason}` : ''}
                    <span className="muted small"> · {formatDateTime(e.at)}</span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <p className="muted small">Signed in as {session.member.name}</p>
        </div>
      </div>
    </div>
  );
}

function DecisionForm({ itemId, onDone }: { itemId: string; onDone: () => void }) {
  const [decision, setDecision] = useState<ModerationDecision>('warn');
  const [hours, setHours] = useState(24);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const needsHours = decision === 'restrict' || decision === 'suspend';
  return (
    <form
      className="card decision-form"
      aria-labelledby="decide-title"
      onSubmit={(event) => {
        event.preventDefault();
        setBusy(true);
        setError(null);
        api
          .post(`/v1/moderation/items/${encodeURIComponent(itemId)}/decision`, {
            decision,
            reason,
            ...(needsHours && hours > 0 ? { hours } : {}),
          })
          .then(
            () => {
              setBusy(false);
              onDone();
            },
            (err: unknown) => {
              setBusy(false);
              setError(errorText(err));
            },
          );
      }}
    >
      <h2 id="decide-title" className="card-title">
        Decide
      </h2>
      <fieldset className="radio-group">
        <legend className="sr-only">Decision</legend>
        {DECISIONS.map(([value, label, help]) => (
          <label key={value} className="radio radio-block">
            <input
              type="radio"
              name="decision"
              value={value}
              checked={decision === value}
              onChange={() => setDecision(value)}
            />
            <span>
              <strong>{label}</strong>
              <span className="muted small"> — {help}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {needsHours ? (
        <div className="field field-inline">
          <label htmlFor="decision-hours">
            {decision === 'suspend' ? 'Hours (leave 0 for no end)' : 'Hours'}
          </label>
          <input
            id="decision-hours"
            type="number"
            min={decision === 'suspend' ? 0 : 1}
            max={8760}
            value={hours}
            onChange={(e) => setHours(Number(e.target.value))}
          />
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="decision-reason">Reason (the member reads this)</label>
        <textarea
          id="decision-reason"
          rows={3}
          required
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </div>
      {error ? (
        <p className="error-text" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" className="button" disabled={busy || !reason.trim()}>
        {busy ? 'Saving…' : 'Record decision'}
      </button>
    </form>
  );
}
