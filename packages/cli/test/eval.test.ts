import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { runCli } from './run-cli.js';
import { after, before, describe, test } from 'node:test';
import type { Category } from '@ringfence/detect';
import type { Action, CheckOutput, ExceptionKind } from '@ringfence/policy';
import { excerpt, renderReport, renderTable } from '../src/evaluation/format.js';
import { checkInputOf, readLabels, type CaseLabel } from '../src/evaluation/labels.js';
import { checkRatchet, describeBreach, parseRatchet } from '../src/evaluation/ratchet.js';
import { scoreCases, type EvalCase } from '../src/evaluation/score.js';
import { readJsonLines, readLineBatches } from '../src/jsonl.js';

// The scoring tests use hand-made outputs only: they hold whatever state the detector is in.

let nextLine = 0;
function label(overrides: Partial<CaseLabel> & Pick<CaseLabel, 'expect'>): CaseLabel {
  nextLine++;
  return {
    source: 'test.jsonl',
    line: nextLine,
    id: `l${nextLine}`,
    text: `message ${nextLine}`,
    categories: [],
    lang: 'en',
    surface: 'message',
    hard: false,
    ...overrides,
  };
}

function decided(
  action: Action,
  categories: Category[] = [],
  exception?: ExceptionKind,
): CheckOutput {
  return {
    id: null,
    action,
    categories,
    findings: [],
    ...(exception ? { exception } : {}),
  };
}

const flag = (categories: Category[], extra: Partial<CaseLabel> = {}) =>
  label({ expect: 'flag', categories, ...extra });
const pass = (extra: Partial<CaseLabel> = {}) => label({ expect: 'pass', ...extra });

describe('scoreCases: overall figures', () => {
  // 4 flag lines, 3 flagged; 4 pass lines (2 hard), 1 flagged (a hard one).
  const cases: EvalCase[] = [
    { label: flag(['phone']), output: decided('block', ['phone']) },
    { label: flag(['email']), output: decided('mask', ['email']) },
    { label: flag(['link']), output: decided('review', ['link']) },
    { label: flag(['handle']), output: decided('allow') },
    { label: pass(), output: decided('allow') },
    { label: pass(), output: decided('allow') },
    { label: pass({ hard: true }), output: decided('nudge', ['request']) },
    { label: pass({ hard: true }), output: decided('allow') },
  ];
  const report = scoreCases(cases);

  test('counts the confusion matrix with flag as the positive class', () => {
    const o = report.overall;
    assert.deepEqual([o.tp, o.fp, o.fn, o.tn], [3, 1, 1, 3]);
    assert.equal(o.flagLines, 4);
    assert.equal(o.passLines, 4);
  });

  test('precision 3/4, recall 3/4, F1 3/4, accuracy 6/8', () => {
    assert.equal(report.overall.precision, 0.75);
    assert.equal(report.overall.recall, 0.75);
    assert.equal(report.overall.f1, 0.75);
    assert.equal(report.overall.accuracy, 0.75);
  });

  test('false-alarm rate on all pass lines and on hard negatives', () => {
    assert.equal(report.overall.fpRate, 0.25);
    assert.equal(report.overall.hardNegatives, 2);
    assert.equal(report.overall.hardFalseAlarms, 1);
    assert.equal(report.overall.hardFpRate, 0.5);
  });

  test('nudge counts as a flag; actions are tallied', () => {
    assert.deepEqual(report.actions, { allow: 4, nudge: 1, mask: 1, block: 1, review: 1 });
  });

  test('F1 of unequal precision and recall is their harmonic mean', () => {
    // tp 1, fp 0, fn 3: precision 1, recall 1/4, F1 = 2·1·0.25 / 1.25 = 0.4
    const r = scoreCases([
      { label: flag(['phone']), output: decided('block', ['phone']) },
      { label: flag(['phone']), output: decided('allow') },
      { label: flag(['phone']), output: decided('allow') },
      { label: flag(['phone']), output: decided('allow') },
    ]);
    assert.equal(r.overall.precision, 1);
    assert.equal(r.overall.recall, 0.25);
    assert.ok(Math.abs(r.overall.f1! - 0.4) < 1e-12);
  });

  test('a share with nothing to share is null, not 0 or NaN', () => {
    const r = scoreCases([{ label: flag(['phone']), output: decided('allow') }]);
    assert.equal(r.overall.precision, null);
    assert.equal(r.overall.fpRate, null);
    assert.equal(r.overall.hardFpRate, null);
    assert.equal(r.overall.f1, null);
    assert.equal(r.overall.recall, 0);
  });
});

