import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';

/**
 * Yields the lines of a stream, without their line ending ("\n" or "\r\n"), including a last line
 * that has no newline after it. A line may be any length: its pieces are collected in a list and
 * joined once, so a multi-megabyte line costs linear time, not quadratic. A UTF-8 byte order mark
 * at the start is dropped. Multi-byte characters split between chunks are decoded whole.
 *
 * @example
 * for await (const line of readLines(createReadStream('corpus/ringfence.jsonl'))) {
 *   if (line.trim() !== '') handle(JSON.parse(line));
 * }
 */
export async function* readLines(input: Readable): AsyncGenerator<string> {
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
    let from = 0;
    for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', from)) {
      yield finish(text.slice(from, newline));
      from = newline + 1;
    }
    if (from < text.length) pieces.push(text.slice(from));
  }
  const rest = decoder.end();
  if (rest !== '') pieces.push(rest);
  if (pieces.length > 0) yield finish('');
}

/** One line of a JSON-lines stream: its 1-based number and either the parsed value or why not. */
export type JsonLine =
  { line: number; value: unknown } | { line: number; error: string; text: string };

/**
 * Parses a JSON-lines stream line by line, skipping blank lines. A line that is not JSON becomes
 * an `error` entry and reading goes on, so one bad line never hides the rest of a file.
 *
 * @example
 * for await (const entry of readJsonLines(process.stdin)) {
 *   if ('error' in entry) report(entry.line, entry.error);
 *   else handle(entry.value);
 * }
 */
export async function* readJsonLines(input: Readable): AsyncGenerator<JsonLine> {
  let line = 0;
  for await (const text of readLines(input)) {
    line++;
    if (text.trim() === '') continue;
    try {
      yield { line, value: JSON.parse(text) as unknown };
    } catch (error) {
      yield { line, error: `not valid JSON: ${(error as Error).message}`, text };
    }
  }
}
