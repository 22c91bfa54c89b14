import type { Obfuscation } from '../types.js';
import { MappedText, MappedTextBuilder } from './mapped-text.js';

/**
 * Folds a message to a canonical form that keeps its word structure and letter case:
 * invisible characters are dropped; full-width, mathematical, circled, keycap and other-script
 * digits become ASCII digits; accents are stripped; Cyrillic and Greek look-alikes become Latin
 * letters inside words that also hold Latin letters or digits (so Russian text stays Russian).
 * Hand-written because no library folds confusables while keeping an offset map.
 */
export interface FoldedText {
  mapped: MappedText;
  obfuscations: Set<Obfuscation>;
}

const PRINTABLE_ASCII = /^[\x20-\x7e\t\n\r]*$/;

// Zero-width, bidi controls, soft hyphen, joiners, variation selectors, tags, keycap mark.
function isInvisible(cp: number): boolean {
  return (
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x2064) ||
    (cp >= 0x2066 && cp <= 0x206f) ||
    cp === 0xfeff ||
    cp === 0x00ad ||
    cp === 0x034f ||
    cp === 0x180e ||
    cp === 0x061c ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0xe0000 && cp <= 0xe007f) ||
    (cp >= 0xe0100 && cp <= 0xe01ef)
  );
}

// First code point of each block of ten decimal digits that NFKD does not already fold.
const DIGIT_ZEROS = [
  0x0660, 0x06f0, 0x07c0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66,
  0x0de6, 0x0e50, 0x0ed0, 0x0f20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0xa620, 0xa8d0,
  0xa900, 0xa9d0, 0xaa50, 0xabf0,
];

function otherScriptDigit(cp: number): string | undefined {
  for (const zero of DIGIT_ZEROS) if (cp >= zero && cp <= zero + 9) return String(cp - zero);
  // Dingbat circled digits ❶..❿, ➀..➉, ➊..➓ have no compatibility decomposition.
  for (const base of [0x2776, 0x2780, 0x278a])
    if (cp >= base && cp <= base + 9) return String(cp - base + 1);
  if (cp >= 0x24eb && cp <= 0x24f4) return String(cp - 0x24eb + 11); // ⓫..⓴
  if (cp >= 0x24f5 && cp <= 0x24fe) return String(cp - 0x24f5 + 1); // ⓵..⓾
  if (cp === 0x24ff || cp === 0x1f10b || cp === 0x1f10c) return '0'; // ⓿ and dingbat zeros
  if (cp === 0x1f51f) return '10'; // 🔟
  return undefined;
}

function enclosedLetter(cp: number): string | undefined {
  // 🅐..🅩 negative circled, 🅰..🆉 negative squared, 🇦..🇿 regional indicators.
  for (const base of [0x1f150, 0x1f170, 0x1f1e6])
    if (cp >= base && cp <= base + 25) return String.fromCharCode(0x61 + cp - base);
  return undefined;
}

// Cyrillic and Greek letters that look like Latin ones in common fonts.
const CONFUSABLES: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ѕ: 's',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  һ: 'h',
  ӏ: 'l',
  ь: 'b',
  г: 'r',
  п: 'n',
  и: 'u',
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  У: 'Y',
  Х: 'X',
  Ѕ: 'S',
  І: 'I',
  Ј: 'J',
  Ԛ: 'Q',
  Ԝ: 'W',
  α: 'a',
  β: 'b',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  γ: 'y',
  ω: 'w',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
  ı: 'i',
  ɡ: 'g',
  ɑ: 'a',
  // Small capitals: "ʀᴀʜᴜʟ@ɢᴍᴀɪʟ.ᴄᴏᴍ".
  ᴀ: 'a',
  ʙ: 'b',
  ᴄ: 'c',
  ᴅ: 'd',
  ᴇ: 'e',
  ꜰ: 'f',
  ɢ: 'g',
  ʜ: 'h',
  ɪ: 'i',
  ᴊ: 'j',
  ᴋ: 'k',
  ʟ: 'l',
  ᴍ: 'm',
  ɴ: 'n',
  ᴏ: 'o',
  ᴘ: 'p',
  ʀ: 'r',
  ꜱ: 's',
  ᴛ: 't',
  ᴜ: 'u',
  ᴠ: 'v',
  ᴡ: 'w',
  ʏ: 'y',
  ᴢ: 'z',
};
// Look-alikes no Russian or Ukrainian word needs, folded even in all-Cyrillic words.
const ALWAYS_FOLDED = new Set([
  'ѕ',
  'ԁ',
  'ԛ',
  'ԝ',
  'һ',
  'ӏ',
  'ј',
  'Ѕ',
  'Ԛ',
  'Ԝ',
  'Ј',
  'ı',
  'ɡ',
  'ɑ',
  ...'ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ',
]);

