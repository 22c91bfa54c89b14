import { detect } from './detect.js';
import { DIGIT_WORD } from './lexicon/number-words.js';
import type { DetectOptions, Finding } from './types.js';

/**
 * How far a split contact detail may reach: earlier messages, and characters on each side of
 * the boundary with this message (a contact detail is far shorter than that).
 */
export const THREAD_WINDOW = { messages: 4, characters: 160 } as const;

/**
 * Detects in `text` seen as the latest message of a thread, so a contact detail split over
 * several messages ("my number is 415", "555", "0132") is found on the message that completes
 * it. `earlier` holds the same sender's previous messages, oldest first.
 */
export function detectInThread(
  earlier: readonly string[],
  text: string,
  options: DetectOptions = {},
): Finding[] {
  const own = detect(text, options);
  const recent = earlier.slice(-THREAD_WINDOW.messages);
  if (recent.length === 0 || !mayContinue(text, recent[recent.length - 1]!)) return own;
  let prefix = recent.join(' ');
  if (prefix.length > THREAD_WINDOW.characters)
    prefix = prefix.slice(prefix.length - THREAD_WINDOW.characters);
  const boundary = prefix.length + 1;
  const joined = `${prefix} ${text}`;
  const split: Finding[] = [];
  for (const finding of detect(joined, options)) {
    // Only what crosses into this message is new; the rest was judged with the earlier messages.
    if (finding.start >= boundary || finding.end <= boundary) continue;
    const start = 0;
    const end = finding.end - boundary;
    if (own.some((o) => o.category === finding.category && o.start < end && start < o.end))
      continue;
    const earlierMessages = countMessages(recent, boundary - 1 - finding.start);
    split.push({
      ...finding,
      start,
      end,
      text: text.slice(start, end),
      evidence: {
        ...finding.evidence,
        obfuscations: [...new Set([...finding.evidence.obfuscations, 'split_messages' as const])],
        earlierMessages,
      },
    });
  }
  return [...own, ...split].sort((a, b) => a.start - b.start || a.end - b.end);
}

// A fragment of a contact detail: digits, "@", a dotted name, or at/dot words.
const FRAGMENT = /[0-9@]|\p{L}\.\p{L}|^(?:at|dot|arroba|punto|ponto|point|gmail|com|net|org)$/iu;

/**
 * Whether the last word of the previous message and the first word of this one could be parts
 * of one contact detail; joining and re-detecting is skipped otherwise, which keeps threads cheap.
 */
function mayContinue(text: string, previous: string): boolean {
  const first = /^\s*(\S+)/.exec(text)?.[1] ?? '';
  const last = /(\S+)\s*$/.exec(previous)?.[1] ?? '';
  return isFragment(first.replace(/\p{P}+$/u, '')) && isFragment(last.replace(/\p{P}+$/u, ''));
}

function isFragment(word: string): boolean {
  if (FRAGMENT.test(word)) return true;
  DIGIT_WORD.lastIndex = 0;
  return DIGIT_WORD.test(word.toLowerCase());
}

/** How many earlier messages a span of `length` characters before the boundary reaches into. */
function countMessages(recent: readonly string[], length: number): number {
  let count = 0;
  let remaining = length;
  for (let i = recent.length - 1; i >= 0 && remaining > 0; i--) {
    count++;
    remaining -= recent[i]!.length + 1;
  }
  return count;
}
