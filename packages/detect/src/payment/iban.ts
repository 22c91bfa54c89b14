import { isAsciiAlnumCode, isAsciiLetterCode, isDigitCode, isWordCharAt } from './text.js';
import type { PaymentIdentifier } from './types.js';

/**
 * Each IBAN country's fixed length (the IBAN registry, ISO 13616), so a match stops exactly there
 * instead of eating the next word. Written out, with the mod-97 check below, rather than taken
 * from an IBAN library: the libraries also carry every country's account format and bank
 * checksums, 4.6 KB of the browser bundle, and detection needs none of them (an account number
 * mistyped is still bank details shared). A test holds the table to ibantools' registry.
 */
export const IBAN_LENGTH: ReadonlyMap<string, number> = new Map(
  'AD24AE23AL28AO25AT20AX18AZ28BA20BE16BF28BG22BH22BI27BJ28BL27BR29BY28CF27CG27CH21CI28CM27CR22CV25CY28CZ24DE22DJ27DK18DO28DZ26EE20EG29ES24FI18FK18FO18FR27GA27GB22GE22GF27GI23GL18GP27GQ27GR27GT28GW25HN28HR21HU28IE22IL23IQ23IR26IS26IT27JO30KM27KW30KZ20LB28LC32LI21LT20LU20LV21LY25MA28MC27MD24ME22MF27MG27MK19ML28MN20MQ27MR27MT31MU30MZ25NC27NE28NI28NL18NO15OM23PF27PK24PL28PM27PS29PT25QA29RE27RO24RS22RU33SA24SC31SD18SE24SI19SK24SM27SN28SO23ST25SV28TD27TF27TG28TL23TN24TR26UA29VA22VG24WF27XK20YE30YT27'
    .match(/.{4}/g)!
    .map((entry) => [entry.slice(0, 2), Number(entry.slice(2))]),
);

/**
 * ISO 13616's check: the country code and check digits moved to the end, letters read as 10–35,
 * the whole number is 1 modulo 97, and the check digits are 02–98. `iban` is upper-case letters and
 * digits.
 */
export function hasValidIbanCheckDigits(iban: string): boolean {
  if (!/^[A-Z]{2}(?!0[01]|99)\d\d[A-Z\d]+$/.test(iban)) return false;
  let remainder = 0;
  for (const character of iban.slice(4) + iban.slice(0, 4)) {
    const value = parseInt(character, 36);
    remainder = (remainder * (value < 10 ? 10 : 100) + value) % 97;
  }
  return remainder === 1;
}

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
 * groups separated by single spaces, dashes, dots or slashes, in either case; undefined unless it has
 * its country's length and valid check digits.
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
  if (!hasValidIbanCheckDigits(normalized)) return undefined;
  return { start, end: at, kind: 'iban', normalized, confidence: 0.99 };
}