const COMBINING = /\p{M}/u;
const isAsciiSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);
const WHITESPACE = /\s/u;

/** "’" and "‘", which keyboards put for "'". */
const isTypographicApostrophe = (cp: number): boolean => cp === 0x2019 || cp === 0x2018;

// Code points folding leaves as they are (€, —, “, ü in German words is NOT one: it folds).
const stableCache = new Map<number, boolean>();

function isStable(cp: number): boolean {
  let stable = stableCache.get(cp);
  if (stable === undefined) {
    const ch = String.fromCodePoint(cp);
    stable =
      !isTypographicApostrophe(cp) &&
      !isInvisible(cp) &&
      !COMBINING.test(ch) &&
      otherScriptDigit(cp) === undefined &&
      enclosedLetter(cp) === undefined &&
      CONFUSABLES[ch] === undefined &&
      !WHITESPACE.test(ch) &&
      (ch.normalize('NFKD') === ch || isWholeSyllable(cp));
    if (stableCache.size < 4096) stableCache.set(cp, stable);
  }
  return stable;
}

/** Kana and Hangul syllables stay whole: NFKD would split "だ" and "카" into parts that read as other words. */
function isWholeSyllable(cp: number): boolean {
  return (cp >= 0x3040 && cp <= 0x30ff) || (cp >= 0xac00 && cp <= 0xd7a3);
}

// Finds the next non-ASCII unit: V8 skips an ASCII run faster than a loop over its characters.
const NON_ASCII = /[\u0080-\uffff]/g;

/** End of the run of ASCII units that starts at `from`. */
function asciiRunEnd(text: string, from: number): number {
  // A lone unit (a space between Cyrillic words) is not worth a regex call.
  if (from + 1 >= text.length || text.charCodeAt(from + 1) >= 0x80) return from + 1;
  NON_ASCII.lastIndex = from + 1;
  return NON_ASCII.test(text) ? NON_ASCII.lastIndex - 1 : text.length;
}

/** Nothing in `text` would change: the common case, answered without building a map. */
function foldsToItself(text: string): boolean {
  if (PRINTABLE_ASCII.test(text)) return true;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < 0x80) i = asciiRunEnd(text, i);
    if (i >= text.length) break;
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (!isStable(cp)) return false;
  }
  return true;
}

