import type { RawFinding, Scan } from './scan.js';
import { wordAlternation } from '../lexicon/escape.js';
import {
  TRANSLATING,
  TRANSLATION_WORDS,
  TRANSLATION_WORDS_UNSPACED,
} from '../lexicon/translation.js';
import { VISIT_ANYWHERE } from '../lexicon/visits.js';
import { byScript, firstMatches } from './scripts.js';
import { isFramedAsExample } from './context.js';
import { anchored } from './anchored.js';

/**
 * Street addresses and post-office boxes given as a way to find, visit or post to someone:
 * "221B Baker Street, London NW1 6XE", "1/10082 Williams RD Chilliwack BC V2P-5H2",
 * "12 rue de la Paix, 75002 Paris", "Calle Mayor 12, 28013 Madrid", "Hauptstraße 5",
 * "ул. Ленина, д. 5, кв. 12", "Jl. Sudirman No. 5, Jakarta", "Blk 5 Lot 12, Brgy. San Isidro",
 * "شارع التحرير 15، القاهرة", "PO Box 1234, Austin, TX 78701".
 *
 * A street with a locality, postcode or unit is an address by itself (0.9); a bare street needs a
 * contact cue nearby such as "I live at" (0.75). A street framed as task data ("sample pin",
 * "placeholder", "format:") is work content, and so is one quoted or shown on a client's page
 * unless the writer offers it as theirs. Every pattern is bounded and context is looked up, not
 * re-scanned, per candidate, so the cost stays linear even for a megabyte of "1 Main St".
 */

const words = (list: string): string[] => list.split(' ');
// Space-separated regex fragments as one alternation.
const anyOf = (fragments: string): string => fragments.split(' ').join('|');
// Spelled out because these patterns are case-sensitive, to tell capitalised names apart.
const caseVariants = (list: readonly string[]): string =>
  wordAlternation([
    ...new Set(
      list.flatMap((w) => [w, w.toLowerCase(), w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1)]),
    ),
  ]);

const EN_TYPES = words(
  'Street St Road Rd Avenue Ave Av Boulevard Blvd Drive Dr Lane Ln Court Ct Crt Place Pl Way ' +
    'Parkway Pkwy Terrace Ter Tce Crescent Cres Highway Hwy Square Sq Circle Cir Trail Trl Close ' +
    'Mews Grove Gardens Gdns Parade Pde Alley Plaza Plz Pike Turnpike Expressway Expy Freeway Fwy ' +
    'Causeway Wharf Quay Yard Yards Row Walk Rise Heights Park Marg ' +
    // India names the colony or enclave the house stands in: "14/B Gandhi Nagar, Sector 7".
    'Nagar Colony Enclave Vihar',
);
// Types unambiguous enough to follow a lowercase name ("45 oak road"); "st", "dr", "way"… are not.
const LOWERCASE_NAME_OK = new Set(
  words('street road rd avenue ave boulevard blvd lane parkway pkwy highway hwy terrace crescent'),
);
// French puts the type between number and name: "12 rue de la Paix".
// With Welsh, which also puts the type first: "7 Heol y Parc", "12 Ffordd Las".
const FR_TYPES = words(
  'rue avenue av boulevard bd place chemin allee impasse quai route heol ffordd stryd',
);
// Type, name, then number: Romance languages, Polish, Indonesian, Filipino, Russian, Ukrainian,
// Arabic.
const TYPE_FIRST = words(
  'calle c/ avenida avda av paseo plaza carrera cra calzada camino carretera ronda travesia ' +
    'callejon bulevar bv pasaje jiron str carrer avinguda passeig triq rua travessa praca alameda estrada rodovia largo beco ladeira via ' +
    'viale piazza piazzale corso vicolo strada rue chemin boulevard avenue ul jl jln jalan gg lorong ' +
    'lrg kalye ул улица пр пр-т проспект пер переулок бул бульвар б-р шоссе наб набережная пл ' +
    'площадь мкр микрорайон проезд вул вулиця просп провулок пров бульв площа майдан узвіз шосе ' +
    'набережна شارع طريق ميدان جادة زنقة لزنقة بزنقة نهج רחוב לרחוב ברחוב שדרות os ' +
    // Russian and Ukrainian decline the type: "живу на улице Пушкина, дом 10".
    'улице улицу улицы проспекте переулке бульваре набережной площади вулиці вулицю проспекті ' +
    'провулку бульварі площі',
);
// Type-first words that are also ordinary words ("via email", "the plaza", "camino largo"): their
// street name must start with a capital, a digit or a particle.
const TYPE_FIRST_STRICT = new Set(
  words(
    'via str plaza corso largo av avenue boulevard carrera cra camino ronda strada alameda paseo estrada ' +
      'chemin ul gg lorong lrg os пр пер пл бул наб',
  ),
);
// Distinctive enough to be a street even before a comma with no number ("شارع التحلية، …").
const TYPE_FIRST_LOOSE = TYPE_FIRST.filter((t) => !TYPE_FIRST_STRICT.has(t));
// Name first, then the type: "Невский пр., 88", "Bağdat Caddesi No: 215".
const RU_TYPES_AFTER = words(
  'пр просп проспект ул улица пер переулок бул бульвар шоссе наб набережная пл площадь проезд вул ' +
    // Declined after "на": "на Невском проспекте, д. 88".
    'вулиця провулок бульв шосе проспекте улице переулке бульваре набережной площади',
);
const TR_TYPES = words('Caddesi Cad. Cd. Sokak Sokagi Sok. Sk. Bulvari Blv. Mahallesi Mah.');
// With the Welsh article: "Heol y Parc", "Ffordd yr Eglwys".
const PARTICLES = new Set(words('de del du des la le les da do dos das di della dei l d y yr'));
const HOUSE_MARKERS = words('no nr nº n° num numero # д дом буд будинок رقم');
// German, Dutch and Nordic compounds ("Hauptstraße 5") or two words ("Berliner Straße 5").
const DE_SUFFIX =
  '[Ss]tra(?:ß|ss)e|[Ss]tr\\.|[Gg]asse|[Aa]llee|[Pp]latz|[Ww]eg|[Dd]amm|[Uu]fer|[Cc]haussee|straat|gracht|laan|plein|steenweg|kade|singel|dreef|gatan|gata|gate|gade|vagen|veien|vej|vegur|katu|tie|kuja';
const DE_WORD = 'Straße|Strasse|Str\\.|Allee|Platz|Weg|Gasse|Damm|Ufer|Chaussee|utca|korut|ut';

const GAP = String.raw`[^\S\n]{1,3}`;
// Austria adds the staircase and the door: "Mariahilfer Straße 88/2/14"; Amsterdam the floor:
// "Prinsengracht 418-2hoog".
const HOUSE = String.raw`\d{1,5}[A-Za-z]?(?:(?:[/-]\d{1,5}[A-Za-z]?){1,2}|\/[A-Z](?![\p{L}\p{N}])|-(?:III|II|I|IV|hs|HS|bg|BG|h|H|bis|\d(?:e|de)?[^\S\n]?(?:hoog|hg))(?![\p{L}\p{N}]))?`;
// A house number is its own token: not part of a price, decimal, time, id or word.
const HOUSE_START = String.raw`(?<![\p{L}\p{N}$€£#.,:/-])`;
const HOUSE_END = String.raw`(?![\p{L}\p{N}]|[.,:]\d)`;
const NAME = String.raw`(?:\p{L}[\p{L}'’-]{0,24}\.?|\d{1,3}(?:st|nd|rd|th))`;
const TF_NAME = String.raw`(?:\p{L}[\p{L}\p{N}'’.-]{0,30}|\d{1,3}[A-Za-z]?)`;
// Arabic (with the Persian and Urdu letters) or Hebrew, which CITY_WORD also reads as a place, as it
// does Devanagari and Bengali words (folded: their vowel signs dropped).
const ARABIC_WORD = String.raw`(?:[\u0621-\u064a\u0679-\u06d3]{2,}|[\u05d0-\u05ea]{2,})`;
const CASELESS_WORD = String.raw`(?:${ARABIC_WORD}|[\u0904-\u0939\u0958-\u0961\u0985-\u09b9\u09dc-\u09e1]{2,})`;
const NOT_WORD = String.raw`(?![\p{L}\p{N}])`;

