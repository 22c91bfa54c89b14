import { detect, detectEach, type DetectItem } from './detect.js';
import { isScopingAccess, isScopingAsk } from './detectors/context.js';
import { findAppMentions, HANDLE_APPS, identifyApp } from './lexicon/apps.js';
import { countNumberWords } from './lexicon/number-words.js';
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
  return detectEachInThread([{ earlier, text, ...options }])[0]!;
}

/** One message to detect in, with the same sender's previous messages in its thread. */
export interface ThreadItem extends DetectItem {
  /** Oldest first. */
  earlier: readonly string[];
}

/** `detectInThread` for many messages at once, read together as `detectEach` reads them. */
export function detectEachInThread(items: readonly ThreadItem[]): Finding[][] {
  const own = detectEach(items);
  return items.map(({ earlier, text, countries }, i) => {
    const last = earlier[earlier.length - 1];
    if (last === undefined) return own[i]!;
    const found = withSplitDetails(
      earlier,
      text,
      withScopingFromThread(own[i]!, last, text),
      countries ? { countries } : {},
    );
    return withoutListedIds(found, earlier);
  });
}

// An earlier message that opens a list of ids ("the two orders that bounced:", "tracking: 9400
// 1118"), followed so far by nothing but numbers.
const ID_LIST_OPENED =
  /\b(?:orders?|order\s+(?:numbers?|ids?)|invoices?|tickets?|tracking(?:\s+(?:numbers?|codes?))?|skus?|refs?|references?|ids?|pedidos?|commandes?|bestellungen|заказ\p{L}*)\b[^.!?\n]{0,40}:[\d\s,;/.-]*$/iu;

/**
 * Numbers that go on with a list of ids begun in the messages before are ids too, not phones:
 * "the two orders that bounced:", then "4471-2290-0815".
 */
function withoutListedIds(findings: Finding[], earlier: readonly string[]): Finding[] {
  if (!findings.some((f) => f.category === 'phone')) return findings;
  const before = earlier.slice(-THREAD_WINDOW.messages).join('\n').slice(-THREAD_WINDOW.characters);
  if (!ID_LIST_OPENED.test(before)) return findings;
  return findings.filter(
    (f) => f.category !== 'phone' && f.evidence.detector !== 'handle.messenger_number',
  );
}

