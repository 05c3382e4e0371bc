/**
 * The timeline's x scale: time (ms UTC) → px along the strip, and back. A linear map between two
 * intervals with the part of d3-scale's interface the timeline and d3-zoom's `rescaleX` use
 * (call, invert, domain, range, copy).
 *
 * Why not d3-scale: the timeline takes neither its ticks nor its labels from a scale (ticks.ts
 * picks the ticks and words them with Intl), and `scaleUtc`/`scaleLinear` bring d3-time(-format)
 * or d3-format, d3-interpolate and d3-color into the first load for their interpolators and tick
 * formats: 9.5 KB gz of the app's first-load JS (issue 16: ≤ 60 KB). d3-interpolate and d3-color
 * still come with d3-zoom and d3-brush when a strip is first used.
 */
export interface TimeScale {
  /** px for `time` (ms UTC); outside the domain it extrapolates, like d3 without clamping. */
  (time: number): number;
  /** ms UTC (not rounded) drawn at `px`. */
  invert(px: number): number;
  /** [start, end], ms UTC. */
  domain(): [number, number];
  domain(next: readonly (number | Date)[]): this;
  /** [left, right], px. */
  range(): [number, number];
  range(next: readonly number[]): this;
  /** An independent scale with the same domain and range. */
  copy(): this;
}

/**
 * A scale from `domain` ([start, end], ms UTC; a Date counts as its ms) to `range` ([left, right], px; [0, 1] until set).
 * As in d3, a one-instant domain maps to the middle of the range, and an empty range inverts to
 * the domain's start. Throws RangeError unless both are two finite numbers.
 */
export function timeScale(domain: readonly (number | Date)[], range: readonly number[] = [0, 1]): TimeScale {
  let d = pair(domain, "domain");
  let r = pair(range, "range");
  const scale = ((time: number) => r[0] + fraction(time, d) * (r[1] - r[0])) as TimeScale;
  scale.invert = (px) => d[0] + (r[0] === r[1] ? 0 : fraction(px, r)) * (d[1] - d[0]);
  scale.domain = ((next?: readonly (number | Date)[]) => {
    if (next === undefined) return [d[0], d[1]];
    d = pair(next, "domain");
    return scale;
  }) as TimeScale["domain"];
  scale.range = ((next?: readonly number[]) => {
    if (next === undefined) return [r[0], r[1]];
    r = pair(next, "range");
    return scale;
  }) as TimeScale["range"];
  scale.copy = () => timeScale(d, r);
  return scale;
}

/** Where `value` lies in [a, b]: 0 at a, 1 at b; 0.5 when a = b. */
function fraction(value: number, [a, b]: readonly [number, number]): number {
  return a === b ? 0.5 : (value - a) / (b - a);
}

function pair(values: readonly (number | Date)[], name: string): [number, number] {
  const [a, b] = [Number(values[0]), Number(values[1])];
  if (values.length !== 2 || !Number.isFinite(a) || !Number.isFinite(b)) {
    throw new RangeError(`timeScale: the ${name} must be two finite numbers, got [${values.join(", ")}]`);
  }
  return [a, b];
}
