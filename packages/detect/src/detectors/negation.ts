/** True when the clause before `index` negates what follows ("I never work outside the platform"). */
export function isNegated(text: string, index: number): boolean {
  const clauseStart = Math.max(
    text.lastIndexOf('.', index - 1),
    text.lastIndexOf('!', index - 1),
    text.lastIndexOf('?', index - 1),
    text.lastIndexOf('\n', index - 1),
    index - 60,
  );
  const clause = text.slice(clauseStart + 1, index);
  if (NEGATION.test(clause)) return true;
  // Hindi/Urdu put the negation after the verb: "main direct payment nahi leta".
  const after = text.slice(index, index + 60).split(/[.!?\n]/)[0] ?? '';
  return /(?<![\p{L}])(nahi|nahin|nahī|mat)(?![\p{L}])/iu.test(after);
}

const NEGATION =
  /(?<![\p{L}'])(not|never|don'?t|doesn'?t|didn'?t|won'?t|can'?t|cannot|shouldn'?t|mustn'?t|isn'?t|aren'?t|no need|not allowed|prohibited|forbidden|against the|avoid|instead of|rather than|nunca|jam[aá]s|no|n[aã]o|ne|pas|nicht|kein|keine|nie|не|ні|нельзя|tidak|jangan|bukan|hindi|huwag|wag|mat|nahin|nahi|لا|لن|ممنوع)(?![\p{L}])/iu;
