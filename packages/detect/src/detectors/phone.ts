import { parsePhoneNumberFromString, type CountryCode } from '../lexicon/phone-metadata.js';
import {
  digitsOfWord,
  spokenGroup,
  isAmbiguousDigitWord,
  isLetterUnit,
  MOST_REPEATS,
  repeatCountOfWord,
  zerosOfWord,
  shapeSieve,
  SPOKEN_NUMBER_WORDS,
  wordShape,
} from '../lexicon/number-words.js';
import { CJK_LETTER_CLASS } from '../lexicon/apps.js';
import { fold } from '../normalize/fold.js';
import type { Obfuscation } from '../types.js';
import { ibanAt } from '../payment/iban.js';
import { MEETING_ID_LABEL } from '../lexicon/meeting-ids.js';
import { paymentServicePattern } from '../lexicon/payment-services.js';
import {
  isFramedAsExample,
  isPrintedOnTheWork,
  isTestData,
  sentenceBounds,
  VALIDATION_WORDS,
} from './context.js';
import { TRANSLATING } from '../lexicon/translation.js';
import { HYPHENS, NUMBER_SEPARATORS } from '../lexicon/number-separators.js';
import { numberWords, phoneCountries, type RawFinding, type Scan } from './scan.js';

/**
 * Phone numbers, written plainly or disguised: "+44 7700 900123", "(213) 373-4253",
 * "five five five - 0 one 2 three", "4.1.5.5.5.5", "555-O1O2", "٠٧٧٠٠".
 *
 * A cheap tokenizer builds chains of digit atoms (digits, spoken digits, o/l leet) joined by
 * separators; only chains of 7–15 digits that are not prices, dates, ids or IPs reach
 * libphonenumber-js, which is the expensive step.
 */

// What may stand between two parts of one number.
const SEPARATOR = new RegExp(`^[${NUMBER_SEPARATORS}]{0,4}$`);
const SPOKEN_MARKS = [
  'dash',
  'hyphen',
  'space',
  'dot',
  'point',
  'punto',
  'ponto',
  'guion',
  'tiret',
];
// Words that join any two things, numbers too: "15432 and 16379" are two numbers unless the
// text speaks of a phone, while "415 dash 555 dash 0132" is one number in disguise.
const CONJUNCTIONS = [
  'and',
  // "treinta y cuatro", "trinta e quatro", "vingt et un": tens and units joined by "and".
  'y',
  'e',
  'et',
  'then',
  // "and then" in the other languages we read: "٠٥٠ وبعدين ١٢٣٤٥٦٧".
  'luego',
  'depois',
  'dann',
  'потом',
  'затем',
  'потім',
  'tapos',
  'lalu',
  'phir',
  'وبعدين',
  'بعدين',
  'ثم',
];
const SPOKEN_SEPARATORS = new Set([...SPOKEN_MARKS, ...CONJUNCTIONS]);
const JOINED = new RegExp(`(?<![\\p{L}])(?:${CONJUNCTIONS.join('|')})(?![\\p{L}])`, 'iu');
const MAX_CHAIN_ATOMS = 40;
const SPOKEN_PLUS = new Set(['plus', 'mas', 'más', 'mais', 'плюс']);
const GLUE_PREFIXES = new Set([
  'tel',
  'ph',
  'phone',
  'mob',
  'cell',
  'call',
  'wa',
  'whatsapp',
  'no',
  'num',
  'nr',
  'hp',
]);

// Phone words of scripts whose vowel signs folding drops (see fold.ts), written as people write
// them and matched as the folded text holds them: "नंबर" is read as "नबर".
const foldedWords = [
  ...['नंबर', 'नम्बर', 'फ़ोन', 'फोन', 'मोबाइल', 'व्हाट्सएप', 'নম্বর', 'ফোন', 'เบอร์', 'โทร'],
  ...['κινητό', 'τηλέφωνο', 'αριθμό', 'מספר', 'טלפון', 'נייד', 'číslo', 'volej', 'zavolej'],
  ...['numărul', 'telefonul', 'sună', 'namba', 'simu', 'nipigie', 'số điện thoại', 'gọi'],
]
  .map((word) => fold(word).mapped.text)
  .join('|')
  // An order's number is no phone's ("অর্ডার নম্বর", as folding writes it).
  .replace('নমবর', '(?<!অরডর\\s)নমবর');
