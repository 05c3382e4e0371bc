import { lastAtOrBefore } from "../time/story_index";

/**
 * Which things the map shows at t, as stages: an event is future, fresh, recent or old; a
 * movement future, moving or done. The map computes them from each feature's time and a
 * playhead (story_layers.ts), and a few features that changed since carry their stage in
 * feature state. These functions are the same rule in TypeScript (clicks, tests); the trackers
 * report what changed, without visiting what did not.
 */
export const EVENT_STAGE = { future: 0, fresh: 1, recent: 2, old: 3 } as const;
export const MOVEMENT_STAGE = { future: 0, moving: 1, done: 2 } as const;

const YEAR = 365.25 * 86_400_000;
/** An event is "fresh" for a year, "recent" for four, then "old" (it fades with age). */
export const FRESH_FOR = YEAR;
export const RECENT_FOR = 4 * YEAR;

export function eventStage(time: number, t: number): number {
  if (time > t) return EVENT_STAGE.future;
  if (time > t - FRESH_FOR) return EVENT_STAGE.fresh;
  if (time > t - RECENT_FOR) return EVENT_STAGE.recent;
  return EVENT_STAGE.old;
}

export function movementStage(start: number, end: number, t: number): number {
  if (t < start) return MOVEMENT_STAGE.future;
  return t < end ? MOVEMENT_STAGE.moving : MOVEMENT_STAGE.done;
}

export interface StageChange {
  /** Index of the event or movement in the story index. */
  index: number;
  stage: number;
}

/**
 * Up to this many stage changes an update sends as feature state (the cost grows with them);
 * past it, one playhead value (global state, story_layers.ts) from which the map computes every
 * stage again, at a cost that grows with the story but not with what changed.
 */
export const MAX_STATE_CHANGES = 1000;

/** Tracks event stages over `times` (sorted); update(t) returns the events whose stage changed. */
export function eventStageTracker(times: ArrayLike<number>) {
  // Boundaries: events [0, old) are old, [old, recent) recent, [recent, happened) fresh.
  let bounds = [0, 0, 0];
  return {
    update(t: number): StageChange[] {
      const next = [
        lastAtOrBefore(times, t - RECENT_FOR) + 1,
        lastAtOrBefore(times, t - FRESH_FOR) + 1,
        lastAtOrBefore(times, t) + 1,
      ];
      const changes = changedIndices(bounds, next).map((i) => ({ index: i, stage: eventStage(times[i] as number, t) }));
      bounds = next;
      return changes;
    },
  };
}

/** Tracks movement stages; `starts` sorted, `ends[i]` of movement i. */
export function movementStageTracker(starts: ArrayLike<number>, ends: ArrayLike<number>) {
  const byEnd = Array.from({ length: ends.length }, (_, i) => i).sort(
    (a, b) => (ends[a] as number) - (ends[b] as number),
  );
  const sortedEnds = Float64Array.from(byEnd, (i) => ends[i] as number);
  let started = 0;
  let ended = 0;
  return {
    update(t: number): StageChange[] {
      const nextStarted = lastAtOrBefore(starts, t) + 1;
      // A movement is done at its end (exclusive), so count ends ≤ t.
      const nextEnded = lastAtOrBefore(sortedEnds, t) + 1;
      const touched = new Set<number>();
      for (let i = Math.min(started, nextStarted); i < Math.max(started, nextStarted); i++) touched.add(i);
      for (let i = Math.min(ended, nextEnded); i < Math.max(ended, nextEnded); i++) touched.add(byEnd[i] as number);
      started = nextStarted;
      ended = nextEnded;
      return [...touched].map((i) => ({
        index: i,
        stage: movementStage(starts[i] as number, ends[i] as number, t),
      }));
    },
  };
}

/** Indices between each old and new boundary: the only ones whose stage can have changed. */
function changedIndices(before: readonly number[], after: readonly number[]): number[] {
  const out = new Set<number>();
  before.forEach((b, k) => {
    const a = after[k] as number;
    for (let i = Math.min(a, b); i < Math.max(a, b); i++) out.add(i);
  });
  return [...out];
}
