import {
  NUMBER_WORD_RUN,
  SPOKEN_NUMBER,
  SPOKEN_NUMBER_WORDS,
  writeSpokenDigits,
} from '../lexicon/number-words.js';
import type { Obfuscation } from '../types.js';
import { findAddresses } from './address.js';
import { findPhones, PHONE_CONTEXT } from './phone.js';
import { findLinksAndHandles } from './links.js';
import { byFirstLetter } from '../lexicon/at-dot.js';
import { anchored } from './anchored.js';
import type { Matcher } from '../normalize/mapped-text.js';
import { createScan, numberWords, type RawFinding, type Scan, type View } from './scan.js';
import { escapeRegExp } from '../lexicon/escape.js';
import { NUMBER_SEPARATORS } from '../lexicon/number-separators.js';

/**
 * Disguises that break every detector's words at once — letters spaced out ("t e l e g r a m",
 * "c-a-l-e-n-d-l-y") and leetspeak ("p4yp4l", "tel3gr4m") — are undone in a second view of the
 * message, built only when its signal is present, and every detector reads that view too.
 */

// Four or more single characters separated by one space, dash, dot or line break (text written
// downwards), or by a spaced dash or two spaces between words ("4 1 8 - D e l a n c e y",
// "о п л а т а  н а  к а р т у").
const SPACED_RUN =
  /(?<![\p{L}\p{N}])(?:[\p{L}\p{N}@_/:]( |-|\.|\n|\s?[.·•]\s?| [-–] |\s{2,3}(?=\S\s))){3,}[\p{L}\p{N}@_/:](?![\p{L}\p{N}])/gu;
const SPACED_SEPARATOR = /\s{2,3}| [-–] |\s?[.·•]\s?|[ \n-]/g;
// Where words meet once the letters are joined: "MadisonSt", "500W", "Floor21". The digit is
// looked for before the word behind it, so a long run of small letters is read back from
// digits only, not from every position (which took quadratic time).
const WORD_JOINT =
  /(?<=\p{Ll})(?=\p{Lu}\p{Ll})|(?<=\d)(?=\p{Lu}\p{Ll}*(?![\p{L}\p{N}]))|(?=\d)(?<=\b\p{Lu}\p{Ll}+)/gu;

/**
 * "4 1 8 - D e l a n c e y - S t r e e t" → "418 Delancey Street": single separators vanish;
 * two spaces, a spaced dash before a capital or a digit, and a change of case start a new word
 * (a spaced dash between small letters stays a dash: "x q v - r b k d" → "xqv-rbkd"); dots stay
 * where the run ends like a domain ("g m a i l . c o m").
 */
