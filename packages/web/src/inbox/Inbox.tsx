import { useEffect, useRef, useState } from 'react';
import { api, listOf } from '../api/client';
import { onReconnect } from '../api/connectivity';
import type { InboxEntry, Session } from '../api/types';
import { realtime } from '../api/ws';
import { Avatar, ErrorText, Loading } from '../ui/bits';
import { useDebounced, useLoad } from '../ui/hooks';
import { formatDateTime, formatTime } from '../ui/labels';
import { href } from '../ui/router';
import { hasMarkers } from '../thread/MaskedText';

const STATE_LABEL: Record<string, string> = {
  none: 'Before contract',
  active: 'Contract active',
  ended: 'Contract ended',
};

/** One inbox across every organisation the member works from, newest first. */
export function Inbox({ session, selectedId }: { session: Session; selectedId: string | null }) {
  const [query, setQuery] = useState('');
  const [org, setOrg] = useState<string>('all');
  const q = useDebounced(query.trim(), 250);
  const inbox = useLoad(
    () =>
      api
        .get<unknown>(`/v1/inbox${q ? `?q=${encodeURIComponent(q)}` : ''}`)
        .then((data) => listOf<InboxEntry>(data, 'threads', 'entries', 'inbox')),
    [q],
  );
  const reloadTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const { reload } = inbox;

  // Live: any message or thread change refreshes the list (debounced).
  useEffect(() => {
    const schedule = (): void => {
      if (reloadTimer.current) clearTimeout(reloadTimer.current);
      reloadTimer.current = setTimeout(reload, 300);
    };
    const off = realtime.subscribe((event) => {
      if (event.type === 'message' || event.type === 'thread_updated' || event.type === 'read') {
        schedule();
      }
    });
    const offReconnect = onReconnect(schedule);
    return () => {
      off();
      offReconnect();
      if (reloadTimer.current) clearTimeout(reloadTimer.current);
    };
  }, [reload]);

  // The selected thread is being read: its unread count refreshes after the receipt.
  useEffect(() => {
    if (selectedId) {
      const timer = setTimeout(reload, 800);
      return () => clearTimeout(timer);
    }
  }, [selectedId, reload]);

  // What the list has shown is what a reconnect resumes from.
  useEffect(() => {
    for (const e of inbox.data ?? []) realtime.noteSeq(e.id, e.lastSeq ?? 0);
  }, [inbox.data]);

  const entries = (inbox.data ?? []).filter((e) => org === 'all' || e.organisation.id === org);
  const unreadTotal = (inbox.data ?? []).reduce((n, e) => n + (e.unread || 0), 0);
  const multiOrg = session.organisations.length > 1;

  return (
    <section className="inbox" aria-labelledby="inbox-title">
      <div className="inbox-head">
        <h1 id="inbox-title" className="pane-title" tabIndex={-1}>
          Inbox
          {unreadTotal ? (
            <span className="count" aria-label={`${unreadTotal} unread`}>
              {unreadTotal}
            </span>
          ) : null}
        </h1>
        <div className="search">
          <label htmlFor="inbox-search" className="sr-only">
            Search conversations by name or job
          </label>
          <input
            id="inbox-search"
            type="search"
            placeholder="Search by name or job"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
        {multiOrg ? (
          <div className="org-filter" role="group" aria-label="Show conversations of">
            <button
              type="button"
              className={`pill ${org === 'all' ? 'pill-on' : ''}`}
              aria-pressed={org === 'all'}
              onClick={() => setOrg('all')}
            >
              All
            </button>
            {session.organisations.map((o) => (
              <button
                key={o.id}
                type="button"
                className={`pill ${org === o.id ? 'pill-on' : ''}`}
                aria-pressed={org === o.id}
                onClick={() => setOrg(o.id)}
              >
                {o.name}
              </button>
            ))}
          </div>
        ) : null}
      </div>
      {inbox.loading && !inbox.data ? <Loading label="Loading conversations…" /> : null}
      <ErrorText>{inbox.error && !inbox.data ? inbox.error : null}</ErrorText>
      {inbox.data && entries.length === 0 ? (
        <p className="empty">
          {q
            ? `No conversations match “${q}”.`
            : 'No conversations yet. Proposals and invites start one.'}
        </p>
      ) : null}
      <ul className="inbox-list" aria-label="Conversations">
        {entries.map((entry) => {
          const mine =
            entry.lastMessage?.kind !== 'event' &&
            entry.lastMessage?.senderId === session.member.id;
          const preview = entry.lastMessage
            ? hasMarkers(entry.lastMessage.text)
              ? entry.lastMessage.text.replace(/\[(\w+) hidden\]/g, '•••')
              : entry.lastMessage.kind === 'event'
                ? readableInstants(entry.lastMessage.text)
                : entry.lastMessage.text
            : 'No messages yet';
          return (
            <li key={entry.id}>
              <a
                className={`inbox-item ${entry.id === selectedId ? 'selected' : ''} ${entry.unread ? 'unread' : ''}`}
                href={href(`/t/${entry.id}`)}
                aria-current={entry.id === selectedId ? 'page' : undefined}
              >
                <Avatar name={entry.counterpart.name} size={40} />
                <span className="inbox-body">
                  <span className="inbox-line">
                    <span className="inbox-name">{entry.counterpart.name}</span>
                    <span className="inbox-time">{formatTime(entry.lastMessage?.at)}</span>
                  </span>
                  <span className="inbox-job">{entry.job.title}</span>
                  <span className="inbox-line">
                    <span className="inbox-preview">
                      {mine ? 'You: ' : ''}
                      {preview}
                    </span>
                    {entry.unread ? (
                      <span className="count" aria-label={`${entry.unread} unread`}>
                        {entry.unread}
                      </span>
                    ) : null}
                  </span>
                  <span className="inbox-tags">
                    {multiOrg ? <span className="tag">{entry.organisation.name}</span> : null}
                    <span className={`tag tag-${entry.contractState}`}>
                      {STATE_LABEL[entry.contractState] ?? entry.contractState}
                    </span>
                  </span>
                </span>
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Meeting events name their time as a UTC instant: show it in the reader's own time. */
function readableInstants(text: string): string {
  return text.replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z/g, (iso) =>
    formatDateTime(iso),
  );
}
