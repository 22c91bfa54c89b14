import { isMailDomain } from '../lexicon/top-level-domains.js';
import { wordAlternation } from '../lexicon/escape.js';
import { AT_WORDS, byFirstLetter, DOT_WORDS } from '../lexicon/at-dot.js';
import type { MappedText, Matcher } from '../normalize/mapped-text.js';
import type { Obfuscation } from '../types.js';
import {
  LOWER_LETTER,
  CODE_LINE,
  insideAny,
  isFramedAsExample,
  isInExampleSentence,
  isTemplateDomain,
  isPlaceholderDomain,
  isScopingAccess,
  isPrintedOnTheWork,
  sentenceBounds,
  isTestData,
  lineAround,
} from './context.js';
import { anchored } from './anchored.js';
import { isNegated } from './negation.js';
import { byScript, firstMatches } from './scripts.js';
import type { RawFinding, Scan } from './scan.js';

/**
 * E-mail addresses, plain or disguised: "jane.doe@gmail.com", "jane [at] gmail [dot] com",
 * "jane at gmail", "j a n e @ g m a i l . c o m", "jane(arroba)hotmail(punto)es".
 */

const AT = wordAlternation(AT_WORDS);
// Yes/no hints and anchors try the words grouped by first letter, which is cheaper on long texts.
const AT_BY_FIRST_LETTER = byFirstLetter(AT_WORDS);
const DOT = wordAlternation(DOT_WORDS);

const WHITESPACE = /\s/;
const ANY = /[^]/;
/**
 * `core` with any white space before it, searched from where `core` itself stands (see
 * anchored.ts): a pattern that opens with `\s*` is otherwise tried at every position.
 */
const afterSpaces = (core: string, flags = 'giu'): Matcher =>
  anchored(new RegExp(`\\s*${core}`, flags), new RegExp(core, flags), WHITESPACE);

const BRACKETED_AT = afterSpaces(
  `(?:[(\\[{<]\\s*(?:${AT}|@)\\s*[)\\]}>]|[_*\\-](?:${AT})[_*\\-])\\s*`,
);
const BRACKETED_DOT = afterSpaces(
  `(?:[(\\[{<]\\s*(?:${DOT}|\\.)\\s*[)\\]}>]|[_*\\-](?:${DOT})[_*\\-])\\s*`,
);
/**
 * White space after a `before` character, then `word` (`anchor` finds the same places, perhaps
 * faster): searched from where `anchor` stands. The look-behind is taken from the first space
 * so that the scan can skip ahead.
 */
const spokenAfter = (before: string, word: string, anchor = word): Matcher =>
  anchored(
    new RegExp(`\\s(?<=[${before}]\\s)\\s*${word}`, 'giu'),
    new RegExp(anchor, 'iu'),
    WHITESPACE,
  );
