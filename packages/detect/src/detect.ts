import { findAddresses } from './detectors/address.js';
import { findEmails } from './detectors/email.js';
import { findLinksAndHandles } from './detectors/links.js';
import { findPayments } from './detectors/payment.js';
import { findPhones } from './detectors/phone.js';
import { findRequests } from './detectors/request.js';
import { alternateViews } from './detectors/alternate-views.js';
import { asksAroundDetails } from './detectors/asks-around.js';
import { reversedView } from './detectors/reversed.js';
import { readPhrases } from './detectors/scripts.js';
import { createScan, type RawFinding, type Scan, type View } from './detectors/scan.js';
import { paymentServicePattern } from './lexicon/payment-services.js';
import { fold } from './normalize/fold.js';
import type { DetectOptions, Finding, Obfuscation } from './types.js';

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
  return detectEach([{ text, ...options }])[0]!;
}

/** One text to detect in, with its options. */
export interface DetectItem extends DetectOptions {
  text: string;
}

/**
 * Finds in each of many texts what `detect` finds in it. Each detector reads every text (and
 * every view of it) before the next detector starts, so that its code and tables stay in the
 * processor's caches instead of being evicted by the others': a batch of a few hundred typical
 * messages takes a fifth to a quarter less time than one text after the other, a few thousand
 * about two fifths less (docs/performance.md).
 *
 * @example
 * detectEach([{ text: 'call me on +44 7700 900123' }, { text: 'thanks!' }]) // [[phone], []]
 */
export function detectEach(items: readonly DetectItem[]): Finding[][] {
  const messages = items.map(({ text, countries }) => {
    const { mapped, obfuscations } = fold(text);
    const scan = createScan(text, mapped, countries ?? []);
    const reversed = reversedView(scan);
    // The message as written comes first: its findings win ties over the views' (see resolveOverlaps).
    const readings: Reading[] = [
      { scan },
      ...(reversed ? [reversed] : []),
      ...alternateViews(scan),
    ];
    return { text, obfuscations, readings, found: readings.map((): RawFinding[] => []) };
  });
  // The phrase lists' leads in every message, read pattern by pattern (scripts.ts); views stay
  // unread until a detector asks.
  readPhrases(messages.map(({ readings }) => readings[0]!.scan));
  for (const detector of DETECTORS) {
    for (const { readings, found } of messages) {
      for (let i = 0; i < readings.length; i++) {
        const { scan, readBy } = readings[i]!;
        if (!readBy || readBy === detector) appendAll(found[i]!, detector(scan));
      }
    }
  }
  return messages.map(({ text, obfuscations, readings, found }) => {
    const raw = readings.flatMap(({ obfuscation, keep }, i) => {
      const seen = found[i]!;
      return obfuscation ? marked(keep ? seen.filter(keep) : seen, obfuscation) : seen;
    });
    // Most messages hold nothing: nothing to give a second meaning to, resolve or ask around.
    if (raw.length === 0) return [];
    appendAll(raw, secondMeanings(text, raw));
    const details = withoutHouseNumbers(resolveOverlaps(raw));
    // Asks are read around the details that stand: not around a house number an address took in.
    const findings = resolveOverlaps([...details, ...asksAroundDetails(text, details)]).map(
      (f) => ({
        ...f,
        text: text.slice(f.start, f.end),
      }),
    );
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
  });
}

/**
 * Appends `items` to `list`: a long message may hold more findings than a spread's arguments can
 * take ("push(...items)" overflows the call stack at about a hundred thousand).
 */
function appendAll<T>(list: T[], items: readonly T[]): void {
  for (const item of items) list.push(item);
}

/** The message as written, or a view of it. */
type Reading = Pick<View, 'scan'> & Partial<View>;

/** Findings of a view, marked with the disguise the view undid. */
function marked(findings: RawFinding[], obfuscation: Obfuscation): RawFinding[] {
  return findings.map((f) => ({
    ...f,
    evidence: {
      ...f.evidence,
      obfuscations: [...new Set([...f.evidence.obfuscations, obfuscation])],
    },
  }));
}

// Apps and payment services named next to a number or address give it a second meaning:
// "WhatsApp +1 415 555 0132" is also a WhatsApp ID, "Zelle to 415-555-0176" a payment detail.
// (Arabic writes "my" and "your" into the name: "واتسابي".)
const MESSENGER =
  /(?<![\p{L}])(whats\s?app|whatsap|watsapp|whats(?!\s+(?:your|ur|yours|the|is|up|that|this|it|an?|my|good|new|next|wrong|happening|going)\b)|wa|wsp|wasap|zap|z4p|viber|signal|telegram|tg|tele(?=\s*:)|imessage|app\s+(?:me|mij)|imo|botim|zalo|kakao(?:talk)?|line|ватсап\p{L}*|вотсап\p{L}*|вайбер\p{L}*|телег\p{L}*|(?:ال)?واتس(?:اب)?[يك]?|واٹس\s?ایپ)(?![\p{L}])/iu;
