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

/**
 * A pattern belongs to the script of the first letter it requires: "(?:^|[^\p{L}])(?:дай|…)
 * (?:whatsapp|…)" is a Russian pattern even though it names Latin apps.
 */
export function byScript(patterns: readonly RegExp[]): ScriptedPattern[] {
  return patterns.map((pattern) => {
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
}

/** The patterns worth running on `text`. */
export function patternsFor(patterns: readonly ScriptedPattern[], text: string): RegExp[] {
  const cyrillic = CYRILLIC.test(text);
  const arabic = ARABIC.test(text);
  return patterns
    .filter(
      (p) =>
        p.script === 'latin' ||
        (p.script === 'cyrillic' && cyrillic) ||
        (p.script === 'arabic' && arabic),
    )
    .map((p) => p.pattern);
}
