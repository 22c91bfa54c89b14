/** Payment identifiers written in digits only: card, account and routing numbers, sort codes. */

import {
  ACCOUNT_LABELS,
  ACCOUNT_LEADS,
  CARD_WORDS,
  ROUTING_WORDS,
  SORT_CODE_LABELS,
  SORT_CODE_LEADS,
  firstMentionStart,
  lastMentionEnd,
  leadBefore,
  mentionedNear,
} from './context.js';
import { isDigitCode, isWordCharAt } from './text.js';
import type { PaymentIdentifier, PaymentKind } from './types.js';

/** No identifier here has a run of more digits (account numbers run to 20, e.g. Russian ones). */
const MAX_RUN_DIGITS = 20;
const MIN_CARD_DIGITS = 13;
const MAX_CARD_DIGITS = 19;
const MIN_ACCOUNT_DIGITS = 6;
const MAX_ACCOUNT_DIGITS = 20;
/** How far (characters) a cue word may be from a card or routing number. */
const CUE_REACH = 30;
/** How far back a lead phrase ("account number:", "sort code") may start. */
const LEAD_REACH = 40;

/**
 * Runs of digits joined by single spaces or dashes ("4111 1111 1111 1111", "20-00-00"). Offsets
 * are kept flat, [start0, end0, start1, end1, …], because adversarial text can hold a million runs.
 */
class DigitRuns {
  private readonly bounds: number[] = [];

  constructor(private readonly text: string) {}

  get count(): number {
    return this.bounds.length / 2;
  }

  add(start: number, end: number): void {
    this.bounds.push(start, end);
  }

  start(k: number): number {
    return this.bounds[2 * k] ?? 0;
  }

  end(k: number): number {
    return this.bounds[2 * k + 1] ?? 0;
  }

  size(k: number): number {
    return this.end(k) - this.start(k);
  }

  /** The digits of runs first..last, without separators. */
  digits(first: number, last: number): string {
    let digits = '';
    for (let k = first; k <= last; k++) digits += this.text.slice(this.start(k), this.end(k));
    return digits;
  }
}

/**
 * Looks at the digit runs that start at `start` (a token of digits ending at `tokenEnd`), pushes
 * the payment identifiers among them onto `found`, and returns where scanning should continue.
 */
export function scanDigitRuns(
  text: string,
  start: number,
  tokenEnd: number,
  found: PaymentIdentifier[],
): number {
  const runs = digitRuns(text, start, tokenEnd);
  if (runs.count === 0) return tokenEnd;
  const end = runs.end(runs.count - 1);
  // A leading "+" makes it an international phone number.
  if (text.charAt(start - 1) === '+') return end;
  // Every run holds a digit, so more runs than that are more digits than any whole identifier.
  const whole = runs.count <= MAX_ACCOUNT_DIGITS ? wholeSequence(text, runs) : undefined;
  if (whole) found.push(whole);
  // One by one: a long enough run of digits holds more cards than a spread's arguments can take.
  else for (const card of cardsByCue(text, runs)) found.push(card);
  return end;
}

function digitRuns(text: string, start: number, tokenEnd: number): DigitRuns {
  const runs = new DigitRuns(text);
  let runStart = start;
  let runEnd = tokenEnd;
  while (
    runEnd - runStart <= MAX_RUN_DIGITS &&
    !isWordCharAt(text, runEnd) &&
    !isPartOfNumberNotation(text, runStart, runEnd)
  ) {
    runs.add(runStart, runEnd);
    const separator = text.charAt(runEnd);
    if ((separator !== ' ' && separator !== '-') || !isDigitCode(text.charCodeAt(runEnd + 1))) {
      break;
    }
    runStart = runEnd + 1;
    runEnd = runStart;
    while (isDigitCode(text.charCodeAt(runEnd))) runEnd++;
  }
  return runs;
}

/** "1,250.00", "12:30", "12/05/2024", "192.168.0.1": amounts, times, dates and addresses. */
function isPartOfNumberNotation(text: string, start: number, end: number): boolean {
  return (
    (isNumberJoiner(text.charCodeAt(start - 1)) && isDigitCode(text.charCodeAt(start - 2))) ||
    (isNumberJoiner(text.charCodeAt(end)) && isDigitCode(text.charCodeAt(end + 1)))
  );
}

function isNumberJoiner(code: number): boolean {
  return code === 46 || code === 44 || code === 58 || code === 47; // . , : /
}

