import assert from 'node:assert/strict';
import { runCli } from './run-cli.js';
import { describe, test } from 'node:test';
import { LatencySamples, percentile } from '../src/evaluation/latency.js';
import {
  cutToBytes,
  seededRandom,
  synthesiseMessages,
} from '../src/evaluation/synthetic-messages.js';

describe('synthesised messages', () => {
  test('the same seed gives the same messages; another seed others', () => {
    const a = synthesiseMessages({ count: 200, seed: 7 });
    assert.deepEqual(a, synthesiseMessages({ count: 200, seed: 7 }));
    assert.notDeepEqual(a, synthesiseMessages({ count: 200, seed: 8 }));
  });

  test('typical messages are about 300 bytes, grouped in threads, some with contact details', () => {
    const messages = synthesiseMessages({ count: 2000, seed: 1 });
    const mean = messages.reduce((sum, m) => sum + Buffer.byteLength(m.text), 0) / messages.length;
    assert.ok(mean > 250 && mean < 400, `mean ${mean}`);
    assert.ok(new Set(messages.map((m) => m.thread)).size < messages.length / 2);
    const contacts = messages.filter((m) => /@|555|calendly|four one five/.test(m.text)).length;
    assert.ok(contacts > 100 && contacts < 600, `contacts ${contacts}`);
  });

  test('--size messages are exactly that many bytes', () => {
    for (const m of synthesiseMessages({ count: 100, seed: 3, size: 4096 })) {
      assert.equal(Buffer.byteLength(m.text), 4096);
    }
    assert.equal(cutToBytes('a€b', 3), 'a  ');
  });

  test('the random source is deterministic and in [0, 1)', () => {
    const r = seededRandom(42);
    const values = Array.from({ length: 1000 }, r);
    assert.deepEqual(values.slice(0, 3), Array.from({ length: 3 }, seededRandom(42)));
    assert.ok(values.every((v) => v >= 0 && v < 1));
  });
});

describe('latency figures', () => {
  test('nearest-rank percentiles', () => {
    const sorted = Array.from({ length: 1000 }, (_, i) => i + 1);
    assert.equal(percentile(sorted, 0.5), 500);
    assert.equal(percentile(sorted, 0.99), 990);
    assert.equal(percentile(sorted, 0.999), 999);
    assert.equal(percentile([5], 0.999), 5);
  });

  test('throughput counts the time inside the measured calls', () => {
    const samples = new LatencySamples(1);
    for (let i = 0; i < 100; i++) samples.add(2000, 500); // 2 µs, 500 bytes each
    const f = samples.figures();
    assert.equal(f.messages, 100);
    assert.equal(f.bytes, 50_000);
    assert.ok(Math.abs(f.messagesPerSecond - 500_000) < 1e-6);
    assert.ok(Math.abs(f.megabytesPerSecond - 250) < 1e-6);
    assert.deepEqual(f.latencyMicros, { p50: 2, p99: 2, p999: 2, max: 2 });
  });
});

describe('ringfence bench (in-process, with the real checker)', () => {
  const run = (args: string[]) => runCli(['bench', ...args]);

  function assertFigures(figures: unknown): void {
    const f = figures as Record<string, unknown> & { latencyMicros: Record<string, unknown> };
    for (const key of [
      'messages',
      'bytes',
      'messagesPerSecond',
      'megabytesPerSecond',
      'meanMessageBytes',
    ]) {
      assert.ok(typeof f[key] === 'number' && f[key] > 0, `${key}: ${String(f[key])}`);
    }
    for (const key of ['p50', 'p99', 'p999', 'max']) {
      const value = f.latencyMicros[key];
      assert.ok(typeof value === 'number' && value > 0, `latency ${key}: ${String(value)}`);
    }
  }

  test('--rounds 1 --generate 50 --json gives positive figures', async () => {
    const { code, stdout, stderr } = await run(['--rounds', '1', '--generate', '50', '--json']);
    assert.equal(code, 0, stderr);
    const json = JSON.parse(stdout) as { input: { messages: number }; ringfence: unknown };
    assert.equal(json.input.messages, 50);
    assertFigures(json.ringfence);
    assert.equal((json.ringfence as { messages: number }).messages, 50);
    assert.equal(stderr, '', 'no progress line when stderr is not a terminal');
  });

  test('also times the checker on batches, as scan checks each chunk of input', async () => {
    const args = ['--rounds', '2', '--generate', '20', '--batch', '7'];
    const { code, stdout, stderr } = await run([...args, '--json']);
    assert.equal(code, 0, stderr);
    const { batched } = JSON.parse(stdout) as {
      batched: { batchSize: number; messages: number; messagesPerSecond: number };
    };
    assert.equal(batched.batchSize, 7);
    assert.equal(batched.messages, 40);
    assert.ok(batched.messagesPerSecond > 0);
    const text = await run(args);
    assert.match(text.stdout, /messages\/s, batches of 7\s+[\d,]+\n/);
  });

  test('--compare-baseline times the naive chain on the same messages', async () => {
    const { code, stdout, stderr } = await run([
      '--rounds',
      '1',
      '--generate',
      '20',
      '--compare-baseline',
      '--json',
    ]);
    assert.equal(code, 0, stderr);
    const json = JSON.parse(stdout) as { ringfence: unknown; baseline: unknown };
    assertFigures(json.baseline);
    assert.equal(
      (json.baseline as { bytes: number }).bytes,
      (json.ringfence as { bytes: number }).bytes,
    );
  });

  test('the text report lists the figures', async () => {
    const { code, stdout } = await run(['--rounds', '1', '--size', '1024', '--generate', '10']);
    assert.equal(code, 0);
    assert.match(stdout, /10 synthesised messages \(seed 1, 1024 bytes each\)/);
    assert.match(stdout, /latency p99\.9 µs/);
    assert.match(stdout, /mean message bytes\s+1,024/);
  });

  test('usage mistakes exit 2', async () => {
    for (const args of [
      [],
      ['--generate', '10', '--rounds', '1', '--seconds', '1'],
      ['--generate', 'lots'],
      ['--generate', '10', '--batch', '0'],
      ['missing.jsonl'],
      ['x.jsonl', '--generate', '5'],
    ]) {
      const { code, stderr } = await run(args);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, /^ringfence bench: /);
    }
  });
});
