import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detect, detectInThread, type Category } from '@ringfence/detect';

/**
 * One block per class of miss the corpus showed, each with texts written for the test (not
 * copied from the corpus) and honest lines of the same shape that must stay quiet.
 */

const categories = (text: string): Category[] =>
  [...new Set(detect(text).map((f) => f.category))].sort();

function finds(rows: ReadonlyArray<[string, Category]>): void {
  for (const [text, category] of rows) {
    it(`finds ${category} in ${JSON.stringify(text).slice(0, 70)}`, () => {
      const found = categories(text);
      assert.ok(
        found.includes(category),
        `expected ${category}, found ${found.join(',') || 'nothing'}`,
      );
    });
  }
}

function staysQuiet(texts: readonly string[]): void {
  for (const text of texts) {
    it(`stays quiet on ${JSON.stringify(text).slice(0, 70)}`, () => {
      assert.deepEqual(
        detect(text).map((f) => `${f.category}: ${f.text}`),
        [],
      );
    });
  }
}

describe('requests in more languages and shapes', () => {
  finds([
    ['Can we continue this by phone instead? Reply with your number.', 'request'],
    ["Je préfère faire l'appel sur WhatsApp, ça vous dérange ?", 'request'],
    ['Telegram numaranızı paylaşır mısınız?', 'request'],
    ['Podaj mi swój e-mail, wyślę brief.', 'request'],
    ['Przejdźmy na Discorda, tam wyślę pliki.', 'request'],
    ['请加我的微信，我们微信聊吧', 'request'],
    ['카톡 아이디 알려주세요', 'request'],
    ['LINEで話しましょう', 'request'],
    ['Cho em xin số Zalo của anh nhé', 'request'],
    ['t e l e g r a m?', 'request'],
    ['кинь ник в телеге', 'request'],
    ['em llac ,rebmun ruoy em dnes', 'request'],
    ["Here's my cell, what's yours?", 'request'],
    ["I don't have your email yet, what is it?", 'request'],
    // A policy named in an earlier sentence is the client's, not talk about the platform's rule.
    ['Our agency policy is strict deadlines. Please send your WhatsApp.', 'request'],
    ['Could you ring me instead of messaging here?', 'request'],
  ]);
  staysQuiet([
    'Translate: «Pásame tu WhatsApp» for the subtitles',
    'Which one should the bot support first: WhatsApp? Telegram? We need to decide by Friday.',
    'Je préfère travailler sur Figma.',
    'Numaranızı kaydettim, teşekkürler.',
    'Przygotuję integrację z Messengerem do piątku.',
  ]);
});

describe('handles', () => {
  finds([
    ['bluesky: mara.bsky.social', 'handle'],
    ['reddit u/mara_designs, pm me', 'handle'],
    ['reddit.com/user/mara_designs', 'handle'],
    ['teleg ram - @kofi_draws', 'handle'],
    ['微信号: chen_li88', 'handle'],
    ['Add me on WeChat, search ID: li.wei_design', 'handle'],
    ['Find me on Facebook, Marta Kowalska Studio', 'handle'],
    ['search for me on LinkedIn: Ahmed Bakr', 'handle'],
    ['wats app: +234 803 555 0199', 'handle'],
    ['W4 aku 0813-2241-7765 ya', 'handle'],
  ]);
  staysQuiet([
    'We run ads on Facebook, Google Ads and TikTok.',
    'Add the Facebook Pixel to the site',
    'skype: live:.cid.',
    'Share the launch on Reddit and Bluesky next week.',
    'The answer is on reddit.com/r/webdev, a Safari flexbox bug.',
  ]);

  it('joins a Skype live ID pasted in two messages', () => {
    const found = detectInThread(['skype: live:.cid.'], '9c1b7d3f2a44e810');
    assert.deepEqual(
      found.map((f) => f.category),
      ['handle'],
    );
  });
});

describe('links', () => {
  finds([
    ['https://maria.youcanbook.me', 'link'],
    ['my page: beacons.ai/jo.writes', 'link'],
    ['meet dot google dot com slash abc-defg-hij', 'link'],
    ['m e e t . g o o g l e . c o m / a b c - d e f g - h i j', 'link'],
    ['Teams meeting ID: 245 889 301 554', 'link'],
    ['my TidyCal username is sam-rivera-ux', 'link'],
    ['Portfolio: ana-lima.design — use the contact form there to schedule a call', 'link'],
    ['Please register with your email and phone at portal.acme-films.com/register', 'link'],
  ]);
  staysQuiet(['Cal.com is open source', 'We use meet.google.com for calls, see the wiki']);

  it('reports a meeting ID as a link, not a phone', () => {
    assert.deepEqual(categories('Zoom meeting ID: 812 3456 7890, passcode 55kq'), ['link']);
  });

  it('keeps a portfolio link a portfolio without a booking cue', () => {
    const [finding] = detect('Portfolio: https://beatriz.journoportfolio.com');
    assert.equal(finding?.evidence.purpose, 'portfolio');
  });

  it('joins a Meet room code with the host named in the next message', () => {
    const found = detectInThread(['abc-defg-hij'], 'that is the code for meet.google.com');
    assert.deepEqual(
      found.map((f) => f.category),
      ['link'],
    );
  });
});

describe('addresses', () => {
  finds([
    ['ship to 2 2 7 - W i l l o w - L a n e, Leeds', 'address'],
    ['Flat twelve, nine Oak Road, Bristol BS1 4DJ — send the samples', 'address'],
    ['come by 2OO Pine St, Seattle WA 98101', 'address'],
    ['our office: 15 Hudson Yards, 20th floor, come by', 'address'],
    ['teertS niaM 221 ta em tisiv', 'address'],
  ]);
  staysQuiet([
    'We need twelve icons and four banners by 15 March for the Elm Street Bakery site',
    'Two weeks for the Row 5 layout and three for the Walk 2 map',
  ]);
});

describe('emails', () => {
  finds([
    ["it's priya.n at the gmail domain", 'email'],
    ['p.r.i.y.a / @ / o.u.t.l.o.o.k / . / c.o.m', 'email'],
    ['ايميلي sara.k على جيميل', 'email'],
  ]);
  staysQuiet(['We met at the Gmail offices in 2019', 'Sign up at github.com to get an account']);

  it('maps a reversed address back onto the original text', () => {
    const [finding] = detect('moc.liamg@ecila.htims');
    assert.equal(finding?.text, 'moc.liamg@ecila.htims');
  });
});

describe('payments', () => {
  finds([
    ['I can mail you a cheque by post next week', 'payment'],
    ['Send the invoice straight to us without the platform, it is cheaper', 'payment'],
    ['23456789654321TSEW28BG ← read it backwards, my IBAN', 'payment'],
    ['о п л а т а  н а  к а р т у', 'payment'],
  ]);
  staysQuiet([
    'Run a check by Monday on the mail server',
    "We're invoicing through the platform as usual",
  ]);
});

describe('meeting apps and contact forms', () => {
  finds([
    ['or a quick google hangout, if you prefer?', 'request'],
    ["I'm on Discord, same username, message me there", 'request'],
    ["let's do Teams, not the platform's call", 'request'],
    ['can we use Zoom instead, not stay on the platform?', 'request'],
    ['meet us on zoom after lunch?', 'request'],
    ['See you over Google Meet on Monday then', 'request'],
    ['if replies here are slow, my portfolio has a contact form', 'request'],
    ['fill out the contact form on my site and I will reply from my own address', 'request'],
  ]);
  staysQuiet([
    'Add the Google Chat webhook for deploy alerts.',
    'Keep the same username for the Discord bot after the migration.',
    'Meet me halfway: 40 hours instead of 50?',
    'Die Zoom-Besprechung machen wir über die Plattform.',
    'Zoom görüşmesini platform üzerinden yapalım.',
    'Meet the client requirements first, then polish the animations.',
    'Our landing page has a contact form with a broken submit button.',
    'My portfolio has a contact form which needs a honeypot field.',
  ]);
});

describe('phone words in more languages', () => {
  finds([
    ['मेरा नंबर 98111 22334 है, व्हाट्सएप करो', 'phone'],
    ['আমার ফোন 98111 22334, কল করুন', 'phone'],
    ['Mój numer to 98111 22334, zadzwoń wieczorem', 'phone'],
  ]);
  staysQuiet([
    'The order number 98111 22334 shipped this morning.',
    'Invoice no. 98111 22334 is attached to the milestone.',
  ]);
});

describe('payment asks with an amount in them', () => {
  finds([
    ['we could skip the 15% fee if I invoice you myself', 'payment'],
    ['half in advance by wire transfer, ok?', 'payment'],
  ]);
  staysQuiet([
    'Half in advance through the platform, half on delivery.',
    'The 15% fee is already in my quote.',
  ]);
});

describe('outside hiring steps in job posts', () => {
  finds([
    ['Take the coding test at https://app.codility.com/test/ABC-123 first.', 'link'],
    ['Finalists will be contacted via Telegram for the last round.', 'request'],
  ]);
  staysQuiet([
    'My HackerRank profile: hackerrank.com/profile/mike_codes',
    'The case study is linked in the brief, and the mockups are linked in my profile.',
  ]);
});

describe('spans', () => {
  it('starts an ask read from a sentence at its first word, not at the space before it', () => {
    const [ask] = detect('Hi there. Are you on WhatsApp?');
    assert.equal(ask?.text, 'Are you on WhatsApp?');
  });
});

describe('text written downwards', () => {
  finds([
    ['t\ne\nl\ne\ng\nr\na\nm me', 'request'],
    ['9\n1\n7\n5\n5\n5\n0\n1\n4\n4', 'phone'],
  ]);
  staysQuiet(['Pick one:\nA\nB\nC\nD', 'Steps:\n1\n2\n3\n4\n5\n6\n7\n8']);
});

describe('swapping details and calls by phone', () => {
  finds([
    ['shall we swap numbers? easier than this inbox', 'request'],
    ["I'd like to schedule a short phone call first", 'request'],
    ['I will reach out on Telegram after lunch', 'request'],
    ['do you use Discord? I can invite you to our server', 'request'],
  ]);
  staysQuiet([
    'The CRM should let sales reps exchange contacts with one tap.',
    "Let's schedule a short phone call through the platform on Monday.",
    'Do you use Notion or Confluence for specs?',
    'Do you use LinkedIn Sales Navigator for lead gen?',
  ]);
});