const BEFORE_WORD = '(?=[\\p{L}\\p{N}])';
// The space before a spoken "at" or "dot" follows a letter or digit.
const SPOKEN_AT = spokenAfter(
  '\\p{L}\\p{N}_.',
  `(?:${AT})\\s+${BEFORE_WORD}`,
  `(?:${AT_BY_FIRST_LETTER})\\s+${BEFORE_WORD}`,
);
const SPOKEN_DOT = spokenAfter(
  '\\p{L}\\p{N}',
  `(?:${DOT})\\s+${BEFORE_WORD}`,
  `(?:${byFirstLetter(DOT_WORDS)})\\s+${BEFORE_WORD}`,
);
// Searched from the symbol, which at most three spaces come before.
const SPACED_SYMBOL = anchored(
  /\s(?<=[\p{L}\p{N}]\s)\s{0,2}([@.])\s{0,3}(?=[\p{L}\p{N}])|([@])(?<=[\p{L}\p{N}]@)\s{1,3}(?=[\p{L}\p{N}])/gu,
  /[@.]\s{0,3}(?=[\p{L}\p{N}])/u,
  WHITESPACE,
  3,
);
// "j o h n" → "john": single characters separated by single spaces. Each is searched from its
// second and third characters with their separators, which most positions cannot start (the
// first character, one or two code units, is looked at from there).
const LETTER_SPACED = anchored(
  /[\p{L}\p{N}@._-](?<![\p{L}\p{N}][\p{L}\p{N}@._-]) (?:[\p{L}\p{N}@._-] ){2,}[\p{L}\p{N}@._-](?![\p{L}\p{N}])/gu,
  / [\p{L}\p{N}@._-] [\p{L}\p{N}@._-] /u,
  ANY,
  2,
);
// "s-a-m-@-g-m-a-i-l", "d.o.k.o.r.o": single characters joined by dashes or dots.
const LETTER_DASHED = anchored(
  /[\p{L}\p{N}@.](?<![\p{L}\p{N}][\p{L}\p{N}@.])-(?:[\p{L}\p{N}@.]-){2,}[\p{L}\p{N}@.](?![\p{L}\p{N}])/gu,
  /-[\p{L}\p{N}@.]-[\p{L}\p{N}@.]-/u,
  ANY,
  2,
);
const LETTER_DOTTED = anchored(
  /[\p{L}\p{N}](?<![\p{L}\p{N}.][\p{L}\p{N}])\.(?:[\p{L}\p{N}]\.)+[\p{L}\p{N}](?![\p{L}\p{N}])/gu,
  /\.[\p{L}\p{N}]\./u,
  ANY,
  2,
);
// "@" or "." set apart by slashes or bars: "a.k.a.r.i.m / @ / g.m.a.i.l / . / c.o.m".
const DELIMITED_SYMBOL = afterSpaces('[/|\\\\]\\s*([@.])\\s*[/|\\\\]\\s*', 'g');
// Webmail names and endings in leetspeak: "gm4il", "h0tm4il", "0utl00k", "c0m". The look-ahead
// of first letters spares the look-behind at most positions.
const LEET_WEBMAIL =
  /(?=[ghoyicpn0])(?<![\p{L}\p{N}])(gm[a4@]i[l1]|h[o0]tm[a4@]i[l1]|[o0]ut[l1][o0][o0]k|y[a4@]h[o0][o0]|ic[l1][o0]ud|pr[o0]t[o0]nm[a4@]i[l1]|c[o0]m|n[e3]t|[o0]rg)(?![\p{L}\p{N}])/giu;

// The address patterns are sticky: each is tried where the mailbox name before an "@" starts
// (see mailboxStart), never scanned along the text.
const EMAIL =
  /[a-z0-9](?:[a-z0-9._%+-]{0,63})@(?:[a-z0-9](?:[a-z0-9-]{0,62})\.){1,8}[a-z][a-z0-9-]{1,62}(?![a-z0-9@])/iy;
const WEBMAIL =
  'gmail|googlemail|yahoo|ymail|hotmail|outlook|icloud|protonmail|proton|yandex|aol|gmx|zoho|rediffmail|rocketmail|rambler|ukr';
const WEBMAIL_NO_TLD = new RegExp(
  `[a-z0-9][a-z0-9._%+\\-]{0,63}@(?:${WEBMAIL})(?![a-z0-9.@-])`,
  'iy',
);
// After a bracketed "(at)" the domain may come without its ending: "willhold11 (at) example".
const DISGUISED_NO_TLD = /[a-z0-9][a-z0-9._%+-]{1,63}@[a-z0-9][a-z0-9-]{2,62}(?![a-z0-9.@-])/iy;
const WRITTEN_AT = /[@＠﹫]/;

