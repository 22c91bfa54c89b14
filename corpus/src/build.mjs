// Builds corpus/ringfence.jsonl from the hand-written sources in corpus/src/*.txt,
// corpus/held-out.jsonl from the blind batteries in corpus/held-out/*.txt, and
// corpus/languages.jsonl from those in corpus/languages/*.txt (same format).
//
// Source format (one item per line):
//   KIND [cats] [key=value ...] :: text
//   KIND: F = flag, H = pass with a trap (hard negative), P = plain pass,
//         X = pass only because of an exception (needs e=...; carries the excepted categories)
//   cats: comma-separated categories (flag lines; X lines)
//   keys: o=obfuscation l=lang s=surface c=contract p=plan a=attachment_kind cc=country e=exception
//   text: "\n" is a newline; {{macro:arg}} applies a transformation (see MACROS).
// Directives: "@defaults key=value ..." (applies to following items until changed),
//   "T name [key=value ...]" ... "END" wraps the messages of one thread, "#" starts a comment.
// Run: node corpus/src/build.mjs
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  isValidAba,
  isValidBtc,
  isValidEth,
  isValidIban,
  isValidTron,
  selfTest,
} from './checks.mjs';
import { generated } from './generate.mjs';

selfTest();

const here = dirname(fileURLToPath(import.meta.url));
const KEYS = {
  o: 'obfuscation',
  l: 'lang',
  s: 'surface',
  c: 'contract',
  p: 'plan',
  a: 'attachment_kind',
  cc: 'country',
  e: 'exception',
};
const CATS = new Set(['phone', 'email', 'address', 'link', 'handle', 'request', 'payment']);

const mapChars = (s, fn) => [...s].map(fn).join('');
const digitShift = (base) => (s) =>
  mapChars(s, (c) => (/[0-9]/.test(c) ? String.fromCodePoint(base + Number(c)) : c));
const CYR = {
  a: 'а',
  e: 'е',
  o: 'о',
  p: 'р',
  c: 'с',
  x: 'х',
  y: 'у',
  i: 'і',
  A: 'А',
  B: 'В',
  E: 'Е',
  K: 'К',
  M: 'М',
  H: 'Н',
  O: 'О',
  P: 'Р',
  C: 'С',
  T: 'Т',
  X: 'Х',
};
const GRK = {
  o: 'ο',
  A: 'Α',
  B: 'Β',
  E: 'Ε',
  Z: 'Ζ',
  H: 'Η',
  I: 'Ι',
  K: 'Κ',
  M: 'Μ',
  N: 'Ν',
  O: 'Ο',
  P: 'Ρ',
  T: 'Τ',
  Y: 'Υ',
  X: 'Χ',
  v: 'ν',
};
const ZW = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'];
const CIRCLED = (c) =>
  c === '0' ? '\u24ea' : /[1-9]/.test(c) ? String.fromCodePoint(0x245f + Number(c)) : c;
const checked = (name, ok) => (s) => {
  if (!ok(s)) throw new Error(`invalid ${name}: ${s}`);
  return s;
};