const NUMBER_FIRST_RE = new RegExp(
  `${HOUSE_START}(${HOUSE})${NOT_WORD}${GAP}((?:${NAME}${GAP}){1,4}?)(${caseVariants(EN_TYPES)})${NOT_WORD}\\.?`,
  'gu',
);
// "Maple Grove Lane", "Bloor St W": a second type word or a direction after the first.
const TYPE_AFTER_TYPE = new RegExp(`${GAP}(?:${caseVariants(EN_TYPES)})${NOT_WORD}\\.?`, 'uy');
const DIRECTION = /[^\S\n]{1,2}(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\.?(?![\p{L}\p{N}])/uy;
const FRENCH_RE = new RegExp(
  `${HOUSE_START}(${HOUSE}(?:[^\\S\\n](?:bis|ter))?)${NOT_WORD},?${GAP}(${caseVariants(FR_TYPES)})${NOT_WORD}\\.?${GAP}((?:${NAME}${GAP}){0,4}${NAME})`,
  'gu',
);
const TYPE_FIRST_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(${wordAlternation(TYPE_FIRST)})${NOT_WORD}(?:\\.[^\\S\\n]{0,3}|${GAP})` +
    `[„"«]?((?:${TF_NAME}${GAP}){0,4}?${TF_NAME})[“"»]?[^\\S\\n]{0,3}[,،]?[^\\S\\n]{0,3}` +
    `(?:(?:${wordAlternation(HOUSE_MARKERS)})[.:]?[^\\S\\n]{0,3}|[-–][^\\S\\n]{0,3})?(${HOUSE})${HOUSE_END}`,
  'giu',
);
const TYPE_FIRST_NO_NUMBER_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(${wordAlternation(TYPE_FIRST_LOOSE)})${NOT_WORD}(?:\\.[^\\S\\n]{0,3}|${GAP})` +
    `((?:${TF_NAME}${GAP}){0,3}?${TF_NAME})(?=[^\\S\\n]{0,2}[,،])`,
  'giu',
);
// A house with a name, not a number: "Ty Gwyn, Llanfair Road, Ruthin LL15 1BT". A street alone
// says too little, so a postcode with letters in it (British, Canadian, Dutch) must follow.
const NAMED_HOUSE_STREET_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}'’-]{1,24}(?:${GAP}\\p{Lu}[\\p{L}'’-]{1,24}){0,2}${GAP}(?:${caseVariants(EN_TYPES)})${NOT_WORD}\\.?(?=[^\\S\\n]{0,2},)`,
  'gu',
);
// How far before its gate's match (at the space before the type) a match may start: three names
// of 25 letters (two units each outside the Basic Multilingual Plane) and three gaps of three
// spaces at most.
const NAMED_HOUSE_REACH = 3 * 25 * 2 + 3 * 3;
// A name then a number, with no type word, as much of Europe writes a street ("Vinohradská
// 1511/230", "Ερμού 56", "Storgatan 41"): only with a postcode and a place after it.
const NAME_THEN_NUMBER_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])\p{Lu}\p{Ll}{2,24}(?:[^\S\n]\p{Lu}?\p{Ll}{2,24}){0,2}[^\S\n]\d{1,5}[a-zA-Z]?(?:\/\d{1,4}[a-zA-Z]?)?(?:[^\S\n](?:bis|ter|hs|huis))?(?![\p{L}\p{N}])(?=,)`,
  'gu',
);
// American streets often go without their type after a direction: "1420 W Fulton, 2nd floor",
// "3390 N Harwood, Dallas TX 75201". Only with a unit or a postcode after them.
const DIRECTION_STREET_RE = new RegExp(
  String.raw`${HOUSE_START}\d{1,5}[^\S\n](?:N|S|E|W|NE|NW|SE|SW)\.?[^\S\n]\p{Lu}\p{Ll}{2,24}(?:[^\S\n]\p{Lu}\p{Ll}{2,24})?(?![\p{L}\p{N}])(?=[^\S\n]{0,2},)`,
  'gu',
);
// Vietnam: a number and a street name, then the ward or district ("27 Nguyễn Huệ, Phường Bến Nghé").
const VIETNAMESE_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])\d{1,4}[A-Z]?(?:\/\d{1,4})?(?:[^\S\n]\p{Lu}\p{Ll}{1,10}){1,4}(?=(?:,[^\S\n]?(?:tang|lau)[^\S\n]\d{1,2})?,[^\S\n]?(?:[Pp]huong|P\.|[Qq]uan|Q\.|[Hh]uyen|[Xx]a)[^\S\n])` +
    // A house in a lane off a street (folded): "số 18 ngõ 42 phố Thái Hà", "25 ngõ 112 Nguyễn Khang".
    String.raw`|(?<![\p{L}\p{N}])\d{1,4}[A-Z]?(?:\/\d{1,4})?[^\S\n](?:ngo|ngach|hem|kiet)[^\S\n]\d{1,4}(?:[^\S\n](?:(?:pho|duong|đuong)[^\S\n])?\p{Lu}\p{Ll}{0,10}(?:[^\S\n]\p{Lu}\p{Ll}{0,10}){0,3})?`,
  'gu',
);
// Chinese and Japanese write house numbers in numerals too: "三丁目十二番五号", "三百零八号".
const CJK_NUMERAL_HOUSE = /[一二三四五六七八九十百千零〇][丁番号號]/;
// Korean road names in Latin letters: "27, Teheran-ro 4-gil", "Sejong-daero 110".
const KOREAN_ROAD_RE =
  /(?<![\p{L}\p{N}])(?:\d{1,4}(?:-\d{1,4})?,?[^\S\n]{1,2})?\p{Lu}\p{Ll}{1,20}-(?:ro|gil|daero)(?:[^\S\n]{1,2}\d{1,3}(?:beon)?-?gil)?(?:[^\S\n]{1,2}\d{1,4}(?:-\d{1,4})?)?(?![\p{L}\p{N}])/gu;
// Thai, Chinese, Japanese and Korean: a soi or road, a ward with its number ("88/12 ซอย…",
// "漕溪北路88号", "渋谷区神南1-2-3", "강남구 테헤란로 152"), a chōme before a room ("2丁目5-11 ソレイユ天神302号室").
// Korean road names may hold a digit ("마린시티2로 38"), and a road and number followed by a
// building, floor or flat ("판교역로 235, 에이치스퀘어 N동 7층") need no district before them.
const CJK_RE =
  /\d{1,4}\/\d{1,4}[^\S\n]*(?:หม[^\S\n]*\d{1,3}[^\S\n]*)?(?:ซอย|ถนน)|[一二三四五六七八九十]{1,3}丁目[一二三四五六七八九十百〇\d]{1,4}番地?(?:[一二三四五六七八九十百〇\d]{1,4}号?)?|[\u3400-\u9fff]{1,12}(?:路|街|大道)[一二三四五六七八九十百千零〇]{1,6}[号號]|[\u3400-\u9fff]{1,12}(?:路|街|大道)(?:[一二三四五六七八九十\d]{1,3}段)?(?:\d{1,5}巷)?(?:\d{1,5}弄)?\d{1,5}[号號]|[\u3400-\u9fff]{1,12}(?:巷|弄)\d{1,5}[号號]|\d{1,2}丁目\d{1,3}(?:-\d{1,3}){0,2}(?=[^\n]{0,20}?\d{1,4}号室)|[\u3400-\u9fff]{1,10}(?:区|市|町|村)[\u3040-\u30ff\u3400-\u9fff]{1,6}\d{1,2}(?:丁目)?-?\d{1,3}(?:-\d{1,3})?(?!\d)|(?:구|군)[^\S\n]+[\uac00-\ud7af]{1,6}동[^\S\n]?\d{1,5}(?:-\d{1,5})?|(?:[\uac00-\ud7af]{1,8}(?:시|도)[^\S\n]+)?[\uac00-\ud7af]{1,6}(?:구|군)[^\S\n]+[\uac00-\ud7af][\uac00-\ud7af\d]{0,9}(?:로|길)[^\S\n]?\d{1,5}(?:-\d{1,5})?|[\uac00-\ud7af][\uac00-\ud7af\d]{0,9}(?:로|길)[^\S\n]?\d{1,5}(?:-\d{1,5})?(?=,?[^\S\n][^\n]{0,20}?\d{1,4}(?:동|층|호))/gu;
const BALTIC_TYPES = String.raw`pr\.|g\.|al\.|iela|gatve`;
const NAME_THEN_TYPE_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:\\p{Lu}[\\p{L}-]{1,30}[^\\S\\n]{1,2}(?:${wordAlternation(RU_TYPES_AFTER)})\\.?,?[^\\S\\n]{0,2}(?:(?:д|дом|буд)\\.?[^\\S\\n]{0,2})?` +
    `|(?:\\p{Lu}\\p{L}{1,30}(?:[^\\S\\n]\\p{Lu}\\p{L}{1,30})?|\\d{1,5}\\.)[^\\S\\n]{1,2}(?:${wordAlternation(TR_TYPES)})[^\\S\\n]{0,2},?[^\\S\\n]{0,2}No[.:]?[^\\S\\n]{0,2}` +
    // Lithuanian and Latvian abbreviations after the name: "Gedimino pr. 22-14", "Brivibas iela 5".
    `|\\p{Lu}\\p{Ll}{2,30}[^\\S\\n](?:${BALTIC_TYPES})[^\\S\\n]{0,2})` +
    `(${HOUSE})${HOUSE_END}`,
  'giu',
);
// Arabic also puts the number first: "١٥ شارع طلعت حرب،".
const ARABIC_NUMBER_FIRST_RE = new RegExp(
  `${HOUSE_START}(${HOUSE})[^\\S\\n]{1,2}(?:شارع|ش\\.)[^\\S\\n]{0,2}(?:${ARABIC_WORD}[^\\S\\n]{1,2}){0,3}${ARABIC_WORD}`,
  'gu',
);
const GERMAN_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{L}-]{1,40}?(?:${DE_SUFFIX})|\\p{Lu}\\p{L}{1,30}[^\\S\\n](?:${DE_WORD}))[^\\S\\n]{0,3}(${HOUSE})${HOUSE_END}`,
  'gu',
);
// Japanese chōme-banchi-gō: "3-14-2 Nishi-Shinjuku".
const JAPANESE_RE = new RegExp(
  `${HOUSE_START}\\d{1,2}-\\d{1,2}-\\d{1,3}${NOT_WORD}${GAP}\\p{Lu}[\\p{L}-]{1,30}`,
  'gu',
);
// Where no street is named: "Plot 45, Sector 18, Gurugram, Haryana 122015", "5th floor, Cyber One
// Tower, Barangay Kapitolyo, Pasig City 1603".
const UNIT_FIRST_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:${anyOf('plot house h\\.?\\s?no door\\s+no flat apartment apt suite shop office villa unit rr building bldg no\\. मकन\\s+(?:न|नबर) مکان\\s+نمبر nyumba\\s+(?:namba|na\\.)')})\.?` +
    String.raw`[^\S\n]{0,2}(?:(?:no\.?|number|n[°º])[^\S\n]{0,2})?#?\d{1,5}[A-Za-z]?(?:[/-]\d{1,5}[A-Za-z]?){0,3}` +
    String.raw`|\d{1,2}(?:st|nd|rd|th)[^\S\n]+floor` +
    // A flat named by a letter: "Flat C, 18/F, Block 2, …".
    String.raw`|(?:flat|unit|apt)\.?[^\S\n][A-Z](?=,)` +
    // A door number alone, as in Indian addresses: "#221, 1st Cross, …, Bengaluru 560095".
    String.raw`|(?<=^|[\s,(])#\d{1,5}[A-Za-z]?(?=,[^\S\n]*\d{1,3}(?:st|nd|rd|th)[^\S\n]))(?![\p{L}\p{N}])`,
  'giu',
);
// An address under its label, in any script: "Address: …", "আমার ঠিকানা: বাড়ি ৮, রোড ৪, ধানমন্ডি,
// ঢাকা ১২০৫", "मेरो ठेगाना: …", "地址：…" (labels as folding leaves them: vowel signs dropped). What
// follows the label to the end of its sentence is the address when it holds a number and at least
// two parts, whatever its shape: the patterns above know only some of the world's.
// Persian and Arabic put the qualifier after the label: "آدرس دفتر:" (the office's address).
const ADDRESS_LABEL = String.raw`(?:ادرس|آدرس|عنوان)[^\S\n]+[\u0621-\u06d3]{2,12}(?=[^\S\n]*[:：])|(?:(?:home|postal|mailing|shipping|delivery|street|office|full)[^\S\n]+)?(?:livraison|delivery|shipping|entrega|envio|lieferung|versand|address|addr|direccion|endereco|adresse|adres[ia]?|anschrift|indirizzo|alamat|anwani|[dđ]ia[^\S\n]chi)|ঠকন|ठगन|ලපනය|地址|住所|주소|ทอย|כתובת|адреса?|عنوان|ادرس`;
// An IP, e-mail or wallet address is no place, and address data, samples and fields are the work.
const NOT_A_PLACE_LABEL = String.raw`(?<!(?:ip|mac|e-?mail|mail|wallet|web|server|contract|deposit|memory|return|btc|eth|crypto|bitcoin|usdt|trc20|erc20|ipv[46]|bch|ltc|sol|data|sample|test|example|format|field|column|template|dummy|fake|mock)[^\S\n]{1,2})`;
const LABELLED_ADDRESS_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${NOT_A_PLACE_LABEL}(?:${ADDRESS_LABEL})[^\S\n]*[:：][^\S\n]*([^\n]{6,120}?)(?=(?<=[^\s.!?]{3})[.!?](?:\s|$)|[。।॥]|[^\S\n][—–-][^\S\n]|\n|$)`,
  'giu',
);

// France's boîte postale, upper case and only before a postcode: "BP 214, 69214 Lyon Cedex".
const BOITE_POSTALE_RE = /(?<![\p{L}\p{N}])B\.?P\.?[^\S\n]?\d{1,5}(?![\p{L}\p{N}])/gu;
const PO_BOX_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${anyOf(
    'p\\.?\\s?o\\.?\\s?box post\\s+office\\s+box gpo\\s+box caixa\\s+postal postfach postbus posbus boite\\s+postale а/я ' +
      'apartado(?:\\s+postal|\\s+de\\s+correos)? casilla(?:\\s+de\\s+correos?)? ' +
      // Swahili "sanduku la posta", Ukrainian "абонентська скринька", Arabic "صندوق بريد".
      's\\.?l\\.?p\\.? а/с ص\\.?\\s?ب\\.?',
  )})[^\S\n]{0,2}(?:no\.?[^\S\n]?|#[^\S\n]?)?\d{1,7}(?:-\d{5}|(?:[^\S\n]\d{2,3}){1,2})?(?![\p{L}\p{N}])`,
  'giu',
);
// A Nordic box, only before a postcode and a place: "Box 5521, 402 30 Göteborg".
const NORDIC_BOX_RE = /(?<![\p{L}\p{N}])Box[^\S\n]\d{1,6}(?![\p{L}\p{N}])/gu;
// Philippine subdivisions: "Blk 5 Lot 12".
const LOT_RE =
  /(?<![\p{L}\p{N}])(?:(?:blk|block|bk)\.?[^\S\n]{0,2}#?\d{1,4}[a-z]?[^\S\n]{0,3},?[^\S\n]{0,3}(?:lot|l)\.?[^\S\n]{0,2}#?\d{1,4}[a-z]?|blok[^\S\n]{0,2}[a-z]{0,2}\d{1,3}[^\S\n]{0,3},?[^\S\n]{0,3}no\.?[^\S\n]{0,2}\d{1,4}|mz\.?[^\S\n]{0,2}[a-z0-9]{1,3}[^\S\n]{0,3},?[^\S\n]{0,3}lt\.?[^\S\n]{0,2}\d{1,4})(?![\p{L}\p{N}])/giu;

// Cheap gates on `scan.lower`, one per pattern above: each is a looser, ASCII-case form of its
// pattern (any non-space run stands for a name), without the `i` and `u` flags or lookbehinds
// that make V8 slow, so a message without an address pays for one plain scan.
const lowerAlternation = (list: readonly string[]): string =>
  wordAlternation([...new Set(list.map((w) => w.toLowerCase()))]);
const HS = String.raw`[^\S\n]`;
const LOOSE_HOUSE = String.raw`\d[a-z]?(?:[/-]\d{1,5}[a-z]?|\/[a-z])?`;
const TYPE_GAP = String.raw`(?:\.${HS}{0,3}|${HS}{1,3})`;
// A Chinese, Japanese or Korean road, ward or block word and its number (Thai sois start with one).
const CJK_KEYS = String.raw`[路街道巷弄段]\d|[区市町村][\u3040-\u30ff\u3400-\u9fff]{1,6}\d|(?:로|길|동)${HS}?\d|丁目|(?:路|街|大道)[一二三四五六七八九十百千零〇]`;
const NAME_THEN_NUMBER_GATE = String.raw`[a-z\u00df-\u024f\u03b1-\u03c9\u0430-\u045f]{2}${HS}\d{1,5}[a-z]?(?:\/\d{1,4}[a-z]?)?(?:${HS}(?:bis|ter|hs|huis))?,`;
const DOOR_NUMBER = String.raw`#\d{1,5}[a-z]?,${HS}*\d{1,3}(?:st|nd|rd|th)${HS}`;
const GATES = {
  numberFirst: `${LOOSE_HOUSE}${HS}{1,3}(?:\\S{1,30}${HS}{1,3}){1,4}?(?:${lowerAlternation(EN_TYPES)})(?![a-z])`,
  french: `${LOOSE_HOUSE}(?:${HS}(?:bis|ter))?,?${HS}{1,3}(?:${lowerAlternation(FR_TYPES)})(?![a-z])`,
  typeFirst:
    `(?:${lowerAlternation(TYPE_FIRST)})${TYPE_GAP}(?:\\S{1,31}${HS}{1,3}){0,4}?\\S{1,31}${HS}{0,3}[,،]?${HS}{0,3}` +
    `(?:(?:${lowerAlternation(HOUSE_MARKERS)})[.:]?${HS}{0,3}|[-–]${HS}{0,3})?\\d`,
  nameThenNumber: NAME_THEN_NUMBER_GATE,
  vietnamese: `,${HS}?(?:phuong|p\\.|quan|q\\.|huyen|xa)${HS}|\\d${HS}(?:ngo|ngach|hem|kiet)${HS}\\d`,
  cjk: `\\d${HS}*(?:ซอย|ถนน|หม${HS}*\\d)|${CJK_KEYS}`,
  // From the hyphen, looking back: a branch opening with any letter would be tried at every letter.
  korean: `-(?<=[a-z]-)(?:ro|gil|daero)(?![a-z])`,
  // The type after its gap: without it, every "PST," and "first," would pass.
  namedHouse: `${HS}(?:${lowerAlternation(EN_TYPES)})\\.?${HS}{0,2},`,
  typeFirstNoNumber: `(?:${lowerAlternation(TYPE_FIRST_LOOSE)})${TYPE_GAP}(?:\\S{1,31}${HS}{1,3}){0,3}?\\S{1,31}?${HS}{0,2}[,،]`,
  nameThenType:
    `(?:${lowerAlternation(RU_TYPES_AFTER)})\\.?,?${HS}{0,2}(?:(?:д|дом|буд)\\.?${HS}{0,2})?\\d` +
    `|(?:${lowerAlternation(TR_TYPES)})${HS}{0,2},?${HS}{0,2}no[.:]?${HS}{0,2}\\d` +
    `|(?:${BALTIC_TYPES})${HS}{0,2}\\d`,
  arabic: `\\d${HS}{1,2}(?:شارع|ش\\.)`,
  // The type words stand alone ("Teréz körút 24"): a space before them, or "about 2" would pass.
  german: `(?:${DE_SUFFIX.toLowerCase()}|${HS}(?:${DE_WORD.toLowerCase()}))${HS}{0,3}\\d`,
  japanese: `(?<!\\d)\\d{1,2}-\\d{1,2}-\\d{1,3}(?!\\d)${HS}{1,3}[^\\s\\d]`,
  unitFirst: `${DOOR_NUMBER}|nyumba${HS}+(?:namba|na\\.)${HS}{0,2}\\d|(?:plot|house|h\\.?\\s?no|door\\s+no|flat|apartment|apt|suite|shop|office|villa|unit|rr|building|bldg|no\\.|मकन${HS}+(?:न|नबर)|مکان${HS}+نمبر)\\.?${HS}{0,2}(?:(?:no\\.?|number|n[°º])${HS}{0,2})?#?\\d|\\d(?:st|nd|rd|th)${HS}+floor|(?:flat|unit|apt)\\.?${HS}[a-z],`,
  poBox: `(?:box|postfach|postbus|posbus|postale?|а/я|а/с|s\\.?l\\.?p\\.?|ص\\.?${HS}?ب\\.?|apartado|casilla|correos?)${HS}{0,2}(?:no\\.?${HS}?|#${HS}?)?\\d`,
  lot: `(?:blk|block|bk)\\.?${HS}{0,2}#?\\d|blok${HS}{0,2}[a-z]{0,2}\\d|mz\\.?${HS}{0,2}[a-z0-9]{1,3}${HS}{0,3},?${HS}{0,3}lt`,
  directionStreet: `\\d${HS}(?:[nsew]|ne|nw|se|sw)\\.?${HS}[a-z]{3}`,
  boitePostale: `(?<![a-z0-9])b\\.?p\\.?${HS}?\\d`,
  // Read back from the colon, which few messages hold, rather than from every letter a label opens with.
  labelled: `[:：](?<=(?:${ADDRESS_LABEL})${HS}*[:：])`,
};
type GateName = keyof typeof GATES;
const GATE_RES = Object.fromEntries(
  Object.entries(GATES).map(([name, source]) => [name, new RegExp(source)]),
) as Record<GateName, RegExp>;
// Before any gate, one scan for what the patterns start with: most messages stop here. Every
// keyword pattern has its keyword start a word, and end it, or run on into "no" ("Flatno 5",
// "Caddesi No 5"), so keywords are only tried there; like the gates, it reads them lower-cased
// as the `i` flag does.
const ANY_START = new RegExp(
  `(?:^|[^a-z0-9])(?:(?:${lowerAlternation([
    ...EN_TYPES,
    ...FR_TYPES,
    ...TYPE_FIRST,
    ...RU_TYPES_AFTER,
    ...words('post gpo caixa boite blk block bk blok mz postbus posbus box'),
  ])})(?![a-z])|(?:${lowerAlternation([
    ...TR_TYPES,
    ...words(
      'plot house door flat apartment apt suite shop office villa unit rr postfach apartado casilla а/я मकन مکان nyumba',
    ),
  ])}|h\\.?\\s?no|p\\.?\\s?o\\.?\\s?box)(?:no|(?![a-z])))` +
    // Patterns that start with no keyword: Arabic, Japanese, a door number, then those that start
    // with a number (one branch, tried at a number's first digit only: "5th floor", a
    // German or Nordic street, a building or a box with its number, a Baltic street, a name then a
    // number, a Thai house number), then Vietnamese, Chinese, Japanese and Korean.
    `|${GATES.labelled}|ش|ص|а/с|s\\.?l\\.?p\\.?${HS}?\\d|${GATES.japanese}|${DOOR_NUMBER}` +
    `|(?<!\\d)\\d(?:\\d?(?:st|nd|rd|th)${HS}+floor|\\d{0,4}${HS}(?:[nsew]|ne|nw|se|sw)\\.?${HS}[a-z]{3}` +
    // German, Dutch, Nordic and Finnish streets, looked for back from their number.
    `|(?<=(?:${DE_SUFFIX.toLowerCase()}|${HS}(?:${DE_WORD.toLowerCase()}))${HS}{0,3}\\d)` +
    // "building" is mostly the verb: only before its number.
    `|(?<=\\b(?:building|bldg)\\.?${HS}{0,2}(?:no\\.?${HS}{0,2})?#?\\d)` +
    `|(?<=b\\.?p\\.?${HS}?\\d)|(?<=\\bno\\.${HS}{0,2}\\d)|(?<=(?:${BALTIC_TYPES})${HS}{0,2}\\d)` +
    `|\\d{0,4}[a-z]?(?:\\/\\d{1,4}[a-z]?)?,(?<=${NAME_THEN_NUMBER_GATE})|[\\d/]{0,8}${HS}*(?:ซอย|ถนน|หม${HS}*\\d))` +
    `|${GATES.vietnamese}|${CJK_KEYS}|${GATES.korean}`,
);

// Pieces of what may follow a street: unit, postcode, state, locality, city.
// A comma, a spaced dash or slash, or the middle dot of letterheads ("Carrer de Provença 288 · 08008
// Barcelona").
// Turkish joins the district and the city with a slash: "Çankaya/Ankara".
const SEPARATOR =
  /[^\S\n]{0,3}(?:(?:[,،·]|[-–—/](?=[^\S\n])|\/(?=[A-Z]))[^\S\n]{0,3})?(?:\r?\n[^\S\n]{0,3})?/y;
const UNIT_WORDS = anyOf(
  'apartment apt unit suite ste flat floor fl level lvl room rm bldg building piso planta depto dpto departamento apto apartamento ' +
    'bloco sala loja wohnung whg etage appt app interior int daire kat lok m d квартира кв корпус корп ' +
    'строение стр офис оф дом д буд no nr rt rw blok kav tower torre wing office oficina lgh bl sc ap site box boite bte bus stan baixos стан ет ап דירה קומה الطابق طابق شقة عمارة مبنى مكتب casa ' +
    // Floors: Indonesian, Vietnamese (folded), Filipino.
    'lantai tang palapag',
);
// A block, tower or wing named by a letter: "bloco B", "Tower C".
const LETTERED_UNIT =
  'bloco|block|blk|bloc|bl|tower|torre|wing|building|bldg|edificio|scala|sc|escalera|esc|entrance|cluster|bat|batiment|escalier|porte|apt|flat|unit|suite';
const UNIT = new RegExp(
  // "#12", and Singapore's floor and unit: "#08-1234".
  String.raw`(?:#[^\S\n]?\d{1,5}[A-Za-z]?(?:-\d{1,5}[A-Za-z]?)?|\d{1,2}(?:st|nd|rd|th)[^\S\n]+floor` +
    // Spanish floor and door: "4ºB", "3º izq".
    String.raw`|\d{1,2}\.?[oº°ª](?:[^\S\n]?(?:[A-Z]|izq\w*|dcha|der\w*|esq\.?|dto\.?|dt\.?))?` +
    // German floors: "2. OG", "3. Stock".
    String.raw`|\d{1,2}\.[^\S\n]?(?:og|obergeschoss|stock|etage|th|tv|mf|sal|haed|hæð|kat|em|emelet)\.?` +
    // Floors in words and Hong Kong floors: "Ground Floor", "18/F", "G/F".
    String.raw`|(?:ground|first|second|third|upper|lower|top)[^\S\n]floor|\d{1,2}\/f|g\/f` +
    // French, Spanish, Hindi/Urdu and Swahili floors: "2e étage", "bajo A", "doosri manzil",
    // "ghorofa ya nne".
    String.raw`|\d{1,2}(?:e|er|ere|eme)[^\S\n]etage|bajo(?:[^\S\n][A-Z](?![\p{L}\p{N}]))?(?=[^\S\n]*(?:[,.\n]|$))` +
    String.raw`|(?:pehli|pahli|doosri|dusri|teesri|tisri|chauthi)[^\S\n]manzil|ghorofa(?:[^\S\n]ya)?[^\S\n]\p{L}+` +
    // A numbered street, zone or ward after a house ("House 58, Street 11, F-7/2, Islamabad";
    // "Building 34, Street 870, Zone 66, Doha"; "Ward No. 26").
    String.raw`|(?:street|st|road|lane|gali|sector|zone|ward|block|phase|गल[^\S\n](?:न|नबर)|گلی[^\S\n]نمبر)\.?[^\S\n]?(?:no\.?[^\S\n]?)?[A-Z]?\d{1,4}[A-Z]?|[A-Z]-\d{1,2}\/\d` +
    // Catalan floor and door: "4t 1a", "1r 2a".
    String.raw`|\d{1,2}(?:r|n|t|e|è)[^\S\n]\d{1,2}a` +
    // Swedish floors and Finnish staircase-and-flat: "3 tr", "B 22".
    String.raw`|\d{1,2}[^\S\n]tr\.?|[A-H][^\S\n]\d{1,3}(?=[^\S\n]*[,\n]|$)` +
    // Indonesian neighbourhood units, before "RT" alone: "RT 3/RW 2", "RT 003/RW 002".
    String.raw`|rt\.?[^\S\n]?\d{1,3}[^\S\n]?\/[^\S\n]?rw\.?[^\S\n]?\d{1,3}` +
    String.raw`|(?:${UNIT_WORDS})\.?:?[^\S\n]{0,2}(?:#[^\S\n]?)?[A-Za-z]?\d{1,5}[A-Za-z]?(?:[-/]\d{1,4})?` +
    String.raw`|(?:${LETTERED_UNIT})\.?[^\S\n]{1,2}[A-Z][A-Z\d]?|[A-Z][^\S\n](?:wing|block|tower)` +
    // Greek floors: "3ος όροφος" (folded; beside the digit, "ο" reads as a Latin "o").
    String.raw`|\d{1,2}[oο]ς[^\S\n]οροφος)` +
    String.raw`(?![\p{L}\p{N}])`,
  'iuy',
);
const STREET_UNIT = /^(?:street|st|road|lane|gali|गल|گلی)(?![a-z])/i;
// Latin-only context patterns skip the `u` flag: case-insensitive Unicode matching is far slower.
const UNIT_BEFORE = new RegExp(
  String.raw`(?<![a-z])(?:(?:flat|apt|apartment|unit|suite|ste|shop|room|rm|level|lvl)\.?[^\S\n]{0,2}` +
    String.raw`#?[a-z]?\d{1,5}[a-z]?[^\S\n]{0,2}[,/]?[^\S\n]{0,2}|(?:flat|apt|apartment|unit|suite|shop)\.?[^\S\n]{1,2})$`,
  'i',
);
const POSTCODE = new RegExp(
  String.raw`(?:${anyOf(
    // BR, PT, PL; US ZIP(+4); CA; UK; NL; SE, CZ, GR; IE; LT, LV; MT; IL; four to six digits elsewhere.
    '\\d{5}-\\d{3} \\d{4}-\\d{3} \\d{2}-\\d{3} \\d{5}(?:-\\d{4})? [A-Z]\\d[A-Z][-\\x20]?\\d[A-Z]\\d ' +
      '[A-Z]{1,2}\\d[A-Z\\d]?\\x20?\\d[A-Z]{2} \\d{4}\\x20?[A-Z]{2} \\d{3}\\x20\\d{2} [A-Z]\\d[\\dW]\\x20?[A-Z\\d]{4} (?:LT|LV)-\\d{4,5} [A-Z]{3}\\x20?\\d{4} \\d{7} \\d{4,6}',
  )})(?![\p{L}\p{N}]|[.,:-]?\d)`,
  'uy',
);
// Shaped like a US local phone number, so only taken after a city ("Tokyo 160-0023").
const JAPANESE_POSTCODE = /〒?\d{3}-\d{4}(?![\p{L}\p{N}]|[.,:-]?\d)/uy;
const STATES = words(
  'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ ' +
    'NM NY NC ND OH OK OR PA PR RI SC SD TN TX UT VT VA WA WV WI WY AB BC MB NB NL NS NT NU ON PE ' +
    'QC SK YT NSW VIC QLD SA TAS ACT CDMX',
);
const REGION = new RegExp(`(?:${wordAlternation(STATES)})${NOT_WORD}`, 'uy');
const LOCALITY_PREFIX = new RegExp(
  String.raw`(?:${anyOf(
    'brgy barangay bgy purok sitio colonia col bairro kel kelurahan kec kecamatan kab kabupaten ' +
      'kota distrito district sector phuong quan huyen tp город г микрорайон мкр р-н район',
  )})\.?[^\S\n]{1,3}`,
  'iuy',
);
// A dot only after a short abbreviation ("St. Louis"), so a city never takes the full stop.
const CITY_WORD = new RegExp(
  String.raw`(?:\p{Lu}\p{Ll}?\.|\p{Lu}[\p{L}'’-]{0,24}|${CASELESS_WORD})${NOT_WORD}`,
  'uy',
);
// Later words of a place name may be numbers ("Lekki Phase 1") or particles ("Dar es Salaam").
const CITY_NEXT_WORD = new RegExp(
  String.raw`(?:\p{Lu}\p{Ll}?\.|\p{Lu}[\p{L}'’-]{0,24}|${CASELESS_WORD}|\d{1,3}(?:st|nd|rd|th)?(?![-.]?\d))${NOT_WORD}`,
  'uy',
);
const CITY_PARTICLE =
  /(?:es|de|del|do|du|da|dos|das|la|le|les|sur|am|upon|di|al|el)[^\S\n]{1,2}(?=\p{Lu})/uy;
const WORD_GAP = /[^\S\n]{1,3}/y;
// A landmark given as a whole piece of the address, as South Asia and West Africa write them:
// "near Hanuman temple", "opp SBI ATM", "behind the filling station", "off Allen Avenue".
// A landmark beside the house, in the words of more languages (folded: no accents), before its
// name or, in Hindi, Urdu and Turkish, after it: "frente a la farmacia", "напротив Сбербанка",
// "sebelah Indomaret", "Atta market ke saamne", "caminin karşısı".
const LANDMARK_WORDS = [
  String.raw`near|opp\.?|opposite|behind|beside|above|below|across[^\S\n]+from|next[^\S\n]+to|close[^\S\n]+to|off`,
  String.raw`frente[^\S\n]+a|enfrente[^\S\n]+de|al[^\S\n]+lado[^\S\n]+de|junto[^\S\n]+a|detras[^\S\n]+de`,
  String.raw`em[^\S\n]+frente[^\S\n]+(?:a|ao|a)|ao[^\S\n]+lado[^\S\n]+d[oa]|em[^\S\n]+cima[^\S\n]+d[oa]`,
  String.raw`en[^\S\n]+face[^\S\n]+de|a[^\S\n]+cote[^\S\n]+de|gegenuber|di[^\S\n]+fronte[^\S\n]+a|accanto[^\S\n]+a`,
  String.raw`напротив|рядом[^\S\n]+с|навпроти|поруч[^\S\n]+з|sebelah|seberang|samping|tabi[^\S\n]+ng|harap[^\S\n]+ng`,
  String.raw`[dđ]oi[^\S\n]+dien|karibu[^\S\n]+na|mkabala[^\S\n]+na|مقابل|جنب|بجانب`,
].join('|');
const PLACE_WORDS = String.raw`[\p{L}\d][\p{L}\d'’.&-]*(?:[^\S\n]{1,2}[\p{L}\d][\p{L}\d'’.&-]*){0,3}`;
const LANDMARK = new RegExp(
  String.raw`(?:(?:${LANDMARK_WORDS})[^\S\n]{1,2}${PLACE_WORDS}|${PLACE_WORDS}[^\S\n]{1,2}(?:ke[^\S\n]+(?:saamne|samne|paas|pas|peeche|piche)|kar[sş][ıi]s[ıi]|yan[ıi]nda))(?=[^\S\n]*(?:[,،.\n]|$))`,
  'iuy',
);
// A building named with its kind, in the tail after a street or unit: "Shanti Apartments", "Light
// Residences", "Bima House".
const NAMED_BUILDING =
  /\p{Lu}[\p{L}'’-]+(?:[^\S\n]+\p{Lu}[\p{L}'’-]+){0,2}[^\S\n]+(?:Apartments|Residences|Residency|Towers?|Mansions|Heights|Plaza|Complex|Building|House|Villas|Enclave|Arcade)(?:[^\S\n][A-Z]?\d{0,3}[A-Z]?\d?)?(?=[^\S\n]*[,\n])/uy;
