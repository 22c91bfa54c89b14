// Writes every finding `detect` reports on a fixed set of texts, one JSON line per text, so that
// a change meant to make detection faster can be shown to change nothing: dump before, dump
// after, compare the files (`cmp`). The texts: the labelled corpus, the held-out and
// other-language sets, the conformance sets, synthetic messages of about 300 bytes, 1 KB and 4 KB,
// and generated strings built from the pieces disguises are made of (spaces, brackets, at/dot
// words, single letters, look-alikes).
// Run after `npx tsc -b`: node scripts/findings-dump.mjs OUT [DETECT_MODULE]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';
import { synthesiseMessages } from '../packages/cli/dist/evaluation/synthetic-messages.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const [out, module = `${root}packages/detect/dist/index.js`] = process.argv.slice(2);
if (!out) {
  console.error('usage: node scripts/findings-dump.mjs OUT [DETECT_MODULE]');
  process.exit(2);
}
const { detect } = await import(module);

const texts = [];
const conformance = `${root}../shared/conformance/`;
const files = [
  `${root}corpus/ringfence.jsonl`,
  // Scored, never tuned to; a change meant to change nothing must leave its findings alone too.
  `${root}corpus/held-out.jsonl`,
  `${root}corpus/languages.jsonl`,
  ...readdirSync(conformance)
    .filter((name) => name.endsWith('.jsonl'))
    .map((name) => conformance + name),
];
for (const file of files) {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const item = JSON.parse(line);
    if (typeof item.text === 'string') texts.push(item.text);
    for (const earlier of Array.isArray(item.thread) ? item.thread : [])
      texts.push(typeof earlier === 'string' ? earlier : String(earlier?.text ?? ''));
  }
}
for (const [count, seed, size] of [
  [20000, 1, undefined],
  [1500, 2, 4096],
  [3000, 3, 1024],
])
  for (const m of synthesiseMessages({ count, seed, ...(size ? { size } : {}) }))
    texts.push(m.text);

const PIECES = [
  ' ',
  '  ',
  '   ',
  '\n',
  '\t',
  '(',
  ')',
  '[',
  ']',
  '{',
  '<',
  '>',
  '_',
  '*',
  '-',
  '/',
  '|',
  '\\',
  '.',
  '@',
  'dot',
  'DOT',
  'Dot',
  'd0t',
  'punto',
  'at',
  'AT',
  'arroba',
  'at the',
  'com',
  'net',
  'io',
  'gmail',
  'gm4il',
  'c0m',
  'outlook',
  'slash',
  'barra',
  'a',
  'b',
  'c',
  'x',
  'j',
  'o',
  'h',
  'n',
  '1',
  '2',
  '5',
  '0',
  'O',
  'l',
  'é',
  'ж',
  'john',
  'sam',
  'calendly',
  'meet',
  'google',
  'mail',
  'me',
  'my',
  'is',
  'the',
  'domain',
  'www',
  ':',
  ',',
  'Zoë',
  '𝐚',
  'pay',
  'paypal',
  'street',
  '12',
  'i',
  'e',
  'five',
  'two',
  'oh',
];
let seed = 7;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
for (let i = 0; i < 6000; i++) {
  let text = '';
  const length = 5 + Math.floor(random() * 60);
  for (let k = 0; k < length; k++) text += PIECES[Math.floor(random() * PIECES.length)];
  texts.push(text);
}

const lines = texts.map((text) => JSON.stringify(detect(text)));
for (const text of texts.slice(0, 3000))
  lines.push(JSON.stringify(detect(text, { countries: ['GB'] })));
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`${texts.length} texts, ${lines.length} lines written to ${out}`);
