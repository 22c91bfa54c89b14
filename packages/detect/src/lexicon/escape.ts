/** `text` as a regex source that matches it literally, with or without the `u` flag. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