// Short words also stand inside others ("locally", "string", "obligation"): they count only
// where a word starts.
export const PHONE_CONTEXT = new RegExp(
  String.raw`(phone|(?<![a-z])(?:call|text|ring|dial|cell|reach|mob|zap|llam|ligue|liga|ruf)|sms|whats|wa\b|telegram|viber|signal|number|num\b|no\.|tel\b|tel:|contact|digit|\bph\b|n[uú]mero|tel[eé]fono|celular|m[oó]vil|appel|portable|telefon|handy|anruf|номер|телефон|звон|тел\b|nomor|\bhp\b|telepon|hubungi|tawag|fono|رقمي|رقم\s+(?:الهاتف|الجوال|الموبايل|الواتس)|اتصل|هاتف|جوال|موبايل|mobile|imessage|facetime|num[eé]ro|numer(?:u|em)?\b|nummer|numara|zadzwo|dzwo[nń]|نمبر|فون|电话|電話|手机|(?<!邮政编|订单)号码|(?<!郵便|注文|会員|管理)番号|(?<!우편|주문|회원)번호|전화|携帯|ケータイ|연락처|핸드폰|휴대폰|\bnr\b|zalo|kakao|\bsdt\b|${foldedWords})`,
  'i',
);
const ID_CONTEXT =
  /(order|invoice|\binv\b|ticket|\bref\b|reference|tracking|\bsku\b|\bpo\b(?![,.!?])|case|transaction|\btxn\b|\bid\b|isbn|issn|account|acct|iban|routing|swift|contract|milestone|job|project|build|commit|\bpin\b|otp|code|zip|postal|serial|model|part|item|#|receipt|booking|reservation|confirmation|policy|license|licence|patent|batch|lot|version|release|pedido|factura|commande|comanda|ordine|zam[oó]wieni\w*|bestelling|sipari[sş]|kargo|takip|u[zž]sakym\w*|objedn\w*|g[oö]nderi|rechnung|bestell\w*|artikel\w*|счет|счёт|pesanan|faktur|resi(?:\s+[a-z]{2,6})?|\boda\b|\breg\b|registration|\bvat\b|\btax\b|issue|suivi|\bh\.?\s?no|house|plot|door|заказ[а-я]*|трек[а-я]*|rendeles\w*|szamla\w*|objednavk\w*|reklamac\w*|tilaus\w*|lasku\w*|qaim[a-zə]*|sifaris\w*|buyurtma\w*|тапсырыс[а-яәіңғүұқөһ]*|шот-фактура|הזמנה|חשבונית|משלוח|παραγγελ[α-ωά-ώ]*|τιμολογ[α-ωά-ώ]*|αποστολ[α-ωά-ώ]*(?:\s+[A-Z]{2,5})?)(?:\W{1,2}(?:number|num|no|nr|numero|nummer|n°|nº|№|n[öo]mr[a-zə]*|numaras[ıi]|н[өо]мір[а-яәіңғүұқөһ]*|szam|cislo|எண்?))?(?:\s+(?:is|je|on|ε[ιί]ναι))?\W{0,3}$/i;
const NUMBER_WORD_END =
  /(?:номер|n[uú]mero|num[eé]ro|nomor|numer|nummer|number|namba|no\.?|cislo|מספר|αριθμος)(?:\s+(?:de|do|da|di|del|ya))?\s*$/i;
// "call id 1741987200" is the call's id. (The number word may stand first: "číslo reklamace …",
// "מספר הזמנה …", folded without accents.)
const CALL_BEFORE_ID = /\bcall\s*$/i;
const CURRENCY_BEFORE =
  /([$€£¥₹₽₦₱₩₺₴]|\b(usd|eur|gbp|inr|rs\.?|r\$|rp|idr|php|ngn|aud|cad|jpy|cny|rmb|mxn|brl|uah|rub|aed|sar|egp|pkr|bdt|kes)\s?)$/i;
const CURRENCY_AFTER =
  /^\s?([$€£¥₹₽₦₱₩₺₴₪฿₫%元円원]|k\b|m\b|(usd|eur|gbp|inr|nis|ils|lei|ron|czk|kc|baht|thb|vnd|krw|cny|rmb|jpy|rupees?|dollars?|euros?|pesos?|reais|rubles?|naira|rupiah|idr|php|ngn|aud|cad|words|views|followers|subscribers|users|downloads|rows|records|pixels|px|bytes|kb|mb|gb|tb|ms|km|mi|kg|lbs?)\b|руб[а-яё]*|грн|тенге)/i;

const MEETING_ID_BEFORE = new RegExp(`${MEETING_ID_LABEL}$|zoom\\.us\\/[a-z]{1,2}\\/$`, 'i');
// Words that name what a number identifies when it is not a phone.
const ID_WORDS =
  /\b(isbn|ean|upc|barcode|waybill|awb|consignment|cep|postcodes?|postal\s+codes?|timestamps?|epoch|unix|mgrs|grid\s+refs?|utm|badge|patent|doi|gl|chart\s+of\s+accounts|account\s+codes?|reference|zip\s+codes?|lottery|numbers\s+like|order|invoice|ticket|tracking|part\s+(?:number|no\.?)|serial|sku|model\s+(?:number|no\.?)|pedido|factura|rechnung|auftrag|nomor\s+invoice|zam[oó]wienie|siparis|kargo|takip|resi|oda|versions?|builds?|releases?|n\.?º|nr\.?)\b|накладн|трек-?номер|অরডর|রসদ|رقم\s+(?:الطلب|الفاتورة)|الطلب|الفاتورة|郵便番号|注文番号|邮编|邮政编码|订单号|우편번호|주문번호/i;

const DATE_LIKE =
  /^(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.](\d{4}|\d{2}))(\s+\d{1,2})?$|^(19|20)\d\d\s*[-–/]\s*(19|20)\d\d$/;
// A whole date inside a chain: "v3.4.0 (2024-09-02)" is a version and a release date,
// "21.03.2026 · 10:00" a date and a time.
const DATE_INSIDE =
  /(?<!\d)(?:(?:19|20)\d\d([-/.])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])|(?:0?[1-9]|[12]\d|3[01])([-/.])(?:0?[1-9]|1[0-2])\2(?:19|20)\d\d)(?!\d)/;