describe('more languages', () => {
  finds([
    ['Podeślij mi swój e-mail, wyślę ofertę', 'request'],
    ['Zadzwoń do mnie wieczorem: 512 345 678', 'phone'],
    ['Thanh toán trực tiếp qua Momo cho nhanh nhé', 'payment'],
  ]);
  staysQuiet(['The momo place near the office takes cards only.']);

  it('ends an ID where the writing turns to another script', () => {
    const handle = detect('微信号:chen88加我').find((f) => f.category === 'handle');
    assert.equal(handle?.text, '微信号:chen88');
  });
});

describe('blind probes: asks, and apps as data for the work', () => {
  finds([
    ['Google Meet ok for you? The video here keeps dropping.', 'request'],
    ['Is there another app we could talk on? This one lags.', 'request'],
    ['u have whats? easier for voice notes', 'request'],
    ["t'as Telegram ? on avance plus vite là-bas", 'request'],
    [
      'Please complete the skills assessment at https://hire.acme-talent.com/a/7731 by Friday.',
      'link',
    ],
    ['stuur je nummer maar, dan bel ik even', 'request'],
    ['apna whatsapp number bhej dein, baaki wahan', 'request'],
    ['cho mình xin sdt nhé', 'request'],
  ]);
  staysQuiet([
    'Export the Slack chat history to CSV so I can tag each thread.',
    'The recording from Teams is 80 minutes; cut it to a 2-minute teaser.',
    'Job: migrate the support inbox into Microsoft Teams channels for 40 agents.',
    'A client asked me to switch to WhatsApp yesterday and I reported it.',
    "I'll answer comments on your shop's Instagram and Facebook every weekday.",
    'Maaf, aku gak bisa kasih kontak sebelum kontrak ya.',
  ]);
});

describe('blind probes: numbers and payments', () => {
  finds([
    ['携帯は080-2345-6789です', 'phone'],
    ['nr meu: 0733 456 789', 'phone'],
    ['Zalo mình: 0912 345 678 nhé', 'phone'],
    ['UPI pe bhej do: priya.k@oksbi', 'payment'],
    ['Paga con bonifico, senza commissioni', 'payment'],
    ['plata pe Revolut, fara comision', 'payment'],
    ['USDT ile ödeyebilirim, cüzdan adresini at', 'payment'],
    ['ck qua momo cho nhanh, khỏi mất phí sàn', 'payment'],
    ['transfer ke rekening aja, biar nggak kena potongan', 'payment'],
    ['Please ship the sample garments to 14 Mill Road, Leeds LS6 2AJ.', 'address'],
  ]);
  staysQuiet([
    'Postgres listens on 5433 and Redis on 6380; map them to 25433 and 26380 in compose.',
    'Open 198.51.100.0/24 on port 443 and close 0.0.0.0/0.',
    // "locally" holds "call", "string" holds "ring": no phone words.
    'Forward 25432 and 26379 locally, then check the connection string.',
    'Our PO number is 4500207741; put it on every invoice.',
    "Smart contract job: the deployer 0x70997970C51812dc3A010C7d01b50e0d17dc79C8 is Hardhat's second test account.",
    'If a buyer opens a PayPal dispute, the order goes on hold and the customer gets an email.',
    'comanda nr. 5540123 a plecat azi',
  ]);

  it('reports a chat link as a link and as a messaging ID', () => {
    assert.deepEqual(categories('chat with me here: t.me/lena_builds'), ['handle', 'link']);
  });
});

describe('blind probes: asks a keyword list misses', () => {
  finds([
    ['Is there a number I can quickly ring you on?', 'request'],
    ["I'd need to talk with you somewhere else first. Which apps do you use?", 'request'],
    ['Would email be easier for you? I rarely log in here.', 'request'],
    ["what's the best number for a quick call later?", 'request'],
    ['Our interviews run on Teams; please share an email we can invite.', 'request'],
    ['What is your full name? I want to look you up on LinkedIn.', 'request'],
    ['is there an easier way to get hold of you?', 'request'],
    ['How could I contact you directly?', 'request'],
    ["let's chat off-platform, faster", 'request'],
    ['u got ig or tg?', 'request'],
    ['pls send ur mail id', 'request'],
    ["Don't you have WhatsApp? It would be quicker.", 'request'],
    ['tu peux me filer ton numéro ?', 'request'],
    ['Можете дати свій номер? Я передзвоню.', 'request'],
    ['can I pay you something extra directly for the weekend work?', 'payment'],
    ['half through the platform, half via PayPal?', 'payment'],
    ["What's your IBAN? I'll send the deposit tonight.", 'payment'],
    ['Happy to settle the balance between ourselves, the fees here are steep.', 'payment'],
    ['no need for an invoice here, I will Venmo you after', 'payment'],
    ['mándame tu nequi y te pago hoy', 'payment'],
    ['ich überweise dir direkt, dann sparen wir uns die Provision', 'payment'],
    ['оплачу на qiwi, минуя площадку', 'payment'],
    ['скинь номер карты, переведу аванс', 'payment'],
    ['direct bank transfer karo, commission se bach jayenge', 'payment'],
    ['GCash na lang, labas ng platform para walang fee', 'payment'],
    ['ممكن أدفع لك مباشرة بدون المنصة؟', 'payment'],
    ['komm doch vorbei: Gartenstraße 8, 3. OG, 04107 Leipzig', 'address'],
  ]);
  staysQuiet([
    'Another client wanted to move to Skype and I said no; everything stays on here.',
    'The Business plan lets clients share contact details; we are on the basic plan, so here it is.',
    'Once the contract starts we can set up Slack for the daily updates.',
    'Validation bug: the form rejects numbers like +44 20 7946 0000.',
    'мой номер до контракта не даю, общаемся здесь',
    'mission : intégrer Stripe et PayPal dans le tunnel de paiement',
    'telegram channel ke liye logo banana hai',
    'maaf aku ga kasih kontak sebelum kontrak ya',
  ]);
});

describe('blind probes: threads, IDs and exceptions', () => {
  finds([
    ["I'm on Discord as mara.codes if you'd like to talk first.", 'handle'],
    ['LINEのIDは mika_design です', 'handle'],
    ['skype is live: tom.hale_7', 'handle'],
    ['Can we continue by SMS? I will be on the road.', 'request'],
    ['The contract has ended, so just send the $150 straight to my bank account.', 'payment'],
  ]);

  it('reads an ID that only the earlier message names the app of', () => {
    const found = detectInThread(['il mio instagram è'], '@lucia.frames, scrivimi');
    assert.deepEqual(
      found.map((f) => [f.category, f.text, f.evidence.obfuscations.includes('split_messages')]),
      [['handle', '@lucia.frames', true]],
    );
  });

  it('leaves an ID in a message alone when the earlier one names no app', () => {
    assert.deepEqual(detectInThread(['the new logo looks great'], '@lucia.frames'), []);
  });

  for (const text of [
    'Para el presupuesto, invítame al tablero de Trello con ana.ruiz@gmail.com',
    'Lade mich bitte mit jonas.k@gmx.de in das Figma-Projekt ein, dann schätze ich den Aufwand.',
  ]) {
    it(`marks an e-mail for a project tool as scoping access: ${text.slice(0, 40)}`, () => {
      const email = detect(text).find((f) => f.category === 'email');
      assert.equal(email?.evidence.purpose, 'scoping_access');
    });
  }
});

describe('blind probes: look-alikes of the new asks', () => {
  staysQuiet([
    "What's the best number of screens for the onboarding flow?",
    'Which address should I use for the webhook endpoint, staging or production?',
    'The plan covers off-platform marketing too: radio and print.',
    'Do you have the Telegram and Signal icons in our brand colours?',
    'Add the Venmo and Zelle logos to the "ways to pay" section of the shop page.',
    'The FAQ needs an answer to "Can I pay by bank transfer?" for the client\'s store.',
  ]);
  finds([
    ["I'll email you the invite, what's the best address?", 'request'],
    ["Let's keep talking off-platform, it's faster", 'request'],
  ]);
});

describe('blind probes: long documents', () => {
  staysQuiet([
    'QA notes\n- PayPal sandbox checked with 12 test transactions (cards, PayPal balance).\n- Stripe stays the only payment processor until Q4.',
    '| field | type | example |\n| email | string(254) | sam.lee@example.com |',
    'The WA_PHONE_NUMBER_ID in your .env is the test one: open WhatsApp Manager → Phone numbers and copy the ID of your verified business number.',
    'Each guide lists the top attractions with ticket prices (e.g. Louvre, Rue de Rivoli, 75001 Paris; Prado, Calle de Ruiz de Alarcón 23, 28014 Madrid).',
  ]);
});

describe('blind probes: spoken joiners', () => {
  finds([
    ["six one seven and then five five five and then zero one nine nine, that's my cell", 'phone'],
  ]);
  staysQuiet(['we need 3 and then 4 screens and then 2 more for the admin']);
});

describe('blind probes: disguises, second round', () => {
  finds([
    ['six🔸one🔸seven🔸five🔸five🔸five🔸zero🔸one🔸nine🔸nine ring me', 'phone'],
    ['my number: ⭐three ⭐one ⭐two ⭐five ⭐five ⭐five ⭐zero ⭐one ⭐four ⭐four', 'phone'],
    ['c4ll m3 @ 3l2-SSS-OI44', 'phone'],
  ]);
  staysQuiet([
    'one ❤️ two ❤️ three, thanks for the quick fixes!',
    'Order ABS-123-OIL ships Monday',
  ]);
});

describe('digits spelled in Devanagari', () => {
  finds([['मेरा नंबर नौ आठ सात छह पाँच चार तीन दो एक शून्य है', 'phone']]);
  staysQuiet(['राम ने दो सेब खाए और एक आम, तीन दिन बाद चार लोग आए']);
});

describe('blind probes, third round: asks in more languages', () => {
  finds([
    ['Könnten Sie mir Ihre Telefonnummer geben?', 'request'],
    ['¿Me pasas tu dirección y te lo envío por mensajería?', 'request'],
    ['On peut passer sur Telegram pour la suite ?', 'request'],
    ['Proszę o przesłanie numeru telefonu, zadzwonię jutro.', 'request'],
    ['whatsappın var mı? ordan yazarım', 'request'],
    ['bhai apna number send kar do, call karta hu', 'request'],
    ['الرجاء ارسال رقم الواتساب للتنسيق', 'request'],
    ["What's your shipping address? I'll post the proofs.", 'request'],
    ['rather not use the milestones, can you pay me directly?', 'payment'],
    ['vamos acertar por fora, me paga via pix que sai mais barato', 'payment'],
    ['je te fais un virement direct, donne-moi ton RIB', 'payment'],
    ['facciamo bonifico diretto così evitiamo le commissioni', 'payment'],
    ['zapłacę bezpośrednio, bez pośrednika', 'payment'],
    ['komisyon ödemeyelim, direkt havale yaparım', 'payment'],
    ['lebih hemat kalau pembayarannya langsung ke rekening saya', 'payment'],
    ['خلينا نكمل بره المنصة عشان العمولة', 'payment'],
    ['mandami i soldi su Satispay, è più comodo', 'payment'],
  ]);
});

