import { fold } from '../normalize/fold.js';
import { sentenceBounds } from './context.js';
import { isNegated } from './negation.js';
import type { RawFinding } from './scan.js';
import { VISIT, VISIT_OTHER_SCRIPTS } from '../lexicon/visits.js';

/**
 * A handle, an e-mail address, a phone number or an outside link offered with an ask to use it —
 * "please pick a time on my calendly: …", "my skype is marco.d — ping me there", "apply at
 * boards.greenhouse.io/…" — asks to move as well: the ask is reported beside the detail, so that
 * the explanation names both.
 */

// Link kinds that take the talk, the call or the hiring elsewhere (not file shares or portfolios).
const ELSEWHERE_KINDS = new Set([
  'booking',
  'meeting',
  'form',
  'applicant_system',
  'personal_site',
  'shortened',
]);

// Read on the folded text (accents dropped). Imperatives and polite asks aimed at the reader,
// Latin ones without the `u` flag (case-insensitive Unicode matching is several times slower),
// the others only where the text leaves ASCII.
const ASK_BEFORE =
  /\b(?:please|pls|plz|kindly|pick|book|schedule|choose|select|grab|apply|fill(?:\s+(?:in|out))?|complete|join|register|sign\s+up|(?:message|ping|dm|pm|text|call|ring|add|contact|reach|follow|write)\s+(?:me|us)|drop\s+(?:me|us)\s+a\s+line|(?:hop|jump)\s+on\s+a\s+(?:quick\s+)?call|go\s+through|send\s+(?:\S+\s+){0,8}?to|e-?mail\s+(?:\w+\s+){0,3}?to|env[ií]a(?:me|nos)?\s+(?:\S+\s+){0,8}?a|envie\s+(?:\S+\s+){0,8}?(?:para|a)|envoyez\s+(?:\S+\s+){0,8}?a|kirim\s+(?:\S+\s+){0,8}?ke|me\s+liga|me\s+chama|ligue[\s-]me|llamame|marcame|hmu|hit\s+me\s+up|escribeme|appelle[\s-]moi|ruf\s+(?:mich\s+)?(?:einfach\s+|doch\s+)?an|schreib\s+mir|mail\s+karo|(?:wa|chat|telp(?:on)?)\s+(?:aku|saya|gue|gw)|beni\s+ara|zadzwon|pisz\s+na|cercami|manda(?:r|me)?\s+(?:un\s+)?(?:whats\s?app|mensaje)|envoyer\s+(?:\S+\s+){0,4}?a|ung\s+tuyen|visit\s+my\s+(?:site|web\s?site|page|web)|visita\s+mi\s+(?:web|sitio|pagina)|anfragen\s+(?:gerne?\s+)?an|(?:text|call)\s+this\s+number|paki-?(?:text|call)|pakitawagan|prosze\s+o\s+(?:sms|telefon|kontakt)|nipigie|niandikie|emel\s+saya|booked\s+(?:a\s+)?(?:slot|time|call)|call\s+kar\w*|(?<!\b(?:i'?ll|i\s+will|we'?ll|i|we|service|customer)\s+)(?:text|call|ring|sms)(?=(?:\s+(?:me|us))?(?:\s+(?:on|at|to))?[\s(]*$)|mandame\s+(?:\S+\s+){0,6}?a|marca\s+(?:uma\s+)?reuniao|(?:text|txt|send|call|message)\s+(?:nyo|mo)\b|whats\s?app\s+karo|(?:msg|message)\s+karo|bhej\s*(?:dein|do|dijiye|dena)|kalemni|kalimni|kallemni|zeedni|zidni|(?:wa|whatsapp|telp(?:on)?|chat)\s+(?:aja\s+)?ke|mail\s+atar\w*|appelez[\s-]moi|ecrivez|contactez|ruf\s+mich|schreiben\s+sie|(?<=^\s*|(?:please|kindly|just|pls)\s+)(?:use|visit|click|open|head\s+to)|(?:pm|chat|message)\s+mo\s+(?:ako|ko)|add\s+(?:\w+\s+)?(?:minh|ako|aku|saya)|agenda|agende|reserva|elige|escoge|aplica|postula|completa|llena|rellena|unete|preencha|escolha|candidate-se|inscreva-se|choisissez|reservez|remplissez|postulez|ajoute-moi|ecris-moi|bitte|wahlen|buchen|bewerben|silakan|pilih|isi|daftar|hubungi|kontak|doldurun|secin|basvur\w*|ket\s+ban|nhan|lien\s+he|dang\s+ky|dien)\b/i;
const ASK_BEFORE_OTHER_SCRIPTS =
  /(?:^|[^\p{L}])(?:выберите|оберіть|заполните|заповніть|запишитесь|запишіться|напишите|напишіть|пишите|пишіть|пиши|напиши|добавь\p{L}*|додай\p{L}*)(?![\p{L}])|يرجى|الرجاء|سجل|املأ|تعبئة|ضيفني|راسلني|تواصل|メールください|ご連絡ください|連絡して|(?:^|[^\p{L}])(?:откликайтесь|дзвони\p{L}*|звони\p{L}*|позвони\p{L}*|телефонуй\p{L}*)(?![\p{L}])|كلمني|اتصل\s+(?:بي|علي)/iu;
const ASK_AFTER =
  /\b(?:(?:message|ping|dm|text|write|hit|add|reach|contact|call|find)\s+(?:me|us)\b|(?:talk|chat|continue)\s+there\b|escribeme|ajoute[\s-]moi|me\s+chama|schreib\s+mir|add\s+karo|call\s+kar\s*(?:lena|lein|lo|lijiye|do|dena|lijie|o)|aray[ıi]n|arayabilirsiniz|yaz[ıi]n|phone\s+(?:diyen|din|koro|korun)|whats\s?app\s+karo|i-?send|yaz[ıi][sş]al[ıi]m|(?:call|text)\s+(?:me\s+)?(?:anytime|whenever|after)\b|join\s+(?:whenever|anytime)\b|send\s+(?:\S+\s+){0,3}?there\b|m[aá]ndame\s+(?:ah[ií]|aqu[ií]))/i;
const ASK_AFTER_OTHER_SCRIPTS =
  /(?:^|[^\p{L}])(?:пиши|напиши|пишіть|напишіть)(?![\p{L}])|ونكمل|تواصل/iu;
const NON_ASCII = /[\u0080-\uffff]/;

const VISIT_REACH = 160;

export function asksAroundDetails(text: string, raw: readonly RawFinding[]): RawFinding[] {
  const asks: RawFinding[] = [];
  for (const f of raw) {
    if (f.category === 'address') {
      const visit = visitAsked(text, f);
      if (visit) asks.push(visit);
      continue;
    }
    if (
      f.category !== 'handle' &&
      f.category !== 'email' &&
      f.category !== 'phone' &&
      !(f.category === 'link' && ELSEWHERE_KINDS.has(f.evidence.kind ?? ''))
    )
      continue;
    const [from] = sentenceBounds(text, f.start, f.start, 100, 0);
    const before = fold(text.slice(from, f.start)).mapped;
    const cue = firstCue(before.text, ASK_BEFORE, ASK_BEFORE_OTHER_SCRIPTS);
    if (cue) {
      const [start] = before.originalSpan(
        cue.index + leadLength(cue[0]),
        cue.index + cue[0].length,
      );
      // The ask runs up to the detail, without the colon or dash before it.
      const end = from + text.slice(from, f.start).replace(/[\s:;,(—–：-]+$/u, '').length;
      if (end > from + start && !isNegated(text, from + start))
        asks.push(ask(from + start, end, f));
      continue;
    }
    const [, to] = sentenceBounds(text, f.end, f.end, 0, 60);
    const after = fold(text.slice(f.end, to)).mapped;
    const next = firstCue(after.text, ASK_AFTER, ASK_AFTER_OTHER_SCRIPTS);
    if (next) {
      const [start, end] = after.originalSpan(
        next.index + leadLength(next[0]),
        next.index + next[0].length,
      );
      if (!isNegated(text, f.end + start)) asks.push(ask(f.end + start, f.end + end, f));
    }
  }
  return asks;
}

/** An ask to come to the address, said within a sentence or two of it. */
function visitAsked(text: string, address: RawFinding): RawFinding | undefined {
  for (const [start, end] of [
    [address.end, Math.min(text.length, address.end + VISIT_REACH)],
    [Math.max(0, address.start - VISIT_REACH), address.start],
  ] as const) {
    const window = fold(text.slice(start, end)).mapped;
    const cue = firstCue(window.text, VISIT, VISIT_OTHER_SCRIPTS);
    if (!cue) continue;
    const [s, e] = window.originalSpan(cue.index + leadLength(cue[0]), cue.index + cue[0].length);
    if (!isNegated(text, start + s)) return ask(start + s, start + e, address);
  }
  return undefined;
}

/** A cue in `text`: the Latin pattern's, or the other scripts' where the text leaves ASCII. */
function firstCue(text: string, latin: RegExp, otherScripts: RegExp): RegExpExecArray | null {
  return latin.exec(text) ?? (NON_ASCII.test(text) ? otherScripts.exec(text) : null);
}

/** The characters before a cue's first letter: patterns for other scripts match the one before it. */
function leadLength(cue: string): number {
  return cue.length - cue.replace(/^[^\p{L}]+/u, '').length;
}

function ask(start: number, end: number, detail: RawFinding): RawFinding {
  return {
    category: 'request',
    start,
    end,
    confidence: 0.8,
    evidence: {
      detector: 'request.around_detail',
      obfuscations: detail.evidence.obfuscations,
      // An ask to invite the address to a project tool shares its exception.
      ...(detail.evidence.purpose === 'scoping_access'
        ? { purpose: 'scoping_access' as const }
        : {}),
    },
  };
}
