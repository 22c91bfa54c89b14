import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { createChecker } from '@ringfence/policy';
import { renderTable } from '../evaluation/format.js';
import { LatencySamples, type ThroughputFigures } from '../evaluation/latency.js';
import { synthesiseMessages } from '../evaluation/synthetic-messages.js';
import { EXIT, UsageError, write, type Command, type CommandIO } from '../io.js';
import { readJsonLines } from '../jsonl.js';
import { readPolicyFile } from '../policy-option.js';

/** Messages per batch for the batched figure: about the lines of one 64 KB chunk of input. */
const BATCH = 190;

const HELP = `Usage: ringfence bench [options] FILE
       ringfence bench [options] --generate N [--size BYTES]

Measures how fast the checker decides: one unmeasured warm-up pass (cut short at the
--seconds budget), then measured passes with a fresh checker each, timing every message.
Prints messages, text bytes, messages/s, MB/s (10^6 bytes of text per second),
latency p50/p99/p99.9/max in microseconds, and the mean message size. Throughput
counts only the time spent inside the checker. Then the same messages are checked
in batches, as scan checks each chunk of its input, for the batched messages/s.
On a terminal, a progress line is shown on standard error.

FILE is JSON lines in the scan input format (labels are ignored).

Options:
  --seconds N          measure for about N seconds (default 5)
  --rounds N           measure exactly N passes over the messages instead
  --generate N         synthesise N typical freelance messages instead of reading FILE
                       (clean talk full of prices and dates, 1 in 8 with contact details;
                       deterministic)
  --size BYTES         synthesise messages of exactly BYTES bytes (e.g. 4096); implies
                       --generate 10000 unless --generate is given
  --seed N             seed for the synthesised messages (default 1)
  --batch N            messages per batch for the batched figure (default ${BATCH}, about
                       what scan reads at once from 64 KB of typical lines)
  --compare-baseline   also time the libraries chained naively on the same texts
                       (libphonenumber-js findPhoneNumbersInText + linkify-it match + an
                       email regex) and print both side by side
  --policy FILE        decide with this policy document instead of the default policy
  --json               print the figures as one JSON object
`;

/** Messages synthesised when only --size is given. */
const DEFAULT_GENERATED = 10_000;
/** How often the progress line is redrawn on a terminal. */
const PROGRESS_INTERVAL_NS = 250_000_000n;

/** Measured passes, or a time budget (whole messages; a pass may stop halfway). */
type Budget = { rounds: number } | { seconds: number };

interface BenchInput {
  description: string;
  messages: unknown[];
  texts: string[];
}

export const benchCommand: Command = {
  help: HELP,
  run: runBench,
};

function parseBenchArgs(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: {
        seconds: { type: 'string' },
        rounds: { type: 'string' },
        generate: { type: 'string' },
        size: { type: 'string' },
        seed: { type: 'string' },
        batch: { type: 'string' },
        'compare-baseline': { type: 'boolean', default: false },
        policy: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(`ringfence bench: ${(error as Error).message}`);
  }
}

function positiveNumber(flag: string, value: string, integer: boolean): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0 || (integer && !Number.isInteger(number))) {
    throw new UsageError(
      `ringfence bench: --${flag} must be a positive ${integer ? 'whole number' : 'number'}, not "${value}"`,
    );
  }
  return number;
}

