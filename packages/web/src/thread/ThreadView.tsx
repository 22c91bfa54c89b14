import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Context } from '@ringfence/policy';
import { api, errorText } from '../api/client';
import { onReconnect } from '../api/connectivity';
import type { Alternative, Message, Session, Thread } from '../api/types';
import { realtime } from '../api/ws';
import { AlternativePanel } from '../composer/AlternativePanel';
import { ThreadMeetings } from '../scheduling/BookingCard';
import { SchedulerPanel } from '../scheduling/SchedulerPanel';
import type { Booking } from '../scheduling/types';
import { Composer } from '../composer/Composer';
import { restoreDraft } from '../composer/drafts';
import { Badge, ErrorText, Loading } from '../ui/bits';
import { Modal } from '../ui/Modal';
import { useStore } from '../ui/hooks';
import { href } from '../ui/router';
import { readJson, writeJson } from '../ui/store';
import { ContractActions } from './ContractActions';
import { MessageItem, senderName } from './MessageItem';
import { ReportDialog } from './ReportDialog';
import { RuleNotice } from './RuleNotice';
import { discard, onPendingSent, pendingStore } from './pending';

function merge(list: Message[], incoming: Message[]): Message[] {
  const byId = new Map(list.map((m) => [m.id, m]));
  for (const m of incoming) byId.set(m.id, m);
  return [...byId.values()].sort((a, b) => a.seq - b.seq);
}

const REPORTED_KEY = 'rf:reported';

const CONTRACT_LABEL: Record<string, string> = {
  none: 'Before contract',
  offered: 'Offer pending',
  active: 'Contract active',
  paused: 'Contract paused',
  ended: 'Contract ended',
};

