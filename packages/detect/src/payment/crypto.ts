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
} from './checksums.js';
import { SOLANA_WORDS, mentionedNear } from './context.js';
import type { PaymentIdentifier, PaymentKind } from './types.js';

/** A checksum that verified leaves about one chance in four billion of a random string passing. */
const CHECKSUMMED = 0.98;
/** All-lower or all-upper ETH addresses carry no checksum, but `0x` + 40 hex is a specific shape. */
const ETH_WITHOUT_CHECKSUM = 0.9;
/**
 * A Bitcoin or TRON address shape whose checksum fails, labelled as one ("BTC: bc1q…", "USDT
 * TRC20: T…"): a copying mistake or a made-up address still offers a wallet.
 */
const LABELLED_WITHOUT_CHECKSUM = 0.75;
/** Address shapes read without their checksum when a word nearby names their network. */
const LABELLED_SHAPES: ReadonlyArray<{
  kind: PaymentKind;
  shape: RegExp;
  words: RegExp;
  /** bech32 ignores case, so one case is written for it. */
  caseless: boolean;
}> = [
  // Segwit: "bc1", then 39 to 59 of bech32's characters, in one case.
  {
    kind: 'btc_address',
    shape: /^(?:bc1[ac-hj-np-z02-9]{39,59}|BC1[AC-HJ-NP-Z02-9]{39,59})$/,
    words: /\b(?:btc|bitcoin|wallet|crypto)\b/i,
    caseless: true,
  },
  // TRON: "T" and 33 base58 characters, labelled as USDT on TRON.
  {
    kind: 'tron_address',
    shape: /^T[1-9A-HJ-NP-Za-km-z]{33}$/,
    words: /\b(?:usdt|trc-?20|tron|trx|wallet)\b/i,
    caseless: false,
  },
];
/** Solana addresses have no checksum: only the length after decoding and a nearby word speak for it. */
const SOLANA_BY_CONTEXT = 0.7;

/** Bitcoin's base58 alphabet and Ripple's hold the same 58 characters, in different orders. */
const BASE58 = /^[1-9A-HJ-NP-Za-km-z]+$/;
const ETH_ADDRESS = /^0x[0-9a-fA-F]{40}$/;

/** Base58check version bytes (21-byte payload: version + 20-byte hash) and the network they mean. */
const BASE58CHECK_VERSIONS: ReadonlyMap<number, PaymentKind> = new Map([
  [0x00, 'btc_address'], // 1…
  [0x05, 'btc_address'], // 3… (P2SH; Litecoin's old P2SH used the same version)
  [0x30, 'ltc_address'], // L…
  [0x32, 'ltc_address'], // M…
  [0x1e, 'doge_address'], // D…
  [0x16, 'doge_address'], // 9… or A… (P2SH)
  [0x41, 'tron_address'], // T…
]);
const BASE58CHECK_FIRST_CHARS = '13LMD9AT';

const SEGWIT_NETWORKS: ReadonlyMap<string, PaymentKind> = new Map([
  ['bc', 'btc_address'],
  ['ltc', 'ltc_address'],
]);

/** Wallet addresses are 25 (short base58) to 90 (bech32 limit) characters; longer tokens never are. */
export const MIN_ADDRESS_LENGTH = 25;
export const MAX_ADDRESS_LENGTH = 90;

/**
 * The checksummed wallet address (BTC, LTC, DOGE, TRON, XRP, ETH) that is exactly
 * `text.slice(start, end)` (one whole token), or undefined.
 */
export function cryptoAddressAt(
  text: string,
  start: number,
  end: number,
): PaymentIdentifier | undefined {
  const token = text.slice(start, end);
  const found = (kind: PaymentKind, normalized: string, confidence: number): PaymentIdentifier => ({
    start,
    end,
    kind,
    normalized,
    confidence,
  });

  if (token.startsWith('0x')) {
    if (!ETH_ADDRESS.test(token)) return undefined;
    const hex = token.slice(2);
    const normalized = `0x${hex.toLowerCase()}`;
    if (isEip55(hex)) return found('eth_address', normalized, CHECKSUMMED);
    // Mixed case that fails EIP-55 is a mistyped address; one case throughout carries no checksum.
    const singleCase = hex === hex.toLowerCase() || hex === hex.toUpperCase();
    return singleCase ? found('eth_address', normalized, ETH_WITHOUT_CHECKSUM) : undefined;
  }

  const segwit = segwitNetwork(token);
  if (segwit) return found(segwit, token.toLowerCase(), CHECKSUMMED);

  const kind = base58Kind(token);
  if (kind) return found(kind, token, CHECKSUMMED);
  for (const { kind, shape, words, caseless } of LABELLED_SHAPES) {
    if (shape.test(token) && mentionedNear(words, text, start, end, 40))
      return found(kind, caseless ? token.toLowerCase() : token, LABELLED_WITHOUT_CHECKSUM);
  }
  return undefined;
}

