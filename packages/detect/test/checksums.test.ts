import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { sha256 as referenceSha256 } from '@noble/hashes/sha2.js';
import { keccak_256 as referenceKeccak256 } from '@noble/hashes/sha3.js';
import { base58, base58xrp, bech32, bech32m } from '@scure/base';

import {
  BECH32,
  BECH32M,
  BITCOIN_BASE58,
  RIPPLE_BASE58,
  base58Decode,
  bech32Words,
  bytesOfWords,
  keccak256,
  sha256,
} from '../src/payment/checksums.js';
import { seededRandom } from '../../cli/src/evaluation/synthetic-messages.js';

// Seeded, so that a failure can be run again.
const random = seededRandom(7);
const randomInt = (below: number): number => Math.floor(random() * below);
const randomBytes = (length: number): Uint8Array =>
  Uint8Array.from({ length }, () => randomInt(256));
const randomString = (alphabet: string, length: number): string =>
  Array.from({ length }, () => alphabet[randomInt(alphabet.length)]).join('');
const outcome = <T>(run: () => T): T | 'throws' => {
  try {
    return run();
  } catch {
    return 'throws';
  }
};

describe('checksums, against @noble/hashes and @scure/base', () => {
  it('SHA-256 and Keccak-256 agree on every length across several blocks', () => {
    for (let length = 0; length <= 600; length++) {
      const data = randomBytes(length);
      assert.deepEqual(sha256(data), referenceSha256(data), `sha256 of ${length} bytes`);
      assert.deepEqual(keccak256(data), referenceKeccak256(data), `keccak256 of ${length} bytes`);
    }
  });

  it('known digests', () => {
    const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');
    assert.equal(
      hex(sha256(new TextEncoder().encode('abc'))),
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    assert.equal(
      hex(keccak256(new Uint8Array())),
      'c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470',
    );
  });

  it('base58 decodes as @scure/base does, in both alphabets, leading zeros included', () => {
    for (const [alphabet, reference] of [
      [BITCOIN_BASE58, base58],
      [RIPPLE_BASE58, base58xrp],
    ] as const) {
      for (let i = 0; i < 2000; i++) {
        const zeros = alphabet[0]!.repeat(randomInt(3));
        const text = zeros + randomString(alphabet, 1 + randomInt(44));
        assert.deepEqual(base58Decode(text, alphabet), reference.decode(text), text);
        const bytes = randomBytes(randomInt(34));
        assert.deepEqual(base58Decode(reference.encode(bytes), alphabet), bytes);
      }
      assert.equal(base58Decode('0OIl', alphabet), undefined);
    }
  });

  it('bech32 and bech32m accept what @scure/base encodes, and refuse what it refuses', () => {
    for (const [variant, reference] of [
      [BECH32, bech32],
      [BECH32M, bech32m],
    ] as const) {
      for (let i = 0; i < 1500; i++) {
        const prefix = ['bc', 'ltc', 'tb', 'a'][randomInt(4)]!;
        const words = Array.from({ length: 1 + randomInt(60) }, () => randomInt(32));
        const encoded = reference.encode(prefix, words, 200);
        // Unchanged, upper-cased, one character changed, or two swapped.
        const candidates = [encoded, encoded.toUpperCase()];
        const at = prefix.length + 1 + randomInt(encoded.length - prefix.length - 1);
        candidates.push(
          encoded.slice(0, at) +
            randomString('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 1) +
            encoded.slice(at + 1),
          encoded.slice(0, at - 1) + encoded[at] + encoded[at - 1] + encoded.slice(at + 1),
          encoded.slice(0, at) + encoded[at]!.toUpperCase() + encoded.slice(at + 1),
        );
        for (const text of candidates) {
          const expected = reference.decodeUnsafe(text, 90);
          assert.deepEqual(
            bech32Words(text, variant),
            expected && { prefix: expected.prefix, words: expected.words },
            text,
          );
        }
        const expectedBytes = outcome(() => reference.fromWords(words));
        assert.deepEqual(bytesOfWords(words) ?? 'throws', expectedBytes, words.join(','));
      }
    }
  });
});