// Words that read as "<word> at <place>" in ordinary sentences, never as a mailbox.
// An article or a plural possessive right before a spoken mailbox's name ("its" is often "it's").
// A host with a documentation or web subdomain takes no mail: "(docs at developers.acme.io)".
const PAGE_HOST = /^(?:www|docs|developers?|api|help|support|status|blog)\./i;
const THING_BEFORE = /(?:^|[^\p{L}])(?:the|our|their|these|those)\s+$/iu;
const NOT_A_MAILBOX = new Set([
  // Prepositions before a domain: "bouncing for @outlook.com addresses".
  'for',
  'to',
  'from',
  'with',
  'on',
  'of',
  'by',
  'via',
  'i',
  'me',
  'we',
  'us',
  'you',
  'he',
  'she',
  'they',
  'it',
  'work',
  'works',
  'worked',
  'working',
  'live',
  'lives',
  'living',
  'meet',
  'call',
  'be',
  'am',
  'is',
  'are',
  'was',
  'were',
  'here',
  'there',
  'look',
  'looking',
  'good',
  'great',
  'best',
  'arrive',
  'start',
  'starts',
  'end',
  'ends',
  'available',
  'home',
  'office',
  'back',
  'send',
  'sent',
  'stop',
  'stay',
  'study',
  'studied',
  'job',
  'intern',
  'engineer',
  'developer',
  'designer',
  'manager',
  'lead',
  'head',
  'ceo',
  'cto',
  'founder',
  'priced',
  'rate',
  'only',
  'just',
  'even',
  'also',
  'them',
  'him',
  'her',
  'this',
  'that',
  'im',
  'both',
  'one',
  'two',
  'once',
  'twice',
  'hours',
  'hour',
  'time',
  'due',
  'launch',
  'launched',
  'hosted',
  'deployed',
  'built',
  'listed',
  'published',
  'posted',
  'sell',
  'sold',
  'selling',
  'buy',
  'bought',
  'find',
  'found',
  'reach',
  'reached',
  'contact',
  'hired',
  'employed',
  'based',
  'located',
  'up',
  'online',
  'phone',
  'join',
  'joined',
  'apply',
  'applied',
  'register',
  'registered',
  'visit',
]);

// "wilson.k at the gmail domain": "at the" only before a webmail name said to be an address.
const AT_THE_WEBMAIL = spokenAfter(
  '\\p{L}\\p{N}_.',
  `at\\s+the\\s+(?=(?:${WEBMAIL})\\s+(?:domain|address|account|one|inbox)(?![\\p{L}\\p{N}]))`,
);
// Webmail names written in other scripts: "على جيميل", "на джимейл".
// Folded: Indic and Thai vowel signs dropped ("জিমেইল" is "জমইল", "จีเมล" is "จเมล").
const NON_LATIN_WEBMAIL =
  /جي\s?ميل|جيمايل|جی\s?میل|هوتميل|ياهو|یاهو|джимейл|гмейл|хотмейл|яндекс|рамблер|জমইল|জিমেইল|จเมล|지메일|네이버/;
const WEBMAIL_TRANSLITERATED: ReadonlyArray<[RegExp, string]> = [
  [/جي\s?ميل|جيمايل|جی\s?میل|джимейл|гмейл|জমইল|জিমেইল|จเมล|지메일/gu, 'gmail'],
  [/ياهو|یاهو/gu, 'yahoo'],
  [/네이버/gu, 'naver'],
  [/هوتميل|хотмейл/gu, 'hotmail'],
  [/яндекс/gu, 'yandex'],
  [/рамблер/gu, 'rambler'],
];
// Endings said in the same script, after a dot: "собака яндекс точка ру", "دوت كوم".
const LATIN_ENDINGS: Readonly<Record<string, string>> = {
  ру: 'ru',
  ком: 'com',
  нет: 'net',
  юа: 'ua',
  كوم: 'com',
  کام: 'com',
  কম: 'com',
  คอม: 'com',
  컴: 'com',
  نت: 'net',
};
const ENDINGS = Object.keys(LATIN_ENDINGS).join('|');
// Searched from the ending itself (see anchored.ts): the look-behind would be tried at every
// position of every text the e-mail gate lets through.
const TRANSLITERATED_ENDING = anchored(
  new RegExp(`(?<=\\.\\s{0,2})(?:${ENDINGS})(?![\\p{L}])`, 'gu'),
  new RegExp(ENDINGS, 'u'),
  /(?!)/,
  0,
);
// "Not after a letter" is written `(?:^|[^…])` rather than as a look-behind, which would be tried
// at every position.
const NOT_AFTER_LETTER = `(?:^|[^${LOWER_LETTER}])`;
const SPOKEN_AT_HINT = new RegExp(
  `${NOT_AFTER_LETTER}(?:${AT_BY_FIRST_LETTER})(?![${LOWER_LETTER}])`,
);