describe('blind probes, third round: addresses and other scripts', () => {
  finds([
    ['pisz na katya.m собака яндекс точка ру', 'email'],
    ['الايميل sara.art آت جيميل دوت كوم', 'email'],
    ['я в інсті @lesya.draws', 'handle'],
    ['BTC wallet: bc1qxq5l2m9h3v8e4t7c6w0r2k9jz5s8dfg3hu4n6p', 'payment'],
    [
      'Please deliver to Flat 3B, Palm Residency, 6th Cross, Koramangala, Bengaluru 560034',
      'address',
    ],
    ['Send it to Unit 908, Tower 3, Azure Residences, 12th Ave, Quezon City 1109', 'address'],
    ['Come to Keizersgracht 101-III, 1015 CJ Amsterdam at ten', 'address'],
    ['Post it to Postbus 2210, 3500 GE Utrecht please', 'address'],
    ['Drop the prints at Suite 5, Mill Court, 22 Briggate, Leeds LS1 6HD', 'address'],
    ['Ship the sample boards to 40 Elm Road, Bristol BS7 8RT', 'address'],
    ['Send the parcel to Rua Augusta 1200, bloco C, ap 32, São Paulo SP 01304-001', 'address'],
  ]);
  staysQuiet([
    'Map default: 48.8566, 2.3522, zoom 11',
    'Xero shows 4 PayPal clearing transactions from 12/03 still to reconcile',
    'le virement direct de la plateforme arrive le lundi',
    'wypłata trafia bezpośrednio na konto w poniedziałek',
    'pembayaran di luar negeri butuh 3 hari kerja',
    'The render shows Tower B, Block C and the car park',
    'The test vector bc1qxq5l2m9h3v8e4t7c6w0r2k9jz5s8dfg3hu4n6p should fail the checksum',
    'Telegram botun var mı diye sormuştun: evet, üç tane yazdım',
    'Use "sample address" fields like 10 Sample Street, Springfield in the mock-up',
  ]);
});

describe('blind probes, fourth round: more languages and scripts', () => {
  finds([
    ['Naomba nambari yako ya simu tafadhali', 'request'],
    ['Îmi dai numărul tău de telefon?', 'request'],
    ['Pošlete mi prosím svůj e-mail, pošlu podklady', 'request'],
    ['Μπορείς να μου στείλεις τον αριθμό σου;', 'request'],
    ['אפשר את הטלפון שלך? אתקשר מחר', 'request'],
    ['ขอเบอร์หน่อยครับ', 'request'],
    ['連絡先を教えていただけますか？', 'request'],
    ['이메일 주소 좀 알려주세요', 'request'],
    ['方便留个微信吗？', 'request'],
    ['betaal me buiten het platform, dat scheelt', 'payment'],
    ['Πλήρωσε με απευθείας στον λογαριασμό μου', 'payment'],
    ['תשלם לי ישירות בהעברה בנקאית', 'payment'],
    ['โอนเงินโดยตรงได้เลยครับ', 'payment'],
    ['chuyển khoản trực tiếp cho mình nhé', 'payment'],
    ['USDT TRC20: TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE', 'payment'],
    ['Come by: Storgatan 12 lgh 1101, 211 34 Malmö', 'address'],
    ['Str. Mihai Eminescu nr. 5, bl. A2, sc. 1, ap. 12, Iași 700001, vă rog', 'address'],
    ['deliver to Jl. Melati No. 8, RT 2/RW 5, Depok 16412', 'address'],
    ['The cottage is Rose View, Mill Lane, Ambleside LA22 9DL, just knock', 'address'],
    ['Send it to P.O. Box 2210-00200, Nairobi', 'address'],
  ]);
  staysQuiet([
    'Do you have WeChat Mini Program experience for a small store?',
    'Есть ли у вас опыт разработки ботов для Telegram?',
    'The client asked me to move to Telegram and pay in USDT. I reported it.',
    'Unix timestamp 1718035200 is the launch time',
    'ik werk niet buiten het platform',
    'The test vector TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE is in the fixtures',
    'Google Drive, Dropbox and Box all sync; the office is in LL15 1BT',
  ]);
});

describe('addresses written without a street type', () => {
  finds([
    ['Pošlete to na Korunní 2569/108, 101 00 Praha 10, děkuji', 'address'],
    ['Send the proofs to Drottninggatan 53, 111 21 Stockholm', 'address'],
    ['στείλτε τα στην οδό Πατησίων 12, 104 34 Αθήνα', 'address'],
    ['שלחו לרחוב דיזנגוף 50, דירה 4, תל אביב 6433222', 'address'],
    ['Giao hàng tới 15 Lê Lợi, Phường Bến Thành, Quận 1 nhé', 'address'],
    ['请寄到北京市朝阳区建国路93号', 'address'],
    ['大阪市北区梅田3-1-1 までお願いします', 'address'],
    ['서울시 마포구 양화로 45 로 보내주세요', 'address'],
    ['The barn is Hill Top, Mill Road, Hawkshead LA22 0PL', 'address'],
  ]);
  staysQuiet([
    'Sprint 14, Berlin 2025 planning is on the board',
    'We tested Windows 11, London 2024 build and macOS 14',
    'Chapter 12, Madrid 1998: the story continues in the next draft',
    '8月3号交稿，型号是A-1234',
    'The dataset has columns like 渋谷区 and 港区 with 2024 populations',
    'Season 3, Paris 75001 is the working title of the pitch deck',
  ]);
});

describe('venues and postcodes as work content', () => {
  staysQuiet([
    'Plakat dla klienta: wystawa w Muzeum Narodowym, ul. Długa 12, Gdańsk. Większy tytuł?',
    'Affiche pour le client : festival au Zénith, 211 avenue Jean Jaurès, Paris. Tu peux grossir le titre ?',
    '给客户做的展览海报：地点在中山路15号，上海，6月1号开幕。',
    'テストデータ「大阪府大阪市北区梅田1-1」でバリデーションが落ちます。',
    '郵便番号のCSVで「100-0001」の0が消えます。',
    'Klien minta nomor kamar 512 dihapus dari artikel.',
  ]);
  finds([
    ['Kirim ke Jl. Mawar No. 7, RT 1/RW 3, Bogor 16111 ya, minta nomor kamu juga', 'request'],
  ]);
});

describe('blind probes, fifth round: at and dot words, digits in words, asks in more languages', () => {
  finds([
    ['γράψε μου στο eleni.k παπάκι yahoo τελεία gr', 'email'],
    ['המייל שלי dani.r שטרודל walla נקודה com', 'email'],
    ['メールは kenta.w アットマーク yahoo ドット co ドット jp です', 'email'],
    ['jan.dvorak zavináč email tečka cz', 'email'],
    ['το νούμερό μου είναι έξι εννιά επτά, πέντε πέντε πέντε, ένα δύο τρία τέσσερα', 'phone'],
    ['מספר: אפס חמש שתיים שבע שבע שבע אחת שתיים שלוש ארבע', 'phone'],
    ['sunati la zero sapte patru, cinci cinci cinci, unu doi trei', 'phone'],
    ['nambari yangu ni sifuri saba tano, tano tano tano, moja mbili tatu', 'phone'],
    ['číslo: sedm tři jedna, pět pět pět, osm dva čtyři', 'phone'],
    ['Έχεις WhatsApp; να σου στείλω τα σχέδια', 'request'],
    ['תשאירי לי מספר ואחזור אלייך', 'request'],
    ['방금 보낸 시안 보시고 번호 남겨주세요', 'request'],
    ['你把号发我，我打给你', 'request'],
    ['Imi puteti lasa un numar de telefon?', 'request'],
    ['hoď mi svoje číslo, zavolám', 'request'],
    ['platíme mimo platformu, ušetříme', 'payment'],
    ['サイトを通さずに直接振り込みでお願いします', 'payment'],
    ['尾款私下结吧', 'payment'],
  ]);
  staysQuiet([
    'set vx: velocity_x and vy: velocity_y in the physics loop',
    'תקציב 4,000-6,000 ₪ לבוט וואטסאפ',
    '注文番号 #20240512-0093 の件、修正しました',
    '電話番号の入力欄は 例：090-0000-0000 も通します',
    '주문번호 2024051700123 건 확인했어요',
    'the hotel is 12 Main Street, a 5 minute walk from the beach',
  ]);
});

describe('addresses from forty countries', () => {
  finds([
    ['Skicka till Sveavägen 12, 4 tr, 113 50 Stockholm', 'address'],
    ['Kom forbi: Vesterbrogade 20, 3. tv., 1620 København V', 'address'],
    ['Pošalji na Vlaška 40, 3. kat, 10000 Zagreb', 'address'],
    ['Bring it to Building 12, Street 930, Zone 69, Doha', 'address'],
    ['deliver to House No. 7, Ring Road, Osu, Accra', 'address'],
    ['pls send to House 21, Street 5, G-9/1, Islamabad 44090', 'address'],
    ['Flat B, 12/F, Block 3, Mei Foo, Kowloon, Hong Kong', 'address'],
    ['The cottage is Apt 4, Block B, Harbour Quay, Dublin 2, D02 X285', 'address'],
    ['携帯は０９０ー５５５５ー１２３４です', 'phone'],
  ]);
  staysQuiet([
    'Pub quiz: famous addresses like 221B Baker Street and 10 Downing Street, $80 fixed',
    'Podcast script about Abbey Road Studios, 3 Abbey Road, St John’s Wood, 10 minutes',
    'mera number hai nahi abhi, kal bhejta hu',
  ]);
});

describe('blind probes, sixth round: everyday work talk in the core languages', () => {
  staysQuiet([
    'The email regex rejects plus-addressing, so sam+qa@example.com fails; add a unit test.',
    'Waybill 5520 1183 42 is still held at customs, can you draft a note to the broker?',
    'O campo de CEP aceita 8 dígitos (tipo 04538-133) com ou sem hífen.',
    'Put pallets in bay 3 and bay 4, then opt 2 for the survey layout',
  ]);
  finds([['write to me at tom@example.com', 'email']]);
});

describe('an ask followed by "I\'d rather not …" still asks', () => {
  finds([["Send me your WhatsApp, I'd rather not use this chat", 'request']]);
  staysQuiet(["You mentioned Wise so we could skip the fee. I'd rather not, honestly."]);
});

