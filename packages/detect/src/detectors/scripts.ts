/**
 * Phrase lists read in two steps. Patterns written for one script only run on texts that
 * contain that script: most messages are Latin-only, and a Cyrillic or Arabic phrase list can
 * never match them. A Latin pattern is tried only where one of the words its matches start
 * with stands ("send", "what's", "pay"): one pass over a plain list of those words, shared by
 * every phrase list, finds those places far faster than the patterns could scan the text.
 */
const CYRILLIC = /[\u0400-\u04ff]/;
const ARABIC = /[\u0600-\u06ff]/;

export interface ScriptedPattern {
  pattern: RegExp;
  script: 'cyrillic' | 'arabic' | 'latin';
  /** Index of the Latin pattern among `LATIN`; undefined when it is run over the whole text. */
  latin: number | undefined;
}

/** Patterns sorted by script. */
export interface ScriptedPatterns {
  patterns: readonly ScriptedPattern[];
}

/** Every Latin pattern with lead words, sticky (`y`) so that it can be tried at one place. */
const LATIN: RegExp[] = [];
const LEADS: Lead[][] = [];

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
    const script = CYRILLIC.test(first) ? 'cyrillic' : ARABIC.test(first) ? 'arabic' : 'latin';
    // Under `u`, case folding is wider than the lower-casing the word lookup relies on.
    const found = script === 'latin' && !pattern.unicode ? leads(pattern.source) : undefined;
    if (!found) return { pattern, script, latin: undefined };
    LATIN.push(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`));
    LEADS.push(found);
    return { pattern, script, latin: LATIN.length - 1 };
  });
  index = undefined;
  return { patterns };
}

/**
 * The first match of each pattern worth running on `text`, in the order of the list (patterns
 * that do not match are left out).
 */
export function firstMatches({ patterns }: ScriptedPatterns, text: string): RegExpExecArray[] {
  const { latin, cyrillic, arabic } = read(text);
  const matches: RegExpExecArray[] = [];
  for (const { pattern, script, latin: at } of patterns) {
    const match =
      at !== undefined
        ? latin[at]
        : script === 'latin' || (script === 'cyrillic' ? cyrillic : arabic)
          ? pattern.exec(text)
          : undefined;
    if (match) matches.push(match);
  }
  return matches;
}

/** What a text holds for the phrase lists: the first match of each Latin pattern, its scripts. */
interface Reading {
  text: string;
  latin: ReadonlyArray<RegExpExecArray | undefined>;
  cyrillic: boolean;
  arabic: boolean;
}

// Detectors run one after another on the same text: it is read once for all of them.
let last: Reading | undefined;

function read(text: string): Reading {
  if (last?.text === text && index) return last;
  last = {
    text,
    latin: latinMatches(text),
    cyrillic: CYRILLIC.test(text),
    arabic: ARABIC.test(text),
  };
  return last;
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

/**
 * A pattern to try where a lead word was found; when its lead words need a word to end after
 * them ("do" in "do you", not in "done"), `ends` lists their lengths.
 */
interface Led {
  latin: number;
  ends: readonly number[] | undefined;
}

let index: LeadIndex | undefined;

function latinMatches(text: string): Array<RegExpExecArray | undefined> {
  index ??= indexLeads();
  const { words, ledBy, anyPattern } = index;
  const matches: Array<RegExpExecArray | undefined> = new Array(LATIN.length);
  words.lastIndex = 0;
  for (let word = words.exec(text); word; word = words.exec(text)) {
    const at = word.index;
    // Most words are written in lower case already.
    const led = ledBy.get(word[0]) ?? ledBy.get(word[0].toLowerCase()) ?? anyPattern;
    for (const { latin, ends } of led) {
      if (matches[latin] || (ends && !endsWord(text, at, ends))) continue;
      const pattern = LATIN[latin]!;
      pattern.lastIndex = at;
      const match = pattern.exec(text);
      if (match) matches[latin] = match;
    }
    // Lead words may overlap ("whats" in "whatsapp"): look again from the next place.
    words.lastIndex = at + 1;
  }
  return matches;
}

function indexLeads(): LeadIndex {
  // Per word, whether every lead with it has a word boundary before it.
  const before = new Map<string, boolean>();
  for (const found of LEADS)
    for (const lead of found) before.set(lead.word, (before.get(lead.word) ?? true) && lead.before);
  // Longest first, so that the word reported at a place is the longest there.
  const words = [...before.keys()].sort((a, b) => b.length - a.length);
  const ledBy = new Map<string, Led[]>();
  for (const word of words) {
    const led: Led[] = [];
    LEADS.forEach((found, latin) => {
      const ends = new Set<number>();
      let always = false;
      for (const lead of found) {
        if (word.startsWith(lead.word)) {
          if (lead.after) ends.add(lead.word.length);
          else always = true;
        }
        // Words with `\b` before them are looked for first, so a longer one without it may
        // stand where one with it was reported.
        if (!before.get(lead.word) && lead.word.length > word.length && lead.word.startsWith(word))
          always = true;
      }
      if (always || ends.size > 0) led.push({ latin, ends: always ? undefined : [...ends] });
    });
    ledBy.set(word, led);
  }
  // Plain text only: a class or a quantifier among the words makes the walk several times slower.
  const render = (word: string): string => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  // One `\b` before a group of words costs far less than one in front of each word.
  const bounded = words.filter((word) => before.get(word)).map(render);
  const alternatives = words.filter((word) => !before.get(word)).map(render);
  if (bounded.length > 0) alternatives.unshift(`\\b(?:${bounded.join('|')})`);
  return {
    words: new RegExp(alternatives.join('|') || '(?!)', 'gi'),
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
 * A word a match may start with (lower case), and whether the pattern asks for a word boundary
 * before it and after it.
 */
interface Lead {
  word: string;
  before: boolean;
  after: boolean;
}

/** At most this many lead words per alternative: past that, words stay shorter. */
const MAX_WORDS = 32;

/**
 * The words that every match of `source` starts with one of, or undefined when some match
 * could start otherwise (an optional or non-literal first element). Reads the leading literal
 * text of each alternative, through groups, optional letters and small character classes
 * ("p[aá]same" gives "pasame", "pásame"; "e-?mail" gives "e-mail", "email"), up to whitespace
 * or the first other element.
 */
function leads(source: string, before = false): Lead[] | undefined {
  const found: Lead[] = [];
  for (const alternative of alternatives(source)) {
    const more = leadsOfSequence(alternative, before);
    if (!more) return undefined;
    found.push(...more);
  }
  return found;
}

function leadsOfSequence(sequence: string, before: boolean): Lead[] | undefined {
  let at = 0;
  if (sequence.startsWith('\\b')) {
    before = true;
    at = 2;
  }
  if (sequence.charAt(at) === '(') {
    // A sequence that opens with a group starts with the words of that group.
    const close = closingParen(sequence, at);
    const opening = /^\((\?:)?/.exec(sequence.slice(at))![0];
    // Optional groups, lookarounds and named groups are not read.
    const lookaround = opening === '(' && sequence.charAt(at + 1) === '?';
    if (lookaround || isOptional(sequence.charAt(close + 1))) return undefined;
    return leads(sequence.slice(at + opening.length, close), before);
  }
  let words = [''];
  let after = false;
  while (at < sequence.length) {
    const { letters, end, endsWord } = elementAt(sequence, at);
    const quantifier = sequence.charAt(end);
    if (!letters) {
      // Whitespace, a boundary or a non-word character after a word character ends a word.
      after = endsWord && !isOptional(quantifier);
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
  return words.map((word) => ({ word, before, after: after && /\w$/.test(word) }));
}

/** One element of a pattern source: the lower-case letters it matches, if it is read. */
function elementAt(
  sequence: string,
  at: number,
): { letters: readonly string[] | undefined; end: number; endsWord: boolean } {
  const char = sequence.charAt(at);
  if (char === '\\') {
    const escaped = sequence.charAt(at + 1);
    if (/\w/.test(escaped))
      return { letters: undefined, end: at + 2, endsWord: /[sbW]/.test(escaped) };
    return { letters: [escaped], end: at + 2, endsWord: false };
  }
  if (char === '[') {
    // Only plain lists of letters: no ranges, negation or escapes.
    const end = sequence.indexOf(']', at) + 1;
    const members = sequence.slice(at + 1, end - 1);
    const plain = /^[^\\\-^\]\s]{1,4}$/.test(members);
    return { letters: plain ? [...members.toLowerCase()] : undefined, end, endsWord: false };
  }
  if ('()|?*+{}.^$'.includes(char) || /\s/.test(char))
    return { letters: undefined, end: at + 1, endsWord: /\s/.test(char) };
  return { letters: [char.toLowerCase()], end: at + 1, endsWord: false };
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
