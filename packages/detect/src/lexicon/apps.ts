import { escapeRegExp } from './escape.js';

/**
 * Messaging and social apps people move conversations to, with the spellings they use to
 * dodge filters. `fuzzy` names are matched letter by letter with separators and leetspeak.
 */
export interface App {
  id: string;
  /** Canonical names matched letter by letter, allowing separators and leet ("w h a t s a p p", "T3legram"). */
  fuzzy: readonly string[];
  /** Short or local names matched only as whole words. */
  words: readonly string[];
  /** Latin short forms written only among Chinese, Japanese or Korean ("加我vx"): found only there. */
  besideCjk?: readonly string[];
}

export const APPS: readonly App[] = [
  {
    id: 'whatsapp',
    fuzzy: ['whatsapp', 'whatsap', 'watsapp', 'watsap', 'whatapp', 'whtsapp'],
    words: [
      'wa',
      'wapp',
      'whats',
      'zap',
      'zapzap',
      // Brazil's "little green one".
      'verdinho',
      'wsp',
      'wasap',
      'guasap',
      'вотсап',
      'ватсап',
      'вацап',
      'ватсапе',
      'вотсапе',
      'ватсапі',
      'واتساب',
      'واتس',
      'واتساپ',
      '왓츠앱',
      // Hebrew writes "to", "in" and "on" into the word; Bengali as folding leaves it.
      'וואטסאפ',
      'ווטסאפ',
      'לוואטסאפ',
      'בוואטסאפ',
      'לווטסאפ',
      'בווטסאפ',
      'হযটসঅযপ',
    ],
  },
  {
    id: 'telegram',
    fuzzy: ['telegram', 'telegrm', 'telgram', 'telegarm'],
    words: [
      'tg',
      'tele',
      'телеграм',
      'телеграмм',
      'телеграме',
      'телеграмі',
      'телега',
      '电报',
      '텔레그램',
      'телеге',
      'телегу',
      'тележку',
      'тг',
      'تيليجرام',
      'تليجرام',
      'تلغرام',
      'تلجرام',
      'تيلجرام',
      // Hebrew writes "in" and "on" into the word: "בטלגרם".
      'טלגרם',
      'בטלגרם',
      'לטלגרם',
      'تلگرام',
      'تلگرامتون',
      'تلگرامت',
    ],
  },
  { id: 'skype', fuzzy: ['skype', 'skyp'], words: ['скайп', 'سكايب'] },
  { id: 'signal', fuzzy: [], words: ['signal', 'סיגנל', 'בסיגנל'] },
  { id: 'discord', fuzzy: ['discord', 'dicsord'], words: ['дискорд'] },
  {
    id: 'wechat',
    fuzzy: ['wechat', 'weixin'],
    words: ['微信', '微信号', 'вичат', '薇信', 'v信', '威信'],
    besideCjk: ['vx', 'wx'],
  },
  { id: 'line', fuzzy: [], words: ['line', 'ライン'] },
  { id: 'viber', fuzzy: ['viber'], words: ['вайбер', 'вайбері', 'вайбере', 'فايبر'] },
  {
    id: 'instagram',
    fuzzy: ['instagram', 'instagrm'],
    words: [
      'insta',
      'ig',
      '인스타',
      '인스타그램',
      'инстаграм',
      'инста',
      // Short forms are declined too: "в инсте", "в інсті".
      'инсте',
      'инсту',
      'інста',
      'інсті',
      'інсту',
      'انستقرام',
      'انستا',
      'انستغرام',
    ],
  },
  { id: 'facebook', fuzzy: ['facebook', 'messenger'], words: ['fb', 'фейсбук', 'فيسبوك'] },
  { id: 'linkedin', fuzzy: ['linkedin'], words: ['linked in'] },
  { id: 'twitter', fuzzy: ['twitter'], words: ['tweeter', 'tweet', 'x'] },
  { id: 'tiktok', fuzzy: ['tiktok'], words: ['тикток'] },
  { id: 'snapchat', fuzzy: ['snapchat'], words: ['snap', 'سناب'] },
  { id: 'kik', fuzzy: [], words: ['kik'] },
  { id: 'bluesky', fuzzy: ['bluesky'], words: ['bsky'] },
  { id: 'mastodon', fuzzy: ['mastodon'], words: [] },
  { id: 'reddit', fuzzy: ['reddit'], words: [] },
  { id: 'kakaotalk', fuzzy: ['kakaotalk'], words: ['kakao', '카카오톡', '카톡'] },
  { id: 'zalo', fuzzy: ['zalo'], words: [] },
  { id: 'threema', fuzzy: ['threema'], words: [] },
  { id: 'chatwork', fuzzy: ['chatwork'], words: ['チャットワーク'] },
  { id: 'qq', fuzzy: [], words: ['qq'] },
  { id: 'botim', fuzzy: ['botim'], words: [] },
  { id: 'imessage', fuzzy: ['imessage'], words: [] },
  { id: 'threads', fuzzy: [], words: ['threads'] },
  { id: 'imo', fuzzy: [], words: ['imo'] },
  { id: 'icq', fuzzy: [], words: ['icq'] },
  { id: 'slack', fuzzy: [], words: ['slack'] },
  { id: 'zoom', fuzzy: [], words: ['zoom'] },
  { id: 'google_meet', fuzzy: [], words: ['google meet', 'gmeet', 'meet'] },
  { id: 'teams', fuzzy: [], words: ['ms teams', 'microsoft teams', 'teams'] },
  { id: 'facetime', fuzzy: ['facetime'], words: [] },
  {
    id: 'google_chat',
    fuzzy: [],
    words: ['google hangouts', 'google hangout', 'hangouts', 'google chat', 'gchat', 'google duo'],
  },
  {
    id: 'email',
    fuzzy: [],
    words: [
      'email',
      'e-mail',
      'gmail',
      'mail',
      'correo',
      'courriel',
      'почта',
      'почту',
      'ایمیل',
      'ايميل',
    ],
  },
  {
    id: 'phone',
    fuzzy: [],
    words: [
      'phone',
      'cell',
      'mobile',
      'telephone',
      'sms',
      'text',
      'celular',
      'telefono',
      'telefone',
      'téléphone',
      'telefon',
      'handy',
      'телефон',
      'телефону',
      'hp',
      'cp',
      'الهاتف',
    ],
  },
];