describe('scoreCases: slices', () => {
  test('category recall needs the category in the output; line recall does not', () => {
    const r = scoreCases([
      { label: flag(['phone']), output: decided('block', ['phone']) },
      { label: flag(['phone', 'handle']), output: decided('block', ['phone']) },
      { label: flag(['email']), output: decided('allow') },
      { label: flag(['email']), output: decided('block', ['link']) },
      // Categories on pass lines (excepted ones) are not recall material.
      { label: pass({ categories: ['email'], exception: 'scoping' }), output: decided('allow') },
    ]);
    assert.deepEqual(
      r.categories.map((c) => [c.category, c.lines, c.recalled, c.recall, c.flagged, c.lineRecall]),
      [
        ['phone', 2, 2, 1, 2, 1],
        ['email', 2, 0, 0, 1, 0.5],
        ['handle', 1, 0, 0, 1, 1],
      ],
    );
  });

  test('per obfuscation: recall over the flag lines carrying it', () => {
    const r = scoreCases([
      {
        label: flag(['phone'], { obfuscation: 'separators' }),
        output: decided('block', ['phone']),
      },
      { label: flag(['phone'], { obfuscation: 'separators' }), output: decided('allow') },
      { label: flag(['email'], { obfuscation: 'reversed' }), output: decided('allow') },
      { label: flag(['email']), output: decided('block', ['email']) },
    ]);
    assert.deepEqual(
      r.obfuscations.map((s) => [s.key, s.flagLines, s.flagged, s.recall]),
      [
        ['separators', 2, 1, 0.5],
        ['reversed', 1, 0, 0],
      ],
    );
  });

  test('per lang and surface: recall on flag lines and false alarms on pass lines', () => {
    const r = scoreCases([
      { label: flag(['phone'], { lang: 'es' }), output: decided('block', ['phone']) },
      { label: pass({ lang: 'es' }), output: decided('block', ['phone']) },
      { label: pass({ lang: 'es' }), output: decided('allow') },
      { label: flag(['link'], { surface: 'proposal' }), output: decided('allow') },
      { label: pass(), output: decided('allow') },
    ]);
    const es = r.langs.find((s) => s.key === 'es')!;
    assert.deepEqual(
      [es.flagLines, es.recall, es.passLines, es.falseAlarms, es.fpRate],
      [1, 1, 2, 1, 0.5],
    );
    const en = r.langs.find((s) => s.key === 'en')!;
    assert.deepEqual([en.flagLines, en.recall, en.passLines, en.fpRate], [1, 0, 1, 0]);
    assert.deepEqual(
      r.surfaces.map((s) => [s.key, s.flagLines + s.passLines]),
      [
        ['message', 4],
        ['proposal', 1],
      ],
    );
  });

  test('an exception is honoured only when allowed with that same exception', () => {
    const r = scoreCases([
      {
        label: pass({ exception: 'scoping', categories: ['email'] }),
        output: decided('allow', ['email'], 'scoping'),
      },
      {
        label: pass({ exception: 'scoping', categories: ['email'] }),
        output: decided('allow', ['email'], 'plan'),
      },
      { label: pass({ exception: 'plan', categories: ['phone'] }), output: decided('allow') },
      {
        label: pass({ exception: 'contract', categories: ['phone'] }),
        output: decided('block', ['phone']),
      },
      {
        label: pass({ exception: 'contract', categories: ['phone'] }),
        output: decided('allow', ['phone'], 'contract'),
      },
    ]);
    assert.equal(r.exceptions.lines, 5);
    assert.equal(r.exceptions.honoured, 2);
    assert.equal(r.exceptions.rate, 0.4);
    assert.deepEqual(
      r.exceptions.byKind.map((k) => [k.kind, k.lines, k.honoured]),
      [
        ['contract', 2, 1],
        ['scoping', 2, 1],
        ['plan', 1, 0],
      ],
    );
  });

  test('a thread is flagged when any of its lines is; threads are scored per file', () => {
    const t = (thread: string, source = 'a.jsonl') => ({ thread, source });
    const r = scoreCases([
      // tp: the completing line is flagged
      { label: pass(t('1')), output: decided('allow') },
      {
        label: flag(['phone'], { ...t('1'), threadExpect: 'flag' }),
        output: decided('block', ['phone']),
      },
      // tn
      { label: pass(t('2')), output: decided('allow') },
      { label: pass({ ...t('2'), threadExpect: 'pass' }), output: decided('allow') },
      // fp: an early line was flagged
      { label: pass(t('3')), output: decided('nudge', ['request']) },
      { label: pass({ ...t('3'), threadExpect: 'pass' }), output: decided('allow') },
      // fn, in another file with a thread id used above
      { label: pass(t('1', 'b.jsonl')), output: decided('allow') },
      {
        label: flag(['email'], { ...t('1', 'b.jsonl'), threadExpect: 'flag' }),
        output: decided('allow'),
      },
      // a thread without thread_expect is not a thread case
      { label: flag(['phone'], t('4')), output: decided('block', ['phone']) },
    ]);
    const th = r.threads;
    assert.deepEqual([th.threads, th.tp, th.fp, th.fn, th.tn], [4, 1, 1, 1, 1]);
    assert.equal(th.recall, 0.5);
    assert.equal(th.precision, 0.5);
  });
});

