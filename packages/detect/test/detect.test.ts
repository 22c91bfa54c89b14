import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  detect,
  detectEach,
  detectEachInThread,
  detectInThread,
  type Category,
} from '@ringfence/detect';

const categories = (text: string, countries: string[] = []): Category[] =>
  [...new Set(detect(text, { countries }).map((f) => f.category))].sort();

/** Each row: text, the categories that must be found (others may be found too). */
const POSITIVES: ReadonlyArray<[string, Category[]]> = [
  ['call me on +44 7700 900123 tonight', ['phone']],
  ['(213) 373-4253', ['phone']],
  ['my cell is 415.555.0132', ['phone']],
  ['five five five - 0 one 2 three 4567', ['phone']],
  ['FOUR ONE FIVE FIVE FIVE FIVE TWO EIGHT SIX FIVE', ['phone']],
  ['4.0.4.Five.Five,Five.6.4.0.8', ['phone']],
  ['my number: ５５５-１２３-４５６７', ['phone']],
  ['num: 𝟒𝟏𝟓 𝟓𝟓𝟓 𝟎𝟏𝟑𝟐', ['phone']],
  ['call ④①⑤ ⑤⑤⑤ ⓪①③②', ['phone']],
  ['5️⃣5️⃣5️⃣ 1️⃣2️⃣3️⃣ 4️⃣5️⃣6️⃣7️⃣ text me', ['phone']],
  ['رقمي ٠٧٧٠٠ ٩٠٠١٢٣', ['phone']],
  ['mera number nau aath saat chah paanch char teen do ek zero hai', ['phone']],
  ['mi número es cinco cinco cinco, uno dos tres, cuatro cinco seis siete', ['phone']],
  ['мой номер восемь девять один шесть пять пять пять один два три четыре', ['phone']],
  ['call 555-O1O2-3l4', ['phone']],
  ['ph: +44 77OO 9OO 4l8', ['phone']],
  ['Schreib mir auf Discord: kaffeecoder', ['handle']],
  ["I'm at two two oh seven Maple Grove Lane, Austin, TX 78745", ['address']],
  ['rahul.k nine two at outlook dot com', ['email']],
  ['plus forty four, seven seven double oh, nine double oh, four one eight', ['phone']],
  ['call me at four one five nine hundred twelve thirty four', ['phone']],
  ['+44 seven 700 nine hundred 418', ['phone']],
  // Written digits with only one or two number words among them.
  ['my cell is 415 nine hundred 0132 if anything breaks', ['phone']],
  ['ring me on 0 seven seven hundred 900 123', ['phone']],
  // Everyday words for digits ("três", "um") count once the chain mixes in number words.
  ['21 nove nove 6 três 4 um dois zero 8 é o meu celular', ['phone']],
  ["my num (remove the x's): 2x1x2x5x5x5x0x1x8x8", ['phone']],
  // Apostrophes ("let's", "I'll") are no quotation marks around the ask.
  ["let's move off this site, I'll explain why", ['request']],
  ['lets continue this convo elsewhere, u know where', ['request']],
  ['my gmail is john.smith1990, send the files there', ['email']],
  ['do you have zelle? easier than the milestone', ['payment']],
  ['lass uns außerhalb der Plattform abrechnen', ['payment']],
  ['payons hors plateforme, pas de frais', ['payment']],
  ['I sent you a friend request on facebook, accept it and we talk there', ['request']],
  ['Pay the "outside" way and I\'ll give you a discount', ['payment']],
  // German teens: 0151 13 14 16 18.
  ['ruf mich an: null eins fünf eins, dreizehn vierzehn, sechzehn achtzehn', ['phone']],
  ['Hazme un Bizum al 612 33 48 01 y empiezo hoy.', ['phone', 'payment']],
  ['my sk¥pe is carl.vance.seo', ['handle']],
  ['c4lendly.c0m/erin-walsh-design', ['link']],
  ['book me: cal [dot] com / ines-ferreira', ['link']],
  ['t e l e g r a m : @ m o t i o n _ k a i', ['handle']],
  ['p4yp4l me the deposit and i start', ['payment']],
  ['Zelle to 415-555-0176 works', ['phone', 'payment']],
  ['My number +91-70211-48390 (also on WhatsApp)', ['phone', 'handle']],
  ['john.smith@gmail.com', ['email']],
  ['john [at] gmail [dot] com', ['email']],
  ['write to anna(arroba)hotmail(punto)es', ['email']],
  ['j o h n @ g m a i l . c o m', ['email']],
  ['ahmad.dev at the rate gmail dot com', ['email']],
  ['јоhn.dое@gmаil.com', ['email']],
  ['jo\u200bhn@gm\u200bail.com', ['email']],
  ['```\nconst me = "real.person@gmail.com"\n```', ['email']],
  ['moc.liamg@htims.nhoj (read it backwards)', ['email']],
  ['book a slot: calendly.com/jane-doe/30min', ['link']],
  ['join https://zoom.us/j/98765432101 at 10', ['link']],
  ['fill in forms.gle/Vt8QzKp2RmX7bN4a9 first', ['link']],
  ['apply at https://boards.greenhouse.io/acme/jobs/123456', ['link']],
  ['meet.google.com/abc-defg-hij', ['link']],
  ['wa.me/15551234567', ['handle']],
  ['skype: live:.cid.3f2a9c1b7d', ['handle']],
  ['My Skype is joecool', ['handle']],
  ['my tg is @jane_designs', ['handle']],
  ['find me on insta @mara.creates', ['handle']],
  ['t.me/jane_doe_design', ['handle']],
  ['linkedin.com/in/ada-obi', ['handle']],
  ["what's your WhatsApp?", ['request']],
  ['Can we move this to Zoom instead?', ['request']],
  ['Do you have Skype? I would like to interview you there.', ['request']],
  ['send me your email so I can send the brief', ['request']],
  ['pásame tu número y hablamos', ['request']],
  ['me chama no zap', ['request']],
  ['напиши мне в телеграм', ['request']],
  ['apna whatsapp number do', ['request']],
  ['Shoot me an email and we can sort the details privately', ['request']],
  ['just give me a ring tonight', ['request']],
  ['What email should I use to reach you?', ['request']],
  ['Which WhatsApp number should I message?', ['request']],
  ['What number can I reach you on?', ['request']],
  ["I'll send you a calendly link, easier to book there", ['request']],
  ['hmu on Snapchat', ['request']],
  ['stuur me je nummer, dan bel ik je', ['request']],
  ["I'd give you 10% off if we skip Upwork for the next milestone", ['request']],
  ['pay me in Amazon gift cards please', ['payment']],
  ['u on discord?', ['request']],
  ['email?', ['request']],
  ['plz share contact', ['request']],
  ['whats app no pls', ['request']],
  ['Is there another way to contact you?', ['request']],
  ['bit.ly/3xYzAbC is my contact page', ['link']],
  ['+1 (415) 555\u20110132', ['phone']],
  ['4🔥1🔥5🔥5🔥5🔥5🔥0🔥1🔥3🔥2', ['phone']],
  ['call 4#1#5#5#5#5#0#1#3#2', ['phone']],
  ['Do you have a personal email I can use?', ['request']],
  ['I found your Instagram, can we chat there?', ['request']],
  ['Apply via our careers page: careers.acme.io/jobs/123, no applications here.', ['link']],
  ["Can we do the next project directly? I'll invoice you myself.", ['request', 'payment']],
  ['Call me Monday at 5 about the draft', ['request']],
  ['pay me via PayPal to avoid the fees', ['payment']],
  ['I can pay you directly outside the platform', ['payment']],
  ['IBAN DE89 3704 0044 0532 0130 00', ['payment']],
  ['send USDT to TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL', ['payment']],
  ['btc: bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq', ['payment']],
  ['te pago por fuera, sin comisión', ['payment']],
  // Money sent around the platform in other words: on the side, the fee saved, the site skipped.
  ['The other $300 I can send you on the side, keeps the fee down', ['payment']],
  ['Te deposito el resto y así no le pagamos comisión a la página', ['payment']],
  ['he can hand you the cash, no need to put that part through the site', ['payment']],
  ['Ik kan je een Tikkie sturen voor de rest', ['payment']],
  ['Vipps meg resten, så sparer vi gebyret', ['payment']],
  // Asks in passing, by the look of an app, to meet or collect in person, in other languages.
  ['do you have a personal number I could use?', ['request']],
  ['call me when you can, I rarely check this inbox', ['request']],
  ['Finalists will be interviewed on Zoom next week', ['request']],
  ['want to meet up and go over the wireframes over lunch?', ['request']],
  ['find me on the bird app, same handle', ['request']],
  ["I'll swing by and pick up the hard drive", ['request']],
  ['¿Existe otra manera de comunicarnos más rápido?', ['request']],
  ['Gibt es einen schnelleren Weg, Sie zu erreichen?', ['request']],
  ['on se voit en vrai pour en parler ?', ['request']],
  ['Me manda seu endereço que eu envio o contrato', ['request']],
  ['скиньте свой адрес, пришлю договор курьером', ['request']],
  // Addresses: things sent back to a street, Singapore's block and unit, an Indian house number.
  ['The printed envelopes go back to 14 Larch Close, Leeds LS6 2AJ', ['address']],
  ['Blk 221 Boon Lay Place #04-112, Singapore 640221', ['address']],
  ['H.No. 5-9-22, Adarsh Nagar, Hyderabad 500063, landmark: opposite the bus depot', ['address']],
  ['Я на Невском проспекте, д. 12, офис 5, приезжайте', ['address']],
  ['Avenida Providencia 1760, departamento 1203, Providencia, Santiago', ['address']],
  ['ik woon op de Keizersgracht 210-3hoog, kom vrijdag maar langs', ['address']],
  ['서울 마포구 월드컵북로 396, 12층으로 오세요', ['address']],
  ['판교역로 235, 에이치스퀘어 N동 7층에서 만나요', ['address']],
  // At and dot said in Hungarian, Uzbek and Kazakh; paying directly in Kazakh, Finnish, Azerbaijani.
  ['küldje ide: kovacs.anna kukac citromail pont hu', ['email']],
  ['yozing: aziz.karimov kuchukcha mail nuqta ru', ['email']],
  ['жіберіңіз: aruzhan.b собака inbox нүкте kz', ['email']],
  ['Келесі төлемді сайт арқылы емес, тікелей Kaspi-ге жіберіңіз', ['payment']],
  ['Loput voit maksaa suoraan tililleni', ['payment']],
  ['Birbank kartıma birbaşa köçürün', ['payment']],
  ['Nähdäänkö huomenna kahvilassa Kampissa?', ['request']],
  ['Csütörtökön egy kávézóban találkozhatnánk?', ['request']],
  ['Ne putem vedea mâine la o cafenea?', ['request']],
  ['soita: nolla neljä viisi, kuusi kaksi yksi, kolme seitsemän kahdeksan yhdeksän', ['phone']],
  ['zəng edin: sıfır yeddi yeddi, dörd bir iki, altı səkkiz, doqquz bir', ['phone']],
  ["What's your full postal address? I'll post the candles.", ['request']],
  ['Is there a better way for me to get hold of you?', ['request']],
  ["Est-ce qu'on pourrait basculer sur WhatsApp pour la suite ?", ['request']],
  ['Schick mir doch kurz deine Handynummer', ['request']],
  ["my partner doesn't use this site, so could we set up a group chat on Signal?", ['request']],
  ['Die Montage mache ich, aber bitte bar vor Ort und nicht über die Plattform', ['payment']],
  ['Документы можно забрать у меня: Москва, ул. Профсоюзная, д. 43, кв. 117', ['address']],
  ['Interested? WhatsApp us on 0803 512 7746 with two samples.', ['phone', 'handle']],
  ['واتسابي +966 55 123 4567 تواصل معي هناك', ['phone', 'handle']],
  ['chiều mai qua nhà mình: 25/7 Nguyễn Trãi, phường 2, quận 5, TP.HCM', ['address']],
];

