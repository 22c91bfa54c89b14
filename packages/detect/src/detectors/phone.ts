import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';
import { digitsOfWord, isAmbiguousDigitWord, repeatCountOfWord } from '../lexicon/number-words.js';
import type { Obfuscation } from '../types.js';
import { isFramedAsExample, isTestData } from './context.js';
import { numberWords, type RawFinding, type Scan } from './scan.js';

/**
 * Phone numbers, written plainly or disguised: "+44 7700 900123", "(213) 373-4253",
 * "five five five - 0 one 2 three", "4.1.5.5.5.5", "555-O1O2", "٠٧٧٠٠".
 *
 * A cheap tokenizer builds chains of digit atoms (digits, spoken digits, o/l leet) joined by
 * separators; only chains of 7–15 digits that are not prices, dates, ids or IPs reach
 * libphonenumber-js, which is the expensive step.
 */

const ATOM = /\+|[0-9]+|[\p{L}'’]+/gu;
// What may stand between two parts of one number.
const SEPARATOR = /^[ \t.\-–—()[\]/\\_*|~•·]{0,4}$/;
const SPOKEN_SEPARATORS = new Set([
  'dash',
  'hyphen',
  'space',
  'dot',
  'point',
  'punto',
  'ponto',
  'guion',
  'tiret',
  'and',
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
]);
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

const PHONE_CONTEXT =
  /(phone|call|text|sms|whats|wa\b|telegram|viber|signal|number|num\b|no\.|tel\b|tel:|mob|cell|contact|reach|ring|dial|digit|\bph\b|n[uú]mero|tel[eé]fono|celular|m[oó]vil|zap|llam|ligue|liga|appel|portable|telefon|handy|anruf|ruf|номер|телефон|звон|тел\b|nomor|\bhp\b|telepon|hubungi|tawag|fono|رقمي|رقم\s+(?:الهاتف|الجوال|الموبايل|الواتس)|اتصل|هاتف|جوال|موبايل|mobile|imessage|facetime)/i;
const ID_CONTEXT =
  /(order|invoice|\binv\b|ticket|\bref\b|reference|tracking|\bsku\b|\bpo\b|case|transaction|\btxn\b|\bid\b|isbn|issn|account|acct|iban|routing|swift|contract|milestone|job|project|build|commit|\bpin\b|otp|code|zip|postal|serial|model|part|item|#|receipt|booking|reservation|confirmation|policy|license|licence|patent|batch|lot|version|release|pedido|factura|commande|rechnung|bestellung|заказ|счет|счёт|pesanan|faktur)\W{0,3}$/i;
const CURRENCY_BEFORE =
  /([$€£¥₹₽₦₱₩₺₴]|\b(usd|eur|gbp|inr|rs\.?|r\$|rp|idr|php|ngn|aud|cad|jpy|cny|rmb|mxn|brl|uah|rub|aed|sar|egp|pkr|bdt|kes)\s?)$/i;
const CURRENCY_AFTER =
  /^\s?([$€£¥₹₽₦₱₩₺₴%]|k\b|m\b|(usd|eur|gbp|inr|rupees?|dollars?|euros?|pesos?|reais|rubles?|руб|грн|naira|rupiah|idr|php|ngn|aud|cad|words|views|followers|subscribers|users|downloads|rows|records|pixels|px|bytes|kb|mb|gb|tb|ms|km|mi|kg|lbs?)\b)/i;

const MEETING_ID_BEFORE =
  /(meeting|webinar|conference|zoom|teams)\s*(id|number|no\.?|code)\s*[:#]?\s*$/i;
// Words that name what a number identifies when it is not a phone.
const ID_WORDS =
  /\b(isbn|ean|upc|barcode|badge|patent|doi|gl|chart\s+of\s+accounts|account\s+codes?|reference|zip\s+codes?|lottery|numbers\s+like|order|invoice|ticket|tracking|pedido|factura|rechnung|auftrag|nomor\s+invoice|zam[oó]wienie|n\.?º|nr\.?)\b|رقم\s+(?:الطلب|الفاتورة)|الطلب|الفاتورة/i;

const DATE_LIKE =
  /^(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.](\d{4}|\d{2}))(\s+\d{1,2})?$|^(19|20)\d\d\s*[-–/]\s*(19|20)\d\d$/;
const IP_LIKE = /^\d{1,3}(\.\d{1,3}){3}$/;
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
];

interface Atom {
  start: number;
  end: number;
  digits: string;
  kind: 'digit' | 'word' | 'leet' | 'plus' | 'repeat' | 'spoken_separator' | 'other';
  ambiguous: boolean;
  repeat: number;
  lower: string;
  /** As written (case kept): leet reads "S" as 5 but not "s". */
  raw: string;
}

function makeAtom(
  start: number,
  end: number,
  raw: string,
  lower: string,
  kind: Atom['kind'],
  digits = '',
  ambiguous = false,
  repeat = 0,
): Atom {
  return { start, end, digits, kind, ambiguous, repeat, lower, raw };
}

function classify(text: string, start: number, end: number): Atom {
  const raw = text.slice(start, end);
  const first = raw.charCodeAt(0);
  if (first === 43) return makeAtom(start, end, raw, raw, 'plus');
  if (first >= 48 && first <= 57) return makeAtom(start, end, raw, raw, 'digit', raw);
  const lower = raw.toLowerCase();
  if (SPOKEN_PLUS.has(lower)) return makeAtom(start, end, raw, lower, 'plus');
  const digits = digitsOfWord(lower);
  if (digits !== undefined)
    return makeAtom(start, end, raw, lower, 'word', digits, isAmbiguousDigitWord(lower));
  const repeat = repeatCountOfWord(lower);
  if (repeat !== undefined) return makeAtom(start, end, raw, lower, 'repeat', '', false, repeat);
  return makeAtom(
    start,
    end,
    raw,
    lower,
    SPOKEN_SEPARATORS.has(lower) ? 'spoken_separator' : 'other',
  );
}

interface Chain {
  atoms: Atom[];
  gaps: string[];
}

export function findPhones(scan: Scan): RawFinding[] {
  const text = scan.folded.text;
  if (!mayHoldPhone(scan)) return [];
  const atoms: Atom[] = [];
  ATOM.lastIndex = 0;
  for (let m = ATOM.exec(text); m; m = ATOM.exec(text))
    atoms.push(classify(text, m.index, m.index + m[0].length));
  markLeet(text, atoms);

  const findings: RawFinding[] = [];
  let chain: Chain = { atoms: [], gaps: [] };
  const close = (): void => {
    if (chain.atoms.length) evaluate(scan, chain, findings);
    chain = { atoms: [], gaps: [] };
  };
  for (let i = 0; i < atoms.length; i++) {
    const atom = atoms[i]!;
    const isNumeric =
      atom.kind === 'digit' ||
      atom.kind === 'word' ||
      atom.kind === 'leet' ||
      atom.kind === 'repeat';
    const previous = chain.atoms[chain.atoms.length - 1];
    if (atom.kind === 'spoken_separator' && previous && previous.kind !== 'plus') continue;
    if (!isNumeric && atom.kind !== 'plus') {
      close();
      continue;
    }
    // "19.03. um 10": an everyday word between plain digits is a word, not a digit.
    if (atom.ambiguous && (!previous || (previous.kind !== 'word' && previous.kind !== 'repeat'))) {
      const next = atoms[i + 1];
      if (!next || next.kind !== 'word') {
        close();
        continue;
      }
    }
    if (atom.kind === 'plus') {
      close();
      chain.atoms.push(atom);
      continue;
    }
    // No phone number has this many parts; keep the work per chain bounded.
    if (chain.atoms.length >= MAX_CHAIN_ATOMS) close();
    if (previous) {
      const gapStart = previous.end;
      let gap = text.slice(gapStart, atom.start);
      // A spoken separator ("five dash five") reads as a dash.
      gap = gap.replace(/\p{L}+/gu, (w) => (SPOKEN_SEPARATORS.has(w.toLowerCase()) ? '-' : w));
      if (!joins(gap, previous, atom)) {
        close();
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
        !GLUE_PREFIXES.has(before.lower.toLowerCase())
      ) {
        continue;
      }
    }
    chain.atoms.push(atom);
  }
  close();
  return findings;
}

// Seven digit-like characters in a row, separators allowed: the shape of any written number.
const WRITTEN_CHAIN = /(?:[0-9OolISAB][ \t.\-–—()[\]/\\_*|~•·,]{0,4}){7}/;

/**
 * Cheap gate: a phone needs seven digits in a row, written or spoken. Most messages have
 * neither, and checking is far cheaper than tokenizing.
 */
function mayHoldPhone(scan: Scan): boolean {
  return WRITTEN_CHAIN.test(scan.folded.text) || numberWords(scan).all >= 3;
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

/**
 * The whitespace-delimited token around `index` reads as a number in disguise: only digits,
 * separators and leet letters, with a digit and three characters at least ("2l2-S5S-Ol87", "9OO", not "VIN 1HGCM…" or "A1").
 */
function leetToken(text: string, index: number): boolean {
  let s = index;
  let e = index;
  while (s > 0 && !/\s/.test(text[s - 1]!)) s--;
  while (e < text.length && !/\s/.test(text[e]!)) e++;
  const token = text.slice(s, e).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  return (
    token.length >= 3 &&
    /^[0-9oOlISAB.\-()/]+$/.test(token) &&
    (token.match(/[0-9]/g)?.length ?? 0) >= 1
  );
}

/** Letters glued to digits that stand for digits: "555-O1O2", "4l5", "2l2-S5S". */
function markLeet(text: string, atoms: Atom[]): void {
  for (let i = 0; i < atoms.length; i++) {
    const atom = atoms[i]!;
    if (atom.kind !== 'other' || atom.raw.length > 3 || !/^[oOlISAB]+$/.test(atom.raw)) continue;
    const prev = atoms[i - 1];
    const next = atoms[i + 1];
    const gluedPrev = prev && prev.kind === 'digit' && prev.end === atom.start;
    const gluedNext = next && next.kind === 'digit' && next.start === atom.end;
    if ((gluedPrev || gluedNext) && leetToken(text, atom.start)) {
      atom.kind = 'leet';
      atom.digits = [...atom.raw].map((c) => LEET_DIGITS[c] ?? c).join('');
    }
  }
  void text;
}

function joins(gap: string, previous: Atom, next: Atom): boolean {
  if (gap.includes('\n\n')) return false;
  if (SEPARATOR.test(gap)) return true;
  // "4.0.4.Five.Five,Five" — commas between single digits are a disguise, not a list.
  const spoken = (a: Atom): boolean => a.digits.length === 1 || a.kind === 'word';
  if (/^[ ,.-]{1,4}$/.test(gap) && gap.includes(',') && (spoken(previous) || spoken(next)))
    return true;
  return /^\s*\n\s*$/.test(gap) && previous.kind !== 'digit';
}

function evaluate(scan: Scan, chain: Chain, findings: RawFinding[]): void {
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
  for (let i = 0; i < atoms.length; i++) {
    const atom = atoms[i]!;
    if (atom.kind === 'repeat') {
      repeat = atom.repeat;
      continue;
    }
    const next = atoms[i + 1];
    // Spoken tens and units make one two-digit group: "forty four" → 44.
    if (
      atom.kind === 'word' &&
      /^[2-9]0$/.test(atom.digits) &&
      next?.kind === 'word' &&
      /^[1-9]$/.test(next.digits)
    ) {
      digits += atom.digits[0]! + next.digits;
      words += 2;
      i++;
      continue;
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

  // A number made of one or two repeated digits ("1111111111", "0000000") is filler, not a phone.
  if (words === 0 && leet === 0 && new Set(digits).size < 2) return;

  const text = mapped.text;
  const firstAtomStart = plus ? chain.atoms.find((a) => a.kind === 'plus')!.start : atoms[0]!.start;
  // "(213) 373-4253": the opening bracket belongs to the number.
  const start = text[firstAtomStart - 1] === '(' ? firstAtomStart - 1 : firstAtomStart;
  const end = atoms[atoms.length - 1]!.end;
  const raw = text.slice(start, end);
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 20);
  const singleDigitGroups = atoms.filter((a) => a.digits.length === 1).length;
  const spacedOut = singleDigitGroups >= 5;
  const disguised = words > 0 || leet > 0 || spacedOut;
  const context = PHONE_CONTEXT.test(before) || PHONE_CONTEXT.test(after.slice(0, 12));
  // A meeting ID opens an outside meeting room (a link finding), it is no phone.
  if (MEETING_ID_BEFORE.test(before)) return;

  if (!disguised) {
    const bare = raw.replace(/^\(/, '');
    if (DATE_LIKE.test(bare) || IP_LIKE.test(bare)) return;
    if (CURRENCY_BEFORE.test(before) || CURRENCY_AFTER.test(after)) return;
    if (!plus && !context && THOUSANDS.test(raw)) return;
    if (!context && ID_CONTEXT.test(before)) return;
    if (!PHONE_CONTEXT.test(before.slice(-25)) && ID_WORDS.test(before.slice(-60))) return;
    if (!plus && /^(19|20)\d\d[-/]/.test(raw)) return; // year-prefixed references: 2026-0447-118
    if (!plus && /^97[89]/.test(digits) && digits.length === 13) return; // ISBN-13, EAN "Bookland"
    if (!plus && /^\d{12,}$/.test(raw) && !context) return; // a long unbroken code
    if (
      /^(\d{4,})\s*[–-]\s*(\d{4,})$/.test(raw) &&
      raw.split(/\s*[–-]\s*/).every((g, _, all) => g.length === all[0]!.length)
    )
      return; // ranges
    if (isHexToken(text, start, end)) return;
    if (gaps.length >= 2 && gaps.every((g) => g.trim() === '/')) return; // a list: 4/8/12/16
    if (isFramedAsExample(text, start, end)) return;
    const [origStart, origEnd] = mapped.originalSpan(start, end);
    if (isTestData(scan.original, scan.code, origStart, origEnd)) return;
    if (/^[.\d]+$/.test(raw) && raw.includes('.') && !/^\d{3}\.\d{3}\.\d{4}$/.test(raw) && !context)
      return; // versions, decimals
    if (
      /[a-z0-9_]$/i.test(before) &&
      !/\s$/.test(before) &&
      before.length > 0 &&
      !/(tel|ph|no|nr|num|wa|call|mob|cell):?$/i.test(before)
    )
      return;
    if (/^[a-z0-9_]/i.test(after)) return;
  }

  const verdict = judge(digits, plus, scan.countries);
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

function judge(digits: string, plus: boolean, countries: readonly string[]): Verdict {
  if (plus || digits.startsWith('00')) {
    const international = plus ? `+${digits}` : `+${digits.slice(2)}`;
    const parsed = parsePhoneNumberFromString(international);
    if (parsed?.isValid()) return 'valid';
    return parsed?.isPossible() ? 'possible' : 'none';
  }
  let possible = false;
  const tried = new Set<string>();
  for (const country of [...countries, ...FALLBACK_COUNTRIES]) {
    const code = country.toUpperCase();
    if (tried.has(code)) continue;
    tried.add(code);
    const parsed = parsePhoneNumberFromString(digits, code as CountryCode);
    if (!parsed) continue;
    if (parsed.isValid()) return 'valid';
    if (!possible && parsed.isPossible() && code === (countries[0]?.toUpperCase() ?? 'US'))
      possible = true;
  }
  // Without a plus, a number may still be international: "44 7700 900123".
  const parsed = parsePhoneNumberFromString(`+${digits}`);
  if (parsed?.isValid() && digits.length >= 10) return 'valid';
  return possible ? 'possible' : 'none';
}
