import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findAddresses } from '../src/detectors/address.js';
import { createScan } from '../src/detectors/scan.js';
import { fold } from '../src/normalize/fold.js';

const find = (text: string) => findAddresses(createScan(text, fold(text).mapped, []));

/** Each row: message, the exact address span expected, its confidence. */
const POSITIVES: ReadonlyArray<[string, string, number]> = [
  // United States, Canada, United Kingdom, Australia.
  ['1160 Marion St. Niles,  MI  45920', '1160 Marion St. Niles,  MI  45920', 0.9],
  [
    "Dalla's Pizza | 3843 Peartree Road, Bamblee, SD 20241 440-600-5124",
    '3843 Peartree Road, Bamblee, SD 20241',
    0.9,
  ],
  [
    '1/10082  Williams  RD  Chilliwack  BC V2P-5H2 Bradley  Mayo  Called  me',
    '1/10082  Williams  RD  Chilliwack  BC V2P-5H2',
    0.9,
  ],
  ['221B Baker Street, London NW1 6XE', '221B Baker Street, London NW1 6XE', 0.9],
  ['Flat 4, 12 High St, Leeds LS1 4AP', 'Flat 4, 12 High St, Leeds LS1 4AP', 0.9],
  ['Unit 5/22 George St, Sydney NSW 2000', 'Unit 5/22 George St, Sydney NSW 2000', 0.9],
  ['PO Box 1234, Austin, TX 78701', 'PO Box 1234, Austin, TX 78701', 0.9],
  [
    'I live at 2207 Maple Grove Lane, Austin, TX 78745.',
    '2207 Maple Grove Lane, Austin, TX 78745',
    0.9,
  ],
  [
    "I'm at 3409 Bloor St W, Toronto, ON M8X 1G1 if you want",
    '3409 Bloor St W, Toronto, ON M8X 1G1',
    0.9,
  ],
  [
    '57 Birchwood Ave, Apt 4, Somerville, MA 02143',
    '57 Birchwood Ave, Apt 4, Somerville, MA 02143',
    0.9,
  ],
  ['send it to:\n221B Baker Street\nLondon NW1 6XE', '221B Baker Street\nLondon NW1 6XE', 0.9],
  // Spanish, Portuguese, French, German, Italian.
  ['Calle Mayor 12, 28013 Madrid', 'Calle Mayor 12, 28013 Madrid', 0.9],
  ['Av. Insurgentes Sur 1602, CDMX', 'Av. Insurgentes Sur 1602, CDMX', 0.9],
  ['Rua Augusta, 1500 - São Paulo', 'Rua Augusta, 1500 - São Paulo', 0.9],
  ['12 rue de la Paix, 75002 Paris', '12 rue de la Paix, 75002 Paris', 0.9],
  ['Hauptstraße 5, 10115 Berlin', 'Hauptstraße 5, 10115 Berlin', 0.9],
  ['Via Roma 10, 00184 Roma', 'Via Roma 10, 00184 Roma', 0.9],
  ['vivo en Calle de Alcalá 123, 4ºB, 28009 Madrid', 'Calle de Alcalá 123, 4ºB, 28009 Madrid', 0.9],
  // Russian, Ukrainian, Indonesian, Filipino, Arabic.
  ['ул. Ленина, д. 5, кв. 12', 'ул. Ленина, д. 5, кв. 12', 0.9],
  ['мой адрес: улица Пушкина 10', 'улица Пушкина 10', 0.75],
  ['моя адреса: вул. Хрещатик, 22', 'вул. Хрещатик, 22', 0.75],
  ['Jl. Sudirman No. 5, Jakarta', 'Jl. Sudirman No. 5, Jakarta', 0.9],
  ['alamat saya Jalan Merdeka 10', 'Jalan Merdeka 10', 0.75],
  [
    'Blk 5 Lot 12, Brgy. San Isidro, Quezon City',
    'Blk 5 Lot 12, Brgy. San Isidro, Quezon City',
    0.9,
  ],
  ['شارع التحرير 15، القاهرة', 'شارع التحرير 15، القاهرة', 0.9],
  // A bare street counts only with a contact cue.
  ['I live at 45 oak road', '45 oak road', 0.75],
  ['come to 10 Downing Street tomorrow', '10 Downing Street', 0.75],
  ['my address is 12 Baker St, London. Thanks', '12 Baker St, London', 0.9],
  ['address ko 88 Rizal Street', '88 Rizal Street', 0.75],
  ['عنواني شارع النيل 7', 'شارع النيل 7', 0.75],
  // Inside code only with a cue; the finding records the code block.
  [
    '```\n# ship to my place\n12 Baker Street, London NW1 6XE\n```',
    '12 Baker Street, London NW1 6XE',
    0.9,
  ],
  // Landmarks as pieces of the address (South Asia, West Africa), house numbers with several parts.
  [
    'H.No. 8-2-120/B, opp Ratnadeep store, near Metro pillar 1520, Ameerpet, Hyderabad 500016',
    'H.No. 8-2-120/B, opp Ratnadeep store, near Metro pillar 1520, Ameerpet, Hyderabad 500016',
    0.9,
  ],
  // "let" is a verb here, not code.
  [
    '14 Acacia Rd, Parkhurst, Johannesburg 2193 — the guard will let the driver in',
    '14 Acacia Rd, Parkhurst, Johannesburg 2193',
    0.9,
  ],
  // Hindi and Urdu house and lane numbers, with place names in their scripts.
  [
    'मेरा पता: मकान नं. 9, गली नं. 2, राजा पार्क, जयपुर 302004',
    'मकान नं. 9, गली नं. 2, राजा पार्क, जयपुर 302004',
    0.9,
  ],
  [
    'میرا پتہ: مکان نمبر 7، گلی نمبر 5، ماڈل ٹاؤن، لاہور',
    'مکان نمبر 7، گلی نمبر 5، ماڈل ٹاؤن، لاہور',
    0.9,
  ],
  // A numbered street after a villa, in a country without postcodes.
  ['Villa 9, Street 21A, Al Safa 1, Dubai', 'Villa 9, Street 21A, Al Safa 1, Dubai', 0.9],
  // Moroccan streets; a Turkish district and city joined by a slash; the streets a house stands between.
  ['عنواني: زنقة الورود رقم 9، حي الرياض، الرباط', 'زنقة الورود رقم 9، حي الرياض، الرباط', 0.9],
  [
    'Adresim: Bağdat Cad. No: 15 D: 3, Maltepe/İstanbul',
    'Bağdat Cad. No: 15 D: 3, Maltepe/İstanbul',
    0.9,
  ],
  ['Calle 7 nº 1210 entre 50 y 51, La Plata', 'Calle 7 nº 1210 entre 50 y 51, La Plata', 0.9],
  // Catalan floor and door after a middle dot, Nordic boxes, a German box in groups of digits.
  [
    'Carrer de Mallorca 120, 2n 1a · 08036 Barcelona',
    'Carrer de Mallorca 120, 2n 1a · 08036 Barcelona',
    0.9,
  ],
  ['Box 118, 751 04 Uppsala', 'Box 118, 751 04 Uppsala', 0.9],
  ['Postfach 20 30 40, 10115 Berlin', 'Postfach 20 30 40, 10115 Berlin', 0.9],
  // Korean roads in Latin letters, Vietnamese lanes, Thai villages, numerals in Chinese and Japanese.
  [
    '14, Sejong-daero 9-gil, Jung-gu, Seoul 04513',
    '14, Sejong-daero 9-gil, Jung-gu, Seoul 04513',
    0.9,
  ],
  [
    'gửi về số 7 ngõ 15 phố Huế, Hai Bà Trưng, Hà Nội',
    '7 ngõ 15 phố Huế, Hai Bà Trưng, Hà Nội',
    0.9,
  ],
  ['ที่อยู่: 45/6 หมู่ 2 ซอยลาดพร้าว 15', '45/6 หมู่ 2 ซอย', 0.9],
  ['大阪市北区梅田二丁目四番九号', '二丁目四番九号', 0.9],
  // A building's name after a unit; the writer's own place to drop texts to translate at.
  [
    'Unit 4B, The Courtyard at Riverside, Mabini St, Pasig City 1600',
    'Unit 4B, The Courtyard at Riverside, Mabini St, Pasig City 1600',
    0.9,
  ],
  [
    'Les textes à traduire peuvent être déposés chez moi : Rue Neuve 14 bte 2, 1000 Bruxelles',
    'Rue Neuve 14 bte 2, 1000 Bruxelles',
    0.9,
  ],
];

