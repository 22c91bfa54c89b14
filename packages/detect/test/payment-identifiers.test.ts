import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { composeIBAN, getCountrySpecifications } from 'ibantools';

import { findPaymentIdentifiers, type PaymentKind } from '../src/payment/index.js';
import { hasValidIbanCheckDigits, IBAN_LENGTH } from '../src/payment/iban.js';

/** An expected finding: its kind, the exact text it spans, and (optionally) its normalized form. */
type Expected = [kind: PaymentKind, span: string, normalized?: string];

const found = (text: string): Expected[] =>
  findPaymentIdentifiers(text).map((f) => [f.kind, text.slice(f.start, f.end), f.normalized]);

/** Compares kind and span always, normalized only where the row gives one. */
function assertFinds(text: string, expected: readonly Expected[]): void {
  const actual = found(text).map(([kind, span, normalized], i) =>
    expected[i]?.[2] === undefined ? [kind, span] : [kind, span, normalized],
  );
  assert.deepEqual(actual, expected);
}

/** Each row: text, and every identifier it holds, in order. */
const POSITIVES: ReadonlyArray<[string, Expected[]]> = [
  // IBAN: unbroken, grouped by spaces, dashes, dots or slashes, lower-case, inside sentences.
  ['DE89370400440532013000', [['iban', 'DE89370400440532013000', 'DE89370400440532013000']]],
  ['GB82WEST12345698765432', [['iban', 'GB82WEST12345698765432']]],
  ['FR1420041010050500013M02606', [['iban', 'FR1420041010050500013M02606']]],
  ['NL91ABNA0417164300', [['iban', 'NL91ABNA0417164300']]],
  [
    'Slash as iban separator: AL47/2121/1009/0000/0002/3569/8741',
    [['iban', 'AL47/2121/1009/0000/0002/3569/8741', 'AL47212110090000000235698741']],
  ],
  ['AL47-2121-1009-0000-0002-3569-8741', [['iban', 'AL47-2121-1009-0000-0002-3569-8741']]],
  ['NL91.ABNA.0417.1643.00', [['iban', 'NL91.ABNA.0417.1643.00', 'NL91ABNA0417164300']]],
  [
    'my IBAN: DE89 3704 0044 0532 0130 00 thanks',
    [['iban', 'DE89 3704 0044 0532 0130 00', 'DE89370400440532013000']],
  ],
  [
    'gb82 west 1234 5698 7654 32',
    [['iban', 'gb82 west 1234 5698 7654 32', 'GB82WEST12345698765432']],
  ],
  ['DE89370400440532013000 please', [['iban', 'DE89370400440532013000']]],
  ['Pay to (GB82WEST12345698765432).', [['iban', 'GB82WEST12345698765432']]],
  [
    'this is an iban VG96 VPVG 0000 0123 4567 8901 X in a sentence',
    [['iban', 'VG96 VPVG 0000 0123 4567 8901']],
  ],
  ['AL47212110090000000235698741 ALL CAPS', [['iban', 'AL47212110090000000235698741']]],
  [
    'list of ibans: AL47212110090000000235698741, NL91 ABNA 0417 1643 00',
    [
      ['iban', 'AL47212110090000000235698741'],
      ['iban', 'NL91 ABNA 0417 1643 00'],
    ],
  ],

  // Bitcoin: legacy, P2SH, segwit v0 (bech32), taproot (bech32m), upper-case bech32.
  ['1BoatSLRHtKNngkdXEeobR76b53LETtpyT', [['btc_address', '1BoatSLRHtKNngkdXEeobR76b53LETtpyT']]],
  [
    'send it to 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy.',
    [['btc_address', '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy']],
  ],
  [
    'btc: bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq',
    [['btc_address', 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq']],
  ],
  [
    'bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297',
    [['btc_address', 'bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297']],
  ],
  [
    'BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ',
    [
      [
        'btc_address',
        'BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ',
        'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq',
      ],
    ],
  ],

  // Ethereum: EIP-55 checksummed (all-caps and mixed vectors), all-lower-case, inside a URL.
  [
    '0x52908400098527886E0F7030069857D2E4169EE7',
    [['eth_address', '0x52908400098527886E0F7030069857D2E4169EE7']],
  ],
  [
    'https://etherscan.io/address/0x8617E340B3D01FA5F11F306F4090FD50E238070D ok',
    [
      [
        'eth_address',
        '0x8617E340B3D01FA5F11F306F4090FD50E238070D',
        '0x8617e340b3d01fa5f11f306f4090fd50e238070d',
      ],
    ],
  ],
  [
    'usdt erc20 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
    [['eth_address', '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed']],
  ],
  [
    'eth 0xde709f2102306220921060314715629080e2fb77 thx',
    [['eth_address', '0xde709f2102306220921060314715629080e2fb77']],
  ],

  // Other networks.
  [
    'USDT TRC20: TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL',
    [['tron_address', 'TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL']],
  ],
  ['LVg2kJoFNg45Nbpy53h7Fe1wKyeXVRhMH9', [['ltc_address', 'LVg2kJoFNg45Nbpy53h7Fe1wKyeXVRhMH9']]],
  ['MGxNPPB7eBoWPUaprtX9v9CXJZoD2465zN', [['ltc_address', 'MGxNPPB7eBoWPUaprtX9v9CXJZoD2465zN']]],
  [
    'ltc1qg42tkwuuxefutzxezdkdel39gfstuap288mfea',
    [['ltc_address', 'ltc1qg42tkwuuxefutzxezdkdel39gfstuap288mfea']],
  ],
  ['DH5yaieqoZN36fDVciNyRueRGvGLR3mr7L', [['doge_address', 'DH5yaieqoZN36fDVciNyRueRGvGLR3mr7L']]],
  [
    'xrp: rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh',
    [['xrp_address', 'rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh']],
  ],
  [
    'my solana wallet is 7EcDhSYGxXyscszYEp35KHN8vvw3svAuLKTzXwCFLtV',
    [['sol_address', '7EcDhSYGxXyscszYEp35KHN8vvw3svAuLKTzXwCFLtV']],
  ],
  [
    '9WzDXwBbmkg8ZTbNMqUxvQRAyrZzDsGYdLVL9zYtAWWM (Phantom)',
    [['sol_address', '9WzDXwBbmkg8ZTbNMqUxvQRAyrZzDsGYdLVL9zYtAWWM']],
  ],

  // Cards: card-style grouping needs no cue; unbroken digits need one.
  ['card 4111 1111 1111 1111', [['card_number', '4111 1111 1111 1111', '4111111111111111']]],
  ['4111-1111-1111-1111', [['card_number', '4111-1111-1111-1111']]],
  ['5555 5555 5555 4444 exp 12/27', [['card_number', '5555 5555 5555 4444']]],
  ['3782 822463 10005', [['card_number', '3782 822463 10005', '378282246310005']]],
  ['visa 4111111111111111', [['card_number', '4111111111111111']]],
  ['pay by credit card: 5105105105105100', [['card_number', '5105105105105100']]],
  ['4111111111111111 is my debit', [['card_number', '4111111111111111']]],
  ['mi tarjeta 4111 1111 1111 1111 123', [['card_number', '4111 1111 1111 1111']]],
  ['номер карты 5555555555554444', [['card_number', '5555555555554444']]],
  ['card 4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1', [['card_number', '4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1']]],

  // Routing numbers and sort codes.
  ['routing 021000021', [['routing_number', '021000021']]],
  ['ABA: 011000015 for wires', [['routing_number', '011000015']]],
  [
    'sort code 20-00-00 account 12345678',
    [
      ['routing_number', '20-00-00', '200000'],
      ['bank_account', '12345678'],
    ],
  ],
  [
    'Routing number: 021000021, account number: 000123456789',
    [
      ['routing_number', '021000021'],
      ['bank_account', '000123456789'],
    ],
  ],

  // Account numbers: only right after a lead phrase.
  ['account number: 12345678', [['bank_account', '12345678']]],
  ['acct # 000123456789', [['bank_account', '000123456789']]],
  ['A/C no. 12345678', [['bank_account', '12345678']]],
  ['numero de cuenta: 0049 1500 05 1234567890', [['bank_account', '0049 1500 05 1234567890']]],
  ['Kontonummer 1234567890', [['bank_account', '1234567890']]],
  ['rekeningnummer: 417164300', [['bank_account', '417164300']]],
  ['номер счета 40817810099910004312', [['bank_account', '40817810099910004312']]],
  ['conta corrente 12345-6', [['bank_account', '12345-6']]],

  // SWIFT/BIC: only after a lead.
  ['SWIFT code: DEUTDEFF', [['swift_bic', 'DEUTDEFF']]],
  ['BIC: NWBKGB2L', [['swift_bic', 'NWBKGB2L']]],
  ['swift DEUTDEFF500', [['swift_bic', 'DEUTDEFF500']]],
  ['codigo SWIFT: BSCHESMMXXX', [['swift_bic', 'BSCHESMMXXX']]],
  [
    'swift/bic is COBADEFFXXX, iban DE89370400440532013000',
    [
      ['swift_bic', 'COBADEFFXXX'],
      ['iban', 'DE89370400440532013000'],
    ],
  ],
];

/** Each row: why it must not fire, and the text. One character changed makes a checksum fail. */
const NEGATIVES: ReadonlyArray<[string, string]> = [
  // Checksums that fail.
  ['IBAN, last digit changed', 'DE89370400440532013001'],
  ['IBAN, one letter changed', 'GB82WEST12345698765433'],
  ['IBAN, spaced, one digit changed', 'my IBAN: DE89 3704 0044 0532 0130 01 thanks'],
  ['IBAN running into more digits', 'DE89 3704 0044 0532 0130 001'],
  ['IBAN glued to a word', 'DE89370400440532013000please'],
  ['BTC legacy, last char changed', '1BoatSLRHtKNngkdXEeobR76b53LETtpyU'],
  ['BTC P2SH, one char changed', '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLz'],
  ['bech32, last char changed', 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdr'],
  ['bech32, mixed case', 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mDq'],
  ['bech32m, last char changed', 'bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3298'],
  ['ETH, one letter case flipped', '0x52908400098527886E0F7030069857D2E4169Ee7'],
  ['ETH, 39 hex digits', '0x52908400098527886E0F7030069857D2E4169EE'],
  ['TRON, one char changed', 'TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeM'],
  ['LTC, one char changed', 'LVg2kJoFNg45Nbpy53h7Fe1wKyeXVRhMH8'],
  ['DOGE, one char changed', 'DH5yaieqoZN36fDVciNyRueRGvGLR3mr7M'],
  ['XRP, one char changed', 'rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTj'],
  ['Solana-shaped, no cue', '7EcDhSYGxXyscszYEp35KHN8vvw3svAuLKTzXwCFLtV'],
  ['card, Luhn fails', 'card 4111 1111 1111 1112'],
  ['card digits, no cue and no grouping', '4111111111111111'],
  ['card digits as an order number', 'My order number is 4111111111111111'],
  ['routing, checksum fails', 'routing 021000022'],
  ['routing-valid, no cue', 'call 021000021'],
  ['BIC-shaped, no lead', 'DEUTDEFF'],
  ['address inside a longer token', 'abc1BoatSLRHtKNngkdXEeobR76b53LETtpyT'],
  ['address followed by an underscore', '1BoatSLRHtKNngkdXEeobR76b53LETtpyT_x'],
  ['ETH inside a longer hex string', '0x52908400098527886E0F7030069857D2E4169EE7ab'],

  // Prices, dates, times, phone numbers, order and invoice numbers.
  ['price', 'The total is $1,250.00 or €4.500,00 or USD 12500'],
  ['big price', 'budget: 1,250,000.00 USD'],
  ['dates', 'due 2024-01-15, 15.01.2024 or 01/15/2024, at 09:30'],
  ['international phone', 'call me +1 415 555 0132'],
  ['US phone', 'My US number is (415) 555-0132'],
  ['UK phone', '+44 20 7946 0958'],
  ['order number', 'Order #4821339712'],
  ['invoice number', 'Invoice INV-2024-000123 and ticket 98765432'],
  ['account without a lead', 'my account was created in 2019, ref 12345678'],
  ['account, unrelated words between', 'account for 12345678 people'],

  // Hashes, ids, blobs.
  ['git commit hash', 'commit 3f2a9c1e8b7d6a5f4e3d2c1b0a9f8e7d6c5b4a39 fixed it'],
  ['UUID', 'id 123e4567-e89b-12d3-a456-426614174000'],
  ['UUID upper-case', 'ID 123E4567-E89B-12D3-A456-426614174000'],
  ['SHA-256', '8f953371d3e85eddb89b05ed6b9e680791055315c73e1025ab5dba7bb2aee189'],
  ['SHA-256 with 0x', '0x8f953371d3e85eddb89b05ed6b9e680791055315c73e1025ab5dba7bb2aee189'],
  [
    'base64 blob',
    'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  ],
  ['base64 token', 'token: dGhpcyBpcyBhIHNlY3JldCBrZXkgZm9yIHRlc3RpbmcgcHVycG9zZXM='],

  // Upper-case words shaped like a BIC.
  ['upper-case words', 'TRANSFER INTERNATIONAL BEAUTIFUL ABSOLUTE TRANSACTION'],
  ['after a bare SWIFT', 'SWIFT TRANSACTION and SWIFT TRANSFER'],
  ['lower-case after swift', 'swift code: anything'],
  ['bank name', 'Bank: BARCLAYS'],

  // Versions, addresses, book and product numbers.
  ['version numbers', 'v1.2.3 and version 10.0.19045.2965'],
  ['IP addresses', 'server 192.168.100.200 and 10.0.0.1'],
  ['ISBN-13 with dashes', 'ISBN 978-0-306-40615-7'],
  ['ISBN-13 unbroken', 'ISBN 9780306406157'],
  ['ISBN-10', 'ISBN 0-306-40615-2'],
  ['UPS tracking', 'tracking 1Z999AA10123456784'],
  ['USPS tracking', 'tracking 9400 1000 0000 0000 0000 00'],
  ['FedEx tracking', 'tracking 7489 1234 5678'],
  ['EAN-13', 'barcode 4006381333931'],
  ['UPC-A', 'UPC 036000291452'],
  ['empty', ''],
];

describe('findPaymentIdentifiers', () => {
  describe('finds', () => {
    for (const [text, expected] of POSITIVES) {
      it(JSON.stringify(text), () => assertFinds(text, expected));
    }
  });

  describe('does not fire on', () => {
    for (const [why, text] of NEGATIVES) {
      it(`${why}: ${JSON.stringify(text.slice(0, 60))}`, () => assert.deepEqual(found(text), []));
    }
  });

  it('gives the confidence its evidence supports', () => {
    const confidence = (text: string): number[] =>
      findPaymentIdentifiers(text).map((f) => f.confidence);
    assert.deepEqual(confidence('DE89370400440532013000'), [0.99]);
    assert.deepEqual(confidence('3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy'), [0.98]);
    assert.deepEqual(confidence('0x8617E340B3D01FA5F11F306F4090FD50E238070D'), [0.98]);
    assert.deepEqual(confidence('0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed'), [0.9]);
    assert.deepEqual(confidence('wallet 7EcDhSYGxXyscszYEp35KHN8vvw3svAuLKTzXwCFLtV'), [0.7]);
    assert.deepEqual(confidence('4111 1111 1111 1111'), [0.9]);
    assert.deepEqual(confidence('BIC: NWBKGB2L'), [0.9]);
    assert.deepEqual(confidence('routing 021000021'), [0.9]);
    assert.deepEqual(confidence('account no 12345678'), [0.85]);
  });

  describe('returns on 1 MB of adversarial text', () => {
    const MB = 1 << 20;
    const repeat = (unit: string): string => unit.repeat(Math.ceil(MB / unit.length));
    const inputs: ReadonlyArray<[string, string]> = [
      ['digits', repeat('1')],
      ['letters', repeat('a')],
      ['upper-case letters', repeat('A')],
      ['0x repeated', repeat('0x')],
      ['spaces', repeat(' ')],
      ['spaced digits', repeat('4 ')],
      ['dashed digits', repeat('4-')],
      ['card-style groups', repeat('4111 ')],
      ['card cue and spaced digits', repeat('card 4 4 4 4 4 4 4 4 4 4 4 4 4 4 4 4 4 4 4 ')],
      ['IBAN heads', repeat('DE89 ')],
      ['IBAN heads with slashes', repeat('DE89/')],
      ['BIC shapes after a lead', repeat('swift: ABCDUSAA ')],
      ['base58 addresses with bad checksums', repeat('1BoatSLRHtKNngkdXEeobR76b53LETtpyU ')],
      ['Solana shapes with a cue', repeat('wallet 7EcDhSYGxXyscszYEp35KHN8vvw3svAuLKTzXwCFLtW ')],
      ['account leads', repeat('account: 123456 ')],
      ['hex', repeat('0123456789abcdef')],
      ['dotted digits', repeat('1.')],
      ['bech32 heads', repeat('bc1q')],
    ];
    for (const [name, text] of inputs) {
      it(name, () => assert.ok(Array.isArray(findPaymentIdentifiers(text))));
    }
  });
});

describe('IBAN check digits', () => {
  const registry = Object.entries(getCountrySpecifications()).filter(
    ([, spec]) => spec.chars && spec.bban_regexp,
  );

  it('knows the length of every country in the IBAN registry', () => {
    assert.deepEqual(
      [...IBAN_LENGTH].sort(),
      registry.map(([country, spec]) => [country, spec.chars]).sort(),
    );
  });

  // An account of the country's format (letters and digits where it puts them), with check
  // digits composed by ibantools; countries whose banks add their own checksum refuse it.
  const composed = registry.flatMap(([country, spec]) => {
    const bban = spec
      .bban_regexp!.replace(/^\^|\$$/g, '')
      .replace(/\[([^\]]+)\]\{(\d+)\}/g, (_, characters: string, count: string) =>
        (characters.startsWith('A-Z') ? 'K' : '7').repeat(Number(count)),
      );
    const iban = composeIBAN({ countryCode: country, bban });
    return iban ? [iban] : [];
  });

  it('accepts what ibantools composes, and none with one character mistyped', () => {
    assert.ok(composed.length > 90, `composed ${composed.length}`);
    for (const iban of composed) {
      assert.ok(hasValidIbanCheckDigits(iban), iban);
      for (let at = 0; at < iban.length; at++) {
        // A digit for another digit, a letter for another letter: mod 97 catches every one.
        const other = /\d/.test(iban[at]!) ? String((Number(iban[at]) + 1) % 10) : 'Q';
        const changed = iban.slice(0, at) + other + iban.slice(at + 1);
        if (changed !== iban) assert.ok(!hasValidIbanCheckDigits(changed), changed);
      }
    }
  });

  it('refuses check digits outside 02–98, as ISO 13616 does', () => {
    // 99 ≡ 2 (mod 97): GB's example with 99 would pass the sum alone.
    assert.ok(!hasValidIbanCheckDigits('GB99WEST12345698765432'));
    assert.ok(!hasValidIbanCheckDigits('GB01WEST12345698765432'));
  });
});
