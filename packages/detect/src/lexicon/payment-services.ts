/**
 * Payment services people name when they ask to be paid outside the platform. One list for
 * every detector that needs it. Names that are also everyday words or first names (Maya, Dana)
 * are left out or need a preposition.
 */
const NAMES = [
  'pay\\s?pal',
  'venmo',
  'zelle',
  'cash\\s?app',
  'wise',
  'payoneer',
  // Hungarian and Turkish add case endings: "Revolutra", "Revolut'a".
  'revolut\\p{L}{0,3}',
  'gcash',
  'paymaya',
  'm-?pesa',
  'pix',
  'upi',
  'paytm',
  'phonepe',
  'g\\s?pay',
  'google\\s+pay',
  'apple\\s+pay',
  'bizum',
  'nequi',
  'daviplata',
  'yape',
  'plin',
  'skrill',
  'western\\s+union',
  'moneygram',
  'binance',
  'mercado\\s+pago',
  '(?:lewat|via|ke|pakai|pake)\\s+dana',
  'ovo',
  'gopay',
  'palawan(?:\\s+express)?',
  'cebuana',
  'papara',
  'blik\\p{L}*',
  'tikkie',
  'poste\\s?pay',
  'satispay',
  'tigo\\s?pesa',
  'airtel\\s?money',
  'mtn\\s?momo',
  'paypay',
  '(?:qua|bang|vao|via|through|by|on|my|your)\\s+momo',
  'zalo\\s?pay',
  'jazz\\s?cash',
  'easy\\s?paisa',
  'sadapay',
  'nayapay',
  'mb\\s?way',
  // France's phone-number wallet.
  '(?:sur|via)\\s+lydia',
  'stc\\s?pay',
  'instapay',
  'انستاباي',
  'vodafone\\s+cash',
  'فودافون\\s?كاش',
  'ويسترن',
  'باي\\s?بال',
  'mono\\s?bank',
  'монобанк\\p{L}*',
  '(?:на|через)\\s+моно',
  'privat\\s?24',
  'swish(?:a|ar)?',
  "touch\\s?['’]?n\\s?go",
  '(?:sa|via|thru|through)\\s+maya',
  'bkash',
  'বিকাশ\\p{L}*',
  // Bengali as folding leaves it (vowel signs dropped).
  'বকশ\\p{L}*',
  'nagad',
  'ایزی\\s?پیسہ',
  'kakao\\s?pay',
  'paybill',
  'till\\s+(?:number|no)',
  'wechat\\s+pay',
  'alipay',
  'приват\\s?24',
  // Bank transfers by phone or e-mail in Canada, Australia, the Nordics, Switzerland and Kazakhstan.
  // Written whole: the gate looks for a name's first word, and "pay", "mobile" and "transfer"
  // stand in most messages.
  'interac',
  'e-transfer',
  'payid',
  'vipps',
  // Finnish adds case endings: "MobilePaylla".
  'mobilepay\\p{L}{0,4}',
  'twint',
  'kaspi',
  'opay',
  'palmpay',
  // Wallets of Uzbekistan, Azerbaijan, Armenia, Israel, Myanmar, Nepal, Ethiopia, Sri Lanka, Cambodia.
  'payme',
  'humo',
  'birbank',
  'idram',
  'telcell',
  'ב?ביט',
  'פייבוקס',
  'kbz\\s?pay',
  'wave\\s?pay',
  'aya\\s+pay',
  'khalti',
  'esewa',
  'telebirr',
  // Singapore's, Jordan's and Senegal's: "PayNow to my UEN", "على كليك", "par Wave au 77…".
  'paynow',
  'cliq',
  'كليك',
  '(?:par|via|sur|by|on)\\s+wave',
  'ቴሌብር',
  // Malaysia's and Sri Lanka's transfers by phone number.
  'duit\\s?now',
  'ez\\s?cash',
  'frimi',
  'khqr',
];

/** Builds a whole-word pattern of the services, plus `extra` alternatives. */
export function paymentServicePattern(extra: readonly string[] = []): RegExp {
  return new RegExp(`(?<![\\p{L}])(${[...NAMES, ...extra].join('|')})(?![\\p{L}])`, 'iu');
}