/** Honest freelance talk that must not fire. */
const NEGATIVES: readonly string[] = [
  'Budget is $1,500 fixed, or €45/h for ongoing work.',
  'I charge nine hundred for the logo and twelve hundred for the site.',
  'Two hundred fifty hours, three hundred pages, nine hundred dollars.',
  'We shipped 1,200 orders, nine hundred 50 of them late.',
  'Ordered 300 units, nine hundred 2024 models and 150 spares.',
  'Стоимость пятьсот долларов, срок двести часов, правки семьдесят пять раз.',
  'Treffen am 19.03. um 10 Uhr, Raum 4 um 11 Uhr.',
  "The bot should answer 'send me your number' with a polite refusal.",
  'my gmail is full, can we keep the files here on the platform?',
  'Do you have PayPal integration experience? The checkout needs it.',
  'The old files are stored elsewhere on the server; I will move them into the repo here.',
  'The CRM import failed because phone numbers had spaces, e.g. "+44 20 7946 0000".',
  'The build hash 1a2a3a4a5a6a7a8 is in the log, boxes are 2x4x6x8 cm.',
  "C'est 12 pages, très 4 simples, 15 minutes chacune.",
  'Deadline: 2026-03-15 at 14:30 CET, 48 hours after kickoff.',
  'Order #48213397 shipped; invoice INV-2026-000123 attached.',
  'We run Node 20.19.0 and Python 3.11.7; bump to v2.14.3.',
  'The API server at 192.168.10.24 and api.staging.internal are down.',
  'Please read plan.md and logo@2x.png before the call.',
  '```js\nconst user = { email: "user@example.com" };\n```',
  "I'm building a WhatsApp bot with the Cloud API for our clinic.",
  'We need a Calendly integration on the booking page.',
  'I never work outside the platform, sorry.',
  "Let's do the interview as a video call right here on the platform.",
  "I'll pay through the milestone escrow once it's approved.",
  'Use @media queries and decorators like @Component.',
  'Export at 1920x1080 and 3840×2160 for the 4K version.',
  'ISBN 978-3-16-148410-0 is the print edition.',
  'The client asked for 3 revisions, 12 pages and 1500 words.',
  'Grow our Instagram account to 10k followers with reels.',
  'Here is the design: https://www.dropbox.com/s/abc123/brand.pdf',
  'Let me check the docs at https://developer.mozilla.org/en-US/docs/Web/CSS',
  'Can we zoom in on the hero image a bit?',
  'Do you want to meet the deadline of Friday?',
  '1111111111',
  '2012-01-02 08:00',
  'Could we move the review to Monday at 9:00am IST? The 5th and 10k views both count.',
  'The twitter:card meta tag should be summary_large_image.',
  'Small correction: staging (172.16.18.129) is back up and v5.13.2 went out at 19:55.',
  'UPI deep links should open PhonePe, GPay or Paytm on Android.',
  'I withdraw my earnings to Payoneer, it takes about 2 days.',
  'One or two revisions are fine; do one now and three more after the review.',
  'Call the function with the user id 48213991 and the token.',
  'The app should send me an email alert when an order comes in.',
  'Give me a call here on the platform when you are ready.',
  'What number of pages do you need, and which email template do you prefer?',
  'What WhatsApp API do you use? And what email provider sends the newsletter?',
  "Hi, I'm Samuel, but you can call me Sam.",
  'Call me old-fashioned, but I prefer wireframes before visuals.',
  "Our company uses WhatsApp for internal comms, but I'll keep our chat here.",
  "I'll send you a calendar invite through the platform scheduler.",
  "The bot should bypass the platform's rate limit with a queue.",
  'Email? Or the platform file upload? Either is fine for the draft.',
  'The form should share contact details with the CRM. Order number?',
  'Is there another way to contact support about the outage?',
  'Our pricing is at acme.io/pricing, and see the reference design at example.org/shots/12.',
  'Need a Zapier expert to connect Typeform submissions to Google Sheets and Slack.',
  "one two three four five six seven — that's the countdown in the intro animation.",
  'The deadline is 2026\u201105\u201119, score 1🔥2🔥3, build 2.8.15\u2011beta.',
  'Do you have email marketing experience, and a number in mind for the budget?',
  'I accepted your connection request on LinkedIn last year, small world!',
  'I followed your Instagram for a while, love the illustrations.',
  'Translate our app\'s UI strings: "Enter your phone number", "Verify email", "Call support".',
  // Money from the platform or through the contract; outside payment told of and reported.
  'Update: the transfer from the platform hit my account, thanks!',
  'Il bonifico dalla piattaforma è arrivato, grazie!',
  'Kann ich den Bonus direkt über den Vertrag schicken?',
  'Someone offered me a bank transfer off the platform to skip the fees. I reported it.',
  "Un client m'a proposé de payer hors plateforme, je l'ai signalé.",
  'A "client" asked me to move the chat to Telegram and pay a deposit. Reported.',
  'Is there another way to pay the invoice? The card keeps failing.',
  // A plot number is no phone number; landmarks of a city page are work.
  'Plot 12-3-456/7 shows up twice in the survey export',
  'Our landmark page lists the Eiffel Tower, 5 Avenue Anatole France, Paris',
  '테스트 케이스 3번: 판교역로 235 입력 시 오류',
  // Order numbers in Hungarian, Finnish, Hebrew and Greek; a payment integration in Hungarian.
  'Rendelésszám: 06304821973 — feltöltöttem a képet',
  'Tilausnumero 0407182346, asiakas valittaa',
  'מספר הזמנה 0527184963 — העליתי צילום מסך',
  'Ο αριθμός αποστολής ACS είναι 7204815563',
  'A webshopba SimplePay és Revolut Pay fizetést kell beépíteni',
  'Kahvilan verkkosivuille tarvitaan ruokalista, 15 sivua',
  'Kolme sivua, kaksi kuvaa ja yksi logo, hinta 400 €',
  'Our campaigns keep bouncing for @outlook.com addresses, can you check SPF?',
  'The phone field should accept UK mobiles written like 07700 900123 too.',
  'Im Filialfinder muss es „Hohe Straße 52, 50667 Köln“ heißen, nicht 25.',
  'Need a dashboard that tracks our treasury wallets (USDT on Tron) and alerts when a balance drops.',
  'Оплата только через платформу. Предоплату на карту не беру, извините.',
  'Is there a faster way to reach you here, do you have notifications on for the platform app?',
  "Most agencies use Zoom, but we do every first interview through the platform's own video call.",
  'A Trello-táblához ezzel a címmel adjon hozzá: kiss.bela@gmail.com — csak a feladatok miatt',
];