// A spoken "at" only matters when a domain, a dot word or a bracket comes with it; as a word
// of its own ("ticket #8535." holds no "et").
const SPOKEN_ADDRESS_HINT = new RegExp(
  `[(\\[{<_*-]\\s*(?:${AT_BY_FIRST_LETTER})\\s*[)\\]}>_*-]|${NOT_AFTER_LETTER}(?:${AT_BY_FIRST_LETTER})\\s+(?:\\S+\\s*(?:\\.|${byFirstLetter(DOT_WORDS)})\\s*\\S|(?:the\\s+)?(?:${WEBMAIL}))`,
);

/** Cheap gate on the lower-cased text. */
function mayHoldEmail(text: string): boolean {
  if (NON_LATIN_WEBMAIL.test(text)) return true;
  // The characters of WRITTEN_AT, by `includes`, which is cheaper than a regex scan.
  return (
    text.includes('@') ||
    text.includes('＠') ||
    text.includes('﹫') ||
    (SPOKEN_AT_HINT.test(text) && SPOKEN_ADDRESS_HINT.test(text))
  );
}

// "my gmail is john.smith1990": the provider named, the mailbox given, the "@" left out. The
// mailbox must look like one (a dot, a digit or "_"), so "my gmail is full" says nothing.
const PROVIDER_NAMED = byScript([
  new RegExp(
    `\\b(?:my|mi|meu|minha|mon|ma|mein|meine)\\s+(${WEBMAIL})(?:\\s+(?:address|account|id))?\\s*(?:is|es|é|e|est|ist|:|=)\\s*([a-z0-9]+[._0-9][a-z0-9._%+-]{0,62})(?![a-z0-9@.]|\\.[a-z])`,
    'i',
  ),
]);
const PROVIDER_DOMAINS: Record<string, string> = {
  proton: 'proton.me',
  yandex: 'yandex.ru',
  gmx: 'gmx.net',
  ukr: 'ukr.net',
  rambler: 'rambler.ru',
};

// The address given in its two parts: "the first part is ankit.verma and the domain gmail dot com",
// "username: sarah.okafor.design, and it's a gmail address".
const PARTS_NAMED = new RegExp(
  String.raw`\b(?:first\s+part|pehla\s+part|local\s+part|user\s?name)\s*(?:is|:|hai|=)?\s*([a-z0-9][a-z0-9._%+-]{0,62}[a-z0-9])\s+(?:hai\s+)?(?:,\s*)?(?:and\s+|aur\s+|then\s+)?` +
    String.raw`(?:(?:the\s+)?domain\s*(?:is|:|hai)?\s*([a-z0-9-]{2,63})(?:\s*\.\s*|\s+(?:dot|punto|ponto|point|punkt)\s+)([a-z]{2,6})|(?:it'?s|its|is)\s+(?:a|an|on|at)\s+(${WEBMAIL})(?:\s+(?:address|account|one|id))?)(?![a-z0-9])`,
  'i',
);

function findPartsNamed(scan: Scan): RawFinding | undefined {
  // Its words first, which few messages hold; then said of an e-mail address: a login's
  // username and domain are no contact.
  if (
    !/part|user\s?name/.test(scan.lower) ||
    !/mail|yahoo|outlook|icloud|proton|yandex|gmx/.test(scan.lower)
  )
    return undefined;
  const m = PARTS_NAMED.exec(scan.folded.text);
  if (!m || !/[a-z]/i.test(m[1]!) || isNegated(scan.folded.text, m.index)) return undefined;
  const domain = m[2] ? `${m[2]}.${m[3]}` : `${m[4]!}.com`;
  const [start, end] = scan.folded.originalSpan(m.index, m.index + m[0].length);
  return {
    category: 'email',
    start,
    end,
    confidence: 0.8,
    evidence: {
      detector: 'email.parts_named',
      normalized: `${m[1]!.toLowerCase()}@${domain.toLowerCase()}`,
      obfuscations: ['at_dot_words'],
    },
  };
}

function findProviderNamed(scan: Scan): RawFinding | undefined {
  const m = firstMatches(PROVIDER_NAMED, scan)[0];
  const [provider, local] = [m?.[1], m?.[2]];
  if (!m || !provider || !local || !/[a-z]/i.test(local) || isNegated(scan.folded.text, m.index))
    return undefined;
  const at = m.index + m[0].indexOf(provider, m[0].indexOf(' '));
  const [start, end] = scan.folded.originalSpan(at, m.index + m[0].length);
  const name = provider.toLowerCase();
  return {
    category: 'email',
    start,
    end,
    confidence: 0.85,
    evidence: {
      detector: 'email.provider_named',
      normalized: `${local.toLowerCase()}@${PROVIDER_DOMAINS[name] ?? `${name}.com`}`,
      obfuscations: ['at_dot_words'],
      ...(isScopingAccess(scan.original, start, end) ? { purpose: 'scoping_access' as const } : {}),
    },
  };
}

