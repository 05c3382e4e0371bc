/**
 * Which things the map shows at t, as stages: an event is future, fresh, recent or old; a
 * movement future, moving or done. The sources drawn at t carry them as properties
 * (event_window.ts, movement_window.ts); clicks and tests use the same rule.
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
