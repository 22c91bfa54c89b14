import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { anchored } from '../src/detectors/anchored.js';
import type { Matcher } from '../src/normalize/mapped-text.js';

/** Every match, as `[index, text]`, the way MappedText.rewrite walks them. */
function matches(pattern: Matcher, text: string): Array<[number, string]> {
  const found: Array<[number, string]> = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0].length === 0) pattern.lastIndex++;
    found.push([m.index, m[0]]);
  }
  return found;
}

/** Texts built from pieces that meet these patterns' edges: runs of spaces, brackets, words. */
function texts(pieces: readonly string[], count: number): string[] {
  let seed = 11;
  const random = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, () => {
    let text = '';
    const length = 1 + Math.floor(random() * 40);
    for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * pieces.length)];
    return text;
  });
}

describe('anchored', () => {
  const PIECES = [
    ' ',
    '   ',
    '\n',
    '(',
    ')',
    '[',
    '<',
    'dot',
    'DoT',
    'com',
    'x',
    'ab',
    '.',
    '𝐚',
    'é',
  ];

  it('finds exactly the matches of a pattern that opens with optional spaces', () => {
    const source = String.raw`\s*[(\[{<]?\s*dot\s*[)\]}>]?\s*(?=com)`;
    const plain = new RegExp(source, 'giu');
    const searched = anchored(new RegExp(source, 'giu'), /dot/iu, /[\s([{<]/);
    for (const text of texts(PIECES, 3000))
      assert.deepEqual(matches(searched, text), matches(plain, text), JSON.stringify(text));
  });

  it('finds exactly the matches of a pattern whose first character comes before its anchor', () => {
    const source = String.raw`[\p{L}\p{N}.](?<![\p{L}\p{N}][\p{L}\p{N}.]) (?:[\p{L}\p{N}.] ){2,}[\p{L}\p{N}.](?![\p{L}\p{N}])`;
    const plain = new RegExp(source, 'gu');
    const searched = anchored(new RegExp(source, 'gu'), / [\p{L}\p{N}.] [\p{L}\p{N}.] /u, /[^]/, 2);
    const pieces = [' ', 'a', 'b', '1', '.', 'ab', '𝐚', 'é', '  '];
    for (const text of texts(pieces, 3000))
      assert.deepEqual(matches(searched, text), matches(plain, text), JSON.stringify(text));
  });

  it('resumes after each match and starts over once the text is done', () => {
    const searched = anchored(/\s*dot/g, /dot/, /\s/);
    assert.deepEqual(matches(searched, 'a  dot b dot'), [
      [1, '  dot'],
      [8, ' dot'],
    ]);
    assert.equal(searched.lastIndex, 0);
    assert.deepEqual(matches(searched, 'no anchor here'), []);
  });
});