describe('blind probes, seventh round: the core languages again', () => {
  finds([
    [
      'Please email your CV and writing samples to jobs@northwind-press.org, proposals here are not read.',
      'email',
    ],
    ["what's a good email for you? I'll loop in my designer", 'request'],
    ['Would you mind continuing this chat over WhatsApp?', 'request'],
    ['Pode me passar seu LinkedIn pra gente conversar por lá?', 'request'],
    ['Tu aurais un numéro pour qu’on en parle de vive voix ?', 'request'],
    ['Vereinbaren Sie gern einen Termin über https://praxis-berger.de/termin', 'link'],
    ['sample ke liye address: Flat 12, Green Park, MG Road, Pune 411001', 'address'],
    ['ipadala niyo po yung printed mockups sa 12 Aurora Blvd, Quezon City 1109', 'address'],
    ['пишите в телегу, я там @olga_design_ua', 'handle'],
    ['حسابي على تيليجرام @sara_edits_22', 'handle'],
  ]);
  staysQuiet(['Use the sample address 12 Elm St, Springfield in the mockup screens']);
  it('reads a unit and house number before a street as the address, not a phone', () => {
    assert.deepEqual(categories('Send the samples to 301-1255 Bidwell St, Vancouver BC V6G 2K8'), [
      'address',
    ]);
  });
});

describe('blind probes, eighth round: core languages, phrased anew', () => {
  finds([
    ['call me 415 🌮 555 🌮 0176 after lunch', 'phone'],
    ['gcash po, 0917 555 0188, salamat', 'phone'],
    ['mera number: 98 nau 8 saat 6 paanch 5 4 teen', 'phone'],
    ['To get the assignment, kindly share your private Gmail address.', 'request'],
    ['mejor seguimos por whats, aquí tarda mucho', 'request'],
    ['telegramdan yazar mısınız?', 'request'],
    ['me manda direct que te mostro o resto', 'request'],
    ['portfolio insta pe hai, wahan DM karo', 'request'],
    ['ممكن نكمل على التلجرام بكرة؟', 'request'],
    ['finish the interview with our HR manager on Telegram, link below', 'request'],
    ['my ig is the same as my name here plus _studio, see the stories', 'request'],
    ['пиши в телегу: плюс семь девять один два три четыре пять шесть семь восемь девять', 'handle'],
    ['sol wallet TyptTEL35b67RboeEXdkgnNKtHRLStaoB1 (reversed because of the filter)', 'payment'],
    ['text my personal WhatsApp +44 7700 900318 and you will get the template back', 'phone'],
  ]);
  staysQuiet([
    'Add "Company reg. no. 07654321" to the footer, next to the VAT line.',
    'The theme demo still shows contact@yourdomain.com in the footer, swap it before launch.',
    'Changelog v2.1.0 (2025-03-14): fixed #412, and duplicate mails to user@example.com in tests.',
    'Номер заказа 7700987654 уже отгружен, клиент ждёт трек.',
    'Communiqué à relire : dîner au Café de Flore, 172 boulevard Saint-Germain, Paris, le 05/11.',
    'Comunicato da correggere: la mostra è in Via Roma 15, Torino, dal 2 al 9 maggio.',
    'Нет, в вотсап писать не буду до начала контракта.',
    'نعمل على ربط واتساب مع نظام الطلبات هذا الأسبوع.',
    'Testowa karta 4000 0025 0000 3155 działa w sandboxie Przelewy24.',
    'my ig is growing fast since the reels',
    'my ig is private for now',
  ]);
  it('reads a Zoom link in inline code as a link, without its backtick and without a phone', () => {
    const text = 'here: `https://us02web.zoom.us/j/81234567890` for tomorrow';
    assert.deepEqual(
      detect(text).map((f) => `${f.category}: ${f.text}`),
      ['link: https://us02web.zoom.us/j/81234567890'],
    );
  });
});

describe('blind probes, ninth round: disguises, look-alikes, exceptions', () => {
  finds([
    ['pick a slot at cal dot com forward slash dana-k slash intro', 'link'],
    ['TRC20: T N P e e a a F B 7 K 9 c m o 4 u Q p c U 3 2 z G K 8 G 1 N Y q e L', 'payment'],
    ['reach me → m*a*r*i*a*.*l*o*p*e*z*@*g*m*a*i*l*.*c*o*m', 'email'],
    ['skype, read it from the end: oirdnas.atram:evil', 'handle'],
    ['meeting id is eight five two three three one nine four four zero', 'link'],
    ['dame tu número, te escribo por wsp: +34 612 34 56 78', 'handle'],
    ['p4yp4l: marta.ortiz.art@gmail.com, invoice follows', 'payment'],
    ['можна оплату на монобанк за номером 063 208 4490', 'payment'],
    ["add me to Jira with l.berg.pm@gmail.com, and let's keep chatting on my gmail", 'request'],
    ['Invítame a Figma con ana.ruiz.ui@gmail.com y seguimos hablando por correo', 'request'],
    ['envoyez-moi le brief par mail plutôt qu’ici, merci', 'request'],
    ['Contract ended but I owe you for the extras, I’ll PayPal it tonight', 'payment'],
    ['Pour éviter les frais, envoyez-nous votre RIB et on règle par virement.', 'payment'],
  ]);
  staysQuiet([
    'Commande n° 4019283746 expédiée, numéro de suivi 6A12345678901.',
    'накладная СДЭК 1498273650, всё пришло',
    "The platform's call log lists call id 1741987200 (42 min).",
    'Sentry issue 4518823901 is the crash on build 1.4.0.',
    'Failed logins on 10.0.0.7 at 02:00 UTC, all for admin@example.com.',
    'No cadastro de teste coloque fulano@teste.com.br e veja o e-mail de boas-vindas.',
    'run npm install @react-navigation/native after cloning',
    'En la invitación va: Salón Los Arcos, Av. Paseo de la Reforma 222, CDMX, sábado 20:00 h.',
    'Im Impressum-Entwurf steht Musterstraße 12, 10115 Berlin, bitte 9 pt.',
    'Flyer: "Riverside Pavilion, 300 W Riverside Dr · 21.03.2026 · 10:00–16:00", A4 please.',
    'Le paiement passe uniquement par la plateforme, je n’accepte ni PayPal ni virement direct.',
    'Reference article: https://www.smashingmagazine.com/2022/03/forms/',
    'wire it up to the webhook and log each payment event',
  ]);
  it('keeps a scoping ask for an invite address under the scoping exception', () => {
    const [ask] = detect('For the Asana board, which address should I send the invite to?');
    assert.equal(ask?.category, 'request');
    assert.equal(ask?.evidence.purpose, 'scoping_access');
  });
});

describe('blind probes, tenth round: details split over messages', () => {
  const inThread = (earlier: string[], text: string): string[] =>
    detectInThread(earlier, text).map((f) => `${f.category}: ${f.text}`);
  it('waits for the piece that completes a national number', () => {
    assert.deepEqual(inThread(['my uk mobile, in bits: 07700'], '900'), []);
    assert.deepEqual(inThread(['my uk mobile, in bits: 07700', '900'], '318'), ['phone: 318']);
  });
  it('joins the halves of a Base58 and a hex wallet address', () => {
    assert.deepEqual(inThread(['TNPeeaaFB7K9cmo4uQ'], 'pcU32zGK8G1NYqeL usdt trc20'), [
      'payment: pcU32zGK8G1NYqeL',
    ]);
    assert.deepEqual(inThread(['0x52908400098527886E0F'], '7030069857D2E4169EE7 (erc20)'), [
      'payment: 7030069857D2E4169EE7',
    ]);
  });
  it('reads a handle after a link cut off at its slash', () => {
    assert.ok(
      inThread(['Happy to talk it through. t.me/'], 'lena_ux_writes').includes(
        'handle: lena_ux_writes',
      ),
    );
  });
  it('reads numbers that go on with a list of order ids as ids', () => {
    assert.deepEqual(inThread(['the three orders that failed:'], '4471-2290-0877'), []);
    assert.deepEqual(
      inThread(['the three orders that failed:', '4471-2290-0877'], 'and 4471-2290-0912'),
      [],
    );
  });
  staysQuiet(['Artikelnummer 4006381333931, Menge 250', 'Barcode on the box: 4006381333931']);
});

describe('blind probes, tenth round: long documents', () => {
  staysQuiet([
    'From: Orbit Pixel Studio (freelancer account #4471209)\nTo: Cedar & Pine (client account #1093384)',
    '2. Stripe (WooCommerce Stripe Gateway 8.0.1): Apple Pay stopped appearing on the checkout.',
    'The festival hub will be located at the Portside Maritime Hall, 1200 Harbor Boulevard, with the main stage on the lawn.',
    'Example order\n- Ship to (as entered by the customer): Priya Raman, 77 Cranberry Street, Apt 4C, Brooklyn, NY 11201',
    'Listings to write (addresses as they should appear):\n- 48 Willowmere Drive, Lake Forest, IL 60045\n- 1207 Sheridan Road, Unit 9B, Winnetka, IL 60093\n- 315 Greenbay Court, Highland Park, IL 60035',
    '- Email field: name@company.com\n- Phone field: (000) 000-0000 for US, +44 0000 000000 for UK',
    'Бюджет: 150 000 - 220 000 рублей, номер заказа в формате 25-0012345.',
    'COD (cash on delivery) orders bring too many fake orders to the store.',
    'Integrations I have shipped: Judge.me, NetSuite, Stripe buttons, WhatsApp click-to-chat widgets for merchants.',
    'Weather station | 51.4561 | -0.1652',
  ]);
  finds([
    [
      'Clients are welcome to bring pieces to The Old Forge, 5 Mill Lane, Hebden Bridge HX7 8AB.',
      'address',
    ],
    [
      'Laat de flyers leveren op Kortrijksesteenweg 1087 bus 2, 9051 Gent, als ik er niet ben.',
      'address',
    ],
    ['Call me: +44 3333 333333', 'phone'],
  ]);
});

