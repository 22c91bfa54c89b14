import type { FastifyInstance } from 'fastify';
import type { Domain } from '../../domain/context.js';
import {
  actionsFor,
  appeal,
  appeals,
  audit,
  claim,
  decideAppeal,
  decideItem,
  DECISIONS,
  queue,
  queueItem,
  report,
  REPORT_REASONS,
  type ModerationDecision,
} from '../../domain/safety.js';
import { body, idParams, text } from '../schemas.js';
import { requireMember, requireModerator } from '../session.js';
import { memberKey } from './threads.js';

type IdParams = { id: string };

/** Reports, members' notices and appeals, and the moderation console's queue and audit trail. */
export async function safetyRoutes(
  app: FastifyInstance,
  options: { domain: Domain },
): Promise<void> {
  const { domain } = options;

  app.post(
    '/v1/reports',
    {
      schema: {
        summary: 'Report a message',
        tags: ['trust and safety'],
        body: body(
          {
            messageId: { type: 'string', format: 'uuid' },
            reason: { type: 'string', enum: [...REPORT_REASONS] },
            note: text(2000),
          },
          ['messageId', 'reason'],
        ),
      },
      config: { rateLimit: { max: 10, timeWindow: '1 hour', keyGenerator: memberKey } },
    },
    async (request, reply) => {
      const member = await requireMember(domain, request);
      return reply
        .code(201)
        .send(
          await report(
            domain,
            member.id,
            request.body as { messageId: string; reason: string; note?: string },
          ),
        );
    },
  );

  app.get(
    '/v1/me/actions',
    {
      schema: {
        summary: 'Warnings, restrictions and appeals that concern me',
        tags: ['trust and safety'],
      },
    },
    async (request) => {
      const member = await requireMember(domain, request);
      return actionsFor(domain, member.id);
    },
  );

  app.post(
    '/v1/actions/:id/appeal',
    {
      schema: {
        summary: 'Appeal an action (once)',
        tags: ['trust and safety'],
        params: idParams,
        body: body({ text: { type: 'string', minLength: 1, maxLength: 5000 } }, ['text']),
      },
    },
    async (request, reply) => {
      const member = await requireMember(domain, request);
      return reply
        .code(201)
        .send(
          await appeal(
            domain,
            member.id,
            (request.params as IdParams).id,
            (request.body as { text: string }).text,
          ),
        );
    },
  );

  const tags = ['moderation'];
  app.get(
    '/v1/moderation/queue',
    {
      schema: {
        summary: 'The queue of flags and reports',
        tags,
        querystring: body({ status: { type: 'string', enum: ['open', 'closed', 'all'] } }),
      },
    },
    async (request) => {
      await requireModerator(domain, request);
      return queue(domain, (request.query as { status?: string }).status);
    },
  );

  app.get(
    '/v1/moderation/items/:id',
    { schema: { summary: 'An item with its context', tags, params: idParams } },
    async (request) => {
      await requireModerator(domain, request);
      return queueItem(domain, (request.params as IdParams).id);
    },
  );

  app.post(
    '/v1/moderation/items/:id/claim',
    { schema: { summary: 'Claim an item', tags, params: idParams } },
    async (request) => {
      const moderator = await requireModerator(domain, request);
      return claim(domain, moderator.id, (request.params as IdParams).id);
    },
  );

  app.post(
    '/v1/moderation/items/:id/decision',
    {
      schema: {
        summary: 'Decide an item',
        tags,
        params: idParams,
        body: body(
          {
            decision: { type: 'string', enum: [...DECISIONS] },
            hours: { type: 'integer', minimum: 1, maximum: 8760 },
            reason: { type: 'string', minLength: 1, maxLength: 2000 },
          },
          ['decision', 'reason'],
        ),
      },
    },
    async (request) => {
      const moderator = await requireModerator(domain, request);
      return decideItem(
        domain,
        moderator.id,
        (request.params as IdParams).id,
        request.body as { decision: ModerationDecision; hours?: number; reason: string },
      );
    },
  );

  app.get('/v1/moderation/appeals', { schema: { summary: 'Appeals', tags } }, async (request) => {
    await requireModerator(domain, request);
    return appeals(domain);
  });

  app.post(
    '/v1/moderation/appeals/:id/decision',
    {
      schema: {
        summary: 'Decide an appeal',
        tags,
        params: idParams,
        body: body(
          {
            decision: { type: 'string', enum: ['uphold', 'overturn'] },
            reason: { type: 'string', minLength: 1, maxLength: 2000 },
          },
          ['decision', 'reason'],
        ),
      },
    },
    async (request) => {
      const moderator = await requireModerator(domain, request);
      return decideAppeal(
        domain,
        moderator.id,
        (request.params as IdParams).id,
        request.body as { decision: 'uphold' | 'overturn'; reason: string },
      );
    },
  );

  app.get(
    '/v1/moderation/audit',
    { schema: { summary: 'The audit trail, newest first', tags } },
    async (request) => {
      await requireModerator(domain, request);
      return audit(domain);
    },
  );
}
