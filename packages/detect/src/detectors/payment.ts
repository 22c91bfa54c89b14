import { paymentServiceGate, paymentServicePattern } from '../lexicon/payment-services.js';
import { findPaymentIdentifiers } from '../payment/index.js';
import { TRANSLATION_WORDS } from '../lexicon/translation.js';
import {
  DOUBLE_QUOTES,
  isFramedAsExample,
  isQuoted,
  isReported,
  isTurnedDown,
  LOWER_LETTER,
  sentenceBounds,
} from './context.js';
import { isNegated } from './negation.js';
import { byScript, firstMatches } from './scripts.js';
import { sentences } from './sentences.js';
import type { RawFinding, Scan } from './scan.js';

/**
 * Paying or being paid outside the platform: payment apps offered as the way to pay, "without
 * the fees", bank details and crypto wallets. Work on payment features ("integrate PayPal
 * checkout") is not an ask to pay outside.
 */

const PAYMENT_APP =
  '(?:pay\\s?pal|venmo|cash\\s?app|zelle|western\\s+union|moneygram|wise|transferwise|payoneer|revolut|skrill|neteller|bank\\s+transfer|wire\\s+transfer|wire|direct\\s+deposit|crypto|bitcoin|btc|usdt|usdc|tether|eth(?:ereum)?|binance(?:\\s+pay)?|gcash|paymaya|maya|m-?pesa|upi|paytm|phonepe|google\\s+pay|gpay|apple\\s+pay|alipay|wechat\\s+pay|pix|qiwi|sepa|western|remitly|worldremit|xoom|sendwave|airtm|perfect\\s+money|webmoney|transferencia|virement|überweisung|uberweisung|перевод|на\\s+карту|карту|transfer\\s+bank)';

