import { useState } from 'react';
import { api, errorText, listOf } from '../api/client';
import type { Appeal } from '../api/types';
import { Badge, ErrorText, Loading, PageHead } from '../ui/bits';
import { useLoad } from '../ui/hooks';
import { ACTION_KIND_LABEL, formatDateTime } from '../ui/labels';

export function Appeals() {
  const appeals = useLoad(
    () => api.get<unknown>('/v1/moderation/appeals').then((d) => listOf<Appeal>(d, 'appeals')),
    [],
  );
  return (
    <>
      <PageHead title="Appeals" />
      {appeals.loading && !appeals.data ? <Loading /> : null}
      <ErrorText>{appeals.error}</ErrorText>
      {appeals.data?.length === 0 ? <p className="empty">No appeals.</p> : null}
      <ul className="card-list">
        {(appeals.data ?? []).map((appeal) => (
          <AppealCard key={appeal.id} appeal={appeal} onDone={appeals.reload} />
        ))}
      </ul>
    </>
  );
}

function AppealCard({ appeal, onDone }: { appeal: Appeal; onDone: () => void }) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const decide = (decision: 'uphold' | 'overturn'): void => {
    setBusy(true);
    setError(null);
    api
      .post(`/v1/moderation/appeals/${encodeURIComponent(appeal.id)}/decision`, {
        decision,
        reason,
      })
      .then(onDone, (err: unknown) => {
        setBusy(false);
        setError(errorText(err));
      });
  };
  const fieldId = `appeal-reason-${appeal.id}`;
  return (
    <li className="card">
      <div className="notice-head">
        <h2 className="card-title">
          {appeal.member?.name ?? 'Member'} appeals a{' '}
          {(
            ACTION_KIND_LABEL[appeal.action?.kind ?? ''] ??
            appeal.action?.kind ??
            'decision'
          ).toLowerCase()}
        </h2>
        <Badge tone={appeal.status === 'open' ? 'warn' : 'neutral'}>{appeal.status}</Badge>
      </div>
      <p className="muted small">
        {formatDateTime(appeal.createdAt)} · action: {appeal.action?.reason}
      </p>
      <blockquote className="quoted">{appeal.text}</blockquote>
      {appeal.status === 'open' ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
          }}
        >
          <div className="field">
            <label htmlFor={fieldId}>Reason (the member reads this)</label>
            <textarea
              id={fieldId}
              rows={2}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          </div>
          {error ? (
            <p className="error-text" role="alert">
              {error}
            </p>
          ) : null}
          <div className="button-row">
            <button
              type="button"
              className="button button-small"
              disabled={busy || !reason.trim()}
              onClick={() => decide('overturn')}
            >
              Overturn (lift the action)
            </button>
            <button
              type="button"
              className="button button-small button-ghost"
              disabled={busy || !reason.trim()}
              onClick={() => decide('uphold')}
            >
              Uphold
            </button>
          </div>
        </form>
      ) : null}
    </li>
  );
}
