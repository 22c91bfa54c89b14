import { useEffect, useState } from 'react';
import { ApiError, api, errorText } from '../api/client';
import type { MemberAction } from '../api/types';
import { Badge, ErrorText, Loading, PageHead } from '../ui/bits';
import { useStore } from '../ui/hooks';
import { ACTION_KIND_LABEL, formatDateTime } from '../ui/labels';
import { href } from '../ui/router';
import { actionsStore, isActive, refreshActions } from './store';

const KIND_TEXT: Record<string, string> = {
  warning:
    'A warning is a note on your account. Nothing is limited; repeated attempts to move conversations off the platform can lead to a restriction.',
  restriction:
    'While restricted you cannot start or continue conversations before a contract; work under a contract continues normally.',
  suspension: 'While suspended you cannot send messages, post jobs or send proposals.',
  badge_removed: 'A badge was removed from your profile.',
};

const APPEAL_STATUS: Record<string, string> = {
  open: 'Appeal sent — a moderator who did not make the decision will review it.',
  upheld: 'Appeal reviewed: the decision stands.',
  overturned: 'Appeal accepted: the action was lifted.',
};

/** Warnings, restrictions and suspensions concerning the member, each appealable once. */
export function Notices() {
  const data = useStore(actionsStore);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  useEffect(() => {
    refreshActions().then(
      () => setLoading(false),
      (err: unknown) => {
        setError(errorText(err));
        setLoading(false);
      },
    );
  }, []);
  const actions = data?.actions ?? [];
  return (
    <div className="page page-narrow">
      <PageHead title="Notices" />
      <p className="muted">
        Decisions about your account, and how to appeal them. Every action can be appealed once.
        Read <a href={href('/rules')}>the communication rule</a>.
      </p>
      {loading && !data ? <Loading /> : null}
      <ErrorText>{error}</ErrorText>
      {data && actions.length === 0 ? (
        <p className="empty">Nothing here: your account is in good standing.</p>
      ) : null}
      <ul className="card-list">
        {actions.map((action) => (
          <ActionCard key={action.id} action={action} />
        ))}
      </ul>
    </div>
  );
}

function ActionCard({ action }: { action: MemberAction }) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const active = isActive(action);
  const label = ACTION_KIND_LABEL[action.kind] ?? action.kind;
  const fieldId = `appeal-${action.id}`;
  return (
    <li className={`card notice-card notice-${action.kind}`}>
      <div className="notice-head">
        <h2 className="card-title">{label}</h2>
        <Badge tone={active ? (action.kind === 'warning' ? 'warn' : 'danger') : 'neutral'}>
          {action.revokedAt ? 'Lifted' : active ? 'In force' : 'Ended'}
        </Badge>
      </div>
      <p className="notice-reason">{action.reason}</p>
      <p className="muted small">
        {formatDateTime(action.createdAt)}
        {action.endsAt
          ? ` · ${new Date(action.endsAt).getTime() > Date.now() ? 'until' : 'ended'} ${formatDateTime(action.endsAt)}`
          : ''}
      </p>
      <p className="small">{KIND_TEXT[action.kind]}</p>
      {action.appeal ? (
        <div className="appeal-status" role="status">
          <p>
            <strong>{APPEAL_STATUS[action.appeal.status] ?? action.appeal.status}</strong>
          </p>
          {action.appeal.text ? (
            <blockquote className="quoted">{action.appeal.text}</blockquote>
          ) : null}
          {action.appeal.reason ? <p className="small">Moderator: {action.appeal.reason}</p> : null}
        </div>
      ) : (
        <form
          className="appeal-form"
          onSubmit={(event) => {
            event.preventDefault();
            setBusy(true);
            setError(null);
            api.post(`/v1/actions/${encodeURIComponent(action.id)}/appeal`, { text }).then(
              () => refreshActions().finally(() => setBusy(false)),
              (err: unknown) => {
                setBusy(false);
                if (err instanceof ApiError && err.status === 409) {
                  setError('This action has already been appealed.');
                  void refreshActions();
                } else setError(errorText(err));
              },
            );
          }}
        >
          <label htmlFor={fieldId}>Appeal this {label.toLowerCase()}</label>
          <p className="field-hint" id={`${fieldId}-hint`}>
            Tell us what happened. You can appeal once; a different moderator reviews it.
          </p>
          <textarea
            id={fieldId}
            rows={3}
            required
            value={text}
            aria-describedby={`${fieldId}-hint`}
            onChange={(event) => setText(event.target.value)}
          />
          {error ? (
            <p className="error-text" role="alert">
              {error}
            </p>
          ) : null}
          <button type="submit" className="button button-small" disabled={busy || !text.trim()}>
            {busy ? 'Sending…' : 'Send appeal'}
          </button>
        </form>
      )}
    </li>
  );
}
