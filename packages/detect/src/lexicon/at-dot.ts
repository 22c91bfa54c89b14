/** Words people write instead of "@" and "." in addresses, in the languages we read. */
export const AT_WORDS = [
  'at the rate of',
  'at the rate',
  'attherate',
  'at sign',
  'at',
  'arroba',
  'arobase',
  'chez',
  'chiocciola',
  'klammeraffe',
  'affe',
  'apenstaartje',
  'sobaka',
  'собака',
  'собачка',
  'равлик',
  'et',
  'et isareti',
  'małpa',
  'malpa',
  'sa',
  'di',
  'على',
  'ات', // "آت" and "اَت" once folded
  'ایٹ', // Urdu
  'অযট', // Bengali "অ্যাট", folded
  '艾特',
  // Greek, Hebrew, Thai, Japanese, Korean, Vietnamese, Romanian, Czech (folded: no accents).
  'παπακι',
  'שטרודל',
  'แอท',
  'アットマーク',
  '골뱅이',
  'a cong',
  'arond',
  'zavinac',
  // Hungarian, Uzbek, Georgian, Armenian.
  'kukac',
  'kuchukcha',
  'ძაღლუკა',
  'շնիկ',
];
export const DOT_WORDS = [
  'dot',
  'd0t',
  'punto',
  'ponto',
  'point',
  'punkt',
  'punt',
  'tochka',
  'точка',
  'крапка',
  'kropka',
  'titik',
  'tuldok',
  'nokta',
  'نقطة',
  'دوت',
  'دات', // Persian
  'ڈاٹ', // Urdu
  'ডট', // Bengali
  '点',
  '點',
  '점',
  'τελεια',
  'נקודה',
  'ดอท',
  'ドット',
  '닷',
  'cham',
  'punct',
  'tecka',
  // Hungarian, Uzbek, Azerbaijani (folded: "nöqtə"), Kazakh, Georgian, Armenian.
  'pont',
  'nuqta',
  'noqtə',
  'нүкте',
  'წერტილი',
  'կետ',
];
/** Words for "/" in spelled-out links ("calendly dot com slash jane"). */
export const SLASH_WORDS = ['forward slash', 'slash', 'barra', 'слэш', 'слеш', 'garis miring'];

/**
 * `words` as one regex alternation grouped by first letter, so each position of a text tries a
 * single group; a space in a word matches any white space. For yes/no tests: within a group the
 * order of the words is kept, but not across groups.
 */
export function byFirstLetter(words: readonly string[]): string {
  const groups = new Map<string, string[]>();
  for (const word of words) {
    const rest = word.slice(1).replace(/ /g, '\\s+');
    groups.set(word[0]!, [...(groups.get(word[0]!) ?? []), rest]);
  }
  return [...groups].map(([first, rests]) => `${first}(?:${rests.join('|')})`).join('|');
}
