/** Latency percentiles in microseconds. */
export interface LatencySummary {
  p50: number;
  p99: number;
  p999: number;
  max: number;
}

export interface ThroughputFigures {
  /** Messages checked in the measured rounds. */
  messages: number;
  /** UTF-8 bytes of their texts. */
  bytes: number;
  /** Time spent inside the measured calls, summed. */
  seconds: number;
  messagesPerSecond: number;
  /** Megabytes (10^6 bytes) of text per second. */
  megabytesPerSecond: number;
  meanMessageBytes: number;
  latencyMicros: LatencySummary;
}

/**
 * Per-call latencies in nanoseconds, kept in a growing typed array so that recording a sample
 * allocates nothing (an allocation per message would itself show up in the timings). A call
 * checks one message, or a batch of them.
 */
export class LatencySamples {
  private data: Float64Array;
  private size = 0;
  private bytes = 0;
  private messageCount = 0;

  constructor(expected = 1024) {
    this.data = new Float64Array(Math.max(16, expected));
  }

  get count(): number {
    return this.size;
  }

  /** Messages the calls checked. */
  get messages(): number {
    return this.messageCount;
  }

  /** Sum of all samples, in nanoseconds. */
  get totalNanos(): number {
    let total = 0;
    for (let i = 0; i < this.size; i++) total += this.data[i]!;
    return total;
  }

  add(nanos: number, messageBytes: number, messages = 1): void {
    if (this.size === this.data.length) {
      const grown = new Float64Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.size++] = nanos;
    this.bytes += messageBytes;
    this.messageCount += messages;
  }

  /**
   * @example
   * const samples = new LatencySamples();
   * samples.add(1500, 300);
   * samples.figures().latencyMicros.p50; // 1.5
   */
  figures(): ThroughputFigures {
    const sorted = this.data.slice(0, this.size).sort();
    const seconds = this.totalNanos / 1e9;
    const messages = this.messageCount;
    return {
      messages,
      bytes: this.bytes,
      seconds,
      messagesPerSecond: seconds === 0 ? 0 : messages / seconds,
      megabytesPerSecond: seconds === 0 ? 0 : this.bytes / 1e6 / seconds,
      meanMessageBytes: messages === 0 ? 0 : this.bytes / messages,
      latencyMicros: {
        p50: percentile(sorted, 0.5) / 1000,
        p99: percentile(sorted, 0.99) / 1000,
        p999: percentile(sorted, 0.999) / 1000,
        max: (sorted[sorted.length - 1] ?? 0) / 1000,
      },
    };
  }
}

/** Nearest-rank percentile of ascending samples: the smallest sample with ≥ q of them at or below it. */
export function percentile(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1]!;
}
