import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/index.js';

describe('operations routes', () => {
  let app: FastifyInstance;
  before(() => {
    app = buildApp();
  });
  after(() => app.close());

  it('GET /healthz answers 200 {"status":"ok"}', async () => {
    const res = await app.inject({ method: 'GET', url: '/healthz' });
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json(), { status: 'ok' });
  });

  it('GET /openapi.json is an OpenAPI 3 document listing every route', async () => {
    const res = await app.inject({ method: 'GET', url: '/openapi.json' });
    assert.equal(res.statusCode, 200);
    const doc = res.json<{ openapi: string; paths: Record<string, Record<string, unknown>> }>();
    assert.match(doc.openapi, /^3\./);
    assert.ok(doc.paths['/v1/check']?.post, 'lists POST /v1/check');
    assert.ok(doc.paths['/healthz']?.get, 'lists GET /healthz');
    assert.ok(doc.paths['/openapi.json']?.get, 'lists GET /openapi.json');
  });
});
