/**
 * Phrase lists read in two steps. Patterns written for one script only run on texts that
 * contain that script: most messages are Latin-only, and a Cyrillic or Arabic phrase list can
 * never match them. A Latin pattern is tried only where one of the words its matches start
 * with stands ("send", "what's", "pay"): one pass over a plain list of those words, shared by
 * every phrase list, finds those places far faster than the patterns could scan the text. Short
 * words stand almost everywhere, so where it can, the pass reads them with the word after them
 * ("i can", "the fees") in the lower-cased text, where no `i` flag is needed.
 */
import type { Scan } from './scan.js';
import { escapeRegExp } from '../lexicon/escape.js';

const CYRILLIC = /[\u0400-\u04ff]/;
const ARABIC = /[\u0600-\u06ff]/;
/**
 * Greek, Armenian, Hebrew, Devanagari, Bengali, Thai, Georgian, Japanese kana, CJK ideographs and
 * Hangul.
 */
const OTHER_SCRIPTS =
  /[\u0370-\u03ff\u0530-\u05ff\u0904-\u09fd\u0e00-\u0e7f\u10a0-\u10ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

export interface ScriptedPattern {
  pattern: RegExp;
  script: 'cyrillic' | 'arabic' | 'other' | 'latin';
  /** Index of the Latin pattern among `LATIN`; undefined when it is run over the whole text. */
  latin: number | undefined;
}

/** Patterns sorted by script. */
export interface ScriptedPatterns {
  patterns: readonly ScriptedPattern[];
}

/** Every Latin pattern with lead words, sticky (`y`) so that it can be tried at one place. */
const LATIN: RegExp[] = [];
/** Per Latin pattern, the words its matches start with. */
const LEADS: Lead[][] = [];
/** The same read on past the first space into the next word ("i can", "the fees"). */
const PHRASES: Lead[][] = [];

/**
 * A pattern belongs to the script of the first letter it requires: "(?:^|[^\p{L}])(?:дай|…)
 * (?:whatsapp|…)" is a Russian pattern even though it names Latin apps.
 */
export function byScript(list: readonly RegExp[]): ScriptedPatterns {
  const patterns = list.map((pattern): ScriptedPattern => {
    const literal = pattern.source.replace(
      /\\[pP]\{[^}]+\}|\\[a-zA-Z]|\[\^?[^\]]*\]|\(\?[:!=<]*|[()|^$?*+{}0-9,\s]/g,
      '',
    );
    const first = /\p{L}/u.exec(literal)?.[0] ?? '';
    const script = CYRILLIC.test(first)
      ? 'cyrillic'
      : ARABIC.test(first)
        ? 'arabic'
        : OTHER_SCRIPTS.test(first)
          ? 'other'
          : 'latin';
    // Under `u`, case folding is wider than the lower-casing the word lookup relies on.
    const found = script === 'latin' && !pattern.unicode ? leads(pattern.source) : undefined;
    if (!found) return { pattern, script, latin: undefined };
    LATIN.push(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`));
    LEADS.push(found);
    PHRASES.push(leads(pattern.source, false, true) ?? found);
    return { pattern, script, latin: LATIN.length - 1 };
  });
  indexes = undefined;
  return { patterns };
}

/**
 * The first match of each pattern worth running on the scanned text, in the order of the list
 * (patterns that do not match are left out).
 */
export function firstMatches({ patterns }: ScriptedPatterns, scan: Scan): RegExpExecArray[] {
  const { latin, cyrillic, arabic, other } = read(scan);
  const text = scan.folded.text;
  const matches: RegExpExecArray[] = [];
  for (const { pattern, script, latin: at } of patterns) {
    const match =
      at !== undefined
        ? latin[at]
        : script === 'latin' ||
            (script === 'cyrillic' ? cyrillic : script === 'arabic' ? arabic : other)
          ? pattern.exec(text)
          : undefined;
    if (match) matches.push(match);
  }
  return matches;
}

/** What a text holds for the phrase lists: the first match of each Latin pattern, its scripts. */
export interface PhraseReading {
  latin: ReadonlyArray<RegExpExecArray | undefined>;
  cyrillic: boolean;
  arabic: boolean;
  other: boolean;
}

// Several detectors read the same scan: it is read once for all of them, and kept with it.
function read(scan: Scan): PhraseReading {
  if (!scan.phrases) readPhrases([scan]);
  return scan.phrases!;
}

/**
 * Reads the phrase lists' leads in each of `scans` (those not read yet), keeping the reading with
 * each scan. The lead words of every text are found first, then each pattern is tried where its
 * leads stand in every text before the next pattern is: each pattern's compiled code is fetched
 * once per batch instead of once per text, which makes a batch of typical messages about 6%
 * faster to detect in (docs/performance.md). Each pattern still reports its first match in a
 * text, as tried from left to right.
 */
export function readPhrases(scans: readonly Scan[]): void {
  indexes ??= { words: indexLeads(LEADS, 'gi'), phrases: indexLeads(PHRASES, 'g') };
  // Per Latin pattern, where to try it: a text's index among `texts`, then a place in it.
  const places: number[][] = LATIN.map(() => []);
  const texts: string[] = [];
  const found: Array<Array<RegExpExecArray | undefined>> = [];
  let pending = 0;
  const tryPlaces = (): void => {
    places.forEach((tries, index) => {
      const pattern = LATIN[index]!;
      for (let i = 0; i < tries.length; i += 2) {
        const matches = found[tries[i]!]!;
        if (matches[index]) continue;
        pattern.lastIndex = tries[i + 1]!;
        const match = pattern.exec(texts[tries[i]!]!);
        if (match) matches[index] = match;
      }
      tries.length = 0;
    });
    pending = 0;
  };
  for (const scan of scans) {
    if (scan.phrases) continue;
    const {
      folded: { text },
      lower,
    } = scan;
    // Most texts hold none of these: one look answers all three questions.
    const plain = !UNUSUAL.test(text);
    const view = plain ? lower : phraseView(text, lower);
    const { words, ledBy, anyPattern } = view === undefined ? indexes.words : indexes.phrases;
    const walked = view ?? text;
    const slot = texts.length;
    texts.push(text);
    const latin: Array<RegExpExecArray | undefined> = new Array(LATIN.length);
    found.push(latin);
    words.lastIndex = 0;
    for (let word = words.exec(walked); word; word = words.exec(walked)) {
      const at = word.index;
      // Most words are written in lower case already.
      const led = ledBy.get(word[0]) ?? ledBy.get(word[0].toLowerCase()) ?? anyPattern;
      for (const { latin: pattern, ends } of led) {
        if (latin[pattern] || (ends && !endsWord(text, at, ends))) continue;
        places[pattern]!.push(slot, at);
        // A long text's places are tried as they pile up: memory stays bounded, and a pattern
        // matched already is no longer looked for.
        if (++pending === MOST_PLACES) tryPlaces();
      }
      // Lead words may overlap ("whats" in "whatsapp"): look again from the next place.
      words.lastIndex = at + 1;
    }
    scan.phrases = {
      latin,
      cyrillic: !plain && CYRILLIC.test(text),
      arabic: !plain && ARABIC.test(text),
      other: !plain && OTHER_SCRIPTS.test(text),
    };
  }
  tryPlaces();
}

/** Places to try held at once: a batch of typical messages holds a few thousand. */
const MOST_PLACES = 65_536;

/**
 * Letters of the scripts above (not Latin), whitespace other than single spaces (`\s` is these and the
 * space), and characters that lower-casing would hide from the case-insensitive patterns:
 * Cyrillic letter variants that match "в", "д", "о", "с", "т"… under `i` but stay themselves in
 * lower case, the Kelvin sign, which becomes the word character "k", and "İ", which becomes two
 * characters.
 */
const UNUSUAL =
  /[\t-\r\u00a0\u0130\u0370-\u03ff\u0400-\u04ff\u0530-\u05ff\u0600-\u06ff\u0904-\u09fd\u0e00-\u0e7f\u10a0-\u10ff\u1680\u1c80-\u1c88\u2000-\u200a\u2028\u2029\u202f\u205f\u212a\u3000-\u30ff\u3400-\u9fff\uac00-\ud7af\ufeff]| {2}/;
const RUN_OR_VARIANT = /\s\s|[\u1c80-\u1c88\u212a]/;
const WHITESPACE = /\s/g;

/**
 * The lower-cased text with every whitespace character a plain space, where the lead phrases can
 * be looked for without the `i` flag: a phrase's space stands for a run of whitespace, so a text
 * with longer runs (and one whose lower case reads differently) is walked word by word instead.
 */
function phraseView(text: string, lower: string): string | undefined {
  if (lower.length !== text.length || RUN_OR_VARIANT.test(text)) return undefined;
  return lower.replace(WHITESPACE, ' ');
}

/** Where lead words stand, and which patterns to try there. */
interface LeadIndex {
  /** Any lead word (global, to walk the text); at each place, the longest one is reported. */
  words: RegExp;
  /** Per lead word (lower case), the patterns that may start where it was reported. */
  ledBy: ReadonlyMap<string, readonly Led[]>;
  /** Every Latin pattern, for a place whose word is no lead as written (a case-folding twin). */
  anyPattern: readonly Led[];
}

/** Single lead words, case-insensitive, for any text; lead phrases, for a phrase view. */
interface Indexes {
  words: LeadIndex;
  phrases: LeadIndex;
}

/**
 * A pattern to try where a lead word was found; when its lead words need a word to end after
 * them ("do" in "do you", not in "done"), `ends` lists their lengths.
 */
interface Led {
  latin: number;
  ends: readonly number[] | undefined;
}

let indexes: Indexes | undefined;

function indexLeads(leadsByPattern: readonly Lead[][], flags: string): LeadIndex {
  // Per word, whether every lead with it has a word boundary before it, and the patterns it leads.
  const before = new Map<string, boolean>();
  const leading = new Map<string, Array<{ latin: number; after: boolean }>>();
  leadsByPattern.forEach((found, latin) => {
    for (const lead of found) {
      before.set(lead.word, (before.get(lead.word) ?? true) && lead.before);
      const patterns = leading.get(lead.word) ?? [];
      leading.set(lead.word, patterns);
      patterns.push({ latin, after: lead.after });
    }
  });
  // Longest first, so that the word reported at a place is the longest there.
  const words = [...before.keys()].sort((a, b) => b.length - a.length);
  // Words with `\b` before them are looked for first, so a longer one without it may stand where
  // one with it was reported.
  const loose = words.filter((word) => !before.get(word));
  const ledBy = new Map<string, Led[]>();
  for (const word of words) {
    // Per pattern led here, the lengths of its lead words that need a word end after them;
    // undefined once one of them needs none.
    const ends = new Map<number, Set<number> | undefined>();
    const lead = (latin: number, end: number | undefined): void => {
      const lengths = ends.has(latin) ? ends.get(latin) : new Set<number>();
      ends.set(latin, end === undefined ? undefined : lengths?.add(end));
    };
    for (let length = 1; length <= word.length; length++)
      for (const { latin, after } of leading.get(word.slice(0, length)) ?? [])
        lead(latin, after ? length : undefined);
    for (const longer of loose)
      if (longer.length > word.length && longer.startsWith(word))
        for (const { latin } of leading.get(longer) ?? []) lead(latin, undefined);
    const led: Led[] = [];
    for (const [latin, lengths] of [...ends].sort(([a], [b]) => a - b))
      led.push({ latin, ends: lengths && [...lengths] });
    ledBy.set(word, led);
  }
  // Plain text only: a class or a quantifier among the words makes the walk several times slower.
  // One `\b` before a group of words costs far less than one in front of each word.
  const bounded = words.filter((word) => before.get(word)).map(escapeRegExp);
  const alternatives = words.filter((word) => !before.get(word)).map(escapeRegExp);
  if (bounded.length > 0) alternatives.unshift(`\\b(?:${bounded.join('|')})`);
  return {
    words: new RegExp(alternatives.join('|') || '(?!)', flags),
    ledBy,
    anyPattern: LATIN.map((_, latin) => ({ latin, ends: undefined })),
  };
}

/** Whether a word ends `at + end` characters into `text`, for one of `ends`. */
function endsWord(text: string, at: number, ends: readonly number[]): boolean {
  for (const end of ends) if (!isWordCode(text.charCodeAt(at + end))) return true;
  return false;
}

/** `\w`: ASCII letters, digits and "_" (NaN, past the end, is none). */
function isWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122) || code === 95;
}

/**
 * A word a match may start with (lower case; in a phrase, a space stands for whitespace), and
 * whether the pattern asks for a word boundary before it and after it.
 */
interface Lead {
  word: string;
  before: boolean;
  after: boolean;
}

/** At most this many lead words per alternative: past that, words stay shorter. */
const MAX_WORDS = 32;

/** Words this short ("i", "the", "we", "can") stand in most texts: the word after them is read too. */
const SHORT_WORD = 3;

/**
 * The words that every match of `source` starts with one of, or undefined when some match
 * could start otherwise (an optional or non-literal first element). Reads the leading literal
 * text of each alternative, through groups, optional letters and small character classes
 * ("p[aá]same" gives "pasame", "pásame"; "e-?mail" gives "e-mail", "email"), up to whitespace
 * or the first other element. With `phrases`, a short word that whitespace must follow is read
 * on into the next word ("i\s+(?:can|will)" gives "i can", "i will").
 */
function leads(source: string, before = false, phrases = false): Lead[] | undefined {
  const found: Lead[] = [];
  for (const alternative of alternatives(source)) {
    const more = leadsOfSequence(alternative, before, phrases);
    if (!more) return undefined;
    found.push(...more);
  }
  return found;
}

function leadsOfSequence(sequence: string, before: boolean, phrases: boolean): Lead[] | undefined {
  let at = 0;
  if (sequence.startsWith('\\b')) {
    before = true;
    at = 2;
  }
  if (sequence.charAt(at) === '(') {
    const close = closingParen(sequence, at);
    const opening = /^\((\?:)?/.exec(sequence.slice(at))![0];
    // Lookarounds and named groups are not read, nor what follows a repeated group.
    const lookaround = opening === '(' && sequence.charAt(at + 1) === '?';
    const quantifier = sequence.charAt(close + 1);
    const optional = quantifier === '?';
    if (
      lookaround ||
      quantifier === '*' ||
      quantifier === '{' ||
      (optional && sequence.charAt(close + 2) === '?')
    )
      return undefined;
    const inner = sequence.slice(at + opening.length, close);
    if (quantifier === '+') return leads(inner, before, phrases);
    const choices = alternatives(inner);
    // A sequence that opens with a group starts with each of its alternatives followed by the
    // rest ("(?:my|your)\s+venmo" gives "my venmo", "your venmo"), or by the rest alone when the
    // group is optional.
    if (optional) choices.push('');
    const rest = sequence.slice(optional ? close + 2 : close + 1);
    const found: Lead[] = [];
    for (const choice of choices) {
      const more = leadsOfSequence(choice + rest, before, phrases);
      if (!more) return undefined;
      found.push(...more);
    }
    return found;
  }
  let words = [''];
  let after = false;
  // What follows the whitespace after the words, when whitespace must follow them.
  let next: string | undefined;
  while (at < sequence.length) {
    const { letters, end, endsWord, space } = elementAt(sequence, at);
    const quantifier = sequence.charAt(end);
    if (!letters) {
      // Whitespace, a boundary or a non-word character after a word character ends a word.
      after = endsWord && !isOptional(quantifier);
      if (space && after) next = sequence.slice(quantifier === '+' ? end + 1 : end);
      break;
    }
    if (quantifier === '*' || quantifier === '{') break;
    // An optional letter gives words with and without it.
    const options = quantifier === '?' ? [...letters, ''] : letters;
    if (words.length * options.length > MAX_WORDS) break;
    words = words.flatMap((word) => options.map((letter) => word + letter));
    // A repeated letter ends the words: "ab+c" starts with "ab", not "abc".
    if (quantifier === '+') break;
    at = quantifier === '?' ? end + 1 : end;
  }
  if (words.includes('')) return undefined;
  // Only short words are read on: longer ones are rare enough, and every phrase costs the walk.
  const short = words.every((word) => word.length <= SHORT_WORD);
  const following = phrases && short && next !== undefined ? leads(next) : undefined;
  if (following && words.length * following.length <= MAX_WORDS)
    return words.flatMap((word) =>
      following.map((lead) => ({ word: `${word} ${lead.word}`, before, after: lead.after })),
    );
  return words.map((word) => ({ word, before, after: after && /\w$/.test(word) }));
}

/**
 * One element of a pattern source: the lower-case letters it matches, if it is read; whether
 * it ends a word, and whether it is whitespace.
 */
function elementAt(
  sequence: string,
  at: number,
): { letters: readonly string[] | undefined; end: number; endsWord: boolean; space: boolean } {
  const char = sequence.charAt(at);
  if (char === '\\') {
    const escaped = sequence.charAt(at + 1);
    if (/\w/.test(escaped))
      return {
        letters: undefined,
        end: at + 2,
        endsWord: /[sbW]/.test(escaped),
        space: escaped === 's',
      };
    return { letters: [escaped], end: at + 2, endsWord: false, space: false };
  }
  if (char === '[') {
    // Only plain lists of letters: no ranges, negation or escapes.
    const end = sequence.indexOf(']', at) + 1;
    const members = sequence.slice(at + 1, end - 1);
    const plain = /^[^\\\-^\]\s]{1,4}$/.test(members);
    return {
      letters: plain ? [...members.toLowerCase()] : undefined,
      end,
      endsWord: false,
      space: false,
    };
  }
  const space = /\s/.test(char);
  if ('()|?*+{}.^$'.includes(char) || space)
    return { letters: undefined, end: at + 1, endsWord: space, space };
  return { letters: [char.toLowerCase()], end: at + 1, endsWord: false, space: false };
}

/** Whether a quantifier lets the element before it match nothing. */
function isOptional(quantifier: string): boolean {
  return quantifier === '?' || quantifier === '*' || quantifier === '{';
}

/** The top-level alternatives of a pattern source. */
function alternatives(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let at = 0; at < source.length; at++) {
    const char = source.charAt(at);
    if (char === '\\') at++;
    else if (char === '[') at = classEnd(source, at);
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '|' && depth === 0) {
      parts.push(source.slice(start, at));
      start = at + 1;
    }
  }
  parts.push(source.slice(start));
  return parts;
}

/** Index of the `)` closing the group opened at `open`. */
function closingParen(source: string, open: number): number {
  let depth = 0;
  for (let at = open; at < source.length; at++) {
    const char = source.charAt(at);
    if (char === '\\') at++;
    else if (char === '[') at = classEnd(source, at);
    else if (char === '(') depth++;
    else if (char === ')' && --depth === 0) return at;
  }
  return source.length;
}

/** Index of the `]` closing the class opened at `open` (escapes skipped). */
function classEnd(source: string, open: number): number {
  let at = open + 1;
  while (at < source.length && source.charAt(at) !== ']') at += source.charAt(at) === '\\' ? 2 : 1;
  return at;
}
