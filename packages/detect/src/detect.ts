import { findAddresses } from './detectors/address.js';
import { findEmails } from './detectors/email.js';
import { findLinksAndHandles } from './detectors/links.js';
import { findPayments } from './detectors/payment.js';
import { findPhones } from './detectors/phone.js';
import { findRequests } from './detectors/request.js';
import { findReversed } from './detectors/reversed.js';
import { createScan, type RawFinding, type Scan } from './detectors/scan.js';
import { fold } from './normalize/fold.js';
import type { DetectOptions, Finding } from './types.js';

/** Every detector, in the order their findings win ties. */
const DETECTORS: ReadonlyArray<(scan: Scan) => RawFinding[]> = [
  findPayments,
  findEmails,
  findLinksAndHandles,
  findPhones,
  findAddresses,
  findRequests,
];

/**
 * Finds contact details and off-platform asks in one text.
 *
 * @example
 * detect('call me on +44 7700 900123')
 * // [{ category: 'phone', start: 11, end: 26, text: '+44 7700 900123', confidence: 0.95, … }]
 */
export function detect(text: string, options: DetectOptions = {}): Finding[] {
  const { mapped, obfuscations } = fold(text);
  const scan = createScan(text, mapped, options.countries ?? []);
  const raw: RawFinding[] = [];
  for (const detector of DETECTORS) raw.push(...detector(scan));
  raw.push(...findReversed(scan, (reversedScan) => DETECTORS.flatMap((d) => d(reversedScan))));
  raw.push(...messengerNumbers(text, raw));
  const findings = resolveOverlaps(raw).map((f) => ({ ...f, text: text.slice(f.start, f.end) }));
  // Disguises seen while folding apply to every finding they touched.
  if (obfuscations.size) {
    for (const finding of findings) {
      for (const o of obfuscations) {
        if (!finding.evidence.obfuscations.includes(o) && touches(text, finding, o))
          finding.evidence.obfuscations.push(o);
      }
    }
  }
  return findings;
}

// A number given as a messaging-app contact is also that app's ID: "WhatsApp +1 415 555 0132".
const MESSENGER_BEFORE =
  /(whats\s?app|whatsap|watsapp|wa|zap|viber|signal|telegram|tg|imo|botim|ватсап|вотсап|вайбер|телеграм|واتساب|واتس)\W{0,12}(?:\p{L}+\W{1,3}){0,3}$/iu;

function messengerNumbers(text: string, raw: RawFinding[]): RawFinding[] {
  return raw
    .filter(
      (f) =>
        f.category === 'phone' &&
        MESSENGER_BEFORE.test(text.slice(Math.max(0, f.start - 40), f.start)),
    )
    .map((f) => ({
      ...f,
      category: 'handle' as const,
      evidence: { ...f.evidence, detector: 'handle.messenger_number' },
    }));
}

function touches(text: string, finding: Finding, obfuscation: string): boolean {
  const span = text.slice(finding.start, finding.end);
  if (obfuscation === 'invisible')
    return /[\u200b-\u200f\u2060-\u2064\ufeff\u00ad\p{M}]/u.test(span);
  return /[^\p{ASCII}]/u.test(span);
}

/**
 * Keeps the most useful finding where spans overlap within one category, and drops a
 * `request` that only restates a concrete detail already found in the same span.
 */
function resolveOverlaps(raw: RawFinding[]): RawFinding[] {
  const sorted = [...raw].sort(
    (a, b) => a.start - b.start || b.end - a.end || b.confidence - a.confidence,
  );
  const kept: RawFinding[] = [];
  for (const finding of sorted) {
    const clash = kept.find(
      (k) => k.category === finding.category && k.start < finding.end && finding.start < k.end,
    );
    if (!clash) {
      kept.push(finding);
      continue;
    }
    if (
      finding.end - finding.start > clash.end - clash.start &&
      finding.confidence >= clash.confidence
    ) {
      kept[kept.indexOf(clash)] = finding;
    }
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
