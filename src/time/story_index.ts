import type { Position } from "geojson";
import { mustParseDate, type PreciseDate } from "../story/dates";
import { movementGeometry, waypointPositions } from "../story/geo";
import type {
  MembershipStatus,
  Movement,
  Organization,
  Place,
  Relation,
  RelationState,
  Story,
  StoryEvent,
} from "../story/schema";
import { type Keyframe, movementKeyframes } from "./keyframes";
import { type PreparedPath, preparePath } from "./paths";

/**
 * A story prepared once for fast questions about time: everything sorted by time, dates parsed,
 * paths measured. snapshotAt() then answers "what is visible at t" by binary search, so its cost
 * grows with what is visible, not with the size of the story.
 */
export interface IndexedEvent {
  event: StoryEvent;
  /** Position in `events` (sorted by time, then file order). */
  index: number;
  date: PreciseDate;
  end: PreciseDate | undefined;
  /** Where it sits on the axis, ms UTC: the start of its date, or its place in a shared date (see spreadSharedDates). */
  time: number;
  /** End of its last day/month/year (exclusive). */
  until: number;
  places: Place[];
}

export interface IndexedMovement {
  movement: Movement;
  start: number;
  /** Exclusive. */
  end: number;
  path: PreparedPath;
  waypoints: Position[];
  approximate: boolean[];
  /** Route fraction pinned to times: at its linked events it is where their cards say (keyframes.ts). */
  keyframes: Keyframe[];
}

export interface IndexedChange<S extends string> {
  time: number;
  precision: PreciseDate["precision"] | undefined;
  status: S;
  label: { de: string; en: string } | undefined;
  event: string | undefined;
}

/**
 * An interval index: time cut into equal slices, each listing the movements (by index) that
 * overlap it, in start order. The slice width is chosen so that a slice holds about as many
 * movements as are under way at a typical moment: looking up what moves at t then costs what
 * is visible, however many movements the story has.
 */
export interface MovementBuckets {
  origin: number;
  width: number;
  lists: Uint32Array[];
}

export interface IndexedMembership {
  organization: Organization;
  country: string;
  changes: IndexedChange<MembershipStatus>[];
}

export interface IndexedRelation {
  relation: Relation;
  changes: IndexedChange<RelationState>[];
}

export interface StoryIndex {
  story: Story;
  events: IndexedEvent[];
  /** `events[i].time`, for binary search. */
  eventTimes: Float64Array;
  eventById: Map<string, IndexedEvent>;
  movements: IndexedMovement[];
  /** `movements[i].start`, sorted. */
  movementStarts: Float64Array;
  /** The longest movement. */
  longestMovement: number;
  /** Which movements are under way in each slice of time (see bucketMovements). */
  movementBuckets: MovementBuckets;
  memberships: IndexedMembership[];
  relations: IndexedRelation[];
  placeById: Map<string, Place>;
  /** From the first fact to the start of the last one (or the end of the last movement). */
  span: [number, number];
}

export function indexStory(story: Story): StoryIndex {
  const placeById = new Map(story.places.map((place) => [place.id, place]));
  // File order is the tie-break: Array.prototype.sort is stable.
  const events = story.events
    .map((event): IndexedEvent => {
      const date = mustParseDate(event.date);
      const end = event.end === undefined ? undefined : mustParseDate(event.end);
      const places = event.places.map((id) => placeById.get(id)).filter((p): p is Place => p !== undefined);
      return { event, index: 0, date, end, time: date.start, until: (end ?? date).end, places };
    })
    .sort((a, b) => a.time - b.time);
  events.forEach((e, i) => {
    e.index = i;
  });
  spreadSharedDates(events);

  const eventById = new Map(events.map((e) => [e.event.id, e]));
  const movements = story.movements
    .map((movement): IndexedMovement => {
      const start = mustParseDate(movement.start);
      const end = movement.end === undefined ? start : mustParseDate(movement.end);
      const { coords, approximate } = waypointPositions(story, movement);
      const [from, to] = displayWindow(start.start, end.end, movement.events, eventById);
      // The densified route is built when first needed: a large story indexes fast, and only
      // what is drawn or animated pays for its geometry.
      let path: PreparedPath | undefined;
      return {
        movement,
        start: from,
        end: to,
        get path() {
          path ??= preparePath(movementGeometry(story, movement));
          return path;
        },
        waypoints: coords,
        approximate,
        keyframes: movementKeyframes(
          coords,
          from,
          to,
          movement.events.flatMap((id) => eventById.get(id) ?? []),
        ),
      };
    })
    .sort((a, b) => a.start - b.start);

  const memberships = story.organizations.flatMap((organization) =>
    organization.memberships.map((m) => ({
      organization,
      country: m.country,
      changes: indexChanges(m.changes, eventById),
    })),
  );
  const relations = story.relations.map((relation) => ({
    relation,
    changes: indexChanges(relation.changes, eventById),
  }));

  // The span ends where the last thing starts (or the last movement arrives), so "the end" is a
  // date in the story, not the first instant after it.
  const starts = [...events.map((e) => e.time), ...movements.map((m) => m.start)];
  const ends = [...events.map((e) => e.time), ...movements.map((m) => m.end - 1)];
  const window = [mustParseDate(story.meta.window.start).start, mustParseDate(story.meta.window.end).end];
  const span: [number, number] = [
    Math.min(...(starts.length ? starts : window)),
    Math.max(...(ends.length ? ends : window)),
  ];

  return {
    story,
    events,
    eventTimes: Float64Array.from(events, (e) => e.time),
    eventById,
    movements,
    movementStarts: Float64Array.from(movements, (m) => m.start),
    longestMovement: movements.reduce((max, m) => Math.max(max, m.end - m.start), 0),
    movementBuckets: bucketMovements(movements),
    memberships,
    relations,
    placeById,
    span,
  };
}

