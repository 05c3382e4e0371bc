/**
 * Which event marks to draw and where, so a story of 10 000 events stays a few hundred DOM nodes:
 * the focus strip draws only the events in its window, stacked in lanes so dense weeks stay
 * legible; the overview (and a crowded focus window) draws one mark per pixel column.
 */
import type { TimeWindow } from "./window";

export interface Timed {
  readonly time: number;
  /** End of the event's period, exclusive. */
  readonly until: number;
}

export interface Categorised extends Timed {
  readonly id: string;
  readonly category: string;
}

/** The longest period among `events`: how far before a window an overlapping event may start. */
export function longestPeriod(events: readonly Timed[]): number {
  let longest = 0;
  for (const event of events) longest = Math.max(longest, event.until - event.time);
  return longest;
}

/** First index whose time is >= `time` in events sorted by time. */
export function lowerBound(events: readonly Timed[], time: number): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((events[mid] as Timed).time < time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The events (sorted by time) whose period overlaps `window`, found by binary search: a month
 * that began before the window still shows as a bar entering it. `longest` is longestPeriod(events);
 * times are whole ms, so `window[1] + 1` bounds the events at the window's end.
 */
export function eventsInWindow<T extends Timed>(events: readonly T[], window: TimeWindow, longest: number): T[] {
  const from = lowerBound(events, window[0] - longest);
  const to = lowerBound(events, window[1] + 1);
  const inside: T[] = [];
  for (let i = from; i < to; i++) {
    const event = events[i] as T;
    if (event.until > window[0] || event.time >= window[0]) inside.push(event);
  }
  return inside;
}

export interface Column {
  /** Left edge of the column in px. */
  readonly x: number;
  readonly count: number;
  /** The most frequent category in the column (the earliest one on a tie). */
  readonly category: string;
  /** The first event in the column. */
  readonly id: string;
}

/**
 * Bins events (sorted by time) into columns `columnPx` wide across [0, widthPx): at most one mark
 * per column, however many events share it. Events outside the range are left out.
 */
export function aggregateColumns(
  events: readonly Categorised[],
  x: (time: number) => number,
  widthPx: number,
  columnPx = 1,
): Column[] {
  const columns: Column[] = [];
  let bin = -1;
  let count = 0;
  let id = "";
  let tally = new Map<string, number>();
  const flush = () => {
    if (count === 0) return;
    let category = "";
    let best = 0;
    for (const [name, n] of tally) {
      if (n > best) [category, best] = [name, n];
    }
    columns.push({ x: bin * columnPx, count, category, id });
  };
  for (const event of events) {
    const px = x(event.time);
    if (!(px >= 0 && px <= widthPx)) continue;
    const at = Math.floor(Math.min(px, widthPx - 1e-9) / columnPx);
    if (at !== bin) {
      flush();
      [bin, count, id, tally] = [at, 0, event.id, new Map()];
    }
    count += 1;
    tally.set(event.category, (tally.get(event.category) ?? 0) + 1);
  }
  flush();
  return columns;
}

/**
 * Stacks intervals [x0, x1] (sorted by x0) into `lanes` rows, each into the lowest lane where it
 * does not touch its left neighbour; when every lane is taken it joins the lane that frees first.
 */
export function assignLanes(items: readonly { x0: number; x1: number }[], lanes: number, gapPx = 2): number[] {
  const ends = new Array<number>(Math.max(lanes, 1)).fill(Number.NEGATIVE_INFINITY);
  return items.map(({ x0, x1 }) => {
    let lane = ends.findIndex((end) => end + gapPx <= x0);
    if (lane < 0) lane = ends.indexOf(Math.min(...ends));
    ends[lane] = Math.max(ends[lane] as number, x1);
    return lane;
  });
}
