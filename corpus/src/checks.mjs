// Checksum validators used by the corpus builder, so that every IBAN, routing
// number and wallet address written into a `payment` line is one a careful
// detector would accept as real. No dependencies.
import { createHash } from 'node:crypto';

const IBAN_LENGTHS = {
  AE: 23,
  AL: 28,
  AT: 20,
  BE: 16,
  BG: 22,
  BH: 22,
  BR: 29,
  CH: 21,
  CY: 28,
  CZ: 24,
  DE: 22,
  DK: 18,
  EE: 20,
  EG: 29,
  ES: 24,
  FI: 18,
  FR: 27,
  GB: 22,
  GE: 22,
  GR: 27,
  HR: 21,
  HU: 28,
  IE: 22,
  IL: 23,
  IT: 27,
  JO: 30,
  KW: 30,
  KZ: 20,
  LB: 28,
  LT: 20,
  LU: 20,
  LV: 21,
  MT: 31,
  MU: 30,
  NL: 18,
  NO: 15,
  PK: 24,
  PL: 28,
  PT: 25,
  QA: 29,
  RO: 24,
  RS: 22,
  SA: 24,
  SE: 24,
  SI: 19,
  SK: 24,
  TN: 24,
  TR: 26,
  UA: 29,
};

/** Mod-97 remainder of an IBAN rearranged as ISO 13616 says. */
function ibanRemainder(iban) {
  const s = iban.slice(4) + iban.slice(0, 4);
  let r = 0;
  for (const ch of s) {
    const v = /[0-9]/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const d of v) r = (r * 10 + Number(d)) % 97;
  }
  return r;
}

export function isValidIban(raw) {
  const iban = raw.replace(/[\s-]/g, '').toUpperCase();
  if (!/^[A-Z]{2}[0-9]{2}[A-Z0-9]+$/.test(iban)) return false;
  const len = IBAN_LENGTHS[iban.slice(0, 2)];
  if (len === undefined || iban.length !== len) return false;
  return ibanRemainder(iban) === 1;
}

/** Build a valid IBAN from a country code and a BBAN (used to make fictional ones). */
export function makeIban(country, bban) {
  const r = ibanRemainder(`${country}00${bban}`);
  return `${country}${String(98 - r).padStart(2, '0')}${bban}`;
}

export function isValidAba(rt) {
  if (!/^[0-9]{9}$/.test(rt)) return false;
  const d = [...rt].map(Number);
  const sum = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8]);
  return sum % 10 === 0;
}

const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const sha256 = (b) => createHash('sha256').update(b).digest();

export function base58Decode(s) {
  let n = 0n;
  for (const ch of s) {
    const i = B58.indexOf(ch);
    if (i < 0) return null;
    n = n * 58n + BigInt(i);
  }
  const bytes = [];
  while (n > 0n) {
    bytes.unshift(Number(n % 256n));
    n /= 256n;
  }
  for (const ch of s) {
    if (ch !== '1') break;
    bytes.unshift(0);
  }
  return Buffer.from(bytes);
}

export function base58Encode(buf) {
  let n = BigInt(`0x${buf.toString('hex') || '0'}`);
  let out = '';
  while (n > 0n) {
    out = B58[Number(n % 58n)] + out;
    n /= 58n;
  }
  for (const b of buf) {
    if (b !== 0) break;
    out = `1${out}`;
  }
  return out;
}

function base58CheckPayload(s) {
  const b = base58Decode(s);
  if (!b || b.length < 5) return null;
  const body = b.subarray(0, -4);
  const sum = sha256(sha256(body)).subarray(0, 4);
  return sum.equals(b.subarray(-4)) ? body : null;
}

export function base58CheckEncode(body) {
  return base58Encode(Buffer.concat([body, sha256(sha256(body)).subarray(0, 4)]));
}

const BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
function bechPolymod(values) {
  const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= G[i];
  }
  return chk >>> 0;
}

export function isValidBtc(addr) {
  if (/^(bc1)/i.test(addr)) {
    const s = addr.toLowerCase();
    const pos = s.lastIndexOf('1');
    const hrp = s.slice(0, pos);
    const data = [...s.slice(pos + 1)].map((c) => BECH.indexOf(c));
    if (data.some((v) => v < 0) || data.length < 7) return false;
    const exp = [...hrp].map((c) => c.charCodeAt(0) >> 5);
    exp.push(0, ...[...hrp].map((c) => c.charCodeAt(0) & 31));
    const pm = bechPolymod([...exp, ...data]);
    const witver = data[0];
    return (witver === 0 && pm === 1) || (witver > 0 && pm === 0x2bc830a3);
  }
  const body = base58CheckPayload(addr);
  return body !== null && body.length === 21 && (body[0] === 0x00 || body[0] === 0x05);
}

