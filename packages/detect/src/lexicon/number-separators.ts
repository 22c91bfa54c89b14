/**
 * What may stand between the digit groups of one written number ("415 555-0132", "(213)
 * 373.4253"), as the body of a regex character class: spaces, dots, brackets, slashes and such,
 * and hyphens and dashes of every kind, among them the hyphens word processors and phones put in
 * numbers ("415‑555‑0132" with U+2011), and the long-vowel mark Japanese text puts there
 * ("０８０ー５５５５", U+30FC).
 */
export const NUMBER_SEPARATORS = String.raw` \t.\-‐-‒−–—ー()[\]/\\_*|~•·`;

/** The hyphens among them that are not "-", to read as "-". */
export const HYPHENS = /[‐-‒−ー]/g;
