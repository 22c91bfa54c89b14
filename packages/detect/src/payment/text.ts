/** Character tests shared by the payment scanners; ASCII fast paths because they run per character. */

export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function isAsciiLetterCode(code: number): boolean {
  return (code | 32) >= 97 && (code | 32) <= 122;
}

export function isAsciiAlnumCode(code: number): boolean {
  return isDigitCode(code) || isAsciiLetterCode(code);
}

const NON_ASCII_WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/**
 * Whether the character at `index` belongs to a word, so an identifier may not start or end
 * against it ("é1Boat…", "id_0x…" are parts of longer tokens). Out of range is not a word.
 */
export function isWordCharAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  if (code < 128) return isAsciiAlnumCode(code) || code === 95; // 95: "_"
  return NON_ASCII_WORD_CHAR.test(text.charAt(index));
}

/** End of the run of ASCII letters and digits that starts at `start`. */
export function alnumRunEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && isAsciiAlnumCode(text.charCodeAt(end))) end++;
  return end;
}
