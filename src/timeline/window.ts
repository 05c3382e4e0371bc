/**
 * The focus window: the part of the story span the focus strip shows. Pure arithmetic on
 * [start, end] pairs in ms (UTC), shared by the brush, the zoom and `reveal`.
 */

export type TimeWindow = readonly [number, number];

export const DAY = 86_400_000;

/** The narrowest window the focus strip zooms to: a week still shows readable day ticks. */
export const MIN_WINDOW = 7 * DAY;

/**
 * Keeps `window` inside `span` and at least `minLength` long (never longer than the span),
 * preserving its length while sliding it back in, so a pan at the edge stops instead of shrinking.
 */
export function clampWindow(window: TimeWindow, span: TimeWindow, minLength = MIN_WINDOW): TimeWindow {
  const given = window[1] - window[0];
  const length = Math.min(Math.max(given, minLength), span[1] - span[0]);
  // A window that had to grow grows around its middle; one that fits keeps its start.
  const start = length > given ? (window[0] + window[1] - length) / 2 : window[0];
  const inside = Math.min(Math.max(start, span[0]), span[1] - length);
  return [inside, inside + length];
}

/** Slides `window` by `delta` ms, stopping at the span's edges. */
export function panWindow(window: TimeWindow, span: TimeWindow, delta: number): TimeWindow {
  return clampWindow([window[0] + delta, window[1] + delta], span);
}

/** The share of the window at each edge where `t` counts as about to leave it. */
export const REVEAL_MARGIN = 0.04;

/**
 * The window to show so `t` is visible. Returns `window` itself when `t` already sits inside it
 * (away from the edges), so callers can skip work by identity. Near the right edge the window
 * turns a page forward (t lands at 20 %), near the left edge a page back (t at 80 %), so playback
 * moves the axis in rare steps rather than every frame; a far jump centres t.
 */
export function revealWindow(window: TimeWindow, span: TimeWindow, t: number, margin = REVEAL_MARGIN): TimeWindow {
  const length = window[1] - window[0];
  const inset = length * margin;
  if (t >= window[0] + inset && t <= window[1] - inset) return window;
  let start: number;
  if (t < window[0] - length || t > window[1] + length) start = t - length / 2;
  else if (t > window[1] - inset) start = t - length * 0.2;
  else start = t - length * 0.8;
  const next = clampWindow([start, start + length], span);
  return next[0] === window[0] && next[1] === window[1] ? window : next;
}

/** A window of `length` centred on `t`, inside the span. */
export function centreWindow(span: TimeWindow, t: number, length: number): TimeWindow {
  return clampWindow([t - length / 2, t + length / 2], span);
}

/** Whole days from `start` to `t`: the slider's integer value (aria-valuenow/min/max). */
export function daysSince(start: number, t: number): number {
  return Math.floor((t - start) / DAY);
}

export function sameWindow(a: TimeWindow, b: TimeWindow): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/** True when `t` lies inside `window` (edges included). */
export function containsTime(window: TimeWindow, t: number): boolean {
  return t >= window[0] && t <= window[1];
}

/**
 * Whether the focus window follows the playhead. `detached` is set when the reader moves the
 * window away from the playhead during playback: playback then leaves their window alone.
 */
export interface Follow {
  readonly window: TimeWindow;
  readonly detached: boolean;
}

/**
 * The reader set `window` (brush, wheel, pinch, swipe) while the playhead is at `t`. During
 * playback a window without the playhead detaches following; a paused reader's window is kept
 * anyway, since only a move of the playhead makes the window follow again.
 */
export function brushedWindow(window: TimeWindow, t: number, playing: boolean): Follow {
  return { window, detached: playing && !containsTime(window, t) };
}

/**
 * The playhead moved to `t`. A seek, a step, a deep link or a message brings `t` into view when
 * it is outside the window (see `revealWindow`); playback turns the page before `t` reaches the
 * edge, unless the reader detached the window, until the playhead comes back into it by itself. Returns `follow` itself when nothing changes.
 */
export function followPlayhead(follow: Follow, span: TimeWindow, t: number, playing: boolean): Follow {
  if (follow.detached && playing && !containsTime(follow.window, t)) return follow;
  // A paused reader scrubbing near the strip's edge keeps the strip still under the pointer;
  // playback, which only moves forward, turns the page only as it nears the right edge.
  const [start, end] = follow.window;
  const ahead = containsTime(follow.window, t) && (!playing || t <= end - (end - start) * REVEAL_MARGIN);
  if (ahead) return follow.detached ? { ...follow, detached: false } : follow;
  const window = revealWindow(follow.window, span, t);
  if (window === follow.window && !follow.detached) return follow;
  return { window, detached: false };
}

/**
 * The window `progress` (0…1) of the way from `from` to `to`, eased out (cubic), so a page turn
 * or a jump glides instead of snapping. Both ends keep their length if the two windows do.
 */
export function tweenWindow(from: TimeWindow, to: TimeWindow, progress: number): TimeWindow {
  if (progress >= 1) return to;
  const p = 1 - (1 - Math.max(progress, 0)) ** 3;
  return [from[0] + (to[0] - from[0]) * p, from[1] + (to[1] - from[1]) * p];
}
