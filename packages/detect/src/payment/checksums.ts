/**
 * The decoding and hashing that wallet-address checksums need: base58 (Bitcoin's and Ripple's
 * alphabets), bech32 and bech32m, SHA-256 and Keccak-256.
 *
 * Written here rather than taken from @noble/hashes and @scure/base because detection ships to
 * browsers under a 150 KB budget (docs/performance.md): those libraries bring every hash and
 * encoding they offer (SHA-224 to SHA-512, SHAKE, base16 to base64…, about 7 KB gzipped), of
 * which these few functions need a sixth. The tests check each function against the libraries on
 * thousands of random inputs.
 */

export const BITCOIN_BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
export const RIPPLE_BASE58 = 'rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz';

/** The bytes `text` stands for in a base58 alphabet, or undefined if it holds another character. */
export function base58Decode(text: string, alphabet: string): Uint8Array | undefined {
  // Little-endian base-256 digits of the number, multiplied by 58 and added to per character.
  const digits: number[] = [];
  for (const char of text) {
    let carry = alphabet.indexOf(char);
    if (carry < 0) return undefined;
    for (let i = 0; i < digits.length; i++) {
      carry += digits[i]! * 58;
      digits[i] = carry & 0xff;
      carry >>= 8;
    }
    for (; carry > 0; carry >>= 8) digits.push(carry & 0xff);
  }
  // Each leading zero character stands for a zero byte.
  for (let i = 0; text[i] === alphabet[0]; i++) digits.push(0);
  return Uint8Array.from(digits.reverse());
}

const BECH32_ALPHABET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const BECH32_GENERATOR = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
/** What the checksum leaves: 1 for bech32 (BIP-173), 0x2bc830a3 for bech32m (BIP-350). */
export const BECH32 = 1;
export const BECH32M = 0x2bc830a3;

/**
 * The 5-bit data words of a bech32 or bech32m string (without the checksum) when its checksum
 * holds, else undefined: one case throughout, a prefix, the separator "1", at least six data
 * characters, at most `limit` characters in all.
 */
export function bech32Words(
  text: string,
  variant: typeof BECH32 | typeof BECH32M,
  limit = 90,
): { prefix: string; words: number[] } | undefined {
  const lower = text.toLowerCase();
  if (text.length > limit || (text !== lower && text !== text.toUpperCase())) return undefined;
  const separator = lower.lastIndexOf('1');
  if (separator < 1 || lower.length - separator - 1 < 6) return undefined;
  const prefix = lower.slice(0, separator);
  const data: number[] = [];
  for (const char of lower.slice(separator + 1)) {
    const word = BECH32_ALPHABET.indexOf(char);
    if (word < 0) return undefined;
    data.push(word);
  }
  const codes = [...prefix].map((c) => c.charCodeAt(0));
  if (codes.some((c) => c < 33 || c > 126)) return undefined;
  const expanded = [...codes.map((c) => c >> 5), 0, ...codes.map((c) => c & 31), ...data];
  return polymod(expanded) === variant ? { prefix, words: data.slice(0, -6) } : undefined;
}

function polymod(values: readonly number[]): number {
  let check = 1;
  for (const value of values) {
    const top = check >> 25;
    check = ((check & 0x1ffffff) << 5) ^ value;
    for (let i = 0; i < 5; i++) if ((top >> i) & 1) check ^= BECH32_GENERATOR[i]!;
  }
  return check;
}

/** 5-bit words as bytes, or undefined when the padding left over is five bits or more, or not zero. */
export function bytesOfWords(words: readonly number[]): Uint8Array | undefined {
  const bytes: number[] = [];
  let pending = 0;
  let bits = 0;
  for (const word of words) {
    pending = (pending << 5) | word;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((pending >> bits) & 0xff);
    }
    pending &= (1 << bits) - 1;
  }
  return bits >= 5 || pending !== 0 ? undefined : Uint8Array.from(bytes);
}

// SHA-256's constants are the fractional parts of the first primes' square and cube roots: worked
// out once rather than written as 72 hexadecimal numbers.
const PRIMES = Array.from({ length: 312 }, (_, n) => n).filter(
  (n) => n > 1 && Array.from({ length: n - 2 }, (_, i) => i + 2).every((d) => n % d !== 0),
);
const fraction32 = (x: number): number => ((x - Math.floor(x)) * 2 ** 32) >>> 0;
const SHA256_K = Uint32Array.from(PRIMES.slice(0, 64), (p) => fraction32(Math.cbrt(p)));
const SHA256_H = Uint32Array.from(PRIMES.slice(0, 8), (p) => fraction32(Math.sqrt(p)));

type Eight = [number, number, number, number, number, number, number, number];
const rotateRight = (x: number, n: number): number => (x >>> n) | (x << (32 - n));