// An IP address, with a network prefix or a port: "203.0.113.0/24", "10.0.0.5:8080".
const IP_LIKE = /^\d{1,3}(\.\d{1,3}){3}(?:\/\d{1,2}|:\d{1,5})?$/;
// A Brazilian postcode (CEP): five digits and three, which no phone number is written as.
const CEP = /^\d{5}-\d{3}$/;
// Latitude and longitude: "51.5074, -0.1278".
const COORDINATES = /^-?\d{1,3}\.\d{2,}\s*[,|;]\s*-?\d{1,3}\.\d{2,}$/;
const VERSION_LIST =
  /^v?\d{1,2}\.\d{1,3}(?:\.\d{1,3})?(?:\s*(?:,|and|&|or|y|et|und)\s*v?\d{1,2}\.\d{1,3}(?:\.\d{1,3})?)+$/i;
// Opening hours: "08.00–22.00", "9:30 - 17:00".
const TIME_RANGE = /^(?:[01]?\d|2[0-4])[.:h][0-5]\d\s*[-–—]\s*(?:[01]?\d|2[0-4])[.:h][0-5]\d$/;
const THOUSANDS = /^\d{1,3}([.,' ]\d{3})+([.,]\d{1,2})?$/;

// Markets most members write from; tried after the sender's and recipient's hints.
const FALLBACK_COUNTRIES: readonly CountryCode[] = [
  'US',
  'GB',
  'IN',
  'PH',
  'PK',
  'NG',
  'ID',
  'BD',
  'UA',
  'RU',
  'DE',
  'FR',
  'ES',
  'IT',
  'BR',
  'MX',
  'AR',
  'CO',
  'EG',
  'KE',
  'ZA',
  'AE',
  'SA',
  'AU',
  'CA',
  'NL',
  'PL',
  'TR',
  'VN',
  'MA',
  'JP',
  'KR',
  'CN',
  'RO',
  'CZ',
  'GR',
  'IL',
  'TH',
  'TZ',
  'SE',
];

/** A number, a word or a plus sign, at text[start, end). */
interface Atom {
  start: number;
  end: number;
  digits: string;
  kind: 'digit' | 'word' | 'leet' | 'plus' | 'repeat' | 'spoken_separator' | 'other';
  ambiguous: boolean;
  repeat: number;
}

/** What a word reads as, wherever it stands. */
type Reading = Pick<Atom, 'kind' | 'digits' | 'ambiguous' | 'repeat'>;

const OTHER: Reading = { kind: 'other', digits: '', ambiguous: false, repeat: 0 };
const PLUS: Reading = { ...OTHER, kind: 'plus' };

function atomAt(start: number, end: number, reading: Reading): Atom {
  const { kind, digits, ambiguous, repeat } = reading;
  return { start, end, digits, kind, ambiguous, repeat };
}

function read(word: string): Reading {
  const lower = word.toLowerCase();
  const digits = digitsOfWord(lower) ?? zerosOfWord(lower);
  const repeat = repeatCountOfWord(lower);
  if (SPOKEN_PLUS.has(lower)) return PLUS;
  if (digits !== undefined)
    return { ...OTHER, kind: 'word', digits, ambiguous: isAmbiguousDigitWord(lower) };
  if (repeat !== undefined) return { ...OTHER, kind: 'repeat', repeat };
  return SPOKEN_SEPARATORS.has(lower) ? { ...OTHER, kind: 'spoken_separator' } : OTHER;
}

// Every word `read` tells apart from an ordinary one, by shape (see wordShape).
const SPECIAL_SHAPES = shapeSieve([...SPOKEN_NUMBER_WORDS, ...SPOKEN_PLUS, ...SPOKEN_SEPARATORS]);
// Messages repeat the same few hundred words: each is read once.
const readings = new Map<string, Reading>();

/** The reading of the word text[start, end); `ascii` if it has only ASCII characters. */
function readWord(text: string, start: number, end: number, ascii: boolean): Reading {
  // wordShape ignores ASCII case only, so only an ASCII word can be ruled out by it.
  if (ascii && SPECIAL_SHAPES[wordShape(text, start, end)] === 0) return OTHER;
  const word = text.slice(start, end);
  let reading = readings.get(word);
  if (!reading) {
    reading = read(word);
    if (readings.size < 4096) readings.set(word, reading);
  }
  return reading;
}

interface Chain {
  atoms: Atom[];
  gaps: string[];
}

const LETTER = /\p{L}/u;

/** Width of the word character (`[\p{L}'’]`) at `i`: 1, 2 for an astral letter, or 0. */
function wordCharAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 0x27 || c === 0x2019) return 1;
  if (c < 0x80) return 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) return LETTER.test(String.fromCodePoint(cp)) ? 2 : 0;
  }
  return isLetterUnit(c) ? 1 : 0;
}

/** text[start, end) may read as digits: up to three of "oOlISAB" (see markLeet). */
function mayBeLeet(text: string, start: number, end: number): boolean {
  if (end - start > 3) return false;
  for (let i = start; i < end; i++) if (LEET_DIGITS[text[i]!] === undefined) return false;
  return true;
}

