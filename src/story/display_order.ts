import { mustParseDate } from "./dates";
import { orderItems } from "./order";
import type { Story } from "./schema";

/**
 * The order in which the reader is shown the story's events: by date, then by the `after`/
 * `before` order the articles give, then file order — the order the time map's index uses
 * (time/story_index.ts). Returns, per event id, its 1-based position. Exports carry it so a
 * spreadsheet sorted by it reads the story as the map tells it. O((n + c) log n).
 */
export function eventDisplayOrder(story: Story): Map<string, number> {
  const position = new Map<string, number>();
  story.events.forEach((event, i) => {
    if (!position.has(event.id)) position.set(event.id, i);
  });
  const indices = (ids: readonly string[] | undefined) =>
    (ids ?? []).map((id) => position.get(id)).filter((i): i is number => i !== undefined);
  const { sequence } = orderItems(
    story.events.map((event) => {
      const date = mustParseDate(event.date);
      const until = (event.end === undefined ? date : mustParseDate(event.end)).end;
      return { start: date.start, end: date.end, until, after: indices(event.after), before: indices(event.before) };
    }),
  );
  const order = new Map<string, number>();
  sequence.forEach((i, at) => {
    const event = story.events[i];
    if (event && !order.has(event.id)) order.set(event.id, at + 1);
  });
  return order;
}
