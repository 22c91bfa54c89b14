import { compareNs } from './instants.js';

interface Span {
  start: bigint;
  end: bigint;
}

/**
 * Occupied time (busy events and buffered bookings) merged into disjoint spans sorted by time,
 * so whether a candidate slot is free takes one binary search.
 */
export class OccupiedTime {
  private readonly spans: Span[] = [];

  constructor(spans: Span[]) {
    const sorted = [...spans].sort((a, b) => compareNs(a.start, b.start));
    for (const span of sorted) {
      const last = this.spans[this.spans.length - 1];
      // Touching spans merge too: for a query of positive length, overlapping the union is the
      // same as overlapping one of them.
      if (last !== undefined && span.start <= last.end) {
        if (span.end > last.end) last.end = span.end;
      } else {
        this.spans.push({ start: span.start, end: span.end });
      }
    }
  }

  /** Whether [start, end] overlaps any occupied span; touching ends do not overlap. */
  overlaps(start: bigint, end: bigint): boolean {
    // Merged spans have ascending ends: find the first that ends after `start`.
    let low = 0;
    let high = this.spans.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const span = this.spans[middle];
      if (span !== undefined && span.end <= start) low = middle + 1;
      else high = middle;
    }
    const next = this.spans[low];
    return next !== undefined && next.start < end;
  }
}