describe('detect', () => {
  for (const [text, expected] of POSITIVES) {
    it(`finds ${expected.join('+')} in ${JSON.stringify(text).slice(0, 60)}`, () => {
      const found = categories(text);
      for (const category of expected)
        assert.ok(
          found.includes(category),
          `expected ${category}, found ${found.join(',') || 'nothing'}`,
        );
    });
  }
  for (const text of NEGATIVES) {
    it(`stays quiet on ${JSON.stringify(text).slice(0, 60)}`, () => {
      assert.deepEqual(
        detect(text)
          .filter((f) => !f.evidence.purpose)
          .map((f) => `${f.category}: ${f.text}`),
        [],
      );
    });
  }

  it('reports spans on the original text even when matched on a folded form', () => {
    const text = 'ok so: ５５５-１２３-４５６７ thanks';
    const [finding] = detect(text);
    assert.ok(finding);
    assert.equal(text.slice(finding.start, finding.end), finding.text);
    assert.equal(finding.text, '５５５-１２３-４５６７');
    assert.ok(finding.evidence.obfuscations.includes('confusables'));
  });

  it('reads an address whose mailbox name looks like a domain as one e-mail, not a link too', () => {
    const found = detect('Contact me directly: lena.dev@proton.me');
    assert.deepEqual(
      found.filter((f) => f.category !== 'request').map((f) => `${f.category}: ${f.text}`),
      ['email: lena.dev@proton.me'],
    );
  });

  it('records what it saw through', () => {
    const [finding] = detect('john [at] gmail [dot] com');
    assert.equal(finding?.evidence.normalized, 'john@gmail.com');
    assert.deepEqual(finding?.evidence.obfuscations, ['at_dot_words']);
  });

  it('reads string literals joined in code as the text they spell', () => {
    const found = (text: string): string[][] =>
      detect(text).map((f) => [
        f.category,
        f.text,
        f.evidence.normalized ?? '',
        ...f.evidence.obfuscations,
      ]);
    const js = "```\nconst to = 'mark.w' + '@' + 'outlook.com'; // write me\n```";
    assert.deepEqual(found(js)[0], [
      'email',
      "mark.w' + '@' + 'outlook.com",
      'mark.w@outlook.com',
      'code_block',
    ]);
    assert.equal(found('$tel = "415" . "555" . "0132"; // call me')[0]?.[0], 'phone');
    // The same literals apart are no detail.
    assert.deepEqual(found("labels: 'mark.w', 'outlook.com' and '@'"), []);
  });

  it('uses the sender country to read a national number', () => {
    // "ring" before the number asks for the call as well.
    assert.deepEqual(categories('ring 020 7946 0958', ['GB']), ['phone', 'request']);
  });

  it('reads numbers in words in a long message as in a short one', () => {
    const ask = 'Call me on four one five, five five five, zero one three two tomorrow.';
    const filler = 'The export has 166231 rows and the review is on Friday at 3pm. '.repeat(40);
    const long = `${filler}${ask} ${filler}`;
    const inShort = detect(ask).map((f) => [f.category, f.text, f.evidence.obfuscations]);
    const inLong = detect(long).map((f) => [f.category, f.text, f.evidence.obfuscations]);
    assert.ok(inShort.some(([category]) => category === 'phone'));
    assert.deepEqual(inLong, inShort);
    const phone = detect(long).find((f) => f.category === 'phone')!;
    assert.equal(long.slice(phone.start, phone.end), phone.text);
  });

  it('marks file-sharing and scoping purposes for the policy', () => {
    const share = detect('files: https://www.dropbox.com/s/abc123/brand.pdf');
    assert.equal(share[0]?.evidence.purpose, 'file_share');
    const scoping = detect(
      'Please add me to the Jira board with jane.doe@gmail.com so I can see the tickets',
    );
    assert.equal(scoping.find((f) => f.category === 'email')?.evidence.purpose, 'scoping_access');
    const ask = detect('Please send your email so I can invite you to our Jira board');
    assert.equal(ask.find((f) => f.category === 'request')?.evidence.purpose, 'scoping_access');
    const plain = detect('Please send your email so I can send you the brief');
    assert.equal(plain.find((f) => f.category === 'request')?.evidence.purpose, undefined);
    // The ask's own words count: talking by e-mail is more than access.
    const talk = detect("Let's also talk by email, I'll add you to the Jira board");
    assert.equal(talk.find((f) => f.category === 'request')?.evidence.purpose, undefined);
  });
});