describe('scoreCases: errors and mistakes', () => {
  test('error lines are listed, counted in lines, and not scored', () => {
    const r = scoreCases(
      [
        {
          label: flag(['phone'], { source: 'b.jsonl', line: 3 }),
          output: { id: 'x', error: '"surface" must be one of …' },
        },
        { label: flag(['phone']), output: decided('block', ['phone']) },
      ],
      [{ source: 'b.jsonl', line: 1, id: null, error: 'not valid JSON' }],
    );
    assert.equal(r.lines, 3);
    assert.equal(r.overall.lines, 1);
    assert.equal(r.overall.recall, 1);
    assert.deepEqual(
      r.errors.map((e) => `${e.source}:${e.line}`),
      ['b.jsonl:1', 'b.jsonl:3'],
    );
  });

  test('mistakes name their kind, in input order', () => {
    const r = scoreCases([
      { label: flag(['phone'], { id: 'miss' }), output: decided('allow') },
      { label: pass({ id: 'alarm' }), output: decided('block', ['phone']) },
      { label: flag(['phone', 'handle'], { id: 'partial' }), output: decided('block', ['phone']) },
      {
        label: pass({ id: 'exc', exception: 'legal', categories: ['email'] }),
        output: decided('allow'),
      },
      { label: flag(['email'], { id: 'fine' }), output: decided('mask', ['email']) },
    ]);
    assert.deepEqual(
      r.mistakes.map((m) => [m.id, m.kind]),
      [
        ['miss', 'miss'],
        ['alarm', 'false_alarm'],
        ['partial', 'wrong_category'],
        ['exc', 'exception_not_honoured'],
      ],
    );
    assert.deepEqual(r.mistakes[2]!.missingCategories, ['handle']);
  });
});

describe('readLabels', () => {
  const origin = { source: 'x.jsonl', line: 7 };

  test('reads labels with their defaults', () => {
    const reading = readLabels(
      {
        id: 'a',
        text: 't',
        expect: 'flag',
        categories: ['phone', 'phone'],
        thread: 5,
        thread_expect: 'flag',
      },
      origin,
    );
    assert.ok('label' in reading);
    assert.deepEqual(reading.label, {
      source: 'x.jsonl',
      line: 7,
      id: 'a',
      text: 't',
      expect: 'flag',
      categories: ['phone'],
      lang: 'en',
      surface: 'message',
      thread: '5',
      threadExpect: 'flag',
      hard: false,
    });
  });

  test('rejects label typos instead of scoring them as something else', () => {
    const bad = (line: object) => {
      const reading = readLabels({ id: 'a', text: 't', ...line }, origin);
      return 'error' in reading ? reading.error : undefined;
    };
    assert.match(bad({ expect: 'flagged' })!, /"expect"/);
    assert.match(bad({ expect: 'flag', categories: ['fone'] })!, /unknown category "fone"/);
    assert.match(bad({ expect: 'pass', exception: 'scope' })!, /unknown exception/);
    assert.match(bad({ expect: 'flag', obfuscation: 'none' })!, /unknown obfuscation "none"/);
    assert.match(bad({ expect: 'pass', thread_expect: 'pass' })!, /needs a "thread"/);
    assert.match(bad({ expect: 'pass', hard: 'yes' })!, /"hard"/);
  });

  test('default_country stands in for a missing country only', () => {
    assert.deepEqual(checkInputOf({ text: 't', default_country: 'US' }), {
      text: 't',
      default_country: 'US',
      country: 'US',
    });
    assert.deepEqual(checkInputOf({ text: 't', country: 'GB', default_country: 'US' }), {
      text: 't',
      country: 'GB',
      default_country: 'US',
    });
  });
});

