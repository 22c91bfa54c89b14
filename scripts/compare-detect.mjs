// Compares the speed of two builds of `detect` in one process, passes interleaved, best pass of
// each: on a machine whose speed drifts from minute to minute, two separate benchmark runs can
// differ by more than the change being measured. Build the other version in a worktree first
// (`git worktree add /tmp/before REV`, link node_modules, `npx tsc -b packages/detect`).
// With --batch N the after build reads the texts N at a time with `detectEach`, as `scan` does;
// give the same module twice to see what batches gain over one text at a time. Do not compare two
// builds in batches in one process: the one loaded second ran its batches 2.7 times slower than
// alone (one text at a time, the two builds time as they do alone); time each build's batches in
// a process of its own, several times over.
// Run: node scripts/compare-detect.mjs BEFORE_MODULE AFTER_MODULE [--size BYTES] [--passes N] [--batch N]
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { synthesiseMessages } from '../packages/cli/dist/evaluation/synthetic-messages.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    size: { type: 'string' },
    passes: { type: 'string', default: '8' },
    batch: { type: 'string' },
  },
});
if (positionals.length !== 2) {
  console.error(
    'usage: node scripts/compare-detect.mjs BEFORE_MODULE AFTER_MODULE [--size BYTES] [--passes N] [--batch N]',
  );
  process.exit(2);
}
const size = values.size ? Number(values.size) : undefined;
const builds = await Promise.all(positionals.map((module) => import(module)));
const texts = synthesiseMessages({
  count: size ? 1500 : 20000,
  seed: 1,
  ...(size ? { size } : {}),
}).map((m) => m.text);
const batch = values.batch ? Number(values.batch) : undefined;
const items = texts.map((text) => ({ text }));
const run = [
  () => texts.forEach((text) => builds[0].detect(text)),
  batch
    ? () => {
        for (let i = 0; i < items.length; i += batch)
          builds[1].detectEach(items.slice(i, i + batch));
      }
    : () => texts.forEach((text) => builds[1].detect(text)),
];
run.forEach((pass) => pass()); // warm-up
const best = [Infinity, Infinity];
for (let pass = 0; pass < Number(values.passes); pass++) {
  const order = pass % 2 ? [0, 1] : [1, 0];
  for (const b of order) {
    const started = performance.now();
    run[b]();
    best[b] = Math.min(best[b], ((performance.now() - started) * 1000) / texts.length);
  }
}
console.log(
  `${texts.length} messages${size ? ` of ${size} bytes` : ''}${batch ? `, after in batches of ${batch}` : ''}: before ${best[0].toFixed(1)} µs, after ${best[1].toFixed(1)} µs per message (best pass); after/before ${(best[1] / best[0]).toFixed(3)}`,
);
