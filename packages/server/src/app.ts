import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import websocket from '@fastify/websocket';
import type { Policy } from '@ringfence/policy';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DemoLogin } from './demo/seed.js';
import type { Domain } from './domain/context.js';
import { ServiceError } from './domain/errors.js';
import { checkRoutes } from './http/routes/check.js';
import { healthRoutes } from './http/routes/health.js';
import { liveRoutes } from './http/routes/live.js';
import { marketplaceRoutes } from './http/routes/marketplace.js';
import { openapiRoutes } from './http/routes/openapi.js';
import { safetyRoutes } from './http/routes/safety.js';
import { schedulingRoutes } from './http/routes/scheduling.js';
import { threadRoutes } from './http/routes/threads.js';
import { checksInProcess, type Checks } from './checking/checks.js';

/** The built web app, served at `/` when it exists. */
const WEB_ROOT = fileURLToPath(new URL('../../web/dist/', import.meta.url));

export interface AppOptions {
  /** Policy for decisions; the built-in default when absent. Ignored if `checks` is given. */
  policy?: Policy;
  /**
   * Where POST /v1/check decides (worker threads in the service); by default one checker in
   * this thread. Either way it remembers recent messages per thread across requests.
   */
  checks?: Checks;
  logger?: FastifyServerOptions['logger'];
  /** Largest request body in bytes (default 1 MiB). */
  bodyLimit?: number;
  /** Largest batch for POST /v1/check (default 1000). */
  maxBatchItems?: number;
  /** The marketplace: without it only the check API is served (the library-as-a-service mode). */
  domain?: Domain;
  demoLogins?: readonly DemoLogin[];
  /** Mark cookies Secure (behind HTTPS). */
  secureCookies?: boolean;
  /** Folder of the built web app; the bundled one by default. */
  webRoot?: string;
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
    // Signed meeting links travel as a path parameter.
    routerOptions: { maxParamLength: 1000 },
    // A number where text belongs is a mistake to report, not to quietly convert.
    ajv: { customOptions: { coerceTypes: false } },
  });
  const checks = options.checks ?? checksInProcess(options.policy);

  app.setErrorHandler((error, request, reply) => {
    if (error instanceof ServiceError) {
      return reply
        .code(error.status)
        .send({ error: error.message, code: error.code, ...error.details });
    }
    const status = statusOf(error);
    if (status !== undefined && status >= 400 && status < 500) {
      // Client mistakes (malformed JSON, too large, wrong media type): say what went wrong.
      // Fastify's own 415 text ("Unsupported Media Type") does not say what to send instead.
      const message = status === 415 ? 'send the body as application/json' : messageOf(error);
      return reply.code(status).send({ error: message, code: codeOf(status) });
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.code(500).send({ error: 'internal error' });
  });
  const webRoot = options.webRoot ?? WEB_ROOT;
  const serveWeb = options.domain !== undefined && existsSync(webRoot);
  app.setNotFoundHandler((request, reply) => {
    // The web app routes in the browser: any other GET page is its index.
    if (serveWeb && request.method === 'GET' && !request.url.startsWith('/v1/')) {
      return reply.sendFile('index.html');
    }
    return reply
      .code(404)
      .send({ error: `no route ${request.method} ${request.url}`, code: 'not_found' });
  });

  // Swagger first: it collects the schemas of the routes registered after it.
  void app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Ringfence',
        description:
          'Keeps marketplace conversations on the platform before a contract starts: the check API, and the member API behind a session cookie (state-changing requests carry the x-csrf-token header). Live events arrive over a WebSocket at GET /v1/ws; its messages are described in docs/api.md.',
        version: '0.1.0',
      },
    },
  });
  void app.register(healthRoutes);
  void app.register(openapiRoutes);
  void app.register(checkRoutes, { checks, maxBatchItems: options.maxBatchItems ?? 1000 });
  const domain = options.domain;
  if (domain) {
    void app.register(cookie);
    void app.register(rateLimit, {
      global: false,
      errorResponseBuilder: (_request, context) =>
        Object.assign(
          new Error(`Too many requests; try again in ${Math.ceil(context.ttl / 1000)} s.`),
          {
            statusCode: 429,
          },
        ),
    });
    void app.register(websocket, { options: { maxPayload: 64 * 1024 } });
    void app.register(marketplaceRoutes, {
      domain,
      ...(options.demoLogins ? { demoLogins: options.demoLogins } : {}),
      secureCookies: options.secureCookies ?? false,
    });
    void app.register(threadRoutes, { domain });
    void app.register(safetyRoutes, { domain });
    void app.register(schedulingRoutes, { domain });
    void app.register(liveRoutes, { domain });
    if (serveWeb) void app.register(fastifyStatic, { root: webRoot, wildcard: false });
  }
  return app;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const CODES: Record<number, string> = {
  400: 'invalid',
  404: 'not_found',
  413: 'too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};
const codeOf = (status: number): string => CODES[status] ?? 'invalid';

function statusOf(error: unknown): number | undefined {
  if (error === null || typeof error !== 'object' || !('statusCode' in error)) return undefined;
  const status = (error as { statusCode: unknown }).statusCode;
  return typeof status === 'number' ? status : undefined;
}
