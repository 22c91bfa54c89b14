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
      'الواتساب',
      'الواتس',
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
      'телеге',
      'телегу',
      'тележку',
      'тг',
      'تيليجرام',
      'تلغرام',
      'التيليجرام',
    ],
  },
  { id: 'skype', fuzzy: ['skype', 'skyp'], words: ['скайп', 'سكايب'] },
  { id: 'signal', fuzzy: [], words: ['signal'] },
  { id: 'discord', fuzzy: ['discord', 'dicsord'], words: ['дискорд'] },
  { id: 'wechat', fuzzy: ['wechat', 'weixin'], words: ['微信', 'вичат'] },
  { id: 'line', fuzzy: [], words: ['line'] },
  { id: 'viber', fuzzy: ['viber'], words: ['вайбер', 'вайбері', 'вайбере', 'فايبر'] },
  {
    id: 'instagram',
    fuzzy: ['instagram', 'instagrm'],
    words: ['insta', 'ig', 'инстаграм', 'инста', 'انستقرام', 'انستا'],
  },
  { id: 'facebook', fuzzy: ['facebook', 'messenger'], words: ['fb', 'фейсбук', 'فيسبوك'] },
  { id: 'linkedin', fuzzy: ['linkedin'], words: ['linked in'] },
  { id: 'twitter', fuzzy: ['twitter'], words: ['tweeter', 'tweet', 'x'] },
  { id: 'tiktok', fuzzy: ['tiktok'], words: ['тикток'] },
  { id: 'snapchat', fuzzy: ['snapchat'], words: ['snap'] },
  { id: 'kik', fuzzy: [], words: ['kik'] },
  { id: 'kakaotalk', fuzzy: ['kakaotalk'], words: ['kakao'] },
  { id: 'zalo', fuzzy: ['zalo'], words: [] },
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
      'الايميل',
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
    (id) => !['email', 'phone', 'zoom', 'google_meet', 'teams', 'facetime', 'slack'].includes(id),
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

const plainName = (w: string): string =>
  w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const wholeWord = (alternatives: string[]): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?<app>${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');

/** Also letter by letter with separators and leetspeak: slower, so only for texts that need it. */
const APP_NAME_FUZZY = wholeWord([
  ...APPS.flatMap((a) => a.fuzzy.map(fuzzyName)),
  ...APPS.flatMap((a) => a.words.map(plainName)),
]);
// Letters split by separators ("w h a t s", "t.e.l.e") or leet inside a word ("t3l", "sk¥").
const EVASION_SIGNAL =
  /[A-Za-z][ ._\-*·•~|]{1,2}[A-Za-z][ ._\-*·•~|]{1,2}[A-Za-z](?![A-Za-z])|[A-Za-z][0-9@$!|¥][A-Za-z]|vv|\\\/\\\//;

/** An app named in a text: where, and the name as written. */
export interface AppMention {
  index: number;
  name: string;
}

const SINGLE_WORD_NAMES = new Set<string>();
const MULTI_WORD_NAMES: string[] = [];
for (const app of APPS) {
  for (const name of [...app.fuzzy, ...app.words]) {
    if (/^[\p{L}\p{N}]+$/u.test(name)) SINGLE_WORD_NAMES.add(name);
    else MULTI_WORD_NAMES.push(name);
  }
}
const MULTI_WORD = wholeWord(MULTI_WORD_NAMES.map(plainName));
const WORD = /[\p{L}\p{N}]+/gu;

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
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const word = m[0];
    if (word.length >= 2 && word.length <= 12 && SINGLE_WORD_NAMES.has(word.toLowerCase()))
      mentions.push({ index: m.index, name: word });
  }
  MULTI_WORD.lastIndex = 0;
  for (let m = MULTI_WORD.exec(text); m; m = MULTI_WORD.exec(text))
    mentions.push({ index: m.index, name: m[0] });
  return mentions.sort((x, y) => x.index - y.index);
}

const PLAIN = new Map<string, string>();
for (const app of APPS) for (const name of [...app.fuzzy, ...app.words]) PLAIN.set(name, app.id);

/** Which app a matched name is, and whether it was written in a disguised way. */
export function identifyApp(matched: string): { id: string; disguised: boolean } | undefined {
  const lower = matched.toLowerCase().replace(/\s+/g, ' ');
  const plain = PLAIN.get(lower);
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