const PATTERNS = byScript([
  // "pay me via PayPal", "send it to my Wise", "I'll pay you through Zelle"
  new RegExp(
    `\\b(?:pay|paid|paying|payment|send|sending|transfer|wire|receive|deposit|tip|cash\\s+out|invoice\\s+me|settle|upfront|up\\s+front|in\\s+advance|the\\s+rest|remaining|half|balance)\\b[^.?!\\n]{0,30}?\\b(?:via|through|thru|by|with|on|to\\s+my|into\\s+my|using|over|in|to)\\s+(?:my\\s+|your\\s+)?${PAYMENT_APP}\\b(?!\\s+(?:api|integration|sdk|checkout|gateway|button|plugin|webhooks?|account\\s+setup))`,
    'i',
  ),
  new RegExp(
    `\\b(?:my|your|ur)\\s+${PAYMENT_APP}\\s+(?:is|id|account|address|email|details|handle|tag|wallet|number|:)`,
    'i',
  ),
  // "PayPal me", "I'll Zelle you", "I'll PayPal it" (not "wire it up").
  new RegExp(
    `\\b${PAYMENT_APP}\\s+(?:me|you|the\\s+(?:rest|balance|money)|(?:it|them)(?!\\s+(?:up|in|together|through)))\\b`,
    'i',
  ),
  // "Venmo @dani-kruger", "cash app: $dani", "Venmo me @dani-k" (the tag masked with the name)
  new RegExp(`\\b${PAYMENT_APP}\\s*(?:me\\s+(?:at\\s+|on\\s+)?)?[:\\-]?\\s*[@$][\\w.\\-]{2,}`, 'i'),
  // "do you have Zelle?", "you got Venmo?"
  new RegExp(
    `\\b(?:do\\s+you\\s+(?:have|use)|you\\s+(?:have|got|use)|are\\s+you\\s+on|got)\\s+${PAYMENT_APP}\\s*\\?`,
    'i',
  ),
  // "what's your PayPal?", "do you accept crypto?", "can you take Revolut?"
  new RegExp(
    `\\b(?:what'?s|what\\s+is|send(?:\\s+me)?|provide|share|give\\s+me|tell\\s+me|drop)\\s+(?:your|ur)\\s+(?:${PAYMENT_APP}|iban|bank\\s+(?:details|account|name)|(?:routing|account|bank)\\s+(?:and|&|\\+)\\s+(?:routing|account|bank)\\s+numbers?|account\\s+(?:number|details)|routing\\s+number|sort\\s+code|card\\s+number|wallet(?:\\s+address)?)\\b|\\baccept\\s+(?:a\\s+)?(?:cheque|bank\\s+transfer|wire\\s+transfer)\\b|\\b(?:send|transfer|wire|pay|deposit)\\w*\\s+(?:\\S+\\s+){0,4}?(?:straight|directly|direct)\\s+(?:to|into)\\s+(?:my|your)\\s+(?:bank|account|paypal|wallet|card|venmo)\\b|\\b(?:sort|settle|handle|arrange)\\s+(?:the\\s+)?(?:payments?|the\\s+rest|the\\s+balance|the\\s+remainder)\\s+(?:between\\s+(?:us|ourselves)|separately|privately|directly|outside)\\b|\\b(?:accept|take|use)\\s+(?:payments?\\s+(?:via|in|by|through)\\s+)?${PAYMENT_APP}\\b(?!\\s+(?:on|in|at|for)\\s+(?:my|our)\\s+(?:\\w+\\s+)?(?:shop|store|site|website|etsy|business)\\b)|\\bgift\\s+cards?\\b[^.?!\\n]{0,40}\\b(?:deposit|payment|pay)\\b|\\b(?:pay|paid|paying|payment)\\s+(?:me\\s+|you\\s+|us\\s+)?(?:in|with|by|via)\\s+(?:\\w+\\s+){0,2}?gift\\s+cards?\\b|\\binvoice\\s+(?:you|u)\\s+(?:myself|personally|privately)\\b`,
    'i',
  ),
  /\b(?:no\s+need\s+to\s+give\s+them\s+(?:\d+\s?%|their\s+cut)|the\s+fees\s+are\s+killing)|\b(?:avoid|skip|save(?:\s+on)?|without|bypass|dodge|cut\s+out|escape|around)\s+(?:the\s+|paying\s+|any\s+)?(?:\d{1,2}(?:\.\d)?\s?%\s+)?(?:upwork\s+|fiverr\s+|platform\s+|site\s+|service\s+|their\s+|those\s+)?(?:fees?|commission|cut|percentage|20\s?%|10\s?%|5\s?%|middleman)\b|\b(?:no|zero)\s+(?:\d{1,2}(?:\.\d)?\s?%\s+)?(?:upwork|fiverr|platform|site|service|their|those)\s+(?:fees?|commission|cut|percentage)\b|\b(?:no|zero)\s+(?:\d{1,2}(?:\.\d)?\s?%\s+)?(?:fees?|commission|cut|middleman)\b(?!\s+(?:for|on|per)\b(?!\s+(?:anyone|either|both|us|you|me|them|each|any\s+of)\b))/i,
  /\b(?:pay(?!outs?\b)|paid|paying|payment|invoice|bill|compensate|settle|refund|wire|send\s+(?:the\s+)?money)\w*\s+(?:\w+\s+){0,4}?["“'‘]?(?:directly|outside|off[\s-]platform|off[\s-]site|off\s+the\s+(?:platform|site|books)|privately|personally|in\s+cash|via\s+bank|by\s+bank|direct)\b(?!\s+(?:from|through|via|on|in|by)\s+(?:the\s+)?(?:platform|site|upwork|fiverr))/i,
  /\b(?:direct|outside|private|off[\s-]platform)\s+(?:payment|pay|transfer|deal|contract|billing|invoicing)\b|\binvoice\s+from\s+(?:your|my)\s+own\s+(?:company|business|firm|llc|ltd|gmbh)\b(?![^.?!\n]{0,20}\b(?:isn'?t|is\s+not|not)\s+(?:needed|necessary|required))/i,
  // "a cheaper way for both of us to handle the payment"; "don't pay it here, they take 10%";
  // "saves us both the 10%".
  /\b(?:cheaper|better|smarter|easier)\s+way\s+for\s+(?:both\s+of\s+)?us\s+to\s+(?:handle|do|sort|manage)\s+(?:the\s+)?payments?\b|\bsav(?:e|es|ing)\s+(?:us|you|me)\s+(?:both\s+)?the\s+\d{1,2}\s?%(?=\s*(?:$|[.,;!?]|fees?\b|cut\b|commission\b))|\bsav(?:e|es|ing)\s+us\s+(?:both\s+)?the\s+(?:platform['’]s\s+)?(?:fees?|commission|cut)\b|\b(?:don'?t|do\s+not)\s+(?:pay|send|tip)\s+(?:it\s+|that\s+|them\s+|the\s+(?:bonus|tip|rest|balance)\s+)?(?:here|on\s+here|through\s+(?:here|the\s+(?:platform|site|app)))\b(?=[^]{0,80}?\b(?:they|it|the\s+(?:platform|site|app))\s+(?:takes?|keeps?|eats?|charges?)\b)/i,
  /\b(?:pay|paid|paying)\s+(?:you\s+|me\s+)?(?:in\s+)?cash\b|\bcash\s+(?:only|in\s+hand|on\s+delivery(?!\)?\s+(?:orders?|options?|methods?)|[^.?!\n]{0,60}\b(?:checkout|store|shop|customers?)\b))\b/i,
  // A cheque is paid outside the platform: "I'll send you a check by mail".
  /\b(?:send|mail|post)\s+(?:you\s+|me\s+)?(?:a\s+)?(?:check|cheque)\s+(?:by|in\s+the|via)\s+(?:mail|post)\b|\b(?:by|a)\s+(?:check|cheque)\s+mailed\b|\b(?:pay|paid|paying)\s+(?:you\s+|me\s+)?(?:by|with\s+a|via)\s+(?:check|cheque)\b/i,
  // An invoice sent straight to the client: "die Rechnung direkt an uns stellen, ohne die Plattform".
  /\b(?:invoice|rechnung|factura|fatura|facture)\b[^.?!\n]{0,40}\b(?:ohne\s+(?:die\s+)?plattform|sin\s+(?:la\s+)?plataforma|sem\s+(?:a\s+)?plataforma|sans\s+(?:la\s+)?plateforme|without\s+(?:the\s+)?platform)/i,
  // A $cashtag after "it's", "my", "to"… (a small letter in it: no ticker; no code variable), with the
  // platform's cut, fee or bonus button beside it:
  // "it's $DeshawnDraws — the bonus button here takes a cut".
  /\$(?<=\b(?:it'?s|is|my(?:\s+cash\s?tag)?|cash\s?tag:?|to)\s+\$)(?=[A-Za-z0-9_]*[a-z])[A-Za-z][A-Za-z0-9_]{2,19}\b(?!\s*(?:[=([]|->))(?=[^\n]{0,60}?\b(?:cut|fees?|commission|bonus\s+button)\b)|\$[A-Za-z][A-Za-z0-9_]{2,19}\b(?=[^.?!\n]{0,30}\bcash\s?app\b)|\bcash\s?app\b[^.?!\n]{0,30}\$[A-Za-z][A-Za-z0-9_]{2,19}\b/i,
  // Billing moved to a service, cash handed over, "friends & family please", Hindi "cash me de dena",
  // Tagalog "di na tayo kaltasan", "no point giving the site a cut".
  /\b(?:move|switch|take|moving|switching)\s+(?:the\s+|my\s+)?(?:billing|payments?|invoicing)\s+(?:over\s+)?(?:to|onto)\s+(?:pay\s?pal|payoneer|wise|revolut|skrill|zelle|venmo|bank\s+transfer|crypto)\b|\bhand\s+(?:you|u)\s+(?:the\s+)?cash\b|\bfriends\s+(?:and|&)\s+family\s+(?:please|pls|plz|only)\b|\bcash\s+(?:me|mein)\s+(?:de|dena|dedo|de\s+dena|dijiye)\b|\b(?:di|hindi)\s+(?:na\s+)?(?:tayo\s+)?kaltasan\b|\bno\s+point\s+(?:in\s+)?giving\s+(?:the\s+)?(?:site|platform|them)\s+(?:a\s+)?cut\b/i,
  // Spanish, Portuguese, French, German.
  /\b(?:m[aá]ndame|p[aá]same|dame|env[ií]ame)\s+(?:tu|su)\s+(?:nequi|yape|bizum|daviplata|plin|cbu|cvu|clabe|alias\s+de\s+mercado\s+pago|cuenta\s+bancaria|iban)\b|\b(?:yap[eé]a|bizume[ae]|nequea)(?:me|le|te)\b|\bte\s+(?:yapeo|bizumeo|nequeo|plineo)\b|\bte\s+consigno\b/i,
  /\b(?:je\s+te\s+r[eè]gle|je\s+vous\s+r[eè]gle)\b[^.?!\n]{0,30}\b(?:en\s+dehors|hors|directement)|\b(?:envoie|envoyez|donne|donnez|passe|passez)[\s-]+(?:moi\s+)?(?:ton|votre)\s+(?:iban|rib)\b|\b(?:fais|fait|faire|ferai|envoie|envoyer|par)\s+(?:un\s+)?virement\s+(?:direct|en\s+direct|hors\s+plateforme)\b|\b(?:envoie|envoyez|donne|donnez)[\s-]+(?:moi|nous)\s+(?:ton|votre|vos|tes)\s+(?:rib|iban|coordonn[eé]es\s+bancaires)\b|\b[ée]viter\s+les\s+frais\b/i,
  /\b(?:[üu]berweise|zahle|bezahle)\s+(?:dir|ihnen|euch)\s+(?:\w+\s+){0,2}(?:direkt|privat)|\b(?:schick|sende|gib)\s+mir\s+(?:\w+\s+)?(?:deine|ihre)\s+(?:iban|bankverbindung|kontonummer)\b|\bspar\w*\s+(?:wir\s+)?(?:uns\s+)?(?:die\s+)?(?:geb[üu]hren|provision)\b/i,
  /\b(?:te\s+pago|le\s+pago|p[aá]game|pagarte|pago)\s+(?:por\s+fuera|directo|directamente|fuera\s+de\s+la\s+plataforma|por\s+(?:paypal|zelle|binance|transferencia|western|nequi|bizum|mercado\s+pago)|en\s+efectivo)/i,
  /\bsin\s+(?:la\s+)?comisi[oó]n(?:es)?\b|\bahorr\w*\s+(?:la\s+)?comisi[oó]n|\beconomiz\w*\s+(?:a\s+)?taxa/i,
  /\b(?:te\s+pago|pago|pagamento|pagar|me\s+paga)\s+(?:por\s+fora|direto|diretamente|no\s+pix|via\s+pix|pelo\s+pix|por\s+pix|fora\s+da\s+plataforma|(?:por|via)\s+(?:transfer[eê]ncia|ted|dep[oó]sito))|\b(?:fechar|fazer|acertar|negociar)\s+(?:\w+\s+)?por\s+fora\b/i,
  /\bsem\s+(?:a\s+)?taxa(?:s)?\s+(?:da\s+plataforma|do\s+site)?/i,
  /\b(?:payer|paie|payons|payez|paiement|je\s+te\s+paie|je\s+vous\s+paie)\s+(?:directement|en\s+dehors|hors\s+(?:de\s+(?:la\s+)?)?plateforme|par\s+virement|par\s+paypal|en\s+esp[eè]ces)/i,
  /\bsans\s+(?:les\s+)?(?:frais|commission)\s+(?:de\s+la\s+plateforme)?/i,
  /\b(?:direkt|au(?:ß|ss)erhalb)\s+(?:\w+\s+){0,2}(?:bezahlen|zahlen|überweisen|uberweisen|abrechnen)|\bohne\s+(?:die\s+)?(?:gebühren|gebuhren|provision)\b|\bper\s+(?:überweisung|uberweisung|paypal)\s+(?:bezahlen|zahlen|schicken|senden|[üu]berweisen)/i,
  // Italian, Polish, Turkish: "bonifico diretto", "przelew bezpośrednio na konto", "direkt EFT".
  /\bbonifico\s+(?:diretto|direttamente)\b|\b(?:mandami|dammi|inviami|passami)\s+(?:l['’]\s*)?iban\b|\bevit\w*\s+(?:la\s+|le\s+)?commission[ie]\b|\bprzelew\w*\s+(?:\w+\s+)?bezpo[sś]rednio\b|\b(?:zap[lł]a[cć]|wp[lł]a[cć]|prze[lś]l|wy[sś]l)\w*\s+(?:\w+\s+)?bezpo[sś]rednio\b|\bp[lł]aci[cć]\s+prowizj\w*|\bkomisyon\s+(?:vermeyelim|vermeyin|[öo]demeyelim)\b|\bdirekt\s+(?:eft|havale|fast)\b/i,
  // Dutch, Swahili, Romanian, Czech (folded), Spanish, German, English: outside the platform, its
  // fee saved, an invoice of one's own.
  /\bbuiten\s+het\s+platform\b|\b(?:malipo|lipa|nilipe|unilipe)\w*\s+(?:\S+\s+){0,3}moja\s+kwa\s+moja\b|\bada\s+ya\s+(?:tovuti|jukwaa)\b|\bscapam\s+(?:\w+\s+)?de\s+comision\b|\bplatesti\s+(?:\S+\s+){0,3}direct\b|\bprimo\s+na\s+(?:muj\s+)?ucet\b|\busetrime\s+(?:\w+\s+)?na\s+poplatc\w*|\bno\s+pagamos\s+(?:el\s+|la\s+)?(?:\d{1,2}\s?%\s+de\s+)?comisi[oó]n|\bte\s+paso\s+(?:el|mi)\s+(?:cbu|cvu)\b|\b(?:bezahlung|zahlung)\s+per\s+[uü]berweisung\s+direkt\b|\binvoice\s+(?:you|u)\s+(?:directly\s+)?(?:through|via|with|on)\s+my\s+own\b/i,
  // Greek (folded), Hebrew, Thai (folded): pay directly, without the platform's fee.
  /(?:πληρωσε|πληρωστε|πληρωνεις)\s+(?:με\s+)?απευθειας|προμηθεια\s+της\s+πλατφορμας/i,
  /(?:תעביר|תשלם|העבר|העברה|להעביר)[^.?!\n]{0,30}(?:ישירות|ישר)|(?:בלי|ללא)\s+עמלות?|לא\s+(?:נשלם|משלמים)\s+עמלו?ת?|עמלות\s+לאתר|בפייבוקס/,
  /โอน\S{0,20}โดยตรง|โอนตรง|พรอมเพย|ไมตองจายผาน|ไม(?:ตอง)?เสยคาธรรมเนยม/,
  // Japanese, Korean, Chinese: not through the site, paid directly, settled privately.
  /サイト(?:を)?通さず|直接(?:送って|もらえ|振り込|払|転账|转我|转给我)|(?:토스|카카오\s?페이|계좌)\S{0,3}\s*바로|私下(?:结|交易|付|转)|(?:微信|支付宝)转我/,
  // Russian, Ukrainian, Indonesian, Tagalog, Hindi, Arabic.
  /(?:оплат\p{L}*|заплачу|переведу|платить|плачу|оплачу|скину)\s+(?:\p{L}+\s+){0,2}(?:напрямую|напряму|на\s+карту|на\s+картку|вне\s+платформы|поза\s+платформою|без\s+комиссии|наличными|в\s+крипте|usdt|на\s+paypal)|(?:^|[^\p{L}])(?:минуя|в\s+обход)\s+(?:площадк\p{L}*|платформ\p{L}*|сайт\p{L}*|бирж\p{L}*)|(?:^|[^\p{L}])(?:дай|давай|дайте|скинь|скиньте|пришли|надішли|надішліть)\s+(?:мне\s+|мені\s+)?(?:номер\s+)?(?:карты|картки|карти|реквизиты|реквізити)/iu,
  /(?:^|[^\p{L}])без\s+(?:комиссии|комісії|биржи|біржі)/iu,
  /\b(?:(?:(?:biar|supaya|agar)\s+)?(?:gak|ga|nggak|enggak|tidak|tak)\s+kena\s+potongan|kena\s+potongan|walang\s+(?:kaltas|fees?)|bez\s+prowizji|scheelt\s+(?:de\s+)?(?:kosten|fees?|commissie)|(?:senza|niente)\s+commission[ie]|f[aă]r[aă]\s+comision|phi\s+san|chuyen\s+(?:khoan\s+)?(?:truc\s+tiep|thang)|lam\s+ngoai|mimo\s+platformu|bez\s+poplatku|fara\s+platforma|plattformgeb(?:ü|u)hr|komisyon\s+(?:ödemeyiz|odemeyiz|yok|olmas[ıi]n)|platform\s+d(?:ı|i)ş(?:ı|i)ndan|platform\s+disindan|platform\s+ke\s+bahar|(?:sa\s+)?labas\s+(?:na\s+lang\s+)?ng\s+platform|commission\s+(?:se\s+)?bach\w*|fee\s+(?:se\s+)?bach\w*|fee\s+kyun)|بدل\s+المنصة/i,
  /\b(?:bayar|transfer|tf|pembayaran(?:nya)?)\s+(?:\w+\s+)?(?:langsung|di\s+luar(?!\s+negeri)|lewat\s+(?:transfer|rekening|dana|ovo|gopay)|ke\s+rekening|via\s+(?:dana|ovo|gopay|rekening))|\btanpa\s+(?:potongan|biaya\s+platform|fee)\b/i,
  /\b(?:bayad|magbabayad|babayaran)\s+(?:\w+\s+)?(?:diretso|direkta|sa\s+gcash|thru\s+gcash|sa\s+labas)/i,
  /\b(?:direct\s+payment|payment\s+direct)\s+(?:karunga|karungi|kar\s+dunga|kar\s+dena|karo)|\b(?:paytm|gpay|phonepe|upi)\s+(?:pe|par|kar\s+(?:do|dena|dein|dijiye)|karo|kardo|kardena)\b/i,
  // Chinese, Japanese, Korean: a transfer or Alipay named with "directly" or the platform's cut.
  /(?:支付宝|微信支付|微信转账|银行转账|转账|銀行振込|振込|계좌이체|송금)[^。！？\n]{0,20}(?:直接|직접|省得|抽成|手续费|手数料|수수료)|(?:直接|직접|省得|抽成|手续费|手数料|수수료)[^。！？\n]{0,24}(?:支付宝|微信支付|转账|銀行振込|振込|お支払い|계좌이체|송금)/u,
  /(?:الدفع|ادفع|سأدفع|بدفع|تحويل)\s+(?:لك\s+|لي\s+)?(?:مباشرة|خارج\s+المنصة|بنكي|عبر\s+(?:باي\s+بال|ويسترن|البنك))|بدون\s+(?:عمولة|رسوم|المنصة)|(?:برا|بره|برة)\s+المنصة|نوفر\s+(?:ال)?عمولة|عن\s+عمولة\s+(?:الموقع|المنصة)/u,
  // Cash when the two meet, or the rest settled between the two of them, in any language: "tu me
  // règles le reste en liquide quand on se voit", "unter uns regeln", "kontant när vi ses".
  /\b(?:cash(?!\s*(?:flow|register|back|out|desk))|liquide|esp[eè]ces|contanti|contant|bargeld|in\s+bar|efectivo|dinheiro|em\s+esp[eé]cie|tunai|kontant|k[eé]szp[eé]nz\w*|got[oó]wk\w*|hotovost\w*|nakit|numerar|tien\s+mat|taslimu|bar)\b[^.?!\n]{0,60}?\b(?:when\s+we\s+meet|meet\s+up|hand\s+(?:it\s+|them\s+)?over|pag\s+nagkita|pagkita\s+natin|bei\s+der\s+[üu]bergabe|przy\s+odbiorze|khi\s+gap|on\s+meeting|in\s+person|quand\s+on\s+se\s+(?:voit|verra)|quando\s+ci\s+vediamo|di\s+persona|als\s+we\s+elkaar\s+zien|cuando\s+nos\s+veamos|en\s+persona|quando\s+(?:a\s+gente\s+)?(?:se\s+|nos\s+)?encontr\w*|pessoalmente|c[aâ]nd\s+ne\s+vedem|n[aä]r\s+vi\s+ses|wenn\s+wir\s+uns\s+(?:sehen|treffen)|pers[oö]nlich|masa\s+jumpa|saat\s+ketemu|pas\s+ketemu|tukikutana|ha\s+tal[aá]lkozunk|przy\s+spotkaniu|p[rř]i\s+setk[aá]n[ií]|bulu[şs]tu[gğ]umuzda)|\b(?:regeln|regelen|rezolv\w*|l[oö]sa|int[eé]zz\w*|settle|beres\w*|tumalizane|resolv\w*|arregl\w*|r[eé]gl\w*|sistem\w*|za[lł]atw\w*|halledelim|[çc][öo]zelim)\b[^.?!\n]{0,30}?\b(?:unter\s+uns|onderling|[iî]ntre\s+noi|mellan\s+oss|egym[aá]s\s+k[oö]z[oö]?t|entre\s+nous|entre\s+n[oó]s|entre\s+nosotros|tra\s+(?:di\s+)?noi|mi[eę]dzy\s+nami|aramızda|between\s+us|nje\s+ya|di\s+luar|luar\s+(?:je|aja|saja)\b)|\b(?:unter\s+uns|onderling|[iî]ntre\s+noi|mellan\s+oss|egym[aá]s\s+k[oö]z[oö]?t)\b[^.?!\n]{0,20}?\b(?:regeln|regelen|rezolv\w*|l[oö]sa|int[eé]zz\w*)|\bder\s+rest\s+(?:l[aä]uft|geht|kommt)\s+(?:privat|bar|direkt)\b|\bthanh\s+toan\s+ngoai\b|\belden\s+nakit\b|\bnje\s+ya\s+(?:hii\s+)?(?:site|tovuti|jukwaa|platform)\b/i,
  /(?:^|[^\p{L}])(?:наличн\p{L}*|налом|готівк\p{L}*|кеш\p{L}*)\s+(?:\p{L}+\s+){0,2}(?:при\s+встрече|при\s+зустрічі)|(?:^|[^\p{L}])оплат\p{L}*\s+(?:\p{L}+\s+){0,2}(?:поза|вне)\s+(?:майданчик\p{L}*|площадк\p{L}*|платформ\p{L}*|сайт\p{L}*)|(?:^|[^\p{L}])решим\s+(?:\p{L}+\s+){0,2}напрямую/iu,
  // Arabic and Persian: cash when we meet, paid in USDT or to a card directly, settled outside the
  // site.
  /(?:كاش|نقدا|نقدًا|نقدي)[^.؟!\n]{0,20}(?:لما\s+نتقابل|عند\s+اللقاء|لما\s+نشوف)|(?:تدفع|ادفع|تحول|حول)\s+(?:لي\s+)?(?:بـ?\s*|عن\s+طريق\s+|عبر\s+)(?:usdt|btc|بيتكوين|ويسترن|باي\s?بال|كريبتو)|(?:به\s+)?کارتم\s+(?:\S+\s+)?واریز|واریز\s+کن|(?:تتر|بیت\s?کوین)\s+پرداخت|(?:بیرون|خارج)\s+از\s+(?:سایت|پلتفرم)/iu,
  // Hindi and Bengali, folded (vowel signs dropped): "नकद" cash, "सीधे … खाते" straight to the
  // account, "সরাসরি" directly, "নিজেদের মধ্যে মিটিয়ে" settled between ourselves.
  /नकद|सध\s+(?:मर\s+)?(?:बक\s+)?(?:खत|अकउट)|সরসর\s+(?:আমর\s+)?(?:বযক|একউনট|অযকউনট)|(?:বযক|একউনট|অযকউনট)\S*\s+(?:\S+\s+)?সরসর|নজদর\s+মধয\s+মটয/u,
  // Gift cards and vouchers as payment, the scammer's favourite: "send me a $100 Steam voucher
  // code", "pay part of it in Amazon gift cards", "vale-presente", "بطاقات هدايا".
  // Read from the card words (the verbs before them stand in most messages), the verb checked
  // looking back.
  /\b(?:gift\s*cards?|vouchers?|(?:google\s+play|itunes|apple|steam|amazon|razer\s+gold)\s+(?:gift\s+)?(?:cards?|codes?|vouchers?)|vale-presente|tarjetas?\s+de\s+regalo|cartes?\s+cadeaux?|geschenkkarten?|gutscheine?)\b(?:[^.?!\n]{0,50}?\b(?:pay\w*|deposit|send|code|accept|instead|rest|balance|last|final|remaining|advance|kodenya|pagar|desconto|descuento|paiement|anzahlung)\b|(?<=\b(?:pay\w*|deposit|accept|pagar|bayar\w*|payer|send\s+(?:me\s+)?(?:the\s+)?(?:\$?\d+\s+|money\s+|deposit\s+|rest\s+)?(?:as|in))\b[^.?!\n]{0,50}?\b(?:gift\s*cards?|vouchers?|(?:google\s+play|itunes|apple|steam|amazon|razer\s+gold)\s+(?:gift\s+)?(?:cards?|codes?|vouchers?)|vale-presente|tarjetas?\s+de\s+regalo|cartes?\s+cadeaux?|geschenkkarten?|gutscheine?)))/i,
  // Around the platform in other words: "skip the middleman", "keep it off the books", "friends and
  // family" (PayPal's fee-free option), "the platform doesn't need to know", "top up my Skrill", a
  // relative's account, later milestones paid directly, an invoice from the writer's company.
  /\bmiddle\s?man\b(?<=\b(?:skip|cut\s+out|without|bypass)\s+(?:the\s+)?middle\s?man)|\boff\s+the\s+books\b|\bpay\s?pal\s+(?:friends|freunde|amigos|amis)\s+(?:and|und|y|e|et|&)\s+famil\w*|\bfriends\s+(?:and|&)\s+family\b(?<=\b(?:as|via|using|through|with|by)\s+(?:a\s+)?["“']?friends\s+(?:and|&)\s+family)|\b(?:send|pay)\s+(?:it\s+|the\s+\w+\s+)?as\s+a\s+gift\b|\bentre\s+proches\b|\b(?:sort|settle)\s+(?:the\s+)?(?:money|cash)\s+between\s+(?:us|ourselves)\b|\bdoesn'?t\s+need\s+to\s+know\b(?<=\b(?:platform|site|upwork|fiverr)\s+doesn'?t\s+need\s+to\s+know)|\btop\s+up\s+my\s+(?:\w+\s+){0,2}(?:account|wallet|card)|\btop\s+up\s+my\s+(?:skrill|paypal|m-?pesa|gcash|paytm|wise|revolut|payoneer|binance)\b|\b(?:brother|sister|cousin|wife|husband|friend|mother|father|partner)'?s\s+(?:bank\s+)?account\b|\bbhai\s+ke\s+account\b|\b(?:wallet|account)\s+(?:mein|me)\s+\d*\s*(?:ka\s+)?top\s*up\b|\b(?:directly|outside|off[\s-]platform|privately|by\s+(?:bank|wire)|via\s+(?:bank|wire|ach))\b(?<=\b(?:remaining|next|later|other|future)\s+(?:milestones?|payments?|jobs?|projects?)\s+(?:\S+\s+){0,3}?(?:directly|outside|off[\s-]platform|privately|by\s+(?:bank|wire)|via\s+(?:bank|wire|ach)))|\b(?:wire|transfer|pay)\b(?<=\bmilestones?\s+\d\s*[-–]\s*\d\s+(?:\S+\s+){0,3}?(?:wire|transfer|pay))|\bcome\s+from\b(?<=\b(?:invoice|bill)s?\s+(?:will\s+)?come\s+from)\s+(?:my|our|\w+\s+\w+\s+(?:llc|ltd|gmbh|inc))|\b(?:site|marketplaces?)\b(?<=\b(?:not|rather\s+than|instead\s+of)\s+(?:from\s+|through\s+)?(?:the\s+)?(?:site|marketplaces?))[^.?!\n]{0,40}\b(?:pay|ach|wire|bank|invoice)|\bpays?\s+(?:contractors|freelancers)\s+via\s+\w+\s*,?\s+not\s+through\b|\b(?:pay|paying)\s+(?:the\s+)?(?:rest|balance|remainder)\s+(?:\S+\s+){0,6}?via\s+(?:bank|wire|transfer)\b|\b(?:cash\s?app|venmo|zelle|paypal|wise|crypto|bitcoin|usdt)\b(?<=\b(?:do|go\s+with)\s+(?:cash\s?app|venmo|zelle|paypal|wise|crypto|bitcoin|usdt))/i,
  /\b(?:sin|sem)\s+(?:el\s+|o\s+)?intermedi[aá]rio\b|\bsaltiamo\s+l['’]\s*intermediario\b|\bje\s+(?:vous|te)\s+facture\s+directement\b|\bn['’]accepte\s+que\b|\bkabul\s+ediyorum\b|\baram[ıi]zda\s+halledelim\b|\bhavale\s+ile\s+(?!m[iı]\b)|\blangsung\s+ke\s+rekening\b|\bau(?:ß|ss)erhalb\s+der\s+plattform\s+abwickeln\b/i,
  /(?:^|[^\p{L}])(?:без\s+посредника|между\s+собой|напрямую,?\s+реквизиты|оплачивайте\s+напрямую)/iu,
  /حساب\s+(?:أخوي|اخوي|أخي|اخي|أختي|اختي)|بطاقات?\s+هدايا|أقبل\s+الدفع\s+فقط/u,
  // Thai (folded), Korean, Chinese, Japanese: cash when we meet, outside the system, settled
  // outside the platform, the payment QR code, the rest by bank transfer.
  // The contract closed here and the rest paid outside it: "close the contract and I'll send the
  // rest by PayPal", "cierra el contrato y te mando lo que falta", "clôturez le contrat, je vous
  // règle le reste", "kontraknya ditutup aja, sisanya…", "zamknijmy umowę, resztę przeleję",
  // "funga mkataba, salio…".
  /\b(?:close|end)\s+(?:the|this|our)\s+contract\b[^.?!\n]{0,60}?\b(?:rest|remaining|balance|remainder)\b|\bcierr[ae]\w*\s+(?:el\s+)?contrato\b[^.?!\n]{0,40}?\b(?:lo\s+que\s+falta|el\s+resto|resto)\b|\bfech[ae]\w*\s+(?:o\s+)?contrato\b[^.?!\n]{0,40}?\b(?:o\s+resto|resto)\b|\bcl[oô]tur\w*\s+(?:le\s+)?contrat\b[^.?!\n]{0,40}?\breste\b|\b(?:kontrak\w*\s+(?:\w+\s+)?ditutup|tutup\s+kontrak\w*)\b[^.?!\n]{0,40}?\bsisa\w*|\bzamknij\w*\s+umow\w*[^.?!\n]{0,40}?\breszt\w*|\b[dđ]ong\s+hop\s+[dđ]ong\b[^.?!\n]{0,40}?\bphan\s+con\s+lai\b|\bfunga\s+mkataba\b[^.?!\n]{0,40}?\bsalio\b|\bkalan\s+k[ıi]sm[ıi]\b[^.?!\n]{0,40}?\b(?:nakit|elden|havale|iban|papara)\b/i,
  /(?:^|[^\p{L}])(?:закро\p{L}*|закри\p{L}*)\s+(?:\p{L}+\s+)?контракт\p{L}*[^.?!\n]{0,40}?(?:остат\p{L}*|решт\p{L}*)/iu,
  // Outside services, escrows and links of one's own: "use Escrow.com instead", "a middleman
  // escrow service I use", "my own Stripe payment link", "I'll tip you on Ko-fi", "sisanya saya
  // kirim lewat GoPay", "je vous règle le reste par Lydia", "через ЮMoney", "direct bKash korle".
  /\bescrow\.com\b|\b(?:middleman|third[\s-]party|outside|external|own)\s+escrow\b|\b(?:my|our)\s+own\s+(?:stripe|paypal|square|wise|payoneer)\s+(?:payment\s+)?(?:link|invoice|page)\b|\b(?:tip|pay|support)\s+(?:you\s+|me\s+)?(?:on|via|through)\s+(?:ko-?fi|buy\s?me\s?a\s?coffee|patreon)\b|\bkirim\w*\s+(?:\w+\s+)?(?:lewat|via|ke)\s+(?:dana|ovo|gopay|shopeepay|rekening)\b|\b(?:par|via|avec)\s+lydia\b|\bdirect\s+(?:bank\s+transfer|payment|upi|paytm|gpay|bkash|nagad|easypaisa|jazzcash)\s+(?:karoge|karo|karenge|karein|korle|korben|korte|kar\s+do)\b|\b(?:kwa|kupitia)\s+(?:airtel\s+money|tigo\s+pesa|m-?pesa)\b|\bgotowk\w*\s+przy\b|\bna\s+revolut\w*/i,
  /(?:^|[^\p{L}])(?:через|на)\s+(?:юmoney|юмани|yoomoney|киви|qiwi)|(?:^|[^\p{L}])(?:надішлю|надошлю|отправлю|скину|пришлю|переведу)\s+(?:\p{L}+\s+){0,2}(?:окремо|отдельно|напряму|напрямую)\s+на\s+(?:paypal|карт\p{L}*|wise|payoneer|revolut)/iu,
  // Crypto sent to a wallet still to come, the real amount paid around a token milestone, a list
  // of accepted methods, the bonus button passed over, in more languages.
  /\bsend\s+(?:[\d.,]+\s+)?(?:btc|eth|usdt|usdc|bitcoin|crypto)\s+to\s+(?:the|my|your)\s+wallet\b|\b(?:real|actual|full)\s+(?:amount|payment|price|money)\s+(?:by|via|through|over|in)\s+(?:bank|wire|paypal|zelle|wise|crypto|cash|venmo)\b|\baccepted\s+(?:payment\s+)?methods?\s*:\s*[^.\n]{0,40}\b(?:paypal|zelle|venmo|btc|bitcoin|usdt|wise|cash\s?app|western\s+union|bank\s+transfer)\b|\b(?:rather\s+than|instead\s+of)\s+(?:the\s+)?(?:bonus|milestone|tip)\s+(?:button|feature|option)\b(?=[^.?!\n]{0,60}\b(?:paypal|venmo|wise|zelle|cash\s?app|bank|crypto|revolut|payoneer)\b)|\b(?:venmo|zelle|mobile\s?pay|vipps|swish|bizum|pay\s?id|twint|cash\s?app|gcash|interac)\s+(?:me|you)\b|\b(?:te\s+hago|h[aá]zme)\s+un\s+(?:bizum|pix|nequi|yape|plin|daviplata)\b|\b(?:minha|a\s+minha)\s+chave\s+pix\b|\bchave\s+pix\s*(?:aleat[oó]ria\s*)?(?::|[eé]\b)(?=\s*[\w.+-]*[\d@])|\b(?:te\s+mando|mando)\s+(?:\w+\s+){0,2}?(?:por|via|no|pelo)\s+(?:ted|doc|pix|transfer[eê]ncia|dep[oó]sito)\b|\bbetaal\s+(?:ik\s+)?(?:je|jou|u)\s+direct\b|\bzonder\s+(?:die\s+|de\s+)?(?:servicekosten|commissie)\b|\breszt[eę]\b[^.?!\n]{0,50}\b(?:przelej\w*|przelew\w*|zap[lł]ac\w*)|\bbetalning\w*\s+utanf[öo]r\b|\bso\s+tai\s+khoan\b|\b(?:rather\s+than|instead\s+of)\s+(?:the\s+)?(?:bonus|milestone|tip)\s+(?:button|feature|option)\b(?<=\b(?:paypal|wise|zelle|venmo|cash\s?app|bank|crypto|revolut|payoneer)\b[^.?!\n]{0,60})|\bsa\s+(?:gcash|maya|paymaya|palawan|coins\.ph)\s+(?:na\s+lang\s+)?(?:ako\s+)?(?:mag)?bayad\b|\b(?:papara|ininal|havale|eft)\s+ile\s+(?![öo]deme\s+entegr)(?:g[öo]nder|[öo]de)\w*|\bgui\s+ngoai\b|\bngoai\s+(?:day|nen\s+tang|san)\b/i,
  /(?:أرسل|ارسل|حول|حوّل)\s+(?:لي\s+)?(?:المبلغ|الفلوس|الدفعة|الباقي)\s+(?:عن\s+طريق|عبر|على)|نحول\p{L}*\s+(?:لك\s+)?(?:عن\s+طريق|عبر|على)|(?:المبلغ|الفلوس|الدفعة)[^.؟!\n]{0,40}خارج\s+(?:الموقع|المنصة)/u,
  /(?:^|[^\p{L}])(?:платіж|платежі|платеж\p{L}*|оплат\p{L}*|виплат\p{L}*)[^.?!\n]{0,50}(?:поза|вне)\s+(?:платформ\p{L}*|сайт\p{L}*|площадк\p{L}*)/iu,
  /सध\s+पमट|카카오\s?페이로|토스로|계좌이체로/u,
  /เงนสด|นอกระบบ|ไมตองผาน(?:เวบ|ระบบ|แพลตฟอรม|แอพ)|플랫폼\s*밖|(?:카카오\s?페이|토스|계좌)\S{0,3}\s*직접|收款码|收钱码|尾款走|(?:銀行振込|振込)(?:で|に)(?:お願い|払|支払)/u,
]);

// Building payments into a product. Said in the sentence before a service's name, these words
// alone make it work (PAYMENT_WORK): "a Shopify dev" before "we pay via Western Union only" still
// asks.
const PAYMENT_WORK_WORDS = String.raw`integrat\w*|\w+integration\w*|int[eé]gr\w*|entegr\w*|implement\w*|develop(?!ers?\b)\w*|api|sdk|checkout|gateway|plugin|webhooks?|woocommerce`;
const PAYMENT_WORK = new RegExp(`\\b(?:${PAYMENT_WORK_WORDS})\\b`, 'i');
// The same in Armenian, Georgian and Hebrew: integration, connecting, the shop, the app.
// Bengali as folding leaves it: gateway, integration.
const PAYMENT_WORK_ELSEWHERE = String.raw`ինտեգր|ინტეგრ|לחבר|החנות|לאפליקציה|গটওয|ইনটগরশন`;
// Building or discussing payment features is work, not an ask ("לאתר", to the site, only here:
// a fee paid "to the site" is the ask itself in a sentence that names a service).
const WORK_ON_PAYMENTS = new RegExp(
  String.raw`\b(?:${PAYMENT_WORK_WORDS}|build\w*|set\s?up\s+(?:a\s+|the\s+)?(?:store|shop|site)|shopify|stripe|store|e-?commerce|subscription\s+billing|payment\s+(?:flow|form|page|module|system|processing))\b|接口|集成|开发|结账|実装|連携|연동|개발|بوابة|ربط|مبرمج|برمجة|לאתר|${PAYMENT_WORK_ELSEWHERE}`,
  'i',
);

// A payment service named in a sentence about paying: "Zelle is easier — do you have it?".
const SERVICES_TOO = ['stripe\\s+invoice', 'crypto', 'usdt', 'bitcoin', 'konto', 'на\\s+карту'];
const SERVICE = paymentServicePattern(SERVICES_TOO);
const mayNameService = paymentServiceGate(SERVICES_TOO, LOWER_LETTER);
// Money changing hands, in the languages the corpus speaks, read from a non-letter (`\b` is blind
// to every script but Latin): for a sentence that names no service, where "send" or "the rest"
// alone may be files or the talk ("send the spec privately", "discuss the rest outside").
const MONEY_WORDS = String.raw`pay(?!pal|oneer|tm|maya|me\b|load|\s+(?:\w+\s+)?attention)\w*|paid|anzahlung\w*|money|transfer(?!\s+(?:\w+\s+){0,2}(?:files?|ownership|domains?|rights|assets|data|repo|repository|project|copyright|code|site|website|app))\w*|deposit\w*|bonus|b[ôo]nus|tip|invoice|advance|pago|pag[aoáu]\w*|pagh\w*|bonifico|soldi|saldo|solde|r[eéè]gl(?:e|er|ez|ons|erai|ement)|vir(?:e|er|ons|ez|ement)|malipo|tulipane|lipa|dinero|dinheiro|argent|geld|in\s+bar|bar\s+(?:vor\s+ort|auf\s+die\s+hand|bezahl\w*|zahl\w*)|[öo]dem\w*|[öo]dey\w*|[öo]derim|[öo]d[əe]ni\p{L}*|havale\w*|zahl\w*|bezahl\w*|[üu]berweis\w*|payer|paie\w*|bayar\w*|bayad|betal\w*|betaal\w*|overmak\w*|przel\p{L}*|zap[lł]a\p{L}*|rozlicz\p{L}*|chuyen\s+khoan|thanh\s+toan|плат\p{L}*|оплат\p{L}*|перев[еоі]д\p{L}*|переказ\p{L}*|остат\p{L}*|аванс\p{L}*|деньг\p{L}*|гроші|υπολοιπ\p{L}*|καταθε\p{L}*|πληρω\p{L}*|fizet\w*|utal\w*|maksa\w*|tilisiir\w*|kocur\p{L}*|o['’ʻ]?tkaz\p{L}*|վճար\p{L}*|կանխիկ|გადმორიცხ\p{L}*|გადარიცხ\p{L}*|ფულ\p{L}*|تدفع|پول|واریز|کارت\s+به\s+کارت|תעביר|העבר\p{L}*|יתרה|היתרה|תשלום`;
const MONEY_UNBOUNDED = String.raw`[أا]دفع|المبلغ|尾款|打款|付款|转账|转你|匯款|汇款|轉帳|振込|払|송금|이체|টক`;
// Cash, a wire, a fee and an amount say money too, where no service is named (with one, "Wise shows 1 USD =
// 83.2 INR, before fees" is a rate).
const MONEY = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${MONEY_WORDS}|cash|wire|fees?)(?![\\p{L}])|${MONEY_UNBOUNDED}|[$€£₹₪₦₱₩₺₴₽]\\s?\\d|\\d\\s?[€₪₸₴₽֏]`,
  'iu',
);
// With a service named, more words say it is the way to pay: "send", "the rest", "I prefer",
// "works for me", "pásame", "bhej do".
const SERVICE_CUE_WORDS = String.raw`f&f|friends\s+(?:and|&)\s+family|works:|send\w*|alias|adelanto|padala|atabilir|bayarnya|milestone|easier|works?\s+(?:too|for\s+me|better)|accept|have\s+it|prefer|instead|not\s+through\s+here|rest|balance|remainder|difference|p[aá]s[ae]me|resten|m[aá]nd(?:a|ar|ame|amos|as|e|es|i|o|arte)|env[ií][aeoó]\w*|ricaric\w*|resto|reste|restul|envoy\w*|trimit\w*|tuma|bhej\w*|ck|consign\w*|sisa\w*|path(?:an|ao|iye|ay)|stuur|sturen|скин\p{L}*|аудар\p{L}*|жібер\p{L}*|юбор\p{L}*|yubor\p{L}*|решт\p{L}*|swish\p{L}*|reszt\p{L}*|στειλ\p{L}*|بقیه`;
const SERVICE_CUE_UNBOUNDED = String.raw`[أاهبن]?حول(?:ي|ك|لك|لي)(?![\p{L}])|转你|转给|পঠ`;
const PAYING_CUE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${MONEY_WORDS}|${SERVICE_CUE_WORDS})(?![\\p{L}])|${MONEY_UNBOUNDED}|${SERVICE_CUE_UNBOUNDED}`,
  'iu',
);
// Where money goes around the platform: straight to the other, between the two of them, without
// the platform or its fee. Said in a sentence about paying, it makes the payment an outside one
// whatever the way ("we'll sort the money out privately", "si me pagas por fuera", "die
// Überstunden zahl ich dir privat", "Остаток переведу … не хочу отдавать комиссию"). Written per
// script: the phrase lists run a pattern only on texts holding its script, and look for the Latin
// words only where their lead-word walk finds them (scripts.ts).
// Words for the platform's fee, which money sent around it is said to save.
const FEE_WORDS = String.raw`fees?|cut|commission\w*|middle\s?man|comision\w*|comiss\w*|taxas?|frais|gebuhr\w*|provision\w*|servicekosten|gebyr\w*|avgift\w*|komisyon\w*|prowizj\w*|potongan|biaya|komissiya[a-zıə]*|dij\w*|palvelumaksu\w*`;
interface WordsByScript {
  latin: string;
  cyrillic: string;
  arabic?: string;
  other?: string;
}
const OFF_PLATFORM_WORDS: WordsByScript = {
  latin: String.raw`directly|direct(?!\s+(?:messages?|msgs?|dms?|links?|access|reports?|competitors?|contact|hire|hires|line|manager))|privately|in\s+private|between\s+(?:us|ourselves|the\s+two\s+of\s+us)|ourselves|off[\s-](?:the\s+)?(?:platform|site|app)|outside(?!\s+(?:help|contractors?|the\s+(?:scope|us|uk|eu)|of\s+(?:scope|hours|business)))|without\s+(?:the\s+)?(?:platform|site|fees?|cut|commission|middle\s?man)|(?:skip|avoid|save|saving|dodge|spare|evit\w*|ahorr\w*|economiz\w*|poup\w*|spar\w*|bespar\w*|scheelt|slipp\w*|kurtul\w*|bach\w*|hemat|risparmi\w*|oszczedz\w*|saast\w*)\s+(?:\S+\s+){0,3}?(?:${FEE_WORDS})|(?:komisyon\w*|komissiya[a-zıə]*|dij\w*)\s+(?:\S+\s+){0,3}?(?:gerek\s+kalmaz|megsporol\w*|verm[eə]y[a-zə]*)|birbasa|kozvetlen\w*|suoraan|(?:no\s+need|needn'?t|(?:don'?t|doesn'?t)\s+(?:need|have))\s+to\s+(?:\S+\s+){0,4}?(?:through|via|on)\s+(?:the\s+)?(?:site|platform|app)|on\s+the\s+side|(?:instead\s+of|rather\s+than)\s+(?:through\s+|via\s+)?(?:the\s+)?(?:platform|site|marketplace)(?:['’]s\s+(?:invoic\w*|billing|payments?|escrow))?(?!['’])|statt\s+[uü]ber\s+die\s+plattform|no\s+(?:le\s+)?pag\w*\s+(?:\S+\s+){0,2}?comision\w*|personal\s+account|nicht\s+uber\s+die\s+plattform|directamente|directo|por\s+fuera|fuera\s+de\s+(?:la\s+)?plataforma|entre\s+(?:nosotros|nos|nous)|sin\s+(?:la\s+)?(?:comision|plataforma|intermediario)|pasar\s+por\s+la\s+plataforma|(?:nao\s+precis\w*|sem)\s+passar\s+pela\s+plataforma|nu\s+(?:mai\s+)?plat\w*\s+comision\w*|(?:plus\s+simple|plus\s+facile|easier|simpler|cheaper|mas\s+facil|mais\s+facil)\s+(?:que|than)\s+(?:la\s+|the\s+|a\s+)?(?:plateforme|platform|plataforma)|diretamente|direto|por\s+fora|fora\s+da\s+plataforma|sem\s+(?:a\s+)?(?:taxa|plataforma)|plataforma\s+(?:come|cobra|fica|se\s+queda)|directement|en\s+direct|hors\s+(?:de\s+la\s+)?plateforme|sans\s+(?:les\s+)?frais|evit\w*\s+les\s+frais|direkt|privat|au(?:ß|ss)erhalb|unter\s+uns|ohne\s+(?:die\s+)?(?:plattform|gebuhren|provision)|gebuhren\s+hier|direttamente|in\s+privato|fuori\s+(?:dalla\s+)?piattaforma|tra\s+(?:di\s+)?noi|senza\s+commission\w*|langsung|di\s+luar(?!\s+negeri)|tanpa\s+(?:potongan|fee|biaya)|diretso|direkta|sa\s+labas|walang\s+(?:fees?|kaltas)|nje\s+ya|moja\s+kwa\s+moja|ada\s+zao|dogrudan|disinda|bezposrednio|poza\s+platform\w*|buiten\s+het\s+platform|niet\s+via\s+het\s+platform|slipper\s+vi\s+avgift\w*|utanfor|avgiften\s+haar`,
  cyrillic: String.raw`напрямую|напряму|тікелей|(?:сайт|платформа)\s+(?:арқылы|орқали)\s+(?:емес|эмас)|без\s+посредник\p{L}*|минуя|в\s+обход|без\s+(?:комисси|комісі)\p{L}*|(?:не\s+(?:хочу\s+|хочемо\s+)?(?:отдавать|платить|віддавати|платити)|сэконом\p{L}*|зекономи\p{L}*|избеж\p{L}*|уникн\p{L}*)\s+(?:\p{L}+\s+){0,2}(?:комисси|коміс)\p{L}*`,
  arabic: String.raw`کارمزد|لازم\s+نیست\s+از\s+طریق|(?:بیرون|خارج)\s+از\s+(?:سایت|پلتفرم)`,
  other: String.raw`προμηθει\p{L}*|απευθειας|κατευθειαν|პირდაპირ|ուղիղ|לא\s+צריך\s+(?:\S+\s+){0,3}?דרך|עמלה|עמלות|直接|私下|手续费|抽成|手数料|수수료|ফি\s+লাগবে\s+না`,
};
// A way to pay outside that no service names: a bank transfer, one's own account or its details.
const OWN_WAY_WORDS: WordsByScript = {
  latin: String.raw`(?:by|via|per|through|with|over|a|do)\s+(?:bank|wire)\s+transfer|(?:bank|wire)\s+transfer\s+(?:works|is\s+(?:fine|ok|okay|better|easier)|would\s+be)|(?:my|your)\s+(?:bank(?:\s+account)?|account\s+details|personal\s+account)|account\s+details|per\s+uberweisung|por\s+transferencia|par\s+virement|przelewem|havale\s+ile|(?:un|il|con|tramite|via|per)\s+bonifico`,
  cyrillic: String.raw`реквизит\p{L}*|на\s+карт[уы]|на\s+картку|карт(?:к)?[аи]\s*:?\s*\d{4}(?:[\s-]?\d{4}){3}`,
  // Persian: a card-to-card transfer.
  arabic: String.raw`کارت\s+به\s+کارت`,
  other: String.raw`銀行振込|银行转账|계좌\s?이체`,
};
const byWords = (words: WordsByScript): RegExp =>
  new RegExp(
    [
      `\\b(?:${words.latin})\\b`,
      `(?<![\\p{L}])(?:${words.cyrillic})(?![\\p{L}])`,
      ...[words.arabic, words.other].filter((w) => w !== undefined),
    ].join('|'),
    'iu',
  );
const OFF_PLATFORM = byWords(OFF_PLATFORM_WORDS);
const OWN_WAY = byWords(OWN_WAY_WORDS);
// Whether a text holds either at all, read as the phrase lists are (scripts.ts): most hold neither.
const AROUND_THE_PLATFORM = byScript(
  [OFF_PLATFORM_WORDS, OWN_WAY_WORDS].flatMap((words) => [
    new RegExp(`\\b(?:${words.latin})\\b`, 'i'),
    new RegExp(`(?:^|[^\\p{L}])(?:${words.cyrillic})(?![\\p{L}])`, 'iu'),
    ...[words.arabic, words.other].filter((w) => w !== undefined).map((w) => new RegExp(w, 'u')),
  ]),
);
// The platform as the way the money goes, or as who pays: "I'll invoice you directly through the
// platform", "the platform pays out directly to my bank" (not "directly, not through the platform").
const PLATFORM_ROUTE =
  /(?<!(?:not|than|of|without|bypass(?:ing)?|skip(?:ping)?|outside|nicht|nie|non|sin|sem|sans|ohne|statt)\s+)(?<!(?:don'?t|do\s+not|never|not|no\s+need\s+to|needn'?t)\s+(?:\w+\s+){0,2})(?:via|through|thru|using|par|über|uber|por|pela|pelo|tramite|attraverso|через|melalui|lewat|kupitia|in|on|into|en|dans|auf|na)\s+(?:the\s+|la\s+|le\s+|die\s+|den\s+|a\s+|o\s+|el\s+|der\s+|il\s+)?(?:platform|plataforma|plateforme|plattform|piattaforma|платформ\p{L}*|contract(?:\s+flow)?|vertrag|contrato|contrat|contratto|escrow|milestones?)(?![\p{L}])(?![^.?!\n]{0,60}\bor\b[^.?!\n]{0,60}(?:ourselves|directly|outside|privately|direct))|(?<!(?:outside|off|without|skip|bypass)\s+(?:the\s+|la\s+|die\s+)?)(?<![\p{L}])(?:platform|plataforma|plateforme|plattform|piattaforma|платформа)\s+(?:(?:me|mir|directly|direkt|only|already|then)\s+){0,2}(?:pays?|paid|paga|zahlt|paie|verse|платит|виплачує|sends?|envia|transfers?)(?![\p{L}])|পলযটফরম\s+(?:\S+\s+){0,6}?পঠয|\b(?:pay|fund|release|approve)\w*\s+(?:the|this|that|each|every|next)\s+milestones?\b|(?<![\p{L}])(?:desde|from|via|through|con|com|pelo|por|del|dal|vom|par|из|через|з)\s+(?:el\s+|the\s+|o\s+|a\s+|la\s+|le\s+|il\s+|dem\s+)?(?:hito|milestone|marco|jalon|meilenstein|etapa|этап\p{L}*)(?![\p{L}])/iu;
// That, or the platform named as the only way, or where the money comes from: "only through the
// platform", "aqui da plataforma mesmo", "sa platform na lang", "le virement de la plateforme".
const ON_PLATFORM = new RegExp(
  String.raw`(?<![\p{L}])(?:only|nur|solo|s[oó]lo|apenas|seulement|uniquement|лише|только|tylko|aqui|aquí|ici|hier|here)\s+(?:\S+\s+){0,2}?(?:platform|plattform|plataforma|plateforme|piattaforma|платформ\p{L}*|escrow|milestones?)|(?:platform|plattform|plataforma|plateforme)\s+(?:na\s+lang|only|nur|solo|mesmo)(?![\p{L}])|(?<![\p{L}])(?:from|von|desde|kutoka)\s+(?:the\s+|der\s+|la\s+|kwa\s+)?(?:platform|plattform|plataforma)|(?<![\p{L}])(?:virement|paiement|pago|pagamento|bonifico|transfer\p{L}*|zahlung|[üu]berweisung|przelew)\s+(?!(?:fuori|fora|fuera|hors|poza)\s)(?:\p{L}+\s+)?(?:de|du|da|do|dalla|z)\s+(?:la\s+|a\s+)?(?:plateforme|plataforma|piattaforma|platformy)|${PLATFORM_ROUTE.source}`,
  'iu',
);
const SAID_DIRECT =
  /direct|privat|outside|usd[tc]|crypto|bitcoin|fuera|fora|hors|সরসর|sin\s|sem\s|sans\s|ohne\s|without|comisi|commission|fees?\b/i;
// What is moved "directly" may be files or a text to translate: "переведу файлы напрямую".
const NOT_MONEY_MOVED = /файл|документ|макет|исходник|текст/i;
// The fee words an OFF_PLATFORM match may hold.
const FEE = new RegExp(
  `${FEE_WORDS}|комис|коміс|προμηθει|עמל|کارمزد|手续费|抽成|手数料|수수료`,
  'i',
);
const NOT_AN_ASK = new RegExp(
  String.raw`\b(isn'?t\s+me|not\s+me|using\s+my\s+name|impersonat\w*|pay\s+out|\w*integra\w*|int[eé]gr\w*|entegr\w*|boutique|tunnel\s+de\s+paiement|api|sdk|checkout|gateway|plugin|button|webhooks?|deep\s+links?|android|ios|experience\s+with|store|shop|tienda|loja|e-?commerce|website\s+accepts|subscription|implement\w*|develop\w*|build\w*|withdraw\w*|earnings|payouts?|auszahlung\w*|wyp[lł]at\w*|rewrit\w*|backend|frontend|the\s+platform\s+(?:sends|pays)|blog|article|topic|comparison|vs\.?|i\s+said\s+no|refused|declined|reported|rapporter\w*|signal[eé]\w*|scam\w*|arnaque\w*|estafa\w*|betrug\w*|truffa\w*|acquiring|refund\w*|disput\w*|chargebacks?|customers?|logos?|icons?|badges?|faq|sandbox|processors?|transactions|test\s+(?:mode|cards?|accounts?)|in-?app\s+purchases?|stripe(?!\s+invoices?)|braintree|adyen|clearing|reconcil\w*|ledgers?|bookkeeping|xero|quickbooks|para\s+[cç]ekme|beepit\w*|webshop\w*|verkkokaup\w*|t[əe]tbiq|dashboards?|treasury|kutoka\s+platform|against\s+the\s+(?:rules|terms|tos|policy)|(?:not|never)\s+allowed|prohibited|forbidden|bawal|wdro[żz]\w*|integracj\w*|koszyk\w*|sklep\w*|shops|tich\s+hop|mainnet|testnet|solidity|smart\s+contracts?|${TRANSLATION_WORDS}|saqu\w*|sac(?:ar|o|amos|ou)|ganhos|ganancias|preliev\w*|prelev\w*|screens?|redesign\w*|ui|ux|(?:previous|former|old|last)\s+(?:employer|client|job|company|boss))\b|بوابة|ربط|مبرمج|برمجة|العملاء|للعملاء|لوحة\s+تحكم|রপরট|รายงาน|ปฏเสธ|แปล|բողոք|${PAYMENT_WORK_ELSEWHERE}|(?<![\p{L}])(?:пожаловал\p{L}*|жалоб\p{L}*|в[иы]во[дж]\p{L}*|в[иы]вед\p{L}*|интегр\p{L}*|інтегр\p{L}*|подключ\p{L}*|підключ\p{L}*|магазин\p{L}*)`,
  'iu',
);

// A wallet address in smart-contract work is data for the code ("deploy from Hardhat's default
// account 0xf39F…", "the burn address 0x000…dEaD"), unless the text around it speaks of paying.
const CONTRACT_WORK =
  /\b(?:solidity|hardhat|foundry|truffle|ganache|anvil|remix|erc-?\d{2,4}\s+(?:tokens?\s+)?(?:contracts?|standard|implementation|interface)|smart\s+contracts?|contract\s+address|deploy\w*|spender|approve\(|transferfrom|msg\.sender|hard-?coded|constants?|testnet|local\s+node|localhost|mainnet\s+fork|abi|bytecode|etherscan|ethers(?:\.js)?|web3(?:\.js)?|viem|wagmi|burn\s+address|\w+\.sol)\b/i;
const PAYING_WORDS =
  /\b(?:pay\w*|paid|send\s+(?:me|the\s+(?:money|funds|payment|deposit))|deposit|tip|invoice|fees?|my\s+wallet|usdt|usdc)\b/i;

function isContractWork(text: string, start: number, end: number): boolean {
  const around = text.slice(Math.max(0, start - 160), end + 160);
  return CONTRACT_WORK.test(around) && !PAYING_WORDS.test(around);
}

interface PaymentSentence {
  start: number;
  end: number;
  detector: 'payment.service_sentence' | 'payment.off_platform_sentence';
}

/**
 * Where the sentence says money goes around the platform, unless it also names the platform as
 * the way. The rare words are looked for first: the platform's own route is a far slower pattern
 * (a long message's every sentence paid for it whenever "direct" stood anywhere in it).
 */
function aroundThePlatform(sentence: string): RegExpExecArray | null {
  const around = OFF_PLATFORM.exec(sentence) ?? OWN_WAY.exec(sentence);
  return around && !ON_PLATFORM.test(sentence) && !NOT_MONEY_MOVED.test(sentence) ? around : null;
}

/**
 * `namesService`: whether the text may name a service at all (its gate, looser than SERVICE);
 * `aroundFrom`: where the text's first words for money sent around the platform stand (Infinity
 * when it holds none). A long message's sentences are each read only for what the whole text may
 * hold.
 */
function paymentSentences(
  text: string,
  namesService: boolean,
  aroundFrom: number,
): PaymentSentence[] {
  const spans: PaymentSentence[] = [];
  // Work on payments may be named a sentence before: "integrate Pix and boleto in the checkout.
  // Whoever has done Mercado Pago, send a proposal."
  let previous = '';
  for (const { start, text: sentence } of sentences(text)) {
    const before = previous;
    previous = sentence;
    // A way to pay named, or money sent around the platform, with money changing hands.
    const service = namesService ? sentence.search(SERVICE) : -1;
    const around =
      service < 0 && start + sentence.length > aroundFrom ? aroundThePlatform(sentence) : null;
    const at = service >= 0 ? service : (around?.index ?? -1);
    if (at < 0) continue;
    // With a service named, the money sent around the platform says it is paid by it too: "hazme
    // un Bizum … y nos ahorramos la comisión".
    const feeSaved = around ?? OFF_PLATFORM.exec(sentence);
    const paying = service >= 0 ? (PAYING_CUE.exec(sentence) ?? feeSaved) : MONEY.exec(sentence);
    if (
      paying &&
      !NOT_AN_ASK.test(sentence) &&
      !PAYMENT_WORK.test(before) &&
      // A fee said with a negation is the fee avoided: "не хочу отдавать комиссию"; and a fee
      // avoided outweighs a negation elsewhere ("se não se importar, … e evitamos as taxas").
      (!isNegated(sentence, at) || (feeSaved !== null && FEE.test(feeSaved[0]))) &&
      // "I'd never pay you outside the platform": the paying itself may be what is negated.
      (service >= 0 || !isNegated(sentence, paying.index)) &&
      !isQuoted(text, start + at, start + at + 1, DOUBLE_QUOTES) &&
      !isTurnedDown(text, start + at) &&
      // "someone messaged me to pay a fee via GCash": told of up to the service it names.
      !isReported(text, start + at, start + at + 1)
    ) {
      spans.push({
        start: start + (sentence.length - sentence.trimStart().length),
        end: start + sentence.trimEnd().length,
        detector: service >= 0 ? 'payment.service_sentence' : 'payment.off_platform_sentence',
      });
    }
  }
  return spans;
}

export function findPayments(scan: Scan): RawFinding[] {
  const findings: RawFinding[] = [];
  const text = scan.folded.text;
  for (const id of findPaymentIdentifiers(text)) {
    // Test cards and sample IBANs in a sandbox brief are data for the work.
    if (isFramedAsExample(text, id.start, id.end)) continue;
    if (id.kind === 'eth_address' && isContractWork(text, id.start, id.end)) continue;
    const [start, end] = scan.folded.originalSpan(id.start, id.end);
    findings.push({
      category: 'payment',
      start,
      end,
      confidence: id.confidence,
      evidence: {
        detector: 'payment.identifier',
        kind: id.kind,
        normalized: id.normalized,
        obfuscations: [],
      },
    });
  }
  const phrases = firstMatches(PATTERNS, scan);
  const namesService = mayNameService(scan.lower);
  let phrased = false;
  for (const m of phrases) {
    // A quoted ask is mentioned, not made: an FAQ to write, a status to add.
    if (
      isNegated(text, m.index) ||
      isQuoted(text, m.index, m.index + m[0].length, DOUBLE_QUOTES) ||
      isTurnedDown(text, m.index + m[0].length) ||
      isReported(text, m.index, m.index + m[0].length)
    )
      continue;
    const sentence = text.slice(Math.max(0, m.index - 80), m.index + m[0].length + 40);
    // "Je vous facture directement via la plateforme": direct, but through the platform.
    if (NOT_MONEY_MOVED.test(m[0])) continue;
    const [from, to] = sentenceBounds(text, m.index, m.index + m[0].length, 120, 80);
    const ownSentence = text.slice(from, to);
    if (SAID_DIRECT.test(m[0]) && PLATFORM_ROUTE.test(ownSentence)) continue;
    if (
      WORK_ON_PAYMENTS.test(sentence) &&
      !/\b(fees?|directly|outside|off[\s-]platform|cash|my\s+own)\b/i.test(m[0])
    )
      continue;
    if (
      /\b(allowed|terms|tos|against\s+the\s+rules|i\s+said\s+no|i\s+refused|i\s+declined|reported|scam\w*|fake|flagged|fraud\w*|phishing|ignore\s+them|denunci\w*|estafa|golpe|arnaque|betrug|(?:pays?|paid)\s+out\s+(?:\w+\s+)?to|withdrawal\s+methods?|withdraw(?:als?|ing)?\s+(?:from|to|go)|payouts?\s+(?:from|to|go)|(?:previous|former|old|last)\s+(?:employer|client|job|company|boss))\b/i.test(
        sentence,
      ) ||
      // A policy said in the ask's own sentence ("per our vendor policy" a sentence before asks).
      /\bpolicy\b/i.test(ownSentence)
    )
      continue;
    // A pattern that starts "not after a letter" takes the character before its first word.
    const first = m.index + (m[0].length - m[0].trimStart().length);
    const [start, end] = scan.folded.originalSpan(first, m.index + m[0].length);
    findings.push({
      category: 'payment',
      start,
      end,
      confidence: 0.85,
      evidence: { detector: 'payment.phrase', obfuscations: [] },
    });
    phrased = true;
  }
  const aroundFrom = phrased
    ? Infinity
    : Math.min(...firstMatches(AROUND_THE_PLATFORM, scan).map((m) => m.index));
  if (!phrased && (namesService || aroundFrom < Infinity)) {
    const identifiers = findings.map((f) => f.start);
    for (const { start: s, end: e, detector } of paymentSentences(text, namesService, aroundFrom)) {
      const [start, end] = scan.folded.originalSpan(s, e);
      // An account number or wallet in the sentence already says where the money goes, exactly.
      if (identifiers.some((at) => at >= start && at < end)) continue;
      findings.push({
        category: 'payment',
        start,
        end,
        confidence: 0.8,
        evidence: { detector, obfuscations: [] },
      });
    }
  }
  return findings;
}
