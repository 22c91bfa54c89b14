import swagger from '@fastify/swagger';
import { createChecker, type Checker, type Policy } from '@ringfence/policy';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { checkRoutes } from './routes/check.js';
import { healthRoutes } from './routes/health.js';
import { openapiRoutes } from './routes/openapi.js';

export interface AppOptions {
  /** Policy for decisions; the built-in default when absent. Ignored if `checker` is given. */
  policy?: Policy;
  /** One checker per process: it remembers recent messages per thread across requests. */
  checker?: Checker;
  logger?: FastifyServerOptions['logger'];
  /** Largest request body in bytes (default 1 MiB). */
  bodyLimit?: number;
  /** Largest batch for POST /v1/check (default 1000). */
  maxBatchItems?: number;
}

/**
 * Builds the HTTP service without listening, so tests drive it with `app.inject`.
 *
 * @example
 * const app = buildApp({ logger: false });
 * const res = await app.inject({ method: 'POST', url: '/v1/check', payload: { id: 1, text: 'hi' } });
 */
export function buildApp(options: AppOptions = {}): FastifyInstance {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? 1024 * 1024,
  });
  const checker =
    options.checker ?? createChecker(options.policy ? { policy: options.policy } : {});

  app.setErrorHandler((error, request, reply) => {
    const status = statusOf(error);
    if (status !== undefined && status >= 400 && status < 500) {
      // Client mistakes (malformed JSON, too large, wrong media type): say what went wrong.
      // Fastify's own 415 text ("Unsupported Media Type") does not say what to send instead.
      const message = status === 415 ? 'send the body as application/json' : messageOf(error);
      return reply.code(status).send({ error: message });
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.code(500).send({ error: 'internal error' });
  });
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({ error: `no route ${request.method} ${request.url}` }),
  );

  // Swagger first: it collects the schemas of the routes registered after it.
  void app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Ringfence',
        description: 'Detects contact details in marketplace messages and decides what to do.',
        version: '0.1.0',
      },
    },
  });
  void app.register(healthRoutes);
  void app.register(openapiRoutes);
  void app.register(checkRoutes, { checker, maxBatchItems: options.maxBatchItems ?? 1000 });
  return app;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function statusOf(error: unknown): number | undefined {
  if (error === null || typeof error !== 'object' || !('statusCode' in error)) return undefined;
  const status = (error as { statusCode: unknown }).statusCode;
  return typeof status === 'number' ? status : undefined;
}
