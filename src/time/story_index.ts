import type { Position } from "geojson";
import { mustParseDate, type PreciseDate } from "../story/dates";
import { type EventOrder, orderStoryEvents } from "../story/display_order";
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
import { departure, displayWindow, followAll } from "./movement_times";
import { type PreparedPath, preparePath } from "./paths";
import { type StatusTimeline, statusTimeline } from "./status_timeline";

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
  /**
   * When its item's state last became `status`, ms UTC: the time of the first of the changes in
   * a row with this status, `time` itself where the status changed here (−Infinity: undated).
   * A change that restates the status ("Engere Beziehungen zu Kiew", partners still) keeps it.
   */
  statusSince: number;
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
  /** Slice b lists `members[offsets[b] … offsets[b + 1])`: two flat arrays, so a lookup reads contiguous memory. */
  offsets: Uint32Array;
  members: Uint32Array;
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
  /** `movements[i].end`: with movementStarts, what moves at t is found without visiting each movement. */
  movementEnds: Float64Array;
  /** The longest movement. */
  longestMovement: number;
  /** Which movements are under way in each slice of time (see bucketMovements). */
  movementBuckets: MovementBuckets;
  memberships: IndexedMembership[];
  relations: IndexedRelation[];
  /** Keyframes of the memberships' and relations' changes (see status_timeline.ts). */
  membershipTimeline: StatusTimeline<IndexedChange<MembershipStatus>>;
  relationTimeline: StatusTimeline<IndexedChange<RelationState>>;
  placeById: Map<string, Place>;
  /** From the first fact to the start of the last one (or the end of the last movement). */
  span: [number, number];
}

/**
 * The densified route, the waypoints and the keyframes are built when first needed: a large
 * story indexes fast, and only what is drawn or animated pays for its geometry (issue 16:
 * indexStory at 100 000 events under 1 s). A class, not getters in an object literal: what is
 * built sits in the movement itself, and a frame reaches it without a closure per movement.
 */
type Route = ReturnType<typeof waypointPositions>;

class LazyMovement implements IndexedMovement {
  #path: PreparedPath | undefined;
  #keyframes: Keyframe[] | undefined;
  readonly #story: Story;
  /** The route's waypoints, built once on first use and shared with departure(). */
  readonly #route: () => Route;
  /** Where the route reaches 1 unless an event pins it there (displayWindow), ms UTC. */
  readonly #arrival: number;
  readonly #eventById: ReadonlyMap<string, IndexedEvent>;
  constructor(
    story: Story,
    readonly movement: Movement,
    route: () => Route,
    readonly start: number,
    readonly end: number,
    arrival: number,
    eventById: ReadonlyMap<string, IndexedEvent>,
  ) {
    this.#story = story;
    this.#route = route;
    this.#arrival = arrival;
    this.#eventById = eventById;
  }

  get path(): PreparedPath {
    this.#path ??= preparePath(movementGeometry(this.#story, this.movement));
    return this.#path;
  }

  get waypoints(): Position[] {
    return this.#route().coords;
  }

  get approximate(): boolean[] {
    return this.#route().approximate;
  }

