import { findAppMentions, type AppMention } from '../lexicon/apps.js';
import { countNumberWords, type NumberWordCount } from '../lexicon/number-words.js';
import { countriesOfServices } from '../lexicon/payment-services.js';
import type { MappedText } from '../normalize/mapped-text.js';
import type { Finding, Obfuscation } from '../types.js';
import { codeSpans } from './context.js';
import type { PhraseReading } from './scripts.js';

/** One message as every detector sees it. */
export interface Scan {
  /** The text as the member wrote it; findings point into it. */
  original: string;
  /** Folded view (see normalize/fold.ts), mapped to `original`. */
  folded: MappedText;
  /** Code spans, in original offsets. */
  code: ReadonlyArray<[number, number]>;
  /** Country hints for national phone numbers, most likely first. */
  countries: readonly string[];
  /**
   * `folded.text` in lower case, for yes/no gates only (its length may differ): regexes without
   * the `i` flag run several times faster on Unicode text.
   */
  lower: string;
  /**
   * Computed on first use by appMentions(), numberWords() and the phrase lists (scripts.ts); a
   * field is cheaper than a WeakMap.
   */
  mentions?: AppMention[];
  numberWords?: NumberWordCount;
  phrases?: PhraseReading;
  phoneCountries?: readonly string[];
}

/** Apps named in the folded text; computed once per scan, shared by the detectors that need it. */
export function appMentions(scan: Scan): AppMention[] {
  return (scan.mentions ??= findAppMentions(scan.folded.text));
}

/**
 * The countries to read a national phone number in: the sender's and recipient's first, then
 * those of one-country services named ("Bizum al 612 …" is Spanish). Worked out on first use: only
 * messages holding a number need it.
 */
export function phoneCountries(scan: Scan): readonly string[] {
  if (scan.phoneCountries) return scan.phoneCountries;
  const named = countriesOfServices(scan.lower).filter((c) => !scan.countries.includes(c));
  return (scan.phoneCountries = named.length ? [...scan.countries, ...named] : scan.countries);
}

/** Number words in the folded text; counted once per scan for the phone gate and the spelled view. */
export function numberWords(scan: Scan): NumberWordCount {
  return (scan.numberWords ??= countNumberWords(scan.lower));
}

export function createScan(
  original: string,
  folded: MappedText,
  countries: readonly string[],
  /** Code spans of `original`, when a view of an already scanned message is built. */
  code: ReadonlyArray<[number, number]> = codeSpans(original),
): Scan {
  return {
    original,
    folded,
    code,
    countries,
    lower: folded.text.toLowerCase(),
    // Present from the start, so every scan has the same shape for the engine.
    mentions: undefined,
    numberWords: undefined,
    phrases: undefined,
    phoneCountries: undefined,
  };
}

/** A finding before the orchestrator fills in `text` from the original message. */
export type RawFinding = Omit<Finding, 'text'>;

/**
 * Another reading of a message, with a disguise undone (written backwards, letters spaced out,
 * digits spelled out…). Every detector reads each view as it reads the message; what it finds
 * there is marked with the disguise.
 */
export interface View {
  scan: Scan;
  obfuscation: Obfuscation;
  /** Which findings of the view to keep; all when absent. */
  keep?: (finding: RawFinding) => boolean;
  /** The only detector that reads the view, when one alone can find what it keeps. */
  readBy?: (scan: Scan) => RawFinding[];
}
