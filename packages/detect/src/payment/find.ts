import {
  MAX_ADDRESS_LENGTH,
  MIN_ADDRESS_LENGTH,
  cryptoAddressAt,
  solanaAddressAt,
} from './crypto.js';
import { SOLANA_WORDS } from './context.js';
import { ibanAt, looksLikeIbanHead } from './iban.js';
import { scanDigitRuns } from './numbers.js';
import { swiftCodeAt } from './swift.js';
import { findUpiIds } from './upi.js';
import { alnumRunEnd, isAsciiAlnumCode, isDigitCode, isWordCharAt } from './text.js';
import type { PaymentIdentifier } from './types.js';

/**
 * Where an identifier may start: six digits (optionally spaced or dashed: cards, accounts, routing
 * numbers, sort codes), an IBAN head, a bech32 head, an ETH address, an upper-case BIC-shaped word,
 * or a base58 run opening like a checksummed address (1, 3, L, M, D, 9, A, T, r), each at the
 * start of a word. The regex engine skips everything else far faster than a character loop could;
 * each branch has a bounded length.
 */
const CANDIDATE =
  /\b(?:\d(?:[ -]?\d){5}|[A-Za-z]{2}\d\d|(?:bc|BC|ltc|LTC)1|0x[\dA-Fa-f]{40}|[A-Z]{6}[A-Z\d]{2}|[13LMD9ATr][1-9A-HJ-NP-Za-km-z]{24})/g;

/** Solana addresses (32 bytes in base58) have no fixed opening; looked for only when a cue is present. */
const SOLANA_CANDIDATE = /[1-9A-HJ-NP-Za-km-z]{32,44}/g;

/**
 * Finds IBANs, SWIFT/BIC codes, bank account, routing and card numbers, crypto wallet addresses
 * and UPI IDs in `text` (already normalised: look-alikes folded to ASCII, invisible characters
 * removed), in order of position. Pure and linear in the length of the text. Checksums are
 * verified wherever the format has one; shapes without one (BIC, account and routing numbers,
 * ungrouped cards, Solana) need a cue word nearby.
 *
 * @example
 * findPaymentIdentifiers('my IBAN: DE89 3704 0044 0532 0130 00 thanks');
 * // [{ start: 9, end: 36, kind: 'iban', normalized: 'DE89370400440532013000', confidence: 0.99 }]
 */
export function findPaymentIdentifiers(text: string): PaymentIdentifier[] {
  const found: PaymentIdentifier[] = [];
  CANDIDATE.lastIndex = 0;
  for (let match = CANDIDATE.exec(text); match; match = CANDIDATE.exec(text)) {
    const start = tokenStart(text, match.index);
    // Always past the token that holds the match, so no text is looked at twice.
    CANDIDATE.lastIndex = scanToken(text, start, alnumRunEnd(text, start), found);
  }
  if (SOLANA_WORDS.test(text)) addSolanaAddresses(text, found);
  const upi = findUpiIds(text);
  if (upi.length === 0) return found;
  return [...found, ...upi].sort((a, b) => a.start - b.start);
}

/** Looks at the token `text.slice(start, end)` and returns where scanning continues (≥ end). */
function scanToken(text: string, start: number, end: number, found: PaymentIdentifier[]): number {
  // The tail of a longer word ("_0x…", "é1Boat…") is not an identifier of its own.
  if (isWordCharAt(text, start - 1)) return end;
  if (isAllDigits(text, start, end)) return scanDigitRuns(text, start, end, found);
  if (looksLikeIbanHead(text, start)) {
    const iban = ibanAt(text, start);
    if (iban) {
      found.push(iban);
      return iban.end;
    }
  }
  if (isWordCharAt(text, end)) return end;
  const length = end - start;
  const identifier =
    length >= MIN_ADDRESS_LENGTH && length <= MAX_ADDRESS_LENGTH
      ? cryptoAddressAt(text, start, end)
      : length === 8 || length === 11
        ? swiftCodeAt(text, start, end)
        : undefined;
  if (identifier) found.push(identifier);
  return end;
}

function addSolanaAddresses(text: string, found: PaymentIdentifier[]): void {
  const others = found.length;
  let next = 0; // first finding of the main pass that does not end before the candidate
  SOLANA_CANDIDATE.lastIndex = 0;
  for (let match = SOLANA_CANDIDATE.exec(text); match; match = SOLANA_CANDIDATE.exec(text)) {
    const start = tokenStart(text, match.index);
    const end = alnumRunEnd(text, start);
    SOLANA_CANDIDATE.lastIndex = end;
    const whole = start === match.index && end === start + match[0].length;
    if (!whole || isWordCharAt(text, start - 1) || isWordCharAt(text, end)) continue;
    while (next < others && (found[next]?.end ?? 0) <= start) next++;
    if (next < others && (found[next]?.start ?? 0) < end) continue;
    const address = solanaAddressAt(text, start, end);
    if (address) found.push(address);
  }
  if (found.length > others) found.sort((a, b) => a.start - b.start);
}

/** Start of the run of ASCII letters and digits that holds `index`. */
function tokenStart(text: string, index: number): number {
  let start = index;
  while (start > 0 && isAsciiAlnumCode(text.charCodeAt(start - 1))) start--;
  return start;
}

function isAllDigits(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isDigitCode(text.charCodeAt(i))) return false;
  return true;
}
