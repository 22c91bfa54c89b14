import { getCountrySpecifications, isValidIBAN } from 'ibantools';

import { isAsciiAlnumCode, isAsciiLetterCode, isDigitCode, isWordCharAt } from './text.js';
import type { PaymentIdentifier } from './types.js';

/** Each IBAN country's fixed length, so a match stops exactly there instead of eating the next word. */
const IBAN_LENGTH: ReadonlyMap<string, number> = new Map(
  Object.entries(getCountrySpecifications()).flatMap(([country, spec]) =>
    spec.chars && spec.bban_regexp ? [[country, spec.chars] as const] : [],
  ),
);

/** People group IBANs with one of these; "AL47/2121/1009/…" and "DE89-3704-…" are both seen. */
const GROUP_SEPARATORS = ' -./';

/** Whether the text at `start` reads like the head of an IBAN: two letters and two check digits. */
export function looksLikeIbanHead(text: string, start: number): boolean {
  return (
    isAsciiLetterCode(text.charCodeAt(start)) &&
    isAsciiLetterCode(text.charCodeAt(start + 1)) &&
    isDigitCode(text.charCodeAt(start + 2)) &&
    isDigitCode(text.charCodeAt(start + 3))
  );
}

/**
 * The IBAN starting at `start` (the first letter of its country code), written unbroken or in
 * groups separated by single spaces, dashes, dots or slashes, in either case; undefined unless
 * ibantools accepts it (country length, BBAN format, mod-97).
 */
export function ibanAt(text: string, start: number): PaymentIdentifier | undefined {
  const length = IBAN_LENGTH.get(text.slice(start, start + 2).toUpperCase());
  if (length === undefined) return undefined;
  let characters = 0;
  let at = start;
  while (characters < length && at < text.length) {
    if (isAsciiAlnumCode(text.charCodeAt(at))) {
      characters++;
    } else if (
      !GROUP_SEPARATORS.includes(text.charAt(at)) ||
      !isAsciiAlnumCode(text.charCodeAt(at + 1))
    ) {
      break;
    }
    at++;
  }
  // Ending inside a group means the text continues the string: not an IBAN of this length.
  if (characters !== length || isWordCharAt(text, at)) return undefined;
  const normalized = text
    .slice(start, at)
    .replace(/[^0-9A-Za-z]/g, '')
    .toUpperCase();
  if (!isValidIBAN(normalized)) return undefined;
  return { start, end: at, kind: 'iban', normalized, confidence: 0.99 };
}
