import { LINGER_MS } from "./linger";
import type { IndexedMovement, StoryIndex } from "./story_index";

/**
 * Playback is paced for reading, not by the calendar. Story time is warped piecewise-linearly
 * into playback seconds (at 1×): empty years pass quickly, each event holds the playhead long
 * enough to read its card, and a movement takes at least a few seconds while it moves, however
 * short it was.
 * Both directions are binary searches over the knots, so a frame costs O(log n).
 */
export interface Pacing {
  /** Playback seconds at 1× from the start of the span to t. */
  toPlayback(t: number): number;
  /** The story time reached after `seconds` of playback at 1×. */
  fromPlayback(seconds: number): number;
  /** Playback seconds of the whole span at 1×. */
  total: number;
  /**
   * Story time (ms UTC) where the linger t lies in ends: the end of the segment that one event's
   * linger paces (its seconds, not a movement's, set its length). t itself where t lies in no
   * such segment, or where several events share the linger (skipping it would skip their cards).
   * A play or a presenter step from a card the reader has seen starts there (actions.ts), so the
   * map moves at once: Putin's trip to Peking sets off 1 ms after Erdogan's card
   * (movement_times.ts departure), and the step onto the handshake stood still for the card's
   * linger, a third of the step, before the trips moved (a review).
   */
  lingerEnd(t: number): number;
}

export interface PacingOptions {
  /** Story days that pass per second where nothing happens. */
  emptyDaysPerSecond: number;
  /** Seconds the playhead lingers on each event. */
  eventSeconds: number;
  /** Minimum seconds for a movement to play out. */
  movementSeconds: number;
}

export const DEFAULT_PACING: PacingOptions = { emptyDaysPerSecond: 365, eventSeconds: 2.2, movementSeconds: 5 };

const DAY = 86_400_000;

export function createPacing(index: StoryIndex, options: PacingOptions = DEFAULT_PACING): Pacing {
  const [start, end] = index.span;
  const emptyRate = options.emptyDaysPerSecond * DAY;

  // Knots: every time where the pace may change.
  const knotSet = new Set<number>([start, end]);
  // The knot a day after each event keeps its linger on the event itself, not spread over a
  // long empty gap that follows it.
  for (const e of index.events) {
    knotSet.add(e.time);
    knotSet.add(Math.min(e.time + LINGER_MS, end));
  }
  // The part of each movement's window in which it moves: a visit that arrives with its event
  // and stays on (Putin in Baku, August 2024) is drawn arrived, and reading seconds spread over
  // its stay showed nothing moving for 6 s (a review).
  const spans = index.movements.map(movingSpan);
  for (const [from, to] of spans) {
    knotSet.add(from);
    knotSet.add(to);
  }
  const times = Float64Array.from([...knotSet].filter((t) => t >= start && t <= end)).sort();

  // Seconds spent in each segment [times[i], times[i+1]).
  const seconds = new Float64Array(Math.max(times.length - 1, 0));
  for (let i = 0; i < seconds.length; i++) seconds[i] = ((times[i + 1] as number) - (times[i] as number)) / emptyRate;

  // Each event lingers in the segment that starts at it (events sharing a time add up).
  const lingering = new Float64Array(seconds.length);
  for (const e of index.events) {
    const segment = knotIndex(times, e.time);
    if (segment >= seconds.length) continue;
    seconds[segment] = (seconds[segment] as number) + options.eventSeconds;
    lingering[segment] = lingering[segment] === 0 ? (seconds[segment] as number) : -1;
  }
  // A movement takes at least movementSeconds, spread by calendar time over the part of its
  // window in which it moves, so the plane keeps moving while the cards of its events linger.
  for (const [from, to] of spans) {
    // The span stops at a movement's last instant, so its window may end at the last knot.
    const until = Math.min(to, end);
    if (until <= from) continue;
    const first = knotIndex(times, from);
    const last = until >= end ? times.length - 1 : knotIndex(times, until);
    for (let i = first; i < last; i++) {
      const share = ((times[i + 1] as number) - (times[i] as number)) / (until - from);
      seconds[i] = Math.max(seconds[i] as number, options.movementSeconds * share);
    }
  }

  const cumulative = new Float64Array(times.length);
  for (let i = 1; i < times.length; i++) cumulative[i] = (cumulative[i - 1] as number) + (seconds[i - 1] as number);
  const total = cumulative[cumulative.length - 1] ?? 0;

  return {
    total,
    lingerEnd(t) {
      if (times.length < 2 || t < start || t >= end) return t;
      const i = knotIndex(times, t);
      // One event's linger, and no movement's minimum made the segment longer (lingering[i]
      // holds its seconds as they were before the movements' loop; max() returns it unchanged).
      return (lingering[i] as number) > 0 && lingering[i] === seconds[i] ? (times[i + 1] as number) : t;
    },
    toPlayback(t) {
      if (times.length < 2 || t <= start) return 0;
      if (t >= end) return total;
      const i = knotIndex(times, t);
      const t0 = times[i] as number;
      const t1 = times[i + 1] as number;
      return (cumulative[i] as number) + ((t - t0) / (t1 - t0)) * (seconds[i] as number);
    },
    fromPlayback(s) {
      if (times.length < 2 || s <= 0) return start;
      if (s >= total) return end;
      const i = knotIndex(cumulative, s);
      const s0 = cumulative[i] as number;
      const duration = seconds[i] as number;
      const t0 = times[i] as number;
      const t1 = times[i + 1] as number;
      return duration > 0 ? t0 + ((s - s0) / duration) * (t1 - t0) : t0;
    },
  };
}

/** Index i of the segment [sorted[i], sorted[i+1]) that holds value (the last knot ≤ value). */
function knotIndex(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) <= value) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, Math.min(lo - 1, sorted.length - 2));
}

/**
 * [from, to] (ms UTC) of `m`'s window in which it moves: from its last keyframe at its first
 * route fraction to its first at its last (keyframes.ts); its whole window without keyframes.
 * from ≥ to: it does not move (it arrives with its first event and stays).
 */
function movingSpan(m: IndexedMovement): [number, number] {
  const frames = m.keyframes;
  const first = frames[0];
  const last = frames.at(-1);
  if (!first || !last) return [m.start, m.end];
  let from = first.time;
  for (const f of frames) {
    if (f.progress > first.progress) break;
    from = f.time;
  }
  let to = last.time;
  for (let i = frames.length - 1; i >= 0; i--) {
    const f = frames[i] as (typeof frames)[number];
    if (f.progress < last.progress) break;
    to = f.time;
  }
  return [Math.max(from, m.start), Math.min(to, m.end)];
}
