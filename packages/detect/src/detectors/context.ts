/** Context cues shared by several detectors. */

/**
 * Letters of the scripts we read, lower case, for yes/no gates on `Scan.lower`: a gate built
 * with it runs without the `u` and `i` flags (several times faster in V8) and still lets through
 * everything the exact `\p{L}` pattern behind it would match.
 */
export const LOWER_LETTER =
  'a-z\\u00df-\\u00f6\\u00f8-\\u024f\\u03ac-\\u03ce\\u0430-\\u052f\\u05d0-\\u05ea\\u0620-\\u064a\\u066e-\\u06d3';

/** Spans of code: ``` fences, `inline code`, and four-space-indented lines. */
export function codeSpans(text: string): Array<[number, number]> {
  if (!text.includes('`') && !text.includes('\n    ')) return [];
  const spans: Array<[number, number]> = [];
  const pattern = /```[\s\S]*?(```|$)|`[^`\n]+`|(^|\n)( {4}|\t)[^\n]*/g;
  for (let m = pattern.exec(text); m; m = pattern.exec(text))
    spans.push([m.index, m.index + m[0].length]);
  return spans;
}

export function insideAny(
  spans: ReadonlyArray<[number, number]>,
  start: number,
  end: number,
): boolean {
  for (const [s, e] of spans) if (start >= s && end <= e) return true;
  return false;
}

/** The line around an offset, for "does this look like code?" checks. */
export function lineAround(text: string, start: number, end: number): string {
  return text.slice(...enclosing(text, start, end, LINE_BREAK));
}
const LINE_BREAK = /\n/g;

/**
 * The stretch around text[start, end) from just after the last `boundary` before it to the first
 * one after it, looked for at most `back` and `ahead` characters: a message of one endless line or
 * clause with a detail every few words would otherwise be read once per detail.
 */
function enclosing(
  text: string,
  start: number,
  end: number,
  boundary: RegExp,
  back = REACH,
  ahead = REACH,
): [start: number, end: number] {
  const from = Math.max(0, start - back);
  const to = Math.min(text.length, end + ahead);
  // One character more, for a boundary's look-ahead.
  const reach = text.slice(from, to + 1);
  let enclosedStart = from;
  let enclosedEnd = to;
  boundary.lastIndex = 0;
  for (let m = boundary.exec(reach); m; m = boundary.exec(reach)) {
    const at = from + m.index;
    if (at < start) enclosedStart = at + 1;
    else if (at >= end) {
      enclosedEnd = at;
      break;
    }
  }
  return [enclosedStart, enclosedEnd];
}
const REACH = 240;

// Signs that a line is code or configuration rather than prose.
export const CODE_LINE =
  // A row of a table ("| email | string | jane@example.com |") holds data, as code does.
  // Shell commands too: "git config user.email \"you@example.com\"".
  /^\s*\|.*\|\s*$|^\s*\$?\s*(?:git|npm|npx|yarn|pnpm|pip|curl|wget|docker|kubectl|ssh|echo|export)\s|[;{}]|=>|\w\s*=\s*["'`\w]|\(\s*["'`]|["'`]\s*[),]|^\s*(const|let|var|def|import|return|export)\b|\w\.\w+\(|<\/?\w+[^>]*>/i;

/** Domains reserved for documentation and tests (RFC 2606, RFC 6761) and obvious placeholders. */
export function isPlaceholderDomain(domain: string): boolean {
  const d = domain.toLowerCase();
  return (
    /(^|\.)(test|invalid|localhost|local)$|(^|\.)example(\.|$)/.test(d) ||
    /^(example|exemplo|ejemplo|exemple|esempio|beispiel|mydomain|acme|foo|bar|company|test|teste|prueba|sample|brand)\.(com|org|net|io)(\.[a-z]{2})?$/.test(
      d,
    ) ||
    d === 'localhost'
  );
}

/**
 * A domain that names the reader's own ("yourdomain.com", "your-site.io"): a template, always,
 * where a placeholder domain (above) is one only when the sentence presents it as an example.
 */
export function isTemplateDomain(domain: string): boolean {
  return /^your-?(?:domain|company|site|website|business|brand)\.[a-z]{2,4}$/i.test(domain);
}

/** Tools whose access is granted by e-mail: an address given for them falls under the scoping exception. */
const SCOPING_TOOL =
  /\b(jira|figma|github|gitlab|bitbucket|asana|notion|trello|figm[a-z]*|arkusz\w*|google\s?drive|drive|google\s?(docs?|sheets?|account)|sheets|confluence|clickup|miro|airtable|monday(\.com)?|linear|basecamp|smartsheet|lucid(chart)?|invision|zeplin|adobe\s?xd|dropbox|sharepoint|onedrive|aws|gcp|azure|vercel|netlify|heroku|sentry|wordpress|shopify|webflow|framer|canva|loom|postman|hubspot|salesforce|zendesk|bubble|firebase|supabase|repo(sitory)?|workspace|board|project\s?board|staging|admin\s?panel|dashboard|analytics|search\s?console|app\s?store\s?connect|testflight|play\s?console)\b/i;
const ACCESS_VERB =
  /(?<![\p{L}])(inv[ií]t\p{L}*|add(ed)?|access|grant|share|collaborator|permission|onboard|seat|acceso|acesso|convid\p{L}*|a[nñ]ad\p{L}*|agr[eé]g\p{L}*|adicion\p{L}*|ajout\p{L}*|accès|zugang|zugriff|einlad\p{L}*|lade?\s+(?:mich|uns)|hinzuf[üu]g\p{L}*|ekle\p{L}*|freigabe|freigeb\p{L}*|доступ\p{L}*|пригласи\p{L}*|запроси\p{L}*|дода\p{L}*|добав\p{L}*|akses|undang\p{L}*|dodaj\p{L}*|qo['’ʻ]?sh\p{L}*|hozz[aá](?:ad\p{L}*)?|megh[ií]v\p{L}*|pozv\p{L}*|udost[eę]pni\p{L}*|p[rř][ií]stup\p{L}*|ligip[aä][aä]s\p{L}*|pievieno\p{L}*|lisa(?=\s+mind))(?![\p{L}])|초대|招待|邀请|邀請|共有|共享|추가/iu;
const CONTACT_INTENT =
  /\b(call|text|whats\s?app|telegram|skype|reach\s+me|contact\s+me|email\s+me|mail\s+me|write\s+(to\s+)?me|talk|chat|discuss|message\s+me|message\s+each\s+other|dm|outside|directly|off\s+(the\s+)?platform|phone|number|habl\w*|seguimos|escrib\w*|llam\w*|convers\w*|falar|parler|[ée]cri(?:re|vez|s)|appel\w*)\b|(?:^|[^\p{L}])(?:пиш\p{L}*|напиш\p{L}*|звон\p{L}*|общ\p{L}*|связ\p{L}*)/iu;

/**
 * The words around text[start, end) grant access to a project tool ("I'll add you to the Jira
 * board") and ask for no other contact: an e-mail given, or asked for, there is the scoping
 * exception's.
 */
export function isScopingAccess(text: string, start: number, end: number): boolean {
  const around = `${text.slice(Math.max(0, start - 160), start)} ${text.slice(end, end + 160)}`;
  return (
    SCOPING_TOOL.test(around) &&
    ACCESS_VERB.test(around) &&
    !CONTACT_INTENT.test(around.replace(TALK_KEPT_HERE, ' '))
  );
}

// Talk kept on the platform names no other contact: "everything else we can keep here in the chat".
const TALK_KEPT_HERE =
  /\b(?:(?:talk|chat|discuss|keep)\w*\s+(?:\w+\s+){0,3}?)?here(?:\s+in\s+(?:the|this)\s+chat)?\b|\b(?:hier|aqui|ici|qui|di\s+sini|dito)\s+(?:im|en\s+el|no|dans\s+le|nel|sa)?\s*chat\b/gi;

/**
 * The ask at text[start, end) is for an e-mail ("send your email", "which email is your GitHub
 * under?") wanted for access to a project tool. Its own words count too: "let's talk by email"
 * asks for more than access.
 */
export function isScopingAsk(text: string, start: number, end: number): boolean {
  return (
    /\b(?:e-?mail|address|correo|courriel|adresse)\b|пошт|почт|мейл/i.test(
      text.slice(start, end),
    ) && isScopingAccess(text, start, start)
  );
}

const CLAUSE_BOUNDARY = /[.!?](?=\s|$)|[\n;:,—–]/g;

/**
 * The clause around a span presents it as data for the work — a placeholder, a format, a test
 * fixture, a line of dialogue to translate — rather than as the writer's own detail.
 */
export function isFramedAsExample(text: string, start: number, end: number): boolean {
  const [clauseStart, clauseEnd] = enclosing(text, start, end, CLAUSE_BOUNDARY);
  const before = text.slice(clauseStart, start);
  // "my personal WhatsApp +44 …" is the writer's own, whatever the clause goes on about.
  if (OWN_DETAIL.test(before.slice(-40)) && !EXAMPLE_FRAMING.test(before)) return false;
  // A detail opening its clause may be framed by the clause before: "test it with the example
  // from the docs, NL91 ABNA 0417 1643 00".
  const framedBefore =
    before.trim() === '' &&
    /[,:]\s*$/.test(text.slice(Math.max(0, clauseStart - 2), start)) &&
    EXAMPLE_BEFORE.test(text.slice(Math.max(0, clauseStart - 60), clauseStart));
  return (
    framedBefore ||
    EXAMPLE_FRAMING.test(before) ||
    EXAMPLE_FRAMING.test(text.slice(Math.max(0, start - 12), start)) ||
    EXAMPLE_FRAMING.test(text.slice(end, clauseEnd))
  );
}

// The words that frame a detail from the clause before it.
const EXAMPLE_BEFORE =
  /\b(?:for\s+example|examples?|e\.g|placeholders?|dummy|fake|test\s+(?:data|card|iban|number)|voorbeeld|beispiel|ejemplo|exemplo|exemple|esempio|przyk[lł]ad\w*|[oö]rnek|contoh|halimbawa)\b|пример/i;

const OWN_DETAIL = /\b(?:my|our)\s+(?:own|personal|private|direct)\b/i;

// Someone else's ask, told on or turned down right after: "… I reported it", "I told them no",
// "I'd rather not." (said alone, not "I'd rather not chat here"), "ho rifiutato e l'ho
// segnalato" (folded: no accents), Arabic "هذا احتيال، قمت بالإبلاغ".
const TURNED_DOWN =
  /\b(?:i\s+(?:reported|refused|declined|said\s+no|turned\s+(?:it|them|him|her)\s+down)|i\s+told\s+(?:them|him|her)\s+no|reported\s+(?:it|them|him|her|this|that)|reported\s+(?:and|&)\s+block\w*|report\s+(?:it|them|him|her|this|the\s+account)|don'?t\s+fall\s+for|rules\s+are\s+rules|let'?s\s+keep\s+(?:everything|it|this|things)\s+(?:here|on\s+(?:the\s+)?(?:platform|site))|blocked\s+(?:and|&)\s+reported|i'?d\s+rather\s+not(?=\s*[,.!;])|i'?m\s+not\s+comfortable\s+with\s+(?:that|it)\b|(?:something|it)\s+i\s+should\s+report|(?:kept|keep)\s+saying\s+no|no,?\s+thanks|rifiutat\w*|segnalat\w*|je\s+l['’]ai\s+signal[ée]|rechac\w*|recusei|denunciei|j'ai\s+refuse|abgelehnt|gemeldet|odmowi\w*|zg[łl]osi\w*|reddett\w*|sikayet\w*)\b|احتيال|قمت\s+بالإبلاغ|بلغت\s+عنه/i;

/** Whether what follows an ask (up to 160 characters) turns it down or reports it. */
export function isTurnedDown(text: string, end: number): boolean {
  return TURNED_DOWN.test(text.slice(end, end + 160));
}

const SENTENCE_BOUNDARY = /[.!?](?=\s|$)|\n/g;

/** The sentence around text[start, end), looked for at most `back` and `ahead` characters. */
export function sentenceBounds(
  text: string,
  start: number,
  end: number,
  back: number,
  ahead: number,
): [start: number, end: number] {
  return enclosing(text, start, end, SENTENCE_BOUNDARY, back, ahead);
}

/**
 * The sentence around a span says it goes on the work — a menu, a flyer, a footer, a label — as
 * its content: "the restaurant's number has to go in the menu footer", "la carte doit afficher le
 * numéro du restaurant". The writer's own detail ("put my number on the flyer") is no content.
 * Reads folded text (accents and Indic and Thai vowel signs dropped).
 */
export function isPrintedOnTheWork(text: string, start: number, end: number): boolean {
  const [sentenceStart, sentenceEnd] = enclosing(text, start, end, SENTENCE_BOUNDARY);
  const sentence = text.slice(sentenceStart, sentenceEnd);
  return (
    PRINTED_ON.test(sentence) &&
    !OWN_BEFORE.test(text.slice(Math.max(sentenceStart, start - 40), start))
  );
}

const PRINTED_ON =
  /\b(?:menus?|menukaart|speisekarte|carte|flyers?|posters?|footer|fu(?:ss|ß)zeile|pie\s+de\s+pagina|rodape|pied\s+de\s+page|labels?|packaging|signage|banners?|brochures?|leaflets?|stickers?|letterhead|business\s+cards?|visitenkarte|tarjetas?\s+de\s+visita|cartao\s+de\s+visita|folleto|volante|affiche|plakat|invoice\s+template)\b|меню|منيو|منو|मनय|เมน|メニュー|菜单|菜單|메뉴/i;
const OWN_BEFORE =
  /\b(?:my|mine|our|mon|ma|mes|notre|mein\w*|unser\w*|mi|mis|meu|minha|nosso|nossa|mijn|ons|onze|saya|ko|aku)\b|мо[йяеи]|мій|моя|наш/i;

/**
 * The sentence around a span speaks of examples, tests or validation ("the signup email regex
 * rejects …, so jane+test@example.com fails"): wider than isFramedAsExample's clause, for details
 * that are placeholders anyway (example.com addresses).
 */
export function isInExampleSentence(text: string, start: number, end: number): boolean {
  if (isFramedAsExample(text, start, end)) return true;
  const [sentenceStart, sentenceEnd] = enclosing(text, start, end, SENTENCE_BOUNDARY);
  const before = text.slice(sentenceStart, start);
  const after = text.slice(end, sentenceEnd);
  return (
    EXAMPLE_FRAMING.test(before) ||
    EXAMPLE_FRAMING.test(after) ||
    TEST_SIGNALS.test(before) ||
    TEST_SIGNALS.test(after) ||
    LOGGED.test(before)
  );
}

/** Inside code that tests or mocks something: fixtures, expectations, seeds. */
export function isTestData(
  text: string,
  code: ReadonlyArray<[number, number]>,
  start: number,
  end: number,
): boolean {
  for (const [s, e] of code) {
    if (start >= s && end <= e) return TEST_SIGNALS.test(text.slice(Math.max(0, s - 120), e));
  }
  return false;
}

const TEST_SIGNALS =
  /\b(expect|assert\w*|mock\w*|fixtures?|tests?|testes?|pruebas?|seed\w*|examples?|samples?|stub\w*|fake\w*|dummy|storybook|spec|placeholder)\b/i;
/** Words for validating a format, in English, Finnish and the Slavic and Romance languages. */
export const VALIDATION_WORDS = String.raw`validat\w*|validoi\w*|validac\w*`;
// Where a reserved domain's address is what a log or an audit shows.
const LOGGED = new RegExp(
  String.raw`\b(?:logs?|log-?ins?|audit|attempts?|bounced?|fields?|inputs?|champ|formulaire|recette|campo|formulario|feld|formular|signups?|forms?|${VALIDATION_WORDS}|invalid|newsletter)\b|поле|表单|字段|代码|测试|テスト|테스트`,
  'i',
);

const EXAMPLE_FRAMING = new RegExp(
  String.raw`\b(placeholders?|mock(?:up|ups|ed)?|fixtures?|dummy|(?<!(?:with|your|work|some|two|three|\d)\s+)samples?(?!\s+(?:to|at)\b)|synthetic|fake|test\s+(?:data|card|number|account|user)|testow\w*\s+kart\w*|tarjeta\s+de\s+prueba|cart[aã]o\s+de\s+teste|carte\s+de\s+test|testkarte|тестов[а-я]*\s+карт[а-я]*|sandbox|format\w*|style|e\.g(?=\.)|for\s+example|such\s+as|example|input\s+mask|templates?|seed\s+file|storybook|lorem|validat\w*|(?:numbers?|values?|inputs?|strings?|address(?:es)?|e-?mails?|formats?|subscribers?|users?)\s+like|written\s+(?:like|as)|test\s+(?:cases?|plan|ibans?|mode|suite|vectors?)|unit\s+tests?|should\s+(?:pass|fail)|sandbox|e\.164|regex|intent|training\s+phrases|subtitles?|translat\w*|dialogue|the\s+actor|chatbot\s+should|formato|ejemplo|exemplo|exemple|beispiel|voorbeeld|esempio|przyk[lł]ad\w*|[oö]rnek|пример|contoh|halimbawa|kartu\s+(?:tes|uji)|assert(?:equals?)?|expect\s*\(|(?:tele)?(?:phone|foon|fon)[\s-]?(?:field|veld|feld|input|campo|champ)\w*|(?:mobile|number)[\s-](?:field|input)s?)\b|формат[а-яё]*|例[：:]|例えば|例如|比如|예[:：]|예시|バリデーション`,
  'i',
);

interface Quotes {
  opened: RegExp;
  closed: RegExp;
}
// A single quote opens only after a non-letter and closes only before one: "let's", "I'll" and
// "don't" hold apostrophes, not quotes.
const ANY_QUOTES: Quotes = {
  opened: /(?:["“«„]|(?<!\p{L})['‘’])[^"”»“]*$/u,
  closed: /^[^"“«]*?(?:["”»]|['’](?!\p{L}))/u,
};
// Without apostrophes, which also appear inside words ("let's", "I'm").
export const DOUBLE_QUOTES: Quotes = { opened: /["“«„][^"”»“]*$/, closed: /^[^"“«]*["”»]/ };

/** Words inside quotation marks are mentioned, not said: dialogue to translate, chatbot intents. */
export function isQuoted(text: string, start: number, end: number, quotes = ANY_QUOTES): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 60);
  // "my" or "our" inside the quotation makes it the writer's own words again.
  const quoted = quotes.opened.exec(before)?.[0];
  return quoted !== undefined && quotes.closed.test(after) && !/\b(my|our)\b/i.test(quoted);
}

const REPORTED =
  /\b(?:he|she|they|someone|somebody|(?:the|our|my|a|an|another|their|his|her|this|that|one|some|other|many|most)\s+(?:\w+\s+){0,2}?["“']?(?:freelancers?|clients?|recruiters?|guys?|person|designers?|developers?|devs?|agency|contractors?|candidates?|buyers?|sellers?|users?|scammers?|company|employers?|applicants?))["”']?\s+(?:\w+\s+){0,2}?(?:kept\s+(?:on\s+)?(?:asking|pushing)|keeps\s+(?:asking|pushing)|ask|asks|was\s+asking|were\s+asking|asked|tried\s+to|wanted\s+to|insisted|pushed|messaged\s+me\s+(?:asking|to)|wrote\s+(?:to\s+)?me\s+asking|told\s+me\s+to|(?:is|are)\s+telling\s+\w+\s+to)\b|\breport(?:s|ed|ing)?\s+(?:any\s+|all\s+|the\s+)?(?:messages?|people|anyone|accounts?|users?|clients?|requests?)\s+(?:that|who|which)\s+(?:ask|try|want)|\b(?:otr[oa]|un|una|el|la|outr[oa]|um|uma|o|une|le)\s+(?:\w+\s+)?(?:cliente|reclutador\w*|recrutador\w*|client|recruteur)\s+(?:\w+\s+)?(?:me\s+pidi[oó]|me\s+pediu|m['’]a\s+(?:demand|propos)[ée])/i;

/** Whether the ask at text[index, end) is one someone else made, told of, not made of the reader. */
export function isReported(text: string, index: number, end: number): boolean {
  const [sentenceStart] = sentenceBounds(text, index, index, 120, 0);
  const window = text.slice(sentenceStart, end);
  const reported = REPORTED.exec(window);
  // "…asked me to get your number", "the client asked to move to Zoom, can we?" still ask.
  return (
    reported !== null &&
    !/\b(?:you|your|yours|u|ur|can\s+we|could\s+we|shall\s+we|should\s+we|let'?s)\b/i.test(
      window.slice(reported.index + reported[0].length),
    )
  );
}