/** Apps that are a separate channel (not e-mail or phone): their IDs are `handle` findings. */
export const HANDLE_APPS = new Set(
  APPS.map((a) => a.id).filter(
    (id) =>
      ![
        'email',
        'phone',
        'zoom',
        'google_meet',
        'google_chat',
        'teams',
        'facetime',
        'slack',
      ].includes(id),
  ),
);

const LEET: Record<string, string> = {
  a: 'a4@àáâä',
  e: 'e3€',
  i: 'i1!|l',
  o: 'o0',
  s: 's5$z',
  t: 't7+',
  g: 'g9',
  l: 'l1|i',
  b: 'b8',
  z: 'z2',
  c: 'c(',
  p: 'p',
  h: 'h#',
};
const letterClass = (ch: string): string => {
  const chars = LEET[ch] ?? ch;
  const escaped = chars.replace(/[\\\]^\-$|]/g, (c) => `\\${c}`);
  return ch === 'w' ? '(?:w|vv|\\\\/\\\\/)' : `[${escaped}]`;
};
const SEP = '[\\s._\\-*·•~|]{0,2}';

/** A pattern for one fuzzy name: letters with leet variants and up to two separator characters between. */
function fuzzyName(name: string): string {
  return [...name].map(letterClass).join(SEP);
}

// Arabic writes "the", and "on", "by" or "and" before it, into the word: "التلجرام", "عالواتس".
const ARABIC_ARTICLE = /^(?:[وبفع]?ال|لل)/;
const plainName = (w: string): string => escapeRegExp(w).replace(/ /g, '\\s+');
const wholeWord = (alternatives: string[]): RegExp =>
  new RegExp(
    `(?<![\\p{L}\\p{N}])(?<app>(?:${ARABIC_ARTICLE.source.slice(1)})?(?:${alternatives.join('|')}))(?![\\p{L}\\p{N}])`,
    'giu',
  );

/** Also letter by letter with separators and leetspeak: slower, so only for texts that need it. */
const APP_NAME_FUZZY = wholeWord([
  ...APPS.flatMap((a) => a.fuzzy.map(fuzzyName)),
  ...APPS.flatMap((a) => a.words.map(plainName)),
]);
// Letters split by separators ("w h a t s", "t.e.l.e") or leet inside a word ("t3l", "sk¥").
// Each alternative is entered at a separator or leet character (the letter before it is checked
// looking back), which most positions of a text are not.
const EVASION_SIGNAL =
  /[ ._\-*·•~|][A-Za-z][ ._\-*·•~|](?<=[A-Za-z][ ._\-*·•~|]{1,2}[A-Za-z][ ._\-*·•~|])[ ._\-*·•~|]?[A-Za-z](?![A-Za-z])|[0-9@$!|¥](?<=[A-Za-z].)[A-Za-z]|vv|\\\/\\\//;

