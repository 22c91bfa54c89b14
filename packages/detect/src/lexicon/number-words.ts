import { escapeRegExp } from './escape.js';

/**
 * Spoken digits as people type them to dodge filters, in the folded form the detectors see
 * (lower case, accents stripped; Cyrillic, Greek, Hebrew and Arabic stay in their script;
 * Devanagari loses its vowel signs: शून्य, एक, दो, तीन, चार, पाँच, छह, सात, आठ, नौ are read as
 * शनय, एक, द, तन, चर, पच, छह, सत, आठ, न). Values are digit strings so tens ("twenty" → "20") fit
 * the same table.
 */
const DIGIT_WORDS: Record<string, string> = {
  '0':
    'zero शनय oh cero zer0 null nul sero nol kosong shunya shoonya sifar sifr ноль нуль صفر ' +
    'sifir μηδεν אפס nula sifuri khong nolla',
  '1':
    'one uno una um uma un une eins odin isa satu ek aik एक один одна одно واحد wahid bir ' +
    'jeden ενα ενας μια אחת אחד jedna unu moja mot yksi',
  '2':
    'two द dos dois duas deux zwei zwo dva dalawa dua do due два две дві اثنان اثنين اتنين ' +
    'iki dwa δυο שתיים שתים שניים dve doi doua mbili kaksi ikki',
  '3':
    'three तन tres trois drei tri tatlo tiga teen tre три ثلاثة تلاتة تلاته ثلاث ثلاثه uc ' +
    'trzy τρια τρεις שלוש שלש trei tatu kolme uch',
  '4':
    'four चर cuatro quatro quatre vier chetyre apat empat char chaar quattro четыре чотири ' +
    'اربعة اربع اربعه dort cztery τεσσερα τεσσερις ארבע ctyri patru nne bon nelja dord',
  '5':
    "five पच cinco cinq funf fuenf pyat lima paanch panch cinque пять п'ять п’ять пьять خمسة " +
    'خمس خمسه bes piec πεντε חמש pet cinci tano nam viisi besh',
  '6':
    'six seis meia sechs shest anim enam chhe chay छह छ chhah chah sei шесть шість ستة ست سته ' +
    'alti szesc εξι שש sest sase sita kuusi olti',
  '7':
    'seven सत siete sete sept sieben sem pito tujuh saat sette семь сім سبعة سبع سبعه yedi ' +
    'siedem επτα εφτα שבע sedm sapte saba bay seitseman yeddi yetti',
  '8':
    'eight आठ ocho oito huit acht vosem walo delapan aath otto восемь вісім ثمانية تمانية ' +
    'تمانيه ثمانيه sekiz osiem οκτω οχτω שמונה osm opt nane tam kahdeksan sakkiz səkkiz',
  '9':
    "nine न nueve nove neuf neun devyat siyam sembilan nau девять дев'ять дев’ять تسعة تسع " +
    'تسعه dokuz dziewiec εννεα εννια תשע devet noua tisa chin yhdeksan doqquz',
  '10': 'ten diez dez dix zehn sampu sepuluh десять dziesiec',
  '11': 'eleven once onze elf одиннадцать одинадцять jedenascie',
  '12': 'twelve doce doze douze zwolf двенадцать дванадцять dwanascie',
  '13': 'thirteen trece treze treize dreizehn тринадцать тринадцять trzynascie',
  '14': 'fourteen catorce quatorze catorze vierzehn четырнадцать чотирнадцять czternascie',
  '15': "fifteen quince quinze funfzehn fuenfzehn пятнадцать п'ятнадцять pietnascie",
  '16': 'sixteen dieciseis dezesseis seize sechzehn шестнадцать шістнадцять szesnascie',
  '17': 'seventeen diecisiete dezessete siebzehn семнадцать сімнадцять siedemnascie',
  '18': 'eighteen dieciocho dezoito achtzehn восемнадцать вісімнадцять osiemnascie',
  '19': "nineteen diecinueve dezenove neunzehn девятнадцать дев'ятнадцять dziewietnascie",
  '20': 'twenty veinte vinte vingt zwanzig двадцать двадцять dwadziescia yirmi vingts',
  // Spanish says 21–29 in one word.
  '21': 'veintiuno',
  '22': 'veintidos',
  '23': 'veintitres',
  '24': 'veinticuatro',
  '25': 'veinticinco',
  '26': 'veintiseis',
  '27': 'veintisiete',
  '28': 'veintiocho',
  '29': 'veintinueve',
  '30': 'thirty treinta trinta trente dreissig dreißig тридцать тридцять trzydziesci otuz',
  '40': 'forty fourty cuarenta quarenta quarante vierzig сорок czterdziesci kirk',
  '50':
    "fifty cincuenta cinquenta cinquante funfzig fuenfzig пятьдесят п'ятдесят piecdziesiat " +
    'elli',
  '60': 'sixty sesenta sessenta soixante sechzig шестьдесят шістдесят szescdziesiat altmis',
  '70': 'seventy setenta siebzig семьдесят сімдесят siedemdziesiat yetmis septante yetmish',
  '80':
    'eighty ochenta oitenta achtzig восемьдесят вісімдесят osiemdziesiat seksen huitante ' +
    'octante',
  '90': "ninety noventa neunzig девяносто дев'яносто dziewiecdziesiat doksan nonante doxsan",
  // Phone numbers are read in groups of hundreds ("четыреста восемнадцать", "seiscientos doce");
  // Turkish and French say hundreds in two words ("beş yüz", "six cent"), see spokenGroup.
  '100': 'сто sto yuz cien ciento cem cento cent cents',
  '200': 'двести двісті dwiescie doscientos duzentos',
  '300': 'триста trzysta trescientos trezentos',
  '400': 'четыреста чотириста czterysta cuatrocientos quatrocentos',
  '500': "пятьсот п'ятсот piecset quinientos quinhentos",
  '600': 'шестьсот шістсот szescset seiscientos seiscentos',
  '700': 'семьсот сімсот siedemset setecientos setecentos',
  '800': 'восемьсот вісімсот osiemset ochocientos oitocentos',
  '900': "девятьсот дев'ятсот dziewiecset novecientos novecentos",
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
  for (const word of words.split(' ')) DIGIT_BY_WORD.set(word, digits);
}
// German says 21–99 units first, in one word ("zweiunddreißig" → 32), as phone numbers are read
// in pairs: built here rather than listed.
const GERMAN_UNITS = 'ein zwei drei vier funf fuenf sechs sieben acht neun'.split(' ');
const GERMAN_TENS =
  'zwanzig dreissig dreißig vierzig funfzig fuenfzig sechzig siebzig achtzig neunzig';
