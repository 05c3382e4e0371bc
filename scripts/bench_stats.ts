/** Small statistics for the benchmark: nearest-rank percentiles, medians, a seeded random. */

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] as number;
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** mulberry32, so every run scrubs to the same times. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let r = Math.imul(a ^ (a >>> 15), 1 | a);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

/** Frame statistics from requestAnimationFrame timestamps (ms). */
export function frameStats(timestamps: readonly number[], slowMs = 50) {
  const intervals = timestamps.slice(1).map((t, i) => t - (timestamps[i] as number));
  const duration = (timestamps.at(-1) ?? 0) - (timestamps[0] ?? 0);
  return {
    frames: intervals.length,
    fps: duration > 0 ? (intervals.length * 1000) / duration : 0,
    slowShare: intervals.length ? intervals.filter((d) => d > slowMs).length / intervals.length : 0,
    p95FrameMs: percentile(intervals, 95),
    maxFrameMs: intervals.length ? Math.max(...intervals) : 0,
  };
}

export type FrameStats = ReturnType<typeof frameStats>;