describe('blind probes, eleventh round: asks phrased the ways a filter misses', () => {
  finds([
    ['do you have a number I can text? I am on the road all week', 'request'],
    ['Please reply with a good callback number and we will reach out.', 'request'],
    ['Is there an email I can send the marked-up PDF to?', 'request'],
    ['where else can I find you? ig, x, anything', 'request'],
    ["let's take this offline, I'll explain the rest privately", 'request'],
    ['would you be open to a FaceTime tonight?', 'request'],
    ['Apply by messaging our hiring coordinator on Telegram.', 'request'],
    ['u on tele? easier for the clips', 'request'],
    ['¿Tendrás Telegram o algo así?', 'request'],
    ['biste auf whatsapp?', 'request'],
    ['may telegram ka?', 'request'],
    ['а мыло есть? скину ТЗ', 'request'],
    ['dammi la tua mail che ti mando il brief', 'request'],
    ['c koi ton mail stp', 'request'],
    ['sdt cua ban la gi? toi goi lai', 'request'],
    ['numaranı bırak, akşam arayayım', 'request'],
  ]);
  staysQuiet([
    "Is there a number you'd like me to aim for on the word count?",
    'Is there a WhatsApp template approved already for the shipping updates?',
    'Which apps do you use for prototyping, Figma or Sketch?',
    'Which channel should the bot launch on first: Telegram? Viber? Let me know by Friday.',
    'Do you have a number in mind for the budget?',
  ]);
});

describe('blind probes, eleventh round: asks in more languages, second pass', () => {
  finds([
    ['agrégame al insta y lo vemos', 'request'],
    ['A gente consegue falar disso por outro canal?', 'request'],
    ['Możemy przenieść rozmowę gdzie indziej?', 'request'],
    ['başka bir yerden konuşabilir miyiz?', 'request'],
    ['خلينا نكمل بمكان ثاني', 'request'],
    ['scrivimi in direct su insta', 'request'],
    ['cho em xin số điện thoại nhé', 'request'],
    ['dm ig aja kak', 'request'],
    ["t'aurais pas whatsapp par hasard ?", 'request'],
    ['Können wir das lieber per Mail besprechen?', 'request'],
    ['lmk ur tg', 'request'],
  ]);
});

describe('typographic apostrophes, as phones type them', () => {
  finds([
    ['let’s keep chatting on my gmail, this inbox is slow', 'request'],
    ['what’s your whatsapp?', 'request'],
    ['I’ll PayPal it tonight', 'payment'],
  ]);
  staysQuiet([
    'I don’t work outside the platform, sorry.',
    'We won’t pay outside the platform.',
    'Let’s keep it here, I can’t share my number before the contract.',
  ]);
  it('reads them as apostrophes, not as a disguise', () => {
    const [ask] = detect('let’s move this to WhatsApp');
    assert.equal(ask?.category, 'request');
    assert.deepEqual(ask?.evidence.obfuscations, []);
  });
});

describe('asks a filter misses: somewhere else, in person, by e-mail, an app by its look', () => {
  finds([
    ['is there anywhere easier to talk? this page keeps reloading on me', 'request'],
    ['could we keep chatting somewhere quicker? the app lags', 'request'],
    ['happy to continue this over email if that suits you', 'request'],
    ['could you just send the drafts straight to my gmail?', 'request'],
    ['you on the green app? faster for voice notes', 'request'],
    ['fancy meeting up for a coffee in person to go through the brief?', 'request'],
    ['On peut se voir autour d’un café pour en parler de vive voix ?', 'request'],
    ['Podemos tomar um café e conversar pessoalmente sobre o projeto?', 'request'],
    ['Давайте зустрінемося в кафе й обговоримо особисто', 'request'],
    ['I would rather pay you directly instead of through the platform', 'request'],
    ['Vous avez un numéro où je peux vous appeler ?', 'request'],
    ['Sie können uns gern persönlich treffen, dann reden wir', 'request'],
    ['Per la selezione la preghiamo di scrivere al nostro reparto HR su WhatsApp.', 'request'],
    ['whatsapp me once you land', 'request'],
  ]);
  staysQuiet([
    "let's keep talking here, the chat works fine on my phone",
    'The green app icon needs more contrast on the home screen.',
    'We can meet the deadline if the copy arrives by Friday.',
    'Vous avez un numéro de commande pour ce colis ?',
    'вне площадки не работаю, только через сайт',
    'platform dışında görüşmüyorum, buradan devam edelim',
    'Bitte die Fotos vom Treffen im Café Central in die Galerie hochladen.',
  ]);
});

describe('payment settled between the two, in cash or to an account, in more languages', () => {
  finds([
    ['je te règle le solde en espèces quand on se voit', 'payment'],
    ['lass uns das unter uns regeln, der Rest läuft privat', 'payment'],
    ['resten tar vi kontant när vi ses', 'payment'],
    ['половину наличными при встрече, остальное потом', 'payment'],
    ['باقي المبلغ كاش لما نتقابل', 'payment'],
    ['مستقیم به کارتم واریز کن لطفا', 'payment'],
    ['बाकी रकम नकद दे देना', 'payment'],
    ['টাকা সরাসরি আমার ব্যাংক একাউন্টে দিন', 'payment'],
    ['ที่เหลือจ่ายเงินสดได้เลย', 'payment'],
    ['잔금은 플랫폼 밖에서 정산해요', 'payment'],
    ['tolong transfer ke akaun Maybank saya 1640 5555 0987', 'payment'],
    ['Revolutra is mehet, a számom +36 20 555 7781', 'payment'],
  ]);
  staysQuiet([
    'We can go over the cash flow forecast in person at the quarterly review.',
    'مطلوب مبرمج لربط بوابة الدفع بتطبيقنا',
    'Milestone 2 is funded, I will release it when the files are in.',
  ]);
});

describe('addresses: Austrian doors, Belgian boxes, the city written first', () => {
  finds([
    ['Lieferung bitte an Linzer Straße 12/4/7, 1140 Wien', 'address'],
    ['Rue Royale 120 boîte 3, 1000 Bruxelles', 'address'],
    ['Київ, вул. Хрещатик 15/2 — привезіть зразки до обіду', 'address'],
  ]);
});

describe('asks told of, and work on an app, stay quiet', () => {
  staysQuiet([
    'The last designer kept asking to continue on Telegram, so we ended the job.',
    'A client wrote to me asking for my WhatsApp before the offer; I reported it.',
    'The webhook should notify the team in your Slack channel when a booking comes in.',
    'The Zoom link in the reminder email shows undefined instead of the meeting id.',
    'Is there a way to reach you here besides this thread? I can’t find the inbox.',
    'Bitte nichts außerhalb der Plattform schicken, alles hier hochladen.',
    'Maine 5 restaurants ke Instagram aur Facebook pages manage kiye hain.',
    'نبحث عن مبرمج لربط بوابة الدفع STC Pay بالمتجر',
  ]);
  finds([
    ['The client asked to move the call to Zoom, can we do that?', 'request'],
    ['My manager asked me to get your WhatsApp number before the call.', 'request'],
  ]);
});

describe('phones and e-mails in more scripts and shapes', () => {
  finds([
    ['ایمیلم: reza.k اَت یاهو دات کام', 'email'],
    ['ای میل: hina.r ایٹ جی میل ڈاٹ کام', 'email'],
    ['ইমেইল: rafi.dev অ্যাট জিমেইল ডট কম', 'email'],
    ['อีเมล: somchai.k แอท จีเมล ดอท คอม', 'email'],
    ['邮箱 liwei2024 艾特 163 点 com', 'email'],
    ['메일 minsu.park 골뱅이 naver 점 com 으로 주세요', 'email'],
    ['我的手机：一五九 零零一二 三四五六', 'phone'],
    ['番号はゼロハチゼロ、イチイチニーサン、ヨンゴーロクナナです', 'phone'],
    ['전화 공일공 구팔칠육 오사삼이 로 주세요', 'phone'],
    ['โทร ศูนย์เก้าหนึ่ง สองสองสาม สี่ห้าหกเจ็ด', 'phone'],
    ['mon portable : 07.12.34.56.78', 'phone'],
    ['Natel 078 / 555 / 12 / 34, auch auf WhatsApp', 'phone'],
  ]);
  staysQuiet([
    'The bakery’s order line, (555) 014-7700, goes in the menu footer under the hours.',
    'Le numéro du café, 04 91 55 20 30, doit figurer en bas de la carte.',
    'I filed a ticket with support@atlassian.com about the rate limit.',
    'Ich habe support@jetbrains.com wegen der Lizenz geschrieben.',
    'nomor resi JNE 0812345600012 belum update',
    'Namba ya oda 712345600 bado haijafika',
    'Sipariş no TR-0532-1230067, kargo gecikti',
    'Le champ email doit refuser « test@example.com » en prod, c’est notre compte de recette.',
    '第一二三四五六七章的插图已经完成',
  ]);
});

describe('handles and links: more apps, short links, asks around a detail', () => {
  finds([
    ['ping me on Element at @mara.dev:matrix.org', 'handle'],
    ['my Session ID is 05' + 'ab'.repeat(32) + ', only messenger I use', 'handle'],
    ['join our workspace northwind-freelance.slack.com', 'handle'],
    ['bit.ly/book-with-sam goes straight to my booking page', 'link'],
    ['Do you use WeChat? My ID is chen_ux_21', 'handle'],
    ['Please pick a slot that suits you: calendly.com/sam-ortiz/intro', 'request'],
    ['please book through bit.ly/talk-to-sam, it opens my booking page', 'request'],
    ['my discord is pixelwren.art, message me there tonight', 'request'],
  ]);
  staysQuiet([
    'The Calendly API docs are at developer.calendly.com/api-docs/webhooks',
    'const url = `https://zoom.us/j/${meetingId}`;',
    'the article is at bit.ly/3kQzL9 if you want to read it',
    'Vous seriez dispo pour la réunion ? Je vous envoie l’identifiant du projet plus tard.',
  ]);
});

describe('more apps and the same number named in other scripts', () => {
  finds([
    ['我手机 139 0013 8000，微信同号', 'handle'],
    ['เบอร์ 089-123-4567 ไลน์ก็ใช้เบอร์นี้', 'handle'],
    ['번호 010-9876-5432 카톡도 같은 번호예요', 'handle'],
    ['my threema is 9KZ4T2PA, faster there', 'handle'],
    ['Chatworkで ID: sato_design を追加してください', 'handle'],
    ['skype me after lunch: dev.osman', 'request'],
    ['Can you message me on Wire? I keep client chats there', 'request'],
    ['chat mo ko sa messenger, username ko lea.cruz.designs', 'handle'],
  ]);
  staysQuiet([
    'dá pra fazer chamada pelo chat daqui, qq dia depois das 19h',
    'the QQ plot shows the residuals are normal',
  ]);
});

describe('work shown in a proposal, and asks that point back at an app', () => {
  it('reads a link to work the writer built as a portfolio link', () => {
    const [link] = detect(
      'Live example of a shop I built for a bakery: https://crumb-and-co.webflow.io',
    );
    assert.equal(link?.category, 'link');
    assert.equal(link?.evidence.purpose, 'portfolio');
  });
  finds([
    ['We hold all calls on Zoom, could we do yours there tomorrow?', 'request'],
    ['Яку пошту додати в Figma, щоб ви побачили макети?', 'request'],
  ]);
  staysQuiet(['can we do it there on the platform call?']);
});