/** Stands in for ordinary words that only end chains: glued to nothing, not leet. */
const WORDS: Atom = { start: -1, end: -1, ...OTHER };

/**
 * Splits `text` into atoms as `/\+|[0-9]+|[\p{L}'’]+/gu` would, with one stand-in for a run of
 * ordinary words (see WORDS): a plain loop, because a Unicode regex costs more per match than the
 * rest of the work for an everyday message.
 */
function atomsOf(text: string): Atom[] {
  const atoms: Atom[] = [];
  const length = text.length;
  for (let i = 0; i < length;) {
    const c = text.charCodeAt(i);
    let end = i + 1;
    if (c === 43) {
      atoms.push(atomAt(i, end, PLUS));
    } else if (c >= 48 && c <= 57) {
      while (end < length && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++;
      atoms.push({
        start: i,
        end,
        digits: text.slice(i, end),
        kind: 'digit',
        ambiguous: false,
        repeat: 0,
      });
    } else {
      // The long-vowel mark is a letter, but between digits it is Japanese for a dash.
      const width = isLongVowelDash(text, i) ? 0 : wordCharAt(text, i);
      if (width === 0) {
        i++;
        continue;
      }
      let ascii = c < 0x80;
      end = i + width;
      for (;;) {
        // ASCII letters inline: most words have nothing else.
        const d = end < length ? text.charCodeAt(end) : 0;
        if ((d >= 97 && d <= 122) || (d >= 65 && d <= 90) || d === 0x27) {
          end++;
          continue;
        }
        const next = d < 0x80 ? 0 : wordCharAt(text, end);
        if (next === 0) break;
        ascii = false;
        end += next;
      }
      const reading = readWord(text, i, end, ascii);
      // An ordinary word only ends chains, unless it may be leet ("O1O") or has digits glued
      // after it ("ab123"): one stand-in marks a run of such words.
      const digitAfter = text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57;
      if (reading !== OTHER || digitAfter || mayBeLeet(text, i, end))
        atoms.push(atomAt(i, end, reading));
      else if (atoms[atoms.length - 1] !== WORDS) atoms.push(WORDS);
    }
    i = end;
  }
  return atoms;
}

/** "ー" (U+30FC) between two digits: "080ー5555ー8812". */
function isLongVowelDash(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== 0x30fc) return false;
  const before = text.charCodeAt(i - 1);
  const after = text.charCodeAt(i + 1);
  return before >= 48 && before <= 57 && after >= 48 && after <= 57;
}

export function findPhones(scan: Scan): RawFinding[] {
  const text = scan.folded.text;
  if (!mayHoldPhone(scan)) return [];
  const atoms = atomsOf(text);
  markLeet(text, atoms);

  const findings: RawFinding[] = [];
  let chain: Chain = { atoms: [], gaps: [] };
  for (let i = 0; i < atoms.length; i++) {
    const atom = atoms[i]!;
    // Most atoms are ordinary words, which end any chain.
    if (atom.kind === 'other') {
      chain = close(scan, chain, findings);
      continue;
    }
    const isNumeric =
      atom.kind === 'digit' ||
      atom.kind === 'word' ||
      atom.kind === 'leet' ||
      atom.kind === 'repeat';
    const previous = chain.atoms[chain.atoms.length - 1];
    if (atom.kind === 'spoken_separator' && previous && previous.kind !== 'plus') continue;
    if (!isNumeric && atom.kind !== 'plus') {
      chain = close(scan, chain, findings);
      continue;
    }
    // "19.03. um 10": an everyday word between plain digits is a word, not a digit, unless the
    // chain already mixes in number words ("21 nove nove 6 três 4") or goes on alternating
    // them with digits ("98 nau 8 saat 6 paanch").
    if (atom.ambiguous && (!previous || (previous.kind !== 'word' && previous.kind !== 'repeat'))) {
      const next = atoms[i + 1];
      const mixed =
        chain.atoms.some((a) => a.kind === 'word' && !a.ambiguous) || atoms[i + 2]?.kind === 'word';
      if ((!next || next.kind !== 'word') && !(mixed && next?.kind === 'digit')) {
        chain = close(scan, chain, findings);
        continue;
      }
    }
    if (atom.kind === 'plus') {
      chain = close(scan, chain, findings);
      chain.atoms.push(atom);
      continue;
    }
    // No phone number has this many parts; keep the work per chain bounded.
    if (chain.atoms.length >= MAX_CHAIN_ATOMS) chain = close(scan, chain, findings);
    if (previous) {
      const gapStart = previous.end;
      let gap = text.slice(gapStart, atom.start);
      // A spoken separator ("five dash five") reads as a dash. Only skipped separators put
      // letters between two atoms of a chain.
      if (atoms[i - 1] !== previous)
        gap = gap
          .replace(/\p{L}+/gu, (w) => (SPOKEN_SEPARATORS.has(w.toLowerCase()) ? '-' : w))
          // "and then" is one separator, as a single word is.
          .replace(/-(?:\s+-)+/g, '-');
      if (!joins(gap, previous, atom)) {
        chain = close(scan, chain, findings);
      } else {
        chain.gaps.push(gap);
      }
    } else {
      const before = atoms[i - 1];
      // Digits glued to ordinary letters are part of a code, hash or SKU.
      if (
        atom.kind === 'digit' &&
        before &&
        before.kind === 'other' &&
        before.end === atom.start &&
        !GLUE_PREFIXES.has(text.slice(before.start, before.end).toLowerCase()) &&
        // Chinese, Japanese and Korean put no space before a number: "携帯は090-…".
        !CJK_BEFORE.test(text[atom.start - 1]!)
      ) {
        continue;
      }
    }
    chain.atoms.push(atom);
  }
  close(scan, chain, findings);
  return findings;
}