export function findEmails(scan: Scan): RawFinding[] {
  const written = findWrittenAddresses(scan);
  const named = findProviderNamed(scan) ?? findPartsNamed(scan);
  return named ? [...written, named] : written;
}

/** Addresses written with "@" or a disguise of it. */
function findWrittenAddresses(scan: Scan): RawFinding[] {
  if (!mayHoldEmail(scan.lower)) return [];
  const seen = new Set<Obfuscation>();
  let view: MappedText = scan.folded;
  const rewrite = (
    pattern: Matcher,
    to: (m: RegExpExecArray) => string,
    obfuscation: Obfuscation,
  ): void => {
    const next = view.rewrite(pattern, to);
    if (next !== view) seen.add(obfuscation);
    view = next;
  };
  rewrite(BRACKETED_AT, () => '@', 'at_dot_words');
  const bracketedAt = seen.has('at_dot_words');
  for (const [name, latin] of WEBMAIL_TRANSLITERATED) rewrite(name, () => latin, 'at_dot_words');
  rewrite(BRACKETED_DOT, () => '.', 'at_dot_words');
  rewrite(AT_THE_WEBMAIL, () => '@', 'at_dot_words');
  rewrite(SPOKEN_AT, () => '@', 'at_dot_words');
  rewrite(SPOKEN_DOT, () => '.', 'at_dot_words');
  rewrite(TRANSLITERATED_ENDING, (m) => LATIN_ENDINGS[m[0]] ?? m[0], 'at_dot_words');
  rewrite(LETTER_SPACED, (m) => m[0].replace(/ /g, ''), 'separators');
  rewrite(LETTER_DASHED, (m) => m[0].replace(/-/g, ''), 'separators');
  rewrite(LETTER_DOTTED, (m) => m[0].replace(/\./g, ''), 'separators');
  rewrite(DELIMITED_SYMBOL, (m) => m[1]!, 'separators');
  rewrite(LEET_WEBMAIL, (m) => (/[0-9@]/.test(m[0]) ? deleet(m[0]) : m[0]), 'leetspeak');
  rewrite(SPACED_SYMBOL, (m) => m[1] ?? m[2] ?? '', 'separators');

  // Every address below is written with "@".
  if (!view.text.includes('@')) return [];
  const findings: RawFinding[] = [];
  const take = (pattern: RegExp, needsTld: boolean): void => {
    let from = 0;
    for (;;) {
      const nextAt = view.text.indexOf('@', from);
      if (nextAt < 0) break;
      pattern.lastIndex = mailboxStart(view.text, Math.max(from, nextAt - 64), nextAt);
      const m = pattern.exec(view.text);
      // No address uses this "@": the next one may.
      from = m ? pattern.lastIndex : nextAt + 1;
      if (!m) continue;
      const address = m[0];
      const at = address.indexOf('@');
      const local = address.slice(0, at);
      const domain = address.slice(at + 1);
      if (needsTld && !isMailDomain(domain)) continue;
      const [start, end] = view.originalSpan(m.index, m.index + address.length);
      const written = scan.original.slice(start, end);
      const writtenAt = WRITTEN_AT.test(written);
      // A spoken "at" between ordinary words is a sentence ("I work at acme.io"), not a mailbox;
      // nor is such a word, or "at" itself, before a spaced "@": "my IG is @lumen.studio" and "ping
      // me at @ines.dev:matrix.org" hold handles, not "is@lumen.studio" or "at@ines.dev".
      const word = local.toLowerCase();
      const spacedAt = writtenAt && /\s[@＠﹫]/.test(written);
      if ((!writtenAt || spacedAt) && NOT_A_MAILBOX.has(word)) continue;
      if (spacedAt && word === 'at') continue;
      // A noun after an article is a thing at a place: "our docs at docs.acme.io", not "docs@…".
      if (
        !writtenAt &&
        (THING_BEFORE.test(view.text.slice(Math.max(0, m.index - 8), m.index)) ||
          PAGE_HOST.test(domain))
      )
        continue;
      // Nor before a path: "the reference design at dribbble.com/shots/…" points at a page.
      if (!writtenAt && view.text[m.index + address.length] === '/') continue;
      const inCode = insideAny(scan.code, start, end);
      // Placeholders in code ("user@example.com" in a snippet) are nobody's address.
      if (isTemplateDomain(domain)) continue;
      if (
        isPlaceholderDomain(domain) &&
        (inCode ||
          CODE_LINE.test(lineAround(scan.original, start, end)) ||
          isInExampleSentence(scan.original, start, end))
      )
        continue;
      // Machine senders ("noreply@…", "ci-bot@users.noreply.github.com") reach nobody.
      if (/no-?reply/i.test(address)) continue;
      // A vendor's desk the writer has written to ("I opened a ticket with support@atlassian.com")
      // is someone else's, and an address printed on the work (a menu's footer) is its content.
      if (
        ROLE_MAILBOX.test(local) &&
        CONTACTED.test(
          scan.original.slice(sentenceBounds(scan.original, start, start, 120, 0)[0], start) +
            scan.original.slice(end, end + 60),
        )
      )
        continue;
      if (isPrintedOnTheWork(scan.original, start, end)) continue;
      if (inCode && isTestData(scan.original, scan.code, start, end)) continue;
      if (writtenAt && seen.size === 0 && isFramedAsExample(scan.original, start, end)) continue;
      // "git@github.com:org/repo.git" is a repository remote.
      if (/^git$/i.test(local) && view.text[m.index + address.length] === ':') continue;
      const obfuscations = [...seen].filter((o) => o !== 'at_dot_words' || !writtenAt);
      if (inCode) obfuscations.push('code_block');
      findings.push({
        category: 'email',
        start,
        end,
        confidence: writtenAt ? 0.97 : 0.9,
        evidence: {
          detector: 'email.address',
          normalized: `${local}@${domain}`.toLowerCase(),
          obfuscations,
          ...(isScopingAccess(scan.original, start, end)
            ? { purpose: 'scoping_access' as const }
            : {}),
        },
      });
    }
  };
  take(EMAIL, true);
  take(WEBMAIL_NO_TLD, false);
  if (bracketedAt) take(DISGUISED_NO_TLD, false);
  return findings;
}