const BUILDING_NAME =
  /The[^\S\n]+\p{Lu}[\p{L}'’-]+(?:[^\S\n]+(?:at|of|on)?[^\S\n]*\p{Lu}[\p{L}'’-]+){0,3}(?=[^\S\n]*[,\n])/uy;
// The two streets a house stands between, as Argentina and Cuba write it: "Calle 47 nº 880 entre 12
// y 13".
const BETWEEN_STREETS =
  /[^\S\n]{1,3}(?:entre|e\/)[^\S\n]+(?:calles?[^\S\n]+)?[\p{L}\d.]{1,20}(?:[^\S\n]+[\p{L}\d.]{1,20})?[^\S\n]+(?:y|e)[^\S\n]+[\p{L}\d.]{1,20}/uy;
// A further street line after a comma: "Unit 4, Chapel Yard, 18 Kirkgate, Leeds", "Flat 5C, 14th
// Cross, Indiranagar".
const NUMBERED_STREET = new RegExp(
  String.raw`(?:\d{1,5}[A-Za-z]?|\d{1,3}(?:st|nd|rd|th))[^\S\n]{1,2}\p{Lu}[\p{L}'’-]{1,24}(?:[^\S\n]{1,2}\p{Lu}[\p{L}'’-]{1,24}){0,2}${NOT_WORD}\.?`,
  'uy',
);
// After "Blk 5 Lot 12," the street comes as a name: "Rizal St.".
const STREET_NAME = new RegExp(
  String.raw`\p{Lu}[\p{L}'’-]{1,24}(?:[^\S\n]{1,2}(?:\p{Lu}[\p{L}'’-]{1,24}|main))?(?:[^\S\n]{1,2}\p{Lu}[\p{L}'’-]{1,24}){0,1}[^\S\n]{1,2}` +
    // Indian streets are often written in small letters after the locality: "Kondapur main road".
    String.raw`(?:St|Street|Rd|Road|Ave|Avenue|Dr|Drive|Ln|Lane|Blvd|Ext|road|street|lane|Marg|marg|(?:Industrial|Trading|Business|Retail)[^\S\n]+(?:Estate|Park|Centre))\.?(?![\p{L}\p{N}])` +
    // A street named in one word: "Kingsway", "Broadway", "Northgate".
    String.raw`|\p{Lu}\p{Ll}{2,}(?:way|gate)(?![\p{L}\p{N}])` +
    // Swahili names the kind first: "Barabara ya Argwings Kodhek", "Mtaa wa Ngong".
    String.raw`|(?:Barabara[^\S\n]+ya|Mtaa[^\S\n]+wa)[^\S\n]+\p{Lu}[\p{L}'’-]+(?:[^\S\n]+\p{Lu}[\p{L}'’-]+){0,2}`,
  'uy',
);

