import { isSupportedCountry } from '../lexicon/phone-metadata.js';

import { SWIFT_LABELS, SWIFT_LEADS, leadBefore } from './context.js';
import type { PaymentIdentifier } from './types.js';

/** Bank (4 letters), country (2 letters), location (2), optional branch (3); upper-case as issued. */
const BIC_SHAPE = /^[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?$/;

/** How far back "swift", "BIC", "bank code" may start. */
const LEAD_REACH = 30;

/**
 * The SWIFT/BIC code that is exactly `text.slice(start, end)`, or undefined. Plenty of upper-case
 * words have the shape ("ABSOLUTE", "TRANSACTION"), so it takes a lead word shortly before it; and
 * after a bare "SWIFT " (no "code", no colon) an all-letter word reads as prose ("SWIFT TRANSACTION")
 * unless it carries a digit or the "XXX" head-office branch.
 */
export function swiftCodeAt(
  text: string,
  start: number,
  end: number,
): PaymentIdentifier | undefined {
  const code = text.slice(start, end);
  // The phone metadata already in the bundle knows every country and territory with banks (it
  // lacks only uninhabited ones such as Antarctica), so it tells a BIC's country.
  if (!BIC_SHAPE.test(code) || !isSupportedCountry(code.slice(4, 6))) return undefined;
  const lead = leadBefore(text, start, SWIFT_LEADS, SWIFT_LABELS, LEAD_REACH);
  if (!lead) return undefined;
  if (lead === 'bare' && !/\d|XXX$/.test(code)) return undefined;
  return { start, end, kind: 'swift_bic', normalized: code, confidence: 0.9 };
}
