/**
 * Patterns written for one script only run on texts that contain that script: most messages
 * are Latin-only, and a Cyrillic or Arabic phrase list can never match them.
 */
const CYRILLIC = /[\u0400-\u04ff]/;
const ARABIC = /[\u0600-\u06ff]/;

export interface ScriptedPattern {
  pattern: RegExp;
  script: 'cyrillic' | 'arabic' | 'latin';
}

/** Patterns sorted by script, with one alternation of all the Latin ones. */
export interface ScriptedPatterns {
  patterns: readonly ScriptedPattern[];
  /**
   * Matches wherever some Latin pattern does (the `i` flag only widens it). Most messages
   * match none, and one pass over the alternation costs about half of one pass per pattern.
   */
  anyLatin: RegExp;
}

/**
 * A pattern belongs to the script of the first letter it requires: "(?:^|[^\p{L}])(?:дай|…)
 * (?:whatsapp|…)" is a Russian pattern even though it names Latin apps.
 */
export function byScript(list: readonly RegExp[]): ScriptedPatterns {
  const patterns = list.map((pattern): ScriptedPattern => {
    const literal = pattern.source.replace(
      /\\[pP]\{[^}]+\}|\\[a-zA-Z]|\[\^?[^\]]*\]|\(\?[:!=<]*|[()|^$?*+{}0-9,\s]/g,
      '',
    );
    const first = /\p{L}/u.exec(literal)?.[0] ?? '';
    return {
      pattern,
      script: CYRILLIC.test(first) ? 'cyrillic' : ARABIC.test(first) ? 'arabic' : 'latin',
    };
  });
  const latin = patterns.filter((p) => p.script === 'latin').map((p) => p.pattern);
  const unicode = latin.some((p) => p.unicode);
  return {
    patterns,
    anyLatin: new RegExp(
      latin.map((p) => `(?:${p.source})`).join('|') || '(?!)',
      unicode ? 'iu' : 'i',
    ),
  };
}

/** The patterns worth running on `text`. */
export function patternsFor({ patterns, anyLatin }: ScriptedPatterns, text: string): RegExp[] {
  const cyrillic = CYRILLIC.test(text);
  const arabic = ARABIC.test(text);
  const latin = anyLatin.test(text);
  return patterns
    .filter(
      (p) =>
        (p.script === 'latin' && latin) ||
        (p.script === 'cyrillic' && cyrillic) ||
        (p.script === 'arabic' && arabic),
    )
    .map((p) => p.pattern);
}
