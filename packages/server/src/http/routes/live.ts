import type { FastifyInstance } from 'fastify';
import type { WebSocket } from 'ws';
import type { Domain } from '../../domain/context.js';
import { ServiceError } from '../../domain/errors.js';
import { messagesAfter, sendMessage, typing } from '../../domain/threads.js';
import { requireMember } from '../session.js';

/** Events a socket may have waiting before new ones are refused. */
const MAX_PENDING = 64;

type ClientEvent =
  | { type: 'resume'; after: Record<string, number> }
  | { type: 'send'; threadId: string; text: string; idempotencyKey: string }
  | { type: 'typing'; threadId: string };

/**
 * One WebSocket per signed-in member, carrying events of every thread they take part in.
 * Sends over the socket are acknowledged only after the message is committed.
 */
export async function liveRoutes(app: FastifyInstance, options: { domain: Domain }): Promise<void> {
  const { domain } = options;
  app.get(
    '/v1/ws',
    {
      websocket: true,
      schema: { summary: 'Live events (WebSocket)', tags: ['threads'], hide: false },
      preValidation: async (request) => {
        // Cookies ride along on cross-site WebSocket handshakes; only our own pages may open one.
        const origin = request.headers.origin;
        if (origin !== undefined && new URL(origin).host !== request.headers.host) {
          throw new ServiceError(
            403,
            'csrf',
            'WebSocket connections are accepted from this site only.',
          );
        }
        await requireMember(domain, request);
      },
    },
    (socket: WebSocket, request) => {
      const memberId = request.member!.id;
      const send = (event: unknown) => {
        if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(event));
      };
      const unsubscribe = domain.fanout.subscribe(memberId, send);
      socket.on('close', unsubscribe);
      // Events of one thread run one at a time, in the order they came: a member's sends keep
      // their order in each thread, while their other threads go on meanwhile. A socket's flood
      // waits here, up to MAX_PENDING events, instead of crowding everyone's database connections.
      let pending = 0;
      const lanes = new Map<string, Promise<void>>();
      const inThreadOrder = (threadId: string, work: () => Promise<void>) => {
        pending += 1;
        const done = (lanes.get(threadId) ?? Promise.resolve())
          .then(work)
          .catch((error: unknown) => request.log.error({ err: error }, 'live event failed'))
          .finally(() => {
            pending -= 1;
            if (lanes.get(threadId) === done) lanes.delete(threadId);
          });
        lanes.set(threadId, done);
      };
      socket.on('message', (raw) => {
        if (pending >= MAX_PENDING) {
          send({
            type: 'rejected',
            idempotencyKey: keyOf(raw.toString()),
            error: 'Too many events at once; slow down and send it again.',
            code: 'rate_limited',
          });
          return;
        }
        handle(raw.toString());
      });

      function handle(raw: string): void {
        const event = parseEvent(raw);
        if (event === undefined) {
          send({ type: 'error', error: 'events are JSON objects', code: 'invalid' });
          return;
        }
        if (event.type === 'resume') {
          for (const [threadId, after] of Object.entries(event.after ?? {})) {
            inThreadOrder(threadId, async () => {
              try {
                const missed = await messagesAfter(domain, memberId, threadId, Number(after) || 0);
                for (const message of missed) send({ type: 'message', threadId, message });
              } catch (error) {
                send(rejection(error, { threadId }));
              }
            });
          }
        } else if (event.type === 'send') {
          inThreadOrder(String(event.threadId), async () => {
            try {
              const result = await sendMessage(domain, memberId, event.threadId, event);
              send({ type: 'ack', idempotencyKey: event.idempotencyKey, ...result });
            } catch (error) {
              send(rejection(error, { idempotencyKey: event.idempotencyKey }));
            }
          });
        } else if (event.type === 'typing') {
          inThreadOrder(String(event.threadId), () =>
            typing(domain, memberId, event.threadId).catch(() => undefined),
          );
        } else {
          send({ type: 'error', error: 'unknown event type', code: 'invalid' });
        }
      }
    },
  );
}

function rejection(error: unknown, fields: Record<string, unknown>) {
  if (error instanceof ServiceError) {
    return {
      type: 'rejected',
      ...fields,
      error: error.message,
      code: error.code,
      ...error.details,
    };
  }
  throw error;
}

function parseEvent(raw: string): ClientEvent | undefined {
  try {
    const event: unknown = JSON.parse(raw);
    return typeof event === 'object' && event !== null ? (event as ClientEvent) : undefined;
  } catch {
    return undefined;
  }
}

/** The idempotency key of a refused frame, so the client knows which send to retry. */
function keyOf(raw: string): unknown {
  try {
    return (JSON.parse(raw) as { idempotencyKey?: unknown }).idempotencyKey ?? null;
  } catch {
    return null;
  }
}