describe('details cut before their dot, dash, underscore or "@", and payment said around the platform', () => {
  const inThread = (earlier: string[], text: string): Category[] =>
    [...new Set(detectInThread(earlier, text).map((f) => f.category))].sort();
  it('joins a booking link cut before its dot', () => {
    assert.ok(
      inThread(['all my slots are there: calendly'], '.com/lena-ortiz/intro').includes('link'),
    );
  });
  it('joins a Meet code cut at a dash', () => {
    assert.ok(inThread(['join me here meet.google.com/abc'], '-defg-hij').includes('link'));
  });
  it('joins a UPI ID cut before its "@"', () => {
    assert.ok(inThread(['UPI ID hai anil.kumar'], '@okicici').includes('payment'));
  });
  it('keeps "@" after an ordinary word apart', () => {
    assert.ok(inThread(['my instagram is'], '@giulia.frames').includes('handle'));
  });
  finds([
    ['I can drop the price if we skip the middleman, your call', 'payment'],
    ['could you send it as friends and family? saves the fee', 'payment'],
    ['please top up my Skrill account with 40 so I can start', 'payment'],
    ['pay the deposit to my sister’s account, mine is frozen', 'payment'],
    ['Would you pay half in Google Play gift cards?', 'payment'],
    ['let’s skip the built-in call, it lags. Zoom instead?', 'request'],
    ['easiest is to book through my calendly', 'request'],
    ['Sin intermediario te lo dejo más barato', 'payment'],
    ['Без посредника будет дешевле, переведите на карту', 'payment'],
  ]);
  staysQuiet([
    'My friends and family beta tested the app last week.',
    'The invoice goes to your company directly from the platform, under Transactions.',
    'I’ll send a gift card to the beta testers after launch, through the shop’s own system.',
    'Para çekme talebim EFT ile mi gidiyor yoksa havale ile mi?',
    'La facture générée par la plateforme est dans l’onglet Rapports, avec votre numéro de TVA.',
  ]);
});

describe('long texts: a business’s own customer channels and its staff are the work', () => {
  staysQuiet([
    'Channels you will cover: our customers contact us through WhatsApp Business, Instagram DMs and the support inbox.',
    'We want customers to get shipping updates on WhatsApp instead of only by email.',
    'I also manage Telegram announcement channels and Reddit communities for two studios.',
    'For your new rooftop bar I’d run Instagram and TikTok, with Facebook for events.',
    'Pelanggan kami paling sering bertanya lewat WhatsApp dan Instagram DM tentang status pesanan.',
    'Our operations manager will be your day-to-day contact after the contract starts.',
    'Test cases: a valid address like jane.doe@example.com shows the success message.',
  ]);
  finds([['Could you give us a phone number where he can call you on Friday?', 'request']]);
});

describe('more asks beside a detail, and IDs after a please or in Arabic script', () => {
  finds([
    [
      'Submission: send the draft as a Google Doc directly to our editor at desk.editor@gmail.com',
      'request',
    ],
    ['para alinharmos, me liga no +55 11 95555-0144', 'request'],
    ['écrivez directement sur Telegram à @atelier_recrut', 'request'],
    ['Anywhere else I can message you?', 'request'],
    ['Just send your matrix handle.', 'request'],
    ['kakaotalk me pls → jiwoo_park91', 'handle'],
    ['ضيفني على سناب layla.designs7', 'handle'],
    ['chama no z4pz4p: (21) 98841-2233', 'handle'],
  ]);
});

describe('handles beside any app named nearby, in more scripts and after "I am"', () => {
  finds([
    ['0n t3l3gr4m u can f1nd m3 @nika_art3', 'handle'],
    ['אפשר לדבר בטלגרם, אני @ori.builds', 'handle'],
    ['שלח לי בסיגנל, @maya_copy', 'handle'],
    ['方便的话加我vx：lin_ui88', 'handle'],
    ['แอดไลน์ได้เลยนะคะ ไอดี @nong.design', 'handle'],
    ['reach me on wire, @tomas.kraft_dev', 'handle'],
    ['napisz na discordzie, jestem ola_rysuje', 'handle'],
    ['escríbeme por telegram, soy @lu.disena', 'handle'],
  ]);
  staysQuiet([
    'The @media query on line 88 breaks the tablet layout.',
    'The wire transfer reference is @2291, see the invoice.',
    'I’m on iMessage, I’m on iPhone too, but let’s keep it here.',
    'the wire harness on the prototype is done; @sam reviews it tomorrow',
  ]);
});

describe('a house number in words, a name dotted apart, a "just" after a negation', () => {
  finds([
    ['drop the samples at nineteen Birch Road, flat two, Hull', 'address'],
    ['ven a mi casa, calle Mayor veintidós, Toledo', 'address'],
    ['pay me to my v.e.n.m.o please', 'payment'],
    ['d0nt b0ther w1th the escrow, s0 just s3nd 1t t0 my p4yp4l', 'payment'],
    ['no escrow please, just send it to my paypal instead', 'payment'],
    ['n0 pl4tf0rm f33s if u p4y me d1rect', 'payment'],
  ]);
  staysQuiet([
    'we need two street photographers and three lane markings for the poster',
    'I never take payment outside the platform, just send the milestone here',
    'the U.S.A. and e.g. the U.K. versions need separate copy',
    'Street Fighter six has four new characters to draw',
  ]);
});

describe('fifteenth round: asks said the ways of more places, visits, the contract closed and the rest paid outside', () => {
  finds([
    ['abeg, you get another way wey I fit reach you? dis site dey slow', 'request'],
    ['is there a quicker way to contact you? i rarely log in', 'request'],
    ['¿hay alguna forma más fácil de contactarte?', 'request'],
    ['cara lain buat ngehubungin kamu ada ga kak?', 'request'],
    ['the rest we can discuss outside, just tell me where', 'request'],
    ['lo demás lo hablamos afuera, dale', 'request'],
    ['join our WhatsApp group for the daily tasks', 'request'],
    ['Podemos marcar uma chamada no Zoom amanhã?', 'request'],
    ['swing by the studio on monday and we can talk it over', 'request'],
    ['ring me on 07700 900561 after six', 'request'],
    ['close the contract now and I will send the balance by Wise', 'payment'],
    ['cierra el contrato y el resto te lo paso por Bizum', 'payment'],
    ['закройте контракт, решту скину на карту', 'payment'],
    ['20 bucks cheaper if you pay me off-site', 'payment'],
    ['paiement par virement hors plateforme, merci', 'payment'],
    ['use escrow.com for this one, the fees here are silly', 'payment'],
    ['i work out of 1710 W Division, 3rd floor, come by whenever', 'address'],
  ]);
  staysQuiet([
    'good freelancers are hard to come by these days',
    'conversions drop by 12% on mobile after the redesign',
    'a fake recruiter told me to pay a fee via GCash, I reported them',
    'my payouts from here go to my Wise account every Friday',
    'Our team chats on Slack internally, but all updates from me here in the chat.',
    'the bot should let users join our Telegram group after signup',
    'testo per l’annuncio: bilocale in via Roma 12, Torino, secondo piano',
    'Is there a faster way to reach you here, like push notifications in the platform app?',
  ]);
});

describe('fifteenth round, second pass: a clause opened after a negation, more ways to pay outside', () => {
  finds([
    ['site pe zyada nahi aata, koi aur tareeka hai baat karne ka? contact karna hai', 'request'],
    ['¿a qué número te puedo llamar mañana?', 'request'],
    ['are u on signal?', 'request'],
    ["I'd like to meet in person first, maybe a coffee in town?", 'request'],
    ['not through here, just send it to my venmo', 'payment'],
    ['send 0.2 ETH to the wallet I give you after the call', 'payment'],
    ['make a $1 milestone and pay the real amount by PayPal', 'payment'],
    ['we pay monthly by check mailed to your home', 'payment'],
    ['trả tiền mặt khi gặp nhé, khỏi qua app', 'payment'],
    ['pwede sa GCash na lang ako magbayad?', 'payment'],
  ]);
  staysQuiet([
    'I never share my number, and you can reach me here anytime.',
    'the bonus button is broken, can you check it rather than the milestone feature?',
    'mặt trước của tờ rơi cần thêm logo',
  ]);
});

describe('fifteenth round: addresses found by a landmark, a floor or a post box, and visits', () => {
  finds([
    ['recoge las muestras en C/ Alcalá 14, bajo, frente al banco', 'address'],
    ['kirim ke Jl. Melati No. 7, lantai 3, sebelah apotek', 'address'],
    ['приезжайте: ул. Садовая 12, напротив почты', 'address'],
    ['envoyez le colis au 5 rue des Lilas, 3e étage', 'address'],
    ['tuma barua kwa S.L.P. 2210, Arusha', 'address'],
    ['أرسل الأوراق إلى ص.ب 778، جدة 21421', 'address'],
    ['meet me at the coffee shop on the corner before we sign', 'request'],
    ['تعال المكتب بكرة ونتكلم', 'request'],
  ]);
  staysQuiet([
    'the hero banner sits in front of the pricing table, next to the FAQ',
    'please visit our website for the brand guidelines',
    'meet me at the platform call at 5, the link is in the chat',
  ]);
});

describe('fifteenth round: named buildings, lettered wings, Indian and Indonesian addresses', () => {
  finds([
    ['courier it to Flat 12, C wing, Sunrise Apartments, Powai', 'address'],
    ['kirim ke Perumahan Bumi Indah Blok D3 No. 11, Tangerang', 'address'],
    ['H.No 2-45/1, Madhapur main road, Hyderabad 500081', 'address'],
    ['envoyez-les au 3 rue Victor Hugo, bât. A, 69002 Lyon', 'address'],
    ['văn phòng ở 12 Lê Lợi, tầng 5, Quận 1', 'address'],
  ]);
  staysQuiet([
    'the B wing of the museum reopens in May, write 300 words on it',
    'Sunrise Apartments, our client, needs 12 listing photos edited by Friday',
  ]);
});

describe('house numbers in words read whole, Swahili streets, a landmark beside a house number', () => {
  finds([
    ['drop it at sixty seven Willow lane, Apt C, thanks', 'address'],
    ['house number fifty one, behind the water tank, Sector 9, Bhilai', 'address'],
    ['tuma kwa nyumba namba 7, Mtaa wa Uhuru, Moshi', 'address'],
    ['Office 908, Marina Plaza, Cluster B, Dubai — come by at 3', 'address'],
  ]);
  staysQuiet(['forty two slides, sixty seven icons and one lane diagram for the deck']);
});

