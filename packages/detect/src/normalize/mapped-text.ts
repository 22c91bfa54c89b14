/**
 * A string derived from the original message plus, for each of its UTF-16 code units, the span
 * of the original it came from. Detectors match on the derived string and report original spans,
 * so moderators and the composer highlight exactly what the member wrote.
 */
export class MappedText {
  /**
   * @param text the derived string
   * @param starts starts[i] = original offset where derived unit i begins
   * @param ends ends[i] = original offset (exclusive) where derived unit i ends
   */
  constructor(
    readonly text: string,
    private readonly starts: Int32Array | null,
    private readonly ends: Int32Array | null,
  ) {}

  static identity(text: string): MappedText {
    return new MappedText(text, null, null);
  }

  /** Original span covered by derived units [start, end). */
  originalSpan(start: number, end: number): [number, number] {
    if (!this.starts || !this.ends) return [start, end];
    if (end <= start) {
      const at =
        start < this.starts.length ? this.starts[start]! : (this.ends[this.ends.length - 1] ?? 0);
      return [at, at];
    }
    // Both ends are read so that a reversed view (see detectors/reversed.ts) maps back too.
    const first = this.starts[start]!;
    const last = this.starts[end - 1]!;
    return first <= last ? [first, this.ends[end - 1]!] : [last, this.ends[start]!];
  }

  /**
   * Replaces every match of `pattern` (global) by `replacement(match)`, composing the offset
   * map: each replacement unit maps to the whole original span of the match.
   */
  rewrite(pattern: RegExp, replacement: (match: RegExpExecArray) => string): MappedText {
    const source = this.text;
    let out = '';
    const starts: number[] = [];
    const ends: number[] = [];
    let last = 0;
    let changed = false;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(source); m; m = pattern.exec(source)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      const rep = replacement(m);
      if (rep === m[0]) continue;
      changed = true;
      this.copySpans(last, m.index, starts, ends);
      out += source.slice(last, m.index);
      const [s, e] = this.originalSpan(m.index, m.index + m[0].length);
      for (let i = 0; i < rep.length; i++) {
        starts.push(s);
        ends.push(e);
      }
      out += rep;
      last = m.index + m[0].length;
    }
    if (!changed) return this;
    this.copySpans(last, source.length, starts, ends);
    out += source.slice(last);
    return new MappedText(out, Int32Array.from(starts), Int32Array.from(ends));
  }

  /** Appends the original spans of units [from, to), unit by unit. */
  private copySpans(from: number, to: number, starts: number[], ends: number[]): void {
    for (let i = from; i < to; i++) {
      starts.push(this.starts ? this.starts[i]! : i);
      ends.push(this.ends ? this.ends[i]! : i + 1);
    }
  }
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
