import { type PreciseDate, parseDate } from "./dates";
import { followBound } from "./follow_bound";
import { type Order, type OrderItem, orderItems } from "./order";
import type { Story } from "./schema";

/**
 * The order checks of check.ts: every `after`/`before` names a known event other than itself,
 * the constraints form no cycle, each can hold inside the item's period, and a dated status
 * change is not shown before the event it cites. Uses the same ordering as the index
 * (story/order.ts), so what passes here is what the reader sees. Linear apart from the heap.
 * Returns that order of the events (sequence and keys, ms UTC): for a story with no findings it
 * is the display order (display_order.ts storyEventOrder), so the loader need not order twice.
 */
export function checkOrder(story: Story, add: (path: string, message: string) => void): Order {
  const position = new Map<string, number>();
  story.events.forEach((event, i) => {
    if (!position.has(event.id)) position.set(event.id, i);
  });
  const dates = story.events.map((e) => parseDate(e.date));
  const items = story.events.map((event, i): OrderItem => {
    const date = dates[i];
    const end = event.end === undefined ? undefined : parseDate(event.end);
    const refs = (key: "after" | "before") =>
      ids(event[key]).flatMap((id, j) => {
        const target = resolve(`events[${i}].${key}[${j}]`, id, i);
        return target === undefined ? [] : [target];
      });
    return {
      start: date?.start ?? 0,
      end: date?.end ?? 0,
      until: (end ?? date)?.end ?? 0,
      after: refs("after"),
      before: refs("before"),
    };
  });
  function resolve(path: string, id: string, self?: number): number | undefined {
    const target = position.get(id);
    if (target === undefined) add(path, `unknown event "${id}"`);
    else if (target === self) add(path, "an event cannot be ordered against itself");
    else if (dates[target] === undefined) return undefined;
    return target === self ? undefined : target;
  }
  // Only events with valid dates take part (the schema reports the others).
  const valid = items.map((item, i) => (dates[i] ? item : { ...item, after: [], before: [] }));
  const order = orderItems(valid);
  const { keys, cycles } = order;
  const label = (i: number) => `"${story.events[i]?.id}" (${story.events[i]?.date})`;

  for (const cycle of cycles) {
    const first = cycle[0] as number;
    const names = [...cycle, first].map((i) => story.events[i]?.id).join(" → ");
    add(`events[${first}]`, `order constraints form a cycle: ${names} (each must come after the one before)`);
  }
  const inCycle = new Set(cycles.flat());
  valid.forEach((item, i) => {
    if (!dates[i] || inCycle.has(i)) return;
    ids(story.events[i]?.after).forEach((id, j) => {
      const p = position.get(id);
      if (p === undefined || p === i || inCycle.has(p)) return;
      if (followBound(valid[p] as OrderItem, keys[p] as number, item.end) >= item.end)
        add(
          `events[${i}].after[${j}]`,
          `cannot hold inside ${story.events[i]?.date}: ${label(p)} is shown only after that period ends, so this event would be shown before an event it is documented to follow`,
        );
    });
    ids(story.events[i]?.before).forEach((id, j) => {
      const b = position.get(id);
      if (b === undefined || b === i || inCycle.has(b)) return;
      if ((keys[i] as number) >= (valid[b] as OrderItem).end)
        add(
          `events[${i}].before[${j}]`,
          `cannot hold inside ${story.events[b]?.date}: this event is shown only after ${label(b)}'s period ends`,
        );
    });
  });

  story.movements.forEach((m, i) => {
    const start = parseDate(m.start);
    const end = m.end === undefined ? start : parseDate(m.end);
    if (!start || !end) return;
    ids(m.after).forEach((id, j) => {
      const p = resolve(`movements[${i}].after[${j}]`, id);
      if (p !== undefined && followBound(valid[p] as OrderItem, keys[p] as number, end.end) >= end.end)
        add(
          `movements[${i}].after[${j}]`,
          `cannot hold inside ${m.start}–${m.end ?? m.start}: ${label(p)} is shown only after the movement's dates end`,
        );
    });
    ids(m.before).forEach((id, j) => {
      const b = resolve(`movements[${i}].before[${j}]`, id);
      if (b !== undefined && start.start >= (keys[b] as number))
        add(
          `movements[${i}].before[${j}]`,
          `cannot hold: the movement starts (${m.start}) no earlier than ${label(b)}, which it is documented to precede`,
        );
    });
  });

  const changes = (path: string, list: readonly { date?: string | undefined; event?: string | undefined }[]) => {
    list.forEach((change, j) => {
      const date: PreciseDate | undefined = change.date === undefined ? undefined : parseDate(change.date);
      const cited = change.event === undefined ? undefined : position.get(change.event);
      if (!date || cited === undefined || !dates[cited]) return;
      if ((keys[cited] as number) >= date.end)
        add(
          `${path}.changes[${j}].date`,
          `"${change.date}" ends before its event ${label(cited)} is shown, so the change would be shown before the event it cites`,
        );
    });
  };
  story.organizations.forEach((org, i) => {
    org.memberships.forEach((m, j) => {
      changes(`organizations[${i}].memberships[${j}]`, m.changes);
    });
  });
  story.relations.forEach((r, i) => {
    changes(`relations[${i}]`, r.changes);
  });
  return order;
}

/** A constraint list; anything else (only in a file the schema rejected) counts as none. */
function ids(list: unknown): readonly string[] {
  return Array.isArray(list) ? list : [];
}
