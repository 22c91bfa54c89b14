import type { FastifyInstance } from 'fastify';

/** GET /openapi.json: the OpenAPI 3 document generated from every route's schema. */
export async function openapiRoutes(app: FastifyInstance): Promise<void> {
  app.get(
    '/openapi.json',
    {
      schema: {
        summary: 'This API, as an OpenAPI 3 document',
        tags: ['operations'],
        response: { 200: { type: 'object', additionalProperties: true } },
      },
    },
    async () => app.swagger(),
  );
}