/** Freelance talk that must not be read as an address. */
const NEGATIVES: readonly string[] = [
  'The app has 3 main features: search, chat and billing.',
  'We need 2 way binding between the form and the store.',
  'the store locator must show 221B Baker Street as the sample pin',
  'use 1600 Amphitheatre Parkway as placeholder data',
  'add a field for the street address',
  'format: 123 Main St',
  'Format: 123 Main St, Springfield, IL 62701',
  'Sample data:\n123 Main St, Springfield, IL 62701',
  'e.g. 10 Downing Street, London SW1A 2AA',
  'it should accept addresses like 12 Main St, Springfield IL 62701',
  'Build a landing page that mentions 10 Downing Street in the hero.',
  'Dummy record: 42 Elm Street, Springfield, IL 62704',
  'We back up to 5 drives every night.',
  'we need 3 courts booked for the tournament',
  'Schedule 12 St. Patrick’s Day posts for March.',
  'I grew up playing Street Fighter 2 every weekend.',
  'I read 3 Wall Street Journal articles on it.',
  'Release version 2 Way later this week.',
  'Route 53 records for 12 domains need updating.',
  'Put the exports in the Drive folder.',
  'I uploaded 5 Google Drive files, send it to me when done.',
  'Dr. Smith will review at 3 PM.',
  'Meeting at 3 PM Dr. Smith will join.',
  'St. Louis office has 12 staff.',
  'It costs $12 Main St merch bundle.',
  'the call is at 10:30, Main St office',
  'We charge 25 USD per hour, 40 hours a week.',
  'pay via PayPal 3 times a month',
  'Top 10 Main Street Restaurants, Chicago edition',
  'Chapter 3 Main Street, Chicago',
  'const addr = "12 Baker Street, London NW1 6XE";',
  '```\naddress = "12 Baker St, London NW1 6XE"\n```',
  'Geocoding fails for "1600 Amphitheatre Parkway, Mountain View, CA" in our test suite.',
  'The footer of the client’s site lists their shop at 14 Market Street, Bristol, restyle it.',
  'Translate the sign: "Entrance at 42 Rue de Rivoli, 2nd floor".',
  '12 Baker Street',
  'The postcode is NW1 6XE.',
  '28013',
  // A box that is no post box, a road named without a house, a lane word without numbers.
  'Box 3 of 5 shipped today, the rest go out on Monday.',
  'The café on Teheran-ro has the best cold brew in Gangnam.',
  'Near the station there is a good print shop, opposite the bank.',
  'const x = 5; let y = "12 Baker Street, London NW1 6XE";',
  // A placeholder in a form to translate.
  'Bitte übersetzen (Platzhalter im Formular): „Lieferadresse: Gartenweg 3, 20095 Hamburg"',
];