// An account on a platform or with a shop is no bank account: "freelancer account #4471209".
const PLATFORM_ACCOUNT =
  /\b(?:freelancer|client|user|customer|member|platform|upwork|fiverr|shop|store|player|game)\s+(?:account|acct)\b[^\n]{0,12}$/i;

/** The whole sequence read as one identifier: a card by its grouping, or any kind by its cues. */
function wholeSequence(text: string, runs: DigitRuns): PaymentIdentifier | undefined {
  const start = runs.start(0);
  const end = runs.end(runs.count - 1);
  const digits = runs.digits(0, runs.count - 1);
  let kind: PaymentKind | undefined;
  if (isCardGrouping(text, runs) && isCardNumber(digits)) kind = 'card_number';
  else if (isSortCodeShape(runs) && leadBefore(text, start, SORT_CODE_LEADS, SORT_CODE_LABELS, 30))
    kind = 'routing_number';
  else if (
    digits.length >= MIN_ACCOUNT_DIGITS &&
    digits.length <= MAX_ACCOUNT_DIGITS &&
    leadBefore(text, start, ACCOUNT_LEADS, ACCOUNT_LABELS, LEAD_REACH) &&
    !PLATFORM_ACCOUNT.test(text.slice(Math.max(0, start - LEAD_REACH), start))
  )
    kind = 'bank_account';
  else if (
    digits.length === 9 &&
    isAbaRoutingNumber(digits) &&
    mentionedNear(ROUTING_WORDS, text, start, end, CUE_REACH)
  )
    kind = 'routing_number';
  if (!kind) return undefined;
  const confidence = kind === 'bank_account' ? 0.85 : 0.9;
  return { start, end, kind, normalized: digits, confidence };
}

/**
 * Card numbers inside the sequence, written without card-style grouping, that have a card word
 * nearby: ungrouped, Luhn passes one number in ten by chance (order numbers, barcodes), so the cue
 * is what tells them apart. Cue words never stand inside the sequence, so only the nearest one
 * before it and after it matter, and only candidates near those are tried, longest first.
 */
function cardsByCue(text: string, runs: DigitRuns): PaymentIdentifier[] {
  const cueBefore = lastMentionEnd(CARD_WORDS, text, runs.start(0), CUE_REACH);
  const cueAfter = firstMentionStart(CARD_WORDS, text, runs.end(runs.count - 1), CUE_REACH);
  if (cueBefore === undefined && cueAfter === undefined) return [];
  const nearCue = (start: number, end: number): boolean =>
    (cueBefore !== undefined && start - cueBefore <= CUE_REACH) ||
    (cueAfter !== undefined && cueAfter - end <= CUE_REACH);

  const digits = runs.digits(0, runs.count - 1);
  // offsets[k]: where run k starts in `digits`; offsets[count] is digits.length.
  const offsets = [0];
  for (let k = 0; k < runs.count; k++) offsets.push((offsets[k] ?? 0) + runs.size(k));
  const offset = (k: number): number => offsets[k] ?? digits.length;

  const cards: PaymentIdentifier[] = [];
  let last = 0; // the furthest run a card starting at `first` can reach; only moves forward
  for (let first = 0; first < runs.count; first++) {
    last = Math.max(last, first);
    while (last + 1 < runs.count && offset(last + 2) - offset(first) <= MAX_CARD_DIGITS) last++;
    const start = runs.start(first);
    if (!nearCue(start, runs.end(last))) continue;
    for (let candidateLast = last; candidateLast >= first; candidateLast--) {
      const number = digits.slice(offset(first), offset(candidateLast + 1));
      if (number.length < MIN_CARD_DIGITS) break;
      const end = runs.end(candidateLast);
      if (isCardNumber(number) && nearCue(start, end)) {
        cards.push({ start, end, kind: 'card_number', normalized: number, confidence: 0.9 });
        first = candidateLast;
        break;
      }
    }
  }
  return cards;
}

/** 4-4-4-4 (and 4-4-4-1 … 4-4-4-4-3 for 13 to 19 digits), or Amex/Diners 4-6-5 / 4-6-4. */
function isCardGrouping(text: string, runs: DigitRuns): boolean {
  const count = runs.count;
  if (count < 3 || count > 5) return false;
  // One separator throughout: "4111 1111-1111 1111" is not how cards are printed.
  const separator = text.charAt(runs.end(0));
  for (let k = 1; k < count - 1; k++) if (text.charAt(runs.end(k)) !== separator) return false;
  if (count === 3) {
    return runs.size(0) === 4 && runs.size(1) === 6 && (runs.size(2) === 5 || runs.size(2) === 4);
  }
  for (let k = 0; k < count - 1; k++) if (runs.size(k) !== 4) return false;
  return true;
}

