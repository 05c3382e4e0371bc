import { mustParseDate } from "./dates";
import { type Order, type OrderItem, orderItems } from "./order";
import type { StoryEvent } from "./schema";

/**
 * An event's period for ordering, ms UTC: its date's start and end, and the end of its span
 * (`until`). The index's own events have this shape, so it orders them without a copy.
 */
export interface EventPeriod {
  readonly date: { readonly start: number; readonly end: number };
  readonly until: number;
}

/** No order constraints: shared, so 100 000 events without any allocate no empty lists. */
const NONE: number[] = [];

/**
 * The order in which the reader is shown a story's events: by date, then by the `after`/
 * `before` order the articles give, then file order (story/order.ts). `periods[i]` is event i's
 * period; without it the dates are parsed here. The time map's index (time/story_index.ts) and
 * the exports use this one ordering. O((n + c) log n).
 */
export function orderStoryEvents(events: readonly StoryEvent[], periods?: readonly EventPeriod[]): Order {
  // Id → first position, built only if some event names another (most large stories: none).
  let position: Map<string, number> | undefined;
  const positions = () => {
    position = new Map<string, number>();
    for (let i = events.length - 1; i >= 0; i--) position.set((events[i] as StoryEvent).id, i);
    return position;
  };
  const indices = (ids: readonly string[] | undefined): number[] => {
    if (ids === undefined || ids.length === 0) return NONE;
    const at = position ?? positions();
    return ids.map((id) => at.get(id)).filter((i): i is number => i !== undefined);
  };
  return orderItems(
    events.map((event, i): OrderItem => {
      const { date, until } = periods?.[i] ?? periodOf(event);
      return { start: date.start, end: date.end, until, after: indices(event.after), before: indices(event.before) };
    }),
  );
}

/**
 * A story's event order as plain data (JSON): `sequence`, event indices (file order) in the
 * order shown; `keys[i]`, event i's earliest instant on the axis, ms UTC. The loader computes it
 * (load.ts), so a story checked at build time ships it and the first load needs no ordering code.
 */
export interface EventOrder {
  sequence: number[];
  keys: number[];
}

/** orderStoryEvents as plain data: see EventOrder. O((n + c) log n). */
export function storyEventOrder(events: readonly StoryEvent[]): EventOrder {
  return eventOrderOf(orderStoryEvents(events));
}

/** An order of a story's events (orderItems over them, as the loader's checks make it) as plain data. O(n). */
export function eventOrderOf({ sequence, keys }: Pick<Order, "sequence" | "keys">): EventOrder {
  return { sequence, keys: Array.from(keys) };
}

function periodOf(event: StoryEvent): EventPeriod {
  const date = mustParseDate(event.date);
  return { date, until: (event.end === undefined ? date : mustParseDate(event.end)).end };
}

/**
 * Per event id, its 1-based position in the order the map shows the events. Exports carry it
 * so a spreadsheet sorted by it reads the story as the map tells it.
 */
export function eventDisplayOrder(events: readonly StoryEvent[]): Map<string, number> {
  const order = new Map<string, number>();
  orderStoryEvents(events).sequence.forEach((i, at) => {
    const event = events[i];
    if (event && !order.has(event.id)) order.set(event.id, at + 1);
  });
  return order;
}
