import { identifyApp, type AppMention } from '../lexicon/apps.js';
import { DOUBLE_QUOTES, isQuoted, isReported, isScopingAsk, isTurnedDown } from './context.js';
import { isNegated } from './negation.js';
import { byScript, firstMatches } from './scripts.js';
import { sentencesHolding } from './sentences.js';
import { appMentions, type RawFinding, type Scan } from './scan.js';

/**
 * Asks for the other side's contact details, or to move the conversation, interview or call to
 * another app: "what's your WhatsApp?", "can we move this to Zoom?", "pásame tu número",
 * "напиши мне в телеграм". A mere mention of an app ("a WhatsApp bot") is not a request.
 */

const CHANNEL =
  '(?:whats\\s?app|w\\.app|whatsap|watsapp|wa|zap|verdinho|wsp|wasap|telegram|tg|skype|signal|viber|discord|wechat|line|insta(?:gram)?|ig|fb|facebook|messenger|linkedin|snap(?:chat)?|zoom|google\\s+meet|gmeet|meet|ms\\s+teams|teams|facetime|slack|e-?mail|gmail|mail|phone|cell|mobile|sms|imessage|text\\s+messages?|number|digits|no\\.|personal\\s+(?:email|number|contact)|contact\\s+(?:info|details|information)|contacts?|socials?|handle|id)';
// "address" as a thing of the work: an address bar, book, field, list or column.
const ADDRESS_AS_WORK = String.raw`(?!\s+(?:bar|book|field|format|line|validation|autocomplete|component|form|lookup|list|column|sheet|data)s?\b)`;
const CONTACT_THING = `(?:socials|social\\s+media\\s+(?:handles?|accounts?|links?)|phone(?!\\s+(?:model|case|screen|brand|make|type|os|version|specs?|settings))(?:\\s+number)?|number(?!\\s+of)|cell(?:\\s+number)?|mobile(?:\\s+number)?|digits|e-?mail(?:\\s+address)?|gmail|mail\\s+address|whats\\s?app(?:\\s+number)?|wa\\s+number|telegram|tg|skype(?:\\s+id)?|signal|viber|discord|wechat|insta(?:gram)?|ig|facebook|fb|linkedin|snap(?:chat)?|contact\\s+(?:info|details|information|number)|contacts|personal\\s+(?:email|number|contact|details)|socials|handle|home\\s+address|address${ADDRESS_AS_WORK})`;

// After "text me" or "send me an email": this platform still, or not yet ("text me here",
// "call me when…"), so no ask to move.
const HERE_OR_LATER = String.raw`here|on\s+(?:here|this|the\s+platform|upwork)|through\s+(?:the\s+)?(?:platform|upwork|here)|via\s+(?:the\s+)?platform|in\s+the\s+(?:thread|chat)|when|if|once|after`;