describe('detectEach', () => {
  // Texts that each take another path: plain, reversed, letters spaced out, digits spoken (also
  // in a long message, whose spoken view is an excerpt), leetspeak, a national number read with
  // its own country hint, and nothing at all.
  const items = [
    { text: 'call me on +44 7700 900123' },
    { text: 'moc.liamg@eodenaj em liame' },
    { text: 'add me on t e l e g r a m: d m i t r y' },
    { text: 'my number is four one five, five five five, zero one three two' },
    {
      text: `${'The export has 2,400 rows and the filters work. '.repeat(50)}text me on four one five five five five zero one three two`,
    },
    { text: 'pay me via p4yp4l, or add me on tel3gr4m: dmitry_k' },
    { text: 'ring me on 020 7946 0018', countries: ['GB'] },
    { text: 'Thanks, the milestone is approved.' },
    { text: '' },
  ];

  it('finds in each text of a batch what detect finds in it alone', () => {
    const batch = detectEach(items);
    assert.equal(batch.length, items.length);
    items.forEach(({ text, countries }, i) => {
      assert.deepEqual(batch[i], detect(text, countries ? { countries } : {}), text.slice(0, 60));
    });
    // The batch did go through the views: their disguises are on its findings.
    const disguises = new Set(batch.flat().flatMap((f) => f.evidence.obfuscations));
    for (const d of ['reversed', 'separators', 'spelled_digits', 'leetspeak'] as const) {
      assert.ok(disguises.has(d), `no finding read through ${d}`);
    }
    assert.deepEqual(batch[7], []);
  });

  // Lead words that lead nowhere (about 450,000 places to try, far more than readPhrases holds
  // at once): the asks before and after them are both found, alone and in a batch.
  it('finds asks around more lead words than the places held at once', { timeout: 60_000 }, () => {
    const filler = 'could we move the review to Friday? '.repeat(30_000);
    const text = `Is there another way to reach you? ${filler}could we move this chat to Telegram?`;
    const alone = detect(text);
    assert.deepEqual(
      alone.map((f) => [f.category, f.text]),
      [
        ['request', 'Is there another way to reach you'],
        ['request', 'could we move this chat to Telegram'],
      ],
    );
    assert.deepEqual(detectEach([{ text: 'can we talk on WhatsApp?' }, { text }])[1], alone);
  });

  it('reads each message of a batch after its own earlier messages', () => {
    const threadItems = [
      { earlier: ['my number is 415', '555'], text: '0132 thanks' },
      { earlier: [], text: '0132 thanks' },
      { earlier: ['write to jane.doe'], text: 'at gmail dot com' },
    ];
    const batch = detectEachInThread(threadItems);
    threadItems.forEach(({ earlier, text }, i) => {
      assert.deepEqual(batch[i], detectInThread(earlier, text));
    });
    assert.ok(batch[0]!.some((f) => f.category === 'phone'));
    assert.deepEqual(batch[1], []);
  });
});