/**
 * Events that share a date ("Dezember 2024") are a sequence in the story. They are spread evenly
 * over the shortest of their periods, in file order, so the playhead, playback pacing and ←/→
 * step through them — and never leave the period their date names, nor pass the next event
 * with a later date (a "2024" group stays before "Juli 2024"), so the order stays sorted.
 * Where a date is shared, the instant on the axis is a place in that sequence, not a claim
 * about the day.
 */
function spreadSharedDates(events: IndexedEvent[]): void {
  for (let first = 0; first < events.length; ) {
    const start = (events[first] as IndexedEvent).time;
    let last = first;
    let end = (events[first] as IndexedEvent).date.end;
    while (last + 1 < events.length && (events[last + 1] as IndexedEvent).time === start) {
      last++;
      end = Math.min(end, (events[last] as IndexedEvent).date.end);
    }
    const next = events[last + 1];
    if (next) end = Math.min(end, next.time);
    const step = Math.max(1, Math.floor((end - start) / (last - first + 1)));
    for (let i = first; i <= last; i++) (events[i] as IndexedEvent).time = start + (i - first) * step;
    first = last + 1;
  }
}

/**
 * A movement plays between the first and the last event it is linked to when they fall inside
 * its dates: AZAL 8243 takes off with "hit near Grosny" and lands with "crash near Aktau",
 * instead of crawling across the whole month its date names.
 */
function displayWindow(
  start: number,
  end: number,
  linked: readonly string[],
  eventById: ReadonlyMap<string, IndexedEvent>,
): [number, number] {
  const times = linked.map((id) => eventById.get(id)?.time).filter((t): t is number => t !== undefined);
  if (times.length < 2 || times.some((t) => t < start || t >= end)) return [start, end];
  const from = Math.min(...times);
  const to = Math.max(...times);
  return to > from ? [from, to] : [start, end];
}

/**
 * A change cited by an event of the same date takes effect when that event's card opens: where
 * several changes share "2024" (Armenia freezes its CSTO membership, then announces its exit),
 * they come one after the other with their events instead of all on 1 January.
 */
function indexChanges<S extends string>(
  changes: readonly {
    date?: string | undefined;
    status: S;
    event?: string | undefined;
    label?: { de: string; en: string } | undefined;
  }[],
  eventById: ReadonlyMap<string, IndexedEvent>,
): IndexedChange<S>[] {
  return changes
    .map((change) => {
      const date = change.date === undefined ? undefined : mustParseDate(change.date);
      const cited = change.event === undefined ? undefined : eventById.get(change.event);
      const citedTime = cited && cited.event.date === change.date ? cited.time : undefined;
      const time = date ? (citedTime ?? date.start) : Number.NEGATIVE_INFINITY;
      return { time, precision: date?.precision, status: change.status, label: change.label, event: change.event };
    })
    .sort((a, b) => a.time - b.time);
}

export function bucketMovements(movements: readonly IndexedMovement[]): MovementBuckets {
  if (movements.length === 0) return { origin: 0, width: 1, lists: [] };
  const origin = Math.min(...movements.map((m) => m.start));
  const last = Math.max(...movements.map((m) => m.end));
  const total = movements.reduce((sum, m) => sum + Math.max(1, m.end - m.start), 0);
  // About 4 slice entries per movement, at most 65 536 slices.
  const width = Math.max(1, total / (4 * movements.length), (last - origin + 1) / 65_536);
  const count = Math.floor((last - origin) / width) + 1;
  const lists: number[][] = Array.from({ length: count }, () => []);
  movements.forEach((m, i) => {
    const first = Math.floor((m.start - origin) / width);
    const end = Math.floor((Math.max(m.start, m.end - 1) - origin) / width);
    for (let b = first; b <= end; b++) lists[b]?.push(i);
  });
  return { origin, width, lists: lists.map((list) => Uint32Array.from(list)) };
}

/** Index of the last element ≤ value in a sorted array, or -1. */
export function lastAtOrBefore(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Index of the first element > value in a sorted array (sorted.length if none). */
export function firstAfter(sorted: ArrayLike<number>, value: number): number {
  return lastAtOrBefore(sorted, value) + 1;
}