/** An app named in a text: where, and the name as written. */
export interface AppMention {
  index: number;
  name: string;
}

const MULTI_WORD_NAMES: string[] = [];
// Chinese, Japanese and Korean are written without spaces: their names are found as substrings.
const CJK_NAMES: string[] = [];
/** Kana, CJK ideographs and Hangul, as a regex class. */
export const CJK_LETTER_CLASS = String.raw`[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]`;
const CJK = new RegExp(CJK_LETTER_CLASS);
for (const app of APPS) {
  for (const name of [...app.fuzzy, ...app.words]) {
    if (CJK.test(name)) CJK_NAMES.push(name);
    else if (!/^[\p{L}\p{N}]+$/u.test(name)) MULTI_WORD_NAMES.push(name);
  }
}
// Canonical names long enough to recognise when split in two ("teleg ram", "wats app").
const SPLITTABLE_NAMES = new Set(APPS.flatMap((a) => a.fuzzy).filter((n) => n.length >= 5));
const LONGEST_SPLITTABLE = Math.max(...[...SPLITTABLE_NAMES].map((n) => n.length));
// Names of several words ("google meet", "e-mail") are tried only where their first word stands.
const MULTI_WORD = new RegExp(
  `(?:${MULTI_WORD_NAMES.map(plainName).join('|')})(?![\\p{L}\\p{N}])`,
  'iuy',
);
const MULTI_WORD_FIRST = new Set(MULTI_WORD_NAMES.map((n) => /^[\p{L}\p{N}]+/u.exec(n)![0]));
const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPLIT_GAP = /^[ ._\-*·•~|]{1,2}$/;

// What a character of the Basic Multilingual Plane is to the word scan: a letter or digit, another
// character, or a CJK letter. ASCII is set here; other characters are looked up as they come
// (0: not yet), since a regex test per character is slow.
const WORD = 1;
const OTHER = 2;
const CJK_LETTER = 3;
const BMP_CLASS = new Uint8Array(0x10000).fill(OTHER, 0, 0x80);
for (const c of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')
  BMP_CLASS[c.charCodeAt(0)] = WORD;

function classOf(c: number): number {
  if (BMP_CLASS[c] === 0) {
    const letter = WORD_CHAR.test(String.fromCharCode(c));
    BMP_CLASS[c] = !letter ? OTHER : isCjk(c) ? CJK_LETTER : WORD;
  }
  return BMP_CLASS[c]!;
}

const isCjk = (c: number): boolean =>
  (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af);

/**
 * The runs of letters and digits of a text, one at a time, by a plain character loop (measured
 * cheaper here than a `u`-flag regex match per word). Beside CJK text a Latin name is its own
 * word ("LINEのIDを教えて"), so CJK letters end a word.
 */
class Words {
  start = 0;
  end = 0;
  /** Whether the current word is all ASCII. */
  ascii = true;
  /** Whether a CJK letter has been passed. */
  cjk = false;

  constructor(private readonly text: string) {}

  /** Moves to the next word; false when there is none. */
  next(): boolean {
    const text = this.text;
    let start = -1;
    let ascii = true;
    let i = this.end;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      // How many units the character takes when it belongs to a word, else 0.
      let width = 0;
      if (c < 0x80) width = BMP_CLASS[c] === WORD ? 1 : 0;
      else if (c >= 0xd800 && c <= 0xdbff) {
        // A letter outside the Basic Multilingual Plane: test the whole code point.
        width = WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
      } else {
        const type = classOf(c);
        if (type === WORD) width = 1;
        else if (type === CJK_LETTER) this.cjk = true;
      }
      if (width > 0) {
        if (start < 0) start = i;
        if (c >= 0x80) ascii = false;
        i += width;
      } else if (start >= 0) break;
      else i++;
    }
    this.start = start;
    this.end = i;
    this.ascii = ascii;
    return start >= 0;
  }
}

