import { LinkifyIt, type Match } from 'linkify-it';
import { hasKnownTopLevelDomain, hostOf, isIpHost } from '../lexicon/top-level-domains.js';
import { CJK_LETTER_CLASS, HANDLE_APPS, identifyApp } from '../lexicon/apps.js';
import { byFirstLetter, DOT_WORDS, SLASH_WORDS } from '../lexicon/at-dot.js';
import { wordAlternation } from '../lexicon/escape.js';
import type { MappedText } from '../normalize/mapped-text.js';
import type { Category, Obfuscation } from '../types.js';
import { insideAny, isTurnedDown, LOWER_LETTER } from './context.js';
import { anchored } from './anchored.js';
import { MEETING_ID_LABEL } from '../lexicon/meeting-ids.js';
import { appMentions, type RawFinding, type Scan } from './scan.js';

/**
 * Links that lead off the platform to a person (booking pages, meeting rooms, contact forms,
 * outside applicant systems, messaging and social profiles) and app IDs written in prose
 * ("skype: live:.cid.123", "my tg is @jane_doe"). Other links — documentation, repositories,
 * articles — are left alone; file-sharing and portfolio links are reported with their purpose
 * so the policy can apply its exceptions.
 */

interface HostRule {
  hosts: RegExp;
  path?: RegExp;
  category: Category;
  kind: string;
  purpose?: 'file_share' | 'portfolio';
  /** A chat opened by following it ("wa.me/…", "t.me/…"): a messaging ID, and a link as well. */
  chat?: true;
}