// Words that are not a street name, or not a city, in these positions.
const NAME_STOP = new Set(
  words(
    'the a an my your our their his her its this that these those of in on at to for with and or ' +
      'by from is are was be am pm hour hours hrs mins minutes days weeks months years times people ' +
      'users per each all some other me you we it via',
  ),
);
// "Google Drive", "Shared Drive", "Super Street", "Test Drive".
const NOT_STREET_NAME = new Set(
  words(
    'google shared team hard flash usb disk ssd test external network thumb cloud icloud one ' +
      'super easy best same any every no',
  ),
);
// "Street Fighter", "Wall Street Journal", "Street View", "Drive folder".
const NOT_AFTER_TYPE = new RegExp(
  `[^\\S\\n]{1,3}(?:${anyOf(
    'fighters? journal view art food style smart wear folders? files? links? access account api ' +
      'apps? race racing team test photography performers? vendors?',
  )})(?![a-z])`,
  'iy',
);
const NOT_BEFORE_NUMBER = new RegExp(
  `(?<![a-z])(?:${anyOf(
    'version ver v top step chapter page season episode part phase sprint level tier issue ' +
      'ticket item pr rule section figure fig table row line release windows round week day ' +
      'copyright \\(c\\) ©',
  )})[^\\S\\n]{0,2}[#:]?[^\\S\\n]{0,2}$`,
  'i',
);
// A number that counts or measures something is no house number.
const MEASURE = new RegExp(
  String.raw`[^\S\n]*(?:%|x(?![\p{L}])|(?:${anyOf(
    'times? hours? hrs? h mins? minutes? secs? seconds? days? weeks? months? years? yrs? am pm ' +
      'a\\.m p\\.m usd eur gbp k km mi miles? meters? px pt gb mb kb tb people persons? users? ' +
      'pages? items? stars? menit jam hari minutos? horas? dias? anos? semanas? tage? wochen ' +
      'stunden minuten jahre минут\\S* час\\S* дн(?:я|ей) лет год\\S* раз',
  )})(?![\p{L}]))`,
  'iuy',
);
const CITY_STOP = new Set(
  words(
    "the this that then thanks thank thx please pls i i'm im we you he she it they and but or so " +
      'also just if when call text email phone ph tel mobile cell let see hi hello hey regards ' +
      'best cheers ok okay yes no monday tuesday wednesday thursday friday saturday sunday ' +
      'tomorrow today tonight next near behind opposite across my our your come visit meet send ' +
      'ring whatsapp dm apt unit suite flat floor',
  ),
);

