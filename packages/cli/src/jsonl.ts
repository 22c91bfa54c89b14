import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';

/**
 * Yields the lines of a stream, without their line ending ("\n" or "\r\n"), including a last line
 * that has no newline after it, in batches: the lines each chunk of input completed. A line may be
 * any length: its pieces are collected in a list and joined once, so a multi-megabyte line costs
 * linear time, not quadratic. A UTF-8 byte order mark at the start is dropped. Multi-byte
 * characters split between chunks are decoded whole. Batches let a reader handle a chunk's lines
 * without a pause per line, and answer them in one write, yet still answer each chunk as soon as
 * it arrives (a line typed on a terminal is a chunk of its own).
 *
 * @example
 * for await (const lines of readLineBatches(process.stdin)) process.stdout.write(lines.join('\n'));
 */
export async function* readLineBatches(input: Readable): AsyncGenerator<string[]> {
  const decoder = new StringDecoder('utf8');
  let pieces: string[] = [];
  let first = true;

  function finish(piece: string): string {
    pieces.push(piece);
    let line = pieces.length === 1 ? piece : pieces.join('');
    pieces = [];
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (first) {
      first = false;
      if (line.startsWith('\uFEFF')) line = line.slice(1);
    }
    return line;
  }

  for await (const chunk of input) {
    // A stream with setEncoding() already gives strings; otherwise bytes.
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer);
    const lines: string[] = [];
    let from = 0;
    for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', from)) {
      lines.push(finish(text.slice(from, newline)));
      from = newline + 1;
    }
    if (from < text.length) pieces.push(text.slice(from));
    if (lines.length > 0) yield lines;
  }
  const rest = decoder.end();
  if (rest !== '') pieces.push(rest);
  if (pieces.length > 0) yield [finish('')];
}

/** One line of a JSON-lines stream: its 1-based number and either the parsed value or why not. */
export type JsonLine =
  { line: number; value: unknown } | { line: number; error: string; text: string };

/**
 * Parses a JSON-lines stream, skipping blank lines, in the batches of readLineBatches. A line
 * that is not JSON becomes an `error` entry and reading goes on, so one bad line never hides the
 * rest of a file.
 *
 * @example
 * for await (const entries of readJsonLineBatches(process.stdin)) {
 *   for (const entry of entries) 'error' in entry ? report(entry.line, entry.error) : handle(entry.value);
 * }
 */
export async function* readJsonLineBatches(input: Readable): AsyncGenerator<JsonLine[]> {
  let line = 0;
  for await (const texts of readLineBatches(input)) {
    const entries: JsonLine[] = [];
    for (const text of texts) {
      line++;
      if (text.trim() === '') continue;
      try {
        entries.push({ line, value: JSON.parse(text) as unknown });
      } catch (error) {
        entries.push({ line, error: `not valid JSON: ${(error as Error).message}`, text });
      }
    }
    if (entries.length > 0) yield entries;
  }
}

/**
 * The entries of a JSON-lines stream one by one (see readJsonLineBatches).
 *
 * @example
 * for await (const entry of readJsonLines(process.stdin)) {
 *   if ('error' in entry) report(entry.line, entry.error);
 *   else handle(entry.value);
 * }
 */
export async function* readJsonLines(input: Readable): AsyncGenerator<JsonLine> {
  for await (const entries of readJsonLineBatches(input)) yield* entries;
}