describe('ratchet', () => {
  const report = scoreCases([
    { label: flag(['phone']), output: decided('block', ['phone']) },
    { label: flag(['email']), output: decided('allow') },
    { label: pass(), output: decided('block', ['phone']) },
    { label: pass(), output: decided('allow') },
  ]);
  // recall 0.5, precision 0.5, fpRate 0.5; phone recall 1, email recall 0; no threads.

  test('floors must be reached and ceilings not exceeded', () => {
    const [ratchet] = parseRatchet({
      'corpus/x.jsonl': {
        recall: 0.5,
        precision: 0.6,
        fpRate: 0.25,
        categoryRecall: { phone: 1, email: 0.1 },
      },
    }).values();
    const { checked, breaches } = checkRatchet(report, ratchet!);
    assert.equal(checked, 5);
    assert.deepEqual(breaches.map(describeBreach), [
      'precision 0.5000 is below its floor 0.6',
      'fpRate 0.5000 is above its ceiling 0.25',
      'categoryRecall.email 0 is below its floor 0.1',
    ]);
  });

  test('an unmeasurable figure breaks any limit that says something', () => {
    const [ratchet] = parseRatchet({
      x: { threadRecall: 0, exceptionsHonoured: 0.5, categoryRecall: { link: 0, payment: 0.9 } },
    }).values();
    const { breaches } = checkRatchet(report, ratchet!);
    assert.deepEqual(
      breaches.map((b) => [b.figure, b.value]),
      [
        ['exceptionsHonoured', null],
        ['categoryRecall.payment', null],
      ],
    );
    const onlyFlags = scoreCases([{ label: flag(['phone']), output: decided('block', ['phone']) }]);
    const ceilings = parseRatchet({ x: { fpRate: 1, hardFpRate: 0.5 } }).get('x')!;
    assert.deepEqual(
      checkRatchet(onlyFlags, ceilings).breaches.map((b) => b.figure),
      ['hardFpRate'],
    );
  });

  test('errors is a ceiling on lines without a decision', () => {
    const withError = scoreCases([], [{ source: 's', line: 1, id: null, error: 'e' }]);
    const ratchet = parseRatchet({ x: { errors: 0 } }).get('x')!;
    assert.deepEqual(checkRatchet(withError, ratchet).breaches.map(describeBreach), [
      'errors 1 is above its ceiling 0',
    ]);
  });

  test('rejects unknown figures and out-of-range limits', () => {
    assert.throws(() => parseRatchet({ x: { recal: 0.9 } }), /unknown figure "recal"/);
    assert.throws(() => parseRatchet({ x: { categoryRecall: { fone: 0.9 } } }), /unknown category/);
    assert.throws(() => parseRatchet({ x: { f1: 1.5 } }), /between 0 and 1/);
    assert.throws(() => parseRatchet({ x: { f1: '0.9' } }), /must be a number/);
    assert.throws(() => parseRatchet([]), /JSON object/);
  });
});

