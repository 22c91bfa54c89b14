// Validates corpus/ringfence.jsonl and prints its composition.
// Usage: node corpus/stats.mjs [path]   (exit code 1 on any validation error)
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const file = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), 'ringfence.jsonl');

const CATEGORIES = ['phone', 'email', 'address', 'link', 'handle', 'request', 'payment'];
const ENUMS = {
  expect: ['flag', 'pass'],
  surface: ['message', 'proposal', 'job_post', 'profile', 'invite', 'attachment'],
  contract: ['none', 'active', 'ended'],
  plan: ['basic', 'business', 'enterprise'],
  attachment_kind: ['legal', 'other'],
  obfuscation: [
    'at_dot_words',
    'spelled_digits',
    'mixed_words_digits',
    'separators',
    'confusables',
    'invisible',
    'leetspeak',
    'reversed',
    'code_block',
    'split_messages',
  ],
  exception: ['plan', 'contract', 'scoping', 'legal', 'file_share', 'portfolio'],
  thread_expect: ['flag', 'pass'],
};
const KNOWN = new Set([
  'id',
  'text',
  'expect',
  'categories',
  'surface',
  'contract',
  'plan',
  'attachment_kind',
  'country',
  'thread',
  'seq',
  'obfuscation',
  'lang',
  'exception',
  'thread_expect',
  'hard',
]);

const errors = [];
const fail = (where, msg) => errors.push(`${where}: ${msg}`);

const raw = readFileSync(file, 'utf8');
const lines = raw.split('\n');
if (lines.at(-1) === '') lines.pop();

const rows = [];
lines.forEach((line, i) => {
  const where = `line ${i + 1}`;
  let r;
  try {
    r = JSON.parse(line);
  } catch (e) {
    fail(where, `not JSON (${e.message})`);
    return;
  }
  if (r === null || typeof r !== 'object' || Array.isArray(r)) {
    fail(where, 'not a JSON object');
    return;
  }
  rows.push({ r, where: `${where} (${r.id ?? 'no id'})` });
});

// Field-level checks.
const ids = new Set();
for (const { r, where } of rows) {
  for (const k of Object.keys(r)) if (!KNOWN.has(k)) fail(where, `unknown field "${k}"`);
  if (typeof r.id !== 'string' || r.id === '') fail(where, 'id must be a non-empty string');
  else if (ids.has(r.id)) fail(where, 'duplicate id');
  else ids.add(r.id);
  if (typeof r.text !== 'string' || r.text.trim() === '')
    fail(where, 'text must be a non-empty string');
  if (!Array.isArray(r.categories)) fail(where, 'categories must be an array');
  else {
    for (const c of r.categories)
      if (!CATEGORIES.includes(c)) fail(where, `unknown category "${c}"`);
    if (new Set(r.categories).size !== r.categories.length) fail(where, 'repeated category');
  }
  for (const [k, allowed] of Object.entries(ENUMS)) {
    if (k in r && !allowed.includes(r[k]))
      fail(where, `${k} must be one of ${allowed.join('|')}, got ${JSON.stringify(r[k])}`);
  }
  if (!('expect' in r)) fail(where, 'expect is required');
  if (r.expect === 'flag' && Array.isArray(r.categories) && r.categories.length === 0)
    fail(where, 'a flag line needs at least one category');
  if (r.expect === 'flag' && 'exception' in r) fail(where, 'a flag line cannot carry an exception');
  if (
    r.expect === 'pass' &&
    Array.isArray(r.categories) &&
    r.categories.length > 0 &&
    !('exception' in r)
  )
    fail(where, 'a pass line lists categories only when an exception allows them');
  if ('exception' in r && Array.isArray(r.categories) && r.categories.length === 0)
    fail(where, 'an exception line names the categories it allows');
  if ('attachment_kind' in r && r.surface !== 'attachment')
    fail(where, 'attachment_kind only with surface attachment');
  if ('country' in r && !/^[A-Z]{2}$/.test(r.country))
    fail(where, 'country must be an ISO 3166-1 alpha-2 code');
  if ('lang' in r && !/^[a-z]{2}$/.test(r.lang)) fail(where, 'lang must be an ISO 639-1 code');
  if ('hard' in r && r.hard !== true) fail(where, 'hard, when present, must be true');
  if (r.hard === true && r.expect !== 'pass') fail(where, 'hard is only for pass lines');
  if (r.exception === 'legal' && !(r.surface === 'attachment' && r.attachment_kind === 'legal'))
    fail(where, 'exception legal needs a legal attachment');
  if (r.exception === 'portfolio' && r.surface !== 'proposal')
    fail(where, 'exception portfolio needs surface proposal');
  if (r.exception === 'plan' && !['business', 'enterprise'].includes(r.plan))
    fail(where, 'exception plan needs a business or enterprise plan');
  if (r.exception === 'contract' && !['active', 'ended'].includes(r.contract))
    fail(where, 'exception contract needs an active or ended contract');
  if ('thread' in r !== 'seq' in r) fail(where, 'thread and seq go together');
  if ('seq' in r && !(Number.isInteger(r.seq) && r.seq >= 1))
    fail(where, 'seq must be a positive integer');
  if ('thread_expect' in r && !('thread' in r)) fail(where, 'thread_expect only on thread lines');
  if (r.obfuscation === 'split_messages' && !('thread' in r))
    fail(where, 'split_messages only on thread lines');
}

