import { lastAtOrBefore } from "../time/story_index";

/**
 * Which things the map shows at t, as stages: an event is future, fresh, recent or old; a
 * movement future, moving or done. The map computes them from each feature's time and the
 * playhead (story_layers.ts); these functions are the same rule in TypeScript, for clicks and
 * tests, and the trackers tell when the playhead must be sent again.
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

/**
 * The playhead the map draws with: the story layers compute each thing's stage from its time
 * and this one value (global state, see story_layers.ts), so a seek sends one number, however
 * many things change stage. `update(t)` returns the t to draw with: the new t when some stage
 * differs between the drawn t and t, else the drawn t (unchanged: nothing to send, nothing
 * re-drawn). O(log n) per call: it compares counts, never lists what changed.
 */
export function eventPlayhead(times: ArrayLike<number>) {
  let drawn = Number.NEGATIVE_INFINITY;
  let key = "";
  return {
    update(t: number): number {
      // Events [0, old) are old, [old, recent) recent, [recent, happened) fresh, the rest future.
      const next = [t - RECENT_FOR, t - FRESH_FOR, t].map((bound) => lastAtOrBefore(times, bound)).join();
      if (next !== key || drawn === Number.NEGATIVE_INFINITY) {
        key = next;
        drawn = t;
      }
      return drawn;
    },
  };
}

/** The same for movements: `starts` sorted, `ends[i]` of movement i. */
export function movementPlayhead(starts: ArrayLike<number>, ends: ArrayLike<number>) {
  const sortedEnds = Float64Array.from(ends).sort();
  let drawn = Number.NEGATIVE_INFINITY;
  let key = "";
  return {
    update(t: number): number {
      // A movement is done at its end (exclusive), so count ends ≤ t.
      const next = `${lastAtOrBefore(starts, t)},${lastAtOrBefore(sortedEnds, t)}`;
      if (next !== key || drawn === Number.NEGATIVE_INFINITY) {
        key = next;
        drawn = t;
      }
      return drawn;
    },
  };
}