describe('format', () => {
  test('tables align: first column left, numbers right', () => {
    assert.equal(
      renderTable(
        ['lang', 'lines'],
        [
          ['en', '120'],
          ['es', '9'],
        ],
      ),
      '  lang  lines\n  en      120\n  es        9',
    );
  });

  test('excerpts are cut to 160 characters and escaped', () => {
    const shown = excerpt(`line one\n${'x'.repeat(300)}`);
    assert.equal([...(JSON.parse(shown) as string)].length, 160);
    assert.ok(shown.startsWith('"line one\\n'));
    assert.ok(shown.endsWith('…"'));
  });

  test('the text report shows a dash for figures with no lines', () => {
    const r = scoreCases([{ label: flag(['phone']), output: decided('allow') }]);
    const shown = renderReport('x.jsonl', r, { mistakes: true, errorLines: true });
    assert.match(shown, /false alarms\s+—/);
    assert.match(shown, /Misses \(flag lines let through\) \(1\)/);
  });
});

describe('readLineBatches', () => {
  async function lines(chunks: (string | Buffer)[]): Promise<string[]> {
    const found: string[] = [];
    for await (const batch of readLineBatches(Readable.from(chunks, { objectMode: true })))
      found.push(...batch);
    return found;
  }

  test('splits on \\n and \\r\\n, keeps a last line without newline, drops a BOM', async () => {
    assert.deepEqual(await lines([Buffer.from('\uFEFFa\r\nb\n\nc')]), ['a', 'b', '', 'c']);
    assert.deepEqual(await lines([Buffer.from('a\n')]), ['a']);
    assert.deepEqual(await lines([]), []);
  });

  test('joins a \\r\\n and a character split across chunks', async () => {
    const euro = Buffer.from('€');
    assert.deepEqual(
      await lines([
        Buffer.from('a\r'),
        Buffer.from('\nx'),
        euro.subarray(0, 1),
        euro.subarray(1),
        Buffer.from('y'),
      ]),
      ['a', 'x€y'],
    );
  });

  test('reads a line far longer than a chunk', async () => {
    const chunk = 'z'.repeat(64 * 1024);
    const found = await lines([
      ...Array.from({ length: 64 }, () => Buffer.from(chunk)),
      Buffer.from('\nend'),
    ]);
    assert.equal(found.length, 2);
    assert.equal(found[0]!.length, 64 * 64 * 1024);
    assert.equal(found[1], 'end');
  });

  test('readJsonLines skips blank lines and reports bad ones by number', async () => {
    const entries = [];
    for await (const e of readJsonLines(
      Readable.from([Buffer.from('{"a":1}\n\n{oops\n  \n[2]')]),
    )) {
      entries.push(e);
    }
    assert.deepEqual(entries[0], { line: 1, value: { a: 1 } });
    assert.equal(entries[1]!.line, 3);
    assert.ok('error' in entries[1]!);
    assert.deepEqual(entries[2], { line: 5, value: [2] });
  });
});

