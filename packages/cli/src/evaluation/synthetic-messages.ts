/** A seeded pseudo-random source: the same seed always gives the same messages. */
export type Random = () => number;

/** mulberry32: tiny, fast, and good enough to vary benchmark text; not for anything secret. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function between(random: Random, low: number, high: number): number {
  return low + Math.floor(random() * (high - low + 1));
}

const NAMES = ['Daniel', 'Priya', 'Zoë', 'José', 'Amara', 'Lukas', 'Mei', 'Tomás', 'Olu', 'Sara'];
const DELIVERABLES = [
  'landing page',
  'logo refresh',
  'onboarding flow',
  'data migration',
  'API integration',
  'pitch deck',
  'mobile checkout',
  'SEO audit',
];
const COMPONENTS = ['dashboard', 'signup form', 'invoice export', 'search page', 'image uploader'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const ZONES = ['EST', 'CET', 'IST', 'GMT', 'PST', 'AEST'];
const MONTHS = ['January', 'March', 'April', 'June', 'September', 'November'];

const price = (r: Random) =>
  pick(r, [
    `$${between(r, 2, 48)}0`,
    `€${between(r, 1, 9)},${between(r, 1, 9)}00`,
    `${between(r, 15, 95)} USD/hour`,
  ]);
const date = (r: Random) =>
  pick(r, [
    `${pick(r, MONTHS)} ${between(r, 1, 28)}`,
    `2026-0${between(r, 1, 9)}-${between(r, 10, 28)}`,
    `next ${pick(r, WEEKDAYS)}`,
  ]);
const time = (r: Random) =>
  `${between(r, 8, 11)}:${pick(r, ['00', '15', '30', '45'])}am ${pick(r, ZONES)}`;

/** Ordinary project talk, full of the numbers a careless detector mistakes for contact details. */
const CLEAN: readonly ((r: Random) => string)[] = [
  (r) => `Hi ${pick(r, NAMES)}, thanks for the brief — it's clear and I like the direction.`,
  (r) => `I can do the ${pick(r, DELIVERABLES)} for ${price(r)}, delivered by ${date(r)}.`,
  (r) =>
    `My rate is ${price(r)} and I estimate ${between(r, 6, 60)} hours for the first milestone.`,
  (r) =>
    `Could we move the review to ${pick(r, WEEKDAYS)} at ${time(r)}? I'll use the platform call.`,
  (r) =>
    `I've pushed version ${between(r, 1, 4)}.${between(r, 0, 12)}.${between(r, 0, 30)} of the ${pick(r, COMPONENTS)} with the fixes from ticket #${between(r, 1000, 99999)}.`,
  (r) =>
    `The budget of ${price(r)} works for me if we split it into ${between(r, 2, 5)} milestones.`,
  (r) =>
    `Attached are ${between(r, 2, 9)} revised mockups; the ${pick(r, COMPONENTS)} now loads in ${between(r, 80, 900)} ms.`,
  (r) => `Invoice INV-${between(r, 10000, 99999)} covers the work from ${date(r)} to ${date(r)}.`,
  (r) =>
    `I'm building the WhatsApp notification flow with the Twilio API; it should be ready by ${date(r)}.`,
  (r) => `Let me know if the ${pick(r, DELIVERABLES)} needs changes before ${date(r)}.`,
  (r) =>
    `The export has ${between(r, 1200, 250000)} rows; I filtered out ${between(r, 3, 400)} duplicates.`,
  (r) =>
    `I'm on ${pick(r, ZONES)}, so my morning overlaps your afternoon by about ${between(r, 2, 4)} hours.`,
];

/** A contact detail or an off-platform ask, plainly written or lightly disguised. */
const CONTACT: readonly ((r: Random) => string)[] = [
  (r) => `You can call me on +1 ${between(r, 201, 989)} 555 0${between(r, 100, 199)}, any time.`,
  (r) =>
    `Just email me at ${pick(r, NAMES).toLowerCase()}.work${between(r, 1, 99)}@gmail.com, it's quicker.`,
  (r) => `Add me on Telegram: @${pick(r, NAMES).toLowerCase()}_${between(r, 10, 999)}`,
  (r) => `Book a slot here: calendly.com/${pick(r, NAMES).toLowerCase()}-studio/30min`,
  (r) => `WhatsApp me at +44 7700 900${between(r, 100, 999)} and we can sort the details there.`,
  () => `my number is four one five, five five five, zero one three two`,
  (r) =>
    `let's continue off this app, text me at (${between(r, 201, 989)}) 555-0${between(r, 100, 199)}`,
  (r) =>
    `pay me directly via PayPal and skip the fees: ${pick(r, NAMES).toLowerCase()} at outlook dot com`,
];

/** One synthesised message, in the scan contract's input shape. */
export interface SyntheticMessage {
  id: string;
  text: string;
  thread: string;
  seq: number;
}

export interface SynthesisOptions {
  count: number;
  seed: number;
  /** Exact UTF-8 size of every text; without it, sizes vary around 300 bytes. */
  size?: number;
}

/** Share of messages that carry a contact detail or off-platform ask. */
const CONTACT_SHARE = 0.125;

/**
 * Synthesises typical freelance messages grouped in threads of 3–8, so a benchmark runs
 * reproducibly without a corpus.
 *
 * @example
 * synthesiseMessages({ count: 2, seed: 1 });
 * // → [{ id: 'gen-1', text: 'I can do the logo refresh for $180, …', thread: 'g1', seq: 1 }, …]
 */
export function synthesiseMessages(options: SynthesisOptions): SyntheticMessage[] {
  const random = seededRandom(options.seed);
  const messages: SyntheticMessage[] = [];
  let thread = 0;
  let left = 0;
  let seq = 0;
  for (let i = 0; i < options.count; i++) {
    if (left === 0) {
      thread++;
      left = between(random, 3, 8);
      seq = 0;
    }
    left--;
    seq++;
    messages.push({
      id: `gen-${i + 1}`,
      text: synthesiseText(random, options.size),
      thread: `g${thread}`,
      seq,
    });
  }
  return messages;
}

function synthesiseText(random: Random, size: number | undefined): string {
  const target = size ?? between(random, 180, 420);
  const sentences: string[] = [];
  let bytes = 0;
  while (bytes < target) {
    const sentence = pick(random, CLEAN)(random);
    sentences.push(sentence);
    bytes += Buffer.byteLength(sentence) + 1;
  }
  // Early in the message, so cutting to an exact size keeps it.
  if (random() < CONTACT_SHARE)
    sentences.splice(between(random, 0, 1), 0, pick(random, CONTACT)(random));
  const text = sentences.join(' ');
  return size === undefined ? text : cutToBytes(text, size);
}

/**
 * Exactly `size` UTF-8 bytes of `text`: the longest prefix that fits without splitting a
 * character, padded with spaces where a multi-byte character did not fit.
 */
export function cutToBytes(text: string, size: number): string {
  let bytes = 0;
  let end = 0;
  for (const char of text) {
    const length = Buffer.byteLength(char);
    if (bytes + length > size) break;
    bytes += length;
    end += char.length;
  }
  return text.slice(0, end) + ' '.repeat(size - bytes);
}
