import type { WsEvent } from './types';

export type SocketStatus = 'idle' | 'connecting' | 'open' | 'closed';

type Listener = (event: WsEvent) => void;

/**
 * One WebSocket per signed-in tab. On every (re)connect it asks the server to replay what was
 * missed with `{"type":"resume","after":{threadId: lastSeq}}`, so nothing is lost while away.
 */
class Realtime {
  private socket: WebSocket | null = null;
  private wanted = false;
  private retry = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly listeners = new Set<Listener>();
  private readonly statusListeners = new Set<(status: SocketStatus) => void>();
  private readonly seqs = new Map<string, number>();
  status: SocketStatus = 'idle';

  start(): void {
    this.wanted = true;
    if (!this.socket) this.open();
  }

  stop(): void {
    this.wanted = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const socket = this.socket;
    this.socket = null;
    socket?.close(1000, 'signed out');
    this.seqs.clear();
    this.setStatus('idle');
  }

  /** Reconnect now (the browser says the network is back). */
  nudge(): void {
    if (!this.wanted || this.status === 'open' || this.status === 'connecting') return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.open();
  }

  /** Remembers the highest sequence number seen in a thread, for resuming. */
  noteSeq(threadId: string, seq: number): void {
    if (seq > (this.seqs.get(threadId) ?? 0)) this.seqs.set(threadId, seq);
  }

  lastSeq(threadId: string): number {
    return this.seqs.get(threadId) ?? 0;
  }

  /** Ask for a replay of one thread now (e.g. it was just opened). */
  resume(threadIds?: string[]): void {
    const after: Record<string, number> = {};
    for (const [id, seq] of this.seqs) if (!threadIds || threadIds.includes(id)) after[id] = seq;
    this.send({ type: 'resume', after });
  }

  send(payload: unknown): boolean {
    if (this.socket?.readyState !== WebSocket.OPEN) return false;
    this.socket.send(JSON.stringify(payload));
    return true;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  onStatus(listener: (status: SocketStatus) => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  private setStatus(status: SocketStatus): void {
    if (this.status === status) return;
    this.status = status;
    for (const listener of this.statusListeners) listener(status);
  }

  private open(): void {
    const url = new URL('/v1/ws', window.location.href);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    this.setStatus('connecting');
    let socket: WebSocket;
    try {
      socket = new WebSocket(url);
    } catch {
      this.scheduleReconnect();
      return;
    }
    this.socket = socket;
    socket.addEventListener('open', () => {
      if (this.socket !== socket) return;
      this.retry = 0;
      this.setStatus('open');
      this.resume();
    });
    socket.addEventListener('message', (event) => {
      if (this.socket !== socket || typeof event.data !== 'string') return;
      let data: WsEvent;
      try {
        data = JSON.parse(event.data) as WsEvent;
      } catch {
        return;
      }
      if ((data.type === 'message' || data.type === 'message_updated') && data.message) {
        this.noteSeq(data.message.threadId, data.message.seq);
      }
      for (const listener of this.listeners) listener(data);
    });
    socket.addEventListener('close', () => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.setStatus('closed');
      this.scheduleReconnect();
    });
    // 'error' is always followed by 'close'; nothing to do here.
    socket.addEventListener('error', () => undefined);
  }

  private scheduleReconnect(): void {
    if (!this.wanted) return;
    const delay = Math.min(10_000, 500 * 2 ** this.retry) + Math.random() * 250;
    this.retry += 1;
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.wanted && !this.socket) this.open();
    }, delay);
  }
}

export const realtime = new Realtime();
