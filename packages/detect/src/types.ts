/** The seven things Ringfence looks for. A closed set: policy, explanations and metrics key on it. */
export const CATEGORIES = [
  'phone',
  'email',
  'address',
  'link',
  'handle',
  'request',
  'payment',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** How a piece of text was disguised; recorded so moderators and metrics can see what was seen through. */
export const OBFUSCATIONS = [
  'at_dot_words', // "john at gmail dot com"
  'spelled_digits', // "five five five", "cinco", "пять"
  'mixed_words_digits', // "5five5"
  'separators', // "5-5-5 . 1 2 3", "j o h n @ g m a i l"
  'confusables', // Cyrillic/Greek look-alikes, full-width, mathematical, circled, keycap digits
  'invisible', // zero-width and combining characters
  'leetspeak', // "g00gle", "l" for 1, "o" for 0 among digits
  'reversed', // "moc.liamg@nhoj"
  'code_block', // inside ``` fences or indented code
  'split_messages', // assembled from consecutive messages of one thread
] as const;
export type Obfuscation = (typeof OBFUSCATIONS)[number];

/**
 * What a detector saw, with offsets into the ORIGINAL text (UTF-16 code units, end exclusive),
 * even when it matched on a normalised form.
 */
export interface Finding {
  category: Category;
  start: number;
  end: number;
  /** The original text of the span. */
  text: string;
  /** 0..1: how sure the detector is that this is what `category` says. */
  confidence: number;
  evidence: Evidence;
}

/** Why a detector fired: structured, so policy and explanations never parse strings. */
export interface Evidence {
  /** Which detector fired, e.g. "phone.number", "email.address", "link.booking". */
  detector: string;
  /** A finer kind inside the category: "booking", "meeting", "file_share", "whatsapp", "iban"… */
  kind?: string;
  /** The canonical value seen through any disguise, e.g. "+15551234567" or "john@gmail.com". */
  normalized?: string;
  obfuscations: Obfuscation[];
  /**
   * Context that may make an exception apply; detect only reports it, policy decides.
   * "scoping_access": an email given, or asked for, so that one side can grant the other access
   * to a project tool.
   * "portfolio": a link offered as a portfolio of past work.
   * "file_share": a file-sharing link that needs no contact details.
   */
  purpose?: 'scoping_access' | 'portfolio' | 'file_share';
  /** For split-message findings: how many earlier messages of the thread took part. */
  earlierMessages?: number;
}

export interface DetectOptions {
  /**
   * Countries (ISO 3166-1 alpha-2) that hint how national-format phone numbers are read, most
   * likely first: typically the sender's and the recipient's. Never required.
   */
  countries?: readonly string[];
}