// Thread checks: consecutive, seq 1..n, thread_expect on the last line only and consistent.
const seenThreads = new Set();
for (let i = 0; i < rows.length;) {
  const { r } = rows[i];
  if (!('thread' in r)) {
    i++;
    continue;
  }
  const t = r.thread;
  if (seenThreads.has(t)) fail(rows[i].where, `thread ${t} is not consecutive`);
  seenThreads.add(t);
  let j = i;
  while (j < rows.length && rows[j].r.thread === t) j++;
  const group = rows.slice(i, j);
  if (group.length < 2) fail(rows[i].where, `thread ${t} has a single message`);
  group.forEach(({ r: g, where }, k) => {
    if (g.seq !== k + 1) fail(where, `thread ${t}: expected seq ${k + 1}, got ${g.seq}`);
    const last = k === group.length - 1;
    if (last && !('thread_expect' in g)) fail(where, `thread ${t}: last line needs thread_expect`);
    if (!last && 'thread_expect' in g)
      fail(where, `thread ${t}: thread_expect only on the last line`);
  });
  const anyFlag = group.some(({ r: g }) => g.expect === 'flag');
  const te = group.at(-1).r.thread_expect;
  if (te && te !== (anyFlag ? 'flag' : 'pass'))
    fail(
      group.at(-1).where,
      `thread ${t}: thread_expect ${te} disagrees with its lines (${anyFlag ? 'a line is flag' : 'all lines pass'})`,
    );
  i = j;
}

// Duplicate texts: the same text may come back in another context (a plan, a contract, a thread)
// that decides it differently, as build.mjs allows; the same text in the same context is a copy.
const texts = new Map();
for (const { r, where } of rows) {
  if (typeof r.text !== 'string') continue;
  const key = JSON.stringify([r.text, r.surface, r.contract, r.plan, r.attachment_kind, r.thread]);
  if (texts.has(key)) fail(where, `same text as ${texts.get(key)}`);
  else texts.set(key, r.id);
}

if (errors.length) {
  console.error(`${errors.length} validation error(s) in ${file}:`);
  for (const e of errors.slice(0, 50)) console.error(`  ${e}`);
  if (errors.length > 50) console.error(`  … and ${errors.length - 50} more`);
  process.exit(1);
}