const PATTERNS = byScript([
  // English: a number or an e-mail asked for without "your": "do you have a number I can text?",
  // "reply with a good callback number", "is there an email I can send feedback to?", "let me
  // know your mobile", "pass along the email of whoever handles billing".
  new RegExp(
    String.raw`\b(?:do\s+(?:you|u)\s+have|is\s+there|got|give\s+(?:me|us)|reply\s+with|respond\s+with|let\s+me\s+know|lmk|pass\s+along|mind\s+sharing|include|put|(?:could|would|can)\s+(?:you|u)\s+(?:kindly\s+|please\s+)?(?:share|send|give|provide)|kindly\s+(?:share|send|provide))\s+(?:me\s+)?(?:an?\s+|your\s+|ur\s+|the\s+)?(?:(?:good|best|personal|preferred|backup|callback|direct|private|other|phone)\s+){0,2}(?:(?:tele)?phone\s+number|whats\s?app\s+number|phone(?!\s+(?:case|screen|app|call|model))|(?:preferred|e-?mail)\s+address|number(?!\s+(?:in\s+mind|of|for\s+the\s+budget))|mobile(?:\s+number)?|cell(?:\s+number)?|e-?mail(?:\s+address)?(?!\s+(?:templates?|campaigns?|lists?|marketing|newsletters?|sequences?|signatures?|flows?))|whats\s?app|contact(?:\s+(?:number|details|info))?|digits)\b(?=\s*\?|\s+of\s+(?:whoever|the\s+person|someone)|[^.?!\n]{0,60}\b(?:call|text|reach|ring|message|contact|send|e-?mail|mail|add|invite|coordinate|follow\s+up|get\s+back)\b)` +
      // "where else can I find you?", "anywhere else I can message you?", "a backup contact",
      // "let's take this offline", "take this to text", "somewhere less clunky".
      String.raw`|\b(?:where|anywhere|somewhere)\s+else\s+(?:(?:can|could)?\s*i|i\s+(?:can|could))\s+(?:find|reach|message|contact|talk\s+to|ping)\s+(?:you|u)\b|\bbackup\s+contact\b|\btake\s+(?:this|it)\s+(?:offline|to\s+(?:text|sms|e-?mail|dms?|phone))\b(?!-)|\bsomewhere\s+less\s+\w+` +
      // "would you be open to a FaceTime?", "jump on a normal phone call", "where do you take calls?"
      String.raw`|\b(?:open\s+to|up\s+for|down\s+for)\s+(?:a\s+)?(?:quick\s+)?(?:facetime|whats\s?app\s+call|skype|phone\s+call|call\s+on\s+\w+)\b|\b(?:normal|regular|proper|real|old-school)\s+phone\s+call\b|\bwhere\s+do\s+(?:you|u)\s+(?:usually\s+)?take\s+calls\b|\bwhat\s+(?:e-?mail\s+)?address\s+do\s+(?:you|u)\s+use\b` +
      // The call taken to the app just named: "We run interviews on Teams — could we do yours there?"
      String.raw`|\b(?:could|can|shall)\s+we\s+do\s+(?:yours|it|ours|the\s+(?:interview|call|meeting|chat))\s+(?:over\s+)?there\b(?![^.?!\n]{0,20}\b(?:platform|here|thread|upwork|fiverr)\b)` +
      // Job posts: "apply by messaging our coordinator on Telegram".
      String.raw`|\b(?:apply|reach\s+out|get\s+in\s+touch)\s+(?:by|via)\s+(?:messaging|texting|whats\s?apping|calling|emailing|writing\s+to)\b`,
    'i',
  ),
  // English: asking for details.
  new RegExp(
    `\\b(?:what'?s|what\\s+is|what\\s+are|whats|send(?:\\s+me)?|share|give(?:\\s+me)?|drop(?:\\s+me)?|can\\s+i\\s+(?:get|have)|could\\s+i\\s+(?:get|have)|may\\s+i\\s+(?:get|have)|could\\s+you\\s+(?:send|share|give)|pass(?:\\s+me)?|leave(?:\\s+me)?|(?:flick|chuck|ping|shoot)\\s+me|provide|need|tell\\s+me|dm\\s+me|text\\s+me|forward|lmk|let\\s+me\\s+know|reply\\s+with|put|include)\\s+(?:me\\s+)?(?:your|ur|yr|you're)\\s+(?:(?:full|postal|mailing|shipping|street|personal|private|direct|real|matrix|element|wire|threema|session|studio|office|shop|workshop|warehouse|house)\\s+){0,2}${CONTACT_THING}\\b`,
    'i',
  ),
  // A contact form elsewhere offered instead: "my site has a contact form", "use the contact
  // form on my website".
  /\bmy\s+(?:web\s?)?(?:site|page|portfolio)\s+has\s+a\s+contact\s+form\b(?!\s+(?:that|which|with|where))|\b(?:use|via|through|fill\s+(?:in|out))\s+the\s+contact\s+form\s+on\s+(?:my|our)\s+(?:web\s?)?(?:site|page|portfolio)\b/i,
  // Swapping details, or a call by phone rather than on the platform: "let's exchange emails",
  // "can we do a quick phone call?".
  new RegExp(
    `\\b(?:let'?s|we\\s+(?:can|could|should|might)|can\\s+we|could\\s+we|shall\\s+we|happy\\s+to|want\\s+to|wanna|i'?d\\s+(?:like|love)\\s+to)\\s+(?:just\\s+)?(?:exchange|swap|trade)\\s+(?:our\\s+)?(?:e-?mails?|numbers?|phone\\s+numbers?|contacts?|contact\\s+(?:details|info)|whats\\s?apps?|socials)\\b|\\b(?:can\\s+we|could\\s+we|shall\\s+we|let'?s|we\\s+could|how\\s+about|i'?d\\s+(?:like|prefer)\\s+to)\\s+(?:do|have|hop\\s+on|jump\\s+on|get\\s+on|schedule|set\\s+up)?\\s*(?:a\\s+)?(?:quick\\s+|short\\s+|brief\\s+)?(?:phone|cell|mobile)\\s+call\\b(?!\\s+(?:${HERE_OR_LATER}))`,
    'i',
  ),
  // English: moving the conversation elsewhere.
  new RegExp(
    `\\b(?:let'?s|lets|can\\s+we|could\\s+we|shall\\s+we|we\\s+(?:can|could|should)|i'?d\\s+(?:like|prefer)\\s+to|prefer\\s+to|better\\s+to|want\\s+to|how\\s+about|please|pls|plz|would\\s+you\\s+mind|i\\s+(?:can|will|'ll))\\s+(?:\\w+\\s+){0,3}?(?:move|continue|carry\\s+on|switch|take|talk(?:ing)?|chat(?:ting)?|speak(?:ing)?|connect|discuss|call|meet|hop|jump|do|have|set\\s+up|schedule|text(?:ing)?|message|messaging|communicate|reach|contact|video\\s+call)\\b[^.?!\\n]{0,40}?\\b(?:on|via|over|through|in|using|to|into|by)\\s+(?:a\\s+|an\\s+|the\\s+|my\\s+(?!phone|mobile|cell)|your\\s+)?${CHANNEL}\\b(?!\\s+(?:api|integration|bot|sdk|app\\s+development))`,
    'i',
  ),
  new RegExp(
    `\\b(?:(?:add|find|reach|contact|call|text|ping|dm|pm|message|msg|hit|email|mail|whatsapp|hmu|write)(?<!\\b(?:customers|clients|users|guests|visitors|buyers|patients)\\s+\\w+)\\s+(?:me|us)\\s+(?:up\\s+)?|hmu\\s+)(?:on|via|at|through|over|in|directly|privately|personally|outside|off)\\b(?!\\s+(?:here|this\\s+(?:platform|site|thread|chat)|the\\s+platform|upwork|fiverr|(?:of\\s+)?(?:my\\s+|our\\s+|your\\s+)?(?:(?:working|office|business|work)\\s+)?hours))`,
    'i',
  ),
  new RegExp(
    `\\b(?:send|share|give|shoot|i'?ll\\s+send|let\\s+me\\s+send)\\s+(?:you\\s+|me\\s+)?(?:a|an|the|my)\\s+(?:zoom|skype|google\\s+meet|meet|teams|whatsapp|calendly|calendar)\\s+(?:link|invite|invitation|call|meeting)\\b(?!\\s+(?:here|(?:through|via|on|in|from|with|using)\\s+(?:the\\s+|this\\s+)?(?:platform|site|app|scheduler|upwork|fiverr|here)))`,
    'i',
  ),
  // "I sent you a friend request on Facebook".
  /\b(?:sent|send|sending|accept|added|add)\s+(?:you\s+)?(?:a\s+|my\s+)?(?:friend|follow|connection|contact)\s+request\s+(?:on|via|in|over)\s+(?:facebook|fb|instagram|insta|ig|linkedin|snapchat|snap|discord|skype|telegram|whats\s?app|tiktok|vk)\b/i,
  // "let's take this conversation elsewhere", "can we talk somewhere else?"
  /\b(?:let'?s|lets|can\s+we|could\s+we|shall\s+we|we\s+(?:can|could|should)|i'?d\s+(?:like|prefer|rather)(?:\s+to)?|prefer\s+to|want\s+to|(?:i'?ll\s+|i\s+)?need\s+to|how\s+about)\s+(?:\w+\s+){0,3}?(?:move|continue|carry\s+on|take|talk(?:ing)?|chat(?:ting)?|speak(?:ing)?|discuss|connect|communicate|hop|jump)\b[^.?!\n]{0,30}?\b(?:elsewhere|somewhere\s+(?:else|more\s+private|private|easier|better|quicker|faster))\b|\b(?:is\s+there|do\s+(?:you|u)\s+have)\s+(?:a\s+|another\s+)?(?:somewhere|anywhere|someplace|place)\s+(?:else\s+)?(?:easier|better|quicker|faster|simpler|more\s+private)?\s*(?:to|(?:where\s+)?(?:we|i)\s+(?:can|could))\s+(?:chat|talk|message|text|continue|discuss|connect)\b|\bsomewhere\s+(?:else\s+)?(?:outside|other\s+than|besides|off)\s+(?:of\s+)?(?:this|the)\s+(?:chat|app|site|platform|thread|inbox)\b|\bwhich\s+(?:other\s+)?(?:apps?|messengers?|messaging\s+apps?)\s+do\s+(?:you|u)\s+use\b(?!\s+(?:for|to)\s+(?!chat|talk|messag|call))/i,
  // "…if we skip Upwork for the next milestone", "can we do the next project directly?"
  /\b(?:skip|bypass|go\s+around|cut\s+out)\s+(?:the\s+)?(?:upwork|fiverr|freelancer|platform)\b(?!'s|\s+(?:fees?|commission|cut|percentage)\b)|\b(?:can|could|shall)\s+we\s+(?:do|run|handle)\s+(?:the\s+)?(?:next|future|other)\s+(?:project|job|milestone|contract|one)s?\s+(?:directly|privately|off[\s-]platform)\b/i,
  /\binstead\s+of\s+(?:chatting|talking|messaging|writing|texting)\s+(?:here|on\s+(?:here|this\s+(?:site|platform|app)|the\s+platform))\b|\b(?:message|chat|talk|discuss|writ|text|communicat|continu|repl)\w*\b[^.?!\n]{0,40}?\bthere\s+(?:instead\s+of|rather\s+than)\s+(?:here|on\s+here|this\s+(?:chat|thread|site|platform))\b/i,
  // "send me the brief by mail rather than here", "par mail plutôt qu'ici".
  /\b(?:by|via|over|on|par|per|por|pelo)\s+(?:e-?mail|mail|courriel|correo|whats\s?app|telegram|phone|t[eé]l[eé]phone|sms)\s+(?:rather\s+than|instead\s+of|plut[oô]t\s+qu['’]|au\s+lieu\s+d['’]|statt|en\s+lugar\s+de|em\s+vez\s+de)\s*(?:here|ici|hier|aqu[ií]|aqui|on\s+(?:here|the\s+platform))\b/i,
  new RegExp(
    `\\b(?:outside|off)[\\s-]+(?:of\\s+)?(?:the\\s+|this\\s+)?(?:platform|upwork|fiverr|freelancer|site|app|website|here)\\b(?!-?\\s*(?:marketing|sales|channels?|advertising|ads|campaigns?|events?|presence|traffic|revenue|stores?|retail))`,
    'i',
  ),
  // Not "call me old-fashioned" nor "call me Sam" (see isNameGiven).
  new RegExp(
    `\\b(?:text|call|ring|whats\\s?app|email|e-mail|telegram|dm)\\s+me\\b(?!\\s+(?:old[\\s-]?fashioned|crazy|paranoid|picky|na[iï]ve|skeptical|sceptical|cautious|biased|lazy|stubborn|whatever|by\\s+(?:my|name|first)|a\\s+(?:perfectionist|nerd|stickler|purist|geek|dinosaur|fan|fool)\\b)|\\s+(?:back|${HERE_OR_LATER}))` +
      // An app leaves the platform whenever it is used: "whats app me when u see this".
      `|\\b(?:whats\\s?app|telegram|skype|viber|kakao(?:talk)?|zalo)\\s+me\\b(?!\\s+(?:back\\s+)?(?:here|on\\s+(?:here|this|the\\s+platform)))`,
    'i',
  ),
  // The same asks said with a verb of sending: "shoot me an email", "drop me a text", "give me a
  // ring". An app that emails its owner ("send me an email alert when…") asks nothing.
  new RegExp(
    `\\b(?:send|shoot|drop|fire|flick|ping|give)\\s+me\\s+(?:an?\\s+)?(?:e-?mail|text|sms|ring|call|buzz)\\b(?!\\s+(?:${HERE_OR_LATER}|(?:invites?|invitations?|requests?)\\b(?![^.?!\\n]{0,30}\\b(?:zoom|meet|teams|skype|whats\\s?app|telegram|calendly))|notifications?|alerts?|confirmations?|receipts?|reminders?|digests?|reports?|summar(?:y|ies)|updates?|newsletters?|templates?))`,
    'i',
  ),
  // A message that is only the question ("email?", "ur number?"), or that goes on to say what
  // the answer is for ("number? I'll text you tonight").
  /^\s*(?:(?:your|ur|ya)\s+)?(?:e-?mail|number|phone(?:\s+number)?|cell|contact|digits)\s*\?+(?:\s*$|(?=[^.!?\n]{0,40}\b(?:text|call|ring|message|whats\s?app|e-?mail|mail)\s+(?:you|u)\b))/i,
  // A nickname right after a messaging verb: "dm ig aja", "add fb", "pm sa fb".
  /\b(?:dm|pm|add|chat|inbox|ib)\s+(?:me\s+|mo\s+(?:ako|ko)\s+|naman\s+)?(?:on\s+|sa\s+|su\s+|qua\s+|di\s+)?(?:ig|fb|tg|insta|face|skype|zalo)\b/i,
  // "can we do email?", "add our hiring lead on WhatsApp", "seguimos allá", "me add lá", "chat aja
  // kesitu", "connect on LinkedIn and continue there": the talk moved to an app named just before;
  // "forward your resume to jo@…": the talk moved to the address that follows.
  /\b(?:can|could|shall)\s+we\s+(?:do|use|switch\s+to|try)\s+(?:e-?mail|whats\s?app|telegram|text|sms|signal|zoom|skype)\b|\badd\s+(?:our|my|the)\s+(?:\w+\s+){0,2}on\s+(?:whats\s?app|telegram|skype|signal|viber|wechat|line|discord)\b|\bseguimos\s+(?:all[aá]|ah[ií])\b|\bme\s+add\s+l[aá]\b|\bchat\s+(?:aja\s+)?(?:kesitu|ke\s+situ|disitu|kesana)\b|\bhablemos\s+por\s+fuera\b|\bplatform\s+ke\s+bahar\s+baat\b|\bconnect(?:ing)?\s+on\s+(?:linkedin|facebook|instagram|whats\s?app|telegram|skype|discord)\b[^.?!;\n]{0,30}?\b(?:continu\w*|carry(?:ing)?\s+on)\s+(?:the\s+conversation|this|it|our\s+(?:chat|talk))\s+there\b|\b(?:send|forward|e-?mail|mail|submit)\s+(?:me\s+|us\s+)?(?:your|ur)\s+(?:[\w-]+\s+){0,5}?to\s+(?=[\w.+-]+@[\w-]+\.[a-z])/i,
  // "plz share contact", "whatsapp no pls", "is there another way to contact you?"
  /\b(?:share|send|give|exchange|swap)\s+(?:me\s+)?(?:your\s+|ur\s+)?(?:contacts|contact(?:\s+(?:details|info|information|number|no\.?))?)(?=\s*(?:[.!?,]|$|pls|plz|please|with\s+me))|\b(?:whats\s?app|wa|telegram|viber|phone|cell|mobile|contact)\s+(?:no\.?|num(?:ber)?|#)\s*(?:pls|plz|please|pliz)\b|\b(?:another|other|different|direct|faster|quicker|easier|better|simpler|best)\s+(?:way|means|channel|place)\s+(?:to\s+|of\s+|i\s+can\s+|we\s+can\s+)?(?:reach|contact|message|call|get\s+(?:in\s+touch\s+with|hold\s+of))\s+(?:you|u)\b(?!\s+(?:here|on\s+here|on\s+the\s+platform|through\s+the\s+platform|in\s+the\s+app))|\bhow\s+(?:can|could|do|should)\s+i\s+(?:reach|contact|call|get\s+(?:in\s+touch\s+with|hold\s+of))\s+(?:you|u)\b(?!\s+(?:here|on\s+here|through|via|in\s+the))|\b(?:is|would)\s+(?:e-?mail|a\s+(?:phone\s+)?call|phone|sms|text(?:ing)?)\s+(?:be\s+)?(?:ok|okay|fine|better|easier)\s+(?:for|with)\s+(?:you|u)\b|\b(?:another|other|different|better)\s+(?:app|platform|channel|place)\s+(?:where\s+)?(?:we\s+can|we\s+could|to|i\s+can)\s+(?:talk|chat|discuss|continue|communicate|message|speak)\b/i,
  // "what's a good email for you?", "would you be open to continuing this conversation by phone?"
  /\b(?:what'?s|what\s+is)\s+a\s+(?:good|the\s+best)\s+(?:e-?mail(?:\s+address)?|number|phone\s+number)\s+(?:for|to\s+reach)\s+(?:you|u)\b|\b(?:what'?s|what\s+is)\s+(?:a|the|your)\s+(?:good|best|easiest|quickest|preferred)\s+(?:whats\s?app|telegram|viber|signal|skype|wechat)(?:\s+(?:number|no\.?|id|handle|username))?\b(?!\s+(?:api|bot|integration|templates?|flows?|groups?|channels?))|\b(?:continu(?:e|ing)|mov(?:e|ing)|tak(?:e|ing))\s+(?:(?:this|the|our)\s+(?:conversation|chat|discussion|talk)|this|it|things)\s+(?:by|on|to|over|via)\s+(?:phone|whats\s?app|telegram|e-?mail|skype|zoom|signal|viber|sms|text)\b(?!\s+(?:campaigns?|templates?|marketing|lists?|automations?|flows?|sequences?|newsletters?|bots?|api))|\b(?:can\s+(?:you|u)|could\s+(?:you|u)|would\s+(?:you|u)|if\s+(?:you|u)\s+(?:can|could)|please|pls|plz|just|kindly)\s+(?:just\s+)?(?:send|forward|email|mail)\s+(?:\w+\s+){0,3}?(?:straight\s+|directly\s+)?to\s+my\s+(?:personal\s+|private\s+|own\s+)?(?:e-?mail|gmail|inbox|whats\s?app|telegram|number|phone|cell)\b/i,
  // The other side's postal address asked for: "what's the best postal address to send you the
  // swatches?", "pls share ur complete address", "give me your exact location", "which street
  // address should the kit go to?", "what's the address on your end?"
  new RegExp(
    String.raw`\b(?:what'?s|what\s+is|which\s+is)\s+(?:the\s+|your\s+)?(?:best\s+)?(?:postal|mailing|shipping|delivery|home|street)\s+address\b|\b(?:share|send|give|tell|drop|text|dm|pm|forward)\s+(?:me\s+|us\s+)?(?:your|ur|yr)\s+(?:(?:full|complete|exact|home|postal|mailing|shipping|delivery|street|physical|correct|current|house)\s+){0,3}address\b${ADDRESS_AS_WORK}|\b(?:share|send|give|tell|drop)\s+(?:me\s+|us\s+)?(?:your|ur|yr)\s+(?:exact|precise|full|complete)\s+location\b(?!\s+of\b)|\b(?:which|what)\s+(?:(?:street|postal|mailing|shipping|delivery|physical|home)\s+)?address\s+(?:should|do|can|shall|would)\s+(?:i|we|you|they|it|(?:the|our|your|my)\s+\w+(?:\s+\w+)?)\s+(?:\w+\s+)?(?:go|be\s+(?:sent|shipped|mailed|delivered)|ship|send|mail|post|courier|deliver)\b|\bwhat'?s\s+the\s+address\s+(?:on|at)\s+your\s+(?:end|side|place)\b` +
      // \"what's the best address to courier the forms to?\", \"where should I ship the samples?\"
      String.raw`|\b(?:what'?s|what\s+is)\s+(?:the|a)\s+(?:best|right|correct|good)\s+address\s+(?:to|for)\s+(?:send|ship|mail|post|courier|deliver)\w*\b|\bwhere\s+(?:should|shall|do|can)\s+(?:i|we)\s+(?:courier|ship)\b(?!\s+(?:\w+\s+){0,2}?(?:files?|code|releases?|builds?|updates?|features?|versions?|fix(?:es)?|deliverables?|assets|apps?))`,
    'i',
  ),
  // Asks said as a preference, a condition or a job post's process: "I work best over voice notes
  // on WhatsApp", "send your portfolio to our HR inbox", "shortlisted candidates will be contacted
  // on WhatsApp", "mind emailing me…?", "apply there rather than sending a proposal here", "meet at
  // your home office".
  /\bi\s+(?:work|communicate|reply)\s+(?:best|faster)\s+(?:over|on|via|through|by)\b[^.?!\n]{0,30}?\b(?:whats\s?app|telegram|signal|viber|e-?mail|phone|sms|text)\b|\bsend\s+(?:your|ur)\s+(?:[\w-]+\s+){0,6}?to\s+(?:our|my)\s+(?:hr\s+|hiring\s+|recruiting\s+|personal\s+|work\s+)?(?:inbox|e-?mail(?:\s+address)?|mailbox)\b|\b(?:contacted|reached|messaged)\s+(?:on|via|through|by|over)\s+(?:whats\s?app|telegram|viber|signal|e-?mail|phone|sms)\b(?![^.?!\n]{0,40}\b(?:platform|here)\b)|\bmind\s+(?:e-?mailing|texting|calling|messaging|whats\s?apping)\s+me\b|\bapply\s+there\s+(?:rather\s+than|instead\s+of)\b|\bmeet\s+(?:at|in)\s+your\s+(?:home\s+office|home|house|office|studio|place|shop|workshop|flat|apartment)\b(?!\s+hours)/i,
  // The same in German, French, Italian and Indonesian: "Gibt es einen besseren Weg, Sie zu
  // erreichen?", "m'envoyer les maquettes directement par mail", "vederci nel tuo studio … dimmi
  // dove si trova", "inviate il curriculum alla nostra casella", "akan dihubungi via WhatsApp".
  /\b(?:besseren|anderen|schnelleren|einfacheren)\s+weg,?\s+(?:sie|dich)\s+zu\s+erreichen\b|\bm['’]envoyer\s+(?:\S+\s+){0,3}?(?:directement\s+)?par\s+(?:e-?mail|mail|courriel|whats\s?app|telegram)\b|\b(?:vederci|incontrarci)\s+(?:nel|nella|al|alla|da)\s+(?:tuo|tua)\s+(?:studio|ufficio|casa|negozio|laboratorio)\b|\binviate\s+(?:il\s+|i\s+)?(?:curriculum|cv|portfolio)\s+(?:\S+\s+){0,3}?(?:alla|al|a)\s+(?:nostra|nostro|mia|mio)\s+(?:casella|mail|e-?mail|indirizzo)\b|\bdihubungi\s+(?:via|lewat|melalui)\s+(?:wa|whatsapp|telegram|email)\b/i,
  // Finnish, Lithuanian, Estonian, Norwegian, Albanian, Czech and Slovak (folded): "Voisitko antaa
  // puhelinnumerosi?", "Gal galite duoti savo telefono numerį?", "Saada oma number", "Hva heter du
  // der?", "Më dërgoni adresën", "pište mi rovnou na ten mail", "Pošlite mi, prosím, váš e-mail".
  /\b(?:voisitko|voitko|voisitteko|annatko)\s+(?:antaa\s+|laittaa\s+|lahettaa\s+)?(?:puhelinnumerosi|numerosi|sahkopostisi|osoitteesi)\b|\b(?:duokite|duok|gal\s+galite\s+duoti)\s+(?:savo\s+)?(?:telefono\s+numer\w*|numer\w*|el\.?\s*pa[sš]t\w*|adres\w*)|\bsaada\s+(?:mulle\s+)?oma\s+(?:number|telefoninumber|meil\w*|e-?posti\w*|aadress\w*)\b|\bhva\s+heter\s+du\s+der\b|\bm[eë]\s+d[eë]rgo(?:ni|j)?\s+(?:adres[eë]n|numrin|email\w*)\b|\bpi[sš]te\s+(?:mi\s+)?(?:klidne\s+)?(?:rovnou\s+)?na\s+(?:ten\s+)?(?:mail|e-?mail|whats\s?app|telegram)\b|\bpo[sš]li(?:te)?\s+mi,?\s+(?:pros[ií]m,?\s+)?(?:v[aá][sš]\s+|svoj\s+)?(?:\S+\s+)?(?:e-?mail|cislo|telefon)\b/i,
  // Spanish.
  /\b(?:p[aá]same|pasame|dame|env[ií]ame|m[aá]ndame|comp[aá]rteme|comparte|cu[aá]l\s+es|me\s+das|me\s+pasas|regr[aá]lame)\s+(?:tu|su)\s+(?:n[uú]mero|whats\s?app|wasap|guasap|wsp|correo|email|e-mail|mail|tel[eé]fono|celular|cel|celu|contacto|telegram|instagram|insta|skype|direcci[oó]n)\b/i,
  /\b(?:escr[ií]b(?:e|a|an)(?:me|nos)|h[aá]bl(?:a|e|en)me|ll[aá]m(?:a|e|en)me|cont[aá]ct(?:a|e|en)me|agr[eé]g(?:a|ue|uen)me|a[nñ][aá]d(?:e|a|an)me|m[aá]nd(?:a|e|en)me\s+un\s+mensaje)\s+(?:al|por|a\s+mi|en|v[ií]a)\s+(?:whats\s?app|wsp|wasap|guasap|correo|tel[eé]fono|telegram|instagram|insta|face|celular|n[uú]mero)\b|\b(?:interesad[oa]s|favor\s+de|pueden|pod[eé]is)\s+(?:escribir|contactar|llamar|comunicarse|enviar\s+mensaje)\s+(?:al|por|a|en|v[ií]a)\s+(?:whats\s?app|wsp|wasap|correo|tel[eé]fono|telegram|instagram|insta|dm)\b|\ba\s+qu[eé]\s+direcci[oó]n\s+(?:te\s+|se\s+|le\s+)?(?:lo\s+|la\s+|los\s+|las\s+)?(?:env[ií]o|mando|enviamos|mandamos|hago\s+llegar)\b|\bc[oó]mo\s+te\s+(?:agrego|encuentro|contacto)\b|\bpor\s+otro\s+(?:medio|canal)\b|\bcon\s+qu[eé]\s+(?:correo|e-?mail|mail)\b|\bqu[eé]\s+(?:correo|e-?mail|mail)\s+(?:uso|pongo|agrego|a[nñ]ado|invito|utilizo)\b/i,
  /\b(?:hablemos|sigamos|seguimos|continuemos|platiquemos|conversemos|podemos\s+hablar|podemos\s+seguir)\s+(?:hablando\s+|conversando\s+|charlando\s+)?(?:por|en|v[ií]a)\s+(?:el\s+)?(?:whats(?:\s?app)?|wsp|telegram|zoom|skype|tel[eé]fono|correo|meet|instagram)/i,
  /\bfuera\s+de\s+(?:la\s+)?plataforma\b/i,
  // Portuguese.
  /\b(?:me\s+passa|passa|manda|me\s+manda|qual(?:\s+[eé])?|me\s+envia|envia|me\s+d[aá]|me\s+passar|me\s+mandar|me\s+enviar|me\s+dar)\s+(?:o\s+|a\s+)?(?:seu|sua|teu|tua)\s+(?:n[uú]mero|whats\s?app|zap|email|e-mail|telefone|contato|celular|telegram|insta(?:gram)?|linkedin|endere[cç]o|morada)|\b(?:sua|tua)\s+morada\s*,?\s*qual\s+[eé]\b/i,
  /\b(?:me\s+chama|chama|fala\s+comigo|me\s+liga|liga|me\s+adiciona|me\s+add|me\s+manda\s+(?:uma\s+)?mensagem)\s+(?:no|pelo|via|na)\s+(?:zap|verdinho|whats\s?app|telegram|insta|skype|e-?mail|telefone|celular)|\b(?:me\s+)?(?:manda|chama|envia)\s+(?:um\s+|no\s+)?(?:direct|dm|inbox|pv)\b/i,
  /\bqual\s+(?:o\s+)?(?:seu\s+)?e-?mail\s+(?:eu\s+)?(?:adiciono|coloco|uso|convido|cadastro)\b|\bme\s+passa\s+o\s+seu\b|\bme\s+passar\s+(?:o\s+)?seu\s+(?:user|usu[aá]rio|@)|\bpor\s+outro\s+canal\b/i,
  /\b(?:vamos|podemos|bora)\s+(?:conversar|falar|continuar|seguir|fazer\s+(?:uma\s+)?(?:call|chamada|reuni[aã]o))\s+(?:pelo|no|via|na|por)\s+(?:whats\s?app|zap|verdinho|telegram|skype|zoom|meet|e-?mail|telefone)/i,
  /\bfora\s+da\s+plataforma\b/i,
  // French.
  /\b(?:donne|donnez|donner|envoie|envoyez|envoyer|quel\s+est|c'est\s+quoi|passe|passez|passer|file|filer)[\s-]+(?:moi\s+)?(?:(?:ton|votre|vos|tes)\s+|l['’]\s*)(?:num[eé]ro|whats\s?app|mail|e-mail|email|t[eé]l[eé]phone|portable|contact|coordonn[eé]es|telegram|skype|adresse)/i,
  /\b(?:[ée]cris[\s-]moi|[ée]crivez[\s-]moi|appelle[\s-]moi|appelez[\s-]moi|contacte[\s-]moi|contactez[\s-]moi|ajoute[\s-]moi|ajoutez[\s-]moi)\s+(?:sur|par|au|[aà]|via)\s+(?:whats\s?app|telegram|mail|e-mail|t[eé]l[eé]phone|skype|instagram|le\s+\d)/i,
  /\bc\s*(?:'est)?\s*(?:koi|quoi)\s+(?:ton|votre)\s+(?:mail|num(?:[eé]ro)?|tel|t[eé]l[eé]phone|insta|whats\s?app|telegram)\b|\b(?:file|donne|envoie|passe)[\s-]+(?:moi\s+)?(?:ton|votre)\s+(?:0[67]|portable|tel|insta)\b/i,
  /\b(?:vous\s+auriez|tu\s+aurais|avez-vous|as-tu|vous\s+avez|tu\s+as)\s+(?:un|une)\s+(?:num[eé]ro|mail|e-?mail|adresse\s+(?:e-?)?mail|whats\s?app|t[eé]l[eé]phone)\b(?!\s+(?:de\s+(?:commande|suivi|facture|ticket|s[eé]rie|dossier|projet|version|lot|compte|client|tva|siret)|pro(?:fessionnel)?\s+pour\s+(?:le|la|les)\s+(?:site|factur)))/i,
  /\b(?:parlons|continuons|discutons|passons|basculons|on\s+(?:peut|pourrait)\s+(?:parler|continuer|discuter|passer|basculer))\s+(?:sur|par|via|en\s+priv[eé]\s+sur)\s+(?:whats\s?app|telegram|skype|zoom|t[eé]l[eé]phone|mail|meet)/i,
  /\b(?:en\s+dehors\s+de|hors)\s+(?:de\s+)?(?:la\s+)?plateforme\b|\b(?:il\s+me\s+(?:faut|faudrait)|j['’]ai\s+besoin\s+de|merci\s+de\s+m['’]indiquer|indiquez[\s-]moi|communiquez[\s-]moi|pourriez[\s-]vous\s+m['’]indiquer)\s+(?:\S+\s+){0,2}?(?:votre|ton|ta)\s+adresse\b(?!\s+(?:ip|de\s+facturation)\b)/i,
  // German.
  /\ban\s+welche\s+(?:post)?adresse\s+(?:soll|kann|darf|sollen|k[öo]nnen)\s+(?:ich|wir)\b|\b(?:gib|gibst\s+du|geben\s+sie|schick|schicken\s+sie|sende|senden\s+sie|was\s+ist|(?:k[öo]nnen|k[öo]nnten|koennen|koennten)\s+sie\s+mir|kannst\s+du\s+mir)\s+(?:(?:mir|mal|doch|kurz|bitte|einfach)\s+){0,3}(?:deine|ihre|dein|ihr)\s+(?:(?:vollst[aä]ndige|genaue|komplette|aktuelle)\s+)?(?:nummer|handynummer|telefonnummer|e-?mail|mail|whats\s?app|kontakt|kontaktdaten|telegram|skype|(?:post|liefer)?adresse|(?:post)?anschrift)/i,
  /\b(?:schreib|schreiben\s+sie|ruf|rufen\s+sie|kontaktier|kontaktieren\s+sie|melde\s+dich)\s+(?:mir|mich|bei\s+mir)?\s*(?:doch\s+|mal\s+|einfach\s+|lieber\s+)?(?:auf|per|über|uber|bei|unter)\s+(?:whats\s?app|telegram|e-?mail|mail|skype|signal|handy|telefon|insta(?:gram)?|discord)|\bwie\s+hei(?:ß|ss)t\s+du\s+auf\b|\b(?:ihre|deine)\s+(?:handy|telefon)nummer\s+br[äa]ucht/i,
  /\b(?:lass\s+uns|können\s+wir|konnen\s+wir|koennen\s+wir)\s+(?:\w+\s+){0,3}(?:auf|über|uber|per|bei|via)\s+(?:whats\s?app|telegram|skype|zoom|signal|e-?mail|mail|telefon)|\bwie\s+(?:finde|erreiche)\s+ich\s+(?:dich|sie)\b/i,
  /\bau(?:ß|ss)erhalb\s+der\s+plattform\b/i,
  // Russian and Ukrainian.
  /(?:^|[^\p{L}])(?:дай|дайте|дать|дадите|дати|дасте|скинь|скиньте|скинуть|скинути|оставь|оставьте|какой|напиши|напишите|пришли|пришлите|прислать|надішліть|надішли|надіслати|залиш|залиште|залишити|який|яка|кинь)(?:\s*,?\s*(?:пожалуйста|будь\s+ласка)\s*,?)?\s+(?:мне\s+|мені\s+)?(?:свой\s+|свою\s+|ваш\s+|ваш[уі]\s+|твій\s+|твою\s+|свій\s+)?(?:(?:домашн|почтов|точн|полн|повн)\p{L}*\s+)?(?:номер|телефон|почту|пошту|email|имейл|мейл|телеграм|телегу|ватсап|вотсап|whatsapp|telegram|вайбер|скайп|контакт|контакты|контакти|ник|никнейм|юзернейм|username|айди|мыло|инст\p{L}*|нік|адрес)/iu,
  // "а мыло есть?", "є телеграм?", "У вас є сигнал?", "Вы в вайбере есть?", "можно ваш личный контакт?"
  /(?:^|[^\p{L}])(?:(?:а\s+)?(?:мыло|пошта|почта|телеграм|тг|вайбер|сигнал|ватсап|вотсап|инста|скайп)\s+(?:есть|є)\??|(?:есть|є)\s+(?:у\s+(?:вас|тебя)\s+)?(?:телеграм|тг|вайбер|сигнал|ватсап|вотсап|инста|скайп)|(?:в|на)\s+(?:вайбере|телеграме|ватсапе)\s+(?:есть|є)|(?:ваш|твой|твій)\s+(?:личный|особистий)\s+(?:контакт|номер)|оставьте\s+контакт|залиште\s+контакт)/iu,
  /(?:^|[^\p{L}])(?:напиши|напишите|пиши|пишите|звони|позвони|позвоните|свяжись|свяжитесь|пишіть|напишіть|зателефонуй|зателефонуйте|добавь|додай)\s+(?:мне\s+|мені\s+)?(?:в|на|по|у)\s+(?:телеграм|телегу|тг|ватсап|вотсап|whatsapp|telegram|вайбер|скайп|почту|пошту|телефону|номер)/iu,
  /(?:^|[^\p{L}])(?:вне|поза)\s+(?:платформы|платформою|платформи|сайта|сайту)/iu,
  // "Созвонимся в зуме": the call taken to an app.
  /(?:^|[^\p{L}])(?:созвон\p{L}*|зідзвон\p{L}*|созвониться)\s+(?:в|по|у)\s+(?:зум\p{L}*|zoom|скайп\p{L}*|skype|телеграм\p{L}*|ватсап\p{L}*|вотсап\p{L}*|вайбер\p{L}*|whats\s?app|telegram|meet|гугл\s+мит\p{L}*)/iu,
  // "@sasha_motion, пиши туда": write there, where the ID just given leads.
  /(?:^|[^\p{L}])(?:пиши|пишите|напиши|напишите|пишіть|напишіть)\s+(?:мне\s+|мені\s+)?(?:туда|туди)(?![\p{L}])/iu,
  /(?:^|[^\p{L}])(?:давай|давайте|можем|можемо|перейдем|перейдём|перейдемо|го|пошли|переходим)\s+(?:\p{L}+\s+){0,2}(?:в|на|у)\s+(?:телеграм|телегу|тг|ватсап|вотсап|whatsapp|telegram|вайбер|скайп|зум|zoom)/iu,
  // Hindi / Urdu in Latin script.
  /\b(?:apna|apni|aapka|aapki|apka|apki|tumhara|tumhari|tera|teri)\s+(?:(?:pura|poora|full|complete|sahi|ghar\s+ka)\s+)?(?:whats\s?app|wa|phone|mobile|number|no|num|email|mail|contact|id|insta|telegram|address|pata)\s+(?:\w+\s+)?(?:do|dena|de\s+do|dedo|bhejo|bhej\s+(?:do|dein|dena|dijiye|de)|bhejein|de\s+(?:dein|dijiye)|send\s+karo|share\s+karo|share\s+kijiye|share\s+kariye|bhej\s+dijiye|dijiye|bhejiye|chahiye|batao|bataiye|dijie|(?:share|send)\s+kar\s+(?:do|dein|dijiye|dena|dena\s+na))\b/i,
  /\b(?:whats\s?app|wa|telegram|call|phone|email|insta|wahan|waha|wahin|udhar|uspe|us\s+pe)\s+(?:(?:pe|par|pr)\s+)?(?:baat|message|msg|dm|contact|call|ping)\s*(?:karte|karo|karein|kare|kijiye|kariye|karna|kar\s+lo|kar\s+lijiye|kar\s+lein)\b/i,
  /\b(?:whats\s?app|watsapp|whatsap|whtsp|watsp|wa|number|no\.|email|mail|insta|telegram|contact)\s+(?:no\.?\s+|number\s+)?(?:bhejo|share\s+kar\s+do|bhej\s+do|de\s+do|dedo|send\s+karo|share\s+karo|batao)\b|\b(?:mere|meri|hamare|humare)\s+(?:email|mail|whats\s?app|wa|insta|telegram|number)\s+(?:id\s+)?(?:pe|par|pr)\s+(?:bhejo|bhej\s+(?:do|dein|dijiye)|bhejiye|bhejein|send\s+karo|msg\s+karo|message\s+karo|dm\s+karo)\b/i,
  /\b(?:scrivimi|scrivetemi|passiamo|sentiamoci|aggiungimi)\s+(?:su|in|a)\s+(?:insta\w*|direct|telegram|whats\s?app|face|facebook|messenger)\b|\bfuori\s+dalla\s+piattaforma\b|\b(?:sentirci|sentiamoci|parlarne|parliamo|continuiamo|scriviamoci|spostiamoci)\s+altrove\b/i,
  // Italian: "dammi la tua mail", "mi lasci un recapito?"; Polish: "daj maila", "jaki masz numer";
  // Tagalog: "may telegram ka?"; Vietnamese (folded): "sdt cua ban la gi", "cho minh xin lien he".
  /\b(?:dammi|mandami|passami|lasciami|mi\s+lasci|mi\s+dai)\s+(?:la\s+tua\s+|il\s+tuo\s+|un\s+)?(?:mail|e-?mail|numero|cell(?:ulare)?|recapito|contatto|whats\s?app|telegram|insta|indirizzo)\b|\ba\s+(?:quale|che)\s+indirizzo\s+(?:\S+\s+){0,2}?(?:ricever\w*|sped\w*|mand\w*|invi\w*)|\b(?:conoscerci|vederci|incontrarci|incontrarla|incontrarti)\s+di\s+persona\b|\b(?:daj|podaj|wy[sś]lij)\s+(?:mi\s+)?(?:maila|numer|nr|kontakt|insta)\b|\bjaki\s+(?:masz|ma\s+pan|ma\s+pani)\s+(?:numer|mail|e-?mail)\b|\bmay\s+(?:whats\s?app|telegram|viber|fb|messenger|ig|insta|email|number|skype)\s+ka\b|\b(?:sdt|so\s+dt|email|mail|zalo|fb)\s+cua\s+(?:ban|anh|chi|em|c|a)\s+(?:la\s+gi|la\s+bao\s+nhieu|bao\s+nhieu)\b|\bxin\s+(?:thong\s+tin\s+)?lien\s+he\b/i,
  // Tagalog.
  /\b(?:pahingi|penge|pabigay|bigay|ibigay|pa-?send|send\s+mo|ano)\s+(?:ng\s+|ang\s+|mo\s+|naman\s+)*(?:number|num|no\.?|cp|cellphone|email|fb|messenger|whats\s?app|viber|telegram|contact)\b/i,
  /\b(?:chat|usap|mag-?usap|message|text|tawag|call|pm)\s+(?:tayo|mo\s+(?:na\s+lang\s+|nalang\s+)?ako|na\s+lang|nalang|ka|mo\s+na\s+lang)\s+(?:sa|thru|through|via)\s+(?:viber|whats\s?app|messenger|fb|telegram|email|gcash)\b/i,
  // Indonesian / Malay.
  /\b(?:minta|boleh\s+minta|boleh\s+(?:saya\s+)?dapatkan|kirim|kasih|share|bagi)\s+(?:nomor|nomer|nombor|no\.?|email|emel|wa|whatsapp|kontak|telegram|ig|hp|alamat(?:\s+(?:lengkap|rumah))?)(?!\s+(?:kamar|invoice|order|pesanan|resi|seri|halaman|urut|rekening|web\w*|situs|url|ip))\s*(?:nya|kamu|anda|mu|lo|lu)?\b/i,
  /\b(?:hubungi|chat|kontak|japri|wa|telpon|telepon|dm)\s+(?:saya|aku|ak|gw|gue)\s+(?:di|lewat|via|ke|melalui)\s+(?:wa|whatsapp|telegram|email|nomor|ig|instagram)\b/i,
  /\b(?:lanjut|ngobrol|bicara|diskusi|lanjutkan)\s+(?:di|lewat|via|ke)\s+(?:wa|whatsapp|telegram|zoom|email|japri)\b/i,
  /\bdi\s+luar\s+platform\b/i,
  // Vietnamese (folded): "cho mình xin sđt", "xin số điện thoại".
  /\b(?:xin|cho\s+(?:minh|toi|em|e|anh|a|chi|c|ban)\s+xin)\s+(?:s[dđ]t|so\s+[dđ]ien\s+thoai|so\s+[dđ]t|so\s+zalo|zalo|email|mail|fb|facebook|lien\s+he)\b|\b[dđ]e\s+lai\s+(?:zalo|s[dđ]t|so\s+[dđ]ien\s+thoai|so\s+[dđ]t|email)\b|\b(?:nhan|inbox|ib)\s+qua\s+(?:fb|facebook|zalo|messenger)\b|\bngoai\s+nen\s+tang\b|\bchuyen\s+(?:qua|sang)\s+(?:zalo|email|mail|whats\s?app|telegram|facebook|fb|messenger|viber|skype|s[dđ]t)\b|\bgui\s+(?:cho\s+(?:minh|toi|em|anh|chi)\s+)?[dđ]ia\s+chi\s+(?:email|mail|nha)\b(?!\s+(?:cua\s+)?(?:khach|nhan\s+vien|cong\s+ty))|\b(?:zalo|s[dđ]t)\s+(?:so\s+)?nao\b|\bban\s+gui\s+(?:email|mail|s[dđ]t|so\s+[dđ]ien\s+thoai|so\s+[dđ]t|zalo)\b(?!\s+(?:cua\s+)?(?:khach|nhan\s+vien|cong\s+ty))/i,
  // Turkish: "WhatsApp numaranızı alabilir miyim?", "Instagram hesabınızı paylaşır mısınız?".
  /\b(?:numaran[ıi]z[ıi]|numaran[ıi]|telefonunuzu|telefonunu|e-?postan[ıi]z[ıi]|mail\s+adresinizi|mail\s+adresini|adresinizi|whats\s?app[ıi]n[ıi]z[ıi]?|instagram[ıi]n[ıi]z[ıi]?|kullan[ıi]c[ıi]\s+ad[ıi]n[ıi]z[ıi]|telegram[ıi]n[ıi]z[ıi]?|hesab[ıi]n[ıi]z[ıi]|hesab[ıi]n[ıi])\s+(?:\S+\s+)?(?:alabilir|verir|verebilir|payla[sş]|g[oö]nder|yazar|yaz[ıi]n|ver|atar|atabilir|b[ıi]rak|at(?![a-zçğıöşü]))/i,
  /\b(?:whats\s?app|wp|telegram|instagram|insta|zoom|e-?posta|mail)(?:\s?['’]?(?:tan|ten|dan|den|a|e|ya|ye)|\s+[üu]zerinden)?\s+(?:ge[cç]elim|konu[sş]al[ıi]m|yazal[ıi]m|devam\s+edelim|yapaca[gğ][ıi]z|yapal[ıi]m|yaz(?:\s+bana|[ıi]n)?|yazabilir\s+misin(?:iz)?|(?:dm|mesaj)\s+at[a-zçğıöşü]*)(?![a-zçğıöşü])|(?:whats\s?app|telegram)\s+[üu]zerinden\s+ileti[şs]ime\s+ge[çc]il\w*|\bba[şs]ka\s+bir\s+yer\w*\s+konu[şs]\w*|\bburadan\s+de[gğ]il\s*,?\s+(?:\S+\s+){0,2}?(?:whats\s?app|telegram|instagram|insta|e-?posta|mail|dm)|\bnas[ıi]l\s+ula[şs]abilirim\b|\bd[ıi][şs]ar[ıi]da\s+konu[şs]al[ıi]m\b/i,
  // Polish: "Podasz mi swój numer?".
  /\b(?:podaj|podasz|podacie|podaliby|daj|dasz|wy[sś]lij|prze[sś]lij|pode[sś]lij|pode[sś]lesz|prze[sś]lesz|wy[sś]lesz|napisz)\s+(?:mi\s+)?(?:prosz[eę]\s+)?(?:sw[oó]j|tw[oó]j|pana|pani|wasz)?\s*(?:numer(?!\s+(?:zam[oó]wienia|faktury|konta|rachunku|seryjny|sprawy|zlecenia|nip))|e-?maila?|maila|adres\s+e-?mail|kontakt|whats\s?app|telegram)/i,
  // "Proszę o podanie numeru telefonu w ofercie".
  /\bprosz[eę]\s+o\s+(?:podanie|przes[lł]anie|wys[lł]anie|kontakt\s+na)\s+(?:(?:swojego|pana|pani|waszego)\s+)?(?:numeru|nr|maila|e-?maila|adresu|kontaktu|telefonu)/i,
  // Turkish: "telegramın var mı?", "numaran var mı?".
  /\b(?:whats\s?app|telegram|instagram|insta|skype|discord|numara|mail|e-?posta)['’]?(?:[ıi]n|n|un|ün)\s+var\s+m[ıi](?![a-zçğıöşü])/i,
  // "Napisz do mnie na WhatsApp", "Przejdźmy na Telegram".
  /\b(?:napisz|napiszcie|pisz|piszmy|zadzwo[nń]|odezwij\s+si[eę]|przejd[zź]my|przenie[sś]my\s+si[eę])\s+(?:do\s+mnie\s+)?na\s+(?:whats\s?app|telegram|signal|viber|messenger|e-?mail|maila|priv|numer|telefon|insta)[a-z]*|\bprosz[eę]\s+poda[cć]\s+(?:sw[oó]j\s+)?(?:adres\s+e-?mail|e-?mail|numer)|\b(?:przenie\w*|porozmawia\w*|pogada\w*|rozmawia\w*)[^.?!\n]{0,30}\bgdzie\s+indziej\b|\bjak\s+mog[eę]\s+si[eę]\s+z\s+\w+\s+skontaktowa[cć]|\bpoza\s+(?:portalem|platform\w*)/i,
  // Swahili: "naomba namba yako", "nitumie namba", "tuhamie WhatsApp".
  /\b(?:naomba|nipe|nipatie|nitumie|tuma|naweza\s+kupata)\s+(?:namba|nambari|email|barua\s+pepe)\b|\btuhamie\s+(?:whats\s?app|telegram|signal)\b|\btuendelee\s+(?:huko|kwenye|kwa\s+(?:whats\s?app|telegram))\b/i,
  // Romanian (folded): "îmi poți da adresa ta de email?", "dă-mi numărul".
  /\b(?:imi\s+poti\s+da|imi\s+dai|da-mi|trimite-mi|trimiteti-mi|dati-mi|(?:imi\s+)?(?:puteti\s+)?lasa(?:ti)?)\s+(?:si\s+(?:mie|mi)\s+)?(?:un\s+)?(?:numarul|numar|nr|adresa|emailul|email|telefonul|mailul)\b|\bfara\s+platforma\b/i,
  // Czech (folded): "můžete mi poslat své telefonní číslo?", "napište mi radši na mail".
  /\b(?:poslat|poslete|posli|dejte|dat)\s+(?:mi\s+)?(?:prosim\s+)?(?:sve|svuj|vase|vas|tve|tvuj)\s+(?:telefonni\s+)?(?:cislo|e-?mail|mail|telefon)\b|\bnapiste\s+mi\s+(?:radsi\s+)?na\s+(?:mail|e-?mail|whats\s?app|telegram|telefon)\b|\b(?:hod|posli|napis|dej)\s+mi\s+(?:sem\s+)?(?:svoje|sve|svuj)\s+(?:cislo|mail|e-?mail)\b|\bpridej\s+si\s+me\s+na\b|\bmimo\s+platformu\b/i,
  // German: "Hätten Sie eine Handynummer für mich?"; Polish: "Możemy przejść na Messengera?"
  /\b(?:h[aä]tten|haben)\s+sie\s+(?:eine|ihre)\s+(?:handynummer|telefonnummer|nummer|e-?mail(?:adresse)?)\s+f[uü]r\s+mich\b|\bmo[zż]emy\s+przej[sś][cć]\s+na\s+(?:whats\s?app|telegram|signal|viber|messenger|e-?mail|maila|priv|telefon)/i,
  // Greek (folded: no accents), Hebrew, Thai (folded: vowel and tone marks dropped), Japanese,
  // Korean, Chinese: asking for the number, the e-mail or the LINE ID, or to move to an app.
  /(?:δωσεις|δωσετε|δωσε|δωστε|στειλεις|στειλετε|στειλε|στειλτε|πεις|πειτε)\s+(?:μου\s+)?(?:το\s+|τον\s+|την\s+|ενα\s+|εναν\s+|μια\s+)?(?:κινητο|τηλεφωνο|αριθμο|email|μειλ)|συνεχισουμε\s+στο\s+(?:viber|whats\s?app|telegram|signal)|(?:εχεις|εχετε)\s+(?:viber|whats\s?app|telegram|signal|skype|messenger|insta(?:gram)?)|εκτος\s+πλατφορμας/i,
  /(?:המייל|הטלפון|המספר|הנייד)\s+(?:הפרטי\s+)?שלך|נעבור\s+ל(?:וואטסאפ|ווטסאפ|טלגרם|מייל)|(?:תשלח|תשלחי|שלח|שלחי|לשלוח|תן|תני|תשאיר|תשאירי|השאר)\s+לי\s+(?:את\s+)?(?:מספר|המספר|הטלפון|המייל|מייל)/,
  /(?:ขอ|สง|แอด)(?:เบอร|ไลน|ไอด|เมล|อเมล)|ยายไป(?:คย|\S{0,20}(?:line|ไลน|whats\s?app|telegram|messenger))/i,
  /(?:メールアドレス|メアド|電話番号|番号|連絡先|LINE\s?ID|ラインID|ご?住所)を?(?:教えて|交換|送って|いただけ)/,
  /(?:전화번호|번호|연락처|이메일|메일|주소|카톡\s?아이디|카카오톡\s?아이디)\s*(?:주소\s*)?(?:하나\s*)?(?:좀\s*)?(?:알려|주세요|주실|보내|남겨)/,
  // Korean, Chinese and Thai (folded): the talk moved to an app ("카톡으로 얘기해요", "腾讯会议聊一下",
  // "คุยทาง Zoom"); Bengali as folding leaves it (vowel signs
  // dropped): "give your Facebook ID" ("আপনার ফেসবুক আইডিটা দেন"), "let's talk on Messenger".
  /(?:카톡|카카오톡|텔레그램|라인|왓츠앱|인스타|디엠)(?:으로|로|에서)\s*(?:얘기|이야기|연락|대화)|(?:腾讯会议|騰訊會議|钉钉|飞书|微信)(?:上)?(?:聊|谈|沟通|开会)|คยทาง\s*(?:zoom|line|ไลน|whats\s?app|telegram|messenger|skype|meet)|(?:ফসবক|হযটসঅযপ|টলগরম|মসঞজর|ইম|ভইবর)\S*\s+(?:(?:আইড|নমবর|একউনট)\S*\s+দন|কথ\s+বল)|আপনর\s+(?:নমবর|ইমইল|ফন)\S*\s+দন/iu,
  /(?:留个|留下|给我|发我|加个|加一下|告诉我)\s*(?:你的)?\s*(?:手机号|电话|微信|邮箱|联系方式)|加个?(?:vx|v信|薇信|v)(?![a-z])|(?:把|你的)号(?:码)?发我|不走平台/i,
  // Dutch: "stuur me je nummer", "wat is je mailadres?", "app me even op …".
  /\b(?:stuur|geef|mail|app|sms)\s+(?:me\s+|mij\s+)?(?:even\s+)?(?:je|jouw|uw)\s+(?:(?:mobiele\s+|telefoon)?nummer|06(?:-nummer)?|e-?mail(?:adres)?|mailadres|whats\s?app|contactgegevens)\b|\bwat\s+is\s+(?:je|jouw|uw)\s+(?:(?:mobiele\s+|telefoon)?nummer|06(?:-nummer)?|e-?mail(?:adres)?|mailadres|whats\s?app|(?:post|huis|woon|bezorg|verzend)?adres)\b|\b(?:bel|app|mail|whatsapp)\s+(?:me|mij)\s+(?:even\s+)?(?:op|via|maar\s+op)\b/i,
  // Arabic.
  /(?:ارسل|أرسل|ابعث|ابعتلي|اعطني|أعطني|عطني|هات|ممكن|ارسلي|أرسلي)\s+(?:ترسل\s+|ترسلي\s+|ترسليلي\s+|تبعث\s+|تبعتي\s+|تبعتلي\s+|تعطيني\s+)?(?:لي\s+)?(?:عنوانك|رقمك|رقم\s+هاتفك|ايميلك|إيميلك|بريدك|واتساب|واتسابك|تيليجرام|حسابك|رقم\s+الواتساب)/u,
  /(?:تواصل|كلمني|راسلني|اتصل|تواصلي|كلميني)\s+(?:معي|بي|علي)?\s*(?:على|عبر|في|ع)\s+(?:الواتساب|واتساب|الواتس|واتس|التيليجرام|تيليجرام|الايميل|الإيميل|البريد|الهاتف|الرقم|الانستا|انستا|السناب|سناب|الفيس|فيس)|ضيفني\s+(?:على|ع)\s+(?:السناب|سناب|الانستا|انستا|الفيس|فيس|الواتس|واتس)|كيف\s+(?:أتواصل|اتواصل)\s+معك|(?:نكمل|نتكلم|نتفاهم|نتواصل|نحكي)[^.؟!\n]{0,30}بمكان\s+(?:ثاني|آخر|تاني)/u,
  /(?:خارج|برا|بره|برة)\s+(?:المنصة|الموقع)/u,
  /(?:يرجى|الرجاء|رجاء|برجاء)\s+(?:كتابة|ارسال|إرسال|ذكر|وضع|ترك)\s+(?:رقم|ايميل|الايميل|الإيميل|البريد|واتساب|الواتساب)/u,
  // Booking through one's own page, the platform's call set aside, an app of one's own to add:
  // "easiest is to book through my calendly", "let's skip the built-in call", "can you add my
  // WeChat?".
  /\b(?:book|schedule|pick\s+a\s+(?:time|slot))\s+(?:\w+\s+){0,2}?(?:through|via|on|in|using)\s+my\s+(?:calendly|cal\.com|booking\s+(?:page|link)|calendar\s+link)\b|\bskip\s+the\s+(?:built-?in|platform'?s?|in-?app|site'?s?)\s+(?:video\s+)?call\b|\b(?:can|could|would|will)\s+(?:you|u)\s+add\s+(?:me|my|us|our)\s+(?:on\s+)?(?:whats\s?app|wechat|telegram|skype|line|viber|signal|discord|kakao\w*|zalo|insta\w*|ig|fb|facebook|snap\w*|linkedin)\b/i,
  // An app named by its look, to slip past a filter: "are you on the green app?", "the blue paper
  // plane app".
  // Read from the colour ("on the" stands in every message), the preposition checked looking back.
  /\bgreen\s+wal[ae]\s+app\b|\b(?:green|blue|purple|bird)\s+(?:(?:paper[\s-]?plane|chat|bubble|messenger|messaging|phone)\s+)?app\b(?<=\b(?:on|via|over|to|in|use|got|have|download)\s+the\s+(?:green|blue|purple|bird)\s+(?:[\w-]+\s+){0,2}app)(?!\s+(?:icons?|logos?|buttons?|designs?|redesign|screens?|stores?|themes?))/i,
  // Meeting in person takes the talk off the platform: "want to meet at a café downtown?", "grab a
  // coffee and talk it through irl?"
  /\b(?:want\s+to|wanna|can\s+we|could\s+we|shall\s+we|let'?s|would\s+you\s+like\s+to|how\s+about|up\s+for|open\s+to|fancy|i'?d\s+(?:prefer|like|love)\s+to|i'?d\s+rather|prefer\s+to|we\s+(?:could|can|should))\s+(?:\w+\s+){0,2}?(?:meet(?:ing)?(?:\s+up)?|grab(?:bing)?\s+(?:a\s+)?(?:coffee|drink|lunch|beer)|get\s+(?:a\s+)?(?:coffee|drink|lunch)|catch\s+up)\b[^.?!\n]{0,60}?(?:\b(?:in\s+person|irl|face[\s-]to[\s-]face)\b|\b(?:at|in)\s+(?:a|the)\s+(?:caf[eé]|coffee\s+shop|starbucks|pub|bar|restaurant)\b|\bdowntown\b|\bover\s+(?:a\s+)?(?:coffee|lunch|drinks?|beers?)\b)/i,
  /\b(?:se\s+voi(?:r|e|t|ent)|se\s+rencontr\w*|nous\s+voir)\b[^.?!\n]{0,60}?(?:de\s+vive\s+voix|en\s+personne|en\s+vrai|en\s+r[eé]el|dans\s+un\s+caf[eé]|autour\s+d['’]un\s+caf[eé])|\b(?:nos\s+vemos|vernos|quedamos|nos\s+encontrar|nos\s+ver)\b[^.?!\n]{0,60}?(?:en\s+persona|en\s+un\s+caf[eé]|cara\s+a\s+cara|pessoalmente|em\s+pessoa|num\s+caf[eé])|\b(?:vederci|incontrarci|prendere\s+un\s+caff[eè])\b[^.?!\n]{0,60}?(?:di\s+persona|per\s+un\s+caff[eè]|al\s+bar)|\bpers[öo]nlich\b[^.?!\n]{0,40}?\b(?:treffen|besprechen|reden|sprechen)\b|\bauf\s+einen\s+kaffee\s+treffen\b|\bkafede\s+bulu[şs]|\by[üu]z\s+y[üu]ze\s+(?:konu[şs]|g[öo]r[üu][şs]|bulu[şs])|\bkita\s+(?:na\s+lang\s+)?tayo\s+sa\b/i,
  /(?:^|[^\p{L}])(?:зустрітися|зустрінемося|зустрінемось|встретиться|встретимся|побачитися|увидеться)\s+(?:[^.?!\n]{0,60}?)(?:особисто|лично|вживую|наживо|в\s+кав['’]?ярні|у\s+кав['’]?ярні|в\s+кафе|у\s+кафе)|(?:^|[^\p{L}])обсудим\s+(?:\p{L}+\s+)?вживую/iu,
  // Meeting at a café or in person in more languages: "kávézóban találkozhatnánk?", "nähdäänkö
  // kahvilassa?", "ne putem vedea la cafenea?", "נפגש בבית קפה?", "кофейняда кездесіп",
  // "კაფეში შევხვდებით?", "üz-üzə danışaq".
  // Written per script and without accents (the text is folded), so that the Latin one is tried
  // only where its words stand.
  /\b(?:talalkoz\w*|nahdaan\w*|tavata\w*|(?:ne\s+)?putem\s+vedea|intalni\w*|uchrash\w*)[^.?!\n]{0,60}?(?:kavez\w*|kahvila\w*|cafenea\w*|kafe\w*|szemelyesen|pe\s+viu)|\b(?:kavez\w*|kahvila\w*|cafenea\w*|szemelyesen)[^.?!\n]{0,60}?(?:talalkoz\w*|nahdaan\w*)|\buz-uz[əe]\s+(?:danis\w*|gorus\w*)/i,
  /(?:^|[^\p{L}])(?:кездес\p{L}*|учраш\p{L}*)[^.?!\n]{0,60}?(?:кофейн\p{L}*|кафе\p{L}*)|(?:^|[^\p{L}])кофейн\p{L}*[^.?!\n]{0,60}?кездес\p{L}*/iu,
  /(?:βρεθ\p{L}*|συναντηθ\p{L}*|נפגש|ניפגש|להיפגש|შევხვდ\p{L}*|հանդիպ\p{L}*)[^.?!\n]{0,60}?(?:καφε\p{L}*|κοντα|קפה|კაფე\p{L}*|սրճարան\p{L}*)|(?:קפה|კაფე\p{L}*)[^.?!\n]{0,60}?(?:נפגש|ניפגש|შევხვდ\p{L}*)/iu,
  // Working "directly rather than through the platform", in any words for it.
  /\b(?:directly|privately|personally|outside)\b[^.?!\n]{0,30}?\b(?:rather\s+than|instead\s+of)\s+(?:through|via|on|using)\s+(?:the\s+|this\s+)?(?:platform|site|upwork|fiverr|app|website)\b|\bplatform\s+d[ıi][şs][ıi]nda\b|\bplatform\s+ke\s+bahar\b/i,
  /(?:^|[^\p{L}])(?:без|минуя|поза|вне)\s+(?:площадки|площадку|майданчика|майданчиком|биржи|біржі)|(?:^|[^\p{L}])(?:продолж\p{L}*|продовж\p{L}*|общ\p{L}*|спілку\p{L}*|работать|працювати)\s+(?:\p{L}+\s+){0,2}(?:напрямую|напряму|поштою|почтой|по\s+почте|по\s+пошті|телефоном|по\s+телефону)|(?:^|[^\p{L}])(?:є|есть)\s+(?:у\s+(?:вас|тебе|тебя)\s+)?телег[аиу](?![\p{L}])|(?:^|[^\p{L}])телег[аиу]\s+(?:є|есть)(?![\p{L}])/iu,
  // The talk carried on by e-mail or phone: "on continue par mail", "continuiamo via email",
  // "tg pe aa jao", "ngobrol di tele aja".
  /\b(?:on\s+continue|continuons|continuer|poursuivons|on\s+poursuit|on\s+passe|passons)\s+(?:la\s+discussion\s+|l['’]\s*[ée]change\s+)?(?:par|sur|via)\s+(?:e-?mail|mail|courriel|t[eé]l[eé]phone|whats\s?app|telegram|sms)\b|\b(?:continuiamo|proseguiamo|parliamo|parliamone|scriviamoci|passiamo|sentiamoci)\s+(?:\w+\s+)?(?:via|per|su|tramite|al)\s+(?:e-?mail|mail|telefono|whats\s?app|telegram)\b|\b(?:whats\s?app|wa|telegram|tg|tele|insta|ig)\s+(?:pe|par|pr)\s+(?:aa\s+ja(?:o|iye|yein)?|aao|aaiye|aa\s+jaiye)\b|\b(?:lanjut(?:kan)?\s+)?(?:ngobrol|bicara|diskusi|chat(?:an)?)\s+(?:di|lewat|via|ke)\s+(?:wa|whatsapp|telegram|tele|tg|zoom|email|ig|dm)\b/i,
  // Another or easier way to talk asked for in other languages, where the adjective comes first:
  // "¿hay algún otro medio donde podamos hablar?", "einen einfacheren Weg, Sie zu erreichen?"
  // (Spanish and Portuguese "una forma más fácil de …" are read further down); talk or
  // applications taken to e-mail: "kan vi ta resten på mejl?", "Bewerbungen bitte per E-Mail".
  /\b(?:otr[oa]|outr[oa]|autre|ander\w*|altr[oa]|einfacher\w*|schneller\w*|direkter\w*|makkelijker\w*)\s+(?:medio|forma|manera|v[ií]a|canal|meio|jeito|moyen|fa[cç]on|weg|kanal|modo|mezzo|manier)\b[^.?!\n]{0,30}?\b(?:habl\w*|comunic\w*|contact\w*|fal\w*|convers\w*|parl\w*|joindre|sprechen|erreichen|reden|kontaktier\w*|sentirci|praten|bereiken)\b|\b(?:ta|forts[aä]tt\w*|prata|snacka)\s+(?:\w+\s+){0,2}?(?:p[aå]|via|över)\s+(?:mejl|mail|e-?post|telefon|sms|whats\s?app)\b|\bbewerbung\w*\s+(?:\w+\s+){0,4}?(?:per|via|an)\s+e-?mail\b/i,
  // A line outside asked for or offered in passing: "do you have a work phone, or is it just this
  // chat?", "just text me, I never check this app", interviews held on an app ("applicants will be
  // interviewed on Google Meet").
  /\bdo\s+(?:you|u)\s+have\s+(?:a\s+)?(?:work|personal|private|direct|mobile|cell)\s+(?:phone|number|e-?mail|line)\b|\b(?:text|call|ring|e-?mail|message)\s+me\b[^.?!\n]{0,60}?\bi\s+(?:never|rarely|hardly(?:\s+ever)?|don'?t)\s+(?:check|use|open)\s+(?:this|the)\s+(?:app|site|platform|chat|inbox)\b|\binterviewed\s+(?:on|via|over|through)\s+(?:google\s+meet|zoom|teams|skype|whats\s?app|telegram|discord)\b/i,
  // A faster or other way to reach the other side, the way people write it across the world:
  // "you get another way wey I fit reach you?", "ada cara lain buat ngehubungin lo?", "koi aur
  // tareeka hai aapse contact karne ka?", "may ibang way ba para ma-reach kita?".
  /\b(?:another|other|different|faster|quicker|easier|better|direct)\s+(?:way|means|channel)\s+(?:wey|we|that|which|where)?\s*(?:i|we)\s+(?:fit|can|could)\s+(?:reach|contact|call|message)\s+(?:you|u)\b|\bhow\s+(?:can|could|should|do|will|would)\s+(?:she|he|they|my\s+\w+)\s+(?:reach|contact|call|get\s+(?:in\s+touch\s+with|hold\s+of))\s+(?:you|u)\b(?!\s+(?:here|on\s+here|through|via|in\s+the|on\s+the\s+platform))|\b(?:forma|jeito|maneira|manera|medio)\s+(?:mais\s+|m[aá]s\s+)?(?:r[aá]pid[ao]|f[aá]cil|direct[ao]|diret[ao])\s+(?:de\s+)?(?:falar|contactar\w*|contatar\w*|comunicar\w*|hablar|te\s+contatar|entrar\s+em\s+contato)|\bibang\s+(?:way|paraan)\b[^.?!\n]{0,20}\b(?:ma-?reach|reach|ma-?contact|contact|makausap)\b|\b(?:contact|rabta|raabta|baat)\s+karne\s+ka\s+(?:koi\s+)?(?:aur|dusra|doosra)\s+(?:tareeka|tareeqa|tarika|tariqa)\b|\b(?:koi\s+)?(?:aur|dusra|doosra)\s+(?:tareeka|tareeqa|tarika|tariqa)\b[^.?!\n]{0,25}\b(?:contact|rabta|raabta|baat\s+karne)\b|\btari2a\s+(?:tanya|tania|asra3|ashal|tanye)\b|\bcara\s+lain\s+(?:buat|untuk|utk)\s+(?:nge)?hubung\w*|\bula[şs]man[ıi]n\s+(?:daha\s+)?(?:h[ıi]zl[ıi]|kolay|ba[şs]ka)\s+bir\s+yolu\b/i,
  /(?:^|[^\p{L}])(?:быстр\p{L}*|друг\p{L}*|удобн\p{L}*|інш\p{L}*|швидш\p{L}*)\s+(?:способ|спосіб|way|канал)\s+(?:с\s+вами\s+|з\s+вами\s+)?(?:связаться|зв['’]?язатися)/iu,
  // The rest of the talk taken outside: "we can discuss the rest outside", "el resto lo hablamos
  // afuera", "o resto a gente conversa fora", "sisanya kita bahas di luar", "baqi baat hum bahar
  // kar lete hain", "el ba2i nkhalleeh bara el platform", "make we finish the remaining talk for
  // outside".
  /\b(?:discuss|talk\s+about|finish|continue|sort|do)\s+(?:the\s+)?(?:rest|remaining(?:\s+\w+)?|details)\s+(?:for\s+)?outside\b|\b(?:the\s+)?(?:rest|remaining\s+\w+)\s+(?:we\s+|i\s+)?(?:can|could|will|'ll)?\s*(?:discuss|talk\s+about|sort\s+out|finish)\s+outside\b|\bhabl(?:amos|emos|arlo)\s+(?:a)?fuera\b|\bconvers(?:a|amos|ar)\s+(?:por\s+)?fora\b|\bbahas\s+di\s+luar\b|\bbaat\s+(?:\w+\s+){0,2}bahar\s+(?:kar|karte|karein|karenge)\b|\bbar+a\s+el\s+(?:platform|site|app|mawqe3)\b/i,
  // Joining a group on an app: "join our Telegram group", "Únete a nuestro grupo de Telegram",
  // "Join ka sa Viber group namin".
  /\b(?:join|[uú]nete|unase|entra|entre|rejoins?|rejoignez)(?<!\b(?:users|customers|members|clients|people|visitors|subscribers|students|fans|buyers|they|them|who|let\s+\w+)\s+\S+)\s+(?:ka\s+)?(?:sa\s+|a\s+|en\s+|no\s+|na\s+)?(?:our|my|the|nuestro|nuestra|mi|el|la|o|a|notre|nosso|nossa)?\s*(?:(?:grupo|group|canal|channel|chat|server|groupe)\s+(?:de\s+|on\s+|in\s+|sur\s+|no\s+|do\s+)?)?(?:whats\s?app|telegram|viber|discord|signal|wechat|line|messenger)\s*(?:group|grupo|channel|canal|server|groupe|chat)?\b(?<=(?:group|grupo|channel|canal|server|groupe|chat)\b(?:\s+(?:de|on|in|sur|no|do))?\s*(?:whats\s?app|telegram|viber|discord|signal|wechat|line|messenger)|(?:whats\s?app|telegram|viber|discord|signal|wechat|line|messenger)\s*(?:group|grupo|channel|canal|server|groupe|chat))/i,
  /(?:^|[^\p{L}])(?:вступайте|вступай|вступите|присоединяйтесь|приєднуйтесь|долучайтеся)\s+(?:в|до|к)\s+(?:наш\p{L}*\s+)?(?:чат|групп\p{L}*|груп\p{L}*|канал)\s+(?:в|у)\s+(?:телег\p{L}*|телеграм\p{L}*|вайбер\p{L}*|ватсап\p{L}*|вотсап\p{L}*)/iu,
  // A call on another app proposed in more languages: "Podemos fazer uma chamada no Meet?",
  // "Teams üzerinden kısa bir görüşme yapabilir miyiz?", "khalina na3mel meeting 3al Zoom", "make
  // we jump for Google Meet".
  /\b(?:fazer|marcar|ter|hacer|tener|agendar)\s+(?:uma|una|um|un)\s+(?:chamada|llamada|call|reuni[aãó]o?n?|videochamada|videollamada)\s+(?:no|pelo|por|en|via|na)\s+(?:google\s+meet|meet|zoom|teams|skype|whats\s?app)\b|\b(?:zoom|teams|skype|meet|whats\s?app)\s+(?:[üu]zerinden|[üu]st[üu]nden)\s+(?:\S+\s+){0,3}?g[öo]r[üu][şs](?:me|elim)\b|\b(?:meeting|call|mukalma)\s+3(?:al|a|ala)\s+(?:zoom|meet|teams|skype|whats\w*|telegram)\b|\bmake\s+we\s+(?:jump|enter|move|yarn|talk|continue|do)\s+(?:am\s+)?(?:for|on|to|inside)\s+(?:google\s+meet|zoom|whats\s?app|telegram|meet|teams|skype)\b/i,
  // Details asked for with the words of more places: "pásame tu whats", "¿tienes un email
  // personal?", "você tem um email pessoal?", "mumkin el email el shakhsi?", "3tini raqamak",
  // "apna whatsapp number dein", "kindly revert on my official mail id", "just ask for my number".
  /\b(?:p[aá]same|pasame|dame|m[aá]ndame|me\s+pasas)\s+(?:tu|su)\s+whats\b|\b(?:tienes|tiene|ten[eé]s|voc[eê]\s+tem|tem)\s+(?:un|uma|um|alg[uú]n|algum)\s+(?:e-?mail|correo|n[uú]mero|whats\s?app|telegram)\s+(?:personal|pessoal|privado|particular)\b|\bel\s+email\s+el\s+sha?khsi\b|\b(?:3tini|a3tini|e3tini|ab3atli|eb3atli)\s+(?:raqamak|rakamak|ra2mak|nemretak|email(?:ak)?|el\s+email)\b|\bapna\s+(?:whats\s?app\s+|wa\s+|mobile\s+|phone\s+|contact\s+)?(?:number|no\.?|email|id)\s+(?:\w+\s+){0,2}?(?:dein|dijiye|de\s+do|dedo|do|bhejein|bhejo|bhej\s+dein|share\s+karein|share\s+karo)\b|\brevert\s+(?:back\s+)?(?:on|to|at)\s+(?:my|our)\s+(?:official\s+|personal\s+)?(?:mail|e-?mail|gmail|whats\s?app|number)\b|\bask\s+(?:me\s+)?for\s+my\s+(?:number|whats\s?app|e-?mail|contact|telegram|digits)\b|\b(?:un|ton|votre)\s+num[eé]ro\s+o[uù]\s+(?:je\s+peux|on\s+peut|je\s+pourrais)\b|\bapnar\s+(?:email|number|nombor|phone|whats\s?app|contact)\s+(?:ta\s+)?(?:diben|din|den|dao)\b|\ba\s+qu[eé]\s+(?:n[uú]mero|correo|mail|whats\s?app)\b|\baap\s+tak\s+kaise\s+(?:pohnch|pahunch|pahonch)\w*|\bare\s+(?:you|u)\s+on\s+(?:signal|line|threads|imo|kik)\s*\?/i,
  // Coming over in person: "come by tomorrow", "swing by friday", "can you come to our office?",
  // "pásate mañana", "passez à l'atelier", "kommen Sie vorbei", "vieni pure domani", "wpadnij
  // jutro", "kal aa jao", "mampir aja besok", "kom morgen even langs", "punta ka bukas".
  // Said to the reader ("come by", "if u wanna pop in"), not of things ("hard to come by", "prices
  // drop by 10%", "files should come by Friday").
  /\b(?:come\s+(?:by|over|round|in(?!\s+(?:handy|two|three|four|\d|sizes|colou?rs|different|various|many|all|first|second|last|a\s+(?:box|pack|set|variety|range))))|pop\s+(?:by|in|over|round)|swing\s+by|stop\s+by|drop\s+by)\b(?<=(?:^|[.!?,;:—–(\n-]\s*|\b(?:you|u|ya|please|pls|just|and|then|can|could|would|will|i'?ll|we'?ll|wanna|gonna|free\s+to|want\s+to|like\s+to|love\s+to|you\s+to)\s+)\w+\s+\w+)(?!\s+(?:as\b|\d|a\s+(?:few|lot|bit)|half|the\s+(?:thread|chat|inbox|platform|figma|file|doc|docs|board|sheet|repo|folder|channel|link|page)|this\s+(?:thread|chat)|here\b))|\bcome\s+(?:to|see)\s+(?:our|my|the)\s+(?:office|studio|place|house|home|shop|workshop|space|warehouse|site|flat|apartment)\b|\b(?:interview|meet|meeting)\s+(?:\w+\s+){0,2}?at\s+my\s+(?:place|house|flat|home|office)\b|\b(?:p[aá]sate|vente\s+(?:ma[nñ]ana|hoy|cuando|esta\s+(?:tarde|noche)|el\s+(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)|por\s+(?:aqu[ií]|ac[aá]))|ven\s+a\s+(?:mi|nuestra|nuestro)|passa\s+aqui|passa\s+l[aá]|passez\s+(?:[àa]\s+l['’]|me\s+voir|nous\s+voir)|venez\s+(?:me|nous)\s+voir|kommen\s+sie\s+(?:doch\s+)?vorbei|komm\s+(?:doch\s+)?vorbei|vieni\s+(?:pure\s+)?(?:domani|a\s+trovarmi|qui)|wpadnij|wpadnijcie|(?:kal|aaj)\s+aa\s+jao|tashreef\s+(?:laaiye|laiye|layein)|mampir\s+(?:aja|dong|ya)|kom\s+(?:\w+\s+){0,2}langs|punta\s+ka(?:yo)?\s+(?:bukas|dito|sa)|njoo\s+(?:kesho|leo|hapa))\b/i,
  // One pattern per script: a pattern runs only on texts holding the script of its first letter.
  /(?:^|[^\p{L}])(?:заходите|заходи|приходите|приходи|приходьте|заходьте)(?![\p{L}])/iu,
  /تعال(?:ي|وا|ى)?(?![\u0621-\u064a])|نتقابل|نلتقي|نتلاقى/u,
  // Meeting in person, in more languages: "I'd prefer to meet you in person", "come down to our
  // office", "would you call out to the house", "make we meet", "preferirei parlarne di persona",
  // "veámonos en la oficina", "prefiro falarmos pessoalmente", "spotkajmy się na żywo", "vi kan
  // väl ses och snacka", "ketemuan langsung", "nói chuyện trực tiếp" (folded).
  /\bmeet\s+(?:you\s+|up\s+)?(?:in\s+person|face\s+to\s+face|irl)\b|\bcome\s+down\s+to\s+(?:our|my|the)\s+(?:office|studio|shop|place|workshop)\b|\bcall\s+out\s+to\s+the\s+(?:house|site|office|shop)\b|\bmake\s+we\s+meet\b|\b(?:parlarne|parliamone|vederci)\s+(?:\w+\s+)?di\s+persona\b|\bpass[ia]\s+in\s+studio\b|\bjunt[eé]monos\b|\bve[aá]monos\s+en\b|\b(?:charlarlo|hablarlo|hablemos)\s+en\s+persona\b|\b(?:falarmos|conversarmos|falar|conversar)\s+pessoalmente\b|\bpasse\s+c[aá]\b|\bspotkajmy\s+si[eę]\b|\bna\s+[zż]ywo\b|\bses\s+och\s+(?:snacka|prata)\b|\bketemu(?:an)?\s+langsung\b|\bkopdar\b|\bnoi\s+chuyen\s+truc\s+tiep\b|\bgap\s+(?:nhau\s+)?truc\s+tiep\b/i,
  /직접\s*만나|直接お会い|お会いしませんか|ניפגש|פנים\s+מול\s+פנים/u,
  // Files or an answer asked for by another channel ("send your CV and references by email",
  // "would you send the sample over email?"), a coffee or a lunch to meet over, a channel to
  // choose ("email or phone, your choice"), IDs to include, German phone interviews.
  /\b(?:send|share|submit|forward)\s+(?:me\s+|us\s+)?(?:your|the|a|an)\s+(?:[\w-]+\s+){0,4}?(?:by|via|over|through)\s+(?:e-?mail|whats\s?app|telegram|skype|signal|dm|text)\b(?!\s+(?:notifications?|here|on\s+the\s+platform))|\b(?:let'?s|can\s+we|could\s+we|wanna|want\s+to|shall\s+we|how\s+about|we\s+could)\s+(?:\w+\s+){0,2}?(?:meet|grab|get)\s+(?:up\s+)?(?:for\s+)?(?:a\s+)?(?:coffee|lunch|drinks?|beer|breakfast|dinner)\b|\b(?:e-?mail|phone|whats\s?app|telegram|skype|zoom)\s+or\s+(?:e-?mail|phone|whats\s?app|telegram|skype|zoom)\s*[,.—-]?\s*(?:your\s+(?:choice|call|pick)|whichever)|\binclude\s+(?:your|their)\s+(?:discord|telegram|skype|whats\s?app|signal|wechat|line|phone|mobile|e-?mail)(?:\s+(?:user\s?name|handle|id|number|address))?\b|\b(?:gespr[äa]ch|interview)\s+telefonisch\b|\btelefonisch\s+(?:f[üu]hren|besprechen|machen)\b|\b(?:schick(?:en)?|senden|geben|gib)\s+(?:sie\s+)?(?:mir|uns)\s+(?:bitte\s+)?(?:ihre|deine|eure)\s+(?:handynummer|telefonnummer|nummer|e-?mail(?:adresse)?|mailadresse|kontaktdaten|whats\s?app)\b|\bauf\s+einen\s+kaffee\b[^.?!\n]{0,30}\btreffen\b/i,
  // Hindi in Devanagari, as folding leaves it (vowel signs dropped): "अपना ईमेल आईडी भेजें".
  /अपन\S*\s+(?:ईमल|नबर|फन|मबइल|वहटसएप|वटसएप)\S*(?:\s+\S+){0,2}?\s+(?:भज|द|बतइए|बतओ)/u,
  /来ていただけ|오셔서/u,
  /\bghe\s+qua\b|\bmeet\s+(?:me|us)\s+(?:at|in|near|outside)\s+(?:the|my|our|a)\b(?!\s+(?:platform|call|meeting|chat|thread|video|zoom|link)\b)|\bmeet\s+at\s+(?:mine|ours|my\s+place)\b|\bin\s+person\s+at\s+(?:our|my|the)\s+(?:office|studio|place|shop|workshop|warehouse)\b|\bvisit\s+(?:us|me|our\s+(?:office|studio|site|shop|workshop|warehouse|factory|premises))\b(?!\s+(?:on|at)\s+(?:our|my)\s+(?:web\s?site|page|profile|online))|\bplease\s+visit\b(?!\s+(?:our|my|the|this)\s+(?:web\s?site|page|profile|link|portfolio|blog|shop\s+online))|\bcome\s+to\s+\d{1,5}(?=\s+[a-z])/i,
  // Another, usual or different way to talk, said without naming it ("is there another way we can
  // talk?", "continue on my usual channel", "connect on the other app"); the talk moved to e-mail
  // or files sent to it ("continue this convo over email", "to my email instead of here"); a
  // meeting in real life ("do the kickoff IRL"); interviews held on an app.
  /\b(?:is\s+there|any)\s+(?:(?:an)?other|a\s+(?:better|faster|quicker|easier))\s+(?:way|app|place|channel)\s+(?:we\s+can|to|i\s+can|u\s+can|you\s+can|for\s+me\s+to)\s+(?:talk|chat|connect|communicate|(?:reach|contact|message|text|get\s+hold\s+of)\s+(?:you|u|each\s+other))\b(?!\s+(?:here|on\s+here|on\s+the\s+(?:platform|site|app)|through\s+the))|\b(?:continue|talk|chat|connect|move|switch|keep\s+talking)\s+(?:this\s+|it\s+)?(?:on|over|in|via|to)\s+(?:my|the|your|our)\s+(?:usual|other|regular|normal|preferred)\s+(?:channel|app|platform|one)\b|\b(?:continue|talk(?:ing)?|chat(?:ting)?|move)\s+(?:this\s+)?(?:(?:convo|conversation|chat|thread|discussion)\s+)?(?:over|by|via|through)\s+e-?mail\b|\b(?:interview|entretien|entrevista|colloquio|call|appel|llamada|chamada)\s+(?:\w+\s+)?(?:by|over|par|por|pelo|via|per)\s+(?:t[eé]l[eé]phone|phone|tel[eé]fono|telefone|telefono|whats\s?app|zoom|skype)\b|\be-?posta(?:yla|\s+ile)\s+g[oö]nder\w*|\b(?:to|into)\s+my\s+e-?mail\s+instead\s+of\s+(?:here|this|the\s+platform|uploading)\b|\b(?:kickoff|kick-off|meeting|interview|meet(?:\s+up)?|catch\s+up)\s+(?:irl|in\s+real\s+life)\b|\bdo\s+(?:the|our|a|this)\s+[\w-]+\s+(?:irl|in\s+real\s+life)\b|\b(?:will\s+be|are|is)\s+(?:held|conducted|done|run)\s+(?:over|on|via|through|in)\s+(?:zoom|google\s+meet|teams|skype|whats\s?app|telegram|the\s+phone|phone)\b/i,
  // A coffee to meet over: "qu'on se voie autour d'un café", "tomamos un café", "auf einen Kaffee".
  /\b(?:autour\s+d['’]un|prendre\s+un|boire\s+un)\s+caf[eé]\b|\b(?:tomar|tomamos|tomemos|tomar\s+um)\s+(?:un|um)\s+caf[eé]\b|\bauf\s+einen\s+kaffee\b/i,
  // A named place to meet at: "let's meet at the Blue Bottle", "can we meet at Starbucks".
  /\b(?:[Ll]et'?s|[Cc]an\s+we|[Cc]ould\s+we|[Ss]hall\s+we|[Ww]e\s+could|[Ww]anna|[Ww]ant\s+to)\s+meet\s+(?:up\s+)?(?:at|in)\s+(?:the\s+)?[A-Z][a-z]/,
  // The same in more languages: "seguir la plática por otro lado", "continuar por outro canal",
  // "manda os arquivos pro meu e-mail", "meet up na lang sa Makati", "afspreken op kantoor",
  // "numărul tău" (folded).
  /\b(?:seguir|continuar|hablar|platicar|conversar|falar|seguimos|hablamos|continuamos)\s+(?:\S+\s+){0,3}?por\s+(?:otro|outro)\s+(?:lado|medio|meio|canal|sitio|app|aplicativo)\b|\b(?:manda|mande|envia|envie|manda(?:me|r))\s+(?:\S+\s+){0,3}?(?:pro|para\s+o|pra\s+o|a\s+mi|al)\s+(?:meu|mi)\s+(?:e-?mail|correo|whats)\b|\bmeet\s*up\s+(?:na\s+lang\s+)?(?:sa|dito\s+sa)\s+[a-z]|\bafspreken\s+(?:op|bij|in)\s+(?:\S+\s+)?(?:kantoor|kantoren|koffie|caf[eé])\b|\b(?:numarul|emailul|adresa\s+de\s+e-?mail)\s+(?:tau|dumneavoastra|dvs)\b/i,
  /(?:^|[^\p{L}])(?:дайте|дай|скиньте|скинь|надішліть|напишіть|пришлите)[^.?!\n]{0,25}(?:вашу|свою|твою)\s+(?:пошту|почту|електронку|электронку|email|імейл|мейл)(?![\p{L}])/iu,
]);

export function findRequests(scan: Scan): RawFinding[] {
  const text = scan.folded.text;
  const mentions = appMentions(scan);
  const phrases = firstMatches(PATTERNS, scan);
  // Asking for details is read once over the whole message, not sentence by sentence.
  const details = firstMatches(ASKS_FOR_DETAILS, scan)[0];
  // Without an app named, only a phrase or an ask for details makes a request.
  if (mentions.length === 0 && phrases.length === 0 && details === undefined) return [];
  const findings: RawFinding[] = [];
  const push = (index: number, end: number, detector: string): void => {
    if (
      isWorkNotAddress(text.slice(Math.max(index, end - 12), end), text.slice(end, end + 30)) ||
      // A chat button to build is the work: "nút chat Zalo", "a WhatsApp chat widget".
      BUTTON_BEFORE.test(text.slice(Math.max(0, index - 16), index)) ||
      // The ask may hold its own negation or refusal: "I'd rather not meet in person", "… and I kept
      // saying no".
      REFUSED_INSIDE.test(text.slice(index, end)) ||
      isNegated(text, index) ||
      isAboutTheRule(text, index) ||
      isQuoted(text, index, end) ||
      isTurnedDown(text, end) ||
      isReported(text, index, end)
    )
      return;
    const [s, e] = scan.folded.originalSpan(index, end);
    const scoping = isScopingAsk(scan.original, s, e);
    findings.push({
      category: 'request',
      start: s,
      end: e,
      confidence: 0.85,
      evidence: {
        detector,
        obfuscations: [],
        ...(scoping ? { purpose: 'scoping_access' as const } : {}),
      },
    });
  };
  for (const m of phrases) {
    if (isNameGiven(text, m.index + m[0].length)) continue;
    push(
      m.index + (m[0].length - m[0].trimStart().length),
      m.index + m[0].length,
      'request.phrase',
    );
  }
  if (findings.length === 0 && details)
    push(details.index, details.index + details[0].length, 'request.channel');
  if (findings.length === 0 && mentions.length > 0) {
    // Mentions come sorted, like sentences: one walk hands each sentence its own.
    const offsets: number[] = [];
    for (const m of mentions) offsets.push(m.index);
    let next = 0;
    for (const sentence of sentencesHolding(text, offsets, { clauses: true })) {
      const end = sentence.start + sentence.text.length;
      const inSentence: AppMention[] = [];
      for (; next < mentions.length && mentions[next]!.index < end; next++) {
        const m = mentions[next]!;
        if (
          m.index >= sentence.start &&
          !isQuoted(text, m.index, m.index + m.name.length, DOUBLE_QUOTES)
        )
          inSentence.push({ index: m.index - sentence.start, name: m.name });
      }
      if (inSentence.length === 0) continue;
      const hit = askToMove(sentence.text, inSentence, text.length <= SHORT_MESSAGE);
      if (hit) push(sentence.start + hit.start, sentence.start + hit.end, 'request.channel');
    }
  }
  return findings;
}

// Channels that are everyday words need their proper form: "Teams", "Signal", "LINE", "Google Meet".
const WORD_CHANNELS = new Set([
  'line',
  'signal',
  'threads',
  'x',
  'snap',
  'tele',
  'imo',
  'kik',
  'meet',
  'teams',
  'text',
  'mail',
  'tweet',
  'whats',
  'wa',
  'ig',
  'fb',
  'tg',
  'cell',
  'mobile',
  'phone',
  'sms',
  'hp',
  'cp',
  'zap',
  'qq',
]);
const PROPER_FORM =
  /^(LINE|Line|Signal|Threads|Teams|MS Teams|Google Meet|Meet|WA|IG|FB|TG|Snap|SMS|QQ)$/;
// App names that are also everyday words, read as those before these words: "zoom in", "Meet you
// in the call at 10:30".
const EVERYDAY_BEFORE: Readonly<Record<string, RegExp>> = {
  zoom: /^\s*(in|out|into|level|lens|factor)\b/i,
  meet: /^\s*(you|me|us|them|him|her|up|halfway|the\s+(?:team|client|deadline|requirements?))\b/i,
  // "linked in my profile", "linked in the brief": the verb, where LinkedIn would not stand.
  'linked in': /^\s*(my|your|our|the|this|that|these|those|a|an|his|her|their|its|each|every)\b/i,
};

// A sentence that proposes another channel, asks whether the other side is on one, or asks for details
// (global: hasAskCue walks its matches).
const ASK_CUE =
  /\b(let'?s|lets|let\s+us|can\s+we|could\s+we|shall\s+we|should\s+we|we\s+(?:can|could|will|'ll)|i'?d\s+(?:like|prefer|rather)|prefer|rather|pr[eé]f[eé]r\w*|entretien|entrevista|colloquio|rozmow\w*|me\s+das|me\s+pasas|dame|tu|cho\s+(?:minh|toi|em|anh)\s+xin|xin\s+so|cua\s+ban|ban\s+co|instead|we'?ll\s+use|let\s+me|i'?ll\s+send|hop\s+on|jump\s+on|reach\s+out|invite\s+you\s+to|meet\s+(?:me|us)|will\s+be\s+(?:contacted|reached|messaged|called|texted)|same\s+(?:user\s?name|handle|nick(?:name)?|name\s+as\s+(?:here|on\s+here|my\s+profile))|see\s+you\s+(?:on|in|over)|look\s+(?:you|u)\s+up|find\s+(?:you|u)\s+on|add\s+(?:you|u)|(?:send|drop|shoot)\s+me\s+(?:a\s+)?(?:message|msg|line|text|note|dm)|(?:ok|okay|fine|good|works?)\s+(?:for|with)\s+(?:you|u)|continue|move|switch|take\s+this|connect|add\s+me|reach\s+you|contact\s+you|talk|chat|interview|call|join|do\s+you\s+have|do\s+u\s+have|u\s+have|u\s+on|lets|are\s+you\s+on|you\s+on|have\s+you\s+got|any\s+chance|your|ur|besides|outside|podemos|hablemos|sigamos|tienes|tiene|usas|vamos|bora|voc[eê]\s+tem|tem\s+|continuons|parlons|on\s+continue|vous\s+avez|avez-vous|as-tu|tu\s+as|votre|ton|lass\s+uns|k[oö]nnen\s+wir|wollen\s+wir|haben\s+sie|hast\s+du|ihre|deine|possiamo|hai|avete|il\s+tuo|przejd[zź]my|masz|zullen\s+we|heb\s+je|yapal[ıi]m|var\s+m[ıi]|niyo|mo\s+ba|po\s+ba|tayo|na\s+lang|doon|kamu|anda|kakak|aja|yuk|gimana|lewat|apa|aapka|apka|tumhara|pe\s+aa|kar\s+lete|chalega|kya\s+hai|m[ıi]s[ıi]n[ıi]z|agregar|agregue|a[nñ]adir|contactar|contacte|comun[ií]quese|adicione|adicionar|entre\s+em\s+contato|contatar|contate|contattare|contatti|aggiungere|aggiunga|scrivere|scriva|scrivete|hubungi|tambahkan|menghubungi|download|install|kindly)\b|(?:你的|加一下|加个|加我|聊吧|可以|方便|用吗|有吗|教えて|ください|ませんか|ましょう|やってます|やってる|使ってます|있으세요|하세요|쓰세요|알려|주세요|주실|있나요|할까요|давай|давайте|перейд|продолж|можем|можемо|есть\s+ли|у\s+вас\s+есть|є\s+у\s+вас|ваш|вашу|ваша|твій|твой|свій|свой|какая|який|яка|дайте|дай|напиш|خلينا|نكمل|نعمل(?!\s+على)|عندك|هل\s+عندك|لديك|ممكن|رقمك|ايميلك|добавьтесь|добавьте|свяжитесь|ادامه\s+بد|σου|σας|співбесід|собеседован|надішліть|пришлите|連絡|আপনর|आपक|held\s+(?:over|on|via|in)|связаться|додайтеся|додайте|зв['’]?яжіться|التواصل\s+مع|تواصل\s+مع)/giu;

// Moving once the contract starts is what the rule allows: "Once the contract starts we can set
// up Slack."
const AFTER_THE_CONTRACT =
  /\b(?:once|after|when)\s+(?:(?:the\s+)?(?:contract|offer|milestone)\s+(?:starts|begins|is\s+(?:signed|active|accepted|funded|in\s+place))|you\s+(?:accept|sign)\s+(?:the|our|my)\s+(?:offer|contract)|you(?:'re|\s+are)\s+hired)\b/i;
// "Do you use Slack?", "u have whats?", "tem zap?", "t'as Discord ?": whether the other side is on
// an app, asked right before its name.
const USED_BEFORE =
  /(?:\bdo\s+(?:you|u)\s+(?:use|have)|\b(?:you|u)\s+(?:have|got|on)|\bgot|\btem|\btens|\btienes|\btiene|\bt'as|\btu\s+as|\bas-tu|\bhast\s+du|\bhaben\s+sie|\bmasz|\bheb\s+je|\bhai|\bai|\bpunya)\s+$/i;
// "my ig is …", "mon insta": a nickname the writer says they have is the app.
const OWNED_BEFORE = /\b(?:my|mon|ma|mi|meu|minha|mein|meine)\s+$/i;
// Short app names that are no everyday word, asked for that way in lower case: "u have whats?".
const NICKNAMES = /^(?:whats|wa|zap|tg|ig|fb|kik|imo|tele)$/i;
// What an app holds, as data for the work: "the WhatsApp chat export", "Skype call logs", "the
// recording from Zoom".
const CONTENT = 'exports?|logs?|recordings?|transcripts?|history|archives?|backups?';
const CONTENT_AFTER = new RegExp(`^\\s+(?:[\\w-]+\\s+){0,3}?(?:${CONTENT})\\b`, 'i');
// Social media work right after an app's name: "an IG strategy", "your LinkedIn headline".
const SOCIAL_WORK_AFTER =
  /^\s+(?:strateg\w*|headlines?|ads?|campaigns?|posts?|reels?|analytics|insights|followers|audience|marketing|growth|banners?|bio|summary|algorithm|hashtags?|captions?)\b/i;
const CONTENT_BEFORE = new RegExp(
  `\\b(?:${CONTENT})\\s+(?:from|of|in)\\s+(?:the\\s+|our\\s+|my\\s+|your\\s+|a\\s+)?$`,
  'i',
);

// "I followed your Instagram", "I saw your LinkedIn": "your" after a verb in the past names what
// the writer did, it asks for nothing.
const PAST_BEFORE = /\b(?:\w+ed|saw|seen|read|found|loved|liked)\s+$/i;

// "Your", "votre", "ваш"… ask for an app only beside its name ("votre Instagram ?", "WA kamu"): in
// "merci pour votre candidature … (LinkedIn + Instagram)" they belong to another noun.
const POSSESSIVE =
  /^(?:your|ur|votre|ton|ihre|deine|il\s+tuo|ваш|вашу|ваша|твій|твой|свій|свой|你的|kamu|anda|aapka|apka|tumhara|cua\s+ban|আপনর|आपक|σου|σας)$/iu;
const POSSESSIVE_REACH = 24;

function hasAskCue(sentence: string, mentions: readonly AppMention[]): boolean {
  ASK_CUE.lastIndex = 0;
  for (let m = ASK_CUE.exec(sentence); m; m = ASK_CUE.exec(sentence)) {
    if (!POSSESSIVE.test(m[0])) return true;
    if (PAST_BEFORE.test(sentence.slice(Math.max(0, m.index - 20), m.index))) continue;
    const start = m.index;
    const end = m.index + m[0].length;
    for (const app of mentions) {
      const before = app.index - end;
      const after = start - (app.index + app.name.length);
      if ((before >= 0 && before <= POSSESSIVE_REACH) || (after >= 0 && after <= POSSESSIVE_REACH))
        return true;
    }
  }
  return false;
}

// Work on a channel, not a move to it: "a WhatsApp bot", "the Zoom API", "our Telegram channel".
const WORK_ON_CHANNEL =
  /\b(customer\s+(?:support|service|care)|setup|tich\s+hop|nut\s+chat|help\s?desk|zendesk|intercom|freshdesk|\w*bot(?:s|un|u|lar\w*)?|api|zapier|integromat|n8n|submissions|connect\s+(?!me\b|us\b)(?:\w+\s+){1,3}(?:to|with)|integrat\w*|style|growth|grow\w*|accounts\s+past|mini\s+(?:apps?|programs?)|experience|samples?|ad\s+copy|style\s+guides?|sablon\w*|buttons?|widgets?|front-?end|back-?end|encrypt\w*|clone|landing\s+page|app\s+for|agendas?|for\s+your\s+own|(?:loyalty|referral|rewards?)\s+program\w*|lives?\s+(?:in|on|inside)|for\s+our\s+(?:app|site|store|clinic|customers)|sdk|webhooks?|automat\w*|campaigns?|ads|marketing|followers|pages|feed|templates?|plugin|develop\w*|build\w*|scrap\w*|channel\s+(?:for|of|ke\s+liye)|logos?|newsletter|customers|pelanggan|nos\s+clients|nuestros\s+clientes|nossos\s+clientes|unsere\s+kunden|(?:whats\s?app|messenger|instagram)\s+business|tombol|bot[oó]n|bouton|manag\w*\s+(?:\w+\s+){0,3}(?:channels?|communities|accounts?|servers?|groups?)|announcement\s+channels?|communities|run\s+(?:your\s+)?(?:instagram|tiktok|facebook|linkedin|social)|for\s+your\s+(?:new\s+)?(?:\w+\s+){0,2}(?:bar|restaurant|brand|store|shop|hotel|cafe|café|business|company|clinic|salon|gym|studio)|notif(?:y|ies|ied|ying|ications?)|undefined|bugs?|crash(?:es|ed|ing)?|stack\s+traces?|seo|content\s+calendar|posts?|reels|stories|audience|engagement|analytics|dashboard|crm|app\s+store|business\s+account|group\s+chat\s+for\s+the\s+team|migrat\w*|icons?|stickers?|emojis?|(?:whats\s?app|meta|business|ads|page|channel|community|social\s+media)\s+manager|console|environment\s+variables?|(?:store|shop|brand|business|company|clinic|restaurant)['’]s)\b/i;

// The same in Cyrillic, Arabic, Korean, Chinese and Japanese: experience, bots, development, an
// API, a button on a website.
const WORK_ON_CHANNEL_OTHER_SCRIPTS =
  /опыт|досвід|бот|разработ|розроб|خبرة|واجهة|برمجة|بوت|버튼|웹사이트|챗봇|개발|按钮|ボタン/;

// An app a text is said to name is talked about: "Your proposal mentions Skype — …".
const MENTIONED_BEFORE =
  /\b(?:mention(?:s|ed)?|list(?:s|ed)|cite[sd]?|refers?\s+to)\s+(?:\w+\s+)?$/i;

// In-platform alternatives: a sentence choosing them over an app is not a request.
const STAYS_HERE =
  /\b(rather\s+than|instead\s+of|not\s+on|no\s+need\s+for|without)\s+(?:a\s+|the\s+)?$/i;
// "We use WhatsApp internally, but I'll keep our chat here": the app named, then staying here.
// Also "through the platform" in other languages: "Zoom toplantısını platform üzerinden yapalım".
const KEEPS_IT_HERE =
  /\b(?:keep|stay|continue)\w*\s+(?:\w+\s+){0,3}?(?:here|on\s+(?:the\s+|this\s+)?(?:platform|site|app|thread|chat))\b|\bfrom\s+me\s+here\b|\b(?:talk|chat|speak)\s+(?:to|with)\s+me\s+here\b|\bhere\s+in\s+(?:the|this|our)\s+(?:chat|thread|conversation)\b|\b(?:through|via|using)\s+(?:the\s+)?platform(?:['’]s)?\b|platform\s+(?:üzerinden|uzerinden)|(?:por|en)\s+la\s+plataforma|(?:pela|na)\s+plataforma|(?:über|uber|auf)\s+(?:die|der)\s+plattform|(?:via|sur)\s+la\s+plateforme|(?:melalui|lewat)\s+platform|через\s+платформу|на\s+платформе/i;

/** Whether `text` keeps the talk here, and does not say "not here": "…, not on the platform". */
function keepsItHere(text: string): boolean {
  const kept = KEEPS_IT_HERE.exec(text);
  return kept !== null && !isNegated(text, kept.index);
}

// What follows "email" or an app's name when the talk is about the work, not an address:
// "which email template…", "what WhatsApp API do you use?".
const NOT_AN_ADDRESS = [
  'templates?|campaigns?|lists?|marketing|sequences?|copy|newsletters?|tools?|clients?|platforms?',
  'providers?|services?|design|flows?|automations?|formats?|subject|signatures?|blasts?',
  'notifications?|api|bots?|business|integrations?|groups?|channels?|sdk|cloud|webhooks?',
  'features?|stickers?|chatbots?|versions?|plans?|themes?|fonts?|marketers?|open\\s+rates?|for\\s+business',
  'access|experience|skills?|knowledge|support|addresses|accounts\\s+for',
].join('|');

const NOT_AN_ADDRESS_AFTER = new RegExp(`^\\s+(?:${NOT_AN_ADDRESS})\\b`, 'i');
const ENDS_WITH_ADDRESS = /(?:e-?mail|mail|number|phone|whats\s?app)$/i;

const BUTTON_BEFORE = /\b(?:nut|buttons?|widgets?|plugins?|botones?|botao|bouton)\s*$/i;
const REFUSED_INSIDE =
  /\b(?:rather|prefer|like\s+to|want\s+to|wanna)\s+not\b|\b(?:kept|keep)\s+saying\s+no\b|\bi\s+(?:said|told\s+(?:them|him|her))\s+no\b/i;

/**
 * "could you share your email template", "whats ur number of pages", "what's your number on
 * this?": the work or a price, not an address.
 */
function isWorkNotAddress(tail: string, after: string): boolean {
  return (
    ENDS_WITH_ADDRESS.test(tail) &&
    (NOT_AN_ADDRESS_AFTER.test(after) ||
      // "number of pages", "your number on this?" (a price)
      (/number$/i.test(tail) && /^\s+(?:of|on\s+(?:this|that|it))\b/.test(after)))
  );
}

// Asking for the other side's details; one pattern per script, so that Latin text is read
// without the `u` flag (case-insensitive Unicode matching is several times slower).
const ASKS_FOR_DETAILS = byScript([
  // "could you share a phone number where our PM can reach you", "mumkin el email beta3ak?", "số
  // bạn là gì?" (folded), "poproszę o numer telefonu".
  /\b(?:share|send|give)\s+(?:us\s+|me\s+)?(?:a|your)\s+(?:phone\s+)?(?:number|e-?mail)\s+(?:where|that)\s+(?:\w+\s+){0,3}?(?:can|could|may)\s+(?:reach|call|contact|text)\b|\b(?:mumkin|momken)\s+(?:el\s+)?(?:email|e-mail|raqam|ra2am|rakam|number|whats)\s*(?:beta3ak|betaak|btaak|bta3ak)\b|\bso\s+(?:dien\s+thoai\s+)?(?:cua\s+)?ban\s+la\s+gi\b|\bpopros[zę]\w*\s+o\s+(?:numer|maila|e-?mail|kontakt)\w*/i,
  // Chinese: "send me your email", "what's your WeChat".
  /(?:邮箱|微信号?|电话|手机号)[^。？！]{0,6}(?:发我|给我|告诉我)|(?:发|给|告诉)我[^。？！]{0,4}(?:邮箱|微信号?|电话|手机号)/u,
  /\b(?:cell|number|phone|e-?mail|whats\s?app|telegram|bell)\b[^]{0,80}?\b(?:what'?s|what\s+is|send(?:\s+me)?|share|give\s+me|pop|drop|text|ping)\s+yours\b|\b(?:n[uú]mero|whats\s?app|telegram|correo|usuario|instagram|insta)\b[^]{0,80}?\by\s+(?:el|la)\s+tuy[oa]\s*(?:cu[aá]l\s+es\s*)?\?|\b(?:don'?t|do\s+not|didn'?t)\s+(?:have|got|get)\s+(?:your|ur)\s+(?:number|e-?mail|whats\s?app|contact|details)\b[^.!]{0,30}\?|\b(?:number|e-?mail|contact|way|place|digits)\s+(?:to|where\s+i\s+can|i\s+can)\s+(?:\w+ly\s+)?(?:reach|contact|call|ring|text|message|email|find)\s+you\b(?!\s+(?:here|on\s+here|through|via|in\s+the))|\b(?:what|which)(?:'s|\s+is)?\s+(?:the\s+)?(?:best\s+)?(?:number|e-?mail(?:\s+address)?)\s+(?:that\s+)?(?:works|is\s+best|to\s+(?:use|reach|call|text))\b|\bwhat'?s\s+the\s+best\s+(?:number|e-?mail(?:\s+address)?)\b(?!\s+of\b)|\bwhich\s+e-?mail\s+address\s+should\s+i\s+(?:use|send)\b|\be-?mail\b[^.?!\n]{0,40}\b(?:what'?s\s+the\s+best|which)\s+address(?:\s+should\s+i\s+use)?\b|\b(?:share|send|give)\s+(?:me\s+|us\s+)?(?:an?\s+|your\s+)?(?:e-?mail(?:\s+address)?|number|phone\s+number)\s+(?:we|i)\s+can\s+(?:invite|use|reach|send|call|add)\b|\b(?:way|place|where)\s+(?:to\s+|can\s+i\s+|i\s+can\s+)?(?:reach|contact|find)\s+you\s+(?:besides|outside|other\s+than|off|apart\s+from|than\s+this)\b|\b(?:number|numero|nomor|nomer|email|whats\s?app|wa|cp|fb|line|ig|tele(?:gram)?)\s*(?:po\s+)?(?:niyo|mo|nyo|nya|kamu|anda|kakak|mu)\b|\b(?:nomor|nomer)(?:nya)?\s+berapa\b|\bemail\s+(?:kakak\s+|kamu\s+|anda\s+)?apa\b|\b(?:your|ur)\s+(?:(?:wa|whats\s?app|tg|telegram|viber|signal|phone|mobile|contact)\s+)?(?:no\.|digits|cell|@)|\b(your|ur|votre|ton|tu|su|seu|sua|teu|ihre|deine|il\s+tuo|niyo|kamu|anda|aapka|apka)\b[^.?!"“”]{0,25}\b(?<!(?:business|order|invoice|tracking|ticket|account|version|model|serial|reference|welcome|onboarding|confirmation|transactional|promotional|marketing|automated|drip|cart|day-to-day|main|primary|key)\s)(number|numbr|nmbr|n[uú]mero|num[eé]ro|nummer|numer|nomor|e-?mail(?:\s+address)?|mail\s+id|correo|adresse\s+e-?mail|details|contact)\b(?!\s+(?:newsletters?|templates?|campaigns?|lists?|marketing|sequences?|signatures?|subject|design|tools?|providers?|platforms?|blasts?|automations?|flows?|forms?|page|section|button|widget)\b|\s+de\s+(?:tva|siret|siren|commande|facture|client|dossier|suivi|s[eé]rie|pedido|factura|rastreo|cliente))/i,
  /(?:ваш|вашу|ваша|твій|твой|какая\s+у\s+вас|яка\s+у\s+вас)\s*(?:\p{L}+\s+){0,2}(?:номер|почта|пошта|email|телефон|телеграм)|(?:^|[^\p{L}])(?:яку|какую)\s+(?:пошту|почту|адресу|адрес|email)(?![\p{L}])/iu,
  /(?:رقمك|ايميلك|إيميلك|بريدك|جوالك|حسابك|(?:الإيميل|الايميل|الرقم)\s+بتاعك)/u,
  // "Which email should I use?", "What number can I reach you on?", "Send me the email you use".
  new RegExp(
    `\\b(?:what|which)(?:'s|\\s+is)?\\s+(?:the\\s+)?(?:best\\s+|right\\s+|preferred\\s+|personal\\s+|private\\s+)?(?:e-?mail(?:\\s+address)?|(?:phone|cell|mobile|contact|whats\\s?app|wa)\\s+number|whats\\s?app|telegram|skype|signal|viber)\\b(?!\\s+(?:${NOT_AN_ADDRESS})\\b)[^.?!\\n]{0,30}?\\b(?:you|your|yours|should\\s+i|can\\s+i|do\\s+i)\\b` +
      `|\\b(?:what|which)(?:'s|\\s+is)?\\s+(?:the\\s+)?(?:best\\s+|right\\s+)?number\\b(?!\\s+of)[^.?!\\n]{0,20}?\\b(?:(?:reach|call|text|contact|message|ring)\\s+you|can\\s+i\\s+(?:reach|call|text|contact|message|ring))\\b` +
      `|\\b(?:send|give|share|tell|drop)\\s+me\\s+the\\s+(?:e-?mail|number|whats\\s?app)(?:\\s+address)?\\s+(?:you\\s+(?:use|check|want|would\\s+like|'d\\s+like)|that\\s+you|where\\s+i\\s+can)\\b` +
      // "which address should I send the invite to?"
      `|\\b(?:what|which)\\s+(?:e-?mail\\s+)?address\\s+(?:should|do|can|shall)\\s+i\\s+(?:send|add|use\\s+for)\\s+(?:the\\s+|an?\\s+)?invit\\w*` +
      // "Do you have a personal email I can use?"
      `|\\bdo\\s+(?:you|u)\\s+have\\s+(?:an?\\s+)?(?:personal\\s+|private\\s+|direct\\s+|other\\s+|different\\s+)?(?:e-?mail(?:\\s+address)?|(?:phone|cell|mobile|contact|whats\\s?app)\\s+number)\\b(?!\\s+(?:${NOT_AN_ADDRESS})\\b)`,
    'i',
  ),
]);

// A message this short naming only an app and a question mark asks for it.
const SHORT_MESSAGE = 60;
// A question this short that names an app, its question mark a few words after the name.
const SHORT_QUESTION = 45;
// Greek asks with ";".
const SHORT_QUESTION_AFTER = /^[\s\p{L}'’,-]{0,24}(?:[?？؟]|(?<=[\u0370-\u03ff]\s*);)\s*$/u;

// "my ig is the same as my name here": the account is found by the name used here, whatever
// else the sentence says about it.
const SAME_NAME_AS_HERE =
  /\bsame\s+(?:(?:user\s?name|name|handle|nick(?:name)?)\s+)?as\s+(?:my\s+(?:user\s?name|name|handle)\s+)?(?:here|on\s+here)\b|\bm[eê]me\s+que\s+mon\s+(?:nom|pseudo)\s+ici\b/i;

function askToMove(
  sentence: string,
  mentions: readonly AppMention[],
  shortMessage: boolean,
): { start: number; end: number } | undefined {
  const sameName = SAME_NAME_AS_HERE.test(sentence);
  if (!sameName && (WORK_ON_CHANNEL.test(sentence) || WORK_ON_CHANNEL_OTHER_SCRIPTS.test(sentence)))
    return undefined;
  // Read once per sentence, not per mention: a long sentence may name an app many times.
  let cue: boolean | undefined;
  const firstWord = sentence.length - sentence.trimStart().length;
  for (const m of mentions) {
    const name = m.name;
    const app = identifyApp(name);
    if (!app || app.id === 'email' || app.id === 'phone') continue;
    const after = sentence.slice(m.index + name.length);
    // "u got tg or wa?": a choice of apps is asked about as one.
    const asked = /^\s*(?:(?:or|o|ou)\s+[\w@.-]+\s*)?\?/.test(after);
    // "Do you use Slack?" asks whether to move there; "do you use Slack at work?" asks about tools.
    const askedIfUsed =
      asked && USED_BEFORE.test(sentence.slice(Math.max(0, m.index - 16), m.index));
    // A short question naming an app asks whether the other side is there, in any language:
    // "Tendrás Telegram o algo así?", "biste auf whatsapp?", "may telegram ka?", "ada wa gak kak?".
    // (The app alone, "Viber?", is a choice of platform in a longer message: see askedAlone.)
    const askedShort =
      sentence.trim().length <= SHORT_QUESTION &&
      SHORT_QUESTION_AFTER.test(after) &&
      /\p{L}{2}/u.test(sentence.slice(0, m.index) + after);
    if (
      WORD_CHANNELS.has(name.toLowerCase()) &&
      !PROPER_FORM.test(name) &&
      !(
        (askedIfUsed ||
          askedShort ||
          OWNED_BEFORE.test(sentence.slice(Math.max(0, m.index - 8), m.index))) &&
        NICKNAMES.test(name)
      )
    )
      continue;
    if (EVERYDAY_BEFORE[name.toLowerCase()]?.test(after)) continue;
    if (
      CONTENT_AFTER.test(after) ||
      SOCIAL_WORK_AFTER.test(after) ||
      CONTENT_BEFORE.test(sentence.slice(Math.max(0, m.index - 30), m.index))
    )
      continue;
    if (STAYS_HERE.test(sentence.slice(Math.max(0, m.index - 40), m.index))) continue;
    if (MENTIONED_BEFORE.test(sentence.slice(Math.max(0, m.index - 30), m.index))) continue;
    if (keepsItHere(after.slice(0, 80))) continue;
    // "Don't you have WhatsApp?" asks all the same.
    if (!askedIfUsed && !askedShort && isNegated(sentence, m.index)) continue;
    // The app alone as a short message's question: "WhatsApp?", "w h a t s a p p? yes or no"
    // (in a longer message, "… the bot: WhatsApp? Telegram?" is a choice of platform).
    const askedAlone = asked && shortMessage && m.index === firstWord;
    cue ??= sameName || hasAskCue(sentence, mentions);
    if (askedAlone || askedIfUsed || askedShort || cue)
      return { start: firstWord, end: sentence.trimEnd().length };
  }
  return undefined;
}

// Words that may follow "call me" with a capital and still ask for a call: "call me Monday".
const WHEN_WORDS =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|tomorrow|now|asap|anytime|later|soon|back|after|before|when|once|if|at|on|via|in|first|again|please|pls)$/i;

/** "…you can call me Sam": the writer gives the name to use, not a number to ring. */
function isNameGiven(text: string, end: number): boolean {
  if (!/\bcall\s+me$/i.test(text.slice(Math.max(0, end - 8), end))) return false;
  const name = /^\s+(\p{Lu}\p{Ll}+)(?=[\s.,!;:)]|$)/u.exec(text.slice(end, end + 40))?.[1];
  return name !== undefined && !WHEN_WORDS.test(name);
}

// Someone else's ask, told of: "our previous freelancer kept asking to move to WhatsApp", "a
// recruiter messaged me asking for my Telegram". The past or ongoing tense only: "my manager wants
// a call on Teams" is the writer passing the ask on.
/** Talk about the rule itself ("is it allowed to share my email?", "we must stay on the platform"). */
function isAboutTheRule(text: string, index: number): boolean {
  // Only the sentence of the ask: "Our company policy is Zoom only. Please … send your WhatsApp."
  // Looked for within those 50 characters only: a long text of many asks stays linear.
  const from = Math.max(0, index - 50);
  const window = text.slice(from, index + 1);
  const sentenceStart =
    from +
    Math.max(
      0,
      ...['. ', '! ', '? ', '\n'].map((end) => window.lastIndexOf(end, index - 1 - from) + 1),
    );
  const around = text.slice(sentenceStart, index + 80);
  return (
    /\b(allowed|terms\s+of\s+service|tos|policy|against\s+the\s+rules|is\s+it\s+ok(ay)?\s+to|am\s+i\s+allowed|are\s+we\s+allowed|permitted|scams?|scammers?|fake|phishing|red\s+flags?|beware|warning|report\s+(?:them|it|this)|reported\s+(?:it|them|him|her|this|that)|i\s+(?:said\s+no|refused|declined)|(?:lets|let|allows?)\s+(?:clients?|freelancers?|users?|members?|people)\s+(?:to\s+)?(?:share|exchange|swap))\b/i.test(
      around,
    ) || AFTER_THE_CONTRACT.test(around)
  );
}