export function ThreadView({
  threadId,
  session,
  narrow,
  openCall = false,
}: {
  threadId: string;
  session: Session;
  narrow: boolean;
  /** Opened from a meeting's "join call" link. */
  openCall?: boolean;
}) {
  const me = session.member.id;
  const [thread, setThread] = useState<Thread | null>(null);
  const [messages, setMessages] = useState<Message[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [typingUntil, setTypingUntil] = useState(0);
  const [otherRead, setOtherRead] = useState(0);
  const [reporting, setReporting] = useState<Message | null>(null);
  const [reported, setReported] = useState<string[]>(() =>
    readJson<string[]>(sessionStorage, REPORTED_KEY, []),
  );
  const [alternative, setAlternative] = useState<Exclude<Alternative, 'appeal'> | 'menu' | null>(
    openCall ? 'platform_call' : null,
  );
  const [moving, setMoving] = useState<Booking | null>(null);
  const [meetingsTick, setMeetingsTick] = useState(0);
  // A meeting's "Join call" link opens the call in an already open thread too.
  useEffect(() => {
    if (openCall) setAlternative('platform_call');
  }, [openCall]);
  const pending = useStore(pendingStore).filter((p) => p.threadId === threadId);
  const listRef = useRef<HTMLOListElement>(null);
  const stick = useRef(true);
  const postedRead = useRef(0);

  const load = useCallback(async () => {
    try {
      const data = await api.get<{ thread: Thread; messages: Message[] }>(
        `/v1/threads/${encodeURIComponent(threadId)}`,
      );
      setThread(data.thread);
      setMessages((old) => merge(old, data.messages));
      setError(null);
      const top = data.messages.reduce((max, m) => Math.max(max, m.seq), data.thread.lastSeq ?? 0);
      realtime.noteSeq(threadId, top);
    } catch (err) {
      setError(errorText(err));
    }
  }, [threadId]);

  useEffect(() => {
    setThread(null);
    setMessages([]);
    setOtherRead(0);
    postedRead.current = 0;
    stick.current = true;
    void load();
  }, [load]);

  // Live: messages, edits, typing and read receipts for this thread.
  useEffect(() => {
    const off = realtime.subscribe((event) => {
      if (event.type === 'message' || event.type === 'message_updated') {
        if (event.message.threadId !== threadId) return;
        setMessages((old) => merge(old, [event.message]));
        if (event.message.senderId !== me) setTypingUntil(0);
      } else if (event.type === 'thread_updated' && event.threadId === threadId) {
        void load();
      } else if (event.type === 'typing' && event.threadId === threadId && event.memberId !== me) {
        setTypingUntil(Date.now() + 4000);
      } else if (event.type === 'read' && event.threadId === threadId && event.memberId !== me) {
        setOtherRead((seq) => Math.max(seq, event.seq));
      }
    });
    const offSent = onPendingSent((message) => {
      if (message.threadId === threadId) setMessages((old) => merge(old, [message]));
    });
    // Back online: catch up with anything the socket replay might have missed.
    const offReconnect = onReconnect(() => {
      const after = realtime.lastSeq(threadId);
      api
        .get<{ messages: Message[] } | Message[]>(
          `/v1/threads/${encodeURIComponent(threadId)}/messages?after=${after}`,
        )
        .then(
          (data) => {
            const list = Array.isArray(data) ? data : data.messages;
            if (list?.length) setMessages((old) => merge(old, list));
          },
          () => undefined,
        );
    });
    return () => {
      off();
      offSent();
      offReconnect();
    };
  }, [threadId, me, load]);

  // The typing indicator fades on its own.
  useEffect(() => {
    if (typingUntil <= Date.now()) return;
    const timer = setTimeout(() => setTypingUntil(0), typingUntil - Date.now());
    return () => clearTimeout(timer);
  }, [typingUntil]);

  // Read receipt for what is on screen.
  const lastSeq = messages.length ? messages[messages.length - 1]!.seq : 0;
  useEffect(() => {
    if (!thread || lastSeq <= postedRead.current || document.visibilityState !== 'visible') return;
    postedRead.current = lastSeq;
    api.post(`/v1/threads/${encodeURIComponent(threadId)}/read`, { seq: lastSeq }).catch(() => {
      postedRead.current = 0;
    });
  }, [lastSeq, thread, threadId]);

  // Keep the newest message in view unless the member scrolled up to read.
  useEffect(() => {
    const list = listRef.current;
    if (list && stick.current) list.scrollTop = list.scrollHeight;
  }, [messages.length, pending.length, typingUntil]);

  const context = useMemo<Context>(
    () => ({
      surface: 'message',
      contract: thread?.contractState ?? 'none',
      plan: thread?.organisation.plan ?? 'basic',
    }),
    [thread?.contractState, thread?.organisation.plan],
  );
  // Meeting events (booked, moved, cancelled) refresh the meeting cards.
  const meetingEvents = useMemo(
    () => messages.filter((m) => m.kind === 'event' && m.event?.startsWith('booking_')).length,
    [messages],
  );
  const earlier = useMemo(
    () =>
      messages
        .filter((m) => m.kind === 'text' && m.senderId === me && !m.deletedAt)
        .slice(-4)
        .map((m) => m.text),
    [messages, me],
  );

  if (error && !thread) {
    return (
      <section className="thread" aria-label="Conversation">
        {narrow ? (
          <a className="back-link" href={href('/inbox')}>
            ← Inbox
          </a>
        ) : null}
        <ErrorText>{error}</ErrorText>
      </section>
    );
  }
  if (!thread) {
    return (
      <section className="thread" aria-label="Conversation">
        <Loading label="Opening the conversation…" />
      </section>
    );
  }
  const counterpart = thread.client.id === me ? thread.freelancer : thread.client;
  const contractKey = thread.contract?.state ?? thread.contractState;
  const typing = typingUntil > Date.now();
  const myLastSeq = [...messages].reverse().find((m) => m.senderId === me)?.seq ?? 0;

  return (
    <section className="thread" aria-labelledby="thread-title">
      <header className="thread-head">
        {narrow ? (
          <a className="back-link" href={href('/inbox')} aria-label="Back to inbox">
            ←
          </a>
        ) : null}
        <div className="thread-title-block">
          <h1 id="thread-title" className="thread-title" tabIndex={-1}>
            {counterpart.name}
          </h1>
          <p className="thread-sub">
            <span>{thread.job.title}</span>
            <span aria-hidden="true"> · </span>
            <span>{thread.organisation.name}</span>
            {thread.organisation.plan !== 'basic' ? (
              <Badge tone="info">{thread.organisation.plan}</Badge>
            ) : null}
            <Badge
              tone={contractKey === 'active' ? 'ok' : contractKey === 'none' ? 'neutral' : 'info'}
            >
              {CONTRACT_LABEL[contractKey] ?? contractKey}
            </Badge>
          </p>
        </div>
        <div className="thread-actions">
          <div className="thread-tools">
            <button
              type="button"
              className="button button-ghost button-small"
              onClick={() => setAlternative('platform_call')}
            >
              Call
            </button>
            <button
              type="button"
              className="button button-ghost button-small"
              onClick={() => setAlternative('scheduler')}
            >
              Schedule
            </button>
          </div>
          <ContractActions thread={thread} me={me} onChanged={() => void load()} />
        </div>
      </header>
      <RuleNotice thread={thread} onAlternatives={() => setAlternative('menu')} />
      <ThreadMeetings
        thread={thread}
        me={me}
        refreshKey={`${meetingEvents}:${meetingsTick}`}
        onReschedule={setMoving}
        onChanged={() => setMeetingsTick((t) => t + 1)}
      />
      <ol
        className="message-list"
        ref={listRef}
        aria-label={`Messages with ${counterpart.name}`}
        aria-live="polite"
        aria-relevant="additions"
        tabIndex={0}
        onScroll={(event) => {
          const el = event.currentTarget;
          stick.current = el.scrollHeight - el.scrollTop - el.clientHeight < 80;
        }}
      >
        {messages.length === 0 && pending.length === 0 ? (
          <li className="empty">
            No messages yet. Say hello — and keep it here until the contract starts.
          </li>
        ) : null}
        {messages
          .filter((m) => !m.held || m.senderId === me)
          .map((m) => (
            <MessageItem
              key={m.id}
              message={m}
              thread={thread}
              me={me}
              reported={reported.includes(m.id)}
              seen={m.seq === myLastSeq && otherRead >= m.seq}
              onReport={setReporting}
              onSchedule={() => setAlternative('scheduler')}
            />
          ))}
        {pending.map((p) => (
          <li key={p.idempotencyKey} className="message mine pending">
            <article className="bubble" aria-label="Your unsent message">
              <p className="message-text">{p.text}</p>
              {p.state === 'refused' ? (
                <p className="message-note note-refused" role="alert">
                  Not sent: {p.error}{' '}
                  <button
                    type="button"
                    className="link-button small"
                    onClick={() => {
                      discard(p.idempotencyKey);
                      restoreDraft(threadId, p.text);
                    }}
                  >
                    Edit and resend
                  </button>
                </p>
              ) : (
                <p className="message-note note-queued">
                  {p.state === 'sending'
                    ? 'Sending…'
                    : 'Waiting for the connection — it will be sent once you are back.'}
                </p>
              )}
            </article>
            <div className="message-actions">
              <button
                type="button"
                className="link-button small"
                onClick={() => discard(p.idempotencyKey)}
                aria-label="Discard this unsent message"
              >
                Discard
              </button>
            </div>
          </li>
        ))}
      </ol>
      <p className="typing" aria-live="polite">
        {typing ? `${counterpart.name} is typing…` : ''}
      </p>
      <Composer
        threadId={threadId}
        context={context}
        earlier={earlier}
        country={session.member.country}
        counterpart={counterpart.name}
        onSent={(message) => {
          stick.current = true;
          setMessages((old) => merge(old, [message]));
        }}
        onAlternative={(alt) => {
          if (alt !== 'appeal') setAlternative(alt);
        }}
      />
      {reporting ? (
        <ReportDialog
          message={reporting}
          senderName={senderName(thread, reporting.senderId)}
          onClose={() => setReporting(null)}
          onReported={() => {
            const next = [...reported, reporting.id];
            setReported(next);
            writeJson(sessionStorage, REPORTED_KEY, next);
          }}
        />
      ) : null}
      {moving ? (
        <SchedulerPanel
          thread={thread}
          me={me}
          reschedule={moving}
          onClose={() => setMoving(null)}
          onChanged={() => setMeetingsTick((t) => t + 1)}
        />
      ) : alternative === 'menu' ? (
        <AlternativesMenu onPick={setAlternative} onClose={() => setAlternative(null)} />
      ) : alternative === 'scheduler' ? (
        <SchedulerPanel
          thread={thread}
          me={me}
          onClose={() => setAlternative(null)}
          onChanged={() => setMeetingsTick((t) => t + 1)}
        />
      ) : alternative ? (
        <AlternativePanel
          alternative={alternative}
          counterpart={counterpart.name}
          canOffer={
            thread.client.id === me && (!thread.contract || thread.contract.state === 'ended')
          }
          onOffer={() => {
            api.post(`/v1/threads/${thread.id}/contract`).then(
              () => void load(),
              (err: unknown) => setError(errorText(err)),
            );
          }}
          onClose={() => setAlternative(null)}
        />
      ) : null}
    </section>
  );
}

function AlternativesMenu({
  onPick,
  onClose,
}: {
  onPick: (alternative: Exclude<Alternative, 'appeal'>) => void;
  onClose: () => void;
}) {
  const items: Array<[Exclude<Alternative, 'appeal'>, string, string]> = [
    [
      'platform_call',
      'Call in this thread',
      'Voice and video with screen sharing, in the browser.',
    ],
    ['scheduler', 'Book a time here', 'Pick an interview time without a booking link.'],
    [
      'file_upload',
      'Share files',
      'Upload, or use a file-sharing link that needs no contact details.',
    ],
    [
      'platform_payment',
      'Agree terms in an offer',
      'Payments through the platform protect both sides.',
    ],
  ];
  return (
    <Modal title="What you can use here" onClose={onClose}>
      <ul className="alt-menu">
        {items.map(([key, title, text]) => (
          <li key={key}>
            <button type="button" className="alt-menu-item" onClick={() => onPick(key)}>
              <strong>{title}</strong>
              <span>{text}</span>
            </button>
          </li>
        ))}
      </ul>
    </Modal>
  );
}
