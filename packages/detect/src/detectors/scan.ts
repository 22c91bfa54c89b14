import type { MappedText } from '../normalize/mapped-text.js';
import type { Finding } from '../types.js';
import { codeSpans } from './context.js';

/** One message as every detector sees it. */
export interface Scan {
  /** The text as the member wrote it; findings point into it. */
  original: string;
  /** Folded view (see normalize/fold.ts), mapped to `original`. */
  folded: MappedText;
  /** Code spans, in original offsets. */
  code: ReadonlyArray<[number, number]>;
  /** Country hints for national phone numbers, most likely first. */
  countries: readonly string[];
}

export function createScan(
  original: string,
  folded: MappedText,
  countries: readonly string[],
): Scan {
  return { original, folded, code: codeSpans(original), countries };
}

/** A finding before the orchestrator fills in `text` from the original message. */
export type RawFinding = Omit<Finding, 'text'>;