/** Evaluates a chain that holds atoms; gives the chain to go on with. */
function close(scan: Scan, chain: Chain, findings: RawFinding[]): Chain {
  // (A chain without atoms has no gaps either.)
  if (chain.atoms.length === 0) return chain;
  evaluate(scan, chain, findings);
  return { atoms: [], gaps: [] };
}

const CJK_BEFORE = new RegExp(CJK_LETTER_CLASS);

// Seven digit-like characters in a row, separators allowed: the shape of any written number.
// (Separators only between them: V8 gives up on a start sooner.)
// An emoji's two code units may stand between groups too ("646 🍕 555 🍕 0129").
const WRITTEN_CHAIN = new RegExp(
  `[0-9OolISAB](?:[${NUMBER_SEPARATORS},\\ud83c-\\ud83e\\udc00-\\udfff]{0,4}[0-9OolISAB]){6}`,
);

/**
 * Cheap gate: a phone needs seven digits in a row, written or spoken. Most messages have
 * neither, and checking is far cheaper than tokenizing.
 */
function mayHoldPhone(scan: Scan): boolean {
  const words = numberWords(scan);
  return WRITTEN_CHAIN.test(scan.folded.text) || words.all >= 3 || words.besideDigits;
}

const LEET_DIGITS: Record<string, string> = {
  o: '0',
  O: '0',
  l: '1',
  I: '1',
  S: '5',
  A: '4',
  B: '8',
};

interface Token {
  start: number;
  end: number;
  /** Whether it reads as a number in disguise (see `leetTokenAround`). */
  leet: boolean;
}

/**
 * The whitespace-delimited token around `index`, and whether it reads as a number in disguise:
 * only digits, separators and leet letters, with a digit and three characters at least
 * ("2l2-S5S-Ol87", "9OO", not "VIN 1HGCM…" or "A1").
 */
function leetTokenAround(text: string, index: number): Token {
  let start = index;
  let end = index;
  while (start > 0 && !/\s/.test(text[start - 1]!)) start--;
  while (end < text.length && !/\s/.test(text[end]!)) end++;
  const token = text.slice(start, end).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  const leet =
    token.length >= 3 &&
    /^[0-9oOlISAB.\-()/]+$/.test(token) &&
    (token.match(/[0-9]/g)?.length ?? 0) >= 1;
  return { start, end, leet };
}

/** Letters glued to digits that stand for digits: "555-O1O2", "4l5", "2l2-S5S". */
function markLeet(text: string, atoms: Atom[]): void {
  // One token holds many atoms ("0O0O0O…"): it is read once, not once per atom.
  let token: Token | undefined;
  for (let i = 0; i < atoms.length; i++) {
    const atom = atoms[i]!;
    const length = atom.end - atom.start;
    if (atom.kind !== 'other' || atom === WORDS || length > 4) continue;
    // As written (case kept): leet reads "S" as 5 but not "s".
    const raw = text.slice(atom.start, atom.end);
    if (!/^[oOlISAB]+$/.test(raw)) continue;
    const prev = atoms[i - 1];
    const next = atoms[i + 1];
    const gluedPrev = prev && prev.kind === 'digit' && prev.end === atom.start;
    const gluedNext = next && next.kind === 'digit' && next.start === atom.end;
    if (!token || atom.start < token.start || atom.start >= token.end)
      token = leetTokenAround(text, atom.start);
    // Glued to a digit ("4l5"), or a group of its own inside a token of digits and leet letters
    // ("2l2-SSS-OlBB").
    if (!((gluedPrev || gluedNext) && length <= 3) && !(token.leet && length >= 3)) continue;
    if (token.leet) {
      atom.kind = 'leet';
      atom.digits = [...raw].map((c) => LEET_DIGITS[c] ?? c).join('');
    }
  }
}

const isSpoken = (atom: Atom): boolean => atom.digits.length === 1 || atom.kind === 'word';

const PICTOGRAPH_GAP = /^\s?\p{Extended_Pictographic}\ufe0f?\s?$/u;
const SYMBOL_GAP = /^\s?[^\p{L}\p{N}\s]{1,3}\s?$/u;

function joins(gap: string, previous: Atom, next: Atom): boolean {
  if (gap.includes('\n\n')) return false;
  if (SEPARATOR.test(gap)) return true;
  // "4.0.4.Five.Five,Five" — commas between single digits are a disguise, not a list.
  if (/^[ ,.-]{1,4}$/.test(gap) && gap.includes(',') && (isSpoken(previous) || isSpoken(next)))
    return true;
  // Number words kept apart by an emoji or a symbol: "four🔹one🔹five", "🍀eight 🍀one".
  if (isSpoken(previous) && isSpoken(next) && SYMBOL_GAP.test(gap)) return true;
  // Groups of digits kept apart by an emoji: "646 🍕 555 🍕 0129".
  if (PICTOGRAPH_GAP.test(gap)) return true;
  return /^\s*\n\s*$/.test(gap) && previous.kind !== 'digit';
}

