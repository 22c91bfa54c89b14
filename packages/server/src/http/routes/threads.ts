import type { FastifyInstance } from 'fastify';
import type { Domain } from '../../domain/context.js';
import { moveContract, offerContract } from '../../domain/contracts.js';
import {
  deleteMessage,
  editMessage,
  inbox,
  markRead,
  messagesAfter,
  sendMessage,
  threadDetail,
  typing,
} from '../../domain/threads.js';
import { body, idParams, text } from '../schemas.js';
import { requireMember } from '../session.js';

const tags = ['threads'];
type IdParams = { id: string };

/** Inbox, threads, messages and contracts: the conversation from first proposal to contract. */
export async function threadRoutes(
  app: FastifyInstance,
  options: { domain: Domain },
): Promise<void> {
  const { domain } = options;

  app.get(
    '/v1/inbox',
    {
      schema: {
        summary: 'Every thread across one’s organisations',
        tags,
        querystring: body({ q: text(200) }),
      },
    },
    async (request) => {
      const member = await requireMember(domain, request);
      return inbox(domain, member.id, (request.query as { q?: string }).q);
    },
  );

  app.get(
    '/v1/threads/:id',
    { schema: { summary: 'A thread and its latest messages', tags, params: idParams } },
    async (request) => {
      const member = await requireMember(domain, request);
      return threadDetail(domain, member.id, (request.params as IdParams).id);
    },
  );

  app.get(
    '/v1/threads/:id/messages',
    {
      schema: {
        summary: 'Messages after a sequence number',
        tags,
        params: idParams,
        querystring: body({ after: { type: 'string', pattern: '^[0-9]{1,9}$' } }),
      },
    },
    async (request) => {
      const member = await requireMember(domain, request);
      const after = Number((request.query as { after?: string }).after ?? 0);
      return {
        messages: await messagesAfter(domain, member.id, (request.params as IdParams).id, after),
      };
    },
  );

  app.post(
    '/v1/threads/:id/messages',
    {
      schema: {
        summary: 'Send a message (checked; idempotent by key)',
        tags,
        params: idParams,
        body: body({ text: text(10_000), idempotencyKey: text(200) }, ['text']),
      },
      config: { rateLimit: { max: 120, timeWindow: '1 minute', keyGenerator: memberKey } },
    },
    async (request, reply) => {
      const member = await requireMember(domain, request);
      const result = await sendMessage(
        domain,
        member.id,
        (request.params as IdParams).id,
        request.body as { text: unknown; idempotencyKey?: unknown },
      );
      return reply.code(result.replayed ? 200 : 201).send(result);
    },
  );

  app.patch(
    '/v1/messages/:id',
    {
      schema: {
        summary: 'Edit one’s message (checked)',
        tags,
        params: idParams,
        body: body({ text: text(10_000) }, ['text']),
      },
    },
    async (request) => {
      const member = await requireMember(domain, request);
      return editMessage(
        domain,
        member.id,
        (request.params as IdParams).id,
        request.body as { text: unknown },
      );
    },
  );

  app.delete(
    '/v1/messages/:id',
    { schema: { summary: 'Delete one’s message', tags, params: idParams } },
    async (request) => {
      const member = await requireMember(domain, request);
      return deleteMessage(domain, member.id, (request.params as IdParams).id);
    },
  );

  app.post(
    '/v1/threads/:id/read',
    {
      schema: {
        summary: 'Read receipt',
        tags,
        params: idParams,
        body: body({ seq: { type: 'integer', minimum: 0 } }, ['seq']),
      },
    },
    async (request, reply) => {
      const member = await requireMember(domain, request);
      await markRead(
        domain,
        member.id,
        (request.params as IdParams).id,
        (request.body as { seq: number }).seq,
      );
      return reply.code(204).send();
    },
  );

  app.post(
    '/v1/threads/:id/typing',
    { schema: { summary: 'Typing indicator', tags, params: idParams } },
    async (request, reply) => {
      const member = await requireMember(domain, request);
      await typing(domain, member.id, (request.params as IdParams).id);
      return reply.code(204).send();
    },
  );

  app.post(
    '/v1/threads/:id/contract',
    { schema: { summary: 'Offer a contract in this thread', tags, params: idParams } },
    async (request, reply) => {
      const member = await requireMember(domain, request);
      return reply
        .code(201)
        .send(await offerContract(domain, member.id, (request.params as IdParams).id));
    },
  );

  for (const move of ['accept', 'pause', 'resume', 'end'] as const) {
    app.post(
      `/v1/contracts/:id/${move}`,
      { schema: { summary: `${move} a contract`, tags, params: idParams } },
      async (request) => {
        const member = await requireMember(domain, request);
        return moveContract(domain, member.id, (request.params as IdParams).id, move);
      },
    );
  }
}

/** Per-member limits; the session cookie identifies the member before the handler runs. */
export function memberKey(request: {
  cookies: Record<string, string | undefined>;
  ip: string;
}): string {
  return request.cookies.rf_session ?? request.ip;
}
