import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Context } from '@ringfence/policy';
import { ApiError, NetworkError, errorText } from '../api/client';
import { offlineStore } from '../api/connectivity';
import type { Alternative, ApiDecision, Message } from '../api/types';
import { realtime } from '../api/ws';
import { enqueue, newKey, postMessage } from '../thread/pending';
import { useDebounced, useStore } from '../ui/hooks';
import { formatDateTime } from '../ui/labels';
import { Findings } from './Findings';
import { getDraft, onDraftRestored, saveDraft } from './drafts';
import { usePrecheck } from './precheck';

interface Notice {
  tone: 'nudge' | 'mask' | 'review' | 'queued';
  text: string;
  decision?: ApiDecision;
  sent?: string;
}

/**
 * The message box. As the member types, the same detect + policy code the server runs checks
 * the text (debounced) and marks what would be stopped; Enter sends, Shift+Enter adds a line.
 */
export function Composer({
  threadId,
  context,
  earlier,
  country,
  counterpart,
  onSent,
  onAlternative,
}: {
  threadId: string;
  context: Context;
  earlier: readonly string[];
  country: string | null;
  counterpart: string;
  onSent: (message: Message) => void;
  onAlternative: (alternative: Alternative) => void;
}) {
  const [text, setText] = useState(() => getDraft(threadId));
  const [sending, setSending] = useState(false);
  const [blocked, setBlocked] = useState<{ text: string; decision: ApiDecision } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const offline = useStore(offlineStore);
  const lastTyping = useRef(0);
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const findingsId = useId();
  const hintId = useId();

  useEffect(() => {
    setText(getDraft(threadId));
    setBlocked(null);
    setError(null);
    setNotice(null);
  }, [threadId]);

  useEffect(
    () =>
      onDraftRestored((key, restored) => {
        if (key === threadId) {
          setText(restored);
          inputRef.current?.focus();
        }
      }),
    [threadId],
  );

  const checked = useDebounced(text, 250);
  const local = usePrecheck({ text: checked, context, earlier, country });

  function change(value: string): void {
    setText(value);
    saveDraft(threadId, value);
    if (notice) setNotice(null);
    setError(null);
    const now = Date.now();
    if (value && now - lastTyping.current > 3000) {
      lastTyping.current = now;
      realtime.send({ type: 'typing', threadId });
    }
  }

  async function send(): Promise<void> {
    const body = text;
    if (!body.trim() || sending) return;
    const key = newKey();
    setError(null);
    setNotice(null);
    if (!navigator.onLine) {
      enqueue(threadId, body, key);
      change('');
      setNotice({
        tone: 'queued',
        text: 'You are offline: the message will be sent once you are back.',
      });
      return;
    }
    setSending(true);
    try {
      const { message, decision } = await postMessage(threadId, body, key);
      setText('');
      saveDraft(threadId, '');
      setBlocked(null);
      onSent(message);
      if (decision.action === 'nudge') {
        setNotice({
          tone: 'nudge',
          text: 'Sent. A reminder: until a contract starts, keep contact details and other apps out of the conversation — calls and scheduling work right here.',
          decision,
          sent: body,
        });
      } else if (decision.action === 'mask') {
        setNotice({
          tone: 'mask',
          text: 'Sent, with the contact details hidden from the other side until a contract starts.',
          decision,
          sent: body,
        });
      } else if (decision.action === 'review') {
        setNotice({
          tone: 'review',
          text: 'Held for a moderator: only you can see it until it is reviewed.',
          decision,
          sent: body,
        });
      }
    } catch (err) {
      if (err instanceof NetworkError) {
        enqueue(threadId, body, key);
        setText('');
        saveDraft(threadId, '');
        setNotice({
          tone: 'queued',
          text: 'The connection dropped: the message is queued and will be sent once you are back.',
        });
      } else if (err instanceof ApiError && err.code === 'blocked' && err.decision) {
        setBlocked({ text: body, decision: err.decision });
      } else if (err instanceof ApiError && err.code === 'restricted') {
        setError(err.until ? `${err.message} Until ${formatDateTime(err.until)}.` : err.message);
      } else {
        setError(errorText(err));
      }
    } finally {
      setSending(false);
      inputRef.current?.focus();
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>): void {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void send();
    }
  }

  const showBlocked = blocked && blocked.text === text;
  // While the member types, the last check stays on screen until the next one lands (no flicker).
  const showLocal =
    !showBlocked &&
    text.trim() !== '' &&
    local !== null &&
    local.findings.some((f) => f.action !== 'allow');

  return (
    <div className="composer">
      {notice ? (
        <div className={`composer-notice notice-${notice.tone}`} role="status">
          <p>{notice.text}</p>
          <button type="button" className="link-button small" onClick={() => setNotice(null)}>
            Dismiss
          </button>
        </div>
      ) : null}
      {showBlocked ? (
        <Findings
          id={findingsId}
          text={blocked.text}
          decision={blocked.decision}
          mode="blocked"
          onAlternative={onAlternative}
        />
      ) : null}
      {showLocal ? (
        <Findings
          id={findingsId}
          text={checked}
          decision={local!}
          mode="preview"
          onAlternative={onAlternative}
        />
      ) : null}
      {error ? (
        <p className="error-text" role="alert">
          {error}
        </p>
      ) : null}
      <form
        className="composer-row"
        onSubmit={(event) => {
          event.preventDefault();
          void send();
        }}
      >
        <label htmlFor={`composer-${threadId}`} className="sr-only">
          Message to {counterpart}
        </label>
        <textarea
          id={`composer-${threadId}`}
          ref={inputRef}
          className="composer-input"
          value={text}
          rows={Math.min(6, Math.max(1, text.split('\n').length))}
          placeholder={`Write to ${counterpart}…`}
          onChange={(event) => change(event.target.value)}
          onKeyDown={onKeyDown}
          readOnly={sending}
          aria-describedby={`${hintId}${showBlocked || showLocal ? ` ${findingsId}` : ''}`}
          aria-invalid={showBlocked || (showLocal && local?.action === 'block') ? true : undefined}
        />
        <button type="submit" className="button send-button" disabled={sending || !text.trim()}>
          {sending ? 'Sending…' : offline ? 'Queue' : 'Send'}
        </button>
      </form>
      <p id={hintId} className="composer-hint">
        Enter to send · Shift+Enter for a new line
        {offline ? ' · offline: messages wait and go when you are back' : ''}
      </p>
    </div>
  );
}