function evaluate(scan: Scan, chain: Chain, findings: RawFinding[]): void {
  if (mostDigits(chain.atoms) < 7) return;
  const mapped = scan.folded;
  const atoms = [...chain.atoms];
  const gaps = [...chain.gaps];
  // Ambiguous words ("do", "sat") at the edges are ordinary words, not digits.
  while (atoms.length && (atoms[0]!.ambiguous || atoms[0]!.kind === 'repeat')) {
    atoms.shift();
    gaps.shift();
  }
  while (
    atoms.length &&
    (atoms[atoms.length - 1]!.ambiguous || atoms[atoms.length - 1]!.kind === 'repeat')
  ) {
    atoms.pop();
    gaps.pop();
  }
  const plus = atoms[0]?.kind === 'plus';
  if (plus) atoms.shift();
  if (atoms.length === 0) return;

  let digits = '';
  let repeat = 1;
  let words = 0;
  let leet = 0;
  const spoken = atoms.map((a) => (a.kind === 'word' ? a.digits : undefined));
  const spokenWords = atoms.map((a) =>
    a.kind === 'word' ? scan.folded.text.slice(a.start, a.end).toLowerCase() : undefined,
  );
  for (let i = 0; i < atoms.length; i++) {
    const atom = atoms[i]!;
    if (atom.kind === 'repeat') {
      repeat = atom.repeat;
      continue;
    }
    // Spoken hundreds, tens and units make one group: "forty four" → 44.
    if (atom.kind === 'word') {
      const group = spokenGroup(spoken, spokenWords, i);
      if (group.words > 1) {
        digits += group.digits;
        words += group.words;
        i += group.words - 1;
        continue;
      }
    }
    digits += atom.digits.length === 1 ? atom.digits.repeat(repeat) : atom.digits;
    repeat = 1;
    if (atom.kind === 'word') words++;
    if (atom.kind === 'leet') leet++;
  }
  if (digits.length > 15 && !plus) {
    splitLongChain(scan, atoms, gaps, findings);
    return;
  }
  if (digits.length < 7 || digits.length > 15) return;

  // A number made of one or two repeated digits ("1111111111", "0000000"), or ending in seven
  // zeros ("+44 0000 000000", "(000) 000-0000"), is filler, not a phone.
  if (words === 0 && leet === 0 && (new Set(digits).size < 2 || /0{7}$/.test(digits))) return;

  const text = mapped.text;
  const firstAtomStart = plus ? chain.atoms.find((a) => a.kind === 'plus')!.start : atoms[0]!.start;
  // "(213) 373-4253": the opening bracket belongs to the number.
  const start = text[firstAtomStart - 1] === '(' ? firstAtomStart - 1 : firstAtomStart;
  const end = atoms[atoms.length - 1]!.end;
  const raw = text.slice(start, end).replace(HYPHENS, '-');
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 20);
  const singleDigitGroups = atoms.filter((a) => a.digits.length === 1).length;
  const spacedOut = singleDigitGroups >= 5;
  const disguised = words > 0 || leet > 0 || spacedOut;
  // A meeting ID opens an outside meeting room (a link finding), it is no phone.
  if (MEETING_ID_BEFORE.test(before)) return;
  // "〒150-0043" is a Japanese postcode.
  if (before.endsWith('〒')) return;
  // The account digits of a valid IBAN ("NL91 ABNA 0417 1643 00") are no phone, even where the
  // IBAN is an example and so no finding of its own.
  const ibanHead = IBAN_HEAD_BEFORE.exec(before);
  if (ibanHead && ibanAt(text, start - before.length + ibanHead.index)) return;
  const bare = raw.replace(/^\(/, '');
  // Dates and IP addresses first: most plain chains are one, and no context saves them.
  if (
    !disguised &&
    (DATE_LIKE.test(bare) ||
      DATE_INSIDE.test(bare) ||
      IP_LIKE.test(bare) ||
      COORDINATES.test(bare) ||
      TIME_RANGE.test(bare) ||
      CEP.test(bare))
  )
    return;
  // A payment service named just before says the number is an account with it ("MB WAY para o 912
  // 604 381", "Bizum al 612 345 678"), which a thousands-like grouping does not undo.
  const context =
    PHONE_CONTEXT.test(before) ||
    PHONE_CONTEXT.test(after.slice(0, 12)) ||
    PAYMENT_SERVICE.test(before.slice(-30));
  // Nor is counting, unless offered as a number: "one two three four five six seven".
  if (!context && isCountingRun(digits)) return;

  // A code with a letter or two among its digits ("suivi 6A12345678901") reads as leet only
  // where no ID label names it.
  if (words === 0 && !spacedOut && leet > 0 && isIdLabelled(before)) return;
  // A list of versions, however it is joined: "2.14.3, 2.15 and 3.0".
  if (VERSION_LIST.test(raw)) return;
  if (!disguised) {
    if (CURRENCY_BEFORE.test(before) || CURRENCY_AFTER.test(after)) return;
    if (!plus && !context && (THOUSANDS.test(raw) || JOINED.test(raw))) return;
    if (isIdLabelled(before)) return;
    if (!PHONE_CONTEXT.test(before.slice(-25)) && ID_WORDS.test(before.slice(-60))) return;
    if (!plus && /^(19|20)\d\d[-/]/.test(raw)) return; // year-prefixed references: 2026-0447-118
    if (!plus && /^97[89]/.test(digits) && digits.length === 13) return; // ISBN-13, EAN "Bookland"
    if (!plus && !context && isEan13(digits)) return; // a product's barcode
    if (!plus && /^\d{12,}$/.test(raw) && !context) return; // a long unbroken code
    if (
      /^(\d{4,})\s*[–-]\s*(\d{4,})$/.test(raw) &&
      raw.split(/\s*[–-]\s*/).every((g, _, all) => g.length === all[0]!.length)
    )
      return; // ranges
    if (isHexToken(text, start, end)) return;
    // A list, 4/8/12/16 (a Swiss number is grouped with spaced slashes: 079 / 123 / 45 / 67).
    if (gaps.length >= 2 && gaps.every((g) => g === '/')) return;
    if (isFramedAsExample(text, start, end)) return;
    // A number quoted from a text to translate ("translate the hotel's contact page: „… tel.
    // +36 96 512 300”"), or a format to validate in a sentence that names no one's own number.
    const [from, to] = sentenceBounds(text, start, end, 200, 200);
    const sentence = text.slice(from, to);
    if (
      TRANSLATING.test(sentence) &&
      /[„“«"][^”»"]*$/.test(text.slice(from, start)) &&
      /^[^„“«"]*[”»"]/.test(text.slice(end, to))
    )
      return;
    if (VALIDATING.test(sentence) && !OWN_NUMBER.test(text.slice(from, start))) return;
    const [origStart, origEnd] = mapped.originalSpan(start, end);
    if (isTestData(scan.original, scan.code, origStart, origEnd)) return;
    // Versions and decimals; not the dotted national formats of North America and France.
    if (
      /^[.\d]+$/.test(raw) &&
      raw.includes('.') &&
      !/^\d{3}\.\d{3}\.\d{4}$|^0\d(?:\.\d\d){4}$/.test(raw) &&
      !context
    )
      return;
    if (
      /[a-z0-9_]$/i.test(before) &&
      !/\s$/.test(before) &&
      before.length > 0 &&
      !/(tel|ph|no|nr|num|wa|call|mob|cell):?$/i.test(before)
    )
      return;
    if (/^[a-z0-9_]/i.test(after)) return;
  }

  const verdict = judge(scan, digits, plus);
  const phoneShaped =
    plus ||
    /^\(?\d{2,4}\)?[ .-]\d{3,4}[ .-]\d{3,4}$/.test(raw) ||
    /^\d{3}[ .-]\d{4}$/.test(raw) ||
    // "612 33 48 01", "06 12 34 56 78": national groupings of twos and threes.
    /^\d{2,4}(?:[ .-]\d{2,3}){3,4}$/.test(raw);
  let confidence = 0;
  if (verdict === 'valid')
    confidence = phoneShaped || context || disguised ? 0.95 : digits.length >= 10 ? 0.8 : 0;
  else if (verdict === 'possible')
    confidence = disguised ? 0.9 : context ? 0.8 : phoneShaped && digits.length >= 10 ? 0.7 : 0;
  else if (disguised && context && digits.length >= 9) confidence = 0.7;
  if (confidence === 0) return;
  // Read only for numbers that are phones by every other test: it reads the whole sentence.
  if (!disguised && isPrintedOnTheWork(text, start, end)) return;

  const obfuscations: Obfuscation[] = [];
  if (words > 0) obfuscations.push('spelled_digits');
  if (words > 0 && atoms.some((a) => a.kind === 'digit')) obfuscations.push('mixed_words_digits');
  if (leet > 0) obfuscations.push('leetspeak');
  if (spacedOut) obfuscations.push('separators');
  const [spanStart, spanEnd] = mapped.originalSpan(start, end);
  findings.push({
    category: 'phone',
    start: spanStart,
    end: spanEnd,
    confidence,
    evidence: { detector: 'phone.number', normalized: (plus ? '+' : '') + digits, obfuscations },
  });
}