for (const ten of GERMAN_TENS.split(' ')) {
  const tens = DIGIT_BY_WORD.get(ten)!;
  for (const unit of GERMAN_UNITS) {
    DIGIT_BY_WORD.set(
      `${unit}und${ten}`,
      tens[0]! + (DIGIT_BY_WORD.get(unit === 'ein' ? 'eins' : unit) ?? ''),
    );
  }
}

/**
 * Words that are also everyday words; they count as digits only inside a chain that already
 * holds unambiguous digits, so "do you" or "I sat" never start a phone number.
 */
const AMBIGUOUS = new Set([
  // Devanagari as folding leaves it: "न" is नौ (nine) but also ने and ना, "द" is दो (two) but also
  // दे and दी, "छ" is छः (six) but also a letter.
  'न',
  'द',
  'छ',
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
  'seize',
  'ست',
  'sette',
  'tres',
  'bir',
  'uc',
  'bes',
  'alti',
  'yedi',
  'elli',
  'kirk',
  'jeden',
  'sto',
  'yuz',
  'cent',
  'cents',
  // Greek "a", Czech "a/one", Romanian "new" and "DOI", Swahili and Vietnamese everyday words.
  // (Vietnamese "hai", "ba" and "sáu" are left out: Hindi "hai" and "sau", Tagalog "ba".)
  'ενα',
  'μια',
  'jedna',
  'pet',
  'opt',
  'doi',
  'noua',
  'moja',
  'tano',
  'sita',
  'saba',
  'nane',
  'tisa',
  'mot',
  'nam',
  'bay',
  'tam',
  'bon',
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

/**
 * Words that add zeros to the number before them when a phone number is read aloud in groups:
 * "four one five nine hundred …" → "415900…". Only phone numbers read them: on its own, "a
 * hundred" is an amount, not digits.
 */
const MULTIPLIERS = new Map<string, string>([
  ['hundred', '00'],
  ['hundert', '00'],
]);

/** The zeros a multiplier word adds ("hundred" → "00"), or undefined. */
export function zerosOfWord(word: string): string | undefined {
  return MULTIPLIERS.get(word);
}

/** The most times a repeat word reads the next digit. */
export const MOST_REPEATS = Math.max(...REPEATERS.values());

const SINGLE_DIGIT_WORDS = [...DIGIT_BY_WORD.entries()]
  .filter(([, digits]) => digits.length === 1)
  .map(([word]) => word)
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');

/** Two or more spoken single digits in a row: "two two oh seven", "zero, one, seven". */
const SPOKEN_DIGIT_RUN = new RegExp(
  `(?<![\\p{L}])(?:(?:${SINGLE_DIGIT_WORDS})(?:[\\s,-]+(?=\\p{L})|(?![\\p{L}]))){2,}`,
  'giu',
);

const UNAMBIGUOUS_NUMBER_WORDS = [...DIGIT_BY_WORD.keys()]
  .filter((word) => !AMBIGUOUS.has(word))
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');

/** One number word that is no everyday word: "fourteen", "two", "veinte". */
const NUMBER_WORD = new RegExp(`(?<![\\p{L}])(?:${UNAMBIGUOUS_NUMBER_WORDS})(?![\\p{L}])`, 'giu');

/**
 * Number words said as one number, joined by spaces, hyphens or "and": "forty two", "fourteen
 * twenty-eight", "cuatrocientos cincuenta y ocho" — a house number in words, read whole.
 */
export const NUMBER_WORD_RUN = new RegExp(
  `${NUMBER_WORD.source}(?:[\\s-]+(?:(?:and|y|e|et|und|na)\\s+)?${NUMBER_WORD.source})*`,
  'giu',
);

/** A run of spoken digits, or a number word on its own: what the spelled-digit view rewrites. */
export const SPOKEN_NUMBER = new RegExp(`${SPOKEN_DIGIT_RUN.source}|${NUMBER_WORD.source}`, 'giu');

/** How many number words a lower-cased text holds, and whether two single digits are spoken in a row. */
export interface NumberWordCount {
  /** Spoken digits and numbers, everyday-word ones included ("do", "sat"). */
  all: number;
  /** Those that are no everyday word. */
  unambiguous: number;
  /** Two spoken single digits or more in a row, as SPOKEN_DIGIT_RUN reads them. */
  run: boolean;
  /** A number word stands next to written digits: "415 nine hundred 1234", "555 zero one". */
  besideDigits: boolean;
}

const LETTER = /\p{L}/u;
// Whether each UTF-16 unit is a letter by itself, looked up once: 0 unknown, 1 letter, 2 not.
const letterUnits = new Uint8Array(0x10000);

/** The UTF-16 unit `unit` is a letter by itself (\p{L}; a surrogate never is). */
export function isLetterUnit(unit: number): boolean {
  let known = letterUnits[unit]!;
  if (known === 0) letterUnits[unit] = known = LETTER.test(String.fromCharCode(unit)) ? 1 : 2;
  return known === 1;
}

const LONGEST_WORD = Math.max(...[...DIGIT_BY_WORD.keys()].map((w) => w.length));
const SHORTEST_WORD = Math.min(...[...DIGIT_BY_WORD.keys()].map((w) => w.length));
const RUN_GAP = /^[\s,-]+$/;

/** Every word `digitsOfWord`, `repeatCountOfWord` or `zerosOfWord` reads. */
export const SPOKEN_NUMBER_WORDS: readonly string[] = [
  ...DIGIT_BY_WORD.keys(),
  ...REPEATERS.keys(),
  ...MULTIPLIERS.keys(),
];

const lowerAscii = (c: number): number => (c >= 65 && c <= 90 ? c | 32 : c);

/**
 * First two letters, last letter and length of the word text[start, end), ASCII case ignored,
 * hashed to 16 bits: an index into a ShapeSieve.
 */
export function wordShape(text: string, start: number, end: number): number {
  const second = end - start > 1 ? lowerAscii(text.charCodeAt(start + 1)) : 0;
  const ends = lowerAscii(text.charCodeAt(start)) * 31 + second;
  return ((ends * 31 + lowerAscii(text.charCodeAt(end - 1))) * 16 + (end - start)) & 0xffff;
}

/**
 * The shapes of a word list, one byte per shape: rules most words out of the list before
 * slicing and looking them up (a table read costs less than a Set lookup per word).
 */
export type ShapeSieve = Uint8Array;

export function shapeSieve(words: Iterable<string>): ShapeSieve {
  const sieve = new Uint8Array(0x10000);
  for (const word of words) sieve[wordShape(word, 0, word.length)] = 1;
  return sieve;
}

const NUMBER_WORD_SHAPES = shapeSieve(DIGIT_BY_WORD.keys());

/** A letter of lower-cased text: [a-z] or any other letter unit. */
const isLowerLetter = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 0x80 && isLetterUnit(c));

/**
 * Counts number words in one plain pass over the letters, instead of running the large word
 * alternations above over every message: most messages hold none.
 */
export function countNumberWords(lower: string): NumberWordCount {
  const count: NumberWordCount = { all: 0, unambiguous: 0, run: false, besideDigits: false };
  const length = lower.length;
  let previousEnd = -1;
  let previousSingle = false;
  for (let i = 0; i < length; i++) {
    if (!isLowerLetter(lower.charCodeAt(i))) continue;
    const start = i;
    let apostrophe = -1;
    for (i++; i < length; i++) {
      const c = lower.charCodeAt(i);
      if (isLowerLetter(c)) continue;
      // "one's": an apostrophe between letters belongs to the word.
      if (
        !(c === 0x27 || c === 0x2019) ||
        i + 1 >= length ||
        !isLetterUnit(lower.charCodeAt(i + 1))
      )
        break;
      if (apostrophe < 0) apostrophe = i;
    }
    // The word is lower[start, i); lower[i], if any, is no letter, so the loop may step past it.
    const value = numberWordValue(lower, start, i, apostrophe);
    if (value === undefined) previousSingle = false;
    else {
      count.all++;
      if (!AMBIGUOUS.has(lower.slice(start, i))) count.unambiguous++;
      const single = value.length === 1;
      if (single && previousSingle && RUN_GAP.test(lower.slice(previousEnd, start)))
        count.run = true;
      previousSingle = single;
      previousEnd = i;
      count.besideDigits ||= digitNextTo(lower, start, i);
    }
  }
  return count;
}

const isDigitUnit = (c: number): boolean => c >= 48 && c <= 57;
const isGapUnit = (c: number): boolean => c === 32 || c === 44 || c === 45 || c === 46;

/** Whether written digits stand before or after lower[start, end), past one or two of " ,-.". */
function digitNextTo(lower: string, start: number, end: number): boolean {
  let before = start - 1;
  while (before >= start - 2 && before >= 0 && isGapUnit(lower.charCodeAt(before))) before--;
  let after = end;
  while (after < end + 2 && after < lower.length && isGapUnit(lower.charCodeAt(after))) after++;
  return (
    (before < start - 1 && isDigitUnit(lower.charCodeAt(before))) ||
    (after > end && isDigitUnit(lower.charCodeAt(after)))
  );
}

/** The digits the word lower[start, end) stands for; `apostrophe` is its first one, or -1. */
function numberWordValue(
  lower: string,
  start: number,
  end: number,
  apostrophe: number,
): string | undefined {
  // Too short or too long to be a number word, even up to an apostrophe ("one's").
  if (end - start > LONGEST_WORD + 2 || end - start < SHORTEST_WORD) return undefined;
  // Most words are no number word: rule them out by shape before slicing.
  if (apostrophe < 0 && NUMBER_WORD_SHAPES[wordShape(lower, start, end)] === 0) return undefined;
  return (
    digitsOfWord(lower.slice(start, end)) ??
    (apostrophe > start ? digitsOfWord(lower.slice(start, apostrophe)) : undefined)
  );
}

/**
 * The number that the number words with digits `values[at]`, `values[at + 1]`, … (and the words
 * themselves, `words`) say together, and how many words it takes. Hundreds, tens and units make
 * one group: "четыреста восемнадцать" → 418, "beş yüz otuz iki" → 532, "ciento veintitrés" →
 * 123, "forty four" → 44, "treinta y cuatro" → 34 (the "y" is read as a separator), and French
 * counts on past sixty and eighty: "soixante-dix-huit" → 78, "quatre-vingt-onze" → 91. Any
 * other word stands alone.
 */
export function spokenGroup(
  values: readonly (string | undefined)[],
  words: readonly (string | undefined)[],
  at: number,
): { digits: string; words: number } {
  const first = values[at] ?? '';
  // "beş yüz", "six cent": a digit before a word for hundred says hundreds, as "пятьсот" does.
  // English "hundred" adds zeros instead (see zerosOfWord): "nine hundred twelve" is 900 12.
  const hundreds =
    /^[1-9]$/.test(first) && values[at + 1] === '100' ? 2 : /^[1-9]00$/.test(first) ? 1 : 0;
  if (hundreds > 0) {
    const base = hundreds === 2 ? Number(first) * 100 : Number(first);
    const rest = belowHundred(values, words, at + hundreds);
    return rest
      ? { digits: String(base + rest.value), words: hundreds + rest.words }
      : { digits: String(base), words: hundreds };
  }
  const group = belowHundred(values, words, at);
  return group && group.words > 1
    ? { digits: String(group.value), words: group.words }
    : { digits: first, words: 1 };
}

/** A number below a hundred said in one or more words from `at`, or undefined. */
function belowHundred(
  values: readonly (string | undefined)[],
  words: readonly (string | undefined)[],
  at: number,
): { value: number; words: number } | undefined {
  const first = values[at] ?? '';
  let tens: number;
  let used: number;
  if (first === '4' && /^vingts?$/.test(words[at + 1] ?? '')) {
    tens = 80; // "quatre-vingt(s)"
    used = 2;
  } else if (/^[2-9]0$/.test(first)) {
    tens = Number(first);
    used = 1;
  } else {
    return /^[1-9]\d?$/.test(first) ? { value: Number(first), words: 1 } : undefined;
  }
  const next = values[at + used] ?? '';
  const after = values[at + used + 1] ?? '';
  // French counts on by tens and teens past sixty and eighty: "soixante-dix-huit" (60 10 8),
  // "quatre-vingt-douze" (80 12). Elsewhere a teen after tens is a group of its own.
  const countsOn = used === 2 || words[at] === 'soixante';
  if (countsOn && next === '10' && /^[1-9]$/.test(after))
    return { value: tens + 10 + Number(after), words: used + 2 };
  if (countsOn && /^1\d$/.test(next)) return { value: tens + Number(next), words: used + 1 };
  if (/^[1-9]$/.test(next)) return { value: tens + Number(next), words: used + 1 };
  return { value: tens, words: used };
}

/** "two two oh seven" → "2207", "forty four" → "44", "fourteen" → "14". */
export function writeSpokenDigits(run: string): string {
  const words = run
    .toLowerCase()
    .split(/[\s,-]+/)
    .filter(Boolean);
  const values = words.map((word) => digitsOfWord(word) ?? '');
  let digits = '';
  for (let i = 0; i < values.length;) {
    const group = spokenGroup(values, words, i);
    digits += group.digits;
    i += group.words;
  }
  return digits;
}