async function runBench(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseBenchArgs(args);
  const option = (
    flag: 'seconds' | 'rounds' | 'generate' | 'size' | 'seed' | 'batch',
    integer = true,
  ) => {
    const value = values[flag];
    return value === undefined ? undefined : positiveNumber(flag, value, integer);
  };
  const rounds = option('rounds');
  const seconds = option('seconds', false);
  if (rounds !== undefined && seconds !== undefined) {
    throw new UsageError('ringfence bench: give --rounds or --seconds, not both');
  }
  const budget: Budget = rounds !== undefined ? { rounds } : { seconds: seconds ?? 5 };
  const size = option('size');
  const generate = option('generate') ?? (size !== undefined ? DEFAULT_GENERATED : undefined);
  const seed = option('seed') ?? 1;
  const batchSize = option('batch') ?? BATCH;

  if (positionals.length > 1) throw new UsageError('ringfence bench: give one FILE');
  const [file] = positionals;
  if (file !== undefined && generate !== undefined) {
    throw new UsageError('ringfence bench: give a FILE or --generate/--size, not both');
  }
  if (file === undefined && generate === undefined) {
    throw new UsageError('ringfence bench: give a FILE of JSON lines, or --generate N');
  }
  const policy = values.policy === undefined ? undefined : await readPolicyFile(values.policy);

  let input: BenchInput;
  if (file !== undefined) {
    const read = await readBenchFile(file, io);
    if (!read) return EXIT.inputErrors;
    input = read;
  } else {
    const messages = synthesiseMessages({ count: generate!, seed, ...(size ? { size } : {}) });
    input = {
      description: `${messages.length} synthesised messages (seed ${seed}${size ? `, ${size} bytes each` : ''})`,
      messages,
      texts: messages.map((m) => m.text),
    };
  }

  // A progress line only where a person watches; pipes and logs get none.
  const progress = (io.stderr as { isTTY?: boolean }).isTTY === true ? io.stderr : undefined;
  const sizes = input.texts.map((t) => Buffer.byteLength(t));
  const ringfence = measure(
    input.messages,
    sizes,
    () => {
      const checker = createChecker(policy ? { policy } : {});
      return (message) => checker.check(message);
    },
    budget,
    progress && { stream: progress, label: 'ringfence' },
  );
  const batched = measureBatched(
    input.messages,
    sizes,
    batchSize,
    () => {
      const checker = createChecker(policy ? { policy } : {});
      return (batch) => checker.checkEach(batch);
    },
    budget,
    progress && { stream: progress, label: `ringfence, batches of ${batchSize}` },
  );
  let baseline: ThroughputFigures | undefined;
  if (values['compare-baseline']) {
    const naive = await loadNaiveChain();
    baseline = measure(
      input.texts,
      sizes,
      () => naive,
      budget,
      progress && { stream: progress, label: 'baseline' },
    );
  }

  if (values.json) {
    const json = {
      input: {
        description: input.description,
        messages: input.messages.length,
        meanMessageBytes: sizes.reduce((a, b) => a + b, 0) / sizes.length,
      },
      budget,
      ringfence,
      batched,
      ...(baseline ? { baseline } : {}),
    };
    await write(io.stdout, `${JSON.stringify(json, null, 2)}\n`);
  } else {
    await write(io.stdout, renderBench(input.description, budget, ringfence, batched, baseline));
  }
  return EXIT.ok;
}

async function readBenchFile(file: string, io: CommandIO): Promise<BenchInput | undefined> {
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) throw new UsageError(`ringfence bench: ${file}: no such file`);
  const messages: unknown[] = [];
  const texts: string[] = [];
  const problems: string[] = [];
  for await (const entry of readJsonLines(createReadStream(file))) {
    if ('error' in entry) {
      problems.push(`${file}:${entry.line}: ${entry.error}`);
      continue;
    }
    const text = (entry.value as { text?: unknown } | null)?.text;
    if (typeof text !== 'string') {
      problems.push(`${file}:${entry.line}: not an object with a "text" string`);
      continue;
    }
    messages.push(entry.value);
    texts.push(text);
  }
  if (problems.length > 0) {
    await write(io.stderr, problems.map((p) => `ringfence bench: ${p}\n`).join(''));
    return undefined;
  }
  if (messages.length === 0) throw new UsageError(`ringfence bench: ${file}: no messages in it`);
  return { description: `${messages.length} messages from ${file}`, messages, texts };
}

/**
 * Times `check` on every item, pass after pass. `startPass` gives a fresh function per pass,
 * so every pass does the same work (the checker's thread memory starts empty each time).
 * One unmeasured warm-up pass comes first, so the timings are of optimised code; with a time
 * budget it stops when the budget would, so a big file does not double the run. An item is
 * one message, or a batch of `messagesIn(item)` messages.
 */
function measure<T>(
  items: readonly T[],
  sizes: readonly number[],
  startPass: () => (item: T) => unknown,
  budget: Budget,
  progress?: { stream: Writable; label: string },
  messagesIn: (item: T) => number = () => 1,
): ThroughputFigures {
  const budgetNanos = 'seconds' in budget ? BigInt(Math.round(budget.seconds * 1e9)) : undefined;
  const draw = progressLine(progress);

  const warmUpStarted = process.hrtime.bigint();
  const warmUp = startPass();
  for (let i = 0; i < items.length; i++) {
    warmUp(items[i]!);
    const now = process.hrtime.bigint();
    if (budgetNanos !== undefined && now - warmUpStarted >= budgetNanos) break;
    draw(now, () => `warming up, ${i + 1} of ${items.length}`);
  }

  const samples = new LatencySamples(
    'rounds' in budget ? items.length * budget.rounds : items.length,
  );
  const started = process.hrtime.bigint();
  let pass = 0;
  let done = false;
  while (!done) {
    const check = startPass();
    for (let i = 0; i < items.length; i++) {
      const before = process.hrtime.bigint();
      check(items[i]!);
      const after = process.hrtime.bigint();
      samples.add(Number(after - before), sizes[i]!, messagesIn(items[i]!));
      if (budgetNanos !== undefined && after - started >= budgetNanos) {
        done = true;
        break;
      }
      draw(after, () => {
        const seconds = Number(after - started) / 1e9;
        return `${samples.messages.toLocaleString('en-US')} messages, ${seconds.toFixed(1)} s`;
      });
    }
    pass++;
    if ('rounds' in budget && pass >= budget.rounds) done = true;
  }
  draw.clear();
  return samples.figures();
}

