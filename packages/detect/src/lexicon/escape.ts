/** `text` as a regex source that matches it literally, with or without the `u` flag. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * Words as one regex alternation, each literal but for its spaces, which match any white space;
 * longest first, so that "forward slash" is tried before "slash" and "st" does not stop "street".
 */
export const wordAlternation = (words: readonly string[]): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace(/ /g, '\\s+'))
    .join('|');