function isSortCodeShape(runs: DigitRuns): boolean {
  if (runs.count === 1) return runs.size(0) === 6;
  return runs.count === 3 && runs.size(0) === 2 && runs.size(1) === 2 && runs.size(2) === 2;
}

function isCardNumber(digits: string): boolean {
  return (
    digits.length >= MIN_CARD_DIGITS &&
    digits.length <= MAX_CARD_DIGITS &&
    passesLuhn(digits) &&
    issuerIssues(digits)
  );
}

const range = (min: number, max: number): number[] =>
  Array.from({ length: max - min + 1 }, (_, k) => min + k);

/** Issuer prefix ranges (IIN, compared on equal-length prefixes) and the lengths they issue. */
const CARD_ISSUERS: ReadonlyArray<{ from: string; to: string; lengths: readonly number[] }> = [
  { from: '4', to: '4', lengths: [13, 16, 19] }, // Visa
  { from: '51', to: '55', lengths: [16] }, // Mastercard
  { from: '2221', to: '2720', lengths: [16] }, // Mastercard 2-series
  { from: '34', to: '34', lengths: [15] }, // American Express
  { from: '37', to: '37', lengths: [15] }, // American Express
  { from: '6011', to: '6011', lengths: range(16, 19) }, // Discover
  { from: '644', to: '649', lengths: range(16, 19) }, // Discover
  { from: '65', to: '65', lengths: range(16, 19) }, // Discover, RuPay
  { from: '300', to: '305', lengths: range(14, 19) }, // Diners Club
  { from: '36', to: '36', lengths: range(14, 19) }, // Diners Club
  { from: '38', to: '39', lengths: range(16, 19) }, // Diners Club
  { from: '3528', to: '3589', lengths: range(16, 19) }, // JCB
  { from: '62', to: '62', lengths: range(16, 19) }, // UnionPay
  { from: '2200', to: '2204', lengths: range(16, 19) }, // Mir
  { from: '50', to: '50', lengths: range(13, 19) }, // Maestro
  { from: '56', to: '69', lengths: range(13, 19) }, // Maestro and others in 6
];

/** The issuer table with numeric bounds, compared against the number's first four digits. */
const ISSUER_RANGES = CARD_ISSUERS.map(({ from, to, lengths }) => ({
  scale: 10 ** (4 - from.length),
  from: Number(from),
  to: Number(to),
  lengths,
}));

function issuerIssues(digits: string): boolean {
  let firstFour = 0;
  for (let i = 0; i < 4; i++) firstFour = firstFour * 10 + digits.charCodeAt(i) - 48;
  return ISSUER_RANGES.some(({ scale, from, to, lengths }) => {
    const prefix = Math.trunc(firstFour / scale);
    return prefix >= from && prefix <= to && lengths.includes(digits.length);
  });
}

/** Luhn mod 10, the card check digit; hand-written because none of our libraries has it. */
function passesLuhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let value = digits.charCodeAt(i) - 48;
    if (double) value = value * 2 > 9 ? value * 2 - 9 : value * 2;
    sum += value;
    double = !double;
  }
  return sum % 10 === 0;
}

/**
 * ABA routing number: a Federal Reserve prefix, then 3·(d1+d4+d7) + 7·(d2+d5+d8) + (d3+d6+d9) ≡ 0
 * mod 10; hand-written because none of our libraries has it.
 */
function isAbaRoutingNumber(digits: string): boolean {
  const prefix = Number(digits.slice(0, 2));
  // 00 government, 01–12 Federal Reserve districts, 21–32 thrifts, 61–72 electronic, 80 cheques.
  const knownPrefix =
    prefix <= 12 ||
    (prefix >= 21 && prefix <= 32) ||
    (prefix >= 61 && prefix <= 72) ||
    prefix === 80;
  if (!knownPrefix) return false;
  const weights = [3, 7, 1];
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (digits.charCodeAt(i) - 48) * (weights[i % 3] ?? 0);
  return sum % 10 === 0;
}
