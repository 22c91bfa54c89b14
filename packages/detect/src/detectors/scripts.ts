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

export function byScript(patterns: readonly RegExp[]): ScriptedPattern[] {
  return patterns.map((pattern) => ({
    pattern,
    script:
      CYRILLIC.test(pattern.source) && !/[a-z]{4}/i.test(pattern.source.replace(/\\[a-z]/gi, ''))
        ? 'cyrillic'
        : ARABIC.test(pattern.source) && !/[a-z]{4}/i.test(pattern.source.replace(/\\[a-z]/gi, ''))
          ? 'arabic'
          : 'latin',
  }));
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
