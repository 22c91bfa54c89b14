import { api, listOf } from '../api/client';
import { ErrorText, Loading, PageHead } from '../ui/bits';
import { useLoad } from '../ui/hooks';
import { formatDateTime } from '../ui/labels';

interface Mail {
  id: string;
  to: string;
  subject: string;
  text: string;
  ics?: string | null;
  deliveredVia?: string;
  createdAt: string;
}

/** Demo mode: the mail the service would have sent to the member. */
export function Outbox() {
  const mails = useLoad(
    () => api.get<unknown>('/v1/outbox').then((d) => listOf<Mail>(d, 'mails')),
    [],
  );
  return (
    <div className="page page-narrow">
      <PageHead title="Mail">
        <button type="button" className="button button-ghost button-small" onClick={mails.reload}>
          Refresh
        </button>
      </PageHead>
      <p className="muted">
        Demo mode: no mail leaves the service. These are the messages it would have sent you —
        unread-message notices, meeting confirmations and reminders.
      </p>
      {mails.loading && !mails.data ? <Loading /> : null}
      <ErrorText>{mails.error}</ErrorText>
      {mails.data?.length === 0 ? <p className="empty">No mail yet.</p> : null}
      <ul className="card-list">
        {(mails.data ?? []).map((mail) => (
          <li key={mail.id} className="card mail">
            <details>
              <summary>
                <span className="mail-subject">{mail.subject}</span>
                <span className="muted small">
                  to {mail.to} · {formatDateTime(mail.createdAt)}
                </span>
              </summary>
              <pre className="mail-text">{mail.text}</pre>
              {mail.ics ? (
                <a
                  className="button button-small button-ghost"
                  download="invite.ics"
                  href={`data:text/calendar;charset=utf-8,${encodeURIComponent(mail.ics)}`}
                >
                  Download calendar invite
                </a>
              ) : null}
            </details>
          </li>
        ))}
      </ul>
    </div>
  );
}