const HOST_RULES: readonly HostRule[] = [
  {
    hosts:
      /(^|\.)(calendly\.com|cal\.com|savvycal\.com|tidycal\.com|youcanbook\.me|acuityscheduling\.com|as\.me|zcal\.co|doodle\.com|koalendar\.com|setmore\.com|simplybook\.me|oncehub\.com|vimcal\.com|calendar\.app\.google|meetings\.hubspot\.com|book\.morgen\.so|reclaim\.ai|motion\.so|usemotion\.com|picktime\.com|appointlet\.com|10to8\.com|bookings\.cloud\.microsoft)$/,
    category: 'link',
    kind: 'booking',
  },
  {
    hosts: /(^|\.)calendar\.google\.com$/,
    path: /appointments|schedules/,
    category: 'link',
    kind: 'booking',
  },
  {
    hosts: /(^|\.)outlook\.(office365|office|live)\.com$/,
    path: /bookings|calendar/,
    category: 'link',
    kind: 'booking',
  },
  { hosts: /(^|\.)hubspot\.com$/, path: /^\/meetings/, category: 'link', kind: 'booking' },
  {
    hosts:
      /(^|\.)(zoom\.us|zoom\.com|zoomgov\.com|meet\.google\.com|whereby\.com|webex\.com|meet\.jit\.si|gotomeeting\.com|gotomeet\.me|bluejeans\.com|chime\.aws|around\.co|join\.skype\.com|meet\.skype\.com|teams\.live\.com|8x8\.vc|livestorm\.co|streamyard\.com)$/,
    category: 'link',
    kind: 'meeting',
  },
  {
    hosts: /(^|\.)teams\.microsoft\.com$/,
    path: /meetup-join|\/l\/|meet/,
    category: 'link',
    kind: 'meeting',
  },
  {
    hosts:
      /(^|\.)(forms\.gle|typeform\.com|jotform\.com|tally\.so|surveymonkey\.com|forms\.office\.com|forms\.microsoft\.com|formstack\.com|wufoo\.com|paperform\.co|cognitoforms\.com|123formbuilder\.com|hsforms\.com|share\.hsforms\.com|formspree\.io|getform\.io|fillout\.com|zohopublic\.com)$/,
    category: 'link',
    kind: 'form',
  },
  { hosts: /(^|\.)docs\.google\.com$/, path: /^\/forms/, category: 'link', kind: 'form' },
  {
    hosts: /(^|\.)airtable\.com$/,
    path: /^\/shr|^\/app[^/]*\/shr/,
    category: 'link',
    kind: 'form',
  },
  {
    hosts:
      /(^|\.)(greenhouse\.io|lever\.co|workable\.com|bamboohr\.com|breezy\.hr|ashbyhq\.com|recruitee\.com|smartrecruiters\.com|jobvite\.com|icims\.com|myworkdayjobs\.com|teamtailor\.com|personio\.(de|com)|applytojob\.com|jazzhr\.com|taleo\.net|pinpointhq\.com|workatastartup\.com|rippling-ats\.com|recruiterbox\.com|manatal\.com|zohorecruit\.com)$/,
    category: 'link',
    kind: 'applicant_system',
  },
  // Assessments and recorded interviews that an outside hiring process sends candidates to.
  {
    hosts:
      /(^|\.)(testgorilla\.com|codility\.com|coderbyte\.com|testdome\.com|codesignal\.com|vervoe\.com|hirevue\.com|canditech\.io|imocha\.io|mettl\.com|willo\.video|sparkhire\.com|myinterview\.com|adaface\.com|hire\.toggl\.com)$/,
    category: 'link',
    kind: 'applicant_system',
  },
  {
    hosts: /(^|\.)hackerrank\.com$/,
    path: /^\/tests?\//,
    category: 'link',
    kind: 'applicant_system',
  },
  {
    hosts:
      /^(wa\.me|api\.whatsapp\.com|chat\.whatsapp\.com|web\.whatsapp\.com|whatsapp\.com|www\.whatsapp\.com|wa\.link)$/,
    category: 'handle',
    kind: 'whatsapp',
    chat: true,
  },
  {
    hosts: /^(t\.me|telegram\.me|telegram\.dog|www\.t\.me)$/,
    category: 'handle',
    kind: 'telegram',
    chat: true,
  },
  { hosts: /(^|\.)(discord\.gg|discord\.me)$/, category: 'handle', kind: 'discord' },
  // A Slack workspace of one's own ("acme-freelance.slack.com", "join.slack.com/t/…").
  { hosts: /(^|\.)(slack\.com)$/, category: 'handle', kind: 'slack' },
  {
    hosts: /(^|\.)(discord\.com|discordapp\.com)$/,
    path: /^\/(invite|users)\//,
    category: 'handle',
    kind: 'discord',
  },
  {
    hosts: /(^|\.)(instagram\.com|instagr\.am)$/,
    path: /^\/[A-Za-z0-9_.]{2,}\/?$/,
    category: 'handle',
    kind: 'instagram',
  },
  {
    hosts: /(^|\.)(facebook\.com|fb\.com)$/,
    path: /^\/(?!groups|events|marketplace|business|help|policies|pages\/category)[A-Za-z0-9_.-]{3,}(\/?$|\?id=|profile\.php)|^\/profile\.php/,
    category: 'handle',
    kind: 'facebook',
  },
  {
    hosts: /^(fb\.me|m\.me|messenger\.com|www\.messenger\.com)$/,
    category: 'handle',
    kind: 'facebook',
    chat: true,
  },
  { hosts: /(^|\.)linkedin\.com$/, path: /^\/in\//, category: 'handle', kind: 'linkedin' },
  { hosts: /^lnkd\.in$/, category: 'handle', kind: 'linkedin' },
  {
    hosts: /(^|\.)(twitter\.com|x\.com)$/,
    path: /^\/[A-Za-z0-9_]{2,15}\/?$/,
    category: 'handle',
    kind: 'twitter',
  },
  { hosts: /(^|\.)tiktok\.com$/, path: /^\/@/, category: 'handle', kind: 'tiktok' },
  { hosts: /(^|\.)snapchat\.com$/, path: /^\/add\//, category: 'handle', kind: 'snapchat' },
  { hosts: /(^|\.)threads\.(net|com)$/, path: /^\/@/, category: 'handle', kind: 'threads' },
  { hosts: /^bsky\.app$/, path: /^\/profile\//, category: 'handle', kind: 'bluesky' },
  // Every Bluesky handle under bsky.social is a subdomain: "lena.bsky.social".
  { hosts: /.\.bsky\.social$/, category: 'handle', kind: 'bluesky' },
  {
    hosts: /(^|\.)reddit\.com$/,
    path: /^\/(?:u|user)\/[\w-]+\/?$/,
    category: 'handle',
    kind: 'reddit',
  },
  {
    hosts:
      /^(line\.me|lin\.ee|invite\.viber\.com|viber\.click|signal\.me|signal\.group|u\.wechat\.com|weixin\.qq\.com|kik\.me|skype\.com|open\.kakao\.com|qr\.kakao\.com|zalo\.me)$/,
    category: 'handle',
    kind: 'messenger',
    chat: true,
  },
  {
    hosts:
      /^(paypal\.me|www\.paypal\.me|venmo\.com|cash\.app|revolut\.me|wise\.com|buy\.stripe\.com|ko-fi\.com|buymeacoffee\.com|payoneer\.com|skrill\.me)$/,
    path: /^\/(?!$|send-money|business|help|legal|about|pricing|gb|us)/,
    category: 'payment',
    kind: 'payment_link',
  },
  {
    hosts: /(^|\.)paypal\.com$/,
    path: /paypalme|\/pools|\/donate/,
    category: 'payment',
    kind: 'payment_link',
  },
  {
    hosts:
      /(^|\.)(drive\.google\.com|dropbox\.com|db\.tt|wetransfer\.com|we\.tl|onedrive\.live\.com|1drv\.ms|sharepoint\.com|box\.com|mega\.nz|mediafire\.com|pcloud\.link|sendspace\.com|transfernow\.net|fromsmash\.com|icloud\.com|terabox\.com|filemail\.com)$/,
    category: 'link',
    kind: 'file_share',
    purpose: 'file_share',
  },
  {
    hosts: /(^|\.)docs\.google\.com$/,
    path: /^\/(document|spreadsheets|presentation|file|drawings)/,
    category: 'link',
    kind: 'file_share',
    purpose: 'file_share',
  },
  {
    hosts:
      /(^|\.)(linktr\.ee|carrd\.co|bio\.link|beacons\.ai|lnk\.bio|taplink\.cc|about\.me|solo\.to|hoo\.be|campsite\.bio|linkin\.bio|msha\.ke|allmylinks\.com|linkpop\.com|tap\.bio|direct\.me)$/,
    category: 'link',
    kind: 'link_in_bio',
  },
  {
    hosts:
      /(^|\.)(behance\.net|dribbble\.com|artstation\.com|deviantart\.com|myportfolio\.com|carbonmade\.com|cargo\.site|coroflot\.com|contra\.com|clippings\.me|muckrack\.com|journoportfolio\.com)$/,
    category: 'link',
    kind: 'portfolio',
    purpose: 'portfolio',
  },
];

// A personal site offered as a way to reach its owner.
const CONTACT_PATH =
  /^\/(contact|contacto|contato|contatti|contattaci|kontakt|kontakty|iletisim|contact-us|get-in-touch|book|booking|schedule|hire-me|apply|termin|rendez-vous|reservar|agendar|cita)\b/i;
const OFFERED_AS_CONTACT =
  /\b(reach|contact|find|book|schedule|message|write to|get in touch with|hire)\s+(me|us)\b[^.!?\n]{0,30}$|\b(?:buchen|vereinbaren)\s+sie\b[^.!?\n]{0,40}$|\b(my|our)\s+(?:own\s+)?(?:careers?\s+|jobs?\s+|application\s+|booking\s+)?(website|site|page|blog|portfolio|link|form|portal)\b[^.!?\n]{0,20}$|\bapply\s+(?:via|through|on|at|using|here)\b[^.!?\n]{0,30}$|\b(?:complete|take|do|finish|fill\s+(?:in|out))\s+(?:the\s+|our\s+|this\s+|a\s+)?(?:[\w-]+\s+)?(?:assessment|test|quiz|questionnaire|application|screening)\s+(?:at|on|via|here)\b[^.!?\n]{0,20}$/i;
// The same said after the link: "bit.ly/3xYz is my contact page".
const NAMED_AS_CONTACT_AFTER =
  /^\s*(?:is|=|[-–—:])?\s*(?:my|our)\s+(?:contact\s+(?:page|form|info|details)|booking\s+(?:page|link)|calendar)\b|^\s*[-–—:,]?\s*(?:and\s+)?(?:write|talk|message|reach|contact)\s+(?:to\s+)?(?:me|us)\s+(?:there|(?:through|via|using|on)\s+the\s+(?:contact\s+)?form)\b/i;
// Words that present a link as past work: "Portfolio:", "samples of my writing", "see my work".
const MY_PORTFOLIO =
  /\b(portfolio|my\s+work|our\s+work|my\s+(?:web)?site|case\s+stud(?:y|ies)|samples?|previous\s+work|past\s+(?:work|projects?|translations?|designs?)|examples?\s+of\s+(?:my|our)|see\s+my|check\s+out\s+my|recent\s+projects?|(?:show|demo|motion)\s?reel|(?:my|our)\s+reel|reel\s*[(:]|referenzen|i'?ve\s+built|built\s+by\s+me|you\s+can\s+see\s+(?:it|them)|live\s+(?:example|demo|site)|demo\s+of|i\s+(?:built|wrote|shipped|designed|made|published|created|developed|launched)|portf[oó]lio|portafolio|arbeiten|travaux|работ|karya)\b[^!?\n]{0,60}$/i;
// A portal that takes the freelancer's contact details: "register with your name, email and phone".
const REGISTRATION_ASK =
  /\b(?:register|sign\s+up|leave)\b[^.!?]{0,80}\b(?:contact\s+details|e-?mail|phone)\b/i;
// A page offered for booking or contact is a way to reach its owner, even when it also shows work.
const BOOKING_CUE =
  /\b(book(?:ing)?(?:\s+a)?\s+(?:call|meeting|slot|time|session)|schedule\s+(?:a\s+)?(?:call|meeting)|schedule\s+directly|(?:contact|enquiry|inquiry)\s+form|get\s+in\s+touch|reach\s+me|and\s+booking)\b/i;
// Host kinds where the person is the subdomain: "jane.youcanbook.me", "mika-ux.carrd.co".
const SHORTENER =
  /^(?:www\.)?(?:bit\.ly|tinyurl\.com|t\.ly|rb\.gy|cutt\.ly|is\.gd|shorturl\.at|rebrand\.ly|ow\.ly|s\.id|tiny\.cc|bl\.ink|short\.io|lnkd\.in|goo\.su)$/;
const LEADS_ELSEWHERE =
  /\b(?:book(?:ing)?|calendar|schedule|slot|meeting|form|apply|application|contact|chat|whats\s?app|telegram|interview|screening|register|sign\s+up|dm)\b/i;
const PERSONAL_SUBDOMAIN_KINDS = new Set(['booking', 'portfolio', 'link_in_bio', 'slack']);
// The same under the service's main host: "hire.lever.co/developer/documentation".
const SERVICE_DOCS_PATH = /^\/(?:developers?|docs?|documentation|api-docs)(?:\/|$)/i;
const SERVICE_SUBDOMAIN =
  /^(?:developers?|docs|api|help|support|status|community|marketplace|blog|dev)(?:\.|$)/;
// Subdomains that are the service itself, not someone's page on it.
const NOT_PERSONAL = new Set(['', 'www', 'app', 'files', 'hooks']);
const TEMPLATE = /\$\{|\{\{|<[a-z_]+>/i;
// A meeting link with no meeting in it: "the zoom.us/j/ links in the export".
const EMPTY_MEETING_PATH = /^\/j\/?$/i;

/** What stands before a rule's own domain in `host` ("priya" in "priya.calendly.com"), or ''. */
function subdomainOf(host: string, rule: HostRule): string {
  const domain = rule.hosts.exec(host)?.[2];
  return domain && host.length > domain.length
    ? host.slice(0, host.length - domain.length - 1)
    : '';
}
// A Google Meet room code: "xqv-rbkd-wtp".
const MEET_CODE = /\b[a-z]{3}-[a-z]{4}-[a-z]{3}\b/;

const linkify = new LinkifyIt({ fuzzyLink: true, fuzzyEmail: false }).tlds(
  [
    'gle',
    'gl',
    'cc',
    'dev',
    'app',
    'design',
    'studio',
    'site',
    'online',
    'tech',
    'xyz',
    'link',
    'page',
    'live',
    'agency',
    'digital',
    'art',
    'cloud',
    'space',
    'store',
    'blog',
    'works',
    'website',
    'team',
    'social',
    'chat',
    'zone',
    'tools',
    'so',
    'ai',
    'io',
    'co',
    'me',
    'gg',
    'ly',
    'to',
    'vc',
    'tv',
    'fm',
    'bio',
  ],
  true,
);

// Looser than "a letter or digit, a dot, two letters", so it can run without the `u` flag.
const MAY_HOLD_LINK = /[^\s.]\.[^\s\d.]{2}|:\/\//;
// Linkify reads a link up to the first space or line break and no further, so it is given only
// the words that may hold one rather than the whole text: every link it reports but a mailto:
// (the e-mail detector's) holds a domain's inner dot or a scheme's "//" ("10:30am" and
// "USD/hour" hold neither). No link holds a backtick: "`https://…`" is a link in inline code. A
// word is read from its start, so a long text's every letter is not the start of a scan.
const LINK_WORD = /(?<![^ \t\n\r`])[^ \t\n\r`.]*?(?:\.[^ \t\n\r`]|\/\/)[^ \t\n\r`]*/g;

/** Linkify's matches in `text`, with offsets into `text`. */
function linkMatches(text: string): Match[] {
  const matches: Match[] = [];
  LINK_WORD.lastIndex = 0;
  for (let word = LINK_WORD.exec(text); word; word = LINK_WORD.exec(text)) {
    for (const match of linkify.match(word[0]) ?? []) {
      match.index += word.index;
      match.lastIndex += word.index;
      matches.push(match);
    }
  }
  return matches;
}

const SPOKEN_TLD = '(?:com|net|org|me|io|co|us|gg|ly|so|app|dev|link|to|be|in|ai|gle)';
// Before the ending ("calendly dot com"), or before a label that is itself followed by one
// ("meet dot google dot com").
// Searched from the dot word (see anchored.ts): only spaces and a bracket come before it.
const SPOKEN_DOT = anchored(
  new RegExp(
    `\\s*[(\\[{<]?\\s*(?:${wordAlternation(DOT_WORDS)})\\s*[)\\]}>]?\\s*(?=${SPOKEN_TLD}\\b)` +
      `|(?<=[\\p{L}\\p{N}])\\s+(?:${wordAlternation(DOT_WORDS)})\\s+(?=[\\p{L}\\p{N}-]+\\s*(?:\\.|(?:${wordAlternation(DOT_WORDS)}))\\s*${SPOKEN_TLD}\\b)`,
    'giu',
  ),
  new RegExp(byFirstLetter(DOT_WORDS), 'iu'),
  /[\s([{<]/,
);
const LINK_TLD = '(?:com|net|org|me|io|co|us|gg|ly|so|app|dev|link|to|be|in|ai|gle|page|site)';
// Each alternative starts at the dot (letters before it are checked looking back), so the scan
// only stops at dots.
const SPACED_LINK = new RegExp(
  `\\.(?:(?<=[a-z0-9]\\s*\\.)\\s+${LINK_TLD}\\b|(?<=[a-z0-9]\\s+\\.)\\s*${LINK_TLD}\\b|${LINK_TLD}\\s*\\/\\s+\\S|${LINK_TLD}\\s+\\/)`,
  'i',
);
// "meet . google . com / xqv - mzkt - rpa": a label before the domain (a space before its dot, which
// a sentence's full stop has not: "…audit. t.me/…"), and the hyphens of the path.
const SPACED_LINK_PARTS = new RegExp(
  `\\s*\\.\\s*(?=${LINK_TLD}\\b)|\\s+\\.\\s*(?=[a-z0-9-]+\\s*\\.\\s*${LINK_TLD}\\b)|(?<=\\.\\s*${LINK_TLD})\\s*\\/\\s*(?=[\\w-])` +
    `|(?<=\\.\\s*${LINK_TLD}\\s*\\/\\s*\\w+(?:\\s+-\\s+\\w+)*)\\s+-\\s+(?=\\w)`,
  'gi',
);
// "Not after a letter" is written `(?:^|[^…])` rather than as a look-behind, which would be tried
// at every position.
const SPOKEN_DOT_HINT = new RegExp(
  `(?:^|[^${LOWER_LETTER}])(?:${byFirstLetter(DOT_WORDS)})(?![${LOWER_LETTER}])`,
);
const SPOKEN_SLASH = anchored(
  new RegExp(`\\s*(?:${wordAlternation(SLASH_WORDS)})\\s*`, 'giu'),
  new RegExp(wordAlternation(SLASH_WORDS), 'iu'),
  /\s/,
);

export function findLinksAndHandles(scan: Scan): RawFinding[] {
  return [
    ...findLinks(scan),
    ...findAppIds(scan),
    ...findMeetingIds(scan),
    ...findBookingNames(scan),
  ];
}

// "meeting ID 845 1237 6690": the number that opens an outside meeting room.
const MEETING_ID = new RegExp(
  String.raw`(?<![\p{L}])${MEETING_ID_LABEL}(\d{3}[\s-]?\d{3,4}[\s-]?\d{3,5}(?:[\s-]?\d{3})?)(?!\d)`,
  'giu',
);
const MEETING_WORD =
  /meeting|webinar|conference|zoom|teams|конференц|встреч|reuni|konferenz|会议|會議/;
// The shortest number MEETING_ID takes; rarer than the words, so tested first.
const MEETING_DIGITS = /\d{3}[\s-]?\d{3,4}[\s-]?\d{3}/;

function findMeetingIds(scan: Scan): RawFinding[] {
  if (!MEETING_DIGITS.test(scan.lower) || !MEETING_WORD.test(scan.lower)) return [];
  const text = scan.folded.text;
  const findings: RawFinding[] = [];
  MEETING_ID.lastIndex = 0;
  for (let m = MEETING_ID.exec(text); m; m = MEETING_ID.exec(text)) {
    const digits = m[1]!;
    const at = m.index + m[0].length - digits.length;
    const [start, end] = scan.folded.originalSpan(at, at + digits.length);
    findings.push({
      category: 'link',
      start,
      end,
      confidence: 0.9,
      evidence: {
        detector: 'link.meeting_id',
        kind: 'meeting',
        normalized: digits.replace(/\D/g, ''),
        obfuscations: insideAny(scan.code, start, end) ? ['code_block'] : [],
      },
    });
  }
  return findings;
}

// A booking page named by its service and username, without the URL: "my calendly, username is vicky-ops".
const BOOKING_USERNAME =
  /\b(?:calendly|tidycal|savvycal|youcanbook(?:\.me)?|zcal|cal\.com)\b[^.!?\n]{0,30}?\b(?:username|user\s?name|handle|slug)\s*(?:is\s*|[:=]\s*)[a-z0-9][a-z0-9._-]{2,40}[a-z0-9]/gi;

const BOOKING_SERVICE = /calendly|tidycal|savvycal|youcanbook|zcal|cal\.com/;
// The label BOOKING_USERNAME needs ("user name" holds "name"); rarer than the services' "cal".
const USERNAME_LABEL = /name|handle|slug/;

function findBookingNames(scan: Scan): RawFinding[] {
  if (!USERNAME_LABEL.test(scan.lower) || !BOOKING_SERVICE.test(scan.lower)) return [];
  const text = scan.folded.text;
  const findings: RawFinding[] = [];
  BOOKING_USERNAME.lastIndex = 0;
  for (let m = BOOKING_USERNAME.exec(text); m; m = BOOKING_USERNAME.exec(text)) {
    const [start, end] = scan.folded.originalSpan(m.index, m.index + m[0].length);
    findings.push({
      category: 'link',
      start,
      end,
      confidence: 0.85,
      evidence: { detector: 'link.booking_name', kind: 'booking', obfuscations: [] },
    });
  }
  return findings;
}

function findLinks(scan: Scan): RawFinding[] {
  let view: MappedText = scan.folded;
  const obfuscations: Obfuscation[] = [];
  if (SPOKEN_DOT_HINT.test(scan.lower)) {
    const spoken = view.rewrite(SPOKEN_DOT, () => '.');
    if (spoken !== view) {
      obfuscations.push('at_dot_words');
      view = spoken.rewrite(SPOKEN_SLASH, () => '/');
    }
  }
  // "calendly .com/ tayo", "forms . gle / Vt8Q": spaces around the dots and slashes of a link.
  if (SPACED_LINK.test(view.text)) {
    const collapsed = view.rewrite(SPACED_LINK_PARTS, (m) => m[0].replace(/\s+/g, ''));
    if (collapsed !== view) {
      obfuscations.push('separators');
      view = collapsed;
    }
  }
  // Cheap gate: linkify's matcher is only worth running when a domain or scheme may be present.
  if (!MAY_HOLD_LINK.test(view.text)) return [];
  const findings: RawFinding[] = [];
  for (const match of linkMatches(view.text)) {
    if (match.schema === 'mailto:') continue; // e-mail detector's job
    // The mailbox name of an address ("lena.dev" in "lena.dev@proton.me") is no link either.
    if (view.text[match.lastIndex] === '@') continue;
    const url = match.url;
    const host = hostOf(url);
    if (!host || (!isIpHost(host) && !hasKnownTopLevelDomain(host))) continue;
    const path = pathOf(url);
    const [start, end] = view.originalSpan(match.index, match.lastIndex);
    const before = scan.original.slice(Math.max(0, start - 60), start);
    const rule = HOST_RULES.find((r) => r.hosts.test(host) && (!r.path || r.path.test(path)));
    const codeObfuscation: Obfuscation[] = insideAny(scan.code, start, end) ? ['code_block'] : [];
    if (rule) {
      const subdomain = subdomainOf(host, rule);
      // The service's own documentation ("developer.calendly.com/api-docs", "developers.zoom.us/
      // docs/…"), and a link built in code from placeholders ("zoom.us/j/${meetingId}"), point at
      // no one.
      if (
        SERVICE_SUBDOMAIN.test(subdomain) ||
        SERVICE_DOCS_PATH.test(path) ||
        (EMPTY_MEETING_PATH.test(path) &&
          !/^\W{0,4}\d/.test(view.text.slice(match.lastIndex, match.lastIndex + 8))) ||
        TEMPLATE.test(view.text.slice(match.index, match.lastIndex + 2))
      )
        continue;
      // A bare brand name ("Cal.com self-hosted", "`wa.me/<number>`") points at no one.
      const personalSubdomain =
        PERSONAL_SUBDOMAIN_KINDS.has(rule.kind) && !NOT_PERSONAL.has(subdomain);
      if (
        !/^\/[\p{L}\p{N}_.@$+~/-]{2,}/u.test(path) &&
        rule.kind !== 'file_share' &&
        rule.kind !== 'meeting' &&
        !personalSubdomain
      )
        continue;
      let [from, to] = [start, end];
      if (
        rule.kind === 'meeting' &&
        !/\/(j|my|s|w|wc|meeting|join|l|meet)\b|^\/[a-z]{3}-[a-z]{4}-[a-z]{3}|^\/[A-Za-z0-9_-]{4,}/.test(
          path,
        )
      ) {
        // "xqv-rbkd-wtp … on meet.google.com": the room code written beside the bare host.
        const code =
          host === 'meet.google.com' ? roomCodeNear(view, match.index, match.lastIndex) : undefined;
        if (!code) continue;
        [from, to] = [Math.min(start, code[0]), Math.max(end, code[1])];
      }
      const offeredForBooking =
        rule.purpose === 'portfolio' && BOOKING_CUE.test(sentenceAround(scan.original, start, end));
      const categories: RawFinding['category'][] = rule.chat
        ? [rule.category, 'link']
        : [rule.category];
      // "wa.me/393475550128" is the number itself, as a WhatsApp number written out is.
      if (rule.kind === 'whatsapp' && /^\/\+?\d{7,15}\/?$/.test(path)) categories.push('phone');
      for (const category of categories) {
        findings.push({
          category,
          start: from,
          end: to,
          confidence: 0.95,
          evidence: {
            detector: `${category}.url`,
            kind: rule.kind,
            normalized: url,
            obfuscations: [...obfuscations, ...codeObfuscation],
            ...(rule.purpose && !offeredForBooking ? { purpose: rule.purpose } : {}),
          },
        });
      }
      continue;
    }
    // A short link hides where it leads; the sentence says it: "bit.ly/… takes you to my booking page".
    if (
      SHORTENER.test(host) &&
      path.length > 2 &&
      LEADS_ELSEWHERE.test(sentenceAround(scan.original, start, end))
    ) {
      findings.push({
        category: 'link',
        start,
        end,
        confidence: 0.8,
        evidence: {
          detector: 'link.shortened',
          kind: 'shortened',
          normalized: url,
          obfuscations: [...obfuscations, ...codeObfuscation],
        },
      });
      continue;
    }
    if (
      CONTACT_PATH.test(path) ||
      OFFERED_AS_CONTACT.test(before) ||
      NAMED_AS_CONTACT_AFTER.test(scan.original.slice(end, end + 40)) ||
      REGISTRATION_ASK.test(sentenceAround(scan.original, start, end)) ||
      MY_PORTFOLIO.test(before) ||
      isCodeHostProfile(host, path)
    ) {
      const portfolio =
        (MY_PORTFOLIO.test(before) || isCodeHostProfile(host, path)) &&
        !CONTACT_PATH.test(path) &&
        !BOOKING_CUE.test(sentenceAround(scan.original, start, end));
      findings.push({
        category: 'link',
        start,
        end,
        confidence: portfolio ? 0.6 : 0.8,
        evidence: {
          detector: 'link.personal_site',
          kind: portfolio ? 'portfolio' : 'personal_site',
          normalized: url,
          obfuscations: [...obfuscations, ...codeObfuscation],
          ...(portfolio ? { purpose: 'portfolio' as const } : {}),
        },
      });
    }
  }
  return findings;
}

/** The text around a link up to the sentence ends on either side, within 100 characters. */
function sentenceAround(text: string, start: number, end: number): string {
  const before =
    text
      .slice(Math.max(0, start - 100), start)
      .split(/[.!?\n]\s/)
      .pop() ?? '';
  const after = text.slice(end, end + 100).split(/[.!?\n]\s/)[0] ?? '';
  return `${before} ${after}`;
}

/** Original span of a Meet room code within 80 characters of a link, if there is one. */
function roomCodeNear(view: MappedText, from: number, to: number): [number, number] | undefined {
  const lo = Math.max(0, from - 80);
  const around = view.text.slice(lo, to + 80);
  const code = MEET_CODE.exec(around);
  return code ? view.originalSpan(lo + code.index, lo + code.index + code[0].length) : undefined;
}

/** A person's page on a code host ("github.com/janedoe"), as opposed to a repository link. */
function isCodeHostProfile(host: string, path: string): boolean {
  return (
    /(^|\.)(github\.com|gitlab\.com|bitbucket\.org|codepen\.io|kaggle\.com)$/.test(host) &&
    /^\/[A-Za-z0-9_.-]+\/?$/.test(path)
  );
}

function pathOf(url: string): string {
  const afterScheme = url.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  const slash = afterScheme.indexOf('/');
  return slash === -1 ? '/' : afterScheme.slice(slash);
}

// An ID after an app name: "skype: jane.doe", "telegram @jane", "discord jane#1234", "(dean.malmgren)",
// "reddit u/jane".
// CJK and Vietnamese markers need no word boundary: "微信号是 …", "LINEのIDは …", "Zalo của mình: …";
// nor do the words before them ("ID" in "IDは"). "live: " opens a Skype ID pasted apart: "skype is live: dan.m".
// An ID is written in letters of its own script: "IDはlina_88です" ends before "です".
const ID_AFTER = new RegExp(
  String.raw`^\s*(?:(?:(?:id|is|es|é|è|est|ist|as|handle|username|user\s?name|name|account|acc|me|my|here|at|on|add|no|number|pls|plz|please|i'?m|jestem|soy|sou|sono|pe|par|karo|kar\s+do|ko|po)(?!(?!${CJK_LETTER_CLASS})[\p{L}\p{N}])|live:(?=\s)|[=:#([.,\-–—→]|->|[号號是はの는은吧]|아이디|cua\s+(?:minh|toi|em|anh|tui))\s*){0,5}(?<id>(?:@|u\/)?[\p{L}\p{N}](?:(?!${CJK_LETTER_CLASS})[\p{L}\p{N}._-]){1,40}(?:#\d{4})?)`,
  'iu',
);
// "i'm dean.malmgren on skype": an ID-shaped token just before "on <app>".
const ID_BEFORE = /(?<id>@?[A-Za-z0-9][A-Za-z0-9._-]{2,40})\s+(?:on|in|at|via|@)\s*$/;
// "live:.cid.7f3a…" (a space after ".cid." when the ID was pasted in two parts, or spaces all
// through: "live : . cid . 9c55…"), "live:jane_1".
const SKYPE_LIVE =
  /\blive(?:\s*:\s*\.\s*cid\s*\.\s*[A-Za-z0-9]{3,64}|:(?:\.cid\.\s?[A-Za-z0-9]{3,64}|(?!\.cid\.)[A-Za-z0-9][A-Za-z0-9._-]{2,63}))/g;
const SOCIAL_AT =
  /(?<![\p{L}\p{N}_@./])@(?<id>[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?)(?![\p{L}\p{N}_@/]|\.[a-z]|-[\w.-]*\/)/gu;
// App names that are also everyday words ("line 210", "Instagram 48.2k"): an ID must be declared.
const AMBIGUOUS_APP_WORDS = /^(line|signal|threads|x|snap|tele|imo|kik|tweet|wx|vx)$/i;
// The label may follow a question ("Do you use WeChat? My ID is lily_zhou_88"), and without "is"
// or a colon the ID must look like one ("kullanıcı adım kaan_3d").
// Labelled in Persian, Russian, Thai and Korean too: "آیدی من reza_tarjome", "ไอดี pim.graphic"
// (folded: "ไอด").
const LABELLED_ID =
  /^[^.!\n]{0,80}?(?:\b(?:id|username|user\s?name|handle|usuario|usuario|pseudo|benutzername|kullanici\s+adi\w*|nick(?:name)?)|(?<![\p{L}])(?:آیدی|ایدی|айди|ник|ไอด|아이디|ה?שם\s+(?:ה)?משתמש))(?![\p{L}\p{N}])(?:\s+(?:ko|ku|mo|saya|nya|من|my))?(?:\s*(?:[:=]|['’]s|(?:is|es|e|est|ist)(?![\p{L}]))\s*(?<id>@?[\p{L}\p{N}][\p{L}\p{N}._-]{2,40})|\s+(?<shaped>@?[\p{L}\p{N}][\p{L}\p{N}_-]*[\d._][\p{L}\p{N}._-]*))/iu;
// Apps where people are found by their display name rather than an ID.
const NAME_SEARCHED_APPS = new Set(['facebook', 'zalo', 'linkedin']);
const DISPLAY_NAME_AFTER =
  /^\s*(?:[,:–—-]|cua\s+(?:minh|toi|em|anh|tui)\s*:|\s(?:as|under|named|called)\s)\s*(?<name>\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{L}+){1,3})/u;
const FIND_ME_BEFORE =
  /\b(?:find|add|search\s+for|look|message|pm|dm|chat|hanapin|cari)\s+(?:me|us|ako|saya|aku|(?:niyo|mo)\s+(?:po\s+)?ako)\b/i;
const SEARCH_BY_NAME_AFTER =
  /\b(?:tim\s+theo|search\s+(?:by|for)\s+(?:my\s+|this\s+|the\s+)?name|yung\s+name|name\s+ko)\b/i;
const DISCORD_TAG = /(?<![\p{L}\p{N}_.])[A-Za-z0-9_.]{2,32}#\d{4}(?!\d)/gu;
// Matrix (Element) IDs name their server: "@ines.dev:matrix.org".
const MATRIX_ID = /(?<![\w@])@[a-z0-9._=-]{2,40}:[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b/gi;
// Session IDs: 66 hexadecimal digits starting with 05, given where Session is named.
const SESSION_ID = /(?<![0-9a-f])05[0-9a-f]{64}(?![0-9a-f])/gi;
const SOCIAL_CUE =
  /\b(tele|on wire|usuario|usu[aá]rio|username|user\s?name|search\s+for|look\s+me\s+up|tweet\w*|twitter|tweeter|insta(?!ll)\w*|ig|tiktok|tg|telegram|threads|snap\w*|handle|follow|dm|find me|add me|my (account|page|profile)|kik|discord|x\.com|on x)\b/i;

// The same cues in Cyrillic, Arabic and Thai: "я там @anna_smm_pro" after "в телегу", "حسابي @omar",
// "แอดไลน์ … @mintdesign" (Thai runs words together, so its LINE is found inside a longer word, with
// its mark folded away; "ออนไลน์" is "online").
const SOCIAL_CUE_OTHER_SCRIPTS =
  /телег|тг(?![а-яё])|инст|інст|акк?аунт|تيليجرام|تليجرام|تلغرام|انستا|حسابي|(?<!ออน)ไลน/i;

// Words that follow an app name without being an ID ("WhatsApp is linked", "my ig is private",
// "skype: live:" without the ID itself): what an account is or does, not what it is called.
const NOT_AN_ID = new Set(
  (
    'live and or the for to with is call calls group groups bot bots integration api channel ' +
    'style based type inspired esque ' +
    'channels chat chats account business app apps message messages me you us it this that here ' +
    'there please now too also only instead later today tomorrow if so but as a an my your our ' +
    'their his her in on at by via from of not no yes ok okay thanks thank web desktop mobile ' +
    'features feature link links number id username handle name profile page ads marketing ' +
    'campaign campaigns posts post stories reels followers audience community server servers ' +
    'webhook webhooks notifications support status updates clone template store shop payments ' +
    'pay login sdk cloud official meta team teams work works will would can could should be are ' +
    'was do does did have has had i we they he she them him what which when where how why who ' +
    'all any some more just like about after before than then up out down mini automation ' +
    'flow flows funnel funnels inbox messenger video voice audio text ad private public ' +
    'new old dead active inactive verified closed open iphone android mac pc windows'
  ).split(' '),
);

/**
 * Adds an app ID found at derived units [start, end), unless it is a bot's or someone else's named
 * for the work, or one a warning reports; whether it was added.
 */
function pushAppId(
  scan: Scan,
  findings: RawFinding[],
  start: number,
  end: number,
  kind: string,
  confidence: number,
  obfuscations: Obfuscation[],
): boolean {
  const [s, e] = scan.folded.originalSpan(start, end);
  const text = scan.folded.text;
  if (
    BOT_ID.test(text.slice(start, end)) ||
    THIRD_PARTY_BEFORE.test(text.slice(Math.max(0, start - 40), start)) ||
    // A scammer's ID in a warning: "… message @hr_dept_jobs. Reported him."
    isTurnedDown(text, end)
  )
    return false;
  if (insideAny(scan.code, s, e)) obfuscations.push('code_block');
  findings.push({
    category: 'handle',
    start: s,
    end: e,
    confidence,
    evidence: { detector: 'handle.app_id', kind, obfuscations },
  });
  return true;
}

// An @ID that stands for any ID, and a sentence about building on one: "a Telegram bot that parses
// @username mentions".
const PLACEHOLDER_ID =
  /^(?:username|user|handle|name|yourname|your_?handle|mention|channel|example)$/i;
const HANDLE_AS_WORK = /\b(?:bot|api|pars\w*|mentions|webhook|integration|scraper|regex)\b/i;
// Someone else's account named for the work, right before it: "the client's IG is @studio.x", "the
// footer should link to @brand_app", "tag @partner". A Telegram bot's name ends in "bot" ("_bot",
// "AlertsBot"), a surname's ("@jane.talbot") need not.
const THIRD_PARTY_BEFORE =
  /\b(?:(?:client|customer|brand|company|competitor)['’]s\s+|(?:client|customer|brand|company|competitor|their|his|her)(?:['’]s)?\s+(?:ig|insta(?:gram)?|x|twitter|tiktok|handle|account|page|channel)\s*(?:is\s+|:\s*)?|(?:point|link)s?\s+to\s+|tag\s+|the\s+old\s+)$/i;
const BOT_ID = /(?:[_.-]bot|[a-z\d]Bot)$/;
const TAGS_AS_DATA = /\b(?:regex|pars\w*|match(?:es|ing)?|validat\w*|scrap\w*)\b/i;

// How far back an app named before an @ID makes it that app's ID: a sentence or two ("bora
// continuar no Telegram? … já te chamo no meu, que é @lari_adm").
const APP_REACH = 160;

/**
 * Whether a messaging app is named, by a name that is no everyday word nor a short form, between
 * `from` and `to`: "t3l3gr4m, 1m @m4x_d3v", "בטלגרם … @shira_writes".
 */
function appNamedNear(scan: Scan, from: number, to: number): boolean {
  const mentions = appMentions(scan);
  // Mentions come sorted: only those from `from` on are read, so a text of many IDs and app names
  // stays linear.
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (mentions[middle]!.index < from) low = middle + 1;
    else high = middle;
  }
  for (let i = low; i < mentions.length && mentions[i]!.index < to; i++) {
    const { name } = mentions[i]!;
    if (
      name.length >= 4 &&
      !AMBIGUOUS_APP_WORDS.test(name) &&
      HANDLE_APPS.has(identifyApp(name)?.id ?? '')
    )
      return true;
  }
  return false;
}

function findAppIds(scan: Scan): RawFinding[] {
  const text = scan.folded.text;
  const findings: RawFinding[] = [];

  if (/live\s*:/.test(text)) {
    SKYPE_LIVE.lastIndex = 0;
    for (let m = SKYPE_LIVE.exec(text); m; m = SKYPE_LIVE.exec(text))
      pushAppId(scan, findings, m.index, m.index + m[0].length, 'skype', 0.97, []);
  }

  for (const m of appMentions(scan)) {
    const app = identifyApp(m.name);
    if (!app || !HANDLE_APPS.has(app.id)) continue;
    const nameEnd = m.index + m.name.length;
    const after = text.slice(nameEnd, nameEnd + 60);
    const idMatch = ID_AFTER.exec(after);
    const declared =
      /^\s*(?:id|is|es|é|est|ist|as|=|:|-|–|handle|username|user\s?name|account|\(|\[|[号號是はの는은]|아이디)/i.test(
        after,
      );
    // "Discord: pixelmara" — an app name used as a label at the start of a line.
    const label =
      /^\s*(?:id\s*)?:\s+/i.test(after) &&
      (/(^|\n|[.!?·•|]\s*)\s*(?:\p{L}+\s+)?$/u.test(
        text.slice(Math.max(0, m.index - 20), m.index),
      ) ||
        // "Schreib mir auf Discord: kaffeecoder" — the ID closes the sentence.
        /^\s*:\s+[\p{L}\p{N}._-]{3,40}\s*(?:[.!?,]|$)/u.test(after));
    const possessive =
      /\b(my|our|mi|meu|minha|mon|ma|mein|meine|мой|мій|saya|ko|aking)\s+(\w+\s+)?$|\bi(?:'?m|\s+am)\s+on\s+$/i.test(
        text.slice(Math.max(0, m.index - 20), m.index),
      );
    const obfuscations: Obfuscation[] = app.disguised ? ['leetspeak'] : [];
    if (idMatch?.groups?.id) {
      const id = idMatch.groups.id.replace(/[.,-]+$/, '');
      const idStart = nameEnd + after.indexOf(idMatch.groups.id);
      const bare = id.replace(/^@/, '');
      const shaped = id.startsWith('@') || /[\d._#]/.test(bare) || /[a-z][A-Z]/.test(bare);
      // "my ig is growing", "… is blocked": a verb, not a name.
      const stopword =
        NOT_AN_ID.has(bare.toLowerCase()) || (!shaped && /^[a-z]{3,}(?:ing|ed)$/.test(bare));
      const isAppName = identifyApp(bare) !== undefined;
      const ambiguousApp = AMBIGUOUS_APP_WORDS.test(m.name);
      const plausible =
        /\p{L}/u.test(bare) &&
        !/^\d[\d.,]*[km]?$/i.test(bare) &&
        (!ambiguousApp || declared || shaped);
      if (
        plausible &&
        !stopword &&
        !isAppName &&
        bare.length >= 3 &&
        (shaped ||
          label ||
          (declared && possessive) ||
          (possessive && /^\s*(?:is|:|=)/i.test(after)))
      ) {
        pushAppId(
          scan,
          findings,
          m.index,
          idStart + id.length,
          app.id,
          shaped ? 0.9 : 0.8,
          obfuscations,
        );
        continue;
      }
    }
    // "Scan my WeChat QR or search ID: chenhao_dev": an ID labelled later in the sentence.
    const labelled = LABELLED_ID.exec(after);
    const labelledId = labelled?.groups?.id ?? labelled?.groups?.shaped;
    if (labelled && labelledId && !NOT_AN_ID.has(labelledId.toLowerCase())) {
      pushAppId(
        scan,
        findings,
        m.index,
        nameEnd + labelled.index + labelled[0].length,
        app.id,
        0.85,
        obfuscations,
      );
      continue;
    }
    // Apps searched by a person's name: "Find me on FB, Rosa Delgado Fotografía".
    if (NAME_SEARCHED_APPS.has(app.id)) {
      const named = DISPLAY_NAME_AFTER.exec(after);
      if (
        named?.groups?.name &&
        (FIND_ME_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)) ||
          SEARCH_BY_NAME_AFTER.test(after + text.slice(nameEnd + 60, nameEnd + 100))) &&
        !named.groups.name.split(/\s+/).some((w) => identifyApp(w) !== undefined)
      ) {
        pushAppId(
          scan,
          findings,
          m.index,
          nameEnd + named.index + named[0].length,
          app.id,
          0.75,
          obfuscations,
        );
        continue;
      }
    }
    // "dean.malmgren on skype"
    const before = text.slice(Math.max(0, m.index - 50), m.index);
    const idBefore = ID_BEFORE.exec(before);
    if (
      idBefore?.groups?.id &&
      /[\d._]/.test(idBefore.groups.id) &&
      !/\.(com|net|org|io)$/i.test(idBefore.groups.id)
    ) {
      const start = m.index - before.length + idBefore.index;
      pushAppId(scan, findings, start, nameEnd, app.id, 0.85, obfuscations);
    }
  }

  if (text.includes(':') && text.includes('@')) {
    MATRIX_ID.lastIndex = 0;
    for (let m = MATRIX_ID.exec(text); m; m = MATRIX_ID.exec(text))
      pushAppId(scan, findings, m.index, m.index + m[0].length, 'matrix', 0.9, []);
  }
  if (/session/i.test(text)) {
    SESSION_ID.lastIndex = 0;
    for (let m = SESSION_ID.exec(text); m; m = SESSION_ID.exec(text))
      pushAppId(scan, findings, m.index, m.index + m[0].length, 'session', 0.9, []);
  }
  // Tags a regex or a parser is to read are the work: "match old Discord tags like pixel#4471".
  if (text.includes('#') && /discord/i.test(text) && !TAGS_AS_DATA.test(text)) {
    DISCORD_TAG.lastIndex = 0;
    for (let m = DISCORD_TAG.exec(text); m; m = DISCORD_TAG.exec(text))
      pushAppId(scan, findings, m.index, m.index + m[0].length, 'discord', 0.9, []);
  }
  if (text.includes('@')) {
    // IDs already found, by start: the matches come in order, so one pass tells whether each
    // falls inside one (a text of many handles stays linear).
    const found = findings.map((f) => [f.start, f.end] as const).sort((a, b) => a[0] - b[0]);
    let next = 0;
    let coveredTo = -1;
    SOCIAL_AT.lastIndex = 0;
    for (let m = SOCIAL_AT.exec(text); m; m = SOCIAL_AT.exec(text)) {
      const sentence = text.slice(
        Math.max(0, m.index - 60),
        Math.min(text.length, m.index + m[0].length + 40),
      );
      if (PLACEHOLDER_ID.test(m.groups!.id!)) continue;
      if (
        !SOCIAL_CUE.test(sentence) &&
        !SOCIAL_CUE_OTHER_SCRIPTS.test(sentence) &&
        (!appNamedNear(scan, m.index - APP_REACH, m.index + m[0].length + 40) ||
          HANDLE_AS_WORK.test(sentence))
      )
        continue;
      for (; next < found.length && found[next]![0] <= m.index; next++)
        coveredTo = Math.max(coveredTo, found[next]![1]);
      if (m.index < coveredTo) continue;
      if (pushAppId(scan, findings, m.index, m.index + m[0].length, 'social', 0.85, []))
        coveredTo = Math.max(coveredTo, findings[findings.length - 1]!.end);
    }
  }

  return findings;
}
