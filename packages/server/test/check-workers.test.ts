import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { decideText, defaultPolicy, loadPolicy, type Context } from '@ringfence/policy';
import { startCheckWorkers, type Checks } from '../src/checking/checks.js';

describe('checks on worker threads', () => {
  let checks: Checks;
  before(async () => {
    checks = await startCheckWorkers({ workers: 2 });
  });
  after(() => checks.close());

  it('answers a batch in the order of its items, errors in place', async () => {
    const items = Array.from({ length: 40 }, (_, i) =>
      i === 7
        ? { id: i, text: 42 }
        : {
            id: i,
            thread: `t${i % 5}`,
            text: i % 3 ? `Invoice ${i} is paid` : 'call +44 7700 900123',
          },
    );
    const outputs = await checks.decide(items);
    assert.deepEqual(
      outputs.map((o) => o.id),
      items.map((item) => item.id),
    );
    assert.deepEqual(outputs[7], { id: 7, error: '"text" must be a string' });
    assert.equal('action' in outputs[0]! && outputs[0].action, 'block');
    assert.equal('action' in outputs[1]! && outputs[1].action, 'allow');
  });

  it('sees a phone number split over requests of one thread, whichever worker has it', async () => {
    for (const thread of ['a', 'b', 'c', 'd']) {
      const [first] = await checks.decide([{ id: 1, thread, text: 'my number is 415' }]);
      const [second] = await checks.decide([{ id: 2, thread, text: '555 0132' }]);
      assert.equal(first && 'action' in first && first.action, 'allow');
      assert.equal(second && 'action' in second && second.action, 'block', `thread ${thread}`);
    }
  });

  it('decides a write’s text as decideText does, with the sender’s earlier messages', async () => {
    const context: Context = { surface: 'message', contract: 'none', plan: 'basic' };
    const options = { earlier: ['my number is 415'], countries: ['US'] };
    const decision = await checks.decideText('555 0132', context, options);
    assert.equal(decision.action, 'block');
    assert.deepEqual(decision, decideText('555 0132', context, options));
  });

  it('decides with the operator’s policy', async () => {
    const masking = loadPolicy({
      ...defaultPolicy,
      version: 'workers-test.1',
      rules: { ...defaultPolicy.rules, phone: { default: 'mask', attachment: 'review' } },
    });
    const operator = await startCheckWorkers({ policy: masking, workers: 1 });
    try {
      const [output] = await operator.decide([{ id: 1, text: 'call +44 7700 900123' }]);
      assert.equal(output && 'action' in output && output.action, 'mask');
      const decision = await operator.decideText(
        'call +44 7700 900123',
        { surface: 'message', contract: 'none', plan: 'basic' },
        {},
      );
      assert.equal(decision.action, 'mask');
      assert.equal(decision.policyVersion, 'workers-test.1');
    } finally {
      await operator.close();
    }
  });

  it('replaces a worker that dies: only the request it held fails', async () => {
    const fragile = await startCheckWorkers({
      workers: 1,
      script: new URL('./fixtures/fragile-check-worker.ts', import.meta.url),
    });
    const context: Context = { surface: 'message', contract: 'none', plan: 'basic' };
    try {
      await assert.rejects(
        fragile.decideText('crash the worker', context, {}),
        /check worker exited with code 3/,
      );
      const after = await fragile.decideText('call +44 7700 900123', context, {});
      assert.equal(after.action, 'block');
      const [output] = await fragile.decide([{ id: 1, text: 'see you tomorrow' }]);
      assert.equal(output && 'action' in output && output.action, 'allow');
    } finally {
      await fragile.close();
    }
  });
});