describe('the scoping exception asked in Ukrainian, and kept from an ask to go on by e-mail', () => {
  it('reads a Ukrainian ask for the mail to add to Google Drive as scoping access', () => {
    const ask = detect('Яку пошту додати в Google Drive, щоб ви переглянули ТЗ?').find(
      (f) => f.category === 'request',
    );
    assert.equal(ask?.evidence.purpose, 'scoping_access');
  });
  it('gives no scoping purpose to an address also meant for talking by mail', () => {
    const email = detect(
      'Invítame a Notion con lu.perez.ux@gmail.com y seguimos hablando por correo',
    ).find((f) => f.category === 'email');
    assert.equal(email?.evidence.purpose, undefined);
  });
});

describe('sixteenth round: meeting in person in more languages, a verb of calling before a number, more addresses', () => {
  finds([
    ["I'd rather meet you in person before we sign", 'request'],
    ['come down to our office tomorrow, easier to talk', 'request'],
    ['Spotkajmy się na żywo w przyszłym tygodniu', 'request'],
    ['lass uns das persönlich besprechen', 'request'],
    ['mending ketemuan langsung aja biar enak', 'request'],
    ['call 07700 900318 when you are free', 'request'],
    ['mi correo es ana.gil.ux@hotmail.com, mándame ahí el brief', 'request'],
    ['pode enviar para Rua do Ouro 12, 3.º Dto., 1100-060 Lisboa', 'address'],
    ['estoy en Mz. C Lt. 9, Urb. San Felipe, Comas', 'address'],
    ['drop the printed mock-ups at 40 Quay Street, Manchester M3 3JE', 'address'],
    ['kom langs op de Prinsengracht 263 bis, 1016 GV Amsterdam', 'address'],
  ]);
  it('reads no ask in the writer saying they will call or text a number', () => {
    assert.ok(!categories("I'll text 555-0148 to confirm the order status").includes('request'));
  });
  staysQuiet([
    'mock data: 12 Main Street, Springfield IL 62701',
    'the competitor lists its headquarters as 1 Market St, San Francisco, CA 94105 in its annual report',
    'we use Slack internally, but you would only talk to me here',
  ]);
});

describe('sixteenth round: asks in job posts, invites and profiles of more places', () => {
  finds([
    ['Teklif verirken telefon numaranızı da yazın lütfen', 'request'],
    ['adorei o trabalho no mesmo estilo, me passa seu WhatsApp?', 'request'],
    ['HR se WhatsApp pe baat kar lo', 'request'],
    ['Interesados mandar WhatsApp al 55 8765 4321 con su CV', 'request'],
    ['Откликайтесь сразу в телеграм @hr_anna_smm', 'request'],
    ['For custom quotes, visit my site www.minaart.com/contact', 'request'],
    ['Paki-text po ang recruiter namin sa 0917 765 4321', 'request'],
  ]);
  finds([['gửi về số 7 ngõ 15 Hoàng Hoa Thám, Ba Đình, Hà Nội', 'address']]);
  staysQuiet(['não, no zap não, prefiro tudo aqui na plataforma']);
});

describe('an address under its label, in any script', () => {
  finds([
    ['আমার ঠিকানা: বাড়ি ১৪, রোড ২, গুলশান, ঢাকা ১২১২', 'address'],
    ['मेरो ठेगाना: काठमाडौं-४, महाराजगञ्ज, घर नं. १२', 'address'],
    ['地址：上海市浦东新区世纪大道100号, 环球金融中心', 'address'],
    ['Shipping address: 14 Birch Close, Leeds', 'address'],
  ]);
  staysQuiet([
    'Address: the open issues in section 3, page 4',
    'IP address: 10.0.0.12, port 8080',
    'Tolong rapikan data alamat: "Jl. Mawar No. 5, Bogor" dan "Jl Mawar 5 Bgr" itu sama.',
  ]);
});

describe('seventeenth round: asks a fair sample of requests showed', () => {
  finds([
    ['Please send your portfolio and rates by email, we do not read proposals here.', 'request'],
    ["let's meet for lunch next week and go over it", 'request'],
    ['Applicants must include their Telegram username.', 'request'],
    ['Email or phone, your choice.', 'request'],
    ['Schicken Sie mir bitte Ihre Telefonnummer.', 'request'],
    ['कृपया अपना नंबर भेजें', 'request'],
  ]);
  staysQuiet([
    'After you accept the offer I will add you to our Slack workspace.',
    'Please send me your phone model and OS version so I can reproduce the crash.',
    'Your proposal mentions Skype; can you describe a VoIP feature you built?',
    'Can you help us move customer support from email to a Zendesk setup?',
  ]);
});

describe('seventeenth round: payments a fair sample showed, and disguised asks', () => {
  finds([
    ['Venmo me the rest when you are happy with it', 'payment'],
    ['te hago un Bizum con lo que falta', 'payment'],
    ['o resto eu te mando por TED amanhã', 'payment'],
    ['resztę przeleję ci przelewem na konto', 'payment'],
    ['payments will go monthly by bank transfer outside the platform', 'payment'],
    ['instead of the bonus button I will send a tip on PayPal', 'payment'],
    ['pay me by b.a.n.k t.r.a.n.s.f.e.r please', 'payment'],
    ['hmu on telegram, @ravi_builds', 'request'],
  ]);
  staysQuiet([
    'we need a Telegram bot that parses @username mentions',
    'part number on the bracket is AX-7700-900-412',
    'Invoice #2024-0087 is the platform invoice, nothing to pay outside.',
    'Non posso accettare pagamenti fuori dalla piattaforma.',
    '플랫폼 밖에서 결제는 받지 않습니다.',
  ]);
});

describe('asks around a spelled or written number in more languages', () => {
  finds([
    ['ruf einfach an: 0151 4827 3961', 'request'],
    ['appelle-moi au 06 41 18 73 89', 'request'],
    ['zadzwoń: 512 384 671', 'request'],
    ['beni ara: 0532 471 18 63', 'request'],
    ['дзвони: 067 321 45 87', 'request'],
    ['txt mo na lang ako sa 0917 458 2319', 'request'],
  ]);
});

describe('a number broken over two lines of one message', () => {
  finds([
    ['my cell is 415 555\n0199, text me', 'phone'],
    ['whatsapp: +44 7700\n900431', 'phone'],
  ]);
  staysQuiet(['Invoice 4512\n3345 USD total', 'rows: 12\n34\n56']);
});

describe('links and addresses defanged as security reports write them', () => {
  finds([
    ['book here: hxxps://calendly[.]com/omar-dev/30min', 'link'],
    ['write to nora(.)lee@outlook(.)com', 'email'],
  ]);
  staysQuiet(['in the regex, \\[\\.\\] matches a literal dot']);
});

describe('an ordinary word before a spaced "@" is no mailbox', () => {
  it('reads "my IG is @lumen.studio.ph" as a handle, not an e-mail address', () => {
    const found = categories('my IG is @lumen.studio.ph if you want to see more');
    assert.ok(found.includes('handle') && !found.includes('email'), found.join(','));
  });
  finds([['mail me: john @ gmail . com', 'email']]);
});

describe('money sent around the platform, whatever the way', () => {
  finds([
    ["We'll settle the money privately, the contract here is only for the record.", 'payment'],
    ['si me pagas por fuera te hago un descuento', 'payment'],
    ['Die Extrastunden zahl ich dir privat, das musst du hier nicht eintragen.', 'payment'],
    ['Остаток переведу на карту, не хочу отдавать комиссию сайту.', 'payment'],
    ['wire transfer is fine for me, I will send you my account details tomorrow', 'payment'],
    ['stuur maar een Tikkie voor de rest', 'payment'],
    ["I'd rather not give them a cut, send me your Venmo instead", 'payment'],
  ]);
  staysQuiet([
    'Payment goes only through the platform escrow, nothing outside.',
    'Paying outside the platform is against the rules, so I added the tip as a bonus here.',
    'My old employer paid me by bank transfer every month.',
    'le virement direct de la plateforme arrive le mardi',
    'Вывожу деньги с платформы на карту, так что закрывайте этап.',
  ]);
});

describe('"your" asks for an app only beside its name', () => {
  finds([
    ['Quel est votre Instagram ?', 'request'],
    ['Kindly download Telegram and write to our HR manager.', 'request'],
  ]);
  staysQuiet([
    'Merci pour votre candidature à notre mission de community management (LinkedIn + Instagram, 3 posts par semaine).',
  ]);
});

describe('asks to talk elsewhere without naming where, and meetings in real life', () => {
  finds([
    ['This chat keeps freezing. Is there another way we can talk?', 'request'],
    ["I'd rather continue on my usual channel, easier to keep track", 'request'],
    ['Mind if we continue this conversation over email?', 'request'],
    ["Let's do the kickoff IRL, I'm in Shoreditch most days", 'request'],
    ['Interviews will be held over Zoom next week.', 'request'],
    ["Let's meet at the Blue Bottle on Thursday", 'request'],
    ['¿Podemos seguir la plática por otro lado?', 'request'],
    ['אפשר לעבור לוואטסאפ?', 'request'],
  ]);
  staysQuiet([
    'Is there another way to contact support about the outage?',
    "Let's take this offline-first: the app must work without a connection.",
    'ping me outside my working hours only if it is urgent',
    'Could you share your email template so I can see the design?',
    'Do you have an IG strategy in mind already?',
    "I'd rather not meet in person before a contract, the platform call is fine.",
    'whats ur number of pages for the site?',
  ]);
});

describe('an address with an ask to come there is a request too', () => {
  it('reads "Komm doch vorbei" beside a street as an ask to visit', () => {
    const found = categories(
      'Komm doch einfach vorbei: Schanzenstraße 17, 2. Stock, 20357 Hamburg',
    );
    assert.deepEqual(found, ['address', 'request']);
  });
  it('reads a meeting place near a street as the writer giving it', () => {
    const found = categories(
      'Może spotkamy się na kawie? Jest fajna kawiarnia przy ul. Józefa 12 na Kazimierzu',
    );
    assert.ok(found.includes('address'), found.join(','));
  });
  staysQuiet(['c/o Rhodes Hardware is where the client picks up the samples, per the brief.']);
});

describe('opening hours and page hosts are no phone or mailbox', () => {
  staysQuiet([
    'data outlet: "Outlet Kemang, buka 08.00–22.00" ada 150 baris',
    'the API reference (docs at developers.acme.io) covers the webhooks',
  ]);
  finds([['its jess dot nguyen at gmail dot com', 'email']]);
});