  get keyframes(): Keyframe[] {
    if (this.#keyframes) return this.#keyframes;
    const linked: IndexedEvent[] = [];
    for (const id of this.movement.events) {
      const event = this.#eventById.get(id);
      if (event) linked.push(event);
    }
    this.#keyframes = movementKeyframes(this.waypoints, this.start, this.#arrival, linked);
    return this.#keyframes;
  }
}

/**
 * The time map's index of a valid story (load.ts), its events put in display order here
 * (display_order.ts). O((n + c) log n) for n events and c order constraints.
 */
export function indexStory(story: Story): StoryIndex {
  return indexWith(story, (periods) => orderStoryEvents(story.events, periods));
}

/**
 * indexStory with the events' order as the loader gave it (LoadResult's `order`, computed at
 * build time for a story that ships with the build): the first load then carries no ordering
 * code. `order` must be the loader's for this very story. Throws an Error when its lengths do not
 * match the story's events (an order shipped with another version of the story).
 */
export function indexStoryInOrder(story: Story, order: EventOrder): StoryIndex {
  const n = story.events.length;
  if (order.sequence.length !== n || order.keys.length !== n)
    throw new Error(
      `event order does not fit the story: ${order.sequence.length} positions and ${order.keys.length} keys for ${n} events`,
    );
  return indexWith(story, () => order);
}

type OrderOf = (periods: readonly IndexedEvent[]) => { sequence: readonly number[]; keys: ArrayLike<number> };

function indexWith(story: Story, orderOf: OrderOf): StoryIndex {
  const placeById = new Map(story.places.map((place) => [place.id, place]));
  const events = orderEvents(story.events, placeById, orderOf);
  const eventById = new Map<string, IndexedEvent>();
  for (const e of events) eventById.set(e.event.id, e);
  const movements = story.movements
    .map((movement): IndexedMovement => {
      const start = mustParseDate(movement.start);
      const end = movement.end === undefined ? start : mustParseDate(movement.end);
      const window = displayWindow(start.start, end.end, movement.events, eventById);
      const after = followAll(window[0], start.end, movement.after, eventById);
      let route: Route | undefined;
      const routeOf = () => (route ??= waypointPositions(story, movement));
      const begin = departure(after, start.end, window[1], movement.events, eventById, events, () => routeOf().coords);
      return new LazyMovement(story, movement, routeOf, begin, Math.max(window[1], begin + 1), window[1], eventById);
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
  // Dated status changes count too: End and playback reach a change after the last event.
  // Loops over what is there, no lists of 100 000 times to allocate (nor Math.min(...list): a
  // spread of 100 000 arguments overflows the stack).
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  const include = (start: number, end: number) => {
    if (start < first) first = start;
    if (end > last) last = end;
  };
  for (const e of events) include(e.time, e.time);
  for (const m of movements) include(m.start, m.end - 1);
  for (const item of [...memberships, ...relations]) {
    for (const c of item.changes) if (Number.isFinite(c.time)) include(c.time, c.time);
  }
  const span: [number, number] =
    first <= last
      ? [first, last]
      : [mustParseDate(story.meta.window.start).start, mustParseDate(story.meta.window.end).end];

  return {
    story,
    events,
    eventTimes: numbers(events, (e) => e.time),
    eventById,
    movements,
    movementStarts: numbers(movements, (m) => m.start),
    movementEnds: numbers(movements, (m) => m.end),
    longestMovement: movements.reduce((max, m) => Math.max(max, m.end - m.start), 0),
    movementBuckets: bucketMovements(movements),
    memberships,
    relations,
    membershipTimeline: statusTimeline(memberships),
    relationTimeline: statusTimeline(relations),
    placeById,
    span,
  };
}

/**
 * Events in the order their dates and documented constraints give (see story/order.ts), file
 * order breaking ties, each at its key: the start of its date, or later where it must follow
 * another event.
 */
function orderEvents(
  storyEvents: readonly StoryEvent[],
  placeById: ReadonlyMap<string, Place>,
  orderOf: OrderOf,
): IndexedEvent[] {
  const prepared = storyEvents.map((event): IndexedEvent => {
    const date = mustParseDate(event.date);
    const end = event.end === undefined ? undefined : mustParseDate(event.end);
    const places: Place[] = [];
    for (const id of event.places) {
      const place = placeById.get(id);
      if (place) places.push(place);
    }
    return { event, index: 0, date, end, time: date.start, until: (end ?? date).end, places };
  });
  const order = orderOf(prepared);
  const events = order.sequence.map((i, at) => {
    const e = prepared[i] as IndexedEvent;
    e.index = at;
    e.time = order.keys[i] as number;
    return e;
  });
  spreadSharedKeys(events);
  return events;
}

/**
 * Events that share a key (the same "Dezember 2024", or "after the 20–21 May visit") are a
 * sequence in the story. They are spread evenly over the shortest of their periods, in order,
 * so the playhead, playback pacing and ←/→ step through them — and never leave the period
 * their date names, nor pass the next event, so the order stays sorted. Where a date is
 * shared, the instant on the axis is a place in that sequence, not a claim about the day.
 */
function spreadSharedKeys(events: IndexedEvent[]): void {
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
  const indexed = changes
    .map((change) => {
      const date = change.date === undefined ? undefined : mustParseDate(change.date);
      const time = changeTime(date, change.event, eventById);
      const { status, label, event } = change;
      return { time, precision: date?.precision, status, label, event, statusSince: time };
    })
    .sort((a, b) => a.time - b.time);
  // A run of changes with one status began at its first.
  for (let i = 1; i < indexed.length; i++) {
    const before = indexed[i - 1] as IndexedChange<S>;
    const change = indexed[i] as IndexedChange<S>;
    if (before.status === change.status) change.statusSince = before.statusSince;
  }
  return indexed;
}

/**
 * When a status change takes effect on the map, ms UTC: with the event it cites where that event
 * lies inside the change's date (`date`, parsed), else at the date's start; −Infinity undated.
 * The popups list a relation's changes up to t by this time too, so they never name a change the
 * map does not show yet ("Dezember 2024: angespannt" at the hit, before the crash that sets it).
 */
export function changeTime(
  date: PreciseDate | undefined,
  event: string | undefined,
  eventById: ReadonlyMap<string, IndexedEvent>,
): number {
  if (!date) return Number.NEGATIVE_INFINITY;
  const cited = event === undefined ? undefined : eventById.get(event);
  return cited && cited.time >= date.start && cited.time < date.end ? cited.time : date.start;
}

export function bucketMovements(movements: readonly IndexedMovement[]): MovementBuckets {
  if (movements.length === 0) return { origin: 0, width: 1, offsets: new Uint32Array(1), members: new Uint32Array(0) };
  // Loops, not Math.min(...list): a spread of 100 000 arguments overflows the stack.
  const origin = movements.reduce((min, m) => Math.min(min, m.start), Number.POSITIVE_INFINITY);
  const last = movements.reduce((max, m) => Math.max(max, m.end), Number.NEGATIVE_INFINITY);
  const total = movements.reduce((sum, m) => sum + Math.max(1, m.end - m.start), 0);
  // About 4 slice entries per movement, at most 65 536 slices.
  const width = Math.max(1, total / (4 * movements.length), (last - origin + 1) / 65_536);
  const count = Math.floor((last - origin) / width) + 1;
  const slices = (m: IndexedMovement) => [
    Math.floor((m.start - origin) / width),
    Math.min(count - 1, Math.floor((Math.max(m.start, m.end - 1) - origin) / width)),
  ];
  // Two passes: count each slice's movements, then place them (counting sort, in start order).
  const offsets = new Uint32Array(count + 1);
  for (const m of movements) {
    const [first = 0, end = -1] = slices(m);
    for (let b = first; b <= end; b++) offsets[b + 1] = (offsets[b + 1] as number) + 1;
  }
  for (let b = 0; b < count; b++) offsets[b + 1] = (offsets[b + 1] as number) + (offsets[b] as number);
  const members = new Uint32Array(offsets[count] as number);
  const filled = offsets.slice(0, count);
  movements.forEach((m, i) => {
    const [first = 0, end = -1] = slices(m);
    for (let b = first; b <= end; b++) members[(filled[b] as number)++] = i;
  });
  return { origin, width, offsets, members };
}

/** `list.map(value)` as a Float64Array, by a loop (Float64Array.from with a map function is several times slower in V8). */
function numbers<T>(list: readonly T[], value: (item: T) => number): Float64Array {
  const out = new Float64Array(list.length);
  for (let i = 0; i < list.length; i++) out[i] = value(list[i] as T);
  return out;
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
