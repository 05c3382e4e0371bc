import type { Position } from "geojson";
import { followBound } from "../story/follow_bound";
import type { Place } from "../story/schema";
import { movementKeyframes } from "./keyframes";

/** What a movement's window needs of an indexed event (story_index.ts IndexedEvent). */
interface Linked {
  /** Position in display order. */
  index: number;
  /** On the axis, ms UTC. */
  time: number;
  /** End of its date (exclusive), ms UTC. */
  until: number;
  date: { start: number };
  places: readonly Place[];
}

/**
 * The first instant ≥ from that follows every event in `after`, for a period ending at `end`
 * (the end of the movement's start date, as for an event: a trip dated "June–December" after a
 * June event starts just after it, with the events it is linked to, not in August).
 */
export function followAll(
  from: number,
  end: number,
  after: readonly string[] | undefined,
  eventById: ReadonlyMap<string, Linked>,
): number {
  let begin = from;
  for (const id of after ?? []) {
    const pred = eventById.get(id);
    if (pred) begin = Math.max(begin, followBound(pred, pred.time + 1, end));
  }
  return begin;
}

/**
 * A movement plays between the first and the last event it is linked to when they fall inside
 * its dates: AZAL 8243 takes off with "hit near Grosny" and lands with "crash near Aktau",
 * instead of crawling across the whole month its date names.
 */
export function displayWindow(
  start: number,
  end: number,
  linked: readonly string[],
  eventById: ReadonlyMap<string, Linked>,
): [number, number] {
  // Loops, not map/filter: 20 000 movements would allocate two lists each.
  let from = Number.POSITIVE_INFINITY;
  let to = Number.NEGATIVE_INFINITY;
  let found = 0;
  for (const id of linked) {
    const time = eventById.get(id)?.time;
    if (time === undefined) continue;
    if (time < start || time >= end) return [start, end];
    found++;
    if (time < from) from = time;
    if (time > to) to = time;
  }
  if (found < 2) return [start, end];
  return to > from ? [from, to] : [start, end];
}

/**
 * When a movement's time on the map begins, ms UTC: `begin` (the first instant its dates and
 * `after` allow), or later where its dates cannot tell when it set off. That is when its first
 * linked event in [begin, end], if after `begin`, has a date that begins within the movement's own
 * start date (`startEnd`, the exclusive end of that date) and lies on its route (keyframes.ts):
 * - at its origin (progress 0), it begins with that event: the MiG-29s for Ukraine ("2025-09",
 *   made known mid-September) lay at Baku as a strong "Waffenlieferung" at the event before,
 *   read as arriving from Kiew (a review);
 * - on its way (progress > 0), it sets off just after the event before that one in display
 *   order (`events`), so it travels in the one step to it (actions.ts plays it there): Putin's
 *   and Aliyev's trips to Peking ("2025-06", after the raid of June 2025) set off with that raid
 *   and lay three quarters of the way across Asia two weeks of other events later, at North
 *   Korea's plans (a review).
 * `waypoints` is called only where the rule may apply (routes are built lazily, story_index.ts).
 */
export function departure(
  begin: number,
  startEnd: number,
  end: number,
  linked: readonly string[],
  eventById: ReadonlyMap<string, Linked>,
  events: readonly Linked[],
  waypoints: () => readonly Position[],
): number {
  let first: Linked | undefined;
  for (const id of linked) {
    const e = eventById.get(id);
    if (e && e.time >= begin && e.time <= end && (!first || e.time < first.time)) first = e;
  }
  if (!first || first.time === begin || first.date.start >= startEnd) return begin;
  const time = first.time;
  const pin = movementKeyframes(waypoints(), begin, end, [first]).find((k) => k.time === time)?.progress;
  if (pin === 0) return time;
  // Just after the event before: on that event's card it is not on the map yet (Pashinyan's
  // arrow to Istanbul stood there, as arrived, on Lawrow's card of the same day: a review).
  const previous = events[first.index - 1];
  const from = previous ? Math.max(begin, previous.time + 1) : begin;
  return pin && from < time ? from : begin;
}