const ROLE_MAILBOX =
  /^(?:support|help|helpdesk|service|customerservice|billing|sales|licen[cs]ing|licenses|privacy|abuse|security|legal|press|feedback|care)$/i;
const CONTACTED =
  /\b(?:opened|filed|raised|submitted|logged)\s+(?:a\s+)?(?:ticket|case|request|bug)\b|\b(?:wrote|emailed|e-mailed|contacted|messaged|pinged|reached\s+out)\b|angeschrieben|geschrieben|kontaktiert|escrib[ií]|contact[ée]|ho\s+scritto|j'ai\s+[ée]crit|написал|написав/i;

/**
 * Where the leftmost address with its "@" at `at` would start, no earlier than `from`: the
 * first letter or digit of the run of mailbox characters (`[a-z0-9._%+-]`) that ends at the "@".
 * An address's "@" is its first, at most 64 characters from its start, and every start in that
 * run shares the same domain, so the patterns need trying there only.
 */
function mailboxStart(text: string, from: number, at: number): number {
  let start = at;
  while (start > from && isMailboxCode(text.charCodeAt(start - 1))) start--;
  while (start < at && !isAlnumCode(text.charCodeAt(start))) start++;
  return start;
}

function isAlnumCode(code: number): boolean {
  return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
}

/** `[a-z0-9._%+-]` under the `i` flag. */
function isMailboxCode(code: number): boolean {
  return (
    isAlnumCode(code) || code === 46 || code === 95 || code === 37 || code === 43 || code === 45
  );
}

function deleet(word: string): string {
  return word
    .toLowerCase()
    .replace(/[4@]/g, 'a')
    .replace(/0/g, 'o')
    .replace(/1/g, 'l')
    .replace(/3/g, 'e');
}