describe('payment outside in more scripts, and refusals that stay quiet', () => {
  finds([
    ['بقیه رو کارت به کارت کن، کارمزد سایت زیاده.', 'payment'],
    ['תעביר לי את היתרה ישירות, חבל על העמלה של האתר', 'payment'],
    ['বিকাশে পাঠিয়ে দিন, প্ল্যাটফর্মের ফি লাগবে না', 'payment'],
    ['El resto lo arreglamos entre nosotros, sin pasar por la plataforma.', 'payment'],
  ]);
  staysQuiet([
    'Malipo yote yatapitia kwenye jukwaa hili, sitapokea M-Pesa nje.',
    'الدفع يكون عن طريق المنصة فقط، ما أقبل تحويل بنكي خارجي.',
    'Les frais de la plateforme sont inclus dans mon tarif.',
  ]);
});

describe('IDs and numbers that are the work, and numbers broken over lines in more languages', () => {
  staysQuiet([
    'the bot posts build alerts to tg @arslan_ci_bot, add it to the team group',
    'Fix the regex so it matches old Discord tags like pixelmara#4471',
    "The client's IG is @studio.halden, I'll write 12 captions for their reels",
    'footer link should point to @nordlicht_app on X, not the old @nordlicht account',
    'Heads up: a fake recruiter told me to message @hr_dept_jobs on Telegram. Reported him.',
    'unit tests: "+44 7700 900871" should pass validation',
    'The zoom.us/j/ links in the LMS export are broken',
    'Kargo takip no: 7281 5530 9914, müşteriye cevap yazar mısın?',
  ]);
  finds([
    ['mi número es +54 11 2345\n6789 (soy de Buenos Aires)', 'phone'],
    ['ось мій номер: 063 555\n12 34', 'phone'],
    ['compila il modulo sul mio sito: www.marcobianchi.design/contatti', 'link'],
    ['text me on iMessage 917-555-0133', 'handle'],
    ['zoom . us / j / 955 5512 3456', 'link'],
  ]);
});

describe("a surname ending in 'bot' and someone's handle passed on are still handles", () => {
  finds([
    ['add me on telegram @jane_talbot', 'handle'],
    ['message her on telegram @anna_k, she handles the assets', 'handle'],
  ]);
});

describe('an address of any shape after a cue that it is where to send or come', () => {
  finds([
    ['نمونه‌ها رو بفرستید به تهران، خیابان ولیعصر، کوچه ۱۲، پلاک ۸، واحد ۳', 'address'],
    ['meet me at our office, 3F Lumina Bldg, 8741 Paseo de Roxas, Makati', 'address'],
    ['please deliver to Hamra, Makdessi Street, Nour bldg, 2nd floor, Beirut', 'address'],
    ['ship it to: Plot 22, Akin Adesola St, Victoria Island, Lagos', 'address'],
  ]);
  staysQuiet([
    'Mieszkam w Krakowie, strefa CET, pracuję 8–16.',
    'I live in Lisbon, Portugal, since 2019, so mornings work best.',
    'Send the files to Maria, Tom, and the 3 reviewers by Friday.',
    "I'm at Chapter 3, Section 2, Page 14 of the manual.",
    'Send the report to John, Mary, Room 12, before Monday.',
  ]);
});

describe('asks the phrase lists read need no second word list to stand', () => {
  finds([
    ['Can u send the 200 as an Apple gift card? A photo of the code is fine', 'payment'],
    ['we can sort it out later, msg me on t.me', 'request'],
  ]);
});

describe('money, meetings and numbers through the platform stay quiet', () => {
  staysQuiet([
    'Quick q: does the platform pay out directly to my bank or do I need a withdrawal method?',
    "I'll invoice you directly through the platform once milestone 2 is approved.",
    'La plataforma me paga directamente a mi cuenta bancaria cada semana.',
    'Je vous facture directement via la plateforme dès que le jalon 2 est validé.',
    'No fees for revisions: three rounds are included in the price.',
    'Swing by the Figma file when you get a sec, I left comments on frame 3.',
    "What's your number on this? I was thinking $400 flat.",
    'PSA: someone posing as "HR from Meta" asks you to continue on Telegram. Don\'t. Report them.',
  ]);
  finds([
    ['pay me directly, not through the platform, and we both save', 'payment'],
    ['אפשר להעביר לי ישירות? ככה חוסכים את העמלה', 'payment'],
  ]);
});

describe('a place list with a cue to come or send a sentence away', () => {
  finds([
    [
      'Plot 9, Ozumba Mbadiwe Ave, Victoria Island, Lagos. That is our office, come by at noon',
      'address',
    ],
  ]);
  staysQuiet([
    'Versions 2.14.3, 2.15 and 3.0 all crash on the Xiaomi build, logs attached',
    "I'd love to meet in person someday but rules are rules, let's keep everything here.",
    'Need a landing page for our new branch at 25 Le Loi, District 1, with a map embed',
  ]);
});

describe('places after a delivery label, a send cue in more languages, or a sentence about them', () => {
  finds([
    ['Livraison : Rue Ibn Batouta n°7, Gueliz, Marrakech, près du marché', 'address'],
    ['parcel yahan bhej do: Flat 2C, Block 9, Bahria Town, Lahore', 'address'],
    ['Ελάτε από το γραφείο να τα πούμε, Εγνατίας 12, 3ος όροφος, Θεσσαλονίκη', 'address'],
    ['kal office aa jao yaar, Tower C, 9th floor, Cyber Hub Phase 3, Gurgaon', 'address'],
  ]);
});

describe('delivery terms after a delivery label are no address', () => {
  staysQuiet([
    'Delivery: 3 days, 2 revisions, source files included.',
    'Entrega: 5 días, 2 revisiones, archivos fuente incluidos.',
    'Delivery: 48 hours, Figma + PNG, 3 concepts',
  ]);
});

describe('files, domains and time zones are no money or place', () => {
  staysQuiet([
    "I'll transfer the design files directly to your Drive",
    'I can transfer ownership of the domain directly to you after launch',
    'I live in Madrid, Spain, UTC+1, since 2015',
  ]);
});

describe('paying in the platform, milestones and files moved directly stay quiet', () => {
  staysQuiet([
    'Я переведу файлы напрямую в ваш Google Drive',
    'Paga directamente en la plataforma, sin comisiones extra para ti',
    "Can you pay the milestone directly? It's been approved for a week",
    "I'd prefer to be paid directly into escrow before I start",
  ]);
  finds([['directly, bank to bank, no platform fee', 'payment']]);
});

describe('refusals and work talk in more languages stay quiet', () => {
  staysQuiet([
    'Puedes pagarme directamente desde el hito cuando apruebes la entrega.',
    'Schwerpunkt Zahlungsintegrationen (Klarna, PayPal Plus, SEPA-Lastschrift) und Versand.',
    'Комісія платформи 10%, я врахував її в ціні.',
    'من خارج از پلتفرم کار نمی‌کنم. فایل‌ها را همین‌جا بفرستید.',
    'Samahani, sifanyi kazi nje ya jukwaa.',
    'Δεν δουλεύω εκτός πλατφόρμας. Κάνουμε βιντεοκλήση εδώ.',
  ]);
});

describe('asks for details and meetings in more languages', () => {
  finds([
    ['what are your socials? want to see more of your work', 'request'],
    ['me chama no verdinho que a gente resolve rapidinho', 'request'],
    ["je propose qu'on se voie autour d'un café jeudi", 'request'],
    ['mumkin el email beta3ak? ha2ollak el tafaseel', 'request'],
    ['Poproszę o numer telefonu, zadzwonię wieczorem', 'request'],
    ['你把邮箱发我一下，我把文件发过去', 'request'],
    ['Μου δίνεις το viber σου; να τα πούμε εκεί', 'request'],
  ]);
  staysQuiet(['카카오톡 챗봇 개발해주실 분 구합니다']);
});

describe('chat buttons and customer apps to build are work', () => {
  staysQuiet([
    'tích hợp form báo giá, nút chat Zalo và Google Maps cho website',
    'مشروع تطبيق للعملاء مع الدفع عبر Apple Pay ولوحة تحكم للإدارة',
  ]);
});

describe('an Arabic warning that reports a scam reports', () => {
  staysQuiet(['تنبيه: شخص طلب مني التواصل معه على تيليجرام. هذا احتيال، قمت بالإبلاغ عنه.']);
});

describe('codes that pinpoint a door, and numbers read in the country of the service named', () => {
  finds([
    ['My workshop is at ///candle.river.frame, come round on Saturday.', 'address'],
    ['Pick the banners up at 7FG9+QX Nairobi, the print shop by the bus stage.', 'address'],
    ['Our GhanaPost GPS address is GE-231-4471, bring the drone there.', 'address'],
    ['Eircode: T12 X5R8, just knock on the blue door.', 'address'],
    ['Our national address short code is JEDA7731, the courier knows it.', 'address'],
    ["here's my pin for the shoot, come by at 3: maps.app.goo.gl/Qw3rTy7", 'address'],
    ['Mándame un Bizum al 634 112 908 y listo.', 'phone'],
    ['Send it by M-Pesa to 0722 415 306 please.', 'phone'],
  ]);
  staysQuiet([
    'The form must accept GhanaPost GPS codes such as GE-231-4471 and reject the rest.',
    'C++ and C# are both fine; the score was 2345+678 in the demo.',
    '/// <summary>Reads the config file.</summary>',
    'The venue is pinned on google.com/maps for the festival press page.',
  ]);
});

describe('addresses, asks and payments of the twenty-seventh and twenty-eighth rounds', () => {
  finds([
    ['Bring the generator to 9 Adeyemi Street off Awolowo Road, Ikeja.', 'address'],
    ["I'm at 22 Rua Augusta, Lisboa — come by on Friday.", 'address'],
    ['Could you kindly share a direct telephone number where our team can reach you?', 'request'],
    ['Where should I courier the signed contracts?', 'request'],
    ['An welche Adresse soll ich die Muster schicken?', 'request'],
    ['Please send your routing and account number so we can set up the transfer.', 'payment'],
    ["it's $MarisolArt — the bonus button here takes a cut", 'payment'],
    ['skype: live colon rita dot voice', 'handle'],
    ['the first part is nadia.k.design and the domain gmail dot com', 'email'],
  ]);
  staysQuiet([
    'Where should I ship the final files, Dropbox or the upload here?',
    'In PHP, $totalFee is computed before the commission is added.',
    'The new pricing saves you the fee on annual plans.',
    'My username is jdoe and the domain is example.com for the staging box.',
    'Found it: the tax lookup fails when the shipping address is 500 Ocean Drive, Miami, FL 33139 (order #77120).',
  ]);
});
