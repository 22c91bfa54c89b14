import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { PassThrough, Readable, Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { runCli } from './run-cli.js';

const run = (args: string[], input: string) => runCli(args, input);

const lines = (stdout: string): Array<Record<string, unknown>> =>
  stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('ringfence scan', () => {
  it('writes one decision per line, in order, per the scan contract', async () => {
    const input = [
      { id: 'a', text: 'Sounds good, $500 by Friday?' },
      { id: 'b', text: 'call me on +44 7700 900123' },
      { id: 'c', text: 'call me on +44 7700 900123', contract: 'active' },
      { id: 7, text: 'pay me via PayPal to avoid the fees', plan: 'business', extra: 'ignored' },
    ]
      .map((o) => JSON.stringify(o))
      .join('\n');
    const { code, stdout } = await run(['scan'], input);
    assert.equal(code, 0);
    const [a, b, c, d] = lines(stdout);
    assert.deepEqual(a, { id: 'a', action: 'allow', categories: [], findings: [] });
    assert.equal(b?.action, 'block');
    assert.ok((b?.categories as string[]).includes('phone'));
    assert.deepEqual(
      (b?.findings as Array<{ text: string }>).find((f) => f.text.includes('7700')),
      { category: 'phone', start: 11, end: 26, text: '+44 7700 900123' },
    );
    assert.equal(b?.masked, 'call me on [phone hidden]');
    assert.equal(c?.action, 'allow');
    assert.equal(c?.exception, 'contract');
    assert.equal(d?.id, 7);
    assert.equal(d?.action, 'block');
  });

  it('answers each line as it arrives, before the input ends', { timeout: 10_000 }, async () => {
    const { main } = await import('../src/main.js');
    const stdin = new PassThrough();
    const stdout = new PassThrough();
    const done = main(['scan'], { stdin, stdout, stderr: new PassThrough() });
    stdin.write('{"id":"first","text":"call me on +44 7700 900123"}\n');
    const [first] = (await once(stdout, 'data')) as [Buffer];
    assert.deepEqual(
      lines(first.toString('utf8')).map((l) => [l.id, l.action]),
      [['first', 'block']],
    );
    // Two lines in one chunk are answered together, in order.
    stdin.write('{"id":"second","text":"see you Friday"}\n{"id":"third","text":"ok"}\n');
    const [next] = (await once(stdout, 'data')) as [Buffer];
    assert.deepEqual(
      lines(next.toString('utf8')).map((l) => l.id),
      ['second', 'third'],
    );
    stdin.end();
    assert.equal(await done, 0);
  });

  it('waits for a slow reader without piling up a listener per answer', async () => {
    const { main } = await import('../src/main.js');
    const chunks = Array.from({ length: 30 }, (_, i) =>
      Array.from(
        { length: 20 },
        (_, j) => JSON.stringify({ id: i * 20 + j, text: 'ok' }) + '\n',
      ).join(''),
    );
    // A small buffer, emptied a turn later: every answer waits for 'drain'.
    let answered = 0;
    const stdout = new Writable({
      highWaterMark: 64,
      write(chunk: Buffer, _encoding, done) {
        answered += chunk.toString('utf8').split('\n').length - 1;
        setImmediate(done);
      },
    });
    const code = await main(['scan'], {
      stdin: Readable.from(chunks),
      stdout,
      stderr: new PassThrough(),
    });
    assert.equal(code, 0);
    assert.equal(answered, 600);
    assert.equal(stdout.listenerCount('error'), 0);
    assert.equal(stdout.listenerCount('drain'), 0);
  });

  it('reports bad lines on their own line and goes on; the exit status says so', async () => {
    const input = [
      'not json',
      '{"id":"x"}',
      '{"id":"y","text":5}',
      '{"id":"z","text":"hi","surface":"tweet"}',
      '[1,2]',
      '{"id":"ok","text":"hello"}',
    ].join('\n');
    const { code, stdout } = await run(['scan'], input);
    assert.equal(code, 1);
    const out = lines(stdout);
    assert.equal(out.length, 6);
    assert.match(String(out[0]?.error), /line 1: not valid JSON/);
    assert.deepEqual(out[1], { id: 'x', error: '"text" is required' });
    assert.deepEqual(out[2], { id: 'y', error: '"text" must be a string' });
    assert.match(String(out[3]?.error), /"surface" must be one of message, proposal/);
    assert.equal(out[4]?.id, null);
    assert.equal(out[5]?.action, 'allow');
  });

  it('catches a phone number split across the messages of a thread', async () => {
    const input = [
      { id: 1, text: 'my number starts 415', thread: 't1', seq: 1 },
      { id: 2, text: 'then 555', thread: 't1', seq: 2 },
      { id: 3, text: 'Budget is 300', thread: 't2', seq: 1 },
      { id: 4, text: '0132 ok?', thread: 't1', seq: 3 },
    ]
      .map((o) => JSON.stringify(o))
      .join('\n');
    const out = lines((await run(['scan'], input)).stdout);
    assert.equal(out[0]?.action, 'allow');
    assert.equal(out[3]?.action, 'block');
    assert.deepEqual(out[3]?.categories, ['phone']);
  });

  it('uses an operator policy and refuses an invalid one with the offending path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ringfence-'));
    const { defaultPolicy } = await import('@ringfence/policy');
    const policy = structuredClone(defaultPolicy);
    policy.rules.phone.default = 'mask';
    writeFileSync(join(dir, 'mask.json'), JSON.stringify(policy));
    const masked = await run(
      ['scan', '--policy', join(dir, 'mask.json')],
      '{"id":1,"text":"ring +44 7700 900123"}',
    );
    assert.equal(lines(masked.stdout)[0]?.action, 'mask');
    (policy.rules.phone as { default: string }).default = 'explode';
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(policy));
    const bad = await run(['scan', '--policy', join(dir, 'bad.json')], '');
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /rules\.phone\.default/);
  });

  it('has --help and rejects unknown options', async () => {
    const help = await run(['scan', '--help'], '');
    assert.equal(help.code, 0);
    assert.match(help.stdout, /Usage: ringfence scan/);
    const bad = await run(['scan', '--nope'], '');
    assert.equal(bad.code, 2);
    const top = await run(['--help'], '');
    assert.match(top.stdout, /scan .*\n.*eval/s);
  });
});