/** The network of a checksummed base58 address (Bitcoin, Litecoin, Dogecoin, TRON, Ripple). */
function base58Kind(token: string): PaymentKind | undefined {
  if (token.length > 35 || !BASE58.test(token)) return undefined;
  return token.startsWith('r') ? rippleKind(token) : base58checkKind(token);
}

/**
 * The Solana address that is exactly `text.slice(start, end)`: base58 decoding to 32 bytes, with
 * a cue word ("solana", "wallet", "phantom"…) within 40 characters, since there is no checksum.
 */
export function solanaAddressAt(
  text: string,
  start: number,
  end: number,
): PaymentIdentifier | undefined {
  const token = text.slice(start, end);
  const isAddress =
    BASE58.test(token) &&
    base58Decode(token, BITCOIN_BASE58)?.length === 32 &&
    mentionedNear(SOLANA_WORDS, text, start, end, 40);
  return isAddress
    ? { start, end, kind: 'sol_address', normalized: token, confidence: SOLANA_BY_CONTEXT }
    : undefined;
}

/** EIP-55: a hex letter is upper-case exactly when its nibble of keccak256(lower-case hex) is ≥ 8. */
function isEip55(hex: string): boolean {
  const hash = keccak256(new TextEncoder().encode(hex.toLowerCase()));
  for (let i = 0; i < hex.length; i++) {
    const char = hex.charAt(i);
    if (char >= '0' && char <= '9') continue;
    const byte = hash[i >> 1] ?? 0;
    const nibble = i % 2 === 0 ? byte >> 4 : byte & 0x0f;
    const isUpper = char <= 'F';
    const shouldBeUpper = nibble >= 8;
    if (isUpper !== shouldBeUpper) return false;
  }
  return true;
}

/** A BIP-173/350 segwit address: v0 uses bech32 with a 20- or 32-byte program, v1+ uses bech32m. */
function segwitNetwork(token: string): PaymentKind | undefined {
  const separator = token.indexOf('1');
  if (separator < 0) return undefined;
  const network = SEGWIT_NETWORKS.get(token.slice(0, separator).toLowerCase());
  if (!network) return undefined;
  // Witness version is the first data character: "q" is 0 in the bech32 alphabet.
  const isV0 = token.charAt(separator + 1).toLowerCase() === 'q';
  const decoded = bech32Words(token, isV0 ? BECH32 : BECH32M, MAX_ADDRESS_LENGTH);
  if (!decoded) return undefined;
  const [version, ...data] = decoded.words;
  const program = bytesOfWords(data);
  if (version === undefined || version > 16 || !program) return undefined;
  const validLength = isV0
    ? program.length === 20 || program.length === 32
    : program.length >= 2 && program.length <= 40;
  return validLength ? network : undefined;
}

function base58checkKind(token: string): PaymentKind | undefined {
  if (!BASE58CHECK_FIRST_CHARS.includes(token.charAt(0))) return undefined;
  const bytes = base58Decode(token, BITCOIN_BASE58)!;
  const kind = BASE58CHECK_VERSIONS.get(bytes[0] ?? -1);
  return kind && isChecksummedPayload(bytes) ? kind : undefined;
}

function rippleKind(token: string): PaymentKind | undefined {
  const bytes = base58Decode(token, RIPPLE_BASE58)!;
  return bytes[0] === 0 && isChecksummedPayload(bytes) ? 'xrp_address' : undefined;
}

/** A 21-byte payload followed by the first 4 bytes of its double SHA-256. */
function isChecksummedPayload(bytes: Uint8Array): boolean {
  if (bytes.length !== 25) return false;
  const checksum = sha256(sha256(bytes.subarray(0, 21)));
  for (let i = 0; i < 4; i++) if (checksum[i] !== bytes[21 + i]) return false;
  return true;
}