describe('detectInThread', () => {
  it('finds a phone number split over messages, on the message that completes it', () => {
    const findings = detectInThread(['my number is 415', '555'], '0132 thanks');
    const phone = findings.find((f) => f.category === 'phone');
    assert.ok(phone, 'expected a phone finding');
    assert.equal(phone.start, 0);
    assert.equal(phone.text, '0132');
    assert.ok(phone.evidence.obfuscations.includes('split_messages'));
    assert.equal(phone.evidence.earlierMessages, 2);
  });

  it('finds an email split over messages', () => {
    const findings = detectInThread(['write to jane.doe'], 'at gmail dot com');
    assert.ok(findings.some((f) => f.category === 'email'));
  });

  it('joins the two halves of an address where the "@" belongs', () => {
    const findings = detectInThread(['my email is john.harlow'], 'gmail.com');
    const email = findings.find((f) => f.category === 'email');
    assert.equal(email?.evidence.normalized, 'john.harlow@gmail.com');
    assert.equal(email?.text, 'gmail.com');
  });

  it('reads the project tool named in the message before as the purpose of an e-mail', () => {
    const earlier = ['Could you give me an estimate for the Jira cleanup? About 1,400 issues.'];
    const ask = detectInThread(earlier, 'Sure, grant me access. Which email should I use?');
    assert.equal(ask.find((f) => f.category === 'request')?.evidence.purpose, 'scoping_access');
    const given = detectInThread(earlier, 'Use dev.rahul.k92@outlook.com for the access.');
    assert.equal(given.find((f) => f.category === 'email')?.evidence.purpose, 'scoping_access');
    const alone = detect('Sure, grant me access. Which email should I use?');
    assert.equal(alone.find((f) => f.category === 'request')?.evidence.purpose, undefined);
  });

  it('reads an app named at the end of one message with the ID that opens the next', () => {
    const findings = detectInThread(['my tg'], 'is @dmitry_codes');
    assert.ok(findings.some((f) => f.category === 'handle'));
  });

  it('reads "and then" between digit groups in other languages', () => {
    const findings = detectInThread(['رقمي يبدأ بـ ٠٥٠'], 'وبعدين ١٢٣٤٥٦٧');
    assert.ok(findings.some((f) => f.category === 'phone'));
  });

  it('reads two short messages together: a request split in half', () => {
    const findings = detectInThread(["what's your"], 'whatsapp?');
    assert.ok(findings.some((f) => f.category === 'request'));
  });

  it('reads past labels that announce each piece: "part 2:", "last bit:"', () => {
    const phone = detectInThread(
      ['first bit: 07700', 'second bit: 900'],
      'last bit: 418, text me',
    ).find((f) => f.category === 'phone');
    assert.equal(phone?.evidence.normalized, '07700900418');
    // The span covers this message's piece, label included, on the original text.
    assert.equal(phone?.text, 'last bit: 418');
    const email = detectInThread(['part 1: lucia.mendez.art'], 'part 2: gmail.com').find(
      (f) => f.category === 'email',
    );
    assert.equal(email?.evidence.normalized, 'lucia.mendez.art@gmail.com');
  });

  it('joins the two halves of a wallet address', () => {
    const wallet = detectInThread(
      ['0x71C7656EC7ab88b098defB75'],
      '1B7401B5f6d8976F ← usdt erc20',
    ).find((f) => f.category === 'payment');
    assert.equal(wallet?.evidence.normalized, '0x71c7656ec7ab88b098defb751b7401b5f6d8976f');
    assert.equal(wallet?.text, '1B7401B5f6d8976F');
  });

  it('keeps labelled project talk apart', () => {
    assert.deepEqual(
      detectInThread(
        ['Part 1: wireframes, 3 screens, due 12 May.', 'Part 2: the 4 illustrations, 2 rounds.'],
        'Last: hand-off in Figma, 1 call here on the platform.',
      ),
      [],
    );
  });

  it('does not join unrelated numbers from honest messages', () => {
    assert.deepEqual(
      detectInThread(['The budget is 1500', 'for 3 pages'], 'delivery in 5 days'),
      [],
    );
  });
});

