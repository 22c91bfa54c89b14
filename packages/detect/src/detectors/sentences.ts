/** A sentence of a message and where it starts. */
export interface Sentence {
  start: number;
  text: string;
}

// A full stop ends a sentence before a space or the end, not inside "Judge.me" or "8.0.1".
const SENTENCE_END = /[.!?]+(?=\s|$)|[。！？\n]+/g;
const SENTENCE_OR_CLAUSE_END = /[.!?]+(?=\s|$)|[。！？\n]+|\s[—–]\s/g;

/**
 * Splits on sentence ends — and, with `clauses`, on dashes between clauses too (a request and
 * its app are in one clause; a payment service and its cue can sit either side of a dash).
 */
export function* sentences(text: string, { clauses = false } = {}): Generator<Sentence> {
  const boundary = clauses ? SENTENCE_OR_CLAUSE_END : SENTENCE_END;
  boundary.lastIndex = 0;
  let start = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m.index + m[0].length;
    yield { start, text: text.slice(start, end) };
    start = end;
  }
  if (start < text.length) yield { start, text: text.slice(start) };
}

/**
 * The sentences, split as `sentences` splits them, that hold one of `offsets` (sorted), in
 * order: the split stops at the sentence holding the last offset.
 */
export function sentencesHolding(
  text: string,
  offsets: readonly number[],
  options: { clauses?: boolean } = {},
): Sentence[] {
  const holding: Sentence[] = [];
  let next = 0;
  for (const sentence of sentences(text, options)) {
    if (next >= offsets.length) break;
    const end = sentence.start + sentence.text.length;
    if (offsets[next]! < end) holding.push(sentence);
    while (next < offsets.length && offsets[next]! < end) next++;
  }
  return holding;
}