export function isValidTron(addr) {
  const body = base58CheckPayload(addr);
  return body !== null && body.length === 21 && body[0] === 0x41;
}

// Keccak-256 (the pre-standard padding Ethereum uses), for EIP-55 checksums.
const RC = [
  0x0000000000000001n,
  0x0000000000008082n,
  0x800000000000808an,
  0x8000000080008000n,
  0x000000000000808bn,
  0x0000000080000001n,
  0x8000000080008081n,
  0x8000000000008009n,
  0x000000000000008an,
  0x0000000000000088n,
  0x0000000080008009n,
  0x000000008000000an,
  0x000000008000808bn,
  0x800000000000008bn,
  0x8000000000008089n,
  0x8000000000008003n,
  0x8000000000008002n,
  0x8000000000000080n,
  0x000000000000800an,
  0x800000008000000an,
  0x8000000080008081n,
  0x8000000000008080n,
  0x0000000080000001n,
  0x8000000080008008n,
];
const ROT = [
  0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14,
];
const M64 = (1n << 64n) - 1n;
const rotl = (x, n) => (n === 0 ? x : ((x << BigInt(n)) | (x >> BigInt(64 - n))) & M64);

function keccakF(s) {
  for (let round = 0; round < 24; round++) {
    const c = [0, 1, 2, 3, 4].map((x) => s[x] ^ s[x + 5] ^ s[x + 10] ^ s[x + 15] ^ s[x + 20]);
    for (let x = 0; x < 5; x++) {
      const d = c[(x + 4) % 5] ^ rotl(c[(x + 1) % 5], 1);
      for (let y = 0; y < 25; y += 5) s[x + y] ^= d;
    }
    const b = new Array(25).fill(0n);
    for (let x = 0; x < 5; x++)
      for (let y = 0; y < 5; y++)
        b[y + 5 * ((2 * x + 3 * y) % 5)] = rotl(s[x + 5 * y], ROT[x + 5 * y]);
    for (let x = 0; x < 5; x++)
      for (let y = 0; y < 5; y++)
        s[x + 5 * y] = b[x + 5 * y] ^ (~b[((x + 1) % 5) + 5 * y] & M64 & b[((x + 2) % 5) + 5 * y]);
    s[0] ^= RC[round];
  }
}

export function keccak256(input) {
  const rate = 136;
  const msg = Buffer.from(input);
  const padLen = rate - (msg.length % rate);
  const p = Buffer.concat([msg, Buffer.alloc(padLen)]);
  p[msg.length] ^= 0x01;
  p[p.length - 1] ^= 0x80;
  const s = new Array(25).fill(0n);
  for (let off = 0; off < p.length; off += rate) {
    for (let i = 0; i < rate / 8; i++) s[i] ^= p.readBigUInt64LE(off + i * 8);
    keccakF(s);
  }
  const out = Buffer.alloc(32);
  for (let i = 0; i < 4; i++) out.writeBigUInt64LE(s[i], i * 8);
  return out;
}

export function toEip55(hex40) {
  const lower = hex40.toLowerCase();
  const h = keccak256(Buffer.from(lower, 'ascii')).toString('hex');
  return [...lower].map((c, i) => (parseInt(h[i], 16) >= 8 ? c.toUpperCase() : c)).join('');
}

export function isValidEth(addr) {
  if (!/^0x[0-9a-fA-F]{40}$/.test(addr)) return false;
  const body = addr.slice(2);
  return toEip55(body) === body;
}

/** Known-answer checks run by the build, so a broken validator cannot pass bad data silently. */
export function selfTest() {
  const ok = (cond, what) => {
    if (!cond) throw new Error(`checks.mjs self-test failed: ${what}`);
  };
  ok(
    keccak256(Buffer.alloc(0)).toString('hex') ===
      'c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470',
    'keccak256("")',
  );
  for (const a of [
    '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
    '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359',
    '0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB',
    '0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb',
    '0x52908400098527886E0F7030069857D2E4169EE7',
    '0x8617E340B3D01FA5F11F306F4090FD50E238070D',
    '0xde709f2102306220921060314715629080e2fb77',
    '0x27b1fdb04752bbc536007a920d24acb045561c26',
  ])
    ok(isValidEth(a), `EIP-55 vector ${a}`);
  ok(!isValidEth('0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD'), 'EIP-55 negative');
  ok(isValidIban('GB82WEST12345698765432') && !isValidIban('GB82WEST12345698765433'), 'IBAN');
  ok(isValidAba('021000021') && !isValidAba('021000022'), 'ABA');
  ok(isValidBtc('1BoatSLRHtKNngkdXEeobR76b53LETtpyT'), 'BTC base58');
  ok(isValidBtc('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4'), 'BTC bech32');
  ok(!isValidBtc('1BoatSLRHtKNngkdXEeobR76b53LETtpyU'), 'BTC negative');
  ok(isValidTron('TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL'), 'TRON');
}