describe('findAddresses', () => {
  for (const [text, expected, confidence] of POSITIVES) {
    it(`finds ${JSON.stringify(expected)}`, () => {
      const found = find(text);
      assert.equal(found.length, 1, JSON.stringify(found));
      const [finding] = found;
      assert.equal(text.slice(finding!.start, finding!.end), expected);
      assert.equal(finding!.confidence, confidence);
      assert.equal(finding!.category, 'address');
    });
  }

  for (const text of NEGATIVES) {
    it(`ignores ${JSON.stringify(text)}`, () => {
      assert.deepEqual(find(text), []);
    });
  }

  it('reports the detector, kind and code block', () => {
    const [box] = find('PO Box 1234, Austin, TX 78701');
    assert.equal(box!.evidence.detector, 'address.postal');
    assert.equal(box!.evidence.kind, 'po_box');
    const [street] = find('221B Baker Street, London NW1 6XE');
    assert.deepEqual(street!.evidence, {
      detector: 'address.street',
      kind: 'street',
      normalized: '221B Baker Street, London NW1 6XE',
      obfuscations: [],
    });
    const [inCode] = find('```\n# ship to my place\n12 Baker Street, London NW1 6XE\n```');
    assert.deepEqual(inCode!.evidence.obfuscations, ['code_block']);
  });

  it('maps folded offsets back to the original text', () => {
    const text = 'visit me: ２２１Ｂ Ｂａｋｅｒ Ｓｔｒｅｅｔ, London NW1 6XE';
    const [finding] = find(text);
    assert.equal(
      text.slice(finding!.start, finding!.end),
      '２２１Ｂ Ｂａｋｅｒ Ｓｔｒｅｅｔ, London NW1 6XE',
    );
  });

  it('finds every address in a long message', () => {
    const text = 'Old: 12 High St, Leeds LS1 4AP. New: 221B Baker Street, London NW1 6XE.';
    assert.deepEqual(
      find(text).map((f) => text.slice(f.start, f.end)),
      ['12 High St, Leeds LS1 4AP', '221B Baker Street, London NW1 6XE'],
    );
  });

  it('stays linear on a megabyte of near-misses', () => {
    const megabyte = (unit: string) => unit.repeat(Math.ceil(1_000_000 / unit.length));
    for (const text of [
      megabyte('1 St '),
      megabyte('12 '),
      megabyte('St 1 '),
      megabyte('1 Main St '),
    ]) {
      const started = performance.now();
      find(text);
      assert.ok(performance.now() - started < 5_000, 'took too long');
    }
  });
});
