/**
 * Asks to come to a place, meet there or collect something there, in the languages the corpus
 * speaks (folded text: accents dropped).
 */
// "come around 2pm", "let's meet for a coffee", "te espero en la oficina", "Komm doch vorbei",
// "ci vediamo al bar", "office aa jao", "tuonane Jumatatu".
export const VISIT =
  /\b(?:meet(?:ing)?\s+(?:up|there|for|in\s+person|face\s+to\s+face)|let'?s\s+meet|(?:can|could|shall)\s+we\s+meet|we\s+could\s+(?:just\s+)?meet|meet\s+(?:up\s+)?at|pe\s+la\s+mine|come\s+for\s+(?:an?\s+|the\s+)?(?:interview|meeting|chat)|come\s+(?:by|over|round|around|in|to|pick)|drop\s+by|pop\s+(?:by|in|over|round)|swing\s+by|stop\s+by|visit\s+(?:us|me)|pick\s+(?:it|them|\w+)\s+up|pick\s+up\s+(?:the|your|it|them)|collect\s+(?:it|them|the\s+\w+|your\s+\w+)|(?:a|for)\s+(?:coffee|lunch)|in\s+person|face\s+to\s+face|nos\s+vemos|vernos|te\s+espero|ven(?:ir|te|ga|gan)?|pasate|quedamos|reunamos|en\s+persona|vir\s+ca|venha|passa\s+(?:aqui|la)|presencialmente|pessoalmente|on\s+se\s+(?:retrouve|voit)|passez|venez|viens|passer\s+(?:vous\s+)?voir|en\s+personne|vorbei(?:kommen)?|komm(?:en\s+sie)?|treffen|pers[oö]nlich|ci\s+vediamo|vieni|venite|di\s+persona|spotka\w*|wpadnij|przyjd\w*|g[oö]r[uü][sş]el\w*|y[uü]z\s+y[uü]ze|gelin|yapal[ıi]m|ketemu(?:an)?|mampir|datang|ngopi|punta|pumunta|magkita|aa\s+jao|aaiye|aaye|milte|mil\s+lete|chai\s+pe|gap\s+nhau|ghe\s+qua|karibu|tuonane|njoo|ses\s+p[aå]|kom\s+(?:forbi|förbi|in|langs)|langskomen|afspreken)\b/i;
export const VISIT_OTHER_SCRIPTS =
  /(?:^|[^\p{L}])(?:встретимся|встретиться|встречу|приезжайте|приходите|заходите|лично|зустрінемось|зустрітися|приходьте|заходьте|особисто)(?![\p{L}])|نتقابل|زورنا|تزورنا|تزورني|تعال|قابلني|نلتقي|حضوری|ελατε|ببینیم|お越し|来て|会いましょう|오시|만나|방문|來我們|来我们|面談|面谈|见面|見面/iu;

/** Both, for finding every such ask in a text. */
export const VISIT_ANYWHERE = new RegExp(`${VISIT.source}|${VISIT_OTHER_SCRIPTS.source}`, 'giu');