/** SHA-256 (FIPS 180-4) of `data`. */
export function sha256(data: Uint8Array): Uint8Array {
  // The message, a 1 bit, zeros, and its length in bits, as big-endian words in 64-byte blocks.
  const words = new Uint32Array((((data.length + 8) >> 6) + 1) * 16);
  data.forEach((byte, i) => (words[i >> 2]! |= byte << (24 - 8 * (i & 3))));
  words[data.length >> 2]! |= 0x80 << (24 - 8 * (data.length & 3));
  words[words.length - 1] = data.length * 8;
  const hash = SHA256_H.slice();
  const w = new Uint32Array(64);
  for (let block = 0; block < words.length; block += 16) {
    for (let t = 0; t < 64; t++) {
      if (t < 16) {
        w[t] = words[block + t]!;
        continue;
      }
      const x = w[t - 15]!;
      const y = w[t - 2]!;
      w[t] =
        (rotateRight(x, 7) ^ rotateRight(x, 18) ^ (x >>> 3)) +
        w[t - 7]! +
        (rotateRight(y, 17) ^ rotateRight(y, 19) ^ (y >>> 10)) +
        w[t - 16]!;
    }
    let [a, b, c, d, e, f, g, h] = hash as unknown as number[] as Eight;
    for (let t = 0; t < 64; t++) {
      const t1 =
        (h +
          (rotateRight(e, 6) ^ rotateRight(e, 11) ^ rotateRight(e, 25)) +
          ((e & f) ^ (~e & g)) +
          SHA256_K[t]! +
          w[t]!) |
        0;
      const t2 =
        ((rotateRight(a, 2) ^ rotateRight(a, 13) ^ rotateRight(a, 22)) +
          ((a & b) ^ (a & c) ^ (b & c))) |
        0;
      [h, g, f, e, d, c, b, a] = [g, f, e, (d + t1) | 0, c, b, a, (t1 + t2) | 0];
    }
    [a, b, c, d, e, f, g, h].forEach((value, i) => (hash[i] = hash[i]! + value));
  }
  const digest = new Uint8Array(32);
  hash.forEach((word, i) => new DataView(digest.buffer).setUint32(4 * i, word));
  return digest;
}

// Keccak-f[1600] on 25 lanes of 64 bits, each kept as two 32-bit halves (low first), since
// JavaScript's bit operations work on 32 bits. The round constants, rotations and lane order are
// worked out as the specification defines them rather than written out.
const KECCAK_ROUND_LOW = new Uint32Array(24);
const KECCAK_ROUND_HIGH = new Uint32Array(24);
const KECCAK_ROTATION: number[] = [];
const KECCAK_LANE: number[] = [];
for (let round = 0, r = 1, x = 1, y = 0; round < 24; round++) {
  [x, y] = [y, (2 * x + 3 * y) % 5];
  KECCAK_LANE.push(x + 5 * y);
  KECCAK_ROTATION.push((((round + 1) * (round + 2)) / 2) % 64);
  for (let j = 0; j < 7; j++) {
    r = ((r << 1) ^ ((r >> 7) * 0x71)) & 0xff;
    const bit = (1 << j) - 1;
    if (r & 2) {
      if (bit < 32) KECCAK_ROUND_LOW[round]! ^= 1 << bit;
      else KECCAK_ROUND_HIGH[round]! ^= 1 << (bit - 32);
    }
  }
}

function keccakF(state: Uint32Array): void {
  const column = new Uint32Array(10);
  for (let round = 0; round < 24; round++) {
    // θ: each lane takes in the parity of the columns beside it.
    for (let i = 0; i < 10; i++)
      column[i] = state[i]! ^ state[i + 10]! ^ state[i + 20]! ^ state[i + 30]! ^ state[i + 40]!;
    for (let x = 0; x < 10; x += 2) {
      const left = (x + 8) % 10;
      const right = (x + 2) % 10;
      const low = column[left]! ^ ((column[right]! << 1) | (column[right + 1]! >>> 31));
      const high = column[left + 1]! ^ ((column[right + 1]! << 1) | (column[right]! >>> 31));
      for (let y = 0; y < 50; y += 10) {
        state[x + y]! ^= low;
        state[x + y + 1]! ^= high;
      }
    }
    // ρ and π: lanes rotated and moved along one cycle through every lane but the first.
    let low = state[2]!;
    let high = state[3]!;
    for (let t = 0; t < 24; t++) {
      const to = 2 * KECCAK_LANE[t]!;
      const [nextLow, nextHigh] = [state[to]!, state[to + 1]!];
      const n = KECCAK_ROTATION[t]!; // never 0 nor 32
      const [a, b] = n < 32 ? [low, high] : [high, low];
      const m = n % 32;
      state[to] = (a << m) | (b >>> (32 - m));
      state[to + 1] = (b << m) | (a >>> (32 - m));
      [low, high] = [nextLow, nextHigh];
    }
    // χ: each row mixed with its next two lanes.
    for (let y = 0; y < 50; y += 10) {
      for (let i = 0; i < 10; i++) column[i] = state[y + i]!;
      for (let i = 0; i < 10; i++) state[y + i]! ^= ~column[(i + 2) % 10]! & column[(i + 4) % 10]!;
    }
    // ι
    state[0]! ^= KECCAK_ROUND_LOW[round]!;
    state[1]! ^= KECCAK_ROUND_HIGH[round]!;
  }
}

/** Keccak-256 as Ethereum uses it (the original padding, not SHA3-256's) of `data`. */
export function keccak256(data: Uint8Array): Uint8Array {
  const RATE = 136;
  const padded = new Uint8Array((Math.floor(data.length / RATE) + 1) * RATE);
  padded.set(data);
  padded[data.length]! ^= 0x01;
  padded[padded.length - 1]! ^= 0x80;
  const state = new Uint32Array(50);
  const view = new DataView(padded.buffer);
  for (let block = 0; block < padded.length; block += RATE) {
    for (let i = 0; i < RATE / 4; i++) state[i]! ^= view.getUint32(block + 4 * i, true);
    keccakF(state);
  }
  const digest = new Uint8Array(32);
  const out = new DataView(digest.buffer);
  for (let i = 0; i < 8; i++) out.setUint32(4 * i, state[i]!, true);
  return digest;
}