describe('robustness', () => {
  const huge = (unit: string): string => unit.repeat(Math.ceil(1_000_000 / unit.length));
  for (const [name, unit] of [
    ['digits', '1234567890'],
    ['at signs', '@'],
    ['dots', '.'],
    ['brackets', '(['],
    ['zero-width characters', '\u200b'],
    ['spaced digits', '5 '],
    ['words for digits', 'five '],
    // One sentence naming an app over and over, and a finding every few characters.
    ['CJK app names', '微信号 '],
    ['split app names', 'teleg ram '],
    ['Skype IDs', 'skype: live:.cid. '],
    // Each once took time quadratic in its length (minutes for 1 MB): a run of spaced letters
    // read back from every position, and one token of leet digits read again per character.
    ['spaced letters', 'a b '],
    ['letters on lines of their own', 'a\n'],
    ['leet digits', '0O'],
    // One sentence of app names that are no asks: each looked at the rest of the sentence.
    ['apps named after "your"', 'I followed your Instagram '],
    // One clause of mailbox-like words: the clause around each was found from the start.
    ['mailboxes in one clause', 'amar@gmail '],
    // A placeholder address on one endless line: the line around each was read whole.
    ['placeholder addresses on one line', 'user@example.com '],
    // One endless constant's name: each app name in it looked for the name's two ends.
    ['app names joined by underscores', 'WA_'],
    // One ask per short sentence: each looked back to the start of the text for its sentence.
    ['short asks', 'Do you use Slack? '],
  ] as const) {
    // The timeout only catches a runaway (quadratic) pass; speed is measured by `ringfence bench`.
    it(`returns on a 1 MB line of ${name}`, { timeout: 60_000 }, () => {
      assert.ok(Array.isArray(detect(huge(unit))));
    });
  }

  // More findings than a function call's arguments can take: gathering them once overflowed the
  // call stack.
  it('reports every one of 150,000 addresses in one message', { timeout: 60_000 }, () => {
    const findings = detect('a@b.io '.repeat(150_000));
    assert.equal(findings.length, 150_000);
    assert.ok(findings.every((f) => f.category === 'email' && f.text === 'a@b.io'));
  });

  it('survives unpaired surrogates and binary garbage', () => {
    const garbage = String.fromCharCode(
      ...Array.from({ length: 4096 }, (_, i) => (i * 7919) % 65536),
    );
    assert.ok(Array.isArray(detect(`\ud800 call \udc00 me ${garbage}`)));
  });
});