// Context patterns run once over the whole message (see Marks). Cyrillic words carry their own
// boundary because `\b` only knows ASCII letters.
const CYRILLIC_START = '(?<![а-яёіїєґ])';
// The writer offers the place as theirs, or as where to come or send things; per script, so that
// the phrase lists can look for them (scripts.ts).
const PERSONAL_CUE_WORDS = {
  latin: [
    String.raw`\bmy\s+(?:home\s+|office\s+|postal\s+|mailing\s+|shipping\s+|delivery\s+|street\s+|full\s+|physical\s+)?address\b`,
    String.raw`\b(?:i|we)\s+(?:live|stay|reside)\b`,
    String.raw`\b(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:at|located|based\s+at|staying\s+at|living\s+at)\b`,
    String.raw`\b(?:my|our)\s+(?:home|house|place|flat|apartment|office|studio|shop|store|workshop|clinic|salon|warehouse)\b|\b(?:my|our)\s+[\w-]+\s+(?:home|house|flat|apartment|office|studio|workshop|warehouse)\b`,
    String.raw`\blocated\s+(?:at|on)\b|\bcome\s+(?:to|over|by)\b|\bcome\s+(?:and\s+)?(?:see|visit|check\s+out)\b|\b(?:visit|meet)\s+(?:me|us)\b`,
    String.raw`\bcollect\s+(?:\w+\s+){0,2}?(?:from|at)\b|\bdrop\s+(?:it|them|the\s+\w+)\s+off\b|\b(?:stop|drop|swing)\s+by\b|\bpop\s+(?:round|in|by|over)\b|\bwork\s+out\s+of\b|\b(?:at|round|to)\s+(?:mine|ours)\b|\bfind\s+(?:me|us)\s+at\b|\bpick\s+(?:it\s+|them\s+)?up\s+(?:at|from)\b`,
    // Hungarian "come" (folded): "Gyere el csütörtökön".
    String.raw`\b(?:gyere|gyertek|jojjon|jojjenek)\b`,
    String.raw`\b(?:send(?:ing)?|ship(?:ping)?|mail(?:ing)?|post|deliver(?:y|ing)?|courier|bring|drop|go(?:es)?\s+back|return)\b(?:\s+[\w']+){0,6}?\s+(?:to|at)\b|\bsend\s+(?:it|them|the\s+\w+)\s+there\b`,
    String.raw`\b(?:ship|send|deliver|mail)[_-]?to\b|\bwhere\s+to\s+(?:send|ship|find|come|visit)\b`,
    // es, pt, fr, de, it, pl, tr (folded: no accents).
    String.raw`\bmi\s+(?:direccion|casa|oficina|domicilio)\b|\bvivo\s+en\b|\bven(?:ga|gan)?\s+a\b|\bvisitame\b|\bpasate\b`,
    String.raw`\b(?:envia|enviar|manda|mandar)(?:lo|la|los)?\s+a\b`,
    String.raw`\bmeu\s+(?:endereco|escritorio)\b|\bminha\s+(?:casa|loja|empresa)\b|\bmoro\s+(?:na|no|em)\b`,
    String.raw`\bvenha\b|\bapareca\b|\bme\s+visite\b|\b(?:envie|envia|enviar|manda|mande|mandar)\s+para\b`,
    String.raw`\bmon\s+(?:adresse|bureau)\b|\bj'?\s*habite\b|\bchez\s+moi\b|\b(?:venez|viens)\b`,
    String.raw`\b(?:envoyez|envoie|envoyer)(?:-le|-la|-les)?\s+(?:[\w']+\s+){0,3}?(?:a|au|aux|chez)\b`,
    String.raw`\bmeine\s+(?:adresse|anschrift)\b|\bich\s+wohne\b|\bbesuch(?:e|en)?\s+(?:mich|uns)\b`,
    String.raw`\bkomm(?:en\s+sie|t)?\s+(?:gerne?\s+|doch\s+|mal\s+)?(?:zu|vorbei)\b|\blieferadresse\b`,
    String.raw`\bil\s+mio\s+indirizzo\b|\b(?:abito|vivo)\s+(?:in|a)\b|\bvieni\b|\bspedisci\b`,
    String.raw`\bna\s+adres\b|\bmoj\s+adres\b|\bmieszkam\b|\bofisimiz\b|\badres(?:im|ime|imize|ine)\b`,
    // nl: "laat ze leveren op …", "stuur het naar …", "kom (morgen) langs", "ik zit op …".
    String.raw`\b(?:stuur|leveren|lever|bezorg\w*|breng)\b(?:\s+[\w']+){0,4}?\s+(?:naar|op|bij)\b|\bkom\s+(?:\w+\s+){0,2}?(?:langs|naar)\b|\bik\s+(?:zit|woon)\s+(?:op|aan)\b`,
    String.raw`\balamat\s*(?:saya|ku|kami)|\balamatku\b|\b(?:saya|aku)\s+tinggal\b|\brumah\s+saya\b`,
    String.raw`\bkantor\s+(?:saya|kami)\b|\b(?:datang|kirim|mampir)\s+ke\b`,
    String.raw`\baddress\s+ko\b|\bbahay\s+ko\b|\bnakatira\s+ako\b|\b(?:punta|pumunta)\s+ka\s+sa\b`,
    String.raw`\bdito\s+ako\s+sa\b|\btirahan\s+ko\b`,
    String.raw`\b(?:mera|meri|hamara|hamari)\s+(?:ghar|daftar|office|dukaan|dukan|flat|studio|shop)\b`,
    String.raw`\bbhej\s*(?:do|dein|dijiye|dena)\b|\baddress\s+pe\b|\bnitumie\b`,
  ],
  cyrillic: `${CYRILLIC_START}(?:${anyOf(
    'мо[йи]\\s+адрес моя\\s+адреса я\\s+живу живу\\s+(?:на|по|в) мешкаю приезжа приходи приходь привез[а-яіїєґ]* завез[а-яіїєґ]* ' +
      'заходи при[їі]жджа к\\s+нам к\\s+мне у\\s+нас у\\s+мене забрать\\s+у\\s+(?:меня|нас) доставк[а-я]*\\s+(?:на|по) манай\\s+(?:оффис|гэр)',
  )})`,
  // Arabic and Persian: "my address", "I live", "our office", "send them to".
  arabic: 'عنواني|اسكن|ساكن|تعال|بيتي|مكتبي|مكتبنا|آدرسم|بفرستید\\s+به|بفرستین\\s+به|دفترمون',
  // Bengali, Nepali and Sinhala "send it", Bengali "my studio, office, home, shop" and "send to
  // this address", Greek "come" (as folding writes them); Hebrew "at mine", Georgian "to me",
  // Armenian "to this address", Amharic "my office, my house".
  other:
    'אצלי|אליי|ჩემთან|հասցեով|ቢሮዬ|ቤቴ|পঠয\\s+দন|আমর\\s+(?:সটডও|অফস|বস|দকন|বড)|ঠকনয\\s+পঠ\\S*|पठउनहस|එවනන|ελατε',
};
const PERSONAL_CUE = new RegExp(
  [
    ...PERSONAL_CUE_WORDS.latin,
    PERSONAL_CUE_WORDS.cyrillic,
    PERSONAL_CUE_WORDS.arabic,
    PERSONAL_CUE_WORDS.other,
  ].join('|'),
  'gi',
);
// What follows such a cue to the end of its sentence is the address, whatever its shape, when it
// holds a house number and three parts or more ("ship it to Plot 14, Admiralty Way, Lekki Phase
// 1, Lagos", "بفرستید به تهران، خیابان ولیعصر، کوچه ۱۲، پلاک ۸"): the patterns above know only
// some of the world's. The cues are looked for first through the phrase lists' walk.
const PERSONAL_CUES = byScript([
  new RegExp(PERSONAL_CUE_WORDS.latin.join('|'), 'i'),
  new RegExp(PERSONAL_CUE_WORDS.cyrillic, 'iu'),
  new RegExp(PERSONAL_CUE_WORDS.arabic, 'u'),
  new RegExp(PERSONAL_CUE_WORDS.other, 'iu'),
]);
// The same, tested once over a text.
const OFFERED_ONCE = new RegExp(PERSONAL_CUE.source, 'i');
const VISIT_ONCE = new RegExp(VISIT_ANYWHERE.source, VISIT_ANYWHERE.flags.replace('g', ''));
const CUED_ADDRESS = new RegExp(
  String.raw`(?:[^\S\n]+(?:is|es|est|ist|e|fica|at|in|en|em|na|no|au|a|an|on|the|la|el)(?![\p{L}])){0,2}[^\S\n]*[:：]?[^\S\n]*([^\n]{6,120}?)(?=(?<=[^\s.!?]{3})[.!?](?:\s|$)|[。।॥]|[^\S\n][—–-][^\S\n]|\n|$)`,
  'uy',
);
// A house, unit or postcode number: not a year, a decimal or part of a longer number.
const HOUSE_NUMBER_IN =
  /(?<![\p{N}.,:/])(?!(?:19|20)\d\d(?!\d))\p{N}{1,5}[A-Za-z]?(?!\p{N}|[.,:]\p{N})/u;
const HOUSE_NUMBER_AT_EDGE = new RegExp(
  `^(?:${HOUSE_NUMBER_IN.source})|(?:${HOUSE_NUMBER_IN.source})$`,
  'u',
);
// A part of a sentence listing people or things, not a place: "…, and the 3 reviewers".
const PROSE_PART = /^(?:and|or|to|by|for|with|but|then|before|after|until|on)\s/;
// Times, prices, amounts and durations make a list of terms, not of places.
const NOT_PLACE_PARTS =
  /\b(?:chapter|section|page|level|stage|round|sprint|milestone|task|step|version|item|question|slide|episode|season|lesson|module|figure|table|line|row|column)\s+\d|\b(?:utc|gmt)\s*[+-]|\b(?:since|from|in)\s+(?:19|20)\d\d\b|@|:\/\/|www\.|\d{1,2}[:.]\d{2}|\d{1,2}\s*[–-]\s*\d{1,2}(?!\d)|\b(?:am|pm)\b|[$€£₹₦%]|\d+\s*(?:(?:business\s+|working\s+)?days?|hours?|hrs?|weeks?|months?|years?|mins?|minutes?|pages?|words?|items?|pcs|k|usd|eur|revisions?|rounds?|concepts?|d[ií]as?|horas?|semanas?|jours?|heures?|tage?n?|stunden|revisiones|dias)\b/i;

// What may stand between the cue and the place: "at our office, …", "في …", "в …".
const LEADING_NOT_PLACE =
  /^(?:(?:my|our|the|your)\s+(?:office|place|home|house|studio|shop|flat|apartment|warehouse|workshop)\s*,\s*|(?:في|به|в|на|at|in|en|em|à|a|di|sa|ke)\s+)/iu;

/**
 * A list of places in `said` (which starts at `at` in the text): three parts or more, a house, unit
 * or postcode number at a part's edge, names, and no times, prices, amounts or document parts.
 */
function placeList(said: string, at: number): Core | undefined {
  said = said.replace(/[\s,،，、;]+$/u, '');
  let lead = LEADING_NOT_PLACE.exec(said)?.[0].length ?? 0;
  // The sentence may open with what is said about the place: "my cafe to see the space before
  // designing the menu, 45 Nimman Soi 7, Suthep, Chiang Mai", "bhai kal office aa jao, Tower B, …".
  for (;;) {
    const comma = /[,،，、፣]/u.exec(said.slice(lead));
    const first = comma ? said.slice(lead, lead + comma.index).trim() : '';
    // Prose is told by its small letter in Latin script; Georgian has no capitals and Bulgarian
    // abbreviates its units in small letters ("ж.к.", "бл. 25").
    if (
      !comma ||
      (first.length <= 40 && (!/^[a-z\u00df-\u024f]/u.test(first) || UNIT_START.test(first)))
    )
      break;
    lead += comma.index + 1;
    lead += said.slice(lead).length - said.slice(lead).trimStart().length;
  }
  let address = said.slice(lead);
  let parts = address.split(/[,،，、፣]/u).map((part) => part.trim());
  // Two parts will do when the first is a house number and a street's name and the second a town
  // or a lettered postcode ("I'm at 14 Calle Ocho, Miami", "my studio at 14 Stokes Croft, BS1 3PR
  // on Thursday"), the postcode ending the address.
  if (parts.length === 2 && NUMBER_AND_NAME.test(parts[0]!)) {
    const postcode = LETTERED_POSTCODE_START.exec(parts[1]!);
    if (postcode) {
      address = address.slice(0, address.indexOf(parts[1]!) + postcode[0].length);
      parts = [parts[0]!, postcode[0]];
    }
    if (
      postcode ||
      (TOWN.test(parts[1]!) && !CITY_STOP.has(parts[1]!.split(/\s/)[0]!.toLowerCase()))
    ) {
      const start = at + lead;
      return NOT_PLACE_PARTS.test(address)
        ? undefined
        : { start, end: start + address.length, unit: false, kind: 'street' };
    }
  }
  if (
    parts.length < 3 ||
    parts.some((part) => part.length === 0 || part.length > 40 || PROSE_PART.test(part)) ||
    // The number opens or closes a part, as house, unit and postcode numbers do ("Plot 14",
    // "14 Admiralty Way", "کوچه ۱۲"), not one inside a phrase ("the 3 reviewers by Friday").
    !parts.some((part) => HOUSE_NUMBER_AT_EDGE.test(part)) ||
    NOT_PLACE_PARTS.test(address) ||
    // In Latin script, places are names: two parts at least open with a capital or a number, or
    // close with a postcode ("dallas tx 75201").
    (!/[^\p{ASCII}]/u.test(address) &&
      parts.filter((part) => /^(?:\d|\p{Lu})|\d{4,6}$/u.test(part) || UNIT_START.test(part))
        .length < 2)
  )
    return undefined;
  const start = at + lead;
  return { start, end: start + address.length, unit: false, kind: 'street' };
}