function joinSpaced(run: string): string {
  const compact = run.replace(/\s/g, '');
  // A wallet address or key spaced out keeps its mixed case whole: "T N P e e a a F B 7 …".
  if (WALLET_LIKE.test(compact)) return compact;
  // Words spelled with dots ("p.a.y.p.a.l", "b.a.n.k t.r.a.n.s.f.e.r") are words, their spaces
  // kept: no domain has one-letter labels only.
  if (DOTTED_WORDS.test(run)) return run.replace(/\./g, '');
  const domainLike = /[a-z]{2}/i.test(run.replace(/[^a-z]/gi, '').slice(-3));
  const joined = run.replace(SPACED_SEPARATOR, (sep: string, at: number) => {
    const next = run[at + sep.length] ?? '';
    // "W. M a d i s o n": a full stop before a capital ends an abbreviation or a sentence; after
    // a number it only spaces the words ("2 4 . A v e n u e" is "24 Avenue").
    if (sep.trim() === '.' && sep.endsWith(' ') && /\p{Lu}/u.test(next))
      return /\d/.test(run[at - 1] ?? '') ? ' ' : '. ';
    if (sep.trim() === '.') return domainLike ? '.' : '';
    // A label's colon keeps its space: "a d r e s s e : 2 4" is "adresse: 24".
    if (sep.trim() === '')
      return sep.length > 1 || (run[at - 1] === ':' && /[\p{L}\p{N}]/u.test(next)) ? ' ' : '';
    if (sep.length === 3)
      return /[\p{Lu}\d]/u.test(next) || /\d/.test(run[at - 1] ?? '') ? ' ' : '-';
    return '';
  });
  return joined.replace(WORD_JOINT, ' ');
}
const DOTTED_WORDS = /^[^.\s](?:\.[^.\s])+(?:\s[^.\s](?:\.[^.\s])+)*$/;
const WALLET_LIKE = /^(?=.*\d)(?=.*[a-z])(?=.*[A-Z])[A-Za-z0-9]{25,}$/;
// A word mixing letters with digits or symbols that read as letters.
// A word with a digit or symbol between letters ("p4yp4l", "sk¥pe") or before two ("1nst4"), or
// one of the short words that end in an o ("n0", "t0", "s0": "n0 pl4tf0rm f33s").
const LEET_WORD =
  /(?<![\p{L}\p{N}@])(?=[\p{L}\p{N}$¥@]*(?:\p{L}[0134578$¥@]+\p{L}|(?<![\p{L}\p{N}@.])[0134578$¥]\p{L}{2}))[\p{L}\p{N}$¥@]{3,}(?![\p{L}\p{N}@])|(?<![\p{L}\p{N}@.'])[nstgd]0(?![\p{L}\p{N}@.])/gu;
// Ordinals, times and units are numbers with letters, not words in disguise.
const NUMBER_WITH_UNIT =
  /^\d+(?:st|nd|rd|th|am|pm|hrs?|mins?|ms|px|pt|em|rem|kb|mb|gb|tb|kg|km|mm|cm|fps|mp|usd|eur|x|k)$/i;
const LEET_LETTERS: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  $: 's',
  '¥': 'y',
  '@': 'a',
};

// Cheap pre-tests (no Unicode classes, no lookbehind) before the exact patterns above. A spaced
// run's fourth character is followed by another separator or by the run's end, never by a letter
// or digit: versions and dates ("2.0.3 of", "1.4.12") fail here instead of in SPACED_RUN.
const MAY_BE_SPACED =
  /(?:^|[^A-Za-z0-9\u0400-\u04ff])[A-Za-z0-9\u0400-\u04ff@](?:[ .\n-]| - )[A-Za-z0-9\u0400-\u04ff@](?:[ .\n-]| - )[A-Za-z0-9\u0400-\u04ff@](?:[ .\n-]| - )[A-Za-z0-9\u0400-\u04ff@](?![A-Za-z0-9\u0400-\u04ff])/;
const MAY_BE_LEET = /[A-Za-z][0134578$]+[A-Za-z]|(?:^|[^\w@.])[0134578$][A-Za-z]{2}|¥|\d[OolI]/;
// Every shape MAY_BE_LEET reads has a digit or "$" right before a letter, or a "¥": scanning for
// that pair first is cheaper than its scan from every letter, and rules out most messages.
const DIGIT_BEFORE_LETTER = /[0-9$][A-Za-z]|¥/;
// Digits kept apart by one letter or symbol, the same each time: "2x1x2x5x5x5x0x1x8x8" ("remove
// the x's"), "4🔥1🔥5🔥5🔥5…". (Separators a phone number may hold are read by the detectors.)
const DIGITS_KEPT_APART = new RegExp(
  `(?<![\\p{L}\\p{N}])\\d([A-Za-z]|[^\\s\\p{L}\\p{N}${NUMBER_SEPARATORS},:+])\\d(?:\\1\\d){5,}(?![\\p{L}\\p{N}])`,
  'gu',
);
// Every character of a word kept apart by the same symbol: "t*o*m*.*h*a*r*…", "a|n|a|.|k|…".
const CHARS_KEPT_APART =
  /(?<![^\s"'(:])[\p{L}\p{N}@.]([*|~+^])(?:[\p{L}\p{N}@.]\1){6,}[\p{L}\p{N}@.]/gu;
const MAY_BE_KEPT_APART = /[\w@.][*|~+^][\w@.][*|~+^][\w@.][*|~+^]/;
// A symbol between two digits that is no separator of numbers, times or amounts.
const SYMBOL_BETWEEN_DIGITS = new RegExp(`\\d[^\\s\\w${NUMBER_SEPARATORS},:+%'"$€£¥°×]\\d`, 'u');
// A number with letters for digits: "5OO", "6O661" (O for 0, l and I for 1).
const LEET_NUMBER = /(?<![\p{L}\p{N}])\d(?=[\dOolI]*[OolI])[\dOolI]{2,}(?![\p{L}\p{N}])/gu;

// Spoken numbers start with a number word: searched from those words (see anchored.ts) rather
// than from every position, where the pattern's look-behind would run first.
// A run ends at its last word: the separator after it stays in the text, so that a number's span
// in the view maps back to the words alone, not to the space or comma after them.
const SPOKEN_NUMBERS = withoutTrailingSeparators(
  anchored(
    SPOKEN_NUMBER,
    new RegExp(byFirstLetter(SPOKEN_NUMBER_WORDS.map(escapeRegExp)), 'iu'),
    /(?!)/,
    0,
  ),
);

// Words for a street, a house or a flat, in the languages whose number words are read: the sign
// that a number in words may be a house number ("fourteen twenty-eight Elm Street",
// "Schillerstraße zwölf", "house number forty two, opposite Gandhi park"). Street words English
// uses every day ("drive", "close", "court", "via", "flat", "way") are left out: the view would be
// built for every other message.
const STREET_WORD =
  /\b(?:street|road|lane|avenue|boulevard|terrace|crescent|plot|block|suite|house\s+(?:number|no)|apartment|calle|avenida|jir[oó]n|carrera|rua|travessa|rue|all[ée]e|chemin|viale|piazza|ulica|aleja|jalan|kalye|barabara|mtaa|nyumba|sokak|caddesi|straat|huisnummer|улиц\p{L}*|вулиц\p{L}*|проспект\p{L}*)\b|stra(?:ß|ss)e|gasse|\bav\.\s/u;

// String literals joined in code, as people hide an address from filters: 'mark.w' + '@outlook.com',
// "415" . "555" . "0132" (PHP), 'a' || 'b' (SQL), "a" .. "b" (Lua). The view drops the joints (a
// closing quote, the operator, the next opening quote), so what the literals spell reads whole.
const LITERAL_JOINT = /(["'`])\s*(?:\+|\.\.?|\|\|)\s*\1/g;

const DEFANGED = /\[\.\]|\(\.\)|\{\.\}|\bhxxps?:/i;
const DEFANGED_PART = /\[\.\]|\(\.\)|\{\.\}|\bhxxp(?=s?:)/gi;
const DIGITS_ACROSS_LINES = /\d[ \t]*\r?\n[ \t]*[\d+(]/;
const LINE_BREAK_IN_NUMBER = /(?<=\d)[ \t]*\r?\n[ \t]*(?=[\d+(])/g;

function withoutTrailingSeparators(inner: Matcher): Matcher {
  return {
    get lastIndex() {
      return inner.lastIndex;
    },
    set lastIndex(at: number) {
      inner.lastIndex = at;
    },
    exec(text: string): RegExpExecArray | null {
      const m = inner.exec(text);
      // A run starts with a word, so something is always left.
      if (m) m[0] = m[0].replace(/[\s,-]+$/, '');
      return m;
    },
  };
}

function deleet(word: string): string {
  // Ordinals and units are numbers; "$tina" is a cashtag, read by the payment detector as is.
  if (NUMBER_WITH_UNIT.test(word) || word.startsWith('$')) return word;
  const digits = word.replace(/\D/g, '').length;
  // Mostly digits ("4k", "h264", "2x"): a number or code, not a word in disguise.
  if (digits * 2 > word.length) return word;
  return [...word].map((c) => LEET_LETTERS[c] ?? c).join('');
}

// Digits spelled in scripts written without spaces between words, one syllable or sign per digit:
// Chinese "一三八 零零一三", Korean "공일공 일이삼사", Japanese "ゼロキューゼロ", Thai (folded: vowel
// and tone marks dropped) "ศูนย์แปดหนึ่ง". Seven in a run, with at most light separators between,
// read as a phone number's digits; a quantity ("三百零八") has other signs between them.
const DIGIT_SIGNS: Readonly<Record<string, string>> = {
  零: '0',
  幺: '1',
  〇: '0',
  一: '1',
  二: '2',
  两: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
  공: '0',
  영: '0',
  일: '1',
  이: '2',
  삼: '3',
  사: '4',
  오: '5',
  육: '6',
  칠: '7',
  팔: '8',
  구: '9',
  ゼロ: '0',
  レイ: '0',
  イチ: '1',
  ニー: '2',
  ニ: '2',
  サン: '3',
  ヨン: '4',
  ゴー: '5',
  ゴ: '5',
  ロク: '6',
  ナナ: '7',
  ハチ: '8',
  キュー: '9',
  キュウ: '9',
  ศนย: '0',
  หนง: '1',
  สอง: '2',
  สาม: '3',
  ส: '4',
  หา: '5',
  หก: '6',
  เจด: '7',
  แปด: '8',
  เกา: '9',
};
const DIGIT_SIGN = Object.keys(DIGIT_SIGNS)
  .sort((a, b) => b.length - a.length)
  .join('|');
// A Korean run ends before a syllable that is no digit: "칠삼이일 이에요" ends at "일".
const DIGIT_SIGN_RUN = new RegExp(
  `(?:${DIGIT_SIGN})(?:[\\s,，、.-]{0,2}(?:${DIGIT_SIGN})){6,}(?![\\uac00-\\ud7a3])`,
  'g',
);
const DIGIT_SIGN_EACH = new RegExp(DIGIT_SIGN, 'g');
const MAY_SPELL_DIGIT_SIGNS =
  /[零〇幺一二两三四五六七八九]{3}|[공영일이삼사오육칠팔구]{3}|ゼロ|キュ|ศนย|แปด|หนง/;

const SPACED_HANDLE = /(?<![\w@])@\s+[a-z0-9]+(?:\s*[_.]\s*[a-z0-9]+)+(?![\w@])/gi;
const SPOKEN_SYMBOL_HINT = /underscore|under score|live colon/;
const SPOKEN_ID_JOINT = /\s+(?:dot|underscore|under\s+score)\s+/gi;
const SPOKEN_SYMBOLS =
  /\blive\s+colon\s+([a-z0-9]+(?:\s+(?:dot|underscore|under\s+score)\s+[a-z0-9]+)*)|(?<=[\p{L}\p{N}])\s+under\s?score\s+(?=[\p{L}\p{N}])/giu;

/** The views of a message whose signals are present (see above). */
export function alternateViews(scan: Scan): View[] {
  const views: View[] = [];
  const text = scan.folded.text;
  SPACED_RUN.lastIndex = 0;
  if (MAY_BE_SPACED.test(text) && SPACED_RUN.test(text)) {
    const view = scan.folded.rewrite(SPACED_RUN, (m) => joinSpaced(m[0]));
    add(views, scan, view, 'separators');
  }
  // Spelled-out digits for detectors that read written ones: "two two oh seven Maple Grove Lane",
  // and number words among written digits: "Flat fourteen, two Elm Terrace, Leeds LS6 2AJ".
  const spoken = numberWords(scan);
  if (spoken.run || (spoken.unambiguous >= 2 && /\d/.test(scan.lower))) {
    if (text.length < LONG_MESSAGE) {
      const view = scan.folded.rewrite(SPOKEN_NUMBERS, (m) => writeSpokenDigits(m[0]));
      add(views, scan, view, 'spelled_digits');
    } else addSpokenNumbersAround(views, scan);
  }
  if (spoken.unambiguous >= 1 && text.length < LONG_MESSAGE && STREET_WORD.test(scan.lower)) {
    // A house number alone in words, read as one number ("forty two" is 42): for addresses only.
    const view = scan.folded.rewrite(NUMBER_WORD_RUN, (m) => writeSpokenDigits(m[0]));
    add(views, scan, view, 'spelled_digits', undefined, findAddresses);
  }
  // A link or address defanged as security reports write them: "hxxps://meet[.]google[.]com/…".
  if (DEFANGED.test(text)) {
    const view = scan.folded.rewrite(DEFANGED_PART, (m) => (m[0].startsWith('h') ? 'http' : '.'));
    add(views, scan, view, 'separators');
  }
  // Symbols of an ID said as words, for the handle detector: "kenji underscore codes", "live colon
  // jake dot builds".
  if (SPOKEN_SYMBOL_HINT.test(scan.lower)) {
    const view = scan.folded.rewrite(SPOKEN_SYMBOLS, (m) =>
      m[1] !== undefined
        ? `live:${m[1].replace(SPOKEN_ID_JOINT, (j) => (/dot/i.test(j) ? '.' : '_'))}`
        : '_',
    );
    add(views, scan, view, 'at_dot_words', undefined, findLinksAndHandles);
  }
  // A handle spaced out around its joints: "@ kirill _ fx".
  if (text.includes('@ ')) {
    const view = scan.folded.rewrite(SPACED_HANDLE, (m) => m[0].replace(/\s+/g, ''));
    add(views, scan, view, 'separators', undefined, findLinksAndHandles);
  }
  LITERAL_JOINT.lastIndex = 0;
  if (LITERAL_JOINT.test(text))
    add(
      views,
      scan,
      scan.folded.rewrite(LITERAL_JOINT, () => ''),
      'code_block',
    );
  // A number broken over two lines of one message, after a word for it: "my cell is +44 7700\n900562".
  if (DIGITS_ACROSS_LINES.test(text) && PHONE_CONTEXT.test(text)) {
    const view = scan.folded.rewrite(LINE_BREAK_IN_NUMBER, () => ' ');
    add(views, scan, view, 'separators', undefined, findPhones);
  }
  if (MAY_SPELL_DIGIT_SIGNS.test(text)) {
    const view = scan.folded.rewrite(DIGIT_SIGN_RUN, (m) =>
      // Commas between the groups are read as the spaces a written number has there.
      m[0].replace(DIGIT_SIGN_EACH, (sign) => DIGIT_SIGNS[sign]!).replace(/[,，、.]/g, ' '),
    );
    add(views, scan, view, 'spelled_digits');
  }
  LEET_WORD.lastIndex = 0;
  LEET_NUMBER.lastIndex = 0;
  DIGITS_KEPT_APART.lastIndex = 0;
  const digitBeforeLetter = DIGIT_BEFORE_LETTER.test(text);
  if ((digitBeforeLetter || SYMBOL_BETWEEN_DIGITS.test(text)) && DIGITS_KEPT_APART.test(text)) {
    const view = scan.folded.rewrite(DIGITS_KEPT_APART, (m) => m[0].replaceAll(m[1]!, ''));
    add(views, scan, view, 'separators');
  }
  CHARS_KEPT_APART.lastIndex = 0;
  if (MAY_BE_KEPT_APART.test(text) && CHARS_KEPT_APART.test(text)) {
    const view = scan.folded.rewrite(CHARS_KEPT_APART, (m) => m[0].replaceAll(m[1]!, ''));
    add(views, scan, view, 'separators');
  }
  if (
    digitBeforeLetter &&
    MAY_BE_LEET.test(text) &&
    (LEET_WORD.test(text) || LEET_NUMBER.test(text))
  ) {
    const view = scan.folded
      .rewrite(LEET_NUMBER, (m) => m[0].replace(/[Oo]/g, '0').replace(/[lI]/g, '1'))
      .rewrite(LEET_WORD, (m) => deleet(m[0]));
    add(views, scan, view, 'leetspeak');
  }
  return views;
}

/**
 * A long message's spelled-digit view is read only around its spoken numbers: a few hundred
 * characters on each side, far more than any detector looks at, so that a 4 KB message with
 * one number in words costs a few hundred characters more, not a second full reading. What the
 * view finds away from the numbers the message itself was read for, so only findings that
 * take in a spoken number are kept.
 */
const LONG_MESSAGE = 2000;
const AROUND = 400;

function addSpokenNumbersAround(views: View[], scan: Scan): void {
  const folded = scan.folded;
  const spans: Array<[number, number]> = [];
  SPOKEN_NUMBERS.lastIndex = 0;
  for (let m = SPOKEN_NUMBERS.exec(folded.text); m; m = SPOKEN_NUMBERS.exec(folded.text)) {
    if (m[0].length === 0) SPOKEN_NUMBERS.lastIndex++;
    else if (writeSpokenDigits(m[0]) !== m[0]) spans.push([m.index, m.index + m[0].length]);
  }
  if (spans.length === 0) return;
  const excerpt = folded.excerpt(windowsAround(folded.text, spans), '\n\n');
  const view = excerpt.rewrite(SPOKEN_NUMBERS, (m) => writeSpokenDigits(m[0]));
  if (view === excerpt) return;
  const spoken = spans.map(([start, end]) => folded.originalSpan(start, end));
  const takesInSpoken = (f: RawFinding): boolean =>
    spoken.some(([start, end]) => f.start < end && start < f.end);
  add(views, scan, view, 'spelled_digits', takesInSpoken);
}

/** `spans` widened by AROUND characters each side to the nearest white space, merged. */
function windowsAround(
  text: string,
  spans: ReadonlyArray<readonly [number, number]>,
): Array<[number, number]> {
  const windows: Array<[number, number]> = [];
  for (const [spanStart, spanEnd] of spans) {
    let start = Math.max(0, spanStart - AROUND);
    while (start > 0 && !/\s/.test(text[start - 1]!)) start--;
    let end = Math.min(text.length, spanEnd + AROUND);
    while (end < text.length && !/\s/.test(text[end]!)) end++;
    const last = windows[windows.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else windows.push([start, end]);
  }
  return windows;
}

/** Adds `view` of the message to `views`, unless it is the message as folded. */
function add(
  views: View[],
  scan: Scan,
  view: Scan['folded'],
  obfuscation: Obfuscation,
  keep?: (finding: RawFinding) => boolean,
  readBy?: View['readBy'],
): void {
  if (view === scan.folded) return;
  views.push({
    scan: createScan(scan.original, view, scan.countries, scan.code),
    obfuscation,
    ...(keep ? { keep } : {}),
    ...(readBy ? { readBy } : {}),
  });
}