/**
 * The same for yes/no checks on lower-cased text, without the slow `u` and `i` flags: `letters`
 * is a character-class body of lower-case letters standing in for `\p{L}`.
 */
export function paymentServiceGate(
  extra: readonly string[],
  letters: string,
): (lower: string) => boolean {
  const names = [...NAMES, ...extra];
  const exact = new RegExp(
    `(?<![${letters}])(?:${names.join('|').replace(/\\p\{L\}/g, `[${letters}]`)})(?![${letters}])`,
  );
  // Most texts name no service: a plain list of a word each name holds rules them out far
  // faster than the names between their boundaries. A word a name opens with is looked for only
  // where no letter stands before it, as the name is. A name that opens otherwise is looked for
  // whole when it is a plain sequence: "pay" alone, for "g\s?pay", stands in every "payment".
  const opening: string[] = [];
  const inner: string[] = [];
  for (const name of names) {
    const word = heldWord(name);
    if (name.startsWith(word)) opening.push(word);
    else inner.push(/\(|\\p/.test(name) ? word : name);
  }
  // "Not after a letter" is read as the character before (or the start), not as a look-behind,
  // which V8 tries at every position: the same yes or no, a third faster.
  const held = new RegExp([`(?:^|[^${letters}])(?:${opening.join('|')})`, ...inner].join('|'));
  return (lower) => held.test(lower) && exact.test(lower);
}

/** The first literal word of three letters or more that every match of `name` holds. */
function heldWord(name: string): string {
  const parts = name
    .replace(/\([^()]*\)[?*+]?/g, ' ') // groups: "(?:via|ke)\s+dana", "palawan(?:\s+express)?"
    .split(/\\[a-zA-Z](?:\{[^}]*\})?[?*+]?|.[?*]|\s/); // "\s?", "\p{L}*", the "-" of "m-?pesa"
  return parts.find((part) => part.length >= 3) ?? name;
}

/**
 * Services used in one country, and that country: a number given with one is read as a national
 * number of it ("Bizum al 612 345 678", "M-Pesa to 0712 408 623"). Chat apps of one country too.
 */
const COUNTRY_OF_SERVICE: ReadonlyArray<readonly [string, string]> = [
  ['m-?pesa', 'KE'],
  ['gcash|paymaya', 'PH'],
  ['bizum', 'ES'],
  ['mb\\s?way', 'PT'],
  ['upi|paytm|phonepe', 'IN'],
  ['swish', 'SE'],
  ['vipps', 'NO'],
  ['mobilepay', 'DK'],
  ['twint', 'CH'],
  ['blik', 'PL'],
  ['nequi|daviplata', 'CO'],
  ['yape', 'PE'],
  ['kaspi', 'KZ'],
  ['bkash|nagad', 'BD'],
  ['jazz\\s?cash|easy\\s?paisa', 'PK'],
  ['papara', 'TR'],
  ['zelle|venmo|cash\\s?app', 'US'],
  ['interac|e-transfer', 'CA'],
  ['payid', 'AU'],
  ['tikkie', 'NL'],
  ['lydia', 'FR'],
  ['satispay', 'IT'],
  ['telebirr', 'ET'],
  ['khalti|esewa', 'NP'],
  ['zalo', 'VN'],
  ['kakao', 'KR'],
];
// "Not after a letter" as the character before, not a look-behind tried at every position.
const SERVICE_OF_ONE_COUNTRY = new RegExp(
  `(?:^|[^a-z])(?:${COUNTRY_OF_SERVICE.map(([names]) => names).join('|')})(?![a-z])`,
);
const EACH_SERVICE = COUNTRY_OF_SERVICE.map(
  ([names, country]) => [new RegExp(`(?<![a-z])(?:${names})(?![a-z])`), country] as const,
);

/** The countries of the one-country services named in `lower` (lower-cased text), in list order. */
export function countriesOfServices(lower: string): string[] {
  if (!SERVICE_OF_ONE_COUNTRY.test(lower)) return [];
  return EACH_SERVICE.filter(([name]) => name.test(lower)).map(([, country]) => country);
}