// A part that opens with a unit word is a place's, whatever its case: "house 112/4 Jhamsikhel".
const UNIT_START = /^(?:house|flat|plot|unit|apt|suite|block|shop|office)\b/i;
const NUMBER_AND_NAME = /^\d{1,5}[A-Za-z]?\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}$/u;
const LETTERED_POSTCODE_START =
  /^(?:[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d|\d{4}\s?[A-Z]{2})(?![\p{L}\p{N}])/u;
const TOWN = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}$/u;

// Clauses a place list may stand in by itself, a cue to come or send in the sentence beside it:
// "Plot 14, Admiralty Way, Lekki Phase 1, Lagos. That's our office, come around 2pm".
const CLAUSE = /[^.!?。\n—–]+/gu;
const CLUE_REACH = 160;

// "Address:" labels a place without saying whose it is.
const LABEL_CUE = new RegExp(
  String.raw`\b(?:address|addr|direccion|endereco|adresse|anschrift|indirizzo|alamat)\s*(?:is\b|es\b|e\b|est\b|:)` +
    // Hungarian "send it to this address" (folded: "erre a címre").
    String.raw`|\bcimre\b|\bcimem\b` +
    `|${CYRILLIC_START}адреса?\\s*:|عنوان|(?:${ADDRESS_LABEL})\\s*[:：]`,
  'gi',
);
// The sentence presents the address as data for the work, whoever it belongs to.
const FRAMING = new RegExp(
  String.raw`\b(?:${anyOf(
    'placeholders? platzhalter\\w* sample(?=\\s*(?::|address(?:es)?|data|entr(?:y|ies)|records?|rows?|inputs?|values?|formats?|texts?|json|csv|files?|customers?|users?|profiles?|listings?|locations?|pins?)) examples? for\\s+example e\\.g\\b eg\\. i\\.e\\b dummy mock(?:ed|s)?(?!-) mock-?ups?(?=\\s*(?::|address(?:es)?|data|screens?|pages?|layouts?|designs?)) ' +
      'test\\s+data fake synthetic sandbox lorem fixtures? seed\\s+data formats? formatted fields? ' +
      'templates? input\\s+mask store\\s+locator map\\s+pins? demo such\\s+as to\\s+test\\s+with ' +
      'subtitles? dialogue formulario formulaire formato ejemplo exemplo exemple ' +
      'beispiel esempio contoh(?=\\s*(?::|alamat|format|data)) halimbawa ' +
      // German placeholder names: "Musterstraße 12", "Max Mustermann".
      'muster(?:strasse|straße|weg|stadt|mann|frau)',
  )})\b|${CYRILLIC_START}пример`,
  'gi',
);
// The sentence treats it as content of the work (a page, a file, someone else's venue): work
// content unless the writer also offers it as theirs.
const WORK_CONTENT = new RegExp(
  String.raw`\b(?:${anyOf(
    // Texts to translate are work, unless the writer gives their own place to drop them at.
    'geocod\\w* bugs? errors? error fallo fails? failing (?:order|pedido|commande|bestellung)\\s*(?:#|no\\.?|n[°º]|\\d) autocomplete csv spreadsheet columns? rows? footer header listings? displays? shows? ' +
      'mostrar render\\w* pars(?:e|er|es|ing) validat\\w* regex typo proofread press\\s+release ' +
      "label\\s+printer layout test\\s+suite debug restyle typeset database client['’]s " +
      "customer['’]s user['’]s their venue resort hotel museum su\\s+direccion ticket\\s+prices city\\s+guides? " +
      'itinerar\\w* landmarks?(?!\\s*(?::|opp\\w*|near|behind|beside|next)) attractions? quiz\\w* trivia famous podcasts? scripts? posters? flyers? plakat\\w* affiches? locandin\\w* afi[sș]\\w* text\\s+to\\s+include ' +
      'cartel\\w* concerts? concierto koncert\\w* konzert\\w* concerto ' +
      // A press release to proofread in other languages (folded: no accents).
      'communiqu\\w* comunicat\\w* pressemitteilung\\w* persbericht relire relecture correggere corregir korrektur\\w* ' +
      // Invitations to design, a client's legal notice page.
      '(?:on|for)\\s+the\\s+letterheads? (?:design|create|make|redesign)\\s+(?:a|the|our|their|new)\\s+letterheads? stationery (?<!(?:return|stamped|padded|addressed)\\s+)envelopes? manuscript chapters? novel characters? its\\s+headquarters annual\\s+(?:report|filing) competitors? invitations? invitacion\\w* einladung\\w* convites? partecipazion\\w* inviti impressum festivals? stammdaten master\\s+data entered\\s+by\\s+the\\s+(?:customer|user|buyer) ' +
      // A property advert to write: "testi per l'annuncio", "texto para el anuncio", "W ogłoszeniu
      // mieszkania proszę podać: ul. Polna 8, …".
      'annunci\\w* anuncios? annonces? annons\\w* og[lł]oszeni\\w* inserat\\w* immobilien\\w* landing\\s+pages? map\\s+embeds? ' +
      // A store finder's entry, a court's address in a legal translation.
      'filialfinder store\\s+finder vizitk\\w* visitkort\\w* wizyt[oó]wk\\w* nevjegy\\w* ma[gğ]aza\\s+bulucu\\w* localizador\\s+de\\s+(?:tiendas|lojas) tribunal\\w* gericht\\w* juzgado',
  )}|${TRANSLATION_WORDS})\b` +
    // The same in other scripts: posters, flyers, test data, validation, a property advert, a
    // translation.
    `|${TRANSLATION_WORDS_UNSPACED}` +
    '|海报|传单|ポスター|チラシ|テストデータ|バリデーション|포스터|전단|מודעה|מודעת|פלאייר|منيو|المنيو' +
    `|${CYRILLIC_START}(?:объявлени[а-яё]*|оголошенн[а-яіїєґ]*|перев[оеи]д)`,
  'gi',
);
const LIKE_BEFORE = /\blike\s*:?\s*$/i;
const OWN_OR_INVITED =
  /\b(?:i|i'm|im|my|me|we|our|us|mi|mis|yo|nuestr\w*|eu|meu|minha|nosso\w*|nossa|je|moi|mon|ma|mes|notre|nos|ich|mir|mich|mein\w*|wir|uns\w*|ik|mijn|ons|onze|wij|moj\w*|come\s+(?:to|over|by)|(?:go(?:es)?|sent|send|mail|post|ship)\s+(?:\w+\s+)?back\s+to|visit\w*|stop\s+by|drop\s+by|swing\s+by|bring|pick\s+(?:it\s+|them\s+)?up|welcome\s+to)\b|(?:^|[^а-яё])(?:мо[йяеи]|наш\p{L}*|я|мы|меня|мне)(?![а-яё])/iu;
const LIST_OF_ADDRESSES = 3;
const QUOTES = /["“”„«»]/g;
// Ends of sentences; "St.", "Dr.", "e.g." (fewer than three plain characters) end none, nor does
// a semicolon between items of one list ("e.g. 5 Avenue Anatole France, Paris; Piazza …, Roma").
const SENTENCE_END = /(?<=[^\s.!?]{3})[.!?]\s+|[!?]\s+|\n/g;
// "print(" is code; a print shop is not. Keywords count as code only where code uses them:
// "let x =" is code, "security will let the courier in" is not.
const CODE_LIKE =
  /[{}=]|<\/?[a-z]|\b(?:const|let|var)\s+[\w$]+\s*[=:;]|\bdef\s+\w+\s*\(|\breturn\s+[^\s.]+;|\bprint(?=\s*\()/gi;

type Kind = 'street' | 'po_box' | 'lot';
/** What must follow a core for it to count: a bare plot number or chōme is no address. */
type Needs =
  'postcode_and_place' | 'unit_or_postcode' | 'japanese_postcode' | 'lettered_postcode' | 'place';

/** A street, box or lot matched by one pattern, in folded offsets. */
interface Core {
  start: number;
  end: number;
  /** A unit, or anything else that makes the core a whole address by itself. */
  unit: boolean;
  kind: Kind;
  needs?: Needs;
}

interface Tail {
  end: number;
  unit: boolean;
  /** How many unit pieces: "Building 34, Street 870, Zone 66" holds two after the core. */
  units: number;
  /** A street named after a unit: "House No. 12, Kofi Annan Street". */
  street: boolean;
  postcode: boolean;
  /** The postcode holds letters: "LL15 1BT", "T0M 1X0", "1016 GV". */
  lettered: boolean;
  /** The postcode reads as a year as well ("Berlin 2025"). */
  yearLike: boolean;
  japanese: boolean;
  place: boolean;
  /** A landmark said beside it: "near the mosque", "frente a la farmacia". */
  landmark: boolean;
}

/** An accepted address, in folded offsets. */
interface Found {
  start: number;
  end: number;
  confidence: number;
  kind: Kind;
}

/**
 * Where one context pattern matches in the whole message, found on first use. Each candidate then
 * pays a binary search instead of a regex run over its window, which keeps a message holding
 * thousands of candidates linear.
 */
class Marks {
  private starts: number[] | undefined;
  private ends: number[] = [];

  constructor(
    private readonly text: string,
    private readonly pattern: RegExp,
  ) {}

  /** Where each match ends, in order. */
  matchEnds(): readonly number[] {
    this.load();
    return this.ends;
  }

  /** How many matches start in [from, to). */
  count(from: number, to: number): number {
    const starts = this.load();
    return lowerBound(starts, to) - lowerBound(starts, Math.max(0, from));
  }

  some(from: number, to: number): boolean {
    return this.count(from, to) > 0;
  }

  /** End of the last match ending at or before `at`, if it is at least `floor`; else `floor`. */
  lastEnd(at: number, floor: number): number {
    this.load();
    const end = this.ends[lowerBound(this.ends, at + 1) - 1];
    return end !== undefined && end >= floor ? end : floor;
  }

  /** Start of the first match starting at or after `at`, if before `ceiling`; else `ceiling`. */
  firstStart(at: number, ceiling: number): number {
    const starts = this.load();
    const start = starts[lowerBound(starts, at)];
    return start !== undefined && start < ceiling ? start : ceiling;
  }

  private load(): number[] {
    if (this.starts) return this.starts;
    this.starts = [];
    this.pattern.lastIndex = 0;
    for (let m = this.pattern.exec(this.text); m; m = this.pattern.exec(this.text)) {
      this.starts.push(m.index);
      this.ends.push(m.index + m[0].length);
    }
    return this.starts;
  }
}

function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const whole =
  (kind: Kind, needs?: Needs) =>
  (m: RegExpExecArray): Core => ({
    start: m.index,
    end: m.index + m[0].length,
    unit: false,
    kind,
    needs,
  });

/** "Llanfair Road" before a lettered postcode; not "Google Drive" nor "The Road". */
function namedHouseStreet(m: RegExpExecArray): Core | undefined {
  const names = m[0]
    .trim()
    .split(/[^\S\n]+/)
    .slice(0, -1);
  const last = names[names.length - 1]?.toLowerCase();
  if (!last || NOT_STREET_NAME.has(last) || names.some((n) => NAME_STOP.has(n.toLowerCase())))
    return undefined;
  return whole('street', 'lettered_postcode')(m);
}

/** "Storgatan 41", not "Chapter 12" nor "Sprint 14". */
function nameThenNumber(m: RegExpExecArray): Core | undefined {
  const name = m[0].replace(/\d[\d/]*[a-zA-Z]?$/, '');
  // "Apartado Postal 118", "Posbus 1187": boxes, read as such by PO_BOX_RE.
  if (NOT_BEFORE_NUMBER.test(name) || /(?:box|postal|postbus|posbus|postfach)\s*$/i.test(name))
    return undefined;
  return whole('street', 'postcode_and_place')(m);
}

/** A box; with its postal code joined on ("P.O. Box 4471-00100", as in Kenya) it is a whole address. */
/** The part after an address label, when it reads as one: a number, two parts, no mailbox or link. */
function labelledAddress(m: RegExpExecArray): Core | undefined {
  const address = m[1]!.replace(/[\s,،，、;]+$/u, '');
  if (
    !/\d/.test(address) ||
    !/[,،，、]/u.test(address) ||
    /^\d+(?:\.\d+){3}|^["“«„'‘]/.test(address) ||
    // A mailbox or link, or "Delivery: 3 days, 2 revisions": the terms of the work, not a place.
    NOT_PLACE_PARTS.test(address) ||
    // "Address: the issue in section 3, page 4" uses the verb; a Latin address names a place.
    (!/[^\p{ASCII}]/u.test(address) && !/^\d|\b[A-Z][a-z]/.test(address))
  )
    return undefined;
  const start = m.index + m[0].length - m[1]!.length;
  return { start, end: start + address.length, unit: false, kind: 'street' };
}

function postBox(m: RegExpExecArray): Core {
  return { ...whole('po_box')(m), unit: /-\d{5}$/.test(m[0]) };
}

// Codes that pinpoint a door, given instead of a street: what3words ("///lamp.violin.orbit"), a
// plus code before its town ("6GCR+7M Kisumu"), a map pin link, and the national codes some
// countries give each house, read with their label (GhanaPost GPS "GA-183-8164", Ireland's
// Eircode "D06 F6K2", a Saudi short address "RAHA4521").
// Searched from its "///" or "+" (see anchored.ts), which few messages hold.
const LOCATION_CODE = anchored(
  new RegExp(
    [
      String.raw`(?<![\w/])\/\/\/[a-z]{2,20}\.[a-z]{2,20}\.[a-z]{2,20}(?![\w.])`,
      String.raw`(?<![\w+])(?:[2-9CFGHJMPQRVWX]{8}\+[2-9CFGHJMPQRVWX]{2,3}|(?=[2-9CFGHJMPQRVWX]{0,3}[CFGHJMPQRVWX])(?=[2-9CFGHJMPQRVWX]{0,3}[2-9])[2-9CFGHJMPQRVWX]{4}\+[2-9CFGHJMPQRVWX]{2,3}(?=[^\S\n]+\p{Lu}))(?![\w+])`,
    ].join('|'),
    'gu',
  ),
  /\/\/\/|\+/,
  /[2-9CFGHJMPQRVWX]/,
  8,
);
// Each national code with its labels, read from the label (the code is the match's last group).
const LOCATION_CODE_LABELS = [
  String.raw`ghana\s?post(?:\s+gps)?|gps(?:\s+address)?|digital\s+address`,
  'eircode',
  String.raw`short\s+(?:code|address)|national\s+address`,
];
const LABELLED_LOCATION_CODE = new RegExp(
  [
    String.raw`\b(?:${LOCATION_CODE_LABELS[0]})\b[^\n\d]{0,15}?\b([A-Z]{2}-\d{3,4}-\d{4})\b`,
    String.raw`\b(?:${LOCATION_CODE_LABELS[1]})\b[^\n\d]{0,15}?\b((?:[AC-FHKNPRTV-Y]\d{2}|D6W)\s?[0-9AC-FHKNPRTV-Y]{4})\b`,
    String.raw`\b(?:${LOCATION_CODE_LABELS[2]})\b[^\n]{0,25}?\b([A-Z]{4}\d{4})\b`,
  ].join('|'),
  'gi',
);
const MAY_BE_LABELLED_CODE = new RegExp(LOCATION_CODE_LABELS.join('|'));
const MAY_HOLD_LOCATION_CODE = /\/\/\/|\+/;
const MAY_HOLD_ANY_LOCATION = new RegExp(
  `${MAY_HOLD_LOCATION_CODE.source}|maps|${MAY_BE_LABELLED_CODE.source}`,
);
// A map pin is an address only when offered as the way to come: "here's my pin, come by after 5".
const MAP_PIN =
  /(?<![\w.])(?:https?:\/\/)?(?:maps\.app\.goo\.gl|goo\.gl\/maps|(?:www\.)?google\.[a-z.]{2,6}\/maps|maps\.google\.[a-z.]{2,6}|maps\.apple\.com)\/?[^\s]*/gi;

function findLocationCodes(scan: Scan): RawFinding[] {
  const lower = scan.lower;
  // One scan rules out most messages; the three kinds are told apart only after it.
  if (!MAY_HOLD_ANY_LOCATION.test(lower)) return [];
  const hasMap = lower.includes('maps');
  const mayHoldCode = MAY_HOLD_LOCATION_CODE.test(lower);
  const mayBeLabelled = MAY_BE_LABELLED_CODE.test(lower);
  const text = scan.folded.text;
  const found: Array<[number, number]> = [];
  if (mayHoldCode) {
    LOCATION_CODE.lastIndex = 0;
    for (let m = LOCATION_CODE.exec(text); m; m = LOCATION_CODE.exec(text))
      found.push([m.index, m.index + m[0].length]);
  }
  if (mayBeLabelled) {
    LABELLED_LOCATION_CODE.lastIndex = 0;
    for (let m = LABELLED_LOCATION_CODE.exec(text); m; m = LABELLED_LOCATION_CODE.exec(text)) {
      const code = m[1] ?? m[2] ?? m[3]!;
      const end = m.index + m[0].length;
      found.push([end - code.length, end]);
    }
  }
  if (hasMap && (OFFERED_ONCE.test(text) || VISIT_ONCE.test(text))) {
    MAP_PIN.lastIndex = 0;
    for (let m = MAP_PIN.exec(text); m; m = MAP_PIN.exec(text))
      found.push([m.index, m.index + m[0].length]);
  }
  // Codes to validate or shown as an example ("codes like GA-183-8164") are the work.
  return found
    .filter(([s, e]) => !isFramedAsExample(text, s, e))
    .map(([s, e]) => {
      const [start, end] = scan.folded.originalSpan(s, e);
      return {
        category: 'address',
        start,
        end,
        confidence: 0.85,
        evidence: {
          detector: 'address.location_code',
          kind: 'location_code',
          normalized: text.slice(s, e),
          obfuscations: [],
        },
      };
    });
}

export function findAddresses(scan: Scan): RawFinding[] {
  return [...findStreetAddresses(scan), ...findLocationCodes(scan)];
}

function findStreetAddresses(scan: Scan): RawFinding[] {
  const text = scan.folded.text;
  const lower = scan.lower;
  if (!/\d/.test(lower) && !CJK_NUMERAL_HOUSE.test(lower)) return [];
  const cued = firstMatches(PERSONAL_CUES, scan).length > 0;
  if (!cued && !ANY_START.test(lower)) return [];
  const cores: Core[] = [];
  const run = (
    gate: GateName,
    pattern: RegExp,
    accept: (m: RegExpExecArray, text: string) => Core | undefined,
    reach?: number,
  ): void => {
    const at = GATE_RES[gate].exec(lower)?.index;
    if (at === undefined) return;
    // With `reach`, no match starts further than that before its gate's: the pattern is read
    // from there (offsets in `lower` are the text's while their lengths agree).
    const from = reach !== undefined && lower.length === text.length ? Math.max(0, at - reach) : 0;
    collect(pattern, text, accept, cores, from);
  };
  run('numberFirst', NUMBER_FIRST_RE, numberFirst);
  run('french', FRENCH_RE, french);
  run('typeFirst', TYPE_FIRST_RE, typeFirst);
  run('typeFirstNoNumber', TYPE_FIRST_NO_NUMBER_RE, whole('street', 'unit_or_postcode'));
  run('namedHouse', NAMED_HOUSE_STREET_RE, namedHouseStreet, NAMED_HOUSE_REACH);
  run('nameThenNumber', NAME_THEN_NUMBER_RE, nameThenNumber);
  run('vietnamese', VIETNAMESE_RE, whole('street', 'place'));
  // A road, ward or block with its number is a whole address in these scripts.
  run('cjk', CJK_RE, (m) => ({ ...whole('street')(m), unit: true }));
  run('korean', KOREAN_ROAD_RE, (m) => (/\d/.test(m[0]) ? whole('street', 'place')(m) : undefined));
  run('nameThenType', NAME_THEN_TYPE_RE, withoutMeasure);
  run('arabic', ARABIC_NUMBER_FIRST_RE, whole('street'));
  run('german', GERMAN_RE, withoutMeasure);
  run('japanese', JAPANESE_RE, whole('street', 'japanese_postcode'));
  run('unitFirst', UNIT_FIRST_RE, whole('street', 'postcode_and_place'));
  run('poBox', PO_BOX_RE, postBox);
  run('poBox', NORDIC_BOX_RE, whole('po_box', 'postcode_and_place'));
  run('boitePostale', BOITE_POSTALE_RE, whole('po_box', 'postcode_and_place'));
  run('lot', LOT_RE, whole('lot'));
  run('directionStreet', DIRECTION_STREET_RE, whole('street', 'unit_or_postcode'));
  run('labelled', LABELLED_ADDRESS_RE, labelledAddress);
  const mark = (pattern: RegExp): Marks => new Marks(text, pattern);
  const personalCues = mark(PERSONAL_CUE);
  if (cores.length === 0 && !cued) return [];

  // An ask to come or meet near a street says it is the writer's place, or where to meet.
  const visits = mark(VISIT_ANYWHERE);
  const labelCues = mark(LABEL_CUE);
  const framing = mark(FRAMING);
  const workContent = mark(WORK_CONTENT);
  const sentenceEnds = mark(SENTENCE_END);
  const quotes = mark(QUOTES);
  const codeLike = mark(CODE_LIKE);

  const judge = (core: Core): Found | undefined => {
    // After a lot or a unit ("House No. 12, Kofi Annan Street, …") a street may be named.
    const tail = parseTail(
      text,
      core.end,
      core.kind === 'lot' || core.needs === 'postcode_and_place',
    );
    const { start } = core;
    const { end } = tail;
    const personal =
      personalCues.some(start - 100, start) ||
      personalCues.some(end, end + 50) ||
      visits.some(start - 100, start) ||
      visits.some(end, end + 80);
    if (!meets(core.needs, tail, personal)) return undefined;
    // A landmark beside it is said to find the place: "C/ Mayor 8, frente a la farmacia".
    const strong = core.unit || tail.unit || tail.postcode || tail.place || tail.landmark;
    if (!strong && !personal && !labelCues.some(start - 100, start)) return undefined;

    // The sentence around the span, and the one before when this one is only a label ("Sample:\n").
    const floor = Math.max(0, start - 120);
    let from = sentenceEnds.lastEnd(start, floor);
    if (/^\s*$|:\s*$/.test(text.slice(from, start))) from = sentenceEnds.lastEnd(from - 1, floor);
    const to = sentenceEnds.firstStart(end, end + 80);
    const inSentence = (marks: Marks): boolean => marks.some(from, start) || marks.some(end, to);
    // A placeholder may stand inside the address itself: "Musterstraße 1, 12345 Musterstadt".
    if (
      inSentence(framing) ||
      framing.some(start, end) ||
      LIKE_BEFORE.test(text.slice(Math.max(0, start - 12), start))
    )
      return undefined;

    const lineFrom = lineStart(text, start, 80);
    const lineTo = lineEnd(text, end, 80);
    // Inside quotation marks: a string being discussed, not one being given.
    const quoted = quotes.count(lineFrom, start) % 2 === 1 && quotes.some(end, lineTo);
    // A cue outside the quotation ("the app rejected the delivery to "Apt 2, 55 Ocean View Rd"")
    // speaks of the string; the writer's own place or an invitation still makes it theirs.
    if (quoted && (!personal || !OWN_OR_INVITED.test(text.slice(from, to)))) return undefined;
    // The work's own content wins over a cue that names no one ("located at", "ship to"); the
    // writer speaking of their own place, or inviting people to it, outweighs it.
    // A document to translate runs over sentences: "Please translate the lease. Property: flat on
    // the 2nd floor, Bergmannstraße 48, 10961 Berlin" (unless a cue sends or invites someone there).
    const translating = TRANSLATING.test(text.slice(Math.max(0, start - 300), start));
    if (
      (translating && !personal) ||
      (inSentence(workContent) && (!personal || !OWN_OR_INVITED.test(text.slice(from, to))))
    )
      return undefined;
    // Addresses in code are usually fixtures; only a cue ("# ship to my place") makes them real.
    const [oStart, oEnd] = scan.folded.originalSpan(start, end);
    const codeish =
      insideSorted(scan.code, oStart, oEnd) ||
      codeLike.some(lineFrom, start) ||
      codeLike.some(end, lineTo);
    if (!personal && codeish) return undefined;
    return { start, end, confidence: strong ? 0.9 : 0.75, kind: core.kind };
  };
  const found: Found[] = [];
  for (const core of cores) {
    const address = judge(core);
    if (address) found.push(address);
  }
  // Where no pattern's street stands, what follows a cue that it is where to send or come: a
  // fallback for the shapes the patterns do not know, read from each cue's end.
  if (found.length === 0 && cued) {
    for (const at of personalCues.matchEnds()) {
      CUED_ADDRESS.lastIndex = at;
      const m = CUED_ADDRESS.exec(text);
      const core = m && placeList(m[1]!, m.index + m[0].length - m[1]!.length);
      const address = core && judge(core);
      if (address) found.push(address);
    }
  }
  // Or a place list anywhere, with such a cue in its sentence or a sentence or so away.
  if (found.length === 0 && (cued || visits.some(0, text.length))) {
    CLAUSE.lastIndex = 0;
    for (let m = CLAUSE.exec(text); m; m = CLAUSE.exec(text)) {
      const { index } = m;
      const end = index + m[0].length;
      const near = (marks: Marks): boolean => marks.some(index - CLUE_REACH, end + CLUE_REACH);
      if (!near(personalCues) && !near(visits)) continue;
      const core = placeList(m[0].trimStart(), index + m[0].length - m[0].trimStart().length);
      const address = core && judge(core);
      if (address) found.push(address);
    }
  }
  const addresses = mergeOverlapping(found);
  // Three addresses or more are a list the work is about (listings, venues, sites), not where
  // the writer is.
  if (addresses.length >= LIST_OF_ADDRESSES) return [];
  return addresses.map((f) => {
    const [start, end] = scan.folded.originalSpan(f.start, f.end);
    return {
      category: 'address',
      start,
      end,
      confidence: f.confidence,
      evidence: {
        detector: f.kind === 'po_box' ? 'address.postal' : 'address.street',
        kind: f.kind,
        normalized: text.slice(f.start, f.end).replace(/\s+/g, ' '),
        obfuscations: insideSorted(scan.code, start, end) ? ['code_block'] : [],
      },
    };
  });
}

function collect(
  pattern: RegExp,
  text: string,
  accept: (m: RegExpExecArray, text: string) => Core | undefined,
  into: Core[],
  from = 0,
): void {
  pattern.lastIndex = from;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const core = accept(m, text);
    if (core) into.push(core);
    // A rejected match may hide a real one that starts inside it.
    else pattern.lastIndex = m.index + 1;
  }
}

function meets(needs: Needs | undefined, tail: Tail, personal: boolean): boolean {
  // Where the street alone says little, a postcode that may be a year does not make up for it.
  // Where the country uses no postcode (Qatar, the Emirates, Ghana…), two more units or a named
  // street stand in for one ("Building 34, Street 870, Zone 66, West Bay, Doha"; "House No. 12,
  // Kofi Annan Street, Accra"), and an offer to come ("come to my studio…") for the place.
  if (needs === 'postcode_and_place')
    return (
      (tail.place || personal) &&
      ((tail.postcode && !tail.yearLike) || tail.units >= 2 || tail.street || tail.landmark)
    );
  if (needs === 'unit_or_postcode') return tail.unit || (tail.postcode && !tail.yearLike);
  if (needs === 'japanese_postcode') return tail.japanese;
  if (needs === 'lettered_postcode')
    return (
      tail.place &&
      (tail.lettered || (tail.unit && ((tail.postcode && !tail.yearLike) || personal)))
    );
  if (needs === 'place') return tail.place;
  return true;
}

const isCapitalised = (word: string): boolean => /^(?:\p{Lu}|\d)/u.test(word);

/** "221B Baker Street", "1/10082 Williams RD", "Flat 4, 12 High St", "3409 Bloor St W". */
function numberFirst(m: RegExpExecArray, text: string): Core | undefined {
  const names = m[2]!.trim().split(/[^\S\n]+/);
  const type = m[3]!.toLowerCase();
  if (names.some((n) => NAME_STOP.has(n.toLowerCase()))) return undefined;
  if (NOT_STREET_NAME.has(names[names.length - 1]!.toLowerCase().replace(/\.$/, '')))
    return undefined;
  if (!names.every(isCapitalised) && !(LOWERCASE_NAME_OK.has(type) && names.length <= 2))
    return undefined;
  let end = m.index + m[0].length;
  for (
    let i = 0, next = endAt(TYPE_AFTER_TYPE, text, end);
    i < 2 && next >= 0;
    i++, next = endAt(TYPE_AFTER_TYPE, text, end)
  ) {
    end = next;
  }
  end = Math.max(end, endAt(DIRECTION, text, end));
  if (endAt(NOT_AFTER_TYPE, text, end) >= 0) return undefined;
  const before = text.slice(Math.max(0, m.index - 40), m.index);
  if (NOT_BEFORE_NUMBER.test(before)) return undefined;
  const unitBefore = UNIT_BEFORE.exec(before);
  return {
    start: m.index - (unitBefore?.[0].length ?? 0),
    end,
    unit: unitBefore !== null || m[1]!.includes('/'),
    kind: 'street',
  };
}

/** "12 rue de la Paix": the name ends at its last capitalised word. */
function french(m: RegExpExecArray): Core | undefined {
  const nameStart = m.index + m[0].length - m[3]!.length;
  const nameWords = [...m[3]!.matchAll(/\S+/g)];
  const first = nameWords[0]?.[0] ?? '';
  if (!isCapitalised(first) && !PARTICLES.has(first.toLowerCase().replace(/['’].*$/, '')))
    return undefined;
  let end = -1;
  for (const w of nameWords) {
    if (isCapitalised(w[0]) || /^[dl]['’]\p{Lu}/u.test(w[0]))
      end = nameStart + w.index + w[0].replace(/\.$/, '').length;
  }
  if (end < 0) return undefined;
  return { start: m.index, end, unit: false, kind: 'street' };
}

/** "Calle Mayor 12", "ул. Ленина, д. 5", "Jl. Sudirman No. 5", "شارع التحرير 15". */
function typeFirst(m: RegExpExecArray, text: string): Core | undefined {
  const names = m[2]!.split(/[^\S\n]+/);
  const first = names[0]!;
  if (names.some((n) => NAME_STOP.has(n.toLowerCase()))) return undefined;
  if (
    TYPE_FIRST_STRICT.has(m[1]!.toLowerCase()) &&
    !isCapitalised(first) &&
    !PARTICLES.has(first.toLowerCase())
  ) {
    return undefined;
  }
  return withoutMeasure(m, text);
}

/** The match as a street unless its number counts something ("Platz 3 Tage"). */
function withoutMeasure(m: RegExpExecArray, text: string): Core | undefined {
  const end = m.index + m[0].length;
  if (endAt(MEASURE, text, end) >= 0) return undefined;
  return { start: m.index, end, unit: false, kind: 'street' };
}

/** End of a match of sticky `pattern` right at `at`, or -1; `test` spares the match array. */
function endAt(pattern: RegExp, text: string, at: number): number {
  pattern.lastIndex = at;
  return pattern.test(text) ? pattern.lastIndex : -1;
}

/**
 * Reads what follows a street: units, city, state, postcode, in the orders people write them
 * ("Niles, MI 45920", "London NW1 6XE", "28013 Madrid", ", кв. 12").
 */
function parseTail(text: string, from: number, streetMayFollow: boolean): Tail {
  const tail: Tail = {
    end: from,
    unit: false,
    units: 0,
    street: false,
    postcode: false,
    lettered: false,
    yearLike: false,
    japanese: false,
    place: false,
    landmark: false,
  };
  let street = streetMayFollow;
  for (let step = 0; step < 8; step++) {
    const between = endAt(BETWEEN_STREETS, text, tail.end);
    if (between >= 0) {
      tail.end = between;
      continue;
    }
    const at = endAt(SEPARATOR, text, tail.end);
    const comma = /[,،\-–—/\n]/.test(text.slice(tail.end, at));
    // A postcode with letters is read before a unit: "NR21 0AJ" is no "nr. 21", "BL1 4QR" no block.
    const lettered = endAt(POSTCODE, text, at);
    const unit =
      lettered >= 0 && /[A-Z]/.test(text.slice(at, lettered))
        ? -1
        : Math.max(
            endAt(UNIT, text, at),
            comma || tail.unit ? endAt(NAMED_BUILDING, text, at) : -1,
          );
    if (unit >= 0) {
      // "Villa 27, Street 14B, Al Barsha": a numbered street names the street.
      if (STREET_UNIT.test(text.slice(at, unit))) tail.street = true;
      tail.end = unit;
      tail.unit = true;
      tail.units++;
      continue;
    }
    // A landmark needs no comma before it: "22 Ogundana Street off Allen Avenue", "House 17 behind
    // the old market".
    const landmark = endAt(LANDMARK, text, at);
    // A building's name after a unit: "Unit 17F, The Residences at Greenbelt, Esperanza St".
    const building = comma && (tail.unit || street) ? endAt(BUILDING_NAME, text, at) : -1;
    if (landmark >= 0 || building >= 0) {
      tail.end = Math.max(landmark, building);
      tail.landmark ||= landmark >= 0;
      continue;
    }
    const streetName = street ? endAt(STREET_NAME, text, at) : -1;
    street = false;
    if (streetName >= 0) {
      tail.end = streetName;
      tail.street = true;
      continue;
    }
    const postcode = endAt(POSTCODE, text, at);
    const japanese = postcode < 0 && tail.place ? endAt(JAPANESE_POSTCODE, text, at) : -1;
    if (postcode >= 0 || japanese >= 0) {
      tail.end = Math.max(postcode, japanese);
      tail.postcode = true;
      tail.lettered = /[A-Z]/.test(text.slice(at, tail.end));
      tail.yearLike = /^(?:19|20)\d\d$/.test(text.slice(at, tail.end));
      tail.japanese = japanese >= 0;
      // "28013 Madrid": a city may follow a postcode that came first.
      if (!tail.place) {
        const gap = endAt(WORD_GAP, text, tail.end);
        const city = gap >= 0 ? placeName(text, gap, CITY_WORD) : -1;
        if (city >= 0) {
          tail.end = city;
          tail.place = true;
        }
      }
      break;
    }
    const region = endAt(REGION, text, at);
    if (region >= 0) {
      const gap = endAt(WORD_GAP, text, region);
      const code = gap >= 0 ? endAt(POSTCODE, text, gap) : -1;
      if (code >= 0 || tail.place) {
        tail.end = Math.max(region, code);
        tail.place = true;
        if (code < 0) continue;
        tail.postcode = true;
        break;
      }
    }
    const locality = endAt(LOCALITY_PREFIX, text, at);
    const localityEnd = locality >= 0 ? placeName(text, locality, CITY_NEXT_WORD) : -1;
    if (localityEnd >= 0) {
      tail.end = localityEnd;
      tail.place = true;
      continue;
    }
    const numbered = comma ? endAt(NUMBERED_STREET, text, at) : -1;
    if (numbered >= 0) {
      tail.end = numbered;
      continue;
    }
    const city = placeName(text, at, CITY_WORD);
    // Without a comma a capitalised word is a city only when a state or postcode follows it.
    if (
      city >= 0 &&
      (comma || regionOrPostcodeAt(text, city) || /^\/[A-Z]/.test(text.slice(city, city + 2)))
    ) {
      tail.end = city;
      tail.place = true;
      continue;
    }
    break;
  }
  return tail;
}

function regionOrPostcodeAt(text: string, from: number): boolean {
  const at = endAt(SEPARATOR, text, from);
  return endAt(REGION, text, at) >= 0 || endAt(POSTCODE, text, at) >= 0;
}

/** End of a place name of up to three words starting with `first`, or -1. */
function placeName(text: string, at: number, first: RegExp): number {
  let end = -1;
  let pos = at;
  for (let i = 0; i < 3; i++) {
    const wordAt = i > 0 ? Math.max(pos, endAt(CITY_PARTICLE, text, pos)) : pos;
    const wordEnd = endAt(i === 0 ? first : CITY_NEXT_WORD, text, wordAt);
    if (wordEnd < 0 || CITY_STOP.has(text.slice(wordAt, wordEnd).toLowerCase())) break;
    end = wordEnd;
    pos = endAt(WORD_GAP, text, end);
    if (pos < 0) break;
  }
  return end;
}

/** Start of the line holding `at`, looking back at most `limit` characters. */
function lineStart(text: string, at: number, limit: number): number {
  const floor = Math.max(0, at - limit);
  for (let i = at - 1; i >= floor; i--) if (text.charCodeAt(i) === 10) return i + 1;
  return floor;
}

/** End of the line holding `at`, looking ahead at most `limit` characters. */
function lineEnd(text: string, at: number, limit: number): number {
  const ceiling = Math.min(text.length, at + limit);
  for (let i = at; i < ceiling; i++) if (text.charCodeAt(i) === 10) return i;
  return ceiling;
}

/** Like insideAny, by binary search: code spans come sorted and a long message can hold many. */
function insideSorted(spans: ReadonlyArray<[number, number]>, start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]![0] <= start) lo = mid + 1;
    else hi = mid;
  }
  const span = spans[lo - 1];
  return span !== undefined && end <= span[1];
}

/** Patterns overlap ("12 rue de la Paix" is French and type-first): keep one address per place. */
function mergeOverlapping(found: Found[]): Found[] {
  const merged: Found[] = [];
  for (const f of found.sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = merged[merged.length - 1];
    if (last && f.start < last.end) {
      last.end = Math.max(last.end, f.end);
      last.confidence = Math.max(last.confidence, f.confidence);
    } else merged.push({ ...f });
  }
  return merged;
}
