import { escapeRegExp } from '../lexicon/escape.js';

/** Context cues: identifiers whose shape alone is ambiguous only count with the right words nearby. */

/** Words that mark a nearby digit group as a payment card number. */
export const CARD_WORDS =
  /\b(?:cards?|visa|master ?card|amex|american express|discover|debit|credit|cvv|cvc|tarjeta|carte|(?:kredit)?karte|cart[aã]o|carta)|карт/i;

/** Words that mark a nearby nine-digit number as a US bank routing number. */
export const ROUTING_WORDS = /\b(?:routing|aba|rtn|ach|transit)\b/i;

/** Words that make a bare base58 string (no checksum) read as a Solana wallet. */
export const SOLANA_WORDS = /\b(?:sol|solana|wallet|phantom|solflare|usdc|usdt)\b/i;

/** Whether `words` occurs within `reach` characters before `start` or after `end`. */
export function mentionedNear(
  words: RegExp,
  text: string,
  start: number,
  end: number,
  reach: number,
): boolean {
  return (
    words.test(text.slice(Math.max(0, start - reach), start)) ||
    words.test(text.slice(end, end + reach))
  );
}

/** End of the last match of `words` within `reach` characters before `at`. */
export function lastMentionEnd(
  words: RegExp,
  text: string,
  at: number,
  reach: number,
): number | undefined {
  const from = Math.max(0, at - reach);
  let rest = text.slice(from, at);
  let end: number | undefined;
  for (let match = words.exec(rest); match; match = words.exec(rest)) {
    const matchEnd = match.index + match[0].length;
    end = at - rest.length + matchEnd;
    rest = rest.slice(matchEnd);
  }
  return end;
}

/** Start of the first match of `words` within `reach` characters after `at`. */
export function firstMentionStart(
  words: RegExp,
  text: string,
  at: number,
  reach: number,
): number | undefined {
  const index = text.slice(at, at + reach).search(words);
  return index === -1 ? undefined : at + index;
}

/**
 * Words and punctuation marks; "a/c", "р/с", "sort-code", "swift/bic" stay one word so they can be
 * looked up whole. Linear: the separator is required between repetitions.
 */
const GAP_TOKEN = /[\p{L}\p{N}°º]+(?:[-/][\p{L}\p{N}°º]+)*|[^\s\p{L}\p{N}]/gu;

/** At most this many label words or marks may stand between a lead phrase and the identifier. */
const MAX_LABELS = 4;

/** Phrases that announce an identifier, e.g. "account", "sort code", "swift/bic". */
export interface Leads {
  /** Lower-case, one or two words each. */
  phrases: ReadonlySet<string>;
  /** Matches wherever any phrase occurs, so most texts skip the word-by-word look. */
  anywhere: RegExp;
}

export function leads(phrases: readonly string[]): Leads {
  const escaped = phrases.map(escapeRegExp);
  return { phrases: new Set(phrases), anywhere: new RegExp(escaped.join('|'), 'i') };
}

/**
 * Whether a lead phrase ends within `reach` characters before `at`, with only `labels` (label
 * words such as "number", "is", or marks such as ":") between. "bare" when nothing stands
 * between, "labelled" otherwise; undefined when there is no lead.
 *
 * @example leadBefore('account no: 12345678', 12, ACCOUNT_LEADS, ACCOUNT_LABELS, 40) // 'labelled'
 */
export function leadBefore(
  text: string,
  at: number,
  { phrases, anywhere }: Leads,
  labels: ReadonlySet<string>,
  reach: number,
): 'bare' | 'labelled' | undefined {
  const before = text.slice(Math.max(0, at - reach), at);
  if (!anywhere.test(before)) return undefined;
  const tokens = before.toLowerCase().match(GAP_TOKEN);
  if (!tokens) return undefined;
  const last = tokens.length - 1;
  for (let k = last; k >= 0 && last - k <= MAX_LABELS; k--) {
    const word = tokens[k] ?? '';
    if (phrases.has(word) || (k > 0 && phrases.has(`${tokens[k - 1] ?? ''} ${word}`))) {
      return k === last ? 'bare' : 'labelled';
    }
    if (!labels.has(word)) return undefined;
  }
  return undefined;
}

/** Marks that may stand between a label and its value. */
const LABEL_MARKS = [':', '#', '-', '–', '—', '=', '.', ',', '№'];

// Read on the folded text: accents and Indic vowel signs dropped ("खाता" is "खत").
export const ACCOUNT_LEADS = leads([
  'account',
  'acct',
  'acc',
  'a/c',
  'cuenta',
  'clabe',
  'conta',
  'compte',
  'rib',
  'konto',
  'konta',
  'kontonummer',
  'kto',
  'kto-nr',
  'conto',
  'c/c',
  'rekening',
  'rekeningnummer',
  'rekeningnr',
  'hesap',
  'счет',
  'счёт',
  'счета',
  'счёта',
  'р/с',
  'л/с',
  'карту',
  'карта',
  'картку',
  'rek',
  'akaun',
  'ucet',
  'uctu',
  'szamla',
  'szamlamra',
  'szamlaszam',
  'खत',
  'अकउट',
  'একউনট',
  'অযকউনট',
  'করড',
  'کارت',
  'کارتم',
  'حساب',
  'حسابي',
  '口座',
  '银行卡',
  '계좌',
  '계좌번호',
]);

export const ACCOUNT_LABELS: ReadonlySet<string> = new Set([
  ...LABEL_MARKS,
  'number',
  'num',
  'no',
  'nr',
  'n°',
  'nº',
  'numero',
  'número',
  'nummer',
  'numer',
  'numarası',
  'numarasi',
  'is',
  'es',
  'est',
  'ist',
  'é',
  'de',
  'da',
  'do',
  'di',
  'del',
  'du',
  'bancaria',
  'bancario',
  'bancária',
  'bancaire',
  'corriente',
  'corrente',
  'courant',
  'номер',
  'सखय',
  'नबर',
  'নমবর',
  'شماره',
  'رقم',
  'ko',
  'saya',
  'ku',
  'mo',
  '普通',
  '当座',
  // Banks named between the word for account and its number: "akaun Maybank saya 1640…".
  'maybank',
  'cimb',
  'bdo',
  'bpi',
  'bca',
  'bri',
  'bni',
  'mandiri',
  'sbi',
  'hdfc',
  'icici',
  'otp',
  'fio',
  'kaspi',
  'sberbank',
  'monobank',
]);

export const SORT_CODE_LEADS = leads(['sort code', 'sort-code', 'sortcode']);

export const SORT_CODE_LABELS: ReadonlySet<string> = new Set([...LABEL_MARKS, 'is']);

export const SWIFT_LEADS = leads([
  'swift',
  'bic',
  'swift/bic',
  'bic/swift',
  'swift-code',
  'swiftcode',
  'swift-код',
  'bank code',
]);

export const SWIFT_LABELS: ReadonlySet<string> = new Set([
  ...LABEL_MARKS,
  'code',
  'number',
  'no',
  'is',
  'es',
  'est',
  'ist',
  'é',
  'código',
  'codigo',
  'код',
]);