// Composition.
const all = rows.map(({ r }) => r);
const n = all.length;
const pct = (k) => `${((100 * k) / n).toFixed(1)}%`;
const count = (pred) => all.filter(pred).length;
const tally = (key, pred = () => true) => {
  const m = new Map();
  for (const r of all.filter(pred)) {
    const vs = Array.isArray(r[key]) ? r[key] : [r[key]];
    for (const v of vs) m.set(v, (m.get(v) ?? 0) + 1);
  }
  return [...m.entries()].sort((a, b) => b[1] - a[1]);
};
const table = (title, entries) => {
  console.log(`\n${title}`);
  for (const [k, v] of entries) console.log(`  ${String(k).padEnd(20)} ${String(v).padStart(5)}`);
};

const flag = count((r) => r.expect === 'flag');
const pass = n - flag;
const hard = count((r) => r.hard === true);
const hardNoExc = count((r) => r.hard === true && !('exception' in r));
const nonEn = count((r) => r.lang && r.lang !== 'en');
const threads = new Set(all.filter((r) => r.thread).map((r) => r.thread));
const threadLines = count((r) => r.thread);
const threadFlag = count((r) => r.thread_expect === 'flag');

console.log(`file: ${relative(process.cwd(), file) || file}`);
console.log(`lines                 ${n}`);
console.log(`flag / pass           ${flag} (${pct(flag)}) / ${pass} (${pct(pass)})`);
console.log(
  `hard negatives        ${hard} (${pct(hard)}) — of which without an exception: ${hardNoExc} (${pct(hardNoExc)})`,
);
console.log(`plain negatives       ${pass - hard} (${pct(pass - hard)})`);
console.log(`exception passes      ${count((r) => 'exception' in r)}`);
console.log(`non-English lines     ${nonEn} (${pct(nonEn)})`);
console.log(
  `threads               ${threads.size} (${threadLines} lines; thread_expect flag ${threadFlag}, pass ${threads.size - threadFlag})`,
);
table(
  'categories (flag lines)',
  tally('categories', (r) => r.expect === 'flag'),
);
table(
  'categories (pass lines, allowed by an exception)',
  tally('categories', (r) => r.expect === 'pass' && r.categories.length > 0),
);
table(
  'obfuscation (flag lines)',
  tally('obfuscation', (r) => r.expect === 'flag' && r.obfuscation),
);
table(
  'obfuscation (pass lines)',
  tally('obfuscation', (r) => r.expect === 'pass' && r.obfuscation),
);
table(
  'lang (en = no lang field)',
  tally('lang', () => true).map(([k, v]) => [k ?? 'en', v]),
);
table(
  'surface',
  tally('surface').map(([k, v]) => [k ?? 'message', v]),
);
table(
  'contract',
  tally('contract').map(([k, v]) => [k ?? 'none', v]),
);
table(
  'plan',
  tally('plan').map(([k, v]) => [k ?? 'basic', v]),
);
table(
  'exception',
  tally('exception', (r) => r.exception),
);
console.log('\ncategory × obfuscation (flag lines)');
const SHORT = {
  at_dot_words: 'at/dot',
  spelled_digits: 'spelled',
  mixed_words_digits: 'mixed',
  separators: 'separ',
  confusables: 'confus',
  invisible: 'invis',
  leetspeak: 'leet',
  reversed: 'revers',
  code_block: 'code',
  split_messages: 'split',
};
console.log(`  ${''.padEnd(9)}${ENUMS.obfuscation.map((o) => SHORT[o].padStart(8)).join('')}`);
for (const c of CATEGORIES) {
  const cells = ENUMS.obfuscation.map((o) =>
    String(
      count((r) => r.expect === 'flag' && r.obfuscation === o && r.categories.includes(c)),
    ).padStart(8),
  );
  console.log(`  ${c.padEnd(9)}${cells.join('')}`);
}
table(
  'flag/pass per lang',
  [...new Set(all.map((r) => r.lang ?? 'en'))]
    .sort()
    .map((l) => [
      l,
      `${count((r) => (r.lang ?? 'en') === l && r.expect === 'flag')}/${count((r) => (r.lang ?? 'en') === l && r.expect === 'pass')}`,
    ]),
);
