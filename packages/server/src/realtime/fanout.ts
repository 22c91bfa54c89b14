import { randomUUID } from 'node:crypto';
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
  /** Delivers to this process's connections at once, and passes the event to the others. */
  publish(memberIds: readonly string[], event: LiveEvent): Promise<void>;
  /** Several deliveries at once: one message between processes. */
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

/**
 * Fan-out between server processes through one listening PostgreSQL connection. Each process
 * delivers its own publications to its own connections straight away, and skips them when they
 * come back from PostgreSQL: a send is not kept waiting for a round trip to the database, nor
 * does the process parse its own events again.
 */
export async function createPostgresFanout(url: string): Promise<Fanout> {
  const local = new LocalConnections();
  const origin = randomUUID();
  const listener = new pg.Client({ connectionString: url });
  const notifier = new pg.Pool({ connectionString: url, max: 2 });
  // A connection the server drops must not take the process down; the pool reconnects.
  listener.on('error', (error) => console.error('live fan-out listener:', error.message));
  notifier.on('error', (error) => console.error('live fan-out:', error.message));
  await listener.connect();
  listener.on('notification', (notification) => {
    if (notification.channel !== CHANNEL || notification.payload === undefined) return;
    const notified = JSON.parse(notification.payload) as Notified;
    if (notified.origin === origin) return;
    for (const { memberIds, event } of notified.deliveries) local.deliver(memberIds, event);
  });
  await listener.query(`listen ${CHANNEL}`);

  // Deliveries published in one turn of the event loop go out as one NOTIFY (or as few as their
  // size allows): each NOTIFY is a transaction with a commit to flush, which under load cost
  // more database time than storing the message itself. One batch at a time keeps deliveries
  // in order; what is published meanwhile waits for the next batch, so batches grow with load.
  // A failed NOTIFY costs other processes' members their live copy, not the sender their send:
  // their clients catch up when they resume.
  let pending: Delivery[] = [];
  let next: Promise<void> | undefined;
  let previous: Promise<void> = Promise.resolve();

  function publishAll(deliveries: readonly Delivery[]): Promise<void> {
    for (const { memberIds, event } of deliveries) local.deliver(memberIds, event);
    pending.push(...deliveries);
    if (!next) {
      next = previous.then(() => new Promise<void>((resolve) => setImmediate(resolve))).then(flush);
      previous = next.catch((error: Error) => console.error('live fan-out:', error.message));
    }
    return Promise.resolve();
  }

  async function flush(): Promise<void> {
    const batch = pending;
    pending = [];
    next = undefined;
    for (const payload of payloadsOf(origin, batch)) {
      // Prepared once per connection: this runs for every batch.
      await notifier.query({
        name: 'ringfence_notify',
        text: 'select pg_notify($1, $2)',
        values: [CHANNEL, payload],
      });
    }
  }

  return {
    publish(memberIds, event) {
      return publishAll([{ memberIds, event }]);
    },
    publishAll,
    subscribe: (memberId, fn) => local.subscribe(memberId, fn),
    async close() {
      await previous;
      await listener.end();
      await notifier.end();
    },
  };
}

/** What one NOTIFY carries: deliveries, and the process that published them. */
interface Notified {
  origin: string;
  deliveries: Delivery[];
}

/**
 * NOTIFY payloads for `deliveries`, each under MAX_PAYLOAD bytes. A delivery too large to carry
 * tells its members to refetch the thread instead.
 */
function payloadsOf(origin: string, deliveries: readonly Delivery[]): string[] {
  const head = `{"origin":${JSON.stringify(origin)},"deliveries":[`;
  const wrap = (parts: string[]) => `${head}${parts.join(',')}]}`;
  const empty = Buffer.byteLength(head) + 2;
  const payloads: string[] = [];
  let parts: string[] = [];
  let bytes = empty;
  for (const delivery of deliveries) {
    let part = JSON.stringify(delivery);
    if (Buffer.byteLength(part) > MAX_PAYLOAD - empty) {
      part = JSON.stringify({
        memberIds: delivery.memberIds,
        event: {
          type: 'thread_updated',
          threadId:
            typeof delivery.event.threadId === 'string' ? delivery.event.threadId : undefined,
        },
      });
    }
    const size = Buffer.byteLength(part) + 1;
    if (parts.length > 0 && bytes + size > MAX_PAYLOAD) {
      payloads.push(wrap(parts));
      parts = [];
      bytes = empty;
    }
    parts.push(part);
    bytes += size;
  }
  if (parts.length > 0) payloads.push(wrap(parts));
  return payloads;
}