/**
 * Every app named in `text`. Plain names are found by one word scan and a set lookup — far
 * cheaper than a large alternation — and the letter-by-letter fuzzy pattern runs only on texts
 * that show signs of evasion.
 */
export function findAppMentions(text: string): AppMention[] {
  const mentions: AppMention[] = [];
  if (EVASION_SIGNAL.test(text)) {
    APP_NAME_FUZZY.lastIndex = 0;
    for (let m = APP_NAME_FUZZY.exec(text); m; m = APP_NAME_FUZZY.exec(text))
      mentions.push({ index: m.index, name: m[0] });
    return mentions;
  }
  const words = new Words(text);
  let previousStart = -1;
  let previousEnd = -1;
  while (words.next()) {
    const { start, end } = words;
    if ((!words.ascii || mayMatter(text, start, end)) && !inConstantName(text, start, end)) {
      const lower = lowerWord(text, start, end);
      if (MULTI_WORD_FIRST.has(lower)) {
        MULTI_WORD.lastIndex = start;
        const multi = MULTI_WORD.exec(text);
        if (multi) mentions.push({ index: start, name: multi[0] });
      }
      if (
        lower.length >= 2 &&
        lower.length <= 14 &&
        namedApp(lower) &&
        (!BESIDE_CJK.has(lower) || CJK.test(text))
      )
        mentions.push({ index: start, name: text.slice(start, end) });
      // A split name's gap is one or two characters: checked first, as it rules out most words.
      else if (previousStart >= 0 && start - previousEnd <= 2) {
        const previousLower = lowerWord(text, previousStart, previousEnd);
        if (
          previousLower.length + lower.length <= LONGEST_SPLITTABLE &&
          SPLITTABLE_NAMES.has(previousLower + lower) &&
          SPLIT_GAP.test(text.slice(previousEnd, start))
        )
          mentions.push({ index: previousStart, name: text.slice(previousStart, end) });
      }
    }
    previousStart = start;
    previousEnd = end;
  }
  if (words.cjk) {
    for (const name of CJK_NAMES) {
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length))
        mentions.push({ index: at, name });
    }
  }
  return mentions.sort((x, y) => x.index - y.index);
}

// A name in code written in capitals with underscores ("WA_PHONE_NUMBER_ID") names a setting.
const CONSTANT_NAME = /^[A-Z0-9]+(?:_[A-Z0-9]+)+$/;

// No setting's name is longer; the look stops there, so a long run of "WA_WA_…" stays linear.
const LONGEST_CONSTANT = 64;

/** Whether the word at text[start, end) is part of such a name. */
function inConstantName(text: string, start: number, end: number): boolean {
  if (text[start - 1] !== '_' && text[end] !== '_') return false;
  const floor = Math.max(0, start - LONGEST_CONSTANT);
  const ceiling = Math.min(text.length, end + LONGEST_CONSTANT);
  let from = start;
  let to = end;
  while (from > floor && /\w/.test(text[from - 1]!)) from--;
  while (to < ceiling && /\w/.test(text[to]!)) to++;
  if ((from === floor && from > 0) || (to === ceiling && to < text.length)) return false;
  return CONSTANT_NAME.test(text.slice(from, to));
}

/** A word in lower case; longer words than any name are read as ''. */
function lowerWord(text: string, start: number, end: number): string {
  return end - start <= 15 ? text.slice(start, end).toLowerCase() : '';
}

// Most words cannot name an app: an ASCII word is looked at closely only when its length and
// first three letters are those of a name, an inflected name, the first word of a several-word
// name, or the second half of a split name. One bit per length, by first three letters (fewer in
// a shorter word) hashed to 16 bits: two letters let through every long word that opens as a name
// does ("thanks" as "threads", "direction" as "discord").
const LENGTHS_BY_START = new Uint16Array(0x10000);
const startOf = (first: number, second: number, third: number): number =>
  (first * 961 + second * 31 + third) & 0xffff;
const addWord = (lower: string, length = lower.length): void => {
  if (!/^[a-z0-9]+$/.test(lower)) return;
  const code = (at: number): number => (at < Math.min(3, length) ? lower.charCodeAt(at) : 0);
  LENGTHS_BY_START[startOf(code(0), code(1), code(2))]! |= 1 << length;
};

