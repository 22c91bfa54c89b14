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
      for (let i = last; i < m.index; i++) {
        const [s, e] = this.originalSpan(i, i + 1);
        starts.push(s);
        ends.push(e);
      }
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
    for (let i = last; i < source.length; i++) {
      const [s, e] = this.originalSpan(i, i + 1);
      starts.push(s);
      ends.push(e);
    }
    out += source.slice(last);
    return new MappedText(out, Int32Array.from(starts), Int32Array.from(ends));
  }
}

/** Builds a MappedText unit by unit; used by the character folder. */
export class MappedTextBuilder {
  private parts: string[] = [];
  private starts: number[] = [];
  private ends: number[] = [];

  push(chunk: string, originalStart: number, originalEnd: number): void {
    this.parts.push(chunk);
    for (let i = 0; i < chunk.length; i++) {
      this.starts.push(originalStart);
      this.ends.push(originalEnd);
    }
  }

  build(): MappedText {
    return new MappedText(
      this.parts.join(''),
      Int32Array.from(this.starts),
      Int32Array.from(this.ends),
    );
  }
}