/** `own` with the contact details that `text` completes, begun in the earlier messages. */
function withSplitDetails(
  earlier: readonly string[],
  text: string,
  own: Finding[],
  options: DetectOptions,
): Finding[] {
  // "part 2:", "second half:", "digits 6-10:" only announce the piece that follows them.
  const label = labelLength(text);
  const body = text.slice(label);
  if (!mayContinue(body, withoutLabel(earlier[earlier.length - 1]!))) return own;
  const recent = earlier.slice(-THREAD_WINDOW.messages).map(withoutLabel);
  let prefix = recent.join(' ');
  if (prefix.length > THREAD_WINDOW.characters) {
    prefix = prefix.slice(prefix.length - THREAD_WINDOW.characters);
  }
  const glue = glueBetween(prefix, body);
  const boundary = prefix.length + glue.length;
  const joined = `${prefix}${glue}${body.slice(0, THREAD_WINDOW.characters)}`;
  const split: Finding[] = [];
  for (const finding of detect(joined, options)) {
    // What ends before this message was judged with the earlier messages. What crosses into it is
    // new, and so is what lies inside it but needs the earlier words to be read ("my instagram
    // is" then "@giulia.frames"); what this message shows by itself is already in `own`.
    if (finding.end <= boundary || isPartOfLongerNumber(finding)) continue;
    const start = finding.start < boundary ? 0 : finding.start - boundary + label;
    const end = finding.end - boundary + label;
    if (own.some((o) => o.category === finding.category && o.start < end && start < o.end)) {
      continue;
    }
    split.push({
      ...finding,
      start,
      end,
      text: text.slice(start, end),
      evidence: {
        ...finding.evidence,
        obfuscations: [...new Set([...finding.evidence.obfuscations, 'split_messages' as const])],
        earlierMessages: Math.max(1, countMessages(recent, boundary - 1 - finding.start)),
      },
    });
  }
  return [...own, ...split].sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * A national number assembled from pieces with fewer digits than a mobile number anywhere has
 * ("07700" then "900") is likely still being typed: its last piece is what completes it.
 */
function isPartOfLongerNumber(finding: Finding): boolean {
  const digits = finding.evidence.normalized;
  return (
    (finding.category === 'phone' || finding.evidence.detector === 'handle.messenger_number') &&
    digits !== undefined &&
    /^\d{7,8}$/.test(digits)
  );
}

/**
 * A project tool named just before ("an estimate for the Jira cleanup?", then "which email
 * should I use to add you?") puts the e-mail given or asked for under the scoping exception.
 */
function withScopingFromThread(findings: Finding[], previous: string, text: string): Finding[] {
  const prefix = `${previous.slice(-THREAD_WINDOW.characters)} `;
  const joined = prefix + text;
  const scoping = (f: Finding): boolean => {
    const [start, end] = [prefix.length + f.start, prefix.length + f.end];
    if (f.category === 'email') return isScopingAccess(joined, start, end);
    return f.category === 'request' && isScopingAsk(joined, start, end);
  };
  return findings.map((f) =>
    !f.evidence.purpose && scoping(f)
      ? { ...f, evidence: { ...f.evidence, purpose: 'scoping_access' } }
      : f,
  );
}

const SHORT = 48;

// A label that announces a piece of a detail: "part 2:", "first half is:", "digits 6-10:",
// "last:". It ends with a colon, so ordinary openings ("first, thanks") are no label.
const LABEL =
  /^\s*(?:(?:the\s+)?(?:first|second|third|fourth|fifth|last|next|final|other|rest\s+of\s+the|remaining)(?:\s+(?:part|half|bit|piece|chunk|digits?|numbers?|one))?|(?:part|piece|chunk|half|digits?|parte|partie|teil|часть|частина|bagian)(?:\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?)?)(?:\s+(?:is|are))?\s*:\s*/iu;

function labelLength(text: string): number {
  return LABEL.exec(text)?.[0].length ?? 0;
}

const withoutLabel = (text: string): string => text.slice(labelLength(text));

// A fragment of a contact detail: digits, "@", a dotted name, or at/dot words.
const FRAGMENT =
  /[0-9@]|\p{L}\.\p{L}|^(?:at|dot|arroba|punto|ponto|point|gmail|com|net|org|собака)$/iu;

// A mailbox name at the end of one message, a domain at the start of the next.
const EMAIL_LOCAL_END = /(?<![@\w.])[a-z0-9][a-z0-9._%+-]*[._0-9][a-z0-9._%+-]*\s*$/i;
const EMAIL_DOMAIN_START =
  /^\s*(?:gmail|googlemail|outlook|hotmail|yahoo|icloud|proton(?:mail)?|yandex|mail|gmx|web|aol|zoho)\.[a-z]{2,}\b/i;
// The two halves of a 40-digit hexadecimal wallet address ("0x5290…6E0F", "7030…69EE7").
const HEX_ADDRESS_HEAD = /(?<!\w)0x([0-9a-f]{8,39})$/i;
const HEX_ADDRESS_TAIL = /^[0-9a-f]{1,32}(?!\w)/i;
// Halves of a Base58 wallet address (TRON, Bitcoin): "TNPeeaaFB7K9cmo4uQ", then "pcU32zGK8…".
const BASE58_HEAD = /(?<!\w)([13T][1-9A-HJ-NP-Za-km-z]{7,33})\s*$/;
const BASE58_TAIL = /^\s*[1-9A-HJ-NP-Za-km-z]{4,33}(?!\w)/;

const CUT_BEFORE_JOINER = /^[._@-][\p{L}\p{N}]/u;

/**
 * What joins the end of the earlier messages to this one: "@" between a mailbox and its domain,
 * nothing between the halves of a wallet address, else a space.
 */
function glueBetween(prefix: string, body: string): string {
  if (EMAIL_LOCAL_END.test(prefix) && EMAIL_DOMAIN_START.test(body)) return '@';
  // "@" alone, then the name: "@" and "mikhail_dev88".
  if (/(?:^|\s)@\s*$/.test(prefix) && /^[\p{L}\p{N}_]/u.test(body)) return '';
  // A detail cut before its dot, dash, underscore or "@": "calendly" then ".com/priya",
  // "meet.google.com/xvq" then "-mdkp-rta", "ID: lucy" then "_zh0u88", "rahul.verma" then "@okaxis".
  if (
    CUT_BEFORE_JOINER.test(body) &&
    (body.startsWith('@') ? EMAIL_LOCAL_END.test(prefix) : /[\p{L}\p{N}]$/u.test(prefix))
  )
    return '';
  const head = HEX_ADDRESS_HEAD.exec(prefix)?.[1];
  const tail = head && HEX_ADDRESS_TAIL.exec(body)?.[0];
  if (head && tail && head.length + tail.length === 40) return '';
  const base58Head = BASE58_HEAD.exec(prefix)?.[1];
  const base58Tail = base58Head && BASE58_TAIL.exec(body)?.[0].trim();
  const length = (base58Head?.length ?? 0) + (base58Tail?.length ?? 0);
  return base58Tail && length >= 26 && length <= 35 ? '' : ' ';
}

/**
 * Whether the end of the previous message and the start of this one could be parts of one
 * contact detail; joining and re-detecting is skipped otherwise, which keeps threads cheap.
 */
function mayContinue(text: string, previous: string): boolean {
  // Splitting a detail makes short messages ("what's your", "whatsapp?"); reading two short
  // messages together is cheap, so they always are.
  if (previous.trim().length <= SHORT && text.trim().length <= SHORT) return true;
  // A long message that ends a sentence ("… delivered by March 16.") leaves nothing unfinished.
  if (/[.!?]\s*$/.test(previous) && previous.trim().length > SHORT) return false;
  // "t.me/", "@", "wa.me/": a link or handle cut off at its end; ".com/…", "-mdkp", "_zh0u88": the
  // rest of one.
  if (/[/@]\s*$/.test(previous) || CUT_BEFORE_JOINER.test(text)) return true;
  const first = /^\s*(\S+)/.exec(text)?.[1] ?? '';
  const last = /(\S+)\s*$/.exec(previous)?.[1] ?? '';
  const head = text.slice(0, 30);
  const tail = previous.slice(-30);
  // "… in person. 41" then "Hartley Rd": a house number, then its street.
  const opens =
    isFragment(first.replace(/\p{P}+$/u, '')) ||
    /[@0-9٠-٩]/.test(head) ||
    (/[0-9]\s*$/.test(tail) && STREET_HEAD.test(text));
  // "my tg" then "is @dmitry_codes": an app named at the end leaves its ID to the next message.
  const endsWithApp = findAppMentions(tail).some((m) => {
    const app = identifyApp(m.name);
    return (
      app !== undefined &&
      HANDLE_APPS.has(app.id) &&
      m.index + m.name.length >= tail.trimEnd().length - 4
    );
  });
  return (
    opens && (isFragment(last.replace(/\p{P}+$/u, '')) || endsWithApp || /[0-9٠-٩]\s*$/.test(tail))
  );
}

const STREET_HEAD =
  /^\s*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s+(?:st|rd|road|street|ave|avenue|lane|ln|dr|drive|way|blvd|crescent|close|terrace)\b/iu;

function isFragment(word: string): boolean {
  if (FRAGMENT.test(word)) return true;
  return countNumberWords(word.toLowerCase()).all > 0;
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