/** Folds `text`; see FoldedText. Linear in the input length. */
export function fold(text: string): FoldedText {
  const obfuscations = new Set<Obfuscation>();
  if (foldsToItself(text)) return { mapped: MappedText.identity(text), obfuscations };

  const out = new MappedTextBuilder(text.length + 16);
  // The token (run of non-space characters) being read: units are written out at once, and the
  // look-alike letters among them are folded when the token ends, once its script is known.
  let lookAlikes: number[] = [];
  let tokenLatin = false;
  let tokenDigits = false;
  let tokenLetters = 0;

  const flushToken = (): void => {
    // A look-alike letter among digits ("4Ⅰ5 Ο132") is a digit in disguise.
    if ((tokenLatin || (tokenDigits && tokenLetters <= 2)) && lookAlikes.length) {
      for (const at of lookAlikes) out.replaceChunk(at, CONFUSABLES[out.chunkAt(at)]!);
      obfuscations.add('confusables');
    }
    if (lookAlikes.length) lookAlikes = [];
    tokenLatin = false;
    tokenDigits = false;
    tokenLetters = 0;
  };

  let previousAscii = false;
  // ASCII and other stable characters are copied a run at once, from `copied` on.
  let copied = 0;
  // [A-Za-z@] and [0-9] among the ASCII units text[from, to) of one token, by their codes.
  const readAscii = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 64) tokenLatin = true;
      else if (c >= 48 && c <= 57) tokenDigits = true;
    }
  };
  for (let i = 0; i < text.length;) {
    const start = i;
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      i = asciiRunEnd(text, i);
      // Only the ASCII run's first and last tokens can meet a look-alike: the first may end
      // a token that holds one, the last starts the token of the next non-ASCII unit.
      let firstSpace = start;
      while (firstSpace < i && !isAsciiSpace(text.charCodeAt(firstSpace))) firstSpace++;
      let lastSpace = i - 1;
      while (lastSpace >= firstSpace && !isAsciiSpace(text.charCodeAt(lastSpace))) lastSpace--;
      readAscii(start, firstSpace);
      if (firstSpace < i) {
        flushToken();
        readAscii(lastSpace + 1, i);
      }
      previousAscii = true;
      continue;
    }
    if ((c < 0xd800 || c > 0xdfff) && isStable(c)) {
      // Folds to itself and reads as a letter of the token: "—", "€".
      i++;
      tokenLetters++;
      previousAscii = false;
      continue;
    }
    const cp = text.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    out.copy(text, copied, start);
    copied = i;
    if (isInvisible(cp)) {
      // A keycap's variation selector is part of an emoji digit, not a hidden character.
      obfuscations.add(cp === 0xfe0f ? 'confusables' : 'invisible');
      continue;
    }
    const ch = String.fromCodePoint(cp);
    if (COMBINING.test(ch)) {
      if (cp === 0x20e3) obfuscations.add('confusables');
      else if (previousAscii) obfuscations.add('invisible');
      continue;
    }
    if (WHITESPACE.test(ch)) {
      flushToken();
      out.push(' ', start, i);
      previousAscii = false;
      continue;
    }
    // The apostrophe phones type in "don’t" and "let’s" is an apostrophe, and no disguise.
    if (isTypographicApostrophe(cp)) {
      out.push("'", start, i);
      tokenLetters++;
      previousAscii = false;
      continue;
    }
    let chunk = otherScriptDigit(cp) ?? enclosedLetter(cp);
    if (chunk === undefined && isWholeSyllable(cp)) {
      chunk = ch;
    } else if (chunk === undefined && cp >= 0x0400 && cp <= 0x04ff) {
      // Cyrillic letters stay whole: "й" is a letter of its own, not "и" with a mark.
      chunk = ALWAYS_FOLDED.has(ch) ? CONFUSABLES[ch]! : ch;
      if (ALWAYS_FOLDED.has(ch)) obfuscations.add('confusables');
    } else if (chunk === undefined) {
      chunk = '';
      for (const part of ch.normalize('NFKD')) if (!COMBINING.test(part)) chunk += part;
      if (ALWAYS_FOLDED.has(chunk)) {
        chunk = CONFUSABLES[chunk]!;
        obfuscations.add('confusables');
      } else if (/^[A-Za-z0-9]+$/.test(chunk) && !/^[A-Za-z]/.test(ch.normalize('NFD'))) {
        // Folded to ASCII but not merely an accented letter: full-width, mathematical, circled…
        obfuscations.add('confusables');
      }
    } else {
      obfuscations.add('confusables');
    }
    if (chunk.length === 0) continue;
    // Look-alikes are single letters: folded in place if the token turns out Latin.
    if (Object.hasOwn(CONFUSABLES, chunk)) lookAlikes.push(out.chunkCount);
    out.push(chunk, start, i);
    if (/[A-Za-z@]/.test(chunk)) tokenLatin = true;
    if (/[0-9]/.test(chunk)) tokenDigits = true;
    else tokenLetters++;
    previousAscii = false;
  }
  flushToken();
  out.copy(text, copied, text.length);
  return { mapped: out.build(), obfuscations };
}