// The same in scripts written without spaces, or named in another script: "微信同号", "ไลน์ก็ใช้
// เบอร์นี้", "카톡도 같은 번호로", "ইমো আর হোয়াটসঅ্যাপ", "تلگرام هم دارم".
const MESSENGER_UNSPACED =
  /微信|微訊|カカオ|카톡|카카오톡|ไลน์|ライン|ワッツアップ|ইমো|হোয়াটসঅ্যাপ|ভাইবার|ვაიბერ|ვოთსაპ|ტელეგრამ|ቴሌግራም|ቫይበር|ዋትስአፕ|भाइबर|भइबर|וואטסאפ|ווטסאפ|ווצאפ|تلگرام|تلغرام|واتس‌?اپ|ایمو|व्हाट्सएप|वॉट्सऐप|QQ/;
const PAYMENT_SERVICE = paymentServicePattern();

// App names spelled out or disguised: "w h a t s a p p", "𝐖𝐡𝐚𝐭𝐬𝐀𝐩𝐩", "vv hatsapp", "W4".
// squash() reads "W4" as "wa" and keeps the space of a split name ("wats app").
const MESSENGER_DISGUISED =
  /whatsap|wats ?ap|whats ap|wasap|guasap|telegram|viber|\bwa\b|\bzap(?:zap)?\b/;

/** Folded, lower-cased, without separators and with leet undone: for name checks only. */
function squash(window: string): string {
  return fold(window)
    .mapped.text.toLowerCase()
    .replace(/vv/g, 'w')
    .replace(/[\s._\-*·•~|]+(?=\S)/g, (sep, at: number, all: string) =>
      /\w{2}$/.test(all.slice(0, at)) ? ' ' : '',
    )
    .replace(/[4301]/g, (d) => LEET_LETTER[d]!);
}

// The digits that stand for letters in app and service names: "W4", "p4yp4l", "z3ll3", "v3nm0",
// "V1ber".
const LEET_LETTER: Readonly<Record<string, string>> = { '4': 'a', '3': 'e', '0': 'o', '1': 'i' };

/** Leet digits inside words read as their letters (numbers elsewhere stay as they are). */
function unleet(window: string): string {
  return window.replace(/(?<=\p{L})[4301]|[4301](?=\p{L})/gu, (d) => LEET_LETTER[d]!);
}

function secondMeanings(text: string, raw: RawFinding[]): RawFinding[] {
  const extra: RawFinding[] = [];
  for (const f of raw) {
    if (f.category !== 'phone' && f.category !== 'email') continue;
    const window = `${text.slice(Math.max(0, f.start - 60), f.start)} ${text.slice(f.end, f.end + 40)}`;
    if (
      f.category === 'phone' &&
      (MESSENGER.test(window) ||
        MESSENGER_UNSPACED.test(window) ||
        MESSENGER_DISGUISED.test(squash(window)))
    ) {
      extra.push({
        ...f,
        category: 'handle',
        evidence: { ...f.evidence, detector: 'handle.messenger_number' },
      });
    }
    // Read with leet undone: "p4yp4l: nadia@…" names PayPal too.
    if (PAYMENT_SERVICE.test(unleet(window))) {
      extra.push({
        ...f,
        category: 'payment',
        evidence: { ...f.evidence, detector: 'payment.service_account' },
      });
    }
  }
  return extra;
}

/**
 * A number read as a phone that an address found around it begins with is the address's unit and
 * house number ("301-1255 Bidwell St, Vancouver BC V6G 2K8"), not a phone of its own.
 */
function withoutHouseNumbers(findings: RawFinding[]): RawFinding[] {
  const addresses = findings.filter((f) => f.category === 'address');
  if (addresses.length === 0) return findings;
  // Nor are the digits of a code that pinpoints a door ("GA-183-8164") a phone.
  return findings.filter(
    (f) =>
      f.category !== 'phone' ||
      !addresses.some(
        (a) =>
          (a.start === f.start || (a.evidence.kind === 'location_code' && a.start <= f.start)) &&
          f.end <= a.end,
      ),
  );
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
  // Kept findings of one category never overlap and come in order of start, so only the last
  // of its category can overlap the next finding: one lookup instead of a scan of all kept.
  // (An empty span overlaps nothing that comes after it, so it never becomes the last.)
  const lastOf = new Map<RawFinding['category'], number>();
  for (const finding of sorted) {
    const at = lastOf.get(finding.category);
    const clash = at === undefined ? undefined : kept[at]!;
    if (!clash || !(clash.start < finding.end && finding.start < clash.end)) {
      if (finding.end > finding.start) lastOf.set(finding.category, kept.length);
      kept.push(finding);
      continue;
    }
    if (
      finding.end - finding.start > clash.end - clash.start &&
      finding.confidence >= clash.confidence
    ) {
      kept[at!] = finding;
    }
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