/**
 * An ID label right before the number outweighs a phone word further back ("Call the function
 * with the user id 48213991"), not one beside it ("WhatsApp ID: …"). The label's own number
 * word counts for it, after it or before it: "order number 98765 43210", "номер заказа
 * 7700123456".
 */
const PAYMENT_SERVICE = paymentServicePattern();
const VALIDATING = new RegExp(`\\b(?:${VALIDATION_WORDS})\\b`, 'i');
const OWN_NUMBER = /\b(?:my|me|mine|our|us)\b/i;
const IBAN_HEAD_BEFORE = /\b[A-Z]{2}\d{2}[ -]?[A-Z0-9]{4}[ -]?(?:[A-Z0-9]{4}[ -]?){0,2}$/;

function isIdLabelled(before: string): boolean {
  const label = ID_CONTEXT.exec(before);
  if (!label) return false;
  let lead = before.slice(Math.max(0, label.index - 16), label.index).replace(NUMBER_WORD_END, '');
  if (label[1]!.toLowerCase() === 'id') lead = lead.replace(CALL_BEFORE_ID, '');
  // A compound label holds its own number word: "Artikelnummer".
  const word = label[1]!.replace(/(?:nummer|number|numero)$/i, '');
  // Only the two words right before the label count: "call log: call id …" names no phone.
  return !PHONE_CONTEXT.test(/(?:\S+\s+){0,2}\S*\s*$/.exec(lead)![0] + word);
}

