import pg from 'pg';

/** A live event for one member's open connections. */
export type LiveEvent = { type: string } & Record<string, unknown>;
export type Listener = (event: LiveEvent) => void;

/**
 * Delivers live events to the members' open WebSocket connections, wherever they are connected.
 * One process delivers locally; several share PostgreSQL's LISTEN/NOTIFY.
 */
/** One event for some members: several make one publication, e.g. each participant's view. */
export interface Delivery {
  memberIds: readonly string[];
  event: LiveEvent;
}

export interface Fanout {
  publish(memberIds: readonly string[], event: LiveEvent): Promise<void>;
  /** Several deliveries at once: one round trip between processes. */
  publishAll(deliveries: readonly Delivery[]): Promise<void>;
  subscribe(memberId: string, listener: Listener): () => void;
  close(): Promise<void>;
}

/** Connections of this process, by member. */
class LocalConnections {
  private readonly listeners = new Map<string, Set<Listener>>();

  deliver(memberIds: readonly string[], event: LiveEvent): void {
    for (const id of memberIds)
      for (const listener of this.listeners.get(id) ?? []) listener(event);
  }

  subscribe(memberId: string, listener: Listener): () => void {
    const set = this.listeners.get(memberId) ?? new Set<Listener>();
    set.add(listener);
    this.listeners.set(memberId, set);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(memberId);
    };
  }
}

export function createLocalFanout(): Fanout {
  const local = new LocalConnections();
  return {
    publish: (memberIds, event) => Promise.resolve(local.deliver(memberIds, event)),
    publishAll: (deliveries) =>
      Promise.resolve(
        deliveries.forEach(({ memberIds, event }) => local.deliver(memberIds, event)),
      ),
    subscribe: (memberId, listener) => local.subscribe(memberId, listener),
    close: () => Promise.resolve(),
  };
}

const CHANNEL = 'ringfence_live';
/** NOTIFY payloads must stay under 8000 bytes; a larger event tells clients to refetch instead. */
const MAX_PAYLOAD = 7000;

/** Fan-out between server processes through one listening PostgreSQL connection. */
export async function createPostgresFanout(url: string): Promise<Fanout> {
  const local = new LocalConnections();
  const listener = new pg.Client({ connectionString: url });
  const notifier = new pg.Pool({ connectionString: url, max: 2 });
  // A connection the server drops must not take the process down; the pool reconnects.
  listener.on('error', (error) => console.error('live fan-out listener:', error.message));
  notifier.on('error', (error) => console.error('live fan-out:', error.message));
  await listener.connect();
  listener.on('notification', (notification) => {
    if (notification.channel !== CHANNEL || notification.payload === undefined) return;
    const deliveries = JSON.parse(notification.payload) as Delivery[];
    for (const { memberIds, event } of deliveries) local.deliver(memberIds, event);
  });
  await listener.query(`listen ${CHANNEL}`);

  async function publishAll(deliveries: readonly Delivery[]): Promise<void> {
    let payload = JSON.stringify(deliveries);
    if (Buffer.byteLength(payload) > MAX_PAYLOAD) {
      // Too large to carry: tell each member to refetch the thread instead.
      payload = JSON.stringify(
        deliveries.map(({ memberIds, event }) => ({
          memberIds,
          event: {
            type: 'thread_updated',
            threadId: typeof event.threadId === 'string' ? event.threadId : undefined,
          },
        })),
      );
    }
    // Prepared once per connection: this runs for every message.
    await notifier.query({
      name: 'ringfence_notify',
      text: 'select pg_notify($1, $2)',
      values: [CHANNEL, payload],
    });
  }

  return {
    publish(memberIds, event) {
      return publishAll([{ memberIds, event }]);
    },
    publishAll,
    subscribe: (memberId, fn) => local.subscribe(memberId, fn),
    async close() {
      await listener.end();
      await notifier.end();
    },
  };
}
