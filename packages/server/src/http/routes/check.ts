import type { FastifyInstance } from 'fastify';
import type { Checks } from '../../checking/checks.js';
import {
  checkDecision,
  checkError,
  checkInput,
  checkOutput,
  requestError,
} from '../check-schemas.js';

export interface CheckRouteOptions {
  checks: Checks;
  /** Largest batch accepted; bigger ones are refused whole with 413. */
  maxBatchItems: number;
}

/** POST /v1/check: the scan contract over HTTP, one item or `{"items": [...]}`. */
export async function checkRoutes(app: FastifyInstance, options: CheckRouteOptions): Promise<void> {
  const { checks, maxBatchItems } = options;

  app.post(
    '/v1/check',
    {
      schema: {
        summary: 'Check one item, or a batch, for contact details and decide what to do',
        tags: ['check'],
        body: {
          anyOf: [
            checkInput,
            {
              type: 'object',
              properties: { items: { type: 'array', maxItems: maxBatchItems, items: checkInput } },
              required: ['items'],
            },
          ],
        },
        response: {
          200: {
            description:
              'The decision, or for a batch the decisions in order (invalid items carry their error in place).',
            anyOf: [
              checkDecision,
              {
                type: 'object',
                properties: { items: { type: 'array', items: checkOutput } },
                required: ['items'],
              },
            ],
          },
          400: {
            description: 'Invalid item or malformed request.',
            anyOf: [checkError, requestError],
          },
          413: { description: 'Body or batch too large.', ...requestError },
          500: { description: 'Internal error; the cause is logged, never sent.', ...requestError },
        },
      },
      // The checker validates items so clients see the contract's messages; see schemas.ts.
      validatorCompiler: () => () => true,
    },
    async (request, reply) => {
      const body = request.body;
      if (isBatch(body)) {
        if (!Array.isArray(body.items)) {
          return reply.code(400).send({ error: '"items" must be an array of items' });
        }
        if (body.items.length > maxBatchItems) {
          return reply.code(413).send({
            error: `a batch holds at most ${maxBatchItems} items, got ${body.items.length}`,
          });
        }
        // In order: items sharing a thread are consecutive messages.
        return { items: await checks.decide(body.items) };
      }
      const [output] = await checks.decide([body]);
      if (output === undefined) throw new Error('the checker gave no answer');
      if ('error' in output) return reply.code(400).send(output);
      return output;
    },
  );
}

function isBatch(body: unknown): body is { items: unknown } {
  return body !== null && typeof body === 'object' && !Array.isArray(body) && 'items' in body;
}