/** Whether an ASCII word may name an app or end a split name; see LENGTHS_BY_START. */
function mayMatter(text: string, start: number, end: number): boolean {
  const length = end - start;
  // A longer word is read as '' and may close a split name (see lowerWord).
  if (length > 15) return true;
  // `| 0x20` lower-cases ASCII letters and keeps digits.
  const first = text.charCodeAt(start) | 0x20;
  const second = length > 1 ? text.charCodeAt(start + 1) | 0x20 : 0;
  const third = length > 2 ? text.charCodeAt(start + 2) | 0x20 : 0;
  return (LENGTHS_BY_START[startOf(first, second, third)]! & (1 << length)) !== 0;
}

const PLAIN = new Map<string, string>();
for (const app of APPS)
  for (const name of [...app.fuzzy, ...app.words, ...(app.besideCjk ?? [])])
    PLAIN.set(name, app.id);
const BESIDE_CJK = new Set(APPS.flatMap((a) => a.besideCjk ?? []));
// Case endings on a brand name ("na Messengera", "в Телеграмі", "WhatsAppie", Turkish
// "Instagramdan"); names that are also everyday words ("Signale", "phoney") are left out.
const INFLECTION = /^(\p{L}{5,}?)(?:a|e|u|y|i|ie|em|om|а|у|е|і|ы|ом|ем|ой|ze|zie)$/u;
const TURKISH_CASE = /^(\p{L}{5,}?)[dt][ae]n?$/u;
const CASE_ENDINGS = [INFLECTION, TURKISH_CASE];
const INFLECTABLE = new Set(
  APPS.flatMap((a) => [...a.fuzzy, ...a.words.filter((w) => /^[\u0400-\u04ff]+$/.test(w))]),
);

// Most words share no five-letter start with a brand name, and skip the ending check.
const INFLECTABLE_STARTS = new Set([...INFLECTABLE].map((name) => name.slice(0, 5)));

// The words LENGTHS_BY_START lets through.
for (const name of [...PLAIN.keys(), ...MULTI_WORD_FIRST]) addWord(name);
for (const start of INFLECTABLE_STARTS) for (let n = 6; n <= 14; n++) addWord(start, n);
for (const name of SPLITTABLE_NAMES) for (let i = 1; i < name.length; i++) addWord(name.slice(i));

/** The app a lower-case word names, allowing a case ending on longer names. */
function namedApp(lower: string): string | undefined {
  const plain = PLAIN.get(lower);
  if (plain) return plain;
  // The article is Arabic: a Latin word need not be read for it.
  const article = lower.charCodeAt(0) >= 0x600 ? ARABIC_ARTICLE.exec(lower) : null;
  if (article) return PLAIN.get(lower.slice(article[0].length));
  if (lower.length < 6 || !INFLECTABLE_STARTS.has(lower.slice(0, 5))) return undefined;
  for (const ending of CASE_ENDINGS) {
    const stem = ending.exec(lower)?.[1];
    if (stem !== undefined && INFLECTABLE.has(stem)) return PLAIN.get(stem);
  }
  return undefined;
}

type Identified = { id: string; disguised: boolean } | undefined;
// The same few names come up in message after message.
const identified = new Map<string, Identified>();

/** Which app a matched name is, and whether it was written in a disguised way. */
export function identifyApp(matched: string): Identified {
  if (identified.has(matched)) return identified.get(matched);
  const app = identify(matched);
  if (identified.size < 2048) identified.set(matched, app);
  return app;
}

function identify(matched: string): Identified {
  const lower = matched.toLowerCase().replace(/\s+/g, ' ');
  const plain = namedApp(lower);
  if (plain) return { id: plain, disguised: false };
  const squashed = lower
    .replace(/[\s._\-*·•~|]/g, '')
    .replace(/vv/g, 'w')
    .replace(/\\\/\\\//g, 'w');
  const deleet = squashed
    .replace(/[4@]/g, 'a')
    .replace(/3/g, 'e')
    .replace(/[1!|]/g, 'i')
    .replace(/0/g, 'o')
    .replace(/[5$]/g, 's')
    .replace(/7/g, 't')
    .replace(/9/g, 'g');
  for (const app of APPS) {
    for (const name of app.fuzzy) {
      if (deleet === name || deleet.replace(/i/g, 'l') === name || squashed === name)
        return { id: app.id, disguised: true };
    }
  }
  for (const app of APPS)
    for (const name of app.fuzzy)
      if (deleet.replace(/[il]/g, '') === name.replace(/[il]/g, ''))
        return { id: app.id, disguised: true };
  return undefined;
}
