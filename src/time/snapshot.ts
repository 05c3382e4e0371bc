import type { Position } from "geojson";
import type { MembershipStatus, RelationState } from "../story/schema";
import { progressAt } from "./keyframes";
import { bearingAt, pointAt } from "./paths";
import { entriesInForce, type StatusTimeline } from "./status_timeline";
import {
  type IndexedChange,
  type IndexedEvent,
  type IndexedMembership,
  type IndexedMovement,
  type IndexedRelation,
  lastAtOrBefore,
  type StoryIndex,
} from "./story_index";

/** Everything the views draw at time t, and nothing they would have to work out themselves. */
export interface Snapshot {
  t: number;
  /** events[0 … happened) have happened by t. */
  happened: number;
  /** The event whose card is open: the selected one if it is at t, else the latest at or before t. */
  current: IndexedEvent | undefined;
  previous: IndexedEvent | undefined;
  next: IndexedEvent | undefined;
  /** Movements under way at t. */
  moving: MovingAt[];
  memberships: StatusAt<IndexedMembership, MembershipStatus>[];
  relations: StatusAt<IndexedRelation, RelationState>[];
}

export interface MovingAt {
  movement: IndexedMovement;
  /** Fraction of the route: 0 at the start of its window, 1 at the end, pinned at linked events (keyframes.ts). */
  progress: number;
  position: Position;
  bearing: number;
}

export interface StatusAt<T, S extends string> {
  item: T;
  status: S;
  since: IndexedChange<S>;
}

/**
 * What is visible at t. Pure, and cheap: binary searches over the sorted index, then work in
 * proportion to what is visible (movements under way, one status per membership).
 */
export function snapshotAt(index: StoryIndex, t: number, selectedId?: string): Snapshot {
  const happened = lastAtOrBefore(index.eventTimes, t) + 1;
  const current = currentEvent(index, happened, selectedId);
  const at = current ? current.index : -1;
  return {
    t,
    happened,
    current,
    previous: at > 0 ? index.events[at - 1] : undefined,
    next: index.events[at + 1],
    moving: movingAt(index, t),
    memberships: statusesAt(index.memberships, index.membershipTimeline, t),
    relations: statusesAt(index.relations, index.relationTimeline, t),
  };
}

function currentEvent(index: StoryIndex, happened: number, selectedId: string | undefined) {
  const latest = index.events[happened - 1];
  if (!latest || selectedId === undefined) return latest;
  const selected = index.eventById.get(selectedId);
  // Several events can share a date (e.g. "Juni 2025"); the selection picks among them.
  return selected && selected.date.start === latest.date.start ? selected : latest;
}

export function movingAt(index: StoryIndex, t: number): MovingAt[] {
  const moving: MovingAt[] = [];
  const { origin, width, offsets, members } = index.movementBuckets;
  const { movementStarts: starts, movementEnds: ends } = index;
  const slice = Math.floor((t - origin) / width);
  if (!(slice >= 0 && slice < offsets.length - 1)) return moving;
  for (let k = offsets[slice] as number; k < (offsets[slice + 1] as number); k++) {
    const i = members[k] as number;
    // Typed arrays first: a movement object is visited only when it moves at t.
    if (t < (starts[i] as number) || t >= (ends[i] as number)) continue;
    const movement = index.movements[i] as IndexedMovement;
    const progress = progressAt(movement.keyframes, t);
    moving.push({
      movement,
      progress,
      position: pointAt(movement.path, progress),
      bearing: bearingAt(movement.path, progress),
    });
  }
  return moving;
}

/** Each item with a change in force at t, in the items' order (keyframes: see status_timeline.ts). */
function statusesAt<T, S extends string>(
  items: readonly T[],
  timeline: StatusTimeline<IndexedChange<S>>,
  t: number,
): StatusAt<T, S>[] {
  const out: StatusAt<T, S>[] = [];
  const inForce = entriesInForce(timeline, t);
  for (let i = 0; i < items.length; i++) {
    const entry = inForce[i] as number;
    if (entry < 0) continue;
    out.push({
      item: items[i] as T,
      status: timeline.statuses[entry] as S,
      since: timeline.changes[entry] as IndexedChange<S>,
    });
  }
  return out;
}

/** The change in force at t: the last one at or before it (changes are sorted by the checker). */
export function changeAt<C extends { time: number }>(changes: readonly C[], t: number): C | undefined {
  let lo = 0;
  let hi = changes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((changes[mid] as C).time <= t) lo = mid + 1;
    else hi = mid;
  }
  return changes[lo - 1];
}