/** Throughput when the checker takes the messages a batch at a time. */
interface BatchedFigures {
  batchSize: number;
  messages: number;
  seconds: number;
  messagesPerSecond: number;
  megabytesPerSecond: number;
}

/** `measure` on batches of `batchSize` items; only the throughput means anything here. */
function measureBatched<T>(
  items: readonly T[],
  sizes: readonly number[],
  batchSize: number,
  startPass: () => (batch: T[]) => unknown,
  budget: Budget,
  progress?: { stream: Writable; label: string },
): BatchedFigures {
  const batches: T[][] = [];
  const batchBytes: number[] = [];
  for (let i = 0; i < items.length; i += batchSize) {
    batches.push(items.slice(i, i + batchSize));
    batchBytes.push(sizes.slice(i, i + batchSize).reduce((a, b) => a + b, 0));
  }
  const { messages, seconds, messagesPerSecond, megabytesPerSecond } = measure(
    batches,
    batchBytes,
    startPass,
    budget,
    progress,
    (batch) => batch.length,
  );
  return { batchSize, messages, seconds, messagesPerSecond, megabytesPerSecond };
}

/** Redraws one status line on a terminal about four times a second; does nothing elsewhere. */
function progressLine(progress: { stream: Writable; label: string } | undefined) {
  let next = 0n;
  const draw = (now: bigint, status: () => string) => {
    if (!progress || now < next) return;
    next = now + PROGRESS_INTERVAL_NS;
    progress.stream.write(`\r\x1b[K${progress.label}: ${status()}`);
  };
  draw.clear = () => progress?.stream.write('\r\x1b[K');
  return draw;
}

/** Simple on purpose: the naive chain a team would write first. */
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/g;

/**
 * The libraries chained naively, loaded only when asked for (they are the detector's
 * dependencies, reached through the workspace's node_modules).
 */
async function loadNaiveChain(): Promise<(text: string) => number> {
  const [{ findPhoneNumbersInText }, { LinkifyIt }] = await Promise.all([
    import('libphonenumber-js/min'),
    import('linkify-it'),
  ]);
  const linkify = new LinkifyIt();
  return (text) =>
    findPhoneNumbersInText(text).length +
    (linkify.match(text)?.length ?? 0) +
    (text.match(EMAIL)?.length ?? 0);
}

function renderBench(
  description: string,
  budget: Budget,
  ringfence: ThroughputFigures,
  batched: BatchedFigures,
  baseline: ThroughputFigures | undefined,
): string {
  const columns = baseline ? [ringfence, baseline] : [ringfence];
  const row = (figure: string, value: (f: ThroughputFigures) => string) => [
    figure,
    ...columns.map(value),
  ];
  const whole = (n: number) => Math.round(n).toLocaleString('en-US');
  const micros = (n: number) => n.toFixed(1);
  const measured =
    'rounds' in budget ? `${budget.rounds} measured passes` : `about ${budget.seconds} s each`;
  return `ringfence bench: ${description}, ${measured}

${renderTable(
  ['', 'ringfence', ...(baseline ? ['naive chain'] : [])],
  [
    row('messages', (f) => whole(f.messages)),
    row('text bytes', (f) => whole(f.bytes)),
    row('messages/s', (f) => whole(f.messagesPerSecond)),
    row('MB/s', (f) => f.megabytesPerSecond.toFixed(2)),
    row(`messages/s, batches of ${batched.batchSize}`, (f) =>
      f === ringfence ? whole(batched.messagesPerSecond) : '—',
    ),
    row('latency p50 µs', (f) => micros(f.latencyMicros.p50)),
    row('latency p99 µs', (f) => micros(f.latencyMicros.p99)),
    row('latency p99.9 µs', (f) => micros(f.latencyMicros.p999)),
    row('latency max µs', (f) => micros(f.latencyMicros.max)),
    row('mean message bytes', (f) => whole(f.meanMessageBytes)),
  ],
)}

Latency is per message, checked one at a time. "Batches of ${batched.batchSize}" checks that many
messages at once (${whole(batched.messages)} in all), as scan checks each chunk of its input.
${baseline ? '\nThe naive chain finds plain phone numbers, links and emails only: no disguises, no\nrequests or payment details, no policy.\n' : ''}`;
}
