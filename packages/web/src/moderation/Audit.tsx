import { api, listOf } from '../api/client';
import { ErrorText, Loading, PageHead } from '../ui/bits';
import { useLoad } from '../ui/hooks';
import { formatDateTime } from '../ui/labels';
import { href } from '../ui/router';
import type { AuditEvent } from './types';

export function Audit() {
  const events = useLoad(
    () => api.get<unknown>('/v1/moderation/audit').then((d) => listOf<AuditEvent>(d, 'events')),
    [],
  );
  return (
    <>
      <PageHead title="Audit trail">
        <button type="button" className="button button-ghost button-small" onClick={events.reload}>
          Refresh
        </button>
      </PageHead>
      {events.loading && !events.data ? <Loading /> : null}
      <ErrorText>{events.error}</ErrorText>
      {events.data?.length === 0 ? <p className="empty">No moderation events yet.</p> : null}
      {events.data?.length ? (
        <div className="table-wrap">
          <table className="table">
            <caption className="sr-only">Every moderation event, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                <th scope="col">Member</th>
                <th scope="col">Reason</th>
              </tr>
            </thead>
            <tbody>
              {events.data.map((e) => (
                <tr key={e.id}>
                  <td>{formatDateTime(e.at)}</td>
                  <td>{e.actor ?? (e.actorId ? 'moderator' : 'system')}</td>
                  <td>
                    {e.queueItemId ? (
                      <a href={href(`/moderation/items/${e.queueItemId}`)}>
                        {e.kind.replace(/_/g, ' ')}
                      </a>
                    ) : (
                      e.kind.replace(/_/g, ' ')
                    )}
                  </td>
                  <td>{e.member ?? ''}</td>
                  <td>{e.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
