/** What a rewrite searches with: a global RegExp, or anything that finds matches as one does. */
export type Matcher = Pick<RegExp, 'exec' | 'lastIndex'>;

/**
 * A string derived from the original message plus, for each of its UTF-16 code units, the span
 * of the original it came from. Detectors match on the derived string and report original spans,
 * so moderators and the composer highlight exactly what the member wrote.
 */
export class MappedText {
  /**
   * A rewritten text's map, until first asked for, is the text it was rewritten from and the
   * edits made to it (triples: start and end of the match there, length of its replacement):
   * most rewritten views hold nothing to report, and never need their map.
   */
  private pending: { from: MappedText; edits: number[] } | null = null;

  /**
   * Where each pending edit's replacement starts in this text: a span is looked up through the
   * edits instead of building a map as long as the text (a long message with one disguised
   * detail reports a span or two, and paid for two arrays of its length per rewrite).
   */
  private editStarts: Int32Array | null = null;

  /**
   * @param text the derived string
   * @param starts starts[i] = original offset where derived unit i begins
   * @param ends ends[i] = original offset (exclusive) where derived unit i ends
   */
  constructor(
    readonly text: string,
    private starts: Int32Array | null,
    private ends: Int32Array | null,
  ) {}

  static identity(text: string): MappedText {
    return new MappedText(text, null, null);
  }

  /** Original span covered by derived units [start, end). */
  originalSpan(start: number, end: number): [number, number] {
    if (!this.pending && (!this.starts || !this.ends)) return [start, end];
    const length = this.text.length;
    if (end <= start) {
      const at =
        start < length ? this.unitSpan(start)[0] : length > 0 ? this.unitSpan(length - 1)[1] : 0;
      return [at, at];
    }
    // Both ends are read so that a reversed view (see detectors/reversed.ts) maps back too.
    const [first, firstEnd] = this.unitSpan(start);
    const [last, lastEnd] = this.unitSpan(end - 1);
    return first <= last ? [first, lastEnd] : [last, firstEnd];
  }

  /** The original span of unit `at`. */
  private unitSpan(at: number): [number, number] {
    if (!this.pending) {
      return this.starts && this.ends ? [this.starts[at]!, this.ends[at]!] : [at, at + 1];
    }
    const { from, edits } = this.pending;
    const starts = (this.editStarts ??= editStarts(edits));
    // The last edit whose replacement starts at or before the unit.
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (starts[middle]! <= at) low = middle + 1;
      else high = middle;
    }
    const k = low - 1;
    if (k < 0) return from.unitSpan(at);
    const replaced = edits[3 * k + 2]!;
    // Each unit of a replacement maps to the whole original span of what it replaced.
    if (at < starts[k]! + replaced) return from.originalSpan(edits[3 * k]!, edits[3 * k + 1]!);
    return from.unitSpan(edits[3 * k + 1]! + at - starts[k]! - replaced);
  }

  /**
   * Replaces every match of `pattern` (global) by `replacement(match)`, composing the offset
   * map: each replacement unit maps to the whole original span of the match.
   */
  rewrite(pattern: Matcher, replacement: (match: RegExpExecArray) => string): MappedText {
    const source = this.text;
    let out = '';
    let edits: number[] | null = null;
    let last = 0;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(source); m; m = pattern.exec(source)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      const rep = replacement(m);
      if (rep === m[0]) continue;
      const end = m.index + m[0].length;
      (edits ??= []).push(m.index, end, rep.length);
      out += source.slice(last, m.index);
      out += rep;
      last = end;
    }
    if (!edits) return this;
    const rewritten = new MappedText(out + source.slice(last), null, null);
    rewritten.pending = { from: this, edits };
    return rewritten;
  }

  /**
   * Only the `ranges` of this text (in order, not overlapping), joined by `separator`, mapped
   * as before; each separator unit maps to the empty span where the range before it ends.
   */
  excerpt(ranges: ReadonlyArray<readonly [number, number]>, separator: string): MappedText {
    const text = ranges.map(([start, end]) => this.text.slice(start, end)).join(separator);
    const starts = new Int32Array(text.length);
    const ends = new Int32Array(text.length);
    let at = 0;
    ranges.forEach(([start, end], k) => {
      if (k > 0) {
        const previousEnd = ranges[k - 1]![1];
        const [, joint] = this.originalSpan(previousEnd - 1, previousEnd);
        starts.fill(joint, at, at + separator.length);
        ends.fill(joint, at, at + separator.length);
        at += separator.length;
      }
      at = this.copySpans(start, end, starts, ends, at);
    });
    return new MappedText(text, starts, ends);
  }

  /** Composes the map of a rewritten text from the map of the text it was rewritten from. */
  private buildMap(): void {
    const { from, edits } = this.pending!;
    this.pending = null;
    this.editStarts = null;
    const starts = new Int32Array(this.text.length);
    const ends = new Int32Array(this.text.length);
    let at = 0;
    let last = 0;
    for (let k = 0; k < edits.length; k += 3) {
      const matchStart = edits[k]!;
      const matchEnd = edits[k + 1]!;
      at = from.copySpans(last, matchStart, starts, ends, at);
      const [start, end] = from.originalSpan(matchStart, matchEnd);
      const length = edits[k + 2]!;
      starts.fill(start, at, at + length);
      ends.fill(end, at, at + length);
      at += length;
      last = matchEnd;
    }
    from.copySpans(last, from.text.length, starts, ends, at);
    this.starts = starts;
    this.ends = ends;
  }

  /** Writes the original spans of units [from, to) at `at`; returns where the next unit goes. */
  private copySpans(
    from: number,
    to: number,
    starts: Int32Array,
    ends: Int32Array,
    at: number,
  ): number {
    if (this.pending) this.buildMap();
    if (this.starts && this.ends) {
      starts.set(this.starts.subarray(from, to), at);
      ends.set(this.ends.subarray(from, to), at);
      return at + to - from;
    }
    for (let i = from; i < to; i++, at++) {
      starts[at] = i;
      ends[at] = i + 1;
    }
    return at;
  }
}

