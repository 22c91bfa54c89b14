/**
 * Words for translating, as folding writes them (lower case, no accents), in the languages the
 * corpus speaks: a detail in a text to translate is the work's content, not the writer's. A regex
 * source for use between word boundaries, and the same in scripts without them.
 */
export const TRANSLATION_WORDS = [
  'translat\\w*',
  'tradu[cz]?\\w*',
  '[üu]bersetz\\w*',
  'cevir\\w*',
  'tercume\\w*',
  'fordit\\w*',
  'overs(?:ae|æ|a|e)tt?\\w*',
  'kaann\\w*',
  'vertim\\w*',
  'prelo[zž]\\w*',
  'preklad\\w*',
  'prevod\\w*',
  'prijevod\\w*',
  't[lł]umacz\\w*',
  'tolge',
  'tolki\\w*',
  'tulko\\w*',
  'perkth\\w*',
].join('|');

export const TRANSLATION_WORDS_UNSPACED = 'ترجمة|ترجمه|翻译|翻譯|翻訳|英訳|和訳|թարգման';

/** Any of them, in a text. */
export const TRANSLATING = new RegExp(
  `\\b(?:${TRANSLATION_WORDS})\\b|${TRANSLATION_WORDS_UNSPACED}`,
  'i',
);
