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
  'revolut',
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
  'paypay',
  'ويسترن',
  'باي\\s?بال',
];

/** Builds a whole-word pattern of the services, plus `extra` alternatives. */
export function paymentServicePattern(extra: readonly string[] = []): RegExp {
  return new RegExp(`(?<![\\p{L}])(${[...NAMES, ...extra].join('|')})(?![\\p{L}])`, 'iu');
}

/**
 * The same for yes/no checks on lower-cased text, without the slow `u` and `i` flags: `letters`
 * is a character-class body of lower-case letters standing in for `\p{L}`.
 */
export function paymentServiceGate(extra: readonly string[], letters: string): RegExp {
  const names = [...NAMES, ...extra].join('|').replace(/\\p\{L\}/g, `[${letters}]`);
  return new RegExp(`(?<![${letters}])(?:${names})(?![${letters}])`);
}
