import type { Matcher } from '../normalize/mapped-text.js';

/**
 * A global pattern searched for only around its anchor: a word or symbol every match holds,
 * preceded in the match by nothing but `leadIn` characters (at most `maxLeadIn` of them).
 *
 * Patterns such as `\s*[(\[{<]?\s*(?:dot|punto|…)` can start at any position, so the regex
 * engine tries them at every one, which on a long message costs far more than finding the
 * anchor ("dot", "punto", …) alone. Here the anchor is found first and the pattern is tried,
 * sticky, only at the positions from which the anchor is reachable through lead-in characters.
 * The matches are exactly the pattern's own, in the same order: a match starting before an
 * anchor position has only lead-in characters up to it, so it is among the positions tried.
 */
export function anchored(
  pattern: RegExp,
  anchor: RegExp,
  leadIn: RegExp,
  maxLeadIn = Number.POSITIVE_INFINITY,
): Matcher {
  const sticky = new RegExp(pattern.source, `${pattern.flags.replace(/[gy]/g, '')}y`);
  const anchors = new RegExp(anchor.source, `${anchor.flags.replace(/[gy]/g, '')}g`);
  return {
    lastIndex: 0,
    exec(text: string): RegExpExecArray | null {
      const from = this.lastIndex;
      anchors.lastIndex = from;
      let tried = from; // positions below this were tried already (or lie before `from`)
      for (let a = anchors.exec(text); a; a = anchors.exec(text)) {
        let start = a.index;
        while (start > tried && a.index - start < maxLeadIn && leadIn.test(text.charAt(start - 1)))
          start--;
        for (let at = start; at <= a.index; at++) {
          sticky.lastIndex = at;
          const match = sticky.exec(text);
          if (match) {
            this.lastIndex = sticky.lastIndex;
            return match;
          }
        }
        tried = a.index + 1;
        anchors.lastIndex = a.index + 1;
      }
      this.lastIndex = 0;
      return null;
    },
  };
}
