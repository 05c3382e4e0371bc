import { describe, expect, it } from "vitest";
import { type OrderItem, orderItems } from "../../../src/story/order";

const DAY = 86_400_000;
/** An item dated to the day `day` (days since the epoch), or to the 30 days from `day` on. */
const item = (day: number, days = 1, extra: Partial<OrderItem> = {}): OrderItem => ({
  start: day * DAY,
  end: (day + days) * DAY,
  until: (day + days) * DAY,
  after: [],
  before: [],
  ...extra,
});

describe("orderItems(items)", () => {
  it("orderItems(items) without constraints orders by start, then input order", () => {
    const { sequence, keys, cycles } = orderItems([item(5), item(1), item(5), item(0, 30)]);
    expect(sequence).toEqual([3, 1, 0, 2]);
    expect(Array.from(keys)).toEqual([5 * DAY, DAY, 5 * DAY, 0]);
    expect(cycles).toEqual([]);
  });

  it("orderItems(items) keys an item after the end of what it follows when that ends inside its period", () => {
    const { sequence, keys } = orderItems([item(0, 30, { after: [1] }), item(19, 2)]);
    expect(sequence).toEqual([1, 0]);
    expect(keys[0]).toBe(21 * DAY);
  });

  it("orderItems(items) keys an item right at what it follows when that ends after its period", () => {
    const { keys } = orderItems([item(0, 30), item(0, 10, { after: [0] })]);
    expect(keys[1]).toBe(0);
  });

  it("orderItems(items with a cycle) keeps the cycle's items and their followers at their own dates", () => {
    // hit → crash → address → hit (a cycle), demands after crash (December), feb after demands.
    const items = [
      item(0, 31, { after: [2] }),
      item(0, 31, { after: [0] }),
      item(0, 31, { after: [1] }),
      item(0, 31, { after: [1] }),
      item(62, 28, { after: [3] }),
      item(400),
    ];
    const { sequence, keys, cycles } = orderItems(items);
    expect(sequence).toHaveLength(6);
    expect(new Set(sequence).size).toBe(6);
    for (const i of [0, 1, 2, 3]) expect(keys[i]).toBeLessThan(31 * DAY);
    expect(keys[4]).toBe(62 * DAY);
    expect(sequence.at(-1)).toBe(5);
    expect(cycles).toHaveLength(1);
  });

  it("orderItems(a chain of 100 000 items documented in reverse) runs and keeps the chain", () => {
    const n = 100_000;
    const items = Array.from({ length: n }, (_, i) => item(0, 30, { after: i + 1 < n ? [i + 1] : [] }));
    const { sequence, cycles } = orderItems(items);
    expect(sequence[0]).toBe(n - 1);
    expect(sequence[n - 1]).toBe(0);
    expect(cycles).toEqual([]);
  });

  it("orderItems(a cycle of 100 000 items) reports it once and still orders every item", () => {
    const n = 100_000;
    const items = Array.from({ length: n }, (_, i) => item(0, 30, { after: [(i + 1) % n] }));
    const { sequence, cycles } = orderItems(items);
    expect(new Set(sequence).size).toBe(n);
    expect(cycles).toHaveLength(1);
    expect(cycles[0]).toHaveLength(n);
    expect(cycles[0]?.[0]).toBe(0);
  });
});
