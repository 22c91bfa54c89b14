import { byFirstLetter } from '../lexicon/at-dot.js';
import { MappedTextBuilder } from '../normalize/mapped-text.js';
import { createScan, type Scan, type View } from './scan.js';

/**
 * Text written backwards ("moc.liamg@enaj", "ppastahw"). Reversing every message would double
 * the cost, so only messages with a reversed marker — a common word backwards, or a note such
 * as "reverse it" — are read again, backwards.
 */
// Common words backwards, whole ("ppastahw") or starting a longer word ("teertsniam"), and notes
// such as "reverse it".
const BACKWARD_WORDS = (
  'ppastahw margelet epyks drocsid liamg kooltuo oohay liame rebmun enohp em\\s+llac em\\s+txet ' +
  'lapyap omnev ylnedlac mooz teem ruoy'
).split(' ');
const BACKWARD_WORD_STARTS =
  'teerts daor eunneva evird enal ecalp ellac eßarts essarts xip esiw agap'.split(' ');
const REVERSE_NOTES = [
  'reverse\\s+(?:it|this|that)',
  'read\\s+(?:it\\s+)?backwards',
  'reversed\\s+(?:so|because|to)',
  'read\\s+(?:it\\s+)?from\\s+the\\s+end',
  'written\\s+backwards',
  'spelled\\s+backwards',
  'flip\\s+it',
  'ruckwarts',
  'al\\s+rev[eé]s',
  'de\\s+tr[aá]s\\s+pra\\s+frente',
  'наоборот',
];
const MARKER_WORDS = [
  ...BACKWARD_WORDS.map((word) => `${word}\\b`),
  ...BACKWARD_WORD_STARTS,
  ...REVERSE_NOTES.map((note) => `${note}\\b`),
];

// Reversed domain endings ("moc.", "ku.oc.") are found from their dot, looking back, so the
// scan stops only at dots.
const REVERSED_MARKER = new RegExp(
  `\\.(?<=\\b(?:moc|ten|gro|oi|ude|ku\\.oc|ni|ed|rf|ur|em|ppa)\\.)[a-z0-9]|\\.(?<=\\bsu\\.)mooz` +
    `|\\b(?:${byFirstLetter(MARKER_WORDS)})`,
);

/** The message read backwards, when it holds a reversed marker. */
export function reversedView(scan: Scan): View | undefined {
  if (!REVERSED_MARKER.test(scan.lower)) return undefined;
  const folded = scan.folded.text;
  const builder = new MappedTextBuilder();
  // Walk code points backwards so surrogate pairs stay intact.
  const chars = Array.from(folded);
  let offset = folded.length;
  for (let i = chars.length - 1; i >= 0; i--) {
    const ch = chars[i]!;
    offset -= ch.length;
    const [start, end] = scan.folded.originalSpan(offset, offset + ch.length);
    builder.push(ch, start, end);
  }
  return {
    scan: createScan(scan.original, builder.build(), scan.countries, scan.code),
    obfuscation: 'reversed',
  };
}
