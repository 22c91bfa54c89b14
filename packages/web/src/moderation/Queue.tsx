import { useState } from 'react';
import { api, listOf } from '../api/client';
import { Badge, ErrorText, Loading, PageHead } from '../ui/bits';
import { useLoad } from '../ui/hooks';
import { REASON_LABEL, formatDateTime } from '../ui/labels';
import { href } from '../ui/router';
import type { QueueEntry } from './types';

export function Queue() {
  const [status, setStatus] = useState('open');
  const queue = useLoad(
    () =>
      api
        .get<unknown>(`/v1/moderation/queue?status=${encodeURIComponent(status)}`)
        .then((d) => listOf<QueueEntry>(d, 'items')),
    [status],
  );
  return (
    <>
      <PageHead title="Queue">
        <label htmlFor="queue-status" className="inline-label">
          Show
        </label>
        <select id="queue-status" value={status} onChange={(e) => setStatus(e.target.value)}>
          <option value="open">Open and claimed</option>
          <option value="closed">Decided</option>
          <option value="all">All</option>
        </select>
        <button type="button" className="button button-ghost button-small" onClick={queue.reload}>
          Refresh
        </button>
      </PageHead>
      {queue.loading && !queue.data ? <Loading /> : null}
      <ErrorText>{queue.error}</ErrorText>
      {queue.data?.length === 0 ? <p className="empty">The queue is empty.</p> : null}
      {queue.data?.length ? (
        <div className="table-wrap">
          <table className="table">
            <caption className="sr-only">Queue items, oldest first</caption>
            <thead>
              <tr>
                <th scope="col">Member</th>
                <th scope="col">Why</th>
                <th scope="col">Source</th>
                <th scope="col">Status</th>
                <th scope="col">Since</th>
              </tr>
            </thead>
            <tbody>
              {queue.data.map((item) => (
                <tr key={item.id}>
                  <td>
                    <a href={href(`/moderation/items/${item.id}`)}>
                      {item.member.name}
                      <span className="sr-only">: {REASON_LABEL[item.reason] ?? item.reason}</span>
                    </a>
                  </td>
                  <td>{REASON_LABEL[item.reason] ?? item.reason}</td>
                  <td>
                    <Badge tone={item.source === 'report' ? 'warn' : 'info'}>
                      {item.source === 'report' ? 'Report' : 'Automatic'}
                    </Badge>
                  </td>
                  <td>
                    {item.status === 'closed'
                      ? `Decided: ${item.decision ?? ''}`
                      : item.status === 'claimed'
                        ? `Claimed${item.claimedBy ? ` by ${item.claimedBy}` : ''}`
                        : 'Open'}
                  </td>
                  <td>{formatDateTime(item.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
