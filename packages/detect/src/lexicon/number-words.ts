/**
 * Spoken digits as people type them to dodge filters, in the folded form the detectors see
 * (lower case, accents stripped; Cyrillic and Arabic stay in their script). Values are digit
 * strings so tens ("twenty" → "20") fit the same table.
 */
const DIGIT_WORDS: Record<string, readonly string[]> = {
  '0': [
    'zero',
    'oh',
    'cero',
    'zer0',
    'null',
    'nul',
    'sero',
    'nol',
    'kosong',
    'shunya',
    'shoonya',
    'sifar',
    'sifr',
    'ноль',
    'нуль',
    'nol',
    'nul',
    'صفر',
  ],
  '1': [
    'one',
    'uno',
    'una',
    'um',
    'uma',
    'un',
    'une',
    'eins',
    'odin',
    'isa',
    'satu',
    'ek',
    'один',
    'одна',
    'одно',
    'واحد',
    'wahid',
  ],
  '2': [
    'two',
    'dos',
    'dois',
    'duas',
    'deux',
    'zwei',
    'zwo',
    'dva',
    'dalawa',
    'dua',
    'do',
    'due',
    'два',
    'две',
    'дві',
    'اثنان',
    'اثنين',
    'اتنين',
  ],
  '3': [
    'three',
    'tres',
    'trois',
    'drei',
    'tri',
    'tatlo',
    'tiga',
    'teen',
    'tre',
    'три',
    'ثلاثة',
    'ثلاث',
    'ثلاثه',
    'تلاتة',
  ],
  '4': [
    'four',
    'cuatro',
    'quatro',
    'quatre',
    'vier',
    'chetyre',
    'apat',
    'empat',
    'char',
    'chaar',
    'quattro',
    'четыре',
    'чотири',
    'اربعة',
    'اربع',
    'اربعه',
  ],
  '5': [
    'five',
    'cinco',
    'cinq',
    'funf',
    'fuenf',
    'pyat',
    'lima',
    'paanch',
    'panch',
    'cinque',
    'пять',
    "п'ять",
    'п’ять',
    'пьять',
    'خمسة',
    'خمس',
    'خمسه',
  ],
  '6': [
    'six',
    'seis',
    'meia',
    'sechs',
    'shest',
    'anim',
    'enam',
    'chhe',
    'chhah',
    'chah',
    'sei',
    'шесть',
    'шість',
    'ستة',
    'ست',
    'سته',
  ],
  '7': [
    'seven',
    'siete',
    'sete',
    'sept',
    'sieben',
    'sem',
    'pito',
    'tujuh',
    'saat',
    'sette',
    'семь',
    'сім',
    'سبعة',
    'سبع',
    'سبعه',
  ],
  '8': [
    'eight',
    'ocho',
    'oito',
    'huit',
    'acht',
    'vosem',
    'walo',
    'delapan',
    'aath',
    'otto',
    'восемь',
    'вісім',
    'ثمانية',
    'ثمانيه',
    'تمانية',
  ],
  '9': [
    'nine',
    'nueve',
    'nove',
    'neuf',
    'neun',
    'devyat',
    'siyam',
    'sembilan',
    'nau',
    'девять',
    "дев'ять",
    'дев’ять',
    'تسعة',
    'تسع',
    'تسعه',
  ],
  '10': ['ten', 'diez', 'dez', 'dix', 'zehn', 'sampu', 'sepuluh', 'десять'],
  '11': ['eleven', 'once', 'onze', 'elf'],
  '12': ['twelve', 'doce', 'doze', 'douze', 'zwolf'],
  '13': ['thirteen', 'trece', 'treze', 'treize'],
  '14': ['fourteen', 'catorce', 'quatorze', 'catorze'],
  '15': ['fifteen', 'quince', 'quinze'],
  '16': ['sixteen', 'dieciseis', 'dezesseis', 'seize'],
  '17': ['seventeen', 'diecisiete', 'dezessete'],
  '18': ['eighteen', 'dieciocho', 'dezoito'],
  '19': ['nineteen', 'diecinueve', 'dezenove'],
  '20': ['twenty', 'veinte', 'vinte', 'vingt', 'zwanzig', 'двадцать'],
  '30': ['thirty', 'treinta', 'trinta', 'trente', 'dreissig', 'тридцать'],
  '40': ['forty', 'fourty', 'cuarenta', 'quarenta', 'quarante', 'vierzig', 'сорок'],
  '50': ['fifty', 'cincuenta', 'cinquenta', 'cinquante', 'funfzig', 'пятьдесят'],
  '60': ['sixty', 'sesenta', 'sessenta', 'soixante', 'sechzig', 'шестьдесят'],
  '70': ['seventy', 'setenta', 'siebzig', 'семьдесят'],
  '80': ['eighty', 'ochenta', 'oitenta', 'achtzig', 'восемьдесят'],
  '90': ['ninety', 'noventa', 'neunzig', 'девяносто'],
};