/** How many digits `atoms` may read as at most: most chains are too short to be a phone. */
function mostDigits(atoms: readonly Atom[]): number {
  let digits = 0;
  let repeated = false;
  for (const atom of atoms) {
    digits += atom.digits.length;
    if (atom.kind === 'repeat') repeated = true;
  }
  return repeated ? digits * MOST_REPEATS : digits;
}

/** Thirteen digits whose last is the EAN-13 check digit of the others. */
function isEan13(digits: string): boolean {
  if (digits.length !== 13) return false;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (digits.charCodeAt(i) - 48) * (i % 2 ? 3 : 1);
  return (10 - (sum % 10)) % 10 === digits.charCodeAt(12) - 48;
}

/** Each digit one more, or each one less, than the one before (0 follows 9). */
function isCountingRun(digits: string): boolean {
  const step = (i: number): number => (digits.charCodeAt(i) - digits.charCodeAt(i - 1) + 10) % 10;
  const first = step(1);
  if (first !== 1 && first !== 9) return false;
  for (let i = 2; i < digits.length; i++) if (step(i) !== first) return false;
  return true;
}

/** Several numbers in a row ("555 123 4567 / 555 987 6543"): split at the widest gaps. */
function splitLongChain(scan: Scan, atoms: Atom[], gaps: string[], findings: RawFinding[]): void {
  const slashed = gaps.some((g) => /[/|]/.test(g));
  const widest = gaps.reduce((w, g) => Math.max(w, g.length), 0);
  if (!slashed && widest <= 1) return;
  const splitsHere = (gap: string): boolean => (slashed ? /[/|]/.test(gap) : gap.length === widest);
  let part: Atom[] = [];
  let partGaps: string[] = [];
  for (let i = 0; i < atoms.length; i++) {
    part.push(atoms[i]!);
    const gap = gaps[i];
    if (gap === undefined || splitsHere(gap)) {
      evaluate(scan, { atoms: part, gaps: partGaps }, findings);
      part = [];
      partGaps = [];
    } else partGaps.push(gap);
  }
}

/** Inside a long hex token (hash, UUID): "…1b2b0b822cd15…". */
function isHexToken(text: string, start: number, end: number): boolean {
  let s = start;
  let e = end;
  while (s > 0 && /[0-9a-f-]/i.test(text[s - 1]!)) s--;
  while (e < text.length && /[0-9a-f-]/i.test(text[e]!)) e++;
  const token = text.slice(s, e);
  return token.length >= 16 && /[a-f]/i.test(token) && /^[0-9a-f-]+$/i.test(token);
}

type Verdict = 'valid' | 'possible' | 'none';

// Verdicts by number and country hints, for one message at a time: a number is judged again in
// each view of its message, and parsing is the costly step. Kept no longer, so a message costs
// the same whatever came before it.
const verdicts = new Map<string, Verdict>();
let verdictsOf: string | undefined;

function judge(scan: Scan, digits: string, plus: boolean): Verdict {
  if (verdictsOf !== scan.original) {
    verdicts.clear();
    verdictsOf = scan.original;
  }
  const countries = phoneCountries(scan);
  const key = `${plus ? '+' : ''}${digits} ${countries.join(' ')}`;
  let verdict = verdicts.get(key);
  if (verdict === undefined) {
    verdict = parseVerdict(digits, plus, countries);
    verdicts.set(key, verdict);
  }
  return verdict;
}

function parseVerdict(digits: string, plus: boolean, countries: readonly string[]): Verdict {
  if (plus || digits.startsWith('00')) {
    const international = plus ? `+${digits}` : `+${digits.slice(2)}`;
    const parsed = parsePhoneNumberFromString(international);
    if (parsed?.isValid()) return 'valid';
    return parsed?.isPossible() ? 'possible' : 'none';
  }
  // The first hint (else the United States) comes first, and also decides whether the number is
  // possible at all.
  const primary = countries[0]?.toUpperCase() ?? 'US';
  let possible = false;
  const tried = new Set<string>();
  for (const country of [primary, ...countries, ...FALLBACK_COUNTRIES]) {
    const code = country.toUpperCase();
    if (tried.has(code)) continue;
    tried.add(code);
    const parsed = parsePhoneNumberFromString(digits, code as CountryCode);
    if (parsed?.isValid()) return 'valid';
    if (!possible && code === primary && parsed?.isPossible()) possible = true;
    // Without a plus, a number of ten digits or more may still be international ("44 7700
    // 900123"). Any valid reading decides, so this one parse goes before thirty national ones.
    if (
      tried.size === 1 &&
      digits.length >= 10 &&
      parsePhoneNumberFromString(`+${digits}`)?.isValid()
    )
      return 'valid';
  }
  return possible ? 'possible' : 'none';
}