describe('numbers read in groups of hundreds, tens and units', () => {
  // The whole number is found, read as its digits: a masked text shows none of its groups.
  const READINGS: ReadonlyArray<[string, string]> = [
    ['мой номер четыреста восемнадцать пятьсот пятьдесят пять ноль один три два', '4185550132'],
    ['звони: +7 девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь', '+79161234567'],
    ['пиши на номер восемь девятьсот пять одиннадцать двадцать два тридцать три', '8905112233'],
    ["мій номер нуль дев'яносто сім триста двадцять один сорок п'ять шістдесят сім", '0973214567'],
    ['zadzwoń: pięćset dwanaście, trzysta osiemdziesiąt cztery, dziewięćset sześć', '512384906'],
    ['numaram sıfır beş yüz otuz iki, dört yüz yirmi, yirmi sekiz, altmış beş', '05324202860'],
    ['mi número es seis uno dos, treinta y cuatro, cincuenta y seis, setenta y ocho', '612345678'],
    ['llámame: seiscientos doce, treinta y cuatro, cincuenta y seis, setenta y ocho', '612345678'],
    ['meu número é nove nove oito, trinta e quatro, cinquenta e seis, setenta e oito', '998345678'],
    [
      'mon portable : zéro six, douze, quarante-huit, soixante-treize, quatre-vingt-quinze',
      '0612487395',
    ],
    ['appelle-moi : zéro six, quatre-vingt-onze, trente-quatre, soixante et onze', '06913471'],
    // German pairs, units first: 0171 32 45 67 19 ("null" is also an everyday word).
    [
      'ruf mich an: null eins sieben eins, zweiunddreißig, fünfundvierzig, siebenundsechzig, neunzehn',
      '17132456719',
    ],
    // Ukrainian 80 and 19 are two groups: 050 780 19 41.
    ["мій телефон нуль п'ятдесят, сімсот вісімдесят, дев'ятнадцять, сорок один", '0507801941'],
    // English "hundred" adds zeros: 415 900 1234.
    ['call me at four one five nine hundred twelve thirty four', '4159001234'],
  ];
  for (const [text, digits] of READINGS) {
    it(`reads ${digits} in "${text}"`, () => {
      const phones = detect(text).filter((f) => f.category === 'phone');
      assert.deepEqual(
        phones.map((f) => f.evidence.normalized),
        [digits],
      );
    });
  }

  it('leaves amounts said in the same words alone', () => {
    for (const text of [
      'Сделаю за четыреста восемнадцать долларов, срок двенадцать дней, правки до трёх раз.',
      "Бюджет сімсот вісімдесят доларів, дев'ятнадцять сторінок, одинадцять ілюстрацій.",
      'Raport ma trzysta dwanaście stron, dziewięćset sześć wierszy w tabeli i osiem wykresów.',
      'Tabloda yedi yüz kırk satır ve on iki sütun var, ilk taslak üç gün içinde hazır.',
      'El presupuesto es de seiscientos dólares y trescientos por la revisión, entrega en veinticinco días.',
      'Il reste quatre-vingts pages et soixante-dix illustrations, cent euros chacune.',
      'Das kostet fünfundvierzig Euro pro Seite, dreiundzwanzig Seiten und einundzwanzig Bilder.',
    ])
      assert.deepEqual(detect(text), [], text);
  });
});
