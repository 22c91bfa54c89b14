import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/index.js';

type Json = Record<string, unknown>;

describe('POST /v1/check', () => {
  let app: FastifyInstance;
  before(() => {
    app = buildApp({ logger: false });
  });
  after(() => app.close());

  const check = (payload: unknown) =>
    app.inject({ method: 'POST', url: '/v1/check', payload: payload as Json });

  it('allows clean text', async () => {
    const res = await check({ id: 'a', text: 'Sounds good, $500 by Friday?' });
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json(), { id: 'a', action: 'allow', categories: [], findings: [] });
  });

  it('blocks a phone number and reports where it is', async () => {
    const res = await check({ id: 'b', text: 'call me on +44 7700 900123' });
    assert.equal(res.statusCode, 200);
    const body = res.json<Json>();
    assert.equal(body.action, 'block');
    assert.ok((body.categories as string[]).includes('phone'));
    assert.deepEqual(
      (body.findings as Json[]).find((f) => f.category === 'phone'),
      { category: 'phone', start: 11, end: 26, text: '+44 7700 900123' },
    );
  });

  it('allows contact details once a contract is active, naming the exception', async () => {
    const res = await check({ id: 'c', text: 'call me on +44 7700 900123', contract: 'active' });
    assert.equal(res.statusCode, 200);
    const body = res.json<Json>();
    assert.equal(body.action, 'allow');
    assert.equal(body.exception, 'contract');
  });

  it('answers a batch in order with invalid items in place', async () => {
    const res = await check({
      items: [
        { id: 1, text: 'hello there' },
        { id: 2 },
        { id: 3, text: 'call me on +44 7700 900123' },
        'not an object',
      ],
    });
    assert.equal(res.statusCode, 200);
    const items = res.json<{ items: Json[] }>().items;
    assert.equal(items.length, 4);
    assert.deepEqual(
      items.map((i) => i.id),
      [1, 2, 3, null],
    );
    assert.equal(items[0]?.action, 'allow');
    assert.deepEqual(items[1], { id: 2, error: '"text" is required' });
    assert.equal(items[2]?.action, 'block');
    assert.equal(typeof items[3]?.error, 'string');
  });

  it('remembers a thread across requests, catching a split phone number', async () => {
    const first = await check({ id: 1, text: 'my number is 415 555', thread: 't-split' });
    assert.equal(first.statusCode, 200);
    const second = await check({ id: 2, text: '0132', thread: 't-split' });
    assert.equal(second.statusCode, 200);
    const body = second.json<Json>();
    assert.equal(body.action, 'block');
    assert.ok((body.categories as string[]).includes('phone'));
  });

  it('refuses a single invalid item with 400 and its {id, error}', async () => {
    const res = await check({ id: 9 });
    assert.equal(res.statusCode, 400);
    assert.deepEqual(res.json(), { id: 9, error: '"text" is required' });
  });

  it('refuses an unknown enum value with the contract message', async () => {
    const res = await check({ id: 10, text: 'hi', surface: 'fax' });
    assert.equal(res.statusCode, 400);
    const body = res.json<Json>();
    assert.equal(body.id, 10);
    assert.match(String(body.error), /surface/);
  });

  it('does not coerce a non-string text', async () => {
    const res = await check({ id: 11, text: 123 });
    assert.equal(res.statusCode, 400);
    assert.deepEqual(res.json(), { id: 11, error: '"text" must be a string' });
  });

  it('refuses a non-object body', async () => {
    const res = await check([1, 2]);
    assert.equal(res.statusCode, 400);
    assert.equal(typeof res.json<Json>().error, 'string');
  });

  it('refuses malformed JSON with a clear error', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/v1/check',
      headers: { 'content-type': 'application/json' },
      payload: '{"id": 1, "text": ',
    });
    assert.equal(res.statusCode, 400);
    assert.match(String(res.json<Json>().error), /not valid JSON/);
    assert.doesNotMatch(res.body, /at .*\.js/);
  });

  it('refuses a body that is not JSON with 415', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/v1/check',
      headers: { 'content-type': 'application/xml' },
      payload: '<text>hi</text>',
    });
    assert.equal(res.statusCode, 415);
    assert.match(String(res.json<Json>().error), /application\/json/);
  });

  it('refuses a body over the limit with 413', async () => {
    const res = await check({ id: 1, text: 'x'.repeat(1024 * 1024 + 1) });
    assert.equal(res.statusCode, 413);
    assert.match(String(res.json<Json>().error), /too large/);
  });

  it('refuses a batch over 1000 items with 413', async () => {
    const items = Array.from({ length: 1001 }, (_, i) => ({ id: i, text: 'hi' }));
    const res = await check({ items });
    assert.equal(res.statusCode, 413);
    assert.match(String(res.json<Json>().error), /at most 1000/);
  });

  it('refuses "items" that is not an array', async () => {
    const res = await check({ items: 'nope' });
    assert.equal(res.statusCode, 400);
    assert.match(String(res.json<Json>().error), /"items"/);
  });
});

describe('errors', () => {
  it('maps an unexpected failure to 500 "internal error" without details', async () => {
    const app = buildApp({
      logger: false,
      checks: {
        decide: () => Promise.reject(new Error('secret detail')),
        decideText: () => Promise.reject(new Error('secret detail')),
        close: () => Promise.resolve(),
      },
    });
    const res = await app.inject({ method: 'POST', url: '/v1/check', payload: { text: 'x' } });
    assert.equal(res.statusCode, 500);
    assert.deepEqual(res.json(), { error: 'internal error' });
    await app.close();
  });

  it('answers unknown routes with 404 and an error', async () => {
    const app = buildApp();
    const res = await app.inject({ method: 'GET', url: '/nope' });
    assert.equal(res.statusCode, 404);
    assert.equal(typeof res.json<Json>().error, 'string');
    await app.close();
  });
});