const MACROS = {
  fw: (s) =>
    mapChars(s, (c) =>
      c >= '!' && c <= '~' ? String.fromCodePoint(c.codePointAt(0) + 0xfee0) : c,
    ),
  mb: (s) =>
    mapChars(s, (c) =>
      /[0-9]/.test(c)
        ? String.fromCodePoint(0x1d7ce + Number(c))
        : /[a-z]/.test(c)
          ? String.fromCodePoint(0x1d41a + c.charCodeAt(0) - 97)
          : /[A-Z]/.test(c)
            ? String.fromCodePoint(0x1d400 + c.charCodeAt(0) - 65)
            : c,
    ),
  mi: (s) =>
    mapChars(s, (c) =>
      c === 'h'
        ? '\u210e'
        : /[a-z]/.test(c)
          ? String.fromCodePoint(0x1d44e + c.charCodeAt(0) - 97)
          : /[A-Z]/.test(c)
            ? String.fromCodePoint(0x1d434 + c.charCodeAt(0) - 65)
            : c,
    ),
  mm: digitShift(0x1d7f6),
  ms: digitShift(0x1d7e2),
  ci: (s) => mapChars(s, CIRCLED),
  ar: digitShift(0x660),
  fa: digitShift(0x6f0),
  dv: digitShift(0x966),
  bn: digitShift(0x9e6),
  kc: (s) => mapChars(s, (c) => (/[0-9#*]/.test(c) ? `${c}\ufe0f\u20e3` : c)),
  cy: (s) => mapChars(s, (c) => CYR[c] ?? c),
  gr: (s) => mapChars(s, (c) => GRK[c] ?? c),
  zw: (s) => [...s].map((c, i) => (i === 0 ? c : ZW[i % ZW.length] + c)).join(''),
  zb: (s) => [...s].map((c, i) => (i === 0 ? c : `\u200b${c}`)).join(''),
  cm: (s) => mapChars(s, (c) => (/[0-9A-Za-z]/.test(c) ? `${c}\u0332` : c)),
  ca: (s) => mapChars(s, (c) => (/[aeiou0-9]/.test(c) ? `${c}\u0301` : c)),
  rev: (s) => [...s].reverse().join(''),
  sp: (s) => [...s].join(' '),
  iban: checked('IBAN', isValidIban),
  iban4: (s) =>
    checked(
      'IBAN',
      isValidIban,
    )(s)
      .replace(/(.{4})/g, '$1 ')
      .trim(),
  aba: checked('ABA routing number', isValidAba),
  btc: checked('BTC address', isValidBtc),
  eth: checked('ETH address', isValidEth),
  trx: checked('TRON address', isValidTron),
};

function expand(text, where) {
  let out = text
    .replace(/\\\\n/g, '\u0000')
    .replace(/\\n/g, '\n')
    .replace(/\u0000/g, '\\n');
  // innermost first, so macros can nest: {{rev:{{cy:...}}}}
  for (let guard = 0; /\{\{(\w+):((?:(?!\{\{|\}\}).)*)\}\}/s.test(out); guard++) {
    if (guard > 50) throw new Error(`${where}: macro loop`);
    out = out.replace(/\{\{(\w+):((?:(?!\{\{|\}\}).)*)\}\}/s, (_, name, arg) => {
      const fn = MACROS[name];
      if (!fn) throw new Error(`${where}: unknown macro ${name}`);
      return fn(arg);
    });
  }
  return out;
}

function parseHeader(header, where) {
  const [kind, ...rest] = header.trim().split(/\s+/);
  if (!['F', 'H', 'P', 'X'].includes(kind)) throw new Error(`${where}: bad kind ${kind}`);
  const item = { kind, categories: [] };
  for (const tok of rest) {
    const eq = tok.indexOf('=');
    if (eq < 0) {
      item.categories = tok.split(',');
      for (const c of item.categories)
        if (!CATS.has(c)) throw new Error(`${where}: bad category ${c}`);
    } else {
      const k = tok.slice(0, eq);
      if (!KEYS[k]) throw new Error(`${where}: bad key ${k}`);
      item[KEYS[k]] = tok.slice(eq + 1);
    }
  }
  return item;
}

function parseKv(tokens, where) {
  const o = {};
  for (const tok of tokens) {
    const [k, v] = tok.split('=');
    if (!KEYS[k] || v === undefined) throw new Error(`${where}: bad directive token ${tok}`);
    o[KEYS[k]] = v;
  }
  return o;
}

let records = [];
let single = 0;
let threadNo = 0;
let idPrefix = 'rf';

function toRecord(item, id, extra) {
  const r = {
    id,
    ...extra,
    text: item.text,
    expect: item.kind === 'F' ? 'flag' : 'pass',
    categories: item.categories,
  };
  for (const k of [
    'surface',
    'contract',
    'plan',
    'attachment_kind',
    'country',
    'obfuscation',
    'lang',
    'exception',
  ]) {
    const v = item[k];
    if (v === undefined) continue;
    if (
      (k === 'surface' && v === 'message') ||
      (k === 'contract' && v === 'none') ||
      (k === 'plan' && v === 'basic') ||
      (k === 'lang' && v === 'en')
    )
      continue;
    r[k] = v;
  }
  if (item.kind === 'H' || item.kind === 'X') r.hard = true;
  if (item.kind === 'F' && item.categories.length === 0)
    throw new Error(`${id}: flag without categories`);
  if (item.kind === 'X' && (!item.exception || item.categories.length === 0))
    throw new Error(`${id}: X needs e= and categories`);
  if ((item.kind === 'H' || item.kind === 'P') && (item.categories.length || item.exception))
    throw new Error(`${id}: plain pass with categories/exception`);
  return r;
}

function emitThread(th) {
  threadNo++;
  const tid = `t${String(threadNo).padStart(3, '0')}`;
  th.items.forEach((it, i) => {
    const rec = toRecord(it, `${idPrefix}-${tid}-${i + 1}`, { thread: tid, seq: i + 1 });
    if (i === th.items.length - 1)
      rec.thread_expect = th.items.some((x) => x.kind === 'F') ? 'flag' : 'pass';
    records.push(rec);
  });
}

function ingest(items) {
  // items: {kind, categories, ..., text} or {thread: [...]}
  for (const it of items) {
    if (it.thread) emitThread({ items: it.thread });
    else records.push(toRecord(it, `${idPrefix}-${String(++single).padStart(4, '0')}`, {}));
  }
}

/** Builds one set: every `*.txt` of `dir`, plus `extra` items, into `out`. */
function buildSet(dir, out, prefix, extra = []) {
  records = [];
  single = 0;
  threadNo = 0;
  idPrefix = prefix;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  for (const f of files) {
    const lines = readFileSync(join(dir, f), 'utf8').split('\n');
    let defaults = {};
    let thread = null;
    const items = [];
    lines.forEach((line, n) => {
      const where = `${f}:${n + 1}`;
      const t = line.trim();
      if (!t || t.startsWith('#')) return;
      if (t.startsWith('@defaults')) {
        defaults = parseKv(t.split(/\s+/).slice(1), where);
        return;
      }
      if (/^T\s/.test(t)) {
        if (thread) throw new Error(`${where}: nested thread`);
        thread = { defaults: parseKv(t.split(/\s+/).slice(2), where), items: [] };
        return;
      }
      if (t === 'END') {
        if (!thread || thread.items.length < 2)
          throw new Error(`${where}: END without a 2+ message thread`);
        items.push({ thread: thread.items });
        thread = null;
        return;
      }
      const sep = line.indexOf(' :: ');
      if (sep < 0) throw new Error(`${where}: no " :: " separator`);
      const item = {
        ...defaults,
        ...(thread ? thread.defaults : {}),
        ...parseHeader(line.slice(0, sep), where),
      };
      item.text = expand(line.slice(sep + 4), where);
      (thread ? thread.items : items).push(item);
    });
    if (thread) throw new Error(`${f}: unterminated thread`);
    ingest(items);
  }
  ingest(extra);

  // The same text may come back in another context (a plan, a contract, a thread) that decides it
  // differently; the same text in the same context twice is a copy.
  const seen = new Map();
  for (const r of records) {
    const key = JSON.stringify([
      r.text,
      r.surface,
      r.contract,
      r.plan,
      r.attachment_kind,
      r.thread,
    ]);
    if (seen.has(key)) throw new Error(`duplicate text in ${r.id} and ${seen.get(key)}: ${r.text}`);
    seen.set(key, r.id);
  }
  writeFileSync(out, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  console.log(
    `wrote ${records.length} lines from ${files.length} source files to ${basename(out)}`,
  );
}

buildSet(here, join(here, '..', 'ringfence.jsonl'), 'rf', generated());
// Blind batteries kept out of the corpus the detectors are tuned on: a measure of how well the
// work generalises, read, never tuned to (docs/quality.md).
buildSet(join(here, '..', 'held-out'), join(here, '..', 'held-out.jsonl'), 'ho');
// Blind batteries in languages the detectors were not written for (Amharic, Khmer, Kazakh,
// Hungarian…): tuned on, but scored apart, so that the gap beyond the main languages shows as
// its own figure instead of thinning the corpus's (docs/quality.md).
buildSet(join(here, '..', 'languages'), join(here, '..', 'languages.jsonl'), 'lg');
