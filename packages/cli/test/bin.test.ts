import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

// The installed `ringfence` runs the bundle that `npm run build` writes, not the sources the
// other tests import: these tests run that bundle as a user would.
const bin = fileURLToPath(new URL('../bin/ringfence.js', import.meta.url));
const bundle = fileURLToPath(new URL('../dist/bundle/main.js', import.meta.url));

function ringfence(args: string[], input = '') {
  const run = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('the ringfence bin (bundled)', () => {
  it('is built', () => {
    assert.ok(existsSync(bundle), `${bundle} is missing: run npm run build`);
  });

  it('lists the commands and shows each one’s help', () => {
    const list = ringfence(['--help']);
    assert.equal(list.code, 0);
    const names = [...list.stdout.matchAll(/^ {2}(\w+) /gm)].map((m) => m[1]!);
    assert.deepEqual(names, ['scan', 'eval', 'bench', 'slots', 'serve', 'migrate']);
    for (const name of names) {
      const help = ringfence([name, '--help']);
      assert.equal(help.code, 0, `${name} --help: ${help.stderr}`);
      assert.match(help.stdout, new RegExp(`^Usage: ringfence ${name}`));
    }
  });

  it('scans JSON lines, answering a bad line with an error and exit status 1', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'call me on +44 7700 900123' }),
      'not json',
      JSON.stringify({ id: 'c', text: 'The invoice is #4417, due Friday.' }),
    ].join('\n');
    const { code, stdout } = ringfence(['scan'], input);
    assert.equal(code, 1);
    const [a, bad, c] = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    assert.equal(a.action, 'block');
    assert.deepEqual(a.categories, ['request', 'phone']);
    assert.match(bad.error, /line 2/);
    assert.equal(c.action, 'allow');
  });

  it('ends quietly when its reader stops early', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ringfence-')), 'items.jsonl');
    const line = JSON.stringify({ text: 'The export has 2,400 rows; I pushed the fix.' });
    writeFileSync(file, `${line}\n`.repeat(20_000));
    const run = spawnSync(
      '/bin/sh',
      ['-c', '"$0" "$1" scan < "$2" | head -n 1', process.execPath, bin, file],
      {
        encoding: 'utf8',
      },
    );
    assert.equal(run.stderr, '');
    assert.equal(JSON.parse(run.stdout).action, 'allow');
  });

  it('scans a file given as its input, several megabytes long, in order', () => {
    // Input comes in chunks, each checked as one batch; a number is split over three messages
    // of a thread every 1,000 lines, so some splits cross from one chunk into the next.
    const filler = 'The export has 2,400 rows; I filtered out the duplicates and pushed the fix. ';
    const items = Array.from({ length: 12_000 }, (_, i) => {
      const piece = ['my number is 415', '555', '0132'][i % 1000];
      return piece === undefined
        ? { id: i, text: filler.repeat(3) }
        : { id: i, text: piece, thread: `t${Math.floor(i / 1000)}` };
    });
    const file = join(mkdtempSync(join(tmpdir(), 'ringfence-')), 'items.jsonl');
    writeFileSync(file, items.map((item) => JSON.stringify(item)).join('\n'));
    const fd = openSync(file, 'r');
    const run = spawnSync(process.execPath, [bin, 'scan'], {
      stdio: [fd, 'pipe', 'pipe'],
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    closeSync(fd);
    assert.equal(run.status, 0, run.stderr);
    const outputs = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: number; categories: string[] });
    assert.deepEqual(
      outputs.map((o) => o.id),
      items.map((item) => item.id),
    );
    const flagged = outputs.filter((o) => o.categories.includes('phone')).map((o) => o.id);
    assert.deepEqual(
      flagged,
      Array.from({ length: 12 }, (_, t) => t * 1000 + 2),
    );
  });

  it('lists bookable slots', () => {
    const request = {
      timeZone: 'UTC',
      weekly: { mon: [['09:00', '10:00']] },
      duration: 30,
      now: '2026-03-28T12:00:00Z',
      windowDays: 3,
    };
    const { code, stdout } = ringfence(['slots'], JSON.stringify(request));
    assert.equal(code, 0);
    assert.deepEqual(JSON.parse(stdout).slots, [
      { start: '2026-03-30T09:00:00Z', end: '2026-03-30T09:30:00Z' },
      { start: '2026-03-30T09:30:00Z', end: '2026-03-30T10:00:00Z' },
    ]);
  });
});
