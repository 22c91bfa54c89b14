import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fold } from '../src/normalize/fold.js';

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
});
