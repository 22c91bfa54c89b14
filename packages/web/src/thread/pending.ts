import { ApiError, NetworkError, api } from '../api/client';
import { onReconnect } from '../api/connectivity';
import type { ApiDecision, Message } from '../api/types';
import { createStore, readJson, writeJson } from '../ui/store';

/** A message written while offline (or whose send failed on the network), waiting to go. */
export interface PendingMessage {
  idempotencyKey: string;
  threadId: string;
  text: string;
  createdAt: string;
  state: 'queued' | 'sending' | 'refused';
  error?: string;
  decision?: ApiDecision;
}

const KEY = 'rf:pending';
export const pendingStore = createStore<PendingMessage[]>(
  // A reload mid-send: treat it as queued again; the idempotency key makes a repeat harmless.
  readJson<PendingMessage[]>(sessionStorage, KEY, []).map((p) =>
    p.state === 'sending' ? { ...p, state: 'queued' } : p,
  ),
);

const sentListeners = new Set<(message: Message, decision: ApiDecision) => void>();

export function onPendingSent(
  listener: (message: Message, decision: ApiDecision) => void,
): () => void {
  sentListeners.add(listener);
  return () => sentListeners.delete(listener);
}

function save(list: PendingMessage[]): void {
  pendingStore.set(list);
  writeJson(sessionStorage, KEY, list);
}

function patch(key: string, change: Partial<PendingMessage> | null): void {
  const list = pendingStore.get();
  save(
    change === null
      ? list.filter((p) => p.idempotencyKey !== key)
      : list.map((p) => (p.idempotencyKey === key ? { ...p, ...change } : p)),
  );
}

export function newKey(): string {
  return crypto.randomUUID();
}

export interface SendResult {
  message: Message;
  decision: ApiDecision;
}

/** Sends one message; `key` is the client-generated idempotency key. */
export function postMessage(threadId: string, text: string, key: string): Promise<SendResult> {
  return api.post<SendResult>(`/v1/threads/${encodeURIComponent(threadId)}/messages`, {
    text,
    idempotencyKey: key,
  });
}

/** Keeps a message to send once the connection is back. */
export function enqueue(threadId: string, text: string, key: string = newKey()): void {
  save([
    ...pendingStore.get(),
    { idempotencyKey: key, threadId, text, createdAt: new Date().toISOString(), state: 'queued' },
  ]);
}

export function discard(key: string): void {
  patch(key, null);
}

let flushing = false;

/** Sends every queued message once, in order; stops at the first network failure. */
export async function flush(): Promise<void> {
  if (flushing) return;
  flushing = true;
  try {
    for (const item of pendingStore.get()) {
      if (item.state !== 'queued') continue;
      patch(item.idempotencyKey, { state: 'sending' });
      try {
        const result = await postMessage(item.threadId, item.text, item.idempotencyKey);
        patch(item.idempotencyKey, null);
        for (const listener of sentListeners) listener(result.message, result.decision);
      } catch (error) {
        if (error instanceof NetworkError || (error instanceof ApiError && error.status === 401)) {
          // Not refused, just not now: it goes when the connection (or the session) is back.
          patch(item.idempotencyKey, { state: 'queued' });
          break;
        }
        const decision = error instanceof ApiError ? error.decision : undefined;
        patch(item.idempotencyKey, {
          state: 'refused',
          error: error instanceof Error ? error.message : 'Not sent.',
          ...(decision ? { decision } : {}),
        });
      }
    }
  } finally {
    flushing = false;
  }
}

onReconnect(() => void flush());
