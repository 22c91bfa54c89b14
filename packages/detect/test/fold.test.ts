import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fold } from '../src/normalize/fold.js';
import type { MappedText } from '../src/normalize/mapped-text.js';

describe('fold', () => {
  const table: ReadonlyArray<[string, string, string[]]> = [
    ['plain ascii', 'plain ascii', []],
    ['５５５ｘ', '555x', ['confusables']],
    ['𝟓𝟓𝟓', '555', ['confusables']],
    ['⑤❺⓪', '550', ['confusables']],
    ['5️⃣', '5', ['confusables']],
    ['٥٥٥ ५५५', '555 555', ['confusables']],
    ['g\u200bmail', 'gmail', ['invisible']],
    ['gmаil', 'gmail', ['confusables']], // Cyrillic а inside a Latin word
    ['привет мир', 'привет мир', []], // Russian stays Russian
    ['número café', 'numero cafe', []],
    ['ʀᴀʜᴜʟ@ɢᴍᴀɪʟ.ᴄᴏᴍ', 'rahul@gmail.com', ['confusables']], // small capitals
  ];
  for (const [input, expected, obfuscations] of table) {
    it(`folds ${JSON.stringify(input)}`, () => {
      const { mapped, obfuscations: seen } = fold(input);
      assert.equal(mapped.text, expected);
      assert.deepEqual([...seen].sort(), obfuscations);
    });
  }

  it('maps every folded unit back to the original span it came from', () => {
    const input = 'a𝟓\u200bb５';
    const { mapped } = fold(input);
    assert.equal(mapped.text, 'a5b5');
    assert.deepEqual(mapped.originalSpan(1, 2), [1, 3]); // 𝟓 is a surrogate pair
    assert.deepEqual(mapped.originalSpan(2, 3), [4, 5]); // the zero-width space is gone
    assert.deepEqual(mapped.originalSpan(0, 4), [0, 6]);
  });

  it('rewrites with a composed offset map', () => {
    const { mapped } = fold('jane [at] ｇmail');
    const rewritten = mapped.rewrite(/\s*\[at\]\s*/g, () => '@');
    assert.equal(rewritten.text, 'jane@gmail');
    assert.deepEqual(rewritten.originalSpan(0, rewritten.text.length), [0, 15]);
  });

  it('maps spans of chained rewrites without building their map as it would with one', () => {
    const chain = (): MappedText =>
      fold('ｊane [at] gmail [dot] com, call 4 1 5 five, ab cd')
        .mapped.rewrite(/\s*\[at\]\s*/g, () => '@')
        .rewrite(/\s*\[dot\]\s*/g, () => '.')
        .rewrite(/(?<=\d) (?=\d)/g, () => '') // deletions
        .rewrite(/five/g, () => '5')
        .rewrite(/ab cd/g, () => 'dc ba'); // a longer stretch replaced whole
    const lazy = chain();
    // An excerpt of the whole text copies the map, which builds it.
    const built = chain().excerpt([[0, lazy.text.length]], '');
    assert.equal(built.text, 'jane@gmail.com, call 415 5, dc ba');
    for (let start = 0; start <= lazy.text.length; start++) {
      for (let end = start; end <= lazy.text.length; end++) {
        assert.deepEqual(
          lazy.originalSpan(start, end),
          built.originalSpan(start, end),
          `${start}-${end}`,
        );
      }
    }
    assert.deepEqual(lazy.originalSpan(0, 14), [0, 25]); // "jane@gmail.com"
  });
});