/** Where each edit's replacement (triples: match start, match end, replacement length) starts. */
function editStarts(edits: readonly number[]): Int32Array {
  const starts = new Int32Array(edits.length / 3);
  let at = 0;
  let last = 0;
  for (let k = 0; k < starts.length; k++) {
    at += edits[3 * k]! - last;
    starts[k] = at;
    at += edits[3 * k + 2]!;
    last = edits[3 * k + 1]!;
  }
  return starts;
}

/** Builds a MappedText chunk by chunk; used by the character folder. */
export class MappedTextBuilder {
  private chunks: string[] = [];
  private starts: Int32Array;
  private ends: Int32Array;
  private length = 0;

  constructor(capacity = 64) {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }

  /** How many chunks are built so far: the index the next one gets. */
  get chunkCount(): number {
    return this.chunks.length;
  }

  /** Appends `chunk`, every unit of it coming from original[originalStart, originalEnd). */
  push(chunk: string, originalStart: number, originalEnd: number): void {
    this.reserve(chunk.length);
    this.chunks.push(chunk);
    this.starts.fill(originalStart, this.length, this.length + chunk.length);
    this.ends.fill(originalEnd, this.length, this.length + chunk.length);
    this.length += chunk.length;
  }

  /** Appends original[from, to) unchanged, each unit from itself. */
  copy(original: string, from: number, to: number): void {
    if (to <= from) return;
    this.reserve(to - from);
    this.chunks.push(original.slice(from, to));
    for (let i = from; i < to; i++) {
      this.starts[this.length] = i;
      this.ends[this.length] = i + 1;
      this.length++;
    }
  }

  chunkAt(index: number): string {
    return this.chunks[index]!;
  }

  /** Replaces chunk `index` by one as long, keeping its original span. */
  replaceChunk(index: number, chunk: string): void {
    this.chunks[index] = chunk;
  }

  build(): MappedText {
    return new MappedText(
      this.chunks.join(''),
      this.starts.slice(0, this.length),
      this.ends.slice(0, this.length),
    );
  }

  private reserve(units: number): void {
    if (this.length + units <= this.starts.length) return;
    const capacity = Math.max(this.starts.length * 2, this.length + units);
    const starts = new Int32Array(capacity);
    const ends = new Int32Array(capacity);
    starts.set(this.starts);
    ends.set(this.ends);
    this.starts = starts;
    this.ends = ends;
  }
}