describe('ringfence eval (in-process, with the real checker)', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'ringfence-eval-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const run = (args: string[]) => runCli(['eval', ...args]);

  const corpus = [
    {
      id: 'f1',
      text: 'Call me on +1 415 555 0132 tonight.',
      expect: 'flag',
      categories: ['phone'],
    },
    {
      id: 'f2',
      text: 'write to jane.doe@gmail.com',
      expect: 'flag',
      categories: ['email'],
      lang: 'en',
    },
    {
      id: 'p1',
      text: 'The budget is $450, due March 14.',
      expect: 'pass',
      categories: [],
      hard: true,
    },
    { id: 'p2', text: 'Thanks, the mockups look great.', expect: 'pass', categories: [] },
  ];
  const jsonl = (lines: object[]) => `${lines.map((l) => JSON.stringify(l)).join('\r\n')}`;

  test('--json reports the counts of a small corpus and exits 0', async () => {
    const file = path.join(dir, 'small.jsonl');
    await writeFile(file, jsonl(corpus));
    const { code, stdout, stderr } = await run([file, '--json']);
    assert.equal(code, 0, stderr);
    const report = JSON.parse(stdout) as {
      sets: { name: string; lines: number; overall: Record<string, number>; errors: unknown[] }[];
    };
    assert.equal(report.sets.length, 1);
    const set = report.sets[0]!;
    assert.equal(set.name, file);
    assert.equal(set.lines, 4);
    assert.equal(set.overall.flagLines, 2);
    assert.equal(set.overall.passLines, 2);
    assert.equal(set.overall.hardNegatives, 1);
    assert.equal(set.overall.tp! + set.overall.fn!, 2);
    assert.deepEqual(set.errors, []);
  });

  test('lines without a decision are listed and make it exit 1', async () => {
    const file = path.join(dir, 'broken.jsonl');
    await writeFile(
      file,
      `${jsonl(corpus)}\n{not json\n${JSON.stringify({ id: 'bad', text: 'hi', surface: 'email', expect: 'pass' })}\n`,
    );
    const { code, stdout, stderr } = await run([file]);
    assert.equal(code, 1);
    assert.match(stdout, /broken\.jsonl:5/);
    assert.match(stdout, /"surface"/);
    assert.match(stderr, /2 lines got no decision/);
  });

  test('a broken ratchet figure exits 1 and says which', async () => {
    // Two near-identical texts with opposite labels: whatever the checker does with them, it
    // cannot both recall every flag line and raise no false alarm.
    const root = path.join(dir, 'repo');
    await mkdir(path.join(root, 'corpus'), { recursive: true });
    await writeFile(
      path.join(root, 'corpus', 'twins.jsonl'),
      jsonl([
        { id: 'a', text: 'Thanks, see you on Monday.', expect: 'flag', categories: ['request'] },
        { id: 'b', text: 'Thanks, see you on Monday!', expect: 'pass', categories: [] },
      ]),
    );
    const ratchet = path.join(root, 'corpus', 'ratchet.json');
    await writeFile(ratchet, JSON.stringify({ 'corpus/twins.jsonl': { recall: 1, fpRate: 0 } }));
    const { code, stderr } = await run(['--ratchet', ratchet, '--json']);
    assert.equal(code, 1);
    assert.match(stderr, /ratchet corpus\/twins\.jsonl: (recall|fpRate) /);
  });

  test('a directory is one pooled set; ratchet keys are relative to the ratchet’s parent directory', async () => {
    const root = path.join(dir, 'pooled');
    await mkdir(path.join(root, 'data'), { recursive: true });
    await mkdir(path.join(root, 'corpus'), { recursive: true });
    await writeFile(path.join(root, 'data', 'b.jsonl'), jsonl(corpus.slice(0, 2)));
    await writeFile(path.join(root, 'data', 'a.jsonl'), jsonl(corpus.slice(2)));
    await writeFile(path.join(root, 'data', 'notes.txt'), 'not a corpus');
    const ratchet = path.join(root, 'corpus', 'ratchet.json');
    await writeFile(ratchet, JSON.stringify({ data: { recall: 0, fpRate: 1, errors: 0 } }));
    const { code, stdout, stderr } = await run(['--ratchet', ratchet, '--json']);
    assert.equal(code, 0, stderr);
    const report = JSON.parse(stdout) as {
      sets: { name: string; files: string[]; lines: number }[];
      ratchet: { sets: { key: string; evaluated: boolean; checked: number }[] };
    };
    assert.deepEqual(report.sets[0]!.files, [
      path.join('data', 'a.jsonl'),
      path.join('data', 'b.jsonl'),
    ]);
    assert.equal(report.sets[0]!.lines, 4);
    assert.deepEqual(report.ratchet.sets, [
      { key: 'data', path: path.join(root, 'data'), evaluated: true, checked: 3, breaches: [] },
    ]);
    assert.match(stderr, /all 3 figures hold/);
  });

  test('several sets get a combined total', async () => {
    const file = path.join(dir, 'small.jsonl');
    const { code, stdout } = await run([file, file, '--errors']);
    assert.equal(code, 0);
    assert.match(stdout, /== all \(2 sets\) ==\n8 lines: 4 flag, 4 pass/);
  });

  test('usage mistakes exit 2 with a message', async () => {
    const policy = path.join(dir, 'policy.json');
    await writeFile(policy, JSON.stringify({ version: 7 }));
    const cases: [string[], RegExp][] = [
      [[], /name at least one/],
      [['--frobnicate', 'x.jsonl'], /ringfence eval: .*frobnicate/],
      [[path.join(dir, 'missing.jsonl')], /no such file or directory/],
      [[dir, '--policy', policy], /^ringfence: policy /],
      [[dir, '--ratchet', policy], /ratchet .*version: must be an object/],
    ];
    for (const [args, message] of cases) {
      const { code, stderr } = await run(args);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, message);
    }
  });
});