/** Words that repeat the next digit: "double five" → "55". */
const REPEATERS = new Map<string, number>([
  ['double', 2],
  ['doble', 2],
  ['dobro', 2],
  ['doppel', 2],
  ['triple', 3],
  ['triplo', 3],
  ['tripel', 3],
]);

const DIGIT_BY_WORD = new Map<string, string>();
for (const [digits, words] of Object.entries(DIGIT_WORDS)) {
  for (const word of words) DIGIT_BY_WORD.set(word, digits);
}

/**
 * Words that are also everyday words; they count as digits only inside a chain that already
 * holds unambiguous digits, so "do you" or "I sat" never start a phone number.
 */
const AMBIGUOUS = new Set([
  'oh',
  'un',
  'une',
  'una',
  'um',
  'uma',
  'do',
  'teen',
  'char',
  'sat',
  'saat',
  'sem',
  'sei',
  'sept',
  'tre',
  'due',
  'isa',
  'lima',
  'anim',
  'nau',
  'ten',
  'once',
  'dua',
  'tri',
  'null',
  'nul',
  'ek',
  'meia',
  'sete',
  'dez',
  'elf',
  'pito',
  'otto',
  'nove',
  'seize',
  'ست',
  'sette',
  'tres',
]);

/** The digits a word stands for, or undefined. `word` must be lower-case and folded. */
export function digitsOfWord(word: string): string | undefined {
  return DIGIT_BY_WORD.get(word);
}

export function isAmbiguousDigitWord(word: string): boolean {
  return AMBIGUOUS.has(word);
}

export function repeatCountOfWord(word: string): number | undefined {
  return REPEATERS.get(word);
}

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * Any spoken digit as a whole word, for cheap checks on LOWER-CASED text (no `i` flag: Unicode
 * case-insensitive matching is several times slower).
 */
export const DIGIT_WORD = new RegExp(
  `(?<![\\p{L}])(?:${[...DIGIT_BY_WORD.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})(?![\\p{L}])`,
  'gu',
);

const SINGLE_DIGIT_WORDS = [...DIGIT_BY_WORD.entries()]
  .filter(([, digits]) => digits.length === 1)
  .map(([word]) => word)
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|');

/** Two or more spoken single digits in a row: "two two oh seven", "zero, one, seven". */
export const SPOKEN_DIGIT_RUN = new RegExp(
  `(?<![\\p{L}])(?:(?:${SINGLE_DIGIT_WORDS})(?:[\\s,-]+(?=\\p{L})|(?![\\p{L}]))){2,}`,
  'giu',
);

/** "two two oh seven " → "2207 ": the run's digits, keeping the separator that ends it. */
export function writeSpokenDigits(run: string): string {
  const trailing = /[\s,-]+$/.exec(run)?.[0] ?? '';
  const digits = run
    .split(/[\s,-]+/)
    .filter(Boolean)
    .map((word) => digitsOfWord(word.toLowerCase()) ?? '')
    .join('');
  return digits + trailing;
}
