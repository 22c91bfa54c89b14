/** True when the clause before `index` negates what follows ("I never work outside the platform"). */
export function isNegated(text: string, index: number): boolean {
  // Only the last 60 characters count, so a long text costs no more than a short one.
  let from = Math.max(0, index - 60);
  // A window that starts inside a word would read its tail as a word: "selezio|ne" as "ne".
  while (from > 0 && from < index && LETTER.test(text.charAt(from - 1))) from++;
  const window = text.slice(from, index);
  const clause = window.slice(
    Math.max(
      window.lastIndexOf('.'),
      window.lastIndexOf('!'),
      window.lastIndexOf('?'),
      window.lastIndexOf('\n'),
      // A spaced dash opens a clause of its own, as it ends a sentence in sentences.ts.
      window.lastIndexOf(' — '),
      window.lastIndexOf(' – '),
      index - 60 - from,
    ) + 1,
  );
  // The finding may itself open the new clause: "…nahi karta, koi aur tareeka hai?".
  const next = text.slice(index, index + 40);
  const opensClause =
    (/[,;]\s*$/.test(clause) && CLAUSE_START.test(next)) ||
    (/[,;]\s*(?:just|instead|simply)\s+$/i.test(clause) && ASK_VERB_START.test(next));
  if (!opensClause && NEGATION.test(clause.slice(lastNewSubject(clause)))) return true;
  // Hindi/Urdu, Nepali and Tamil put the negation after the verb ("main direct payment nahi
  // leta", "GPay la anupa mudiyadhu"), Russian and Ukrainian may ("в телеграм переходить не
  // буду"), and Turkish marks it on the verb ("platform dışında çalışmıyorum").
  const after = text.slice(index, index + 60).split(/[.!?\n,;]/)[0] ?? '';
  return NEGATION_AFTER.test(after);
}

const LETTER = /\p{L}/u;

const NEGATION_AFTER =
  /(?<![\p{L}])(nahi|nahin|nahī|hoina|mudiya(?:dhu|athu|thu)|venaam|vendam|(?<!tien\s)mat|не\s+(?:буду|будем|будемо|стану|станем|хочу|хочемо|могу|можу|работаю|работаем|працюю|працюємо|принима\p{L}*|приймаю|беру|берем|берём|беремо)|\p{L}{2,}m[ıiuü]yor\p{L}*|نمی\p{L}+)(?![\p{L}])|않|못\s/iu;

// The verbs of an ask: after "just" or "instead", or before "me" ("text me", "send us").
const VERB = String.raw`(?:send|pay|transfer|wire|text|call|message|email|write|add|dm|ping|drop|give|share|venmo|zelle|paypal)\b`;
// A comma and a new subject with its verb start a clause of their own: "no need for a milestone,
// I'll Zelle you" negates the milestone, not the Zelle; "rather not use escrow, could you send it
// to my bank?" asks anew. So does an imperative after "just" or "instead": "don't use the
// milestone thing, just send it as a gift"; and a question of its own: "not on here, what's your
// CashApp?", "site zyada check nahi karta, koi aur tareeka hai?".
const STARTER = String.raw`(?:and\s+|but\s+|so\s+|then\s+)?(?:(?:i|we)(?:'ll|'d|\s+will|\s+can|\s+could|\s+would)|${VERB}\s+(?:me|us)\b|(?:could|can|would|will)\s+(?:you|u)|(?:could|can|shall|should)\s+we\b|(?:just|instead|simply)\s+${VERB}|(?:what'?s|what\s+is)\s+(?:your|ur)\b|(?:you|u)\s+(?:get|fit|got)\b|(?:can|could|may)\s+i\b|(?:koi|kya|aap|ap|kaise|kahan)\b)`;
const NEW_SUBJECT = new RegExp(String.raw`[,;]\s*${STARTER}`, 'gi');
const CLAUSE_START = new RegExp(`^${STARTER}`, 'i');
const ASK_VERB_START = new RegExp(`^${VERB}`, 'i');

function lastNewSubject(clause: string): number {
  let from = 0;
  NEW_SUBJECT.lastIndex = 0;
  for (let m = NEW_SUBJECT.exec(clause); m; m = NEW_SUBJECT.exec(clause)) from = m.index;
  return from;
}

// Hindi "mat" (don't) is also Vietnamese "mất" and "mặt" once folded: "khỏi mất phí" (no fee lost)
// and "tiền mặt" (cash) negate nothing.
// "No problem", "no issue", "no worries" negate nothing that follows.
// Portuguese "no" is also "in the" ("no mesmo nicho", "no zap"), which negates nothing (before
// words English shares, "no WhatsApp" stays a negation).
// French elides "ne" before a vowel: "je n'accepte pas" (folding has made "’" an apostrophe).
const NEGATION =
  /(?<![\p{L}'])(not|never|don'?t|doesn'?t|didn'?t|won'?t|can'?t|cannot|shouldn'?t|mustn'?t|isn'?t|aren'?t|no need|not allowed|prohibited|forbidden|against the|avoid|instead of|rather than|nunca|nada|jam[aá]s|used\s+to|no(?!\s+(?:mesmo|mesma|meu|minha|seu|sua|teu|tua|nosso|nossa|site|projeto|zap|celular|perfil|privado|pv|problems?|issues?|worries|worry|rush|pressure)(?![\p{L}]))|n[aã]o|ne|pas|nicht|nichts|kein|keine|niet|nooit|geen|nie|не|ні|нельзя|nothing|non(?![\p{L}-])|tidak|jangan|bukan|gak|nggak|enggak|ngga|gk|ga|hindi|huwag|wag|ayoko|ayaw|bawal(?=\s+ko(?:ng)?\s)|(?<!(?:khoi|tien)\s)mat|nahin|nahi|khong|لا|لن|ممنوع|[أا]رفض|نرفض|رفضت|ما(?=\s+(?:ب|ن|ا(?:قبل|تعامل|شتغل|دفع|حول|رسل)))|sita\p{L}{3,}|siwezi|sifanyi|sitaki|sipendi|sikubali|silipi|sipokei|δεν(?=\s+(?:δουλευ|δεχομ|πληρων|συνεργαζ)))(?![\p{L}])|(?<![\p{L}])n'(?=\p{L})/iu;
