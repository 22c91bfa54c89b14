/** Milliseconds per call of `run` over `runs` calls, after `warmup` untimed ones. */
export interface Timing {
  runs: number;
  median: number;
  p99: number;
  min: number;
}

export function timeRuns(runs: number, warmup: number, run: () => void): Timing {
  for (let i = 0; i < warmup; i++) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const percentile = (p: number) =>
    times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)] ?? NaN;
  return { runs, median: percentile(0.5), p99: percentile(0.99), min: times[0] ?? NaN };
}

export function formatTiming(what: string, timing: Timing): string {
  return (
    `ms per ${what} over ${timing.runs} runs: median ${timing.median.toFixed(2)}, ` +
    `p99 ${timing.p99.toFixed(2)}, min ${timing.min.toFixed(2)}`
  );
}
